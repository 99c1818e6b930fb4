"""Property kinds on the bundled system and its mutations: what each one catches that the
others let through.

usage: test_properties.py
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPEN_ITEM = "  - {from: Open, on: item, guard: queued < credit, to: Open, do: queued += 1}"
SHORT_BY_ONE = ("  - {from: Open, on: item, guard: queued < credit - 1, to: Open, do: queued += 1}\n"
                "  - {from: Open, on: item, guard: queued == credit - 1, ignore: buffer-full}")


def check(directory, *args):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "codegen", "check", "--engine", "python", *args,
                           os.path.join(directory, "system.yaml")], env=env, capture_output=True, text=True,
                          timeout=600)


class Mutations(unittest.TestCase):
    def test_a_buffer_one_slot_short_is_caught_only_by_no_refusal(self):
        """The vox seed's bug shape: a receive buffer one slot short of the credit that
        answers the extra item with `ignore: buffer-full`. Observable (so not a silent
        drop), no violation (so credit_safety holds): only no_refusal names it."""
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(os.path.join(ROOT, "spec", "vox"), tmp, dirs_exist_ok=True)
            path = os.path.join(tmp, "rx_channel.yaml")
            with open(path, encoding="utf-8") as f:
                text = f.read()
            self.assertIn(OPEN_ITEM, text, "the bundled rx_channel changed: update the mutation")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.replace(OPEN_ITEM, SHORT_BY_ONE))
            r = check(tmp)
            self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
            self.assertNotIn("Traceback", r.stderr)
            failing = {line.split(": ")[0].strip() for line in r.stdout.splitlines() if ": FAILS" in line}
            self.assertEqual(failing, {"no_refused_item"}, r.stdout)
            self.assertRegex(r.stderr, r"no_refused_item fails: ch\[\d\] refused item with ignore buffer-full")

    def test_the_bundled_system_proves_no_refusal_and_reaches_an_open_channel(self):
        r = check(os.path.join(ROOT, "spec", "vox"))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("  no_refused_item: proved", r.stdout)
        self.assertRegex(r.stdout, r"  channel_open: reachable in \d+ steps")
        self.assertIn("witness: channel_open", r.stdout)


if __name__ == "__main__":
    unittest.main()
