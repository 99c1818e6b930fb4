"""README's "Demo: channels over a socket pair" shows the demo's actual output.

usage: test_readme_demo.py PHASEGEN-DEMO-NET
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> int:
    out = subprocess.run([sys.argv[1]], capture_output=True, text=True, check=True).stdout
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    section = readme.split("## Demo: channels over a socket pair", 1)[1]
    shown = section.split("```\n", 2)[1]
    if shown != out:
        print("README.md's demo output is stale; paste the output of build/phasegen-demo-net", file=sys.stderr)
        for n, (a, b) in enumerate(zip(shown.splitlines(), out.splitlines()), 1):
            if a != b:
                print(f"first difference at line {n}:\n  README: {a}\n  demo:   {b}", file=sys.stderr)
                break
        return 1
    print(f"README shows the demo's {len(out.splitlines())} lines of output")
    return 0


if __name__ == "__main__":
    sys.exit(main())
