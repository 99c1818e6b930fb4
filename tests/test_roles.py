#!/usr/bin/env python3
"""Runtime roles: a system file's `runtime:` section (codegen/roles.py).

- vox's section gives the roles the runtime used to write by hand, for the machines as
  generated (their own params, not the system's overrides);
- every role property roles.hpp proves at compile time is proved in Python too, over every
  state, valuation and argument value: for each, a mutation of a good machine or section
  that breaks it is refused with E-roles at the row (or key) that breaks it;
- the emitted header (--emit roles): its path with and without --namespace-dirs, byte-stable,
  absent for a system without a runtime section, two systems giving one machine roles refused;
  it compiles warning-free under g++ and clang (-Wall -Wextra -Werror) and drives a
  ChannelTable and a Session, a machine with event arguments gets proved_by_generator, and a
  header that no longer matches its machine fails to compile with the spec line.

Run: /usr/bin/python3 tests/test_roles.py
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
sys.path.insert(0, ROOT)

from codegen import cli  # noqa: E402
from codegen.diag import SpecError  # noqa: E402

PIPE = textwrap.dedent("""\
    phasegen: 1
    machine: pipe
    namespace: t
    params: {cap: 2}
    vars:
      q: {range: [0, cap]}
      w: {range: [0, 3], init: 3}
    states:
      Idle: {initial: true}
      Open: {}
      Bound: {}
      Gone: {terminal: true}
    events:
      item: {source: peer}
      take: {source: local}
      bind: {source: local}
      drop: {source: local}
      fail: {source: session}
      grant: {source: peer, args: {n: {range: [1, 3]}}}
      send: {source: local}
    transitions:
      - {from: Idle, on: item, guard: q < cap, to: Open, do: q += 1}
      - {from: [Open, Bound], on: item, guard: q < cap, to: stay, do: q += 1}
      - {from: [Idle, Open, Bound], on: item, guard: q == cap, violation: overflow}
      - {from: [Idle, Open, Bound], on: take, guard: q > 0, to: stay, do: q -= 1}
      - {from: [Idle, Open, Bound], on: take, guard: q == 0, ignore: queue-empty}
      - {from: [Idle, Open], on: bind, to: Bound}
      - {from: Bound, on: bind, reject: bound}
      - {from: [Idle, Open, Bound], on: [drop, fail], to: Gone, do: q = 0}
      - {from: [Idle, Open, Bound], on: grant, guard: w + n <= 3, to: stay, do: w += n}
      - {from: [Idle, Open, Bound], on: grant, guard: w + n > 3, violation: window-overflow}
      - {from: [Idle, Open, Bound], on: send, guard: w > 0, to: stay, do: w -= 1}
      - {from: [Idle, Open, Bound], on: send, guard: w == 0, reject: no-window}
      - {from: Gone, on: [item, grant], ignore: late}
      - {from: Gone, on: [take, bind, drop, send], reject: gone}
      - {from: Gone, on: fail, ignore: gone}
    """)

LINK = textwrap.dedent("""\
    phasegen: 1
    machine: link
    namespace: t
    generational: true
    vars:
      window: {range: [0, 2], init: 2}
    states:
      Hello: {initial: true}
      Up: {}
      Down: {terminal: true}
    events:
      hello: {source: peer}
      frame: {source: peer}
      bad: {source: local}
      drop: {source: transport}
    actions:
      send_error:
      fail_all:
      renew:
    transitions:
      - {from: Hello, on: hello, to: Up}
      - {from: Hello, on: frame, violation: too-early}
      - {from: Up, on: frame, guard: window > 0, to: Up, do: window -= 1}
      - {from: Up, on: frame, guard: window == 0, violation: no-window}
      - {from: Up, on: hello, violation: twice}
      - {from: [Hello, Up], on: bad, to: Down, emit: [send_error, fail_all]}
      - {from: [Hello, Up], on: drop, to: Down, emit: [fail_all, renew]}
      - {from: Down, on: [hello, frame, bad, drop], ignore: down}
    """)

SYSTEM = textwrap.dedent("""\
    phasegen: 1
    system: piped
    instances:
      p: {machine: pipe.yaml, params: {cap: 1}}
      l: {machine: link.yaml}
    links:
      - {from: l, emit: fail_all, to: p, event: fail}
      - {from: l, emit: renew, renew: [p]}
    variants:
      v:
        inputs:
          - {to: p, event: [item, take, bind, drop, grant, send]}
          - {to: l, event: [hello, frame, bad, drop]}
    runtime:
      channels:
        p:
          open: implicit
          queue: q
          enqueue: [item]
          dequeue: [take]
          discard: [drop, fail]
          attach: bind
          release: drop
          fail: fail
          empty: queue-empty
      session:
        instances: l
        frames: [frame]
        routes: [Up]
        live: [Hello, Up]
        escalate: bad
        fail_channels: fail_all
        begin_generation: renew
        protocol_error: send_error
    """)


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def run_cli(*args: str, cwd: str = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "codegen", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


class Specs:
    """The three files in a temporary directory, each with replacements applied."""

    def __init__(self, d: str, pipe: str = PIPE, link: str = LINK, system: str = SYSTEM):
        self.dir, self.texts = d, {"pipe.yaml": pipe, "link.yaml": link, "system.yaml": system}
        for name, text in self.texts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)

    def path(self, name: str) -> str:
        return os.path.join(self.dir, name)

    def build(self):
        systems: list = []
        cli.build([self.path("system.yaml")], systems)
        return systems[0]


def diagnostics(test: unittest.TestCase, **texts) -> list:
    with tempfile.TemporaryDirectory(prefix="phasegen-roles-") as d:
        s = Specs(d, **texts)
        with test.assertRaises(SpecError, msg="the roles were accepted") as e:
            s.build()
        return [(os.path.basename(x.pos.file), x.pos.line, x.id, x.message) for x in e.exception.diagnostics]


class Vox(unittest.TestCase):
    def test_vox_roles_are_the_hand_written_ones(self):
        systems: list = []
        cli.build([os.path.join(ROOT, "spec", "vox", "system.yaml")], systems)
        rt = systems[0].runtime
        self.assertIsNotNone(rt)
        rx, tx = rt.channels
        self.assertEqual((rx.group, rx.machine.name, rx.explicit_open, rx.queue), ("ch", "rx_channel", False, "queued"))
        # the machine as generated (credit 16), not the system's instance (credit 2)
        self.assertEqual(rx.queue_bound, 16)
        self.assertEqual(systems[0].group("ch").machine.vars[0].hi, 2)
        self.assertEqual((rx.enqueue, rx.dequeue, rx.discard, rx.attach, rx.release, rx.fail, rx.empty),
                         (("item",), ("consume",), ("drop_receiver", "disconnect"), ("bind",), ("drop_receiver",),
                          "disconnect", "queue-empty"))
        self.assertEqual((tx.machine.name, tx.explicit_open, tx.queue, tx.enqueue, tx.fail),
                         ("tx_channel", True, "", (), "disconnect"))
        s = rt.session
        self.assertEqual((s.machine.name, s.frames, s.routes, s.live, s.escalate, s.fail_channels,
                          s.begin_generation, s.protocol_error),
                         ("session", ("frame",), ("Established",), ("Handshaking", "Established"), "violation",
                          "fail_channels", ("begin_generation",), "send_protocol_error"))
        self.assertFalse(rx.proved_by_generator or tx.proved_by_generator or s.proved_by_generator)

    def test_vox_roles_header_is_an_include_of_the_generated_one(self):
        with open(os.path.join(ROOT, "runtime", "include", "phasegen", "vox", "roles.hpp"), encoding="utf-8") as f:
            text = f.read()
        self.assertIn('#include "vox/vox_channels.roles.hpp"', text)
        self.assertNotIn("struct", text)
        for alias in ("RxRoles = ::vox::rx_channel::Roles", "TxRoles = ::vox::tx_channel::Roles",
                      "SessionRoles = ::vox::session::SessionRoles"):
            self.assertIn(f"using {alias};", text)


class Proofs(unittest.TestCase):
    def test_the_good_system_is_accepted(self):
        with tempfile.TemporaryDirectory(prefix="phasegen-roles-") as d:
            rt = Specs(d).build().runtime
            self.assertEqual(rt.channels[0].queue_bound, 2)  # pipe.yaml's cap, not the override
            self.assertTrue(rt.channels[0].proved_by_generator)  # grant carries an argument
            self.assertFalse(rt.session.proved_by_generator)

    def expect(self, needle_file: str, needle: str, fragment: str, **texts):
        """Exactly the diagnostics at the line holding `needle` in `needle_file`, each E-roles,
        one of them saying `fragment`."""
        got = diagnostics(self, **texts)
        text = {"pipe.yaml": texts.get("pipe", PIPE), "link.yaml": texts.get("link", LINK),
                "system.yaml": texts.get("system", SYSTEM)}[needle_file]
        line = line_of(text, needle)
        self.assertTrue(all((f, n, i) == (needle_file, line, "E-roles") for f, n, i, _ in got), got)
        self.assertTrue(any(fragment in m for *_, m in got), got)

    def test_an_enqueue_that_adds_two_for_one_argument_value(self):
        # item becomes an event with an argument; only k = 2 queues two
        pipe = PIPE.replace("item: {source: peer}", "item: {source: peer, args: {k: {range: [1, 2]}}}").replace(
            "- {from: [Open, Bound], on: item, guard: q < cap, to: stay, do: q += 1}",
            "- {from: [Open, Bound], on: item, guard: q + k <= cap, to: stay, do: q += k}").replace(
            "- {from: [Idle, Open, Bound], on: item, guard: q == cap, violation: overflow}",
            "- {from: [Open, Bound], on: item, guard: q + k > cap, violation: overflow}\n"
            "  - {from: Idle, on: item, guard: q == cap, violation: overflow}")  # Idle's row queues one for every k
        self.expect("pipe.yaml", "guard: q + k <= cap", "item(k=2)", pipe=pipe)

    def test_a_dequeue_that_keeps_the_queue(self):
        pipe = PIPE.replace("guard: q > 0, to: stay, do: q -= 1}", "guard: q > 0, to: stay}")
        self.expect("pipe.yaml", "guard: q > 0, to: stay}", "must remove one from 'q'", pipe=pipe)

    def test_a_discard_that_refills_the_queue(self):
        pipe = PIPE.replace("on: [drop, fail], to: Gone, do: q = 0}", "on: [drop, fail], to: Gone, do: q = cap - 1}")
        self.expect("pipe.yaml", "q = cap - 1", "keep 'q' or empty it", pipe=pipe)

    def test_an_event_without_a_queue_role_that_moves_it(self):
        pipe = PIPE.replace("guard: w > 0, to: stay, do: w -= 1}", "guard: w > 0, to: stay, do: [w -= 1, q = 0]}")
        self.expect("pipe.yaml", "q = 0]", "'send' has no queue role", pipe=pipe)

    def test_the_empty_code_as_a_reject(self):
        pipe = PIPE.replace("guard: q == 0, ignore: queue-empty}", "guard: q == 0, reject: queue-empty}")
        self.expect("pipe.yaml", "reject: queue-empty", "only as an ignore", pipe=pipe)

    def test_an_empty_code_with_items_queued(self):
        pipe = PIPE.replace("- {from: [Idle, Open, Bound], on: take, guard: q > 0, to: stay, do: q -= 1}",
                            "- {from: [Idle, Open], on: take, guard: q > 0, to: stay, do: q -= 1}\n"
                            "  - {from: Bound, on: take, guard: q > 0, ignore: queue-empty}")
        self.expect("pipe.yaml", "on: take, guard: q > 0, ignore", "with q = 1", pipe=pipe)

    def test_a_tombstone_that_queues_again(self):
        pipe = PIPE.replace("- {from: Gone, on: [item, grant], ignore: late}",
                            "- {from: Gone, on: grant, ignore: late}\n"
                            "  - {from: Gone, on: item, guard: q < cap, to: Gone, do: q += 1}\n"
                            "  - {from: Gone, on: item, guard: q == cap, ignore: late}")
        self.expect("pipe.yaml", "on: item, guard: q < cap, to: Gone", "tombstone", pipe=pipe)

    def test_sources(self):
        cases = [("dequeue: [take]", "dequeue: [take, grant]", "a dequeue event is local"),
                 ("attach: bind", "attach: grant", "an attach event is local"),
                 ("fail: fail", "fail: drop", "comes from the session"),
                 ("release: drop", "release: bind", "must also be a discard event")]
        for old, new, fragment in cases:
            with self.subTest(role=new):
                system = SYSTEM.replace(old, new)
                got = diagnostics(self, system=system)
                self.assertIn(("system.yaml", line_of(system, "    p:"), "E-roles"), [g[:3] for g in got])
                self.assertTrue(any(fragment in g[3] for g in got), got)

    def test_the_initial_queue(self):
        pipe = PIPE.replace("q: {range: [0, cap]}", "q: {range: [0, cap], init: 1}")
        got = diagnostics(self, pipe=pipe)
        self.assertIn(("system.yaml", line_of(SYSTEM, "    p:"), "E-roles"), [g[:3] for g in got])
        self.assertTrue(any("starts at 1" in g[3] for g in got), got)

    def test_a_queue_range_that_does_not_start_at_zero(self):
        pipe = PIPE.replace("vars:\n", "vars:\n  z: {range: [1, 2], init: 1}\n")
        system = SYSTEM.replace("queue: q", "queue: z")
        got = diagnostics(self, pipe=pipe, system=system)
        self.assertEqual([g[:3] for g in got], [("system.yaml", line_of(system, "queue: z"), "E-roles")])
        self.assertIn("[0, bound]", got[0][3])

    def test_a_gate_event_that_leaves_its_routing_state(self):
        link = LINK.replace("guard: window > 0, to: Up, do: window -= 1}", "guard: window > 0, to: Hello}")
        got = diagnostics(self, link=link)
        self.assertTrue(any(g[:3] == ("link.yaml", line_of(link, "to: Hello}"), "E-roles")
                            and "must stay in its routing state" in g[3] for g in got), got)

    def test_a_gate_event_that_emits_a_runtime_action(self):
        link = LINK.replace("to: Up, do: window -= 1}", "to: Up, do: window -= 1, emit: fail_all}")
        self.expect("link.yaml", "emit: fail_all}", "may not emit fail_all", link=link)

    def test_a_gate_event_ignored_in_a_live_state(self):
        link = LINK.replace("{from: Hello, on: frame, violation: too-early}", "{from: Hello, on: frame, ignore: early}")
        self.expect("link.yaml", "ignore: early", "routed or a violation", link=link)

    def test_a_gate_event_refused_outside_the_live_states(self):
        system = SYSTEM.replace("live: [Hello, Up]", "live: [Up]")
        self.expect("link.yaml", "violation: too-early", "ignored", system=system)

    def test_a_routing_state_that_never_routes(self):
        system = SYSTEM.replace("routes: [Up]", "routes: [Hello, Up]")
        got = diagnostics(self, system=system)
        self.assertTrue(any(g[:3] == ("system.yaml", line_of(system, "  session:"), "E-roles")
                            and "state Hello routes" in g[3] for g in got), got)

    def test_session_actions_and_sources(self):
        cases = [(LINK.replace("  fail_all:\n  renew:\n", "  renew:\n  fail_all:\n").replace(
                  "emit: [fail_all, renew]", "emit: [renew, fail_all]"), SYSTEM, "declared before"),
                 (LINK.replace("generational: true\n", ""), SYSTEM, "needs a generational"),
                 (LINK, SYSTEM.replace("escalate: bad", "escalate: drop"), "is local"),
                 (LINK, SYSTEM.replace("frames: [frame]", "frames: [bad]"), "a frame comes from outside")]
        for link, system, fragment in cases:
            with self.subTest(fragment=fragment):
                got = diagnostics(self, link=link, system=system)
                self.assertTrue(any(g[2] == "E-roles" and fragment in g[3] for g in got), got)

    def test_the_model_does_what_the_runtime_does_on_the_session_actions(self):
        """The runtime fails the channels on fail_channels and renews them on
        begin_generation: a system whose links do neither is refused at the channel."""
        for link, fragment in (("  - {from: l, emit: fail_all, to: p, event: fail}\n", "add the link"),
                               ("  - {from: l, emit: renew, renew: [p]}\n", "add 'p' to a link")):
            with self.subTest(fragment=fragment):
                self.assertIn(link, SYSTEM)
                self.expect("system.yaml", "    p:", fragment, system=SYSTEM.replace(link, ""))

    def test_state_groups_name_states(self):
        link = LINK.replace("states:\n", "state_groups:\n  Alive: [Hello, Up]\nstates:\n")
        with tempfile.TemporaryDirectory(prefix="phasegen-roles-") as d:
            rt = Specs(d, link=link, system=SYSTEM.replace("live: [Hello, Up]", "live: Alive")).build().runtime
            self.assertEqual(rt.session.live, ("Hello", "Up"))

    def test_unknown_names_suggest(self):
        got = diagnostics(self, system=SYSTEM.replace("dequeue: [take]", "dequeue: [tak]"))
        self.assertEqual([g[2] for g in got], ["E-unknown-event"])
        self.assertIn("did you mean 'take'?", got[0][3])


CXX_FLAGS = ["-std=c++20", "-Wall", "-Wextra", "-Werror", "-fsyntax-only"]

DRIVE = textwrap.dedent("""\
    #include "t/piped.roles.hpp"
    #include "phasegen/channels.hpp"
    #include "phasegen/session.hpp"

    static_assert(t::pipe::Roles::queue_bound == 2 && t::pipe::Roles::proved_by_generator);
    static_assert(t::link::SessionRoles::frames.size() == 1);

    int drive() {
      phasegen::ChannelTable<t::pipe::Roles, int> table(4);
      phasegen::Session<t::link::SessionRoles, phasegen::ChannelTable<t::pipe::Roles, int>> session(4);
      auto o = table.offer(1, 0, 7);
      return static_cast<int>(o.disposition);
    }
    """)


class Emitted(unittest.TestCase):
    def generate(self, d: str, *extra: str, specs=("system.yaml", "pipe.yaml", "link.yaml")):
        p = run_cli("generate", *extra, "--out", "out", *specs, cwd=d)
        self.assertEqual(p.returncode, 0, p.stderr)
        return p

    def test_paths_and_stability(self):
        with tempfile.TemporaryDirectory(prefix="phasegen-roles-") as d:
            Specs(d)
            self.generate(d, "--namespace-dirs", "--emit", "roles")
            self.assertEqual(os.listdir(os.path.join(d, "out")), ["t"])
            self.assertEqual(os.listdir(os.path.join(d, "out", "t")), ["piped.roles.hpp"])
            with open(os.path.join(d, "out", "t", "piped.roles.hpp"), encoding="utf-8") as f:
                first = f.read()
            p = self.generate(d, "--namespace-dirs", "--emit", "roles")
            self.assertIn("0 changed", p.stdout)
            self.assertIn("// Regenerate with: phasegen generate --namespace-dirs --emit roles --out out system.yaml",
                          first)
            self.assertIn('#include "t/pipe.hpp"', first)
            self.assertIn(f'"system.yaml:{line_of(SYSTEM, "    p:")}:5: t::pipe no longer plays', first)
            self.assertIn("static constexpr std::array<Event, 1> dequeue = {Event::take};", first)

            self.assertIn("static constexpr Code empty = Code::queue_empty;", first)
            self.assertIn("static constexpr bool proved_by_generator = true;", first)
            # without --namespace-dirs: after the system file, including the headers named after theirs
            self.generate(d, "--emit", "header,roles")
            with open(os.path.join(d, "out", "system.roles.hpp"), encoding="utf-8") as f:
                flat = f.read()
            self.assertIn('#include "pipe.hpp"', flat)
            self.assertTrue(os.path.exists(os.path.join(d, "out", "pipe.hpp")))

    def test_no_runtime_section_no_header(self):
        with tempfile.TemporaryDirectory(prefix="phasegen-roles-") as d:
            Specs(d, system=SYSTEM[:SYSTEM.index("runtime:")])
            self.generate(d, "--namespace-dirs", "--emit", "roles")
            self.assertFalse(os.path.exists(os.path.join(d, "out")))

    def test_two_systems_giving_one_machine_roles(self):
        with tempfile.TemporaryDirectory(prefix="phasegen-roles-") as d:
            Specs(d)
            with open(os.path.join(d, "again.yaml"), "w", encoding="utf-8") as f:
                f.write(SYSTEM.replace("system: piped", "system: again"))
            p = run_cli("generate", "--namespace-dirs", "--out", "out", "system.yaml", "again.yaml", cwd=d)
            self.assertEqual(p.returncode, 1, p.stderr)
            self.assertRegex(p.stderr, r"again\.yaml:\d+:\d+: error: \[E-duplicate\] machine 't/pipe' also has "
                                       r"runtime roles in system\.yaml")
            self.assertFalse(os.path.exists(os.path.join(d, "out")))

    def compile(self, cxx: str, d: str, source: str) -> subprocess.CompletedProcess:
        path = os.path.join(d, "drive.cpp")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        return subprocess.run([cxx, *CXX_FLAGS, "-I", os.path.join(ROOT, "runtime", "include"),
                               "-I", os.path.join(d, "out"), path], capture_output=True, text=True, timeout=300)

    def test_the_header_compiles_and_a_stale_one_does_not(self):
        compilers = [c for c in ("g++", "clang++") if shutil.which(c)]
        self.assertTrue(compilers, "no C++ compiler")
        with tempfile.TemporaryDirectory(prefix="phasegen-roles-") as d:
            Specs(d)
            self.generate(d, "--namespace-dirs", "--emit", "header,roles")
            for cxx in compilers:
                with self.subTest(cxx=cxx):
                    p = self.compile(cxx, d, DRIVE)
                    self.assertEqual(p.returncode, 0, p.stderr)
            # the session's frame no longer routes in Up: the compile-time proof refuses it
            header = os.path.join(d, "out", "t", "piped.roles.hpp")
            with open(header, encoding="utf-8") as f:
                text = f.read()
            with open(header, "w", encoding="utf-8") as f:
                f.write(text.replace("routes = {State::Up}", "routes = {State::Hello}"))
            for cxx in compilers:
                with self.subTest(cxx=cxx, stale=True):
                    p = self.compile(cxx, d, DRIVE)
                    self.assertNotEqual(p.returncode, 0)
                    self.assertIn(f"system.yaml:{line_of(SYSTEM, '  session:')}:3: t::link no longer plays", p.stderr)

    def test_the_bundled_vox_header_compiles(self):
        compilers = [c for c in ("g++", "clang++") if shutil.which(c)]
        with tempfile.TemporaryDirectory(prefix="phasegen-roles-") as d:
            for cxx in compilers:
                with self.subTest(cxx=cxx):
                    path = os.path.join(d, "vox.cpp")
                    with open(path, "w", encoding="utf-8") as f:
                        f.write('#include "phasegen/vox/roles.hpp"\n'
                                "static_assert(phasegen::vox::RxRoles::queue_bound == 16);\n")
                    p = subprocess.run([cxx, *CXX_FLAGS, "-I", os.path.join(ROOT, "runtime", "include"),
                                        "-I", os.path.join(ROOT, "generated"), path],
                                       capture_output=True, text=True, timeout=300)
                    self.assertEqual(p.returncode, 0, p.stderr)

    def test_items_need_a_named_gate_when_the_session_has_several(self):
        """HTTP/2's connection has two gates (frame, data_frame); DATA through the first
        would not spend the connection window, so rx_item without a gate does not compile."""
        compilers = [c for c in ("g++", "clang++") if shutil.which(c)]
        source = """#include "http2/http2_conn.roles.hpp"
