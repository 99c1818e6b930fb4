#!/usr/bin/env python3
"""Diagnostics of the phasegen command line, checked against the bad specs in tests/bad/.

Every spec in tests/bad/ states the diagnostics it must produce, LLVM-lit style, as lines

    # expect: LINE:COL E-id
    # expect: PATH:LINE:COL E-id     (a diagnostic in another file, PATH relative to tests/bad/)

inside the file (YAML) or in a sibling NAME.json.expect (JSON has no comments). The PATH form
is for a system spec whose machine fails its checks: the machine's own diagnostic is in the
machine file. For each spec the test runs `python -m codegen generate --prove --out TMP SPEC`
and requires exit status 1, every diagnostic printed as `tests/bad/NAME:LINE:COL: error: [E-id]
message`, the set of (PATH, LINE, COL, E-id) printed to equal the set expected, and TMP to stay
empty. A spec with no expectations is an error, never a pass.

System specs (tests/bad/system-*.yaml) are bad specs too. Those that validate are explored: an
E-property diagnostic must be followed by its counterexample, the last line is then
`phasegen: N system checks failed; the outputs are written`, stdout holds the checker's report,
and TMP holds the system's Promela (no output depends on the exploration).
The machines they instantiate live in tests/bad/machines/: valid machines, not bad specs.

Run: /usr/bin/python3 tests/test_diagnostics.py   (exit status 0 when every test passes)
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import textwrap
import unittest

sys.dont_write_bytecode = True  # importing codegen below must not leave __pycache__ in the tree
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

BAD = os.path.join(ROOT, "tests", "bad")
MACHINES = os.path.join(BAD, "machines")  # valid machines the bad system specs instantiate
SPEC_SUFFIXES = (".yaml", ".yml", ".json")
EXPECT = re.compile(r"#\s*expect:\s*(?:(?P<path>[^\s:]+):)?(?P<line>\d+):(?P<col>\d+)\s+"
                    r"(?P<id>E-[a-z]+(?:-[a-z]+)*)\s*\Z")
DIAGNOSTIC = re.compile(r"(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): error: \[(?P<id>E-[a-z]+(?:-[a-z]+)*)\] "
                        r"(?P<message>.*)\Z")
SUMMARY = re.compile(r"phasegen: (\d+) errors?; nothing written\Z")
# After exploring systems: each unexpected verdict (E-property, E-expect) counts as one.
SYSTEM_SUMMARY = re.compile(r"phasegen: (\d+) system checks? failed; the outputs are written\Z")
COUNTEREXAMPLE = re.compile(r"counterexample: \S+ \[\S+\] violates \S+ in (\d+) steps: .+\Z")
REPORT = re.compile(r"\S+ \[\S+\]: \d+ states, \d+ transitions, depth \d+, [\d.]+ s(?:, [\d,]+ states/s)?, "
                    r"peak \d+ MiB(?:, symmetry off)?\Z")


class NoExpectations(Exception):
    pass


def expectation_file(spec: str) -> str:
    """Where a spec's expectations live: a sibling .expect for JSON, the spec itself otherwise."""
    return spec + ".expect" if spec.endswith(".json") else spec


def expectations(spec: str) -> set[tuple[str, int, int, str]]:
    """The (path, line, col, id) a spec expects, path relative to the project; raises
    NoExpectations when it states none."""
    source = expectation_file(spec)
    try:
        with open(source, "rb") as f:  # bytes: a bad spec may be deliberately not UTF-8
            text = f.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        raise NoExpectations(f"{os.path.relpath(spec, ROOT)}: no expectations ({source} is missing)") from None
    found = set()
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if re.match(r"#\s*expect\b", stripped):
            m = EXPECT.match(stripped)
            if not m:
                raise NoExpectations(f"{os.path.relpath(source, ROOT)}:{n}: malformed expectation {line!r}; "
                                     "write '# expect: LINE:COL E-id'")
            path = os.path.normpath(os.path.join(os.path.dirname(spec), m["path"])) if m["path"] else spec
            found.add((os.path.relpath(path, ROOT), int(m["line"]), int(m["col"]), m["id"]))
    if not found:
        raise NoExpectations(f"{os.path.relpath(spec, ROOT)}: a bad spec must state its diagnostics as "
                             f"'# expect: LINE:COL E-id' lines (in {os.path.relpath(source, ROOT)})")
    return found


