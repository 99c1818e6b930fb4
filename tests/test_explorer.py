"""Tests of the checker itself: hand-computed state counts, planted violations with
known shortest counterexamples, symmetry reduction, the known-bad model of today's vox
driver, and counterexample replay."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from codegen import cli, counterexample  # noqa: E402
from codegen.explore import Explorer  # noqa: E402

CHECKER = os.path.join(ROOT, "tests", "checker")
LEGACY = os.path.join(ROOT, "spec", "known-bad", "vox-legacy", "system.yaml")
VOX = os.path.join(ROOT, "spec", "vox", "system.yaml")


def system(path):
    systems = []
    cli.build([path], systems)
    return systems[0]


def run(path, variant=None, symmetry=True):
    s = system(path)
    v = next(x for x in s.variants if variant in (None, x.name))
    ex = Explorer(s, v, symmetry=symmetry)
    return ex, ex.run()


class Counts(unittest.TestCase):
    """State counts computed by hand in each file's doc."""

    def test_three_toggles(self):
        self.assertEqual(run(f"{CHECKER}/toggles.yaml", symmetry=False)[1].states, 8)  # 2^3

    def test_symmetry_counts_multisets(self):
        self.assertEqual(run(f"{CHECKER}/toggles.yaml")[1].states, 4)  # multisets of 3 over {Off, On}

    def test_budgets(self):
        self.assertEqual(run(f"{CHECKER}/budget.yaml", symmetry=False)[1].states, 6)

    def test_broadcast_link(self):
        ex, r = run(f"{CHECKER}/broadcast.yaml", symmetry=False)
        self.assertEqual(r.states, 3)
        self.assertEqual(r.failures, {})
        # every ack flips both toggles: in every reachable state they agree
        st = ex.initial()
        for _ in range(2):
            label = next(ex.enabled(st))
            st, records, _ = ex.apply(st, label)
            self.assertEqual([r[0] for r in records], ["hub", "t[0]", "t[1]"])
        d = ex.describe(st)
        self.assertEqual(d["t[0]"]["state"], d["t[1]"]["state"])

    def test_symmetry_preserves_verdicts_on_the_vox_system(self):
        for variant in ("compliant", "hostile"):
            _, a = run(VOX, variant, symmetry=True)
            _, b = run(VOX, variant, symmetry=False)
            self.assertEqual(set(a.failures), set(b.failures))
            self.assertLess(a.states, b.states)
            self.assertGreaterEqual(a.states * 2, b.states)  # N = 2: at most 2! fewer


class Planted(unittest.TestCase):
    def test_planted_bugs_are_found_shortest_first(self):
        ex, r = run(f"{CHECKER}/planted.yaml")
        self.assertEqual(set(r.failures), {"no_silent_drop", "data_after_close", "quiet"})
        for prop in r.failures:
            self.assertEqual(len(r.failures[prop].path), 2, prop)  # the hand-computed minimum
        last = r.failures["data_after_close"].path[-1]
        self.assertEqual([(x[0], x[1], x[3]) for x in last[1]], [("c", "item", "transition")])

    def test_a_correct_system_proves_everything(self):
        _, r = run(f"{CHECKER}/budget.yaml")
        self.assertEqual(r.failures, {})
        self.assertEqual(set(r.checked), {"no_silent_drop", "quiet"})


class Vox(unittest.TestCase):
    def test_bundled_system_proves_every_property(self):
        for variant in ("compliant", "hostile"):
            _, r = run(VOX, variant)
            self.assertEqual(r.failures, {}, variant)
            self.assertIn("no_silent_drop", r.checked)
            self.assertIn("stale_isolation", r.checked)
        _, r = run(VOX, "compliant")
        self.assertIn("credit_safety", r.checked)

    def test_legacy_driver_yields_the_three_counterexamples(self):
        for variant in ("compliant", "hostile"):
            ex, r = run(LEGACY, variant)
            self.assertEqual(set(r.failures), {"no_silent_drop", "data_after_close", "stale_isolation"}, variant)
            causes = {(p, c[1], c[2]) for (p, c) in r.causes}
            # try_send fails with Full / Closed and the item is discarded
            self.assertIn(("no_silent_drop", "Registered", "item"), causes)
            self.assertIn(("no_silent_drop", "RxDropped", "item"), causes)
            # data after close lands in an orphan buffer
            self.assertIn(("data_after_close", "Draining", "item"), causes)
            # frames of the previous generation are applied
            self.assertTrue(any(p == "stale_isolation" for p, _, _ in causes))
            # shortest first: no counterexample of a property is longer than one of its causes
            for (p, _), f in r.causes.items():
                self.assertLessEqual(len(r.failures[p].path), len(f.path))

    def test_the_gate_accepts_known_bad_systems_only_as_expected(self):
        env = dict(os.environ, PYTHONPATH=ROOT, PYTHONDONTWRITEBYTECODE="1")
        ok = subprocess.run([sys.executable, "-m", "codegen", "check", "-q", LEGACY], cwd=ROOT, env=env,
                            capture_output=True, text=True)
        self.assertEqual(ok.returncode, 0, ok.stderr)
        with tempfile.TemporaryDirectory() as tmp:
            def read(name):
                with open(f"{CHECKER}/{name}", encoding="utf-8") as f:
                    return f.read()
            files = {"planted.yaml": read("planted.yaml").replace(
                "  v: [no_silent_drop, data_after_close, quiet]", "  v: [no_silent_drop, quiet]"),
                "leaky_counter.yaml": read("leaky_counter.yaml")}
            for name, src in files.items():
                with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                    f.write(src)
            bad = subprocess.run([sys.executable, "-m", "codegen", "check", "-q", os.path.join(tmp, "planted.yaml")],
                                 cwd=ROOT, env=env, capture_output=True, text=True)
            self.assertEqual(bad.returncode, 1)
            self.assertIn("[E-property] planted [v]: data_after_close fails", bad.stderr)
            self.assertIn("counterexample: planted [v] violates data_after_close in 2 steps", bad.stderr)


