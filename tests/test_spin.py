"""Cross-check with SPIN: for every bundled system (and the known-bad one) and every
variant, SPIN on the Promela phasegen emits stores exactly as many states as phasegen's
checker explores (symmetry off), and gives the same verdict for every safety property, and
for every leads_to property (an LTL formula: pan compiled without -DSAFETY and run with -a,
acceptance cycles).

SPIN is run as `spin -o2 -a` (keep write-only ghost variables in the state vector),
pan compiled with `-O0 -DSAFETY -DNOREDUCE` (full state storage, no partial order
reduction), and run with `-E` (a state where no input is enabled is not an error).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

from codegen import cli, engine  # noqa: E402
from codegen.explore import Explorer  # noqa: E402
from codegen.promela import promela  # noqa: E402

SYSTEMS = [os.path.join(ROOT, "spec", "vox", "system.yaml"),
           os.path.join(ROOT, "spec", "known-bad", "vox-legacy", "system.yaml"),
           os.path.join(ROOT, "tests", "checker", "planted.yaml"),
           os.path.join(ROOT, "tests", "checker", "broadcast.yaml"),
           os.path.join(ROOT, "tests", "checker", "two_closes.yaml"),  # per-property closed flags
           os.path.join(ROOT, "tests", "checker", "kinds.yaml"),  # no_refusal, never_after
           os.path.join(ROOT, "tests", "checker", "stranded.yaml"),  # no_silent_drop: items stranded
           os.path.join(ROOT, "tests", "checker", "monitors.yaml"),  # monitor, always over two instances, leads_to
           os.path.join(ROOT, "spec", "tcp", "system.yaml"),  # FIFO channels, a lossy network
           os.path.join(ROOT, "tests", "checker", "granting.yaml"),  # events with data, passed by a link via a channel
           os.path.join(ROOT, "spec", "http2", "system.yaml")]  # HTTP/2 streams on a connection; window_update(n)
# phasegen's side is the compiled checker here (the path a large system takes).
COMPILED = [os.path.join(ROOT, "spec", "vox", "async.yaml")]  # vox with frames in flight (19,240 states)


def pan(model: str, tmp: str, defines=(), flags=("-E",), liveness=False) -> str:
    with open(os.path.join(tmp, "m.pml"), "w", encoding="utf-8") as f:
        f.write(model)
    subprocess.run(["spin", "-o2", *[f"-D{d}" for d in defines], "-a", "m.pml"], cwd=tmp, check=True,
                   capture_output=True)
    safety = [] if liveness else ["-DSAFETY"]
    # -O0: the models are small, and compiling pan.c is most of this test's time (3x faster than -O2)
    subprocess.run(["cc", "-O0", *safety, "-DNOREDUCE", "-w", "-o", "pan", "pan.c"], cwd=tmp, check=True)
    out = subprocess.run(["./pan", "-m1000000", *flags], cwd=tmp, capture_output=True, text=True).stdout
    if "Search not completed" in out and "assertion violated" not in out and "acceptance cycle" not in out:
        raise AssertionError(f"pan did not complete its search:\n{out}")
    return out


@unittest.skipUnless(shutil.which("spin") and shutil.which("cc"), "needs spin and a C compiler (tools/setup)")
class SpinCrossCheck(unittest.TestCase):
    def test_state_counts_and_verdicts_agree(self):
        for path in SYSTEMS + COMPILED:
            self.compare(path, compiled=path in COMPILED)

    def test_a_reject_that_emits_drives_a_link(self):
        """tests/test_language.py's system: the action a reject emits is delivered in the
        Promela too (the receiver's Seen state is reachable only through it)."""
        import test_language
        with tempfile.TemporaryDirectory() as d:
            for name, text in (("sender.yaml", test_language.SENDER), ("receiver.yaml", test_language.RECEIVER),
                               ("system.yaml", test_language.LINKED.replace("seen: {kind: reachable",
                                                                             "quiet: {kind: no_violation, variants: [v]}\n  seen: {kind: reachable"))):
                with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                    f.write(text)
            self.compare(os.path.join(d, "system.yaml"))

    def test_multi_core_and_breadth_first_pan_accept_the_promela(self):
        """pan's multi-core mode (-DNCORE=2) and breadth-first search (-DBFS) refuse `hidden`
        variables; the Promela's scratch is plain and zeroed after every step, so both run
        it and store exactly the states of the default search."""
        systems = []
        cli.build([SYSTEMS[0]], systems)
        s = systems[0]
        v = s.variants[0]
        expected = Explorer(s, v, symmetry=False).run().states
        for mode in ("-DBFS", "-DNCORE=2"):
            with self.subTest(mode=mode), tempfile.TemporaryDirectory() as tmp:
                with open(os.path.join(tmp, "m.pml"), "w", encoding="utf-8") as f:
                    f.write(promela(s, v))
                subprocess.run(["spin", "-o2", "-a", "m.pml"], cwd=tmp, check=True, capture_output=True)
                subprocess.run(["cc", "-O0", "-DSAFETY", "-DNOREDUCE", mode, "-w", "-o", "pan", "pan.c"], cwd=tmp,
                               check=True)
                r = subprocess.run(["./pan", "-m1000000", "-A", "-E"], cwd=tmp, capture_output=True, text=True)
                counts = re.findall(r"(\d+) states, stored", r.stdout + r.stderr)
                self.assertTrue(counts, r.stdout + r.stderr)
                self.assertEqual(int(counts[-1]), expected, mode)

    def compare(self, path, compiled=False):
        """SPIN's state count and verdicts against phasegen's, every variant of a system."""
        systems = []
        cli.build([path], systems)
        s = systems[0]
        exe = engine.build(s) if compiled else None
        for v in s.variants:
            with self.subTest(system=s.name, variant=v.name), tempfile.TemporaryDirectory() as tmp:
                ours = engine.run(s, v, exe, False, False) if exe else Explorer(s, v, symmetry=False).run()
                model = promela(s, v)
                out = pan(model, tmp, flags=("-A", "-E"))
                spin_states = int(re.search(r"(\d+) states, stored", out).group(1))
                print(f"{s.name} [{v.name}]: phasegen {ours.states} states, SPIN {spin_states}",
                      file=sys.stderr)
                self.assertEqual(ours.states, spin_states)
                for p in ours.checked:
                    kind = next(x for x in s.properties if x.name == p).kind
                    if kind in ("no_stuck", "terminates", "reachable"):
                        continue  # decided on the whole graph, not a safety property; checked by phasegen only
                    if kind == "leads_to":  # LTL: acceptance cycles (a run ending open is stutter-extended)
                        out = pan(model, tmp, defines=(f"P_{p}",), flags=("-a", "-E"), liveness=True)
                        spin_fails = "acceptance cycle" in out
                    else:
                        out = pan(model, tmp, defines=(f"P_{p}",))
                        spin_fails = "assertion violated" in out
                    self.assertEqual(spin_fails, p in ours.failures, f"{s.name} [{v.name}] {p}: SPIN says "
                                     f"{'fails' if spin_fails else 'holds'}")


if __name__ == "__main__":
    unittest.main()
