"""Differential test: the reference interpreter (codegen/interp.py) and the generated C++
agree step by step on seeded random event sequences, for every bundled and golden machine.

usage: test_differential.py RUNNER [--sequences N] [--length L] [--seed S]
"""
import argparse
import os
import random
import subprocess
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from codegen import cli, interp  # noqa: E402

ARGS = None
SPECS = cli.bundled_specs() + [os.path.join(ROOT, "tests", "golden", f) for f in ("tiny.yaml", "minimal.yaml")]
KIND = {"transition": "transition", "ignore": "ignored", "reject": "rejected", "violation": "violation"}


def runner_events(m) -> dict:
    """The events of m's (expanded) table the runner can send, each by its generated
    Event's index: all of them, but for an event with arguments only its instance at the
    arguments' lowest values, which the runner's Args{} holds (test_language.py and
    test_random_specs.py pass other values)."""
    if m.source is None:
        return {e.name: i for i, e in enumerate(m.events)}
    declared = {e.name: i for i, e in enumerate(m.source.events)}
    lowest = {e.name: tuple(a.lo for a in e.args) for e in m.source.events}
    return {e.name: declared[e.base or e.name] for e in m.events if not e.base or e.values == lowest[e.base]}


def sequences(m, rng, count, length):
    """Half uniform over all events (invalid ones included), half biased toward transitions
    so that runs go deep instead of stopping in the first terminal state, and toward states
    no run has reached yet (a machine with many ways out, like an HTTP/2 stream's, would
    otherwise seldom reach the states behind a long path)."""
    events = list(runner_events(m))
    seen = {m.initial.name}
    for k in range(count):
        config, seq = interp.initial(m), []
        for _ in range(length):
            if k % 2:
                moving = [e for e in events if interp.step(m, config, e).kind == "transition"
                          and interp.step(m, config, e).after != config]
                new = [e for e in moving if interp.step(m, config, e).after[0] not in seen]
                e = rng.choice(new or moving) if moving and rng.random() < 0.85 else rng.choice(events)
            else:
                e = rng.choice(events)
            seq.append(e)
            config = interp.step(m, config, e).after
            seen.add(config[0])
        yield seq


def expected_lines(m, seq):
    index = {a.name: i for i, a in enumerate(m.actions)}
    config, out = interp.initial(m), []
    for e in seq:
        s = interp.step(m, config, e)
        config = s.after
        actions = sum(1 << index[a] for a in s.emit)
        out.append(" ".join([KIND[s.kind], s.code or "none", config[0], *map(str, config[1]), str(actions)]))
    return out


class Differential(unittest.TestCase):
    def test_interpreter_and_generated_code_agree(self):
        rng = random.Random(ARGS.seed)
        total_steps = 0
        for (m, _) in cli.build(SPECS):
            name = f"{m.namespace}::{m.name}" if m.namespace else m.name
            seqs = list(sequences(m, rng, ARGS.sequences, ARGS.length))
            index = runner_events(m)
            stdin = "".join(name + " " + " ".join(str(index[e]) for e in seq) + "\n" for seq in seqs)
            r = subprocess.run([ARGS.runner], input=stdin, capture_output=True, text=True, check=True)
            got = r.stdout.split("\n")
            pos = 0
            for n, seq in enumerate(seqs):
                want = expected_lines(m, seq)
                have = got[pos:pos + len(want)]
                for i, (w, h) in enumerate(zip(want, have)):
                    if w != h:
                        self.fail(f"{name}: sequence {n} (seed {ARGS.seed}) diverges at step {i} "
                                  f"(event {seq[i]}): interpreter '{w}', generated C++ '{h}'; "
                                  f"events so far: {seq[:i + 1]}")
                self.assertEqual(len(have), len(want))
                self.assertEqual(got[pos + len(want)], "end")
                pos += len(want) + 1
                total_steps += len(want)
            visited = set()
            for seq in seqs:
                c = interp.initial(m)
                for e in seq:
                    c = interp.step(m, c, e).after
                    visited.add(c[0])
            # the biased walks must reach every state, or the comparison proves little
            self.assertEqual(visited | {m.initial.name}, {s.name for s in m.states}, name)
        print(f"differential: {total_steps} steps compared", file=sys.stderr)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("runner")
    p.add_argument("--sequences", type=int, default=200)
    p.add_argument("--length", type=int, default=60)
    p.add_argument("--seed", type=int, default=20261125)
    ARGS, rest = p.parse_known_args()
    unittest.main(argv=[sys.argv[0], *rest])