def bad_specs() -> list[str]:
    """The spec files directly in tests/bad/ (not the helper machines in tests/bad/machines/)."""
    return sorted(os.path.join(BAD, f) for f in os.listdir(BAD)
                  if f.endswith(SPEC_SUFFIXES) and os.path.isfile(os.path.join(BAD, f)))


def helper_machines() -> list[str]:
    if not os.path.isdir(MACHINES):
        return []
    return sorted(os.path.join(MACHINES, f) for f in os.listdir(MACHINES) if f.endswith(SPEC_SUFFIXES))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, "-m", "codegen", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def parse_stderr(test: unittest.TestCase, stderr: str) -> list[dict]:
    """Every diagnostic line of stderr; fails on any other line but the final summary and, after an
    E-property diagnostic, its counterexample."""
    lines = stderr.splitlines()
    test.assertTrue(lines, "no diagnostics on stderr")
    summary = SUMMARY.match(lines[-1]) or SYSTEM_SUMMARY.match(lines[-1])
    test.assertIsNotNone(summary, f"the last stderr line is not the error summary:\n{stderr}")
    system_summary = summary.re is SYSTEM_SUMMARY
    diagnostics = []
    body = lines[:-1]
    n = 0
    while n < len(body):
        m = DIAGNOSTIC.match(body[n])
        test.assertIsNotNone(m, f"not a diagnostic: {body[n]!r}\nstderr:\n{stderr}")
        diagnostics.append({**m.groupdict(), "line": int(m["line"]), "col": int(m["col"])})
        n += 1
        if m["id"] == "E-property":
            test.assertTrue(system_summary, f"E-property before the error summary of a spec error:\n{stderr}")
            cex = COUNTEREXAMPLE.match(body[n]) if n < len(body) else None
            test.assertIsNotNone(cex, f"E-property without its counterexample:\n{stderr}")
            n += 1
            steps = 0
            while n < len(body) and body[n].startswith("  "):
                steps += bool(re.match(r"  \d+\. ", body[n]))
                n += 1
            test.assertEqual(steps, int(cex[1]), f"the counterexample miscounts its steps:\n{stderr}")
    test.assertEqual(int(summary[1]), len(diagnostics), f"the summary miscounts the diagnostics:\n{stderr}")
    return diagnostics


def listing(directory: str) -> list[str]:
    return sorted(os.path.relpath(os.path.join(d, f), directory) for d, _, fs in os.walk(directory) for f in fs)


