"""Writes a synthetic machine spec of N states x E events (default 1000 x 50) to stdout.

Every state has a transition to the next (the last to the terminal Done), a jump, a
guarded self-loop over a small var, a reject and an ignore; every other cell comes from
one default per disposition, as real specs do. The spec passes every static check.

usage: synth.py [--states N] [--events E]
"""
import argparse


def synth(n: int, e: int) -> str:
    assert n >= 2 and e >= 6
    lines = ["phasegen: 1", f"machine: synth_{n}x{e}", "namespace: bench",
             f"doc: A synthetic machine of {n} states and {e} events for generator benchmarks.",
             "vars:", "  k: {range: [0, 3]}", "states:"]
    lines.append("  S0: {initial: true}")
    lines += [f"  S{i}:" for i in range(1, n)]
    lines.append("  Done: {terminal: true}")
    lines.append("events:")
    lines += [f"  e{j}: {{source: {'peer' if j % 2 else 'local'}}}" for j in range(e)]
    lines.append("transitions:")
    for i in range(n):
        nxt = f"S{i + 1}" if i + 1 < n else "Done"
        lines.append(f"  - {{from: S{i}, on: e0, to: {nxt}, do: k = 0}}")
        lines.append(f"  - {{from: S{i}, on: e1, to: S{(i * 7 + 3) % n}}}")
        lines.append(f"  - {{from: S{i}, on: e2, guard: k < 3, to: S{i}, do: k += 1}}")
        lines.append(f"  - {{from: S{i}, on: e2, guard: k == 3, to: S{i // 2}, do: k = 0}}")
        lines.append(f"  - {{from: S{i}, on: e3, reject: not-now}}")
        lines.append(f"  - {{from: S{i}, on: e4, ignore: nothing-to-do}}")
    states = ", ".join(f"S{i}" for i in range(n))
    rest = ", ".join(f"e{j}" for j in range(5, e))
    lines.append("defaults:")
    lines.append(f"  - states: [{states}]")
    lines.append(f"    events: [{rest}]")
    lines.append("    violation: unexpected")
    lines.append("  - states: [Done]")
    lines.append(f"    events: [{', '.join(f'e{j}' for j in range(e))}]")
    lines.append("    ignore: done")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--states", type=int, default=1000)
    p.add_argument("--events", type=int, default=50)
    a = p.parse_args()
    print(synth(a.states, a.events), end="")
