"""`phasegen check` on systems outside phasegen's tree: the compiled engine agrees with the
Python explorer (verdicts, counts, counterexamples), is cached by content, falls back with
a note when no compiler is found; --format json; replay from any directory.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYSTEM = "lifecycles/known-bad/vox-legacy/system.yaml"  # relative to the project; names machines in ../../vox


def phasegen(*args, cwd, env=None):
    env = dict(os.environ if env is None else env, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "codegen", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


class Engines(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.project = os.path.join(cls.tmp.name, "project")  # a user's project: specs in its own folder
        shutil.copytree(os.path.join(ROOT, "spec"), os.path.join(cls.project, "lifecycles"))
        cls.cache = os.path.join(cls.tmp.name, "cache")
        cls.env = dict(os.environ, PHASEGEN_CACHE=cls.cache)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check(self, *args, env=None):
        return phasegen("check", "--format", "json", *args, SYSTEM, cwd=self.project,
                        env=env or self.env)

    @unittest.skipUnless(shutil.which(os.environ.get("CXX", "c++").split()[0]), "needs a C++ compiler")
    def test_compiled_and_python_engines_agree_and_the_checker_is_cached(self):
        py = self.check("--engine", "python")
        cc = self.check("--engine", "compiled")
        self.assertEqual(py.returncode, 0, py.stderr)  # the known-bad system expects its failures
        self.assertEqual(cc.returncode, 0, cc.stderr)
        a, b = json.loads(py.stdout), json.loads(cc.stdout)
        self.assertTrue(a["ok"] and b["ok"])
        self.assertEqual([r["engine"] for r in b["systems"]], ["compiled"] * len(b["systems"]))
        for x, y in zip(a["systems"], b["systems"]):
            for key in ("variant", "states", "transitions", "depth"):
                self.assertEqual(x[key], y[key], key)
            self.assertEqual({p: v["verdict"] for p, v in x["properties"].items()},
                             {p: v["verdict"] for p, v in y["properties"].items()})
            for p, v in x["properties"].items():
                if v["verdict"] != "proved":  # shortest counterexamples: the same length, a replayable file
                    self.assertEqual(len(v["counterexample"]["steps"]), len(y["properties"][p]["counterexample"]["steps"]))
        built = os.listdir(os.path.join(self.cache, "checkers"))
        self.assertEqual(len(built), 1)
        exe = os.path.join(self.cache, "checkers", built[0], "checker")
        stamp = os.stat(exe).st_mtime_ns
        again = self.check("--engine", "compiled")
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertEqual(os.stat(exe).st_mtime_ns, stamp, "the cached checker was rebuilt")

    def test_no_compiler_falls_back_to_python_with_a_note(self):
        env = dict(self.env, CXX="no-such-compiler-phasegen")
        r = self.check("--engine", "auto", "--no-symmetry", env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("Traceback", r.stderr)
        r = self.check("--engine", "compiled", env=env)
        self.assertEqual(r.returncode, 1)
        self.assertIn("no-such-compiler-phasegen", r.stderr)
        self.assertNotIn("Traceback", r.stderr)

    def test_replay_finds_the_system_from_the_counterexample_anywhere(self):
        cex = os.path.join(self.tmp.name, "cex")
        r = phasegen("check", "--engine", "python", "--cex-dir", os.path.join("..", "cex"), SYSTEM,
                     cwd=self.project)
        self.assertEqual(r.returncode, 0, r.stderr)
        files = sorted(f for f in os.listdir(cex) if f.endswith(".json"))
        self.assertTrue(files)
        # the file records the system's path as given (SYSTEM, relative to the project): found
        # from the project; the counterexample sits outside it, so not from elsewhere
        for cwd, status in ((self.project, 0), (cex, 2), ("/", 2)):
            r = phasegen("replay", os.path.join(cex, files[0]), cwd=cwd)
            self.assertEqual(r.returncode, status, f"from {cwd}: {r.stderr}")
            self.assertNotIn("Traceback", r.stderr)
        moved = os.path.join(self.project, "cex")
        shutil.copytree(cex, moved)  # inside the project: found by walking up from the file
        r = phasegen("replay", os.path.join(moved, files[0]), cwd="/")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("reproduces", r.stdout)
        r = phasegen("replay", "--system", os.path.join(self.project, SYSTEM),
                     os.path.join(cex, files[0]), cwd="/")
        self.assertEqual(r.returncode, 0, r.stderr)


if __name__ == "__main__":
    unittest.main()