class BadSpecs(unittest.TestCase):
    """One test per file in tests/bad/ (generated below)."""

    def run_bad(self, spec: str) -> list[dict]:
        expected = expectations(spec)  # first: a spec without expectations fails before anything runs
        shown = os.path.relpath(spec, ROOT)
        with tempfile.TemporaryDirectory(prefix="phasegen-bad-") as out:
            # The absolute path: diagnostics must still name the file relative to the project.
            p = run_cli("generate", "--prove", "--out", out, spec)
            self.assertEqual(p.returncode, 1, f"exit status of phasegen on {shown}\nstderr:\n{p.stderr}")
            written = listing(out)
        diagnostics = parse_stderr(self, p.stderr)
        if SYSTEM_SUMMARY.match(p.stderr.splitlines()[-1]):  # valid, explored after its outputs were written
            self.assertTrue(written and all(f.endswith(".pml") for f in written), f"{shown}: wrote {written}")
        else:
            self.assertEqual(written, [], f"phasegen wrote files for {shown}")
        if SYSTEM_SUMMARY.match(p.stderr.splitlines()[-1]):  # systems were explored: stdout is the report
            report = [line for line in p.stdout.splitlines()  # after what generate wrote
                      if not re.match(r"phasegen: \d+ files, \d+ changed\Z|  wrote ", line)]
            if report or not any(d["id"] == "E-too-big" for d in diagnostics):  # no report when it gave up
                self.assertRegex(report[0] if report else "", REPORT,
                                 f"no checker report on stdout for {shown}")
        else:
            self.assertEqual(p.stdout, "", f"phasegen printed to stdout for {shown}")
        files = {shown} | {path for path, _, _, _ in expected}  # other files only where expected
        for d in diagnostics:
            self.assertIn(d["path"], files, f"diagnostic names the wrong file: {d}")
        got = {(d["path"], d["line"], d["col"], d["id"]) for d in diagnostics}
        if got != expected:
            def fmt(items):
                return "\n".join(
                    f"  # expect: {'' if path == shown else os.path.relpath(path, os.path.dirname(shown)) + ':'}"
                    f"{l}:{c} {i}" for path, l, c, i in sorted(items)) or "  (none)"
            self.fail(f"{shown}: diagnostics differ from the expectations\n"
                      f"printed but not expected:\n{fmt(got - expected)}\n"
                      f"expected but not printed:\n{fmt(expected - got)}\nstderr:\n{p.stderr}")
        return diagnostics

    def test_every_file_in_tests_bad_is_a_spec_or_its_expectations(self):
        specs = set(bad_specs())
        self.assertTrue(specs, "tests/bad/ holds no specs")
        for f in os.listdir(BAD):
            path = os.path.join(BAD, f)
            if path in specs or path == MACHINES:
                continue
            self.assertTrue(f.endswith(".json.expect") and path[: -len(".expect")] in specs,
                            f"tests/bad/{f} is neither a spec nor the .expect of a JSON spec")

    def test_the_helper_machines_are_valid_and_used(self):
        """tests/bad/machines/ holds good machines only, each instantiated by some bad system spec."""
        from codegen import cli
        from codegen.diag import SpecError

        machines = helper_machines()
        self.assertTrue(machines, "tests/bad/machines/ holds no machines")
        for f in os.listdir(MACHINES):
            self.assertIn(os.path.join(MACHINES, f), machines, f"tests/bad/machines/{f} is not a machine spec")
        specs_text = ""
        for spec in bad_specs():
            with open(spec, "rb") as fh:
                specs_text += fh.read().decode("utf-8", errors="replace")
        for m in machines:
            rel = os.path.relpath(m, ROOT)
            with self.subTest(machine=rel):
                try:
                    cli.build([m])
                except SpecError as e:
                    self.fail(f"{rel} must be a valid machine:\n{e}")
                self.assertIn(f"machines/{os.path.basename(m)}", specs_text, f"no bad spec instantiates {rel}")

    def test_a_spec_without_expectations_is_refused(self):
        with tempfile.TemporaryDirectory() as d:
            yaml_spec = os.path.join(d, "nothing.yaml")
            with open(yaml_spec, "w", encoding="utf-8") as f:
                f.write("# a bad spec that forgot to say what it expects\nphasegen: 2\n")
            with self.assertRaises(NoExpectations):
                expectations(yaml_spec)
            with self.assertRaises(NoExpectations):  # and so does the generated test for it
                self.run_bad(yaml_spec)
            json_spec = os.path.join(d, "nothing.json")
            with open(json_spec, "w", encoding="utf-8") as f:
                f.write('{"phasegen": 2}\n')
            with self.assertRaises(NoExpectations):  # no sibling .expect
                expectations(json_spec)
            with open(json_spec + ".expect", "w", encoding="utf-8") as f:
                f.write("expectations go here\n")
            with self.assertRaises(NoExpectations):  # an .expect without '# expect:' lines
                expectations(json_spec)
            with open(yaml_spec, "a", encoding="utf-8") as f:
                f.write("# expect: 2 E-version\n")
            with self.assertRaises(NoExpectations):  # malformed: no column
                expectations(yaml_spec)

    def test_every_diagnostic_id_has_a_bad_spec(self):
        """Every id the generator can emit from one file is exercised by some file in tests/bad/."""
        emitted = set()
        for name in os.listdir(os.path.join(ROOT, "codegen")):
            if name.endswith(".py"):
                with open(os.path.join(ROOT, "codegen", name), encoding="utf-8") as f:
                    text = f.read()
                # "E-id" arguments, and "[E-id]" written into a message (E-property, E-expect).
                emitted |= set(re.findall(r'"(E-[a-z]+(?:-[a-z]+)*)"', text))
                emitted |= set(re.findall(r'\[(E-[a-z]+(?:-[a-z]+)*)\]', text))
        covered = {i for spec in bad_specs() for _, _, _, i in expectations(spec)}
        # E-duplicate also has a cross-file form, tested in CommandLine below.
        self.assertEqual(sorted(emitted - covered), [], "diagnostic ids with no bad spec in tests/bad/")


