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
import shutil
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


SENDER = """\
phasegen: 1
machine: sender
states:
  Open: {initial: true}
  Done: {terminal: true}
events:
  send: {source: local}
  close: {source: local}
actions:
  blocked:
transitions:
  - {from: Open, on: send, reject: no-credit, emit: blocked}
  - {from: Open, on: close, to: Done}
  - {from: Done, on: [send, close], ignore: done}
"""
RECEIVER = """\
phasegen: 1
machine: receiver
states:
  Idle: {initial: true}
  Seen: {}
  Gone: {terminal: true}
events:
  notice: {source: session}
  end: {source: local}
transitions:
  - {from: Idle, on: notice, to: Seen}
  - {from: Seen, on: notice, ignore: again}
  - {from: [Idle, Seen], on: end, to: Gone}
  - {from: Gone, on: [notice, end], ignore: gone}
"""
LINKED = """\
phasegen: 1
system: blocked
instances:
  tx: {machine: sender.yaml}
  rx: {machine: receiver.yaml}
links:
  - {from: tx, emit: blocked, to: rx, event: notice}
variants:
  v:
    inputs:
      - {to: tx, event: [send, close]}
      - {to: rx, event: end}
properties:
  seen: {kind: reachable, when: {rx: Seen}}
"""


class EmitsInSystems(unittest.TestCase):
    def test_a_reject_that_emits_drives_a_link_in_both_engines(self):
        """The explorer steps the interpreter and the compiled checker the generated header:
        both deliver the action a reject emits, so the receiver can see it."""
        with tempfile.TemporaryDirectory() as d:
            for name, text in (("sender.yaml", SENDER), ("receiver.yaml", RECEIVER), ("system.yaml", LINKED)):
                with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                    f.write(text)
            engines = ["python"] + (["compiled"] if shutil.which("c++") or shutil.which("g++") else [])
            for engine in engines:
                p = run_cli("check", "--engine", engine, os.path.join(d, "system.yaml"))
                self.assertEqual(p.returncode, 0, f"{engine}:\n{p.stdout}\n{p.stderr}")
                self.assertRegex(p.stdout, r"witness: seen .* in 1 steps", engine)


ARGS_SPEC = os.path.join(ROOT, "tests", "hostile", "valid", "event-args.yaml")
DRIVER_MAIN = r"""
#include <cstdio>

#include "event-args.hpp"
#include "phasegen/driver.hpp"

namespace m = data::flow;

int main() {
  int failures = 0;
  auto expect = [&](bool ok, const char* what) { if (!ok) { std::printf("FAILED: %s\n", what); ++failures; } };
  phasegen::Driver<m::Machine> d;
  auto o = d.dispatch(m::Event::grant, m::Args{.n = 2});
  expect(o.disposition == phasegen::Disposition::transition && d.config().vars.window == 2, "grant 2");
  o = d.dispatch(m::Event::grant, m::Args{.n = 2}, d.generation());
  expect(o.disposition == phasegen::Disposition::violation && o.code == m::Code::credit_overflow, "grant past credit");
  o = d.dispatch(m::Event::grant, m::Args{.n = 9});  // outside grant's range: not applied
  expect(o.disposition == phasegen::Disposition::violation && o.code == m::Code::none && d.config().vars.window == 2,
         "an argument out of range");
  o = d.dispatch(m::Event::send);  // an event without arguments, as before
  expect(o.disposition == phasegen::Disposition::transition && o.actions == m::bit(m::Action::send_item), "send");
  m::Config c = d.config(), t = d.config();
  const auto a = m::step(c, m::Event::seek, m::Args{.n = -1});
  const auto b = phasegen::table_step<m::Machine>(t, m::Event::seek, m::Args{.n = -1});
  expect(a == b && c == t && c.vars.offset == -1, "step and table_step agree with arguments");
  const auto bad = phasegen::table_step<m::Machine>(t, m::Event::grant);  // Args{}: n = -2, outside grant's range
  expect(bad.disposition == phasegen::Disposition::violation && t == c, "table_step without arguments");
  return failures;
}
"""


