"""The generated C++ checker and the Python explorer agree: same states, transitions and
depth, with and without symmetry, same verdict per property, and every counterexample
the C++ checker prints reproduces in the Python explorer with the same length.

usage: test_checker_cpp.py [BUNDLED-CHECKER]   (the meson-built checker of spec/vox/system.yaml)
Checkers of the other systems are generated and compiled into a temporary directory.
"""
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from codegen import checker_cpp, cli  # noqa: E402
from codegen.explore import Explorer  # noqa: E402

BUNDLED = None
OTHERS = [os.path.join(ROOT, "spec", "known-bad", "vox-legacy", "system.yaml"),
          os.path.join(ROOT, "tests", "checker", "planted.yaml"),
          os.path.join(ROOT, "tests", "checker", "toggles.yaml"),
          os.path.join(ROOT, "tests", "checker", "broadcast.yaml"),
          os.path.join(ROOT, "tests", "checker", "late.yaml"),  # initial state not declared first
          os.path.join(ROOT, "tests", "checker", "two_closes.yaml"),  # per-property closed flags
          os.path.join(ROOT, "tests", "checker", "kinds.yaml"),  # no_refusal, never_after (and kinds it leaves out)
          os.path.join(ROOT, "tests", "checker", "stranded.yaml"),  # no_silent_drop: items stranded
          os.path.join(ROOT, "tests", "checker", "monitors.yaml"),  # monitor, always over two instances, leads_to
          os.path.join(ROOT, "tests", "checker", "self_loops.yaml"),  # steps that keep their configuration but change the state
          os.path.join(ROOT, "spec", "tcp", "system.yaml"),  # FIFO channels, a lossy network
          os.path.join(ROOT, "tests", "checker", "granting.yaml"),  # events with data, passed by a link via a channel
          os.path.join(ROOT, "spec", "http2", "system.yaml")]  # invariants over byte-stored vars (>= 0), -Wtype-limits
SUMMARY = re.compile(r"^(\S+) \[(\S+)\]: (\d+) states, (\d+) transitions, depth (\d+),")


def load(path):
    systems = []
    cli.build([path], systems)
    return systems[0]


def compile_checker(system, tmp):
    include = checker_cpp.write(system, tmp)
    exe = os.path.join(tmp, "checker.bin")
    cxx = os.environ.get("CXX", "c++").split()
    subprocess.run([*cxx, "-std=c++20", "-O1", "-pthread", "-Wall", "-Wextra", "-Wpedantic", "-Werror",
                    "-I", include, "-I", os.path.join(ROOT, "runtime", "include"),
                    os.path.join(include, f"{system.name}.cpp"), "-o", exe], check=True)
    return exe


def parse(out):
    """{variant: (states, transitions, depth, {property: failing path or None}, {reachable: witness})}"""
    result, current = {}, None
    for line in out.splitlines():
        m = SUMMARY.match(line)
        if m:
            current = m.group(2)
            result[current] = [int(m.group(3)), int(m.group(4)), int(m.group(5)), {}, {}]
        elif line.startswith("  ") and ": " in line:
            prop, verdict = line.strip().split(": ", 1)
            if verdict.startswith("reachable"):
                result[current][4][prop] = []
            elif not verdict.startswith("not checked"):
                result[current][3][prop] = None if verdict == "proved" else []
        elif line.startswith("path "):
            data = json.loads(line[5:])
            witness = data["property"] in result[current][4]
            result[current][4 if witness else 3][data["property"]] = data["inputs"]
    return result