class Replay(unittest.TestCase):
    def test_counterexample_json_replays_and_tampering_is_caught(self):
        ex, r = run(LEGACY, "hostile")
        data = counterexample.to_json(ex, r.failures["no_silent_drop"])
        self.assertEqual(counterexample.replay(ex, json.loads(counterexample.dumps(data))), "")
        tampered = json.loads(counterexample.dumps(data))
        tampered["steps"][-1]["dispatches"][-1]["disposition"] = "violation"
        self.assertIn("dispatches differ", counterexample.replay(ex, tampered))
        shortened = json.loads(counterexample.dumps(data))
        shortened["steps"] = shortened["steps"][:-1]
        self.assertIn("is not violated", counterexample.replay(ex, shortened))

    def test_replay_command(self):
        ex, r = run(LEGACY, "compliant")
        env = dict(os.environ, PYTHONPATH=ROOT, PYTHONDONTWRITEBYTECODE="1")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "cex.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(counterexample.dumps(counterexample.to_json(ex, r.failures["stale_isolation"])))
            out = subprocess.run([sys.executable, "-m", "codegen", "replay", path], cwd=ROOT, env=env,
                                 capture_output=True, text=True)
            self.assertEqual(out.returncode, 0, out.stderr)
            self.assertIn("reproduces: stale_isolation fails", out.stdout)

    @unittest.skipUnless(shutil.which(os.environ.get("CXX", "c++").split()[0]), "needs a C++ compiler")
    def test_counterexample_becomes_a_doctest_case_that_compiles_and_passes(self):
        env = dict(os.environ, PYTHONPATH=ROOT, PYTHONDONTWRITEBYTECODE="1")
        with tempfile.TemporaryDirectory() as tmp:
            ex, r = run(LEGACY, "hostile")
            paths = []
            for prop in ("no_silent_drop", "stale_isolation"):
                path = os.path.join(tmp, f"{prop}.json")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(counterexample.dumps(counterexample.to_json(ex, r.failures[prop])))
                out = subprocess.run([sys.executable, "-m", "codegen", "replay", "--doctest", tmp, path], cwd=ROOT,
                                     env=env, capture_output=True, text=True)
                self.assertEqual(out.returncode, 0, out.stderr)
                paths.append(os.path.join(tmp, f"{prop}.test.cpp"))  # named after the counterexample file
            main = os.path.join(ROOT, "tests", "main.cpp")
            exe = os.path.join(tmp, "cex-tests")
            subprocess.run([*os.environ.get("CXX", "c++").split(), "-std=c++20", "-Wall", "-Wextra", "-Wpedantic",
                            "-Werror", "-I", tmp, "-I", os.path.join(ROOT, "runtime", "include"), main, *paths,
                            "-o", exe], check=True)
            result = subprocess.run([exe], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("2 passed | 0 failed", result.stdout)

    @unittest.skipUnless(shutil.which(os.environ.get("CXX", "c++").split()[0]), "needs a C++ compiler")
    def test_channels_and_event_args_become_doctest_cases_too(self):
        """A counterexample through a channel (a message lost in the network) and one with an
        event that carries data (Event, Args) replay on Drivers, compiled warning-free."""
        env = dict(os.environ, PYTHONPATH=ROOT, PYTHONDONTWRITEBYTECODE="1")
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for system, variant, prop in ((os.path.join(ROOT, "spec", "tcp", "system.yaml"), "lossy", "no_stuck"),
                                          (f"{CHECKER}/granting.yaml", "forging", "quiet")):
                ex, r = run(system, variant)
                path = os.path.join(tmp, f"{variant}.{prop}.json")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(counterexample.dumps(counterexample.to_json(ex, r.failures[prop])))
                out = subprocess.run([sys.executable, "-m", "codegen", "replay", "--doctest", tmp, path], cwd=ROOT,
                                     env=env, capture_output=True, text=True)
                self.assertEqual(out.returncode, 0, out.stderr)
                paths.append(os.path.join(tmp, f"{variant}.{prop}.test.cpp"))
            with open(paths[1], encoding="utf-8") as f:
                self.assertIn("Event::grant, check_granting::window::Args{.n = ", f.read())
            exe = os.path.join(tmp, "cex-tests")
            subprocess.run([*os.environ.get("CXX", "c++").split(), "-std=c++20", "-Wall", "-Wextra", "-Wpedantic",
                            "-Werror", "-I", tmp, "-I", os.path.join(ROOT, "runtime", "include"),
                            os.path.join(ROOT, "tests", "main.cpp"), *paths, "-o", exe], check=True)
            result = subprocess.run([exe], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stdout)
            self.assertIn("2 passed | 0 failed", result.stdout)

    def test_text_form_names_step_instance_event_outcome_and_state(self):
        ex, r = run(f"{CHECKER}/planted.yaml")
        text = counterexample.to_text(ex, r.failures["data_after_close"])
        self.assertIn("1.   c close (gen 0): transition; Open -> Done", text)
        self.assertIn("2.   c item (gen 0): transition; Done -> Done", text)


if __name__ == "__main__":
    unittest.main()