class EventArgs(unittest.TestCase):
    def machine(self, extra_rows: str = "", grant_rows: str | None = None):
        with open(ARGS_SPEC, encoding="utf-8") as f:
            text = f.read()
        if grant_rows is not None:
            text = text.replace("  - {from: Open, on: grant, guard: window + n <= credit, to: Open, do: window += n}\n"
                                "  - {from: Open, on: grant, guard: window + n > credit, violation: credit-overflow}\n",
                                grant_rows)
        return validate(load(text + extra_rows, "event-args.yaml"), "event-args.yaml")

    def test_the_checked_machine_has_an_event_per_argument_value(self):
        m = self.machine()
        check(m)
        self.assertEqual([e.name for e in m.events],
                         ["grant(n=1)", "grant(n=2)", "grant(n=3)", "seek(n=-2)", "seek(n=-1)", "seek(n=0)", "seek(n=1)",
                          "seek(n=2)", "send", "close"])
        self.assertEqual([(e.name, [a.name for a in e.args]) for e in m.source.events],
                         [("grant", ["n"]), ("seek", ["n"]), ("send", []), ("close", [])])
        self.assertIsNone(machine(CLOSE_ROWS.replace("Closing, on: close", "Closing, on: [close, data]")
                                  .replace("Closed, on: [data, close]", "Closed, on: [data, close]")
                                  + "- {from: Open, on: data, ignore: x}\n").source)

    def test_the_interpreter_takes_argument_values(self):
        m = self.machine()
        c = interp.initial(m)
        step = interp.step(m, c, interp.event(m, "grant", (3,)))
        self.assertEqual((step.kind, step.after), ("transition", ("Open", (3, -2))))
        step = interp.step(m, step.after, interp.event(m, "grant", (1,)))
        self.assertEqual((step.kind, step.code), ("violation", "credit-overflow"))
        self.assertEqual(interp.event(m, "send"), "send")

    def test_the_checks_cover_every_argument_value(self):
        rows = "  - {from: Open, on: grant, guard: n < 3 && window + n <= credit, to: Open, do: window += n}\n" \
               "  - {from: Open, on: grant, guard: n < 3 && window + n > credit, violation: credit-overflow}\n"
        with self.assertRaises(SpecError) as e:
            check(self.machine(grant_rows=rows))
        [d] = e.exception.diagnostics
        self.assertEqual(d.id, "E-unhandled")
        self.assertIn("state 'Open' has no outcome for event 'grant(n=3)' (add a row", d.message)

    def test_an_event_unhandled_for_every_argument_value_is_one_error(self):
        with self.assertRaises(SpecError) as e:
            check(self.machine(grant_rows=""))
        [d] = e.exception.diagnostics  # one per state, not one per value
        self.assertEqual(d.id, "E-unhandled")
        self.assertIn("state 'Open' has no outcome for event 'grant' (for all 3 of its argument values)", d.message)

    def test_a_row_that_no_argument_value_enables_is_dead(self):
        rows = "  - {from: Open, on: grant, guard: window + n <= credit, to: Open, do: window += n}\n" \
               "  - {from: Open, on: grant, guard: window + n > credit, violation: credit-overflow}\n" \
               "  - {from: Open, on: grant, guard: n > 5, ignore: never}\n"
        with self.assertRaises(SpecError) as e:
            check(self.machine(grant_rows=rows))
        with open(ARGS_SPEC, encoding="utf-8") as f:
            line = f.read().split("\n").index("  - {from: Open, on: grant, guard: window + n > credit, violation: "
                                               "credit-overflow}") + 2  # (1-based) the row after it
        self.assertEqual([(d.id, d.pos.line) for d in e.exception.diagnostics], [("E-dead-row", line)])

    def test_an_update_that_leaves_the_range_for_some_argument_value(self):
        rows = "  - {from: Open, on: grant, to: Open, do: window = n}\n"
        with self.assertRaises(SpecError) as e:
            check(self.machine(grant_rows=rows.replace("window = n", "window = n + 1")))
        self.assertEqual({d.id for d in e.exception.diagnostics}, {"E-range"})
        check(self.machine(grant_rows=rows))  # n <= credit: in range

    def test_the_generated_driver_takes_arguments(self):
        m = self.machine()
        report = check(m)
        header = emit.header(m, report)
        self.assertIn("[[nodiscard]] constexpr Outcome step(Config& c, Event e, [[maybe_unused]] const Args& a = Args{})",
                      header)
        self.assertIn("case Event::grant: return a.n >= 1 && a.n <= 3;", header)
        self.assertIn("if (v.window + a.n <= params::credit) {", header)
        with tempfile.TemporaryDirectory() as d:
            p = run_cli("generate", "-q", "--out", d, ARGS_SPEC)
            self.assertEqual(p.returncode, 0, p.stderr)
            src = os.path.join(d, "driver.cpp")
            with open(src, "w", encoding="utf-8") as f:
                f.write(DRIVER_MAIN)
            compilers = [c for c in ("g++", "clang++") if shutil.which(c)]
            if not compilers:
                self.skipTest("no C++ compiler")
            for cxx in compilers:
                exe = os.path.join(d, f"driver-{cxx}")
                c = subprocess.run([cxx, "-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-I",
                                    os.path.join(ROOT, "runtime", "include"), "-I", d, src, "-o", exe],
                                   capture_output=True, text=True)
                self.assertEqual(c.returncode, 0, f"{cxx}:\n{c.stderr[:3000]}")
                r = subprocess.run([exe], capture_output=True, text=True, timeout=60)
                self.assertEqual(r.returncode, 0, f"{cxx}: {r.stdout}")


if __name__ == "__main__":
    unittest.main()