def _make_test(spec: str):
    def test(self):
        self.run_bad(spec)
    test.__doc__ = f"tests/bad/{os.path.basename(spec)}"
    return test


for _spec in bad_specs():
    _name = "test_bad_" + re.sub(r"\W", "_", os.path.basename(_spec))
    setattr(BadSpecs, _name, _make_test(_spec))


GOOD = textwrap.dedent("""\
    phasegen: 1
    machine: {name}
    states:
      A: {{initial: true}}
      B: {{terminal: true}}
    events:
      go: {{source: local}}
    transitions:
      - {{from: A, on: go, to: B}}
      - {{from: B, on: go, ignore: done}}
    """)

ON_OFF_YES_NO = textwrap.dedent("""\
    phasegen: 1
    machine: toggle
    states:
      Idle: {initial: true}
      Running: {}
      Done: {terminal: true}
    events:
      on: {source: local}
      off: {source: local}
      yes: {source: peer}
      no: {source: peer}
    transitions:
      - {from: Idle, on: on, to: Running}
      - {from: Idle, on: [off, yes, no], ignore: idle}
      - {from: Running, on: off, to: Done}
      - {from: Running, on: [on, yes], ignore: running}
      - from: Running
        on: no
        reject: refused
    defaults:
      - {states: [Done], events: [on, off, yes, no], ignore: done}
    """)