class Agreement(unittest.TestCase):
    def compare(self, system, exe, threads=(1, 2)):
        """Every variant, with and without symmetry, by one thread and (no_stuck skipped:
        it needs the one-thread graph) by several."""
        for symmetry, n in itertools.product((True, False), threads):
            args = [exe, "--paths", "--threads", str(n)] + ([] if symmetry else ["--no-symmetry"])
            args += ["--skip-no-stuck"] if n > 1 else []
            got = parse(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
            for v in system.variants:
                with self.subTest(system=system.name, variant=v.name, symmetry=symmetry, threads=n):
                    ex = Explorer(system, v, symmetry=symmetry)
                    r = ex.run()
                    states, transitions, depth, verdicts, witnesses = got[v.name]
                    self.assertEqual((states, transitions, depth), (r.states, r.transitions, r.depth))
                    kinds = {p.name: p.kind for p in system.properties}
                    graph = {p for p in kinds if kinds[p] in ("no_stuck", "terminates", "leads_to")}
                    expected = set(r.failures) - (graph if n > 1 else set())
                    self.assertEqual({p for p, path in verdicts.items() if path is not None}, expected)
                    self.assertEqual({p: len(w) for p, w in witnesses.items()},
                                     {p: len(w.path) for p, w in r.witnesses.items()}, "reachable: witnesses")
                    for prop, inputs in verdicts.items():
                        if inputs is not None and kinds[prop] == "leads_to":  # the same lasso, input by input
                            self.assertEqual(inputs, [[ex.instances[k][2], e, stale] if not hasattr(i, "channel") else
                                                      [ex.instances[k][2], "", False, i.channel, i.kind]
                                                      for (i, k, e, stale), _, _ in r.failures[prop].path], prop)
                        if inputs is None or kinds[prop] in ("no_stuck", "terminates", "reachable", "leads_to"):
                            continue
                        self.assertEqual(len(inputs), len(r.failures[prop].path), prop)
                        self.assertTrue(self.reproduces(ex, inputs, prop), f"{prop}: {inputs}")

    @staticmethod
    def reproduces(ex, inputs, prop):
        names = {name: k for k, (_, _, name) in enumerate(ex.instances)}
        st = ex.initial()
        failures = []
        for instance, event, stale, *network in inputs:
            label = next((l for l in ex.enabled(st) if l[1] == names[instance] and (
                (getattr(l[0], "channel", None), getattr(l[0], "kind", None)) == tuple(network) if network
                else (l[2], l[3]) == (event, stale) and not hasattr(l[0], "channel"))), None)
            if label is None:
                return False
            st, _, failures = ex.apply(st, label)
        return prop in {p for p, _, _ in failures}

    def test_bundled_checker(self):
        if not BUNDLED:
            self.skipTest("pass the meson-built checker of spec/vox/system.yaml")
        # Three threads too: two helpers that take turns with the caller on CI's two cores
        # (suite 'threads' runs this under ThreadSanitizer, every round shared).
        self.compare(load(os.path.join(ROOT, "spec", "vox", "system.yaml")), BUNDLED, threads=(1, 2, 3))

    @unittest.skipUnless(shutil.which(os.environ.get("CXX", "c++").split()[0]), "needs a C++ compiler")
    def test_states_hint_changes_no_result(self):
        """--states N only sizes the visited set: too few, exactly, and far too many give the
        same states, transitions, depth, verdicts and paths as no hint, on a model large
        enough that the set grows past its first 2^16 slots; a count that is not one is refused."""
        system = load(os.path.join(ROOT, "bench", "vox_channels_3.yaml"))
        with tempfile.TemporaryDirectory() as tmp:
            exe = compile_checker(system, tmp)
            for threads, symmetry in (("1", []), ("2", ["--no-symmetry", "--skip-no-stuck"])):
                base = [exe, "--paths", "--threads", threads, *symmetry]
                plain = subprocess.run(base, check=True, capture_output=True, text=True).stdout
                states = max(v[0] for v in parse(plain).values())
                self.assertGreater(states, 4 * 65536 // 5, "the hint must matter: more states than the first set holds")
                for hint in (1, states // 3, states, 8 * states):
                    with self.subTest(threads=threads, hint=hint):
                        got = subprocess.run(base + ["--states", str(hint)], check=True, capture_output=True, text=True)
                        self.assertEqual(parse(got.stdout), parse(plain))
            self.refuses_bad_counts(exe)

    def refuses_bad_counts(self, exe):
        for bad in ("", "-1", "12x", "0x10", "99999999999999999999999"):
            with self.subTest(bad=bad):
                r = subprocess.run([exe, "--states", bad], capture_output=True, text=True)
                self.assertEqual(r.returncode, 2)
                self.assertIn("--states wants a count", r.stderr)
                self.assertEqual(r.stdout, "")
        r = subprocess.run([exe, "--threads", "0"], capture_output=True, text=True)
        self.assertEqual((r.returncode, r.stdout), (2, ""))
        self.assertIn("--threads wants a count from 1 to 1024, not '0'", r.stderr)

    @unittest.skipUnless(shutil.which(os.environ.get("CXX", "c++").split()[0]), "needs a C++ compiler")
    def test_generated_checkers_of_other_systems(self):
        for path in OTHERS:
            system = load(path)
            with tempfile.TemporaryDirectory() as tmp:
                self.compare(system, compile_checker(system, tmp))


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BUNDLED = sys.argv.pop(1)
    unittest.main()
