"""The trace replay tool against a real run: the trace of tests/runtime/trace_run.cpp
matches the specs; a tampered trace is reported at the tampered line, and only there.

usage: test_replay.py TRACE-RUN-EXECUTABLE
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNNER = None


def replay(path, *extra):
    return subprocess.run([sys.executable, "-m", "codegen.trace_replay", path, *extra], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT}, cwd=ROOT)  # spec paths shown relative to it


class Replay(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.trace = os.path.join(cls.tmp.name, "run.jsonl")
        r = subprocess.run([RUNNER, cls.trace], capture_output=True, text=True)
        if r.returncode != 0:
            raise AssertionError(f"trace run failed: {r.stdout}{r.stderr}")
        with open(cls.trace, encoding="utf-8") as f:
            cls.lines = f.read().splitlines()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def write(self, name, lines):
        path = os.path.join(self.tmp.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        return path

    def find(self, pred, start=0):
        for i in range(start, len(self.lines)):
            if pred(json.loads(self.lines[i])):
                return i
        self.fail("the trace has no such record")

    def test_real_run_matches_and_reports_coverage(self):
        r = replay(self.trace, "--cells")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn(f"{len(self.lines)} records match the spec", r.stdout)
        self.assertRegex(r.stdout, r"vox::rx_channel: \d+ instance\(s\); exercised \d+ of \d+ cells, \d+ of \d+ rows")
        self.assertRegex(r.stdout, r"vox::session: 2 instance\(s\); exercised \d+ of \d+ cells")
        self.assertIn("Announced x bind: spec/vox/rx_channel.yaml:", r.stdout)
        # the run reaches the registry-level classifications and stale session events, too
        records = [json.loads(line) for line in self.lines]
        reasons = {r.get("reason") for r in records}
        self.assertTrue({"reclaimed", "too-many-channels"} <= reasons, reasons)
        self.assertIn("stale", {r["disposition"] for r in records if r["machine"] == "vox::session"})

    def test_tampered_disposition_is_the_first_divergence(self):
        i = self.find(lambda r: r["machine"] == "vox::rx_channel" and r["event"] == "item"
                      and r["disposition"] == "transition")
        j = self.find(lambda r: r["event"] == "consume", i + 1)
        lines = list(self.lines)
        for k, field, value in ((i, "disposition", "violation"), (j, "to", "Closed")):
            rec = json.loads(lines[k])
            rec[field] = value
            lines[k] = json.dumps(rec)
        r = replay(self.write("tampered.jsonl", lines))
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn(f"tampered.jsonl:{i + 1}: first divergence:", r.stdout)
        self.assertIn("disposition: expected 'transition', recorded 'violation'", r.stdout)
        self.assertNotIn(f":{j + 1}:", r.stdout)

    def test_a_dropped_record_shows_up_as_the_next_state_mismatch(self):
        i = self.find(lambda r: r["machine"] == "vox::rx_channel" and r["event"] == "bind")
        lines = self.lines[:i] + self.lines[i + 1:]
        r = replay(self.write("dropped.jsonl", lines))
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("first divergence", r.stdout)
        self.assertIn("recorded in state", r.stdout)

    def test_a_stale_event_that_changed_state_is_a_divergence(self):
        i = self.find(lambda r: r["machine"] == "vox::session" and r["disposition"] == "stale")
        rec = json.loads(self.lines[i])
        rec["to"] = "Disconnected"
        lines = list(self.lines)
        lines[i] = json.dumps(rec)
        r = replay(self.write("stale.jsonl", lines))
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn(f"stale.jsonl:{i + 1}: first divergence", r.stdout)

    def test_not_a_trace(self):
        r = replay(self.write("garbage.jsonl", ["{not json"]))
        self.assertEqual(r.returncode, 2)
        self.assertIn("garbage.jsonl:1: error", r.stderr)


if __name__ == "__main__":
    RUNNER = sys.argv.pop(1)
    unittest.main(verbosity=2)
