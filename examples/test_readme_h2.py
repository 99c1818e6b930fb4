"""README's "Demo: HTTP/2 streams over a socket pair" shows the HTTP/2 demo's actual output.

usage: test_readme_h2.py PHASEGEN-DEMO-H2
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADING = "## Demo: HTTP/2 streams over a socket pair"


def main() -> int:
    run = subprocess.run([sys.argv[1]], capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        print(f"the demo exited {run.returncode}:\n{run.stdout}{run.stderr}", file=sys.stderr)
        return 1
    out = run.stdout
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    if HEADING not in readme:
        print(f"README.md has no section '{HEADING}'", file=sys.stderr)
        return 1
    section = readme.split(HEADING, 1)[1].split("\n## ", 1)[0]
    blocks = section.split("```\n")
    if len(blocks) < 3:
        print("README.md's HTTP/2 demo section has no ``` block of output", file=sys.stderr)
        return 1
    shown = blocks[1]
    if shown != out:
        print("README.md's HTTP/2 demo output is stale; paste the output of build/examples/phasegen-demo-h2",
              file=sys.stderr)
        a_lines, b_lines = shown.splitlines(), out.splitlines()
        for n in range(max(len(a_lines), len(b_lines))):
            a = a_lines[n] if n < len(a_lines) else "(end)"
            b = b_lines[n] if n < len(b_lines) else "(end)"
            if a != b:
                print(f"first difference at line {n + 1}:\n  README: {a}\n  demo:   {b}", file=sys.stderr)
                break
        return 1
    print(f"README shows the HTTP/2 demo's {len(out.splitlines())} lines of output")
    return 0


if __name__ == "__main__":
    sys.exit(main())