#include "phasegen/session.hpp"
namespace st = http2::stream;
namespace cn = http2::connection;
int main() {
  phasegen::Session<cn::SessionRoles, phasegen::ChannelTable<st::Roles, int>> c(4);
  (void)c.dispatch(cn::Event::settings);
  return c.rx_item<st::Event::data GATE>(1, 0, 7).disposition == phasegen::Disposition::transition ? 0 : 1;
}
"""
        with tempfile.TemporaryDirectory(prefix="phasegen-roles-") as d:
            path = os.path.join(d, "gate.cpp")
            for cxx in compilers:
                for gate, ok in ((", cn::Event::data_frame", True), ("", False)):
                    with self.subTest(cxx=cxx, gate=gate):
                        with open(path, "w", encoding="utf-8") as f:
                            f.write(source.replace("GATE", gate))
                        p = subprocess.run([cxx, *CXX_FLAGS, "-I", os.path.join(ROOT, "runtime", "include"),
                                            "-I", os.path.join(ROOT, "generated"), path],
                                           capture_output=True, text=True, timeout=300)
                        if ok:
                            self.assertEqual(p.returncode, 0, p.stderr)
                        else:
                            self.assertNotEqual(p.returncode, 0)
                            self.assertIn("name the one that carries items", p.stderr)


if __name__ == "__main__":
    unittest.main()
