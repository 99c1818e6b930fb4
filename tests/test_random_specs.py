#!/usr/bin/env python3
"""Property-based test (python3-hypothesis): random specs that phasegen must accept, with
hostile text in their docs and odd whitespace in their guards, are checked, generated and
compiled warning-free; the generated step() then agrees with the reference interpreter
(codegen/interp.py) on random event sequences, as in tests/test_differential.py.

Each example is a machine of 2-6 states in a chain (event `e0` moves along it, so every
state is reachable and the last, terminal one is reached from anywhere), 1-3 more events,
0-2 vars (ranges anywhere in int, near its ends too), 0-2 params and 0-3 actions (the
chain's first row emits them all, other transitions any of them); every other cell gets
one row, or two rows split on a var (`x < k` / `x >= k`), each a transition (with an
update that stays in range; its target may be `stay`), an ignore or a reject (either may
emit actions), or a violation. Event e1 may carry an argument `k` of up to three values,
on which its rows may split instead; the sequences give it random values. Derandomized, EXAMPLES
examples: the same specs on every run.

usage: test_random_specs.py [--examples N] [unittest args]
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

try:
    from hypothesis import HealthCheck, given, settings, strategies as st
except ImportError:  # tools/setup installs python3-hypothesis
    st = None

from codegen import check as check_stage  # noqa: E402
from codegen import emit as emit_stage  # noqa: E402
from codegen import interp  # noqa: E402
from codegen.load import load  # noqa: E402
from codegen.validate import identifier_problem, validate  # noqa: E402

EXAMPLES = 100
CXXFLAGS = ["-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror"]
KIND = {"transition": "transition", "ignore": "ignored", "reject": "rejected", "violation": "violation"}
WS = [" ", "  ", "\t", "\r\n", "\n", "\f"]

if st is not None:
    names = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,6}", fullmatch=True).filter(
        lambda s: identifier_problem(s) is None and s != "stay")  # `to: stay` keeps the state: no state takes it
    # any text: controls, bidi overrides, backslashes, '*/', '??/', quotes (surrogates are refused on load)
    docs = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)

    @st.composite
    def machines(draw):
        n = draw(st.integers(2, 6))
        pool = draw(st.lists(names, min_size=n + 3 + 2 + 2 + 3, max_size=n + 3 + 2 + 2 + 3,
                             unique_by=str.lower))  # distinct case-insensitively too: names of files
        states, pool = pool[:n], pool[n:]
        events = ["e0"] + [f"e{i + 1}" for i in range(draw(st.integers(1, 3)))]
        nvars = draw(st.integers(0, 2))
        vars_ = []
        for i in range(nvars):
            # near both ends of int (INT_MIN itself has no literal: 2147483648 does not fit int)
            lo = draw(st.one_of(st.integers(-5, 5), st.integers(-2**31 + 1, -2**31 + 5), st.integers(2**31 - 9, 2**31 - 4)))
            hi = lo + draw(st.integers(0, 3))
            vars_.append((f"v{i}_{pool[i]}", lo, hi, draw(st.integers(lo, hi))))
        params = [(f"p{i}", draw(st.integers(-100, 100))) for i in range(draw(st.integers(0, 2)))]
        actions = [f"a{i}" for i in range(draw(st.integers(0, 3)))]
        # e1 may carry an argument k (the runner below reads its value after e1's index)
        arg = None
        if draw(st.booleans()):
            lo = draw(st.integers(-3, 3))
            arg = ("k", lo, lo + draw(st.integers(0, 2)))
        ws = lambda: draw(st.sampled_from(WS))  # noqa: E731
        rows = []
        for si, s in enumerate(states):
            terminal = si == n - 1
            for e in events:
                if e == "e0" and not terminal:  # the chain; its first row emits every action once
                    rows.append({"from": s, "on": e, "to": states[si + 1], **({"emit": actions} if si == 0 and actions
                                                                           else {})})
                    continue
                split = [v for v in vars_ if v[2] > v[1]]
                if e == "e1" and arg and arg[2] > arg[1] and draw(st.booleans()):  # split on the argument
                    name, lo, hi = arg
                    k = draw(st.integers(lo + 1, hi))
                    guards = [f"{name}{ws()}<{ws()}{k}", f"!({name} <{ws()}{k})"]
                elif split and draw(st.booleans()):
                    name, lo, hi, _ = draw(st.sampled_from(split))
                    k = draw(st.integers(lo + 1, hi))
                    guards = [f"{name}{ws()}<{ws()}{k}", f"!({name} <{ws()}{k})"]
                else:
                    guards = [None]
                for g in guards:
                    row = {"from": s, "on": e}
                    if g:
                        row["guard"] = g
                    kind = draw(st.sampled_from(["to", "ignore", "reject", "violation"]))
                    if kind == "to":
                        row["to"] = s if terminal else draw(st.sampled_from(states + ["stay"]))
                        if vars_ and draw(st.booleans()):
                            name, lo, hi, _ = draw(st.sampled_from(vars_))
                            row["do"] = f"{name}{ws()}={ws()}{draw(st.integers(lo, hi))}"
                        emit = [a for a in actions if draw(st.booleans())]  # in declaration order
                        if emit:
                            row["emit"] = emit
                    else:
                        row[kind] = draw(st.sampled_from(["no-way", "busy", "x1", "late-frame"]))
                        emit = [a for a in actions if draw(st.booleans())] if kind != "violation" else []
                        if emit:  # an ignore or reject that emits (a blocked notice)
                            row["emit"] = emit
                    if draw(st.booleans()):
                        row["doc"] = draw(docs)
                    rows.append(row)
        return {
            "phasegen": 1, "machine": draw(names), "namespace": "prop",
            "doc": draw(docs),
            **({"params": {p: {"value": v, "doc": draw(docs)} for p, v in params}} if params else {}),
            **({"vars": {v: {"range": [lo, hi], "init": init, "doc": draw(docs)} for v, lo, hi, init in vars_}}
               if vars_ else {}),
            "states": {s: {"initial": i == 0, "terminal": i == n - 1, "doc": draw(docs)} for i, s in enumerate(states)},
            "events": {e: {"source": draw(st.sampled_from(["peer", "local", "timer"])), "doc": draw(docs),
                           **({"args": {arg[0]: {"range": [arg[1], arg[2]]}}} if arg and e == "e1" else {})}
                       for e in events},
            **({"actions": {a: {"doc": draw(docs)} for a in actions}} if actions else {}),
            "transitions": rows,
        }


def to_json(doc: dict) -> str:
    import json

    return json.dumps(doc, ensure_ascii=False, indent=1)


def sequences(m, rng, count, length):
    """Random (declared event, argument values) sequences."""
    declared = (m.source or m).events
    def one():
        e = rng.choice(declared)
        return e.name, tuple(rng.randint(a.lo, a.hi) for a in e.args)
    return [[one() for _ in range(length)] for _ in range(count)]


def expected_lines(m, seq):
    index = {a.name: i for i, a in enumerate(m.actions)}
    config, out = interp.initial(m), []
    for e, values in seq:
        s = interp.step(m, config, interp.event(m, e, values))
        config = s.after
        out.append(" ".join([KIND[s.kind], s.code or "none", config[0], *map(str, config[1]),
                             str(sum(1 << index[a] for a in s.emit))]))
    return out


RUNNER = """\
#include <iostream>
#include <sstream>
#include <string>
{includes}
namespace {{
template <class M>
bool run(const std::string& name, std::istringstream& events) {{
  if (name != M::name) return false;
  typename M::Config c{{}};
  std::size_t e = 0;
  while (events >> e) {{
    typename M::Outcome o;
    if constexpr (requires {{ typename M::Args; }}) {{  // e1's argument k follows its index
      typename M::Args a{{}};
      long long k = 0;
      if (e == 1 && events >> k) a.k = static_cast<decltype(a.k)>(k);
      o = M::step(c, static_cast<typename M::Event>(e), a);
    }} else {{
      o = M::step(c, static_cast<typename M::Event>(e));
    }}
    std::cout << phasegen::to_string(o.disposition) << ' ' << to_string(o.code) << ' ' << to_string(c.state);
    for (std::size_t i = 0; i < M::var_info.size(); ++i) std::cout << ' ' << M::get_var(c.vars, i);
    std::cout << ' ' << static_cast<unsigned long long>(o.actions) << '\\n';
  }}
  return true;
}}
template <class... Ms>
bool run_any(const std::string& name, std::istringstream& events) {{ return (run<Ms>(name, events) || ...); }}
}}  // namespace
int main() {{
  std::string line;
  while (std::getline(std::cin, line)) {{
    std::istringstream in(line);
    std::string name;
    in >> name;
    if (!run_any<{machines}>(name, in)) return 1;
    std::cout << "end\\n";
  }}
}}
"""


class Property(unittest.TestCase):
    def setUp(self):
        if st is None:
            self.fail("python3-hypothesis is missing; run tools/setup")

    def test_random_accepted_specs_generate_code_that_agrees_with_the_interpreter(self):
        accepted = []  # (machine, {path: text})

        @settings(max_examples=ARGS.examples, derandomize=True, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(machines())
        def accepted_and_rendered(doc):
            doc["namespace"] = f"prop::x{len(accepted)}"  # one namespace per example
            text = to_json(doc)
            m = validate(load(text, f"prop{len(accepted)}.json"), f"prop{len(accepted)}.json")  # raises if refused
            report = check_stage.check(m)
            outputs = emit_stage.emit(m, report)
            for rel, out in outputs.items():
                self.assertNotIn("\u202e", out, rel)  # no raw bidi override reaches a generated file
                for line in out.splitlines():
                    if line.lstrip().startswith("//"):
                        self.assertFalse(line.endswith("\\"), f"{rel}: a comment line continues: {line!r}")
            accepted.append((m, outputs))
        accepted_and_rendered()
        self.assertEqual(len(accepted), ARGS.examples)

        cxx = shutil.which(os.environ.get("CXX", "g++")) or shutil.which("g++")
        if cxx is None:
            self.skipTest("no C++ compiler")
        with tempfile.TemporaryDirectory(prefix="phasegen-property-") as d:
            includes, types = [], []
            for k, (m, outputs) in enumerate(accepted):
                m_dir = os.path.join(d, f"m{k}")
                for rel, text in outputs.items():
                    path = os.path.join(m_dir, rel)
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(text)
                # each example in its own namespace: prop::<name>, made unique by directory
                includes.append(f'#include "m{k}/{emit_stage.include_path(m)}.hpp"')
                types.append(f"{m.namespace}::{m.name}::Machine")
            self.assertEqual(len(set(types)), len(types), "examples share a machine name")
            src = os.path.join(d, "runner.cpp")
            with open(src, "w", encoding="utf-8") as f:
                f.write(RUNNER.format(includes="\n".join(includes), machines=", ".join(types)))
            exe = os.path.join(d, "runner")
            p = subprocess.run([cxx, *CXXFLAGS, "-O0", "-I", os.path.join(ROOT, "runtime", "include"), "-I", d,
                                src, "-o", exe], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, f"generated code does not compile warning-free:\n{p.stderr[:6000]}")
            rng = random.Random(ARGS.seed)
            stdin, want = [], []
            for m, _ in accepted:
                for seq in sequences(m, rng, 20, 30):
                    index = {e.name: i for i, e in enumerate((m.source or m).events)}
                    stdin.append(f"{m.namespace}::{m.name} " + " ".join(
                        " ".join([str(index[e]), *map(str, values)]) for e, values in seq))
                    want += expected_lines(m, seq) + ["end"]
            r = subprocess.run([exe], input="\n".join(stdin) + "\n", capture_output=True, text=True, timeout=120)
            self.assertEqual(r.returncode, 0, r.stderr)
            got = r.stdout.splitlines()
            for i, (w, h) in enumerate(zip(want, got)):
                self.assertEqual(h, w, f"line {i}: generated C++ and the interpreter disagree")
            self.assertEqual(len(got), len(want))
            print(f"random specs: {len(accepted)} specs, {len(want) - len(stdin)} steps compared", file=sys.stderr)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--examples", type=int, default=EXAMPLES)
    p.add_argument("--seed", type=int, default=20261129)
    ARGS, rest = p.parse_known_args()
    unittest.main(argv=[sys.argv[0], *rest])