class CommandLine(unittest.TestCase):
    def write(self, directory: str, name: str, text: str) -> str:
        path = os.path.join(directory, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_on_off_yes_no_stay_strings(self):
        from codegen.check import check
        from codegen.load import load
        from codegen.validate import validate

        with tempfile.TemporaryDirectory(prefix="phasegen-onoff-") as d:
            spec = self.write(d, "toggle.yaml", ON_OFF_YES_NO)
            machine = validate(load(ON_OFF_YES_NO, "toggle.yaml"), "toggle.yaml")
            names = [e.name for e in machine.events]
            self.assertEqual(names, ["on", "off", "yes", "no"])
            self.assertTrue(all(type(n) is str for n in names), names)
            self.assertEqual({r.event for r in machine.rows}, {"on", "off", "yes", "no"})
            self.assertEqual(machine.cells[("Running", "no")][0].kind, "reject")
            check(machine)  # raises SpecError on any problem
            out = os.path.join(d, "out")
            p = run_cli("generate", "--out", out, spec)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertIn("toggle.hpp", listing(out))

    def test_duplicate_yaml_key_names_the_first_definition(self):
        spec = os.path.join(BAD, "duplicate-key.yaml")
        with open(spec, encoding="utf-8") as f:
            lines = f.read().splitlines()
        first = next(n for n, line in enumerate(lines, 1) if line.startswith("  go:"))
        second = next(n for n, line in enumerate(lines, 1) if line.startswith("  go:") and n != first)
        diagnostics = BadSpecs("run_bad").run_bad(spec)
        d = next(d for d in diagnostics if d["line"] == second)
        self.assertEqual((d["id"], d["col"]), ("E-duplicate-key", 3))
        self.assertIn("'go'", d["message"])
        self.assertIn(f"first defined at tests/bad/duplicate-key.yaml:{first}:3", d["message"])

    def test_duplicate_json_key_names_the_first_definition(self):
        diagnostics = BadSpecs("run_bad").run_bad(os.path.join(BAD, "duplicate-key.json"))
        d = next(d for d in diagnostics if "'machine'" in d["message"])
        self.assertIn("first defined at tests/bad/duplicate-key.json:3:3", d["message"])

    def test_unhandled_names_state_and_event(self):
        for name in ("unhandled.yaml", "unhandled.json"):
            [d] = BadSpecs("run_bad").run_bad(os.path.join(BAD, name))
            self.assertEqual(d["id"], "E-unhandled")
            self.assertIn("state 'B'", d["message"])
            self.assertIn("event 'stop'", d["message"])

    def test_one_bad_spec_means_nothing_is_written(self):
        bad = os.path.join(BAD, "unhandled.yaml")
        with tempfile.TemporaryDirectory(prefix="phasegen-two-") as d:
            good = self.write(d, "good.yaml", GOOD.format(name="good"))
            out = os.path.join(d, "out")
            for order in ((good, bad), (bad, good)):
                p = run_cli("generate", "--out", out, *order)
                self.assertEqual(p.returncode, 1, p.stderr)
                self.assertEqual({x["id"] for x in parse_stderr(self, p.stderr)}, {"E-unhandled"})
                self.assertFalse(os.path.exists(out) and listing(out), f"wrote {listing(out)}")
            p = run_cli("generate", "--out", out, good)  # the good spec alone does generate
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertIn("good.hpp", listing(out))

    def test_a_machine_defined_in_two_files(self):
        with tempfile.TemporaryDirectory(prefix="phasegen-dup-") as d:
            a = self.write(d, "a.yaml", GOOD.format(name="same"))
            b = self.write(d, "b.yaml", "# the same machine again\n" + GOOD.format(name="same"))
            out = os.path.join(d, "out")
            p = run_cli("generate", "--out", out, a, b)
            self.assertEqual(p.returncode, 1, p.stderr)
            [x] = parse_stderr(self, p.stderr)
            self.assertEqual((x["id"], x["line"], x["col"]), ("E-duplicate", 2, 1))
            self.assertTrue(x["path"].endswith("b.yaml"), x)
            self.assertIn("machine 'same' is also defined in", x["message"])
            self.assertTrue(x["message"].endswith("a.yaml"), x)
            self.assertFalse(os.path.exists(out), "wrote output")

    def test_a_missing_file(self):
        with tempfile.TemporaryDirectory(prefix="phasegen-missing-") as d:
            p = run_cli("generate", "--out", os.path.join(d, "out"), os.path.join(ROOT, "tests", "bad", "absent.yaml"))
            self.assertEqual(p.returncode, 1, p.stderr)
            [x] = parse_stderr(self, p.stderr)
            self.assertEqual((x["path"], x["line"], x["col"], x["id"]), ("tests/bad/absent.yaml", 1, 1, "E-io"))
            self.assertFalse(os.path.exists(os.path.join(d, "out")))

    def test_check_accepts_a_good_spec(self):
        with tempfile.TemporaryDirectory(prefix="phasegen-check-") as d:
            # (`check` used to crash after its summary: --stamp exists only on `generate`.)
            p = run_cli("check", self.write(d, "good.yaml", GOOD.format(name="good")))
            self.assertEqual((p.returncode, p.stderr), (0, ""))
            self.assertIn("good: ", p.stdout)
            self.assertEqual(listing(d), ["good.yaml"])


if __name__ == "__main__":
    unittest.main()
