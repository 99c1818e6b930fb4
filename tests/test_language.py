#!/usr/bin/env python3
"""The spec language's conveniences (issue 15): `to: stay`, the W-shared-target hint and
`allow`, named state groups (`state_groups`, Machine.state_groups, expand_states), ignore
and reject rows that emit actions, and the hint for a comma in a flow mapping's text.

tests/hostile/valid/stay-groups-emits.yaml compiles the same constructs warning-free under
g++ and clang and runs their cell tests (test_hostile.py); tests/bad/state-groups.yaml holds
the located errors (test_diagnostics.py).

Run: /usr/bin/python3 tests/test_language.py
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from codegen import emit, graph, interp  # noqa: E402
from codegen.check import check  # noqa: E402
from codegen.diag import SpecError  # noqa: E402
from codegen.load import load  # noqa: E402
from codegen.model import UnknownState, expand_states  # noqa: E402
from codegen.validate import validate  # noqa: E402

HEAD = textwrap.dedent("""\
    phasegen: 1
    machine: conn
    vars:
      n: {range: [0, 1]}
    states:
      Open: {initial: true}
      Closing: {}
      Closed: {terminal: true}
    events:
      data: {source: peer}
      close: {source: local}
    """)
ACTIONS = "actions:\n  ack:\n  blocked:\n"


def machine(rows: str, extra: str = ""):
    text = HEAD + extra + "transitions:\n" + textwrap.indent(textwrap.dedent(rows), "  ")
    return validate(load(text, "conn.yaml"), "conn.yaml")


def errors(rows: str, extra: str = "") -> list[tuple[int, int, str, str]]:
    try:
        check(machine(rows, extra))
    except SpecError as e:
        return [(d.pos.line, d.pos.col, d.id, d.message) for d in e.diagnostics]
    return []


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, "-m", "codegen", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


CLOSE_ROWS = """\
- {from: Open, on: close, to: Closing}
- {from: Closing, on: close, to: Closed}
- {from: Closed, on: [data, close], ignore: closed}
"""


class Stay(unittest.TestCase):
    def test_stay_keeps_each_state_of_a_shared_row(self):
        m = machine("- {from: [Open, Closing], on: data, guard: n == 0, to: stay, do: n = 1, emit: ack}\n"
                    "- {from: [Open, Closing], on: data, guard: n == 1, to: stay}\n" + CLOSE_ROWS, "actions: {ack: }\n")
        check(m)
        for state in ("Open", "Closing"):
            step = interp.step(m, (state, (0,)), "data")
            self.assertEqual((step.kind, step.after, step.emit), ("transition", (state, (1,)), ("ack",)))
        # one Row per state, each naming its own target, at the written row's position
        data_rows = [r for r in m.rows if r.event == "data" and r.pos.line == m.rows[0].pos.line]
        self.assertEqual([(r.states, r.target) for r in data_rows], [(("Open",), "Open"), (("Closing",), "Closing")])

    def test_a_shared_target_moves_every_state_and_is_a_warning(self):
        rows = "- {from: [Open, Closing], on: data, to: Open}\n" + CLOSE_ROWS
        m = machine(rows)
        self.assertEqual(interp.step(m, ("Closing", (0,)), "data").after[0], "Open")  # what it means
        [w] = m.warnings
        self.assertEqual((w.id, w.severity, w.pos.line), ("W-shared-target", "warning", HEAD.count("\n") + 2))
        self.assertIn("'Closing' leaves for 'Open'", w.message)
        self.assertIn("to: stay", w.message)
        self.assertEqual(errors(rows), [])  # a hint: never an error
        allowed = machine("- {from: [Open, Closing], on: data, to: Open, allow: shared-target}\n" + CLOSE_ROWS)
        self.assertEqual(allowed.warnings, ())
        one = machine("- {from: [Open, Closing], on: data, to: Closed}\n" + CLOSE_ROWS)  # not one of its own
        self.assertEqual(one.warnings, ())

    def test_the_warning_is_printed_and_the_status_stays_zero(self):
        with tempfile.TemporaryDirectory() as d:
            spec = os.path.join(d, "conn.yaml")
            with open(spec, "w", encoding="utf-8") as f:
                f.write(HEAD + "transitions:\n" + textwrap.indent(
                    "- {from: [Open, Closing], on: data, to: Open}\n" + CLOSE_ROWS, "  "))
            p = run_cli("check", spec)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertRegex(p.stderr, r"conn\.yaml:\d+:\d+: warning: \[W-shared-target\] ")
            p = run_cli("generate", "--out", os.path.join(d, "out"), spec)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertIn("W-shared-target", p.stderr)

    def test_an_unknown_warning_in_allow_is_an_error(self):
        [(_, _, id, message)] = errors("- {from: Open, on: data, to: Open, allow: shared-targets}\n"
                                       "- {from: Closing, on: data, to: Closing}\n" + CLOSE_ROWS)
        self.assertEqual(id, "E-unknown-key")
        self.assertIn("did you mean 'shared-target'", message)

    def test_stay_from_a_terminal_state_absorbs(self):
        self.assertEqual(errors("- {from: [Open, Closing], on: data, to: stay}\n"
                                "- {from: Open, on: close, to: Closing}\n"
                                "- {from: Closing, on: close, to: Closed}\n"
                                "- {from: Closed, on: data, to: stay}\n"
                                "- {from: Closed, on: close, ignore: closed}\n"), [])

    def test_a_dead_stay_row_is_reported_once(self):
        found = errors("- {from: [Open, Closing], on: data, guard: n > 1, to: stay}\n"
                       "- {from: [Open, Closing], on: data, to: stay}\n" + CLOSE_ROWS)
        self.assertEqual([x[2] for x in found].count("E-dead-row"), 1, found)


GROUPS = textwrap.dedent("""\
    state_groups:
      live: [Closing, Open]
      all: [Open, Closing, Closed]
    """)


class StateGroups(unittest.TestCase):
    def test_groups_on_the_model_and_in_rows_and_defaults(self):
        m = machine("- {from: live, on: data, to: stay}\n- {from: Open, on: close, to: Closing}\n"
                    "- {from: Closing, on: close, to: Closed}\n", GROUPS + textwrap.dedent("""\
                    defaults:
                      - {states: all, events: [data, close], ignore: closed}
                    """))
        check(m)
        self.assertEqual(m.state_groups, {"live": ("Closing", "Open"), "all": ("Open", "Closing", "Closed")})
        self.assertEqual([r.states for r in m.rows if r.event == "data" and not r.from_default],
                         [("Closing",), ("Open",)])
        defaults = [r for r in m.rows if r.from_default]
        self.assertEqual({(r.event, r.states) for r in defaults}, {("data", ("Closed",)), ("close", ("Closed",))})

    def test_expand_states(self):
        m = machine("- {from: live, on: data, to: stay}\n" + CLOSE_ROWS.replace("Closed, on: [data, close]",
                                                                              "Closed, on: [data, close]"), GROUPS)
        self.assertEqual(expand_states(m, ["live"]), ("Closing", "Open"))
        self.assertEqual(expand_states(m, ["Open", "live", "Closed"]), ("Open", "Closing", "Closed"))
        self.assertEqual(expand_states(m, []), ())
        with self.assertRaises(UnknownState) as e:
            expand_states(m, ["Open", "lve"])
        self.assertEqual(e.exception.name, "lve")
        self.assertIn("did you mean 'live'", str(e.exception))

    def test_a_group_overlapping_a_state_in_one_list_is_their_union(self):
        m = machine("- {from: [Open, live], on: data, to: stay}\n" + CLOSE_ROWS, GROUPS)
        self.assertEqual({r.states for r in m.rows if r.event == "data" and r.kind == "transition"},
                         {("Open",), ("Closing",)})

    def test_a_group_named_like_a_state(self):
        found = errors("- {from: Open, on: data, to: stay}\n" + CLOSE_ROWS,
                       "state_groups:\n  Open: [Closing]\n")
        self.assertEqual([(x[2], x[3]) for x in found][:1], [("E-duplicate", "state group 'Open' has the name of a state")])


class Emits(unittest.TestCase):
    ROWS = """\
    - {from: [Open, Closing], on: data, guard: n == 0, to: stay, do: n = 1}
    - {from: [Open, Closing], on: data, guard: n == 1, ignore: full, emit: blocked}
    - {from: Open, on: close, guard: n == 0, reject: busy, emit: [ack, blocked]}
    - {from: Open, on: close, guard: n == 1, to: Closing, emit: ack}
    - {from: Closing, on: close, to: Closed}
    - {from: Closed, on: [data, close], ignore: closed}
    """

    def test_ignore_and_reject_report_their_actions_and_change_nothing(self):
        m = machine(self.ROWS, ACTIONS)
        check(m)
        step = interp.step(m, ("Closing", (1,)), "data")
        self.assertEqual((step.kind, step.code, step.after, step.emit), ("ignore", "full", ("Closing", (1,)), ("blocked",)))
        step = interp.step(m, ("Open", (0,)), "close")
        self.assertEqual((step.kind, step.after, step.emit), ("reject", ("Open", (0,)), ("ack", "blocked")))
        step = interp.step(m, ("Closed", (0,)), "data")
        self.assertEqual(step.emit, ())

    def test_the_outputs_show_them(self):
        m = machine(self.ROWS, ACTIONS)
        report = check(m)
        header = emit.header(m, report)
        self.assertIn("return {Disposition::ignored, from, State::Closing, Code::full, bit(Action::blocked)};", header)
        self.assertIn("return {Disposition::rejected, from, State::Open, Code::busy, "
                      "bit(Action::ack) | bit(Action::blocked)};", header)
        self.assertRegex(header, r"\{Disposition::ignored, State::Open, Code::full, \d+, 0, bit\(Action::blocked\)\}")
        tests = emit.cell_tests(m, report)
        self.assertIn("phasegen::Disposition::ignored, Code::full, before, bit(Action::blocked));", tests)
        self.assertIn("phasegen::Disposition::rejected, Code::busy, before, bit(Action::ack) | bit(Action::blocked));",
                      tests)
        self.assertIn("ignore `full` / blocked", emit.markdown(m, report))
        refusals = dict(((s, k), texts) for s, k, texts in graph.machine_refusals(m))
        self.assertIn(("busy: close [n == 0] / emit ack, blocked", None), refusals[("Open", "reject")])

    def test_a_violation_cannot_emit(self):
        found = errors("- {from: [Open, Closing], on: data, violation: bad, emit: ack}\n"
                       "- {from: Open, on: close, to: Closing, emit: blocked}\n"
                       "- {from: Closing, on: close, to: Closed}\n- {from: Closed, on: [data, close], ignore: closed}\n",
                       ACTIONS)
        self.assertEqual([x[2] for x in found], ["E-disposition"])
        self.assertIn("'emit' goes with 'to', 'ignore' or 'reject'", found[0][3])

    def test_do_stays_with_to(self):
        found = errors("- {from: [Open, Closing], on: data, ignore: x, do: n = 1, emit: ack}\n"
                       "- {from: Open, on: close, to: Closing, emit: blocked}\n"
                       "- {from: Closing, on: close, to: Closed}\n- {from: Closed, on: [data, close], ignore: closed}\n",
                       ACTIONS)
        self.assertEqual([x[2] for x in found], ["E-disposition"])


class CommaInFlowText(unittest.TestCase):
    def test_a_comma_in_a_flow_mapping_doc_gets_a_hint_to_quote_it(self):
        rows = ("- {from: Open, on: data, to: Open, doc: a frame, counted}\n"
                "- {from: Closing, on: data, to: Closing, doc: \"quoted, fine\"}\n" + CLOSE_ROWS)
        found = errors(rows)
        self.assertEqual(len(found), 1, found)
        line, col, id, message = found[0]
        self.assertEqual((line, id), (HEAD.count("\n") + 2, "E-unknown-key"))
        self.assertIn("unknown key 'counted' in a transition row", message)
        self.assertIn("quote the text: doc: \"a frame, counted\"", message)

    def test_a_block_mapping_doc_with_a_comma_is_fine(self):
        rows = ("- from: Open\n  on: data\n  to: Open\n  doc: a frame, counted\n"
                "- {from: Closing, on: data, to: Closing}\n" + CLOSE_ROWS)
        self.assertEqual(errors(rows), [])
        m = machine(rows)
        self.assertEqual(m.rows[0].doc, "a frame, counted")

    def test_an_unrelated_unknown_key_keeps_its_suggestion(self):
        [(_, _, _, message)] = errors("- {from: Open, on: data, to: Open, dco: x}\n- {from: Closing, on: data, to: Closing}\n"
                                      + CLOSE_ROWS)
        self.assertIn("did you mean 'do'", message)
        self.assertNotIn("flow mapping", message)


if __name__ == "__main__":
    unittest.main()
