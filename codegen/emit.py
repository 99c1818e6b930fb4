"""Backends: render a checked Machine into {relative path: text}. Pure; no file I/O.

Each output has one small function here that prepares plain data (names, C++ snippets)
and one template under templates/ that lays it out.
"""
from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from dataclasses import dataclass
from types import SimpleNamespace as Obj  # templates read attributes: faster in jinja than dict keys

import jinja2

from . import TABLE_FORMAT
from .cache import template_cache
from .check import Report
from .expr import render
from .model import Machine, Row

REGENERATE = "phasegen generate"  # what generated files say when the caller gives no command
KINDS = ("header", "tests", "dot", "md")  # a machine's outputs, as --emit names them
KIND_CXX = {"transition": "transition", "ignore": "ignored", "reject": "rejected", "violation": "violation"}

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(os.path.join(os.path.dirname(__file__), "templates")),
    undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    autoescape=False, optimized=False,  # jinja's constant folding: slower to compile than what it saves a run
    bytecode_cache=template_cache())

# Text from outside (docs, file paths, commands) reaches generated files only through
# these two, each safe for its context: `comment` for the rest of a // or /* */ comment
# line (and Markdown), `cstr` for the inside of a C++ string literal.
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}  # controls, bidi and other format characters, ...


def _visible(ch: str) -> bool:
    return unicodedata.category(ch) not in _INVISIBLE


def comment(text: str) -> str:
    """text on one comment line: every invisible character as <U+XXXX> (a byte that was
    not UTF-8 in a file name as <0xXX>); a word never ends in a backslash or '??/' (which
    would continue the comment onto the next line) and '*/' never closes a block comment."""
    text = str(text)
    if text.isascii() and text.isprintable():  # the common case: every character is visible as it is
        return _LINE_END.sub(r"\1.", text).replace("*/", "* /")
    out = []
    for ch in text:
        if _visible(ch):
            out.append(ch)
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # os.fsdecode's escape of an undecodable byte
            out.append(f"<0x{ord(ch) - 0xDC00:02X}>")
        else:
            out.append(f"<U+{ord(ch):04X}>")
    return _LINE_END.sub(r"\1.", "".join(out)).replace("*/", "* /")


_LINE_END = re.compile(r"(\\|\?\?/)(?=\s|\Z)")


def cstr(text: str) -> str:
    """text inside a C++ string literal ("..."): quotes, backslashes and '?' escaped,
    invisible characters as escapes (an undecodable file-name byte as that byte)."""
    text = str(text)
    if text.isascii() and text.isprintable():  # the common case: only quotes, backslashes and '?' to escape
        if '"' in text or "\\" in text or "?" in text:
            return text.replace("\\", "\\\\").replace('"', '\\"').replace("?", "\\?")
        return text
    out = []
    for ch in text:
        o = ord(ch)
        if ch in '"\\?':
            out.append("\\" + ch)
        elif 0xDC80 <= o <= 0xDCFF:
            out.append(f"\\{o - 0xDC00:03o}")
        elif o < 0x80 and not ch.isprintable():
            out.append(f"\\{o:03o}")
        elif not _visible(ch):
            out.append(f"\\U{o:08X}")
        else:
            out.append(ch)
    return "".join(out)


_env.filters["comment"] = comment
_env.filters["cstr"] = cstr


def code_ident(code: str) -> str:
    return code.replace("-", "_")


def int_type(lo: int, hi: int) -> str:
    """The smallest type that holds [lo, hi] and promotes to int: never std::uint32_t,
    whose arithmetic is unsigned (validate.py limits ranges to int)."""
    for bits in (8, 16):
        if lo >= 0 and hi < 2**bits:
            return f"std::uint{bits}_t"
        if -(2**(bits - 1)) <= lo and hi < 2**(bits - 1):
            return f"std::int{bits}_t"
    if -(2**31) <= lo and hi < 2**31:
        return "std::int32_t"
    raise ValueError("range too wide")


def enum_type(n: int) -> str:
    return "std::uint8_t" if n <= 256 else "std::uint16_t"


def action_set_type(n: int) -> str:
    return next(f"std::uint{b}_t" for b in (8, 16, 32, 64) if n <= b)


@dataclass(frozen=True)
class Names:
    """How the model's names are spelled in generated C++."""
    m: Machine

    def var_or_param(self, name: str) -> str:
        if name in {v.name for v in self.m.vars}:
            return f"v.{name}"
        return f"a.{name}" if name in {a.name for e in self.m.events for a in e.args} else f"params::{name}"

    def guard(self, row: Row) -> str:
        return render(row.guard, self.var_or_param) if row.guard is not None else "true"

    def updates(self, row: Row) -> list[str]:
        types = {v.name: int_type(v.lo, v.hi) for v in self.m.vars}
        out = []
        for u in row.updates:
            value = render(u.value, self.var_or_param)
            rhs = {"=": value, "+=": f"v.{u.var} + {value}", "-=": f"v.{u.var} - {_paren(value)}"}[u.op]
            out.append(f"v.{u.var} = static_cast<{types[u.var]}>({rhs});")
        return out

    def actions(self, row: Row) -> str:
        if not row.emit:
            return "0"
        index = {a.name: i for i, a in enumerate(self.m.actions)}
        return " | ".join(f"bit(Action::{a})" for a in sorted(row.emit, key=index.get))

    def vars_init(self, values) -> str:
        return "Vars{" + ", ".join(f".{v.name} = {x}" for v, x in zip(self.m.vars, values)) + "}"


def _paren(s: str) -> str:
    return s if s.replace("_", "").replace(".", "").replace(":", "").isalnum() else f"({s})"


def _cpp_namespace(m: Machine) -> str:
    return f"{m.namespace}::{m.name}" if m.namespace else m.name


def _doc_line(text: str) -> str:
    """A doc on one comment line (templates wrap it at spaces only)."""
    return comment(" ".join(text.split()))


def guard_line(text: str) -> str:
    """A guard as written, on one line (the expression language is ASCII: no quote,
    backslash or '?' can be in it)."""
    return " ".join(text.split())


def _branches(m: Machine, n: Names) -> tuple[dict[int, Obj], dict, dict]:
    """Each row's C++ pieces, by row index: computed once per row, shared by every cell
    the row answers (a cell's branch is its row plus the state it moves to)."""
    guard_ids = {"true": 0}
    update_ids: dict = {(): 0}
    sigs: dict = {}  # what a branch does but the state it moves to -> an id (same id: same C++)
    out = {}
    for r in m.rows:
        guard = n.guard(r)
        guard_ids.setdefault(guard, len(guard_ids))
        updates = n.updates(r) if r.kind == "transition" else []
        if r.kind == "transition":
            update_ids.setdefault(tuple(updates), len(update_ids))
        actions = n.actions(r)
        sig = (guard if r.guard is not None else None, tuple(updates), r.kind, r.code, actions, r.pos.line)
        out[r.index] = Obj(
            sig=sigs.setdefault(sig, len(sigs)),
            line=r.pos.line,
            guard=guard if r.guard is not None else None,
            updates=updates,
            kind=KIND_CXX[r.kind],
            code=code_ident(r.code) if r.kind != "transition" else "none",
            actions=actions,
            guard_id=guard_ids[guard],
            update_id=update_ids[tuple(updates)] if r.kind == "transition" else 0,
            default=r.from_default,
        )
    return out, guard_ids, update_ids


def _table_line(b: Obj, next_state: str, where: str) -> tuple[str, str]:
    """One entry of the generated `rows` array, as the text before and after the cell's
    "STATE x EVENT" (the same for every cell a branch answers with the same next state).
    where: comment(the spec file)."""
    return (f"    {{Disposition::{b.kind}, State::{next_state}, Code::{b.code}, {b.guard_id}, {b.update_id}, "
            f"{b.actions}}},  // ", f": {where}:{b.line}")


def _cell_line(first: int, count: int, state: str, event: str) -> str:
    """One entry of the generated `cells` array."""
    return f"    {{{first}, {count}}},  // {state} x {event}"


def _case_group(branches: list[Obj], next_states: list[str]) -> Obj:
    """The switch's case body for a cell: its branches, each with the state it moves to and
    whether it is the last (which needs no test: totality was proven)."""
    last = len(branches) - 1
    return Obj(events=[], branches=[(b, nxt, i == last) for i, (b, nxt) in enumerate(zip(branches, next_states))])


FLAT_MAX_ENTRIES = 4096  # (configuration, event) pairs
FLAT_MAX_BYTES = 16384
_INT_BYTES = {"std::uint8_t": 1, "std::int8_t": 1, "std::uint16_t": 2, "std::int16_t": 2, "std::int32_t": 4,
              "std::uint32_t": 4, "std::uint64_t": 8}


def _layout(members: list[tuple[int, int]]) -> tuple[int, int]:
    """(sizeof, alignof) of a struct of members given as (sizeof, alignof), as C++ lays it out."""
    size, align = 0, 1
    for sz, al in members:
        size = -(-size // al) * al + sz
        align = max(align, al)
    return max(1, -(-size // align) * align), align


def flat_step(m: Machine):
    """The flat step table (docs/performance.md#dispatch), or None for a machine too large
    for one: every (event, configuration) pair's outcome, vars after it and the index of the
    configuration after it, event-major, so that step() on a Packed configuration is one
    load, which also gives its next index. Configurations are numbered in mixed radix with
    the state as the lowest digit, then the vars in order (offsets from their lower
    bounds), so step(Config&) rebuilds the index with one multiply-add per var."""
    configs = len(m.states)
    for v in m.vars:
        configs *= v.hi - v.lo + 1
    entries = configs * len(m.events)
    index_type = "std::uint8_t" if configs <= 256 else "std::uint16_t"
    enum = (1, 1) if len(m.states) <= 256 else (2, 2)
    code = (1, 1) if len(m.codes) + 1 <= 256 else (2, 2)
    actions = (_INT_BYTES[action_set_type(max(len(m.actions), 1))],) * 2
    outcome = _layout([(1, 1), enum, enum, code, actions])
    vars_ = _layout([(_INT_BYTES[int_type(v.lo, v.hi)],) * 2 for v in m.vars])
    natural, _ = _layout([outcome, vars_, (_INT_BYTES[index_type],) * 2])
    entry_bytes = next((b for b in (8, 16) if natural <= b), natural)  # a power of two: the index scales in the address
    if entries > FLAT_MAX_ENTRIES or entries * entry_bytes > FLAT_MAX_BYTES:
        return None
    full = {"std::uint8_t": (0, 255), "std::int8_t": (-128, 127), "std::uint16_t": (0, 65535),
            "std::int16_t": (-32768, 32767)}

    def offset(v) -> str:  # in 64 bits for an int32_t var: a configuration outside the ranges must not overflow
        x = f"static_cast<std::int64_t>(c.vars.{v.name})" if int_type(v.lo, v.hi) == "std::int32_t" else f"c.vars.{v.name}"
        return x + (f" - ({v.lo})" if v.lo else "")
    digits = [Obj(name=v.name, offset=offset(v), span=v.hi - v.lo + 1, lo=v.lo, type=int_type(v.lo, v.hi),
                  check=full.get(int_type(v.lo, v.hi)) != (v.lo, v.hi))  # a full type holds nothing else
              for v in m.vars]
    initial = 0
    for v in reversed(m.vars):
        initial = initial * (v.hi - v.lo + 1) + (v.init - v.lo)
    initial = initial * len(m.states) + m.state_index[m.initial.name]
    return Obj(entries=entries, configs=configs, index_type=index_type, entry_bytes=entry_bytes,
               align=entry_bytes if entry_bytes in (8, 16) else None, digits=digits, initial=initial)


def declared(m: Machine) -> Machine:
    """The machine as declared (events with their arguments), named and placed as m is (a
    system's checker puts machines in its own namespace)."""
    if m.source is None:
        return m
    return dataclasses.replace(m.source, name=m.name, namespace=m.namespace, file=m.file)


def arg_fields(m: Machine) -> list[Obj]:
    """The members of the generated Args: every argument of every event (an argument of
    several events once, its range their union), in order of declaration."""
    fields: dict[str, list] = {}
    for e in m.events:
        for a in e.args:
            f = fields.setdefault(a.name, [a.lo, a.hi, []])
            f[0], f[1] = min(f[0], a.lo), max(f[1], a.hi)
            f[2].append(e.name)
    return [Obj(name=k, lo=lo, hi=hi, type=int_type(lo, hi), events=", ".join(evs)) for k, (lo, hi, evs) in fields.items()]


_LIMITS = {"std::uint8_t": (0, 255), "std::int8_t": (-128, 127), "std::uint16_t": (0, 65535),
           "std::int16_t": (-32768, 32767), "std::int32_t": (-2**31, 2**31 - 1)}


def _arg_checks(m: Machine, fields: list[Obj]) -> list[tuple[str, str]]:
    """(event, C++ condition) for every event with arguments: each argument in its range
    (a bound its type cannot pass is left out: the compiler would call it always true)."""
    types = {f.name: f.type for f in fields}
    out = []
    for e in m.events:
        conds = []
        for a in e.args:
            lo, hi = _LIMITS[types[a.name]]
            conds += [f"a.{a.name} >= {a.lo}"] if a.lo > lo else []
            conds += [f"a.{a.name} <= {a.hi}"] if a.hi < hi else []
        if e.args:
            out.append((e.name, " && ".join(conds) or "true"))
    return out


def header(m: Machine, report: Report, regenerate: str = REGENERATE) -> str:
    m = declared(m)  # one Event per declared event, its arguments passed to step()
    args = arg_fields(m)
    n = Names(m)
    branches, guard_ids, update_ids = _branches(m, n)
    where = comment(m.file)  # once, not once per entry
    table, cells, by_state = [], [], []
    cells_of, event_names = m.cells, [e.name for e in m.events]
    # what a row does in a state: the same key, the same C++ (None: it stays in the state)
    keys = {r.index: (branches[r.index].sig, r.target if r.kind == "transition" else None) for r in m.rows}
    for s in m.states:
        # the state's cells, those answered by the same rows merged into one case group
        # (e.g. every event a default covers): fewer, smaller case bodies for the compiler
        state = s.name
        shown = state + " x "
        groups: dict = {}
        for event in event_names:
            rows = cells_of[(state, event)]
            cells.append(_cell_line(len(table), len(rows), state, event))
            key = tuple([keys[r.index] for r in rows])
            group = groups.get(key)
            if group is None:
                answers = [(branches[r.index], r.next_state(state)) for r in rows]
                group = groups[key] = _case_group([b for b, _ in answers], [nxt for _, nxt in answers])
                group.entries = [_table_line(b, nxt, where) for b, nxt in answers]
            group.events.append(event)
            for before, after in group.entries:
                table.append(before + shown + event + after)
        by_state.append((s, list(groups.values())))
    flat = flat_step(m) if not args else None  # the flat table has no room for arguments
    return _env.get_template("machine.hpp.j2").render(
        m=m, ns=_cpp_namespace(m), format=TABLE_FORMAT, regenerate=regenerate, doc=_doc_line, args=args, where=where,
        arg_checks=_arg_checks(m, args),
        args_param=", [[maybe_unused]] const Args& a = Args{}" if args else "",
        flat=flat,
        code_ident=code_ident, int_type=int_type, action_set=action_set_type(max(len(m.actions), 1)),
        codes=[("none", "no code: the row was a transition")] + [(c, "") for c in m.codes],
        by_state=by_state, state_type=enum_type(len(m.states)), event_type=enum_type(len(m.events)),
        code_type=enum_type(len(m.codes) + 1), cells=cells, table=table, guards=list(guard_ids.items()),
        updates=list(update_ids.items()), report=report)


def _case_parts(r: Row, where: str, actions: str) -> tuple[str, str, str | None]:
    """What every doctest case of row r says, around what changes from case to case (the
    state, the event, the vars): the rest of the name, from ')', and the comment naming r's
    line; what follows the event, up to the vars after for a transition; what follows those
    (None: r leaves the configuration as it is). where: comment(the spec file)."""
    kind = KIND_CXX[r.kind]
    code = code_ident(r.code) if r.kind != "transition" else "none"
    guard = f" [{guard_line(r.guard_text)}]" if r.guard_text else ""
    result = r.target if r.kind == "transition" else code
    head = cstr(f"){guard} -> {kind} {result}") + f'") {{\n  // {where}:{r.pos.line}\n'
    if r.kind != "transition":
        return head, f", phasegen::Disposition::{kind}, Code::{code}, before, {actions});\n}}", None
    return head, f", phasegen::Disposition::{kind}, Code::{code},\n         {{State::{r.target}, ", \
        f"}}, {actions});\n}}"


def _test_case(named: str, state: str, event: str, before: str, after: str, parts: tuple[str, str, str | None]) -> str:
    """One doctest case of the cell tests: (state, before) --event--> the row's outcome.
    named: the case's name up to the row's part, escaped (cstr: "ns (state, event");
    event: the enumerator and Args initializer step() takes; parts: _case_parts(the row)."""
    head, middle, end = parts
    if end is None:
        return (f'TEST_CASE("{named}{head}  const Config before{{State::{state}, {before}}};\n'
                f"  expect(before, {event}{middle}")
    return f'TEST_CASE("{named}{head}  expect({{State::{state}, {before}}}, {event}{middle}{after}{end}'


def _instance(m: Machine, e) -> tuple[str, str, str]:
    """(shown name, enumerator, Args initializer or "") of an event of the checked machine."""
    if m.source is None:
        return e.name, e.name, ""
    declared = {x.name: x for x in m.source.events}[e.base or e.name]
    inits = ", ".join(f".{a.name} = {v}" for a, v in zip(declared.args, e.values))
    return e.name, declared.name, "Args{" + inits + "}"


def cell_tests(m: Machine, report: Report, include: str | None = None, regenerate: str = REGENERATE) -> str:
    """One doctest case per (cell, row): disposition, code, next state, vars and actions,
    the row's witness valuation run through the reference interpreter's apply_row (by the
    checks: report.afters).
    `include`: how the test includes the machine's header (without .hpp)."""
    n = Names(m)
    ns = _cpp_namespace(m)
    where = comment(m.file)  # once, not once per case
    inits: dict = {}  # valuation -> its Vars{...} initializer
    parts = {r.index: _case_parts(r, where, n.actions(r)) for r in m.rows}  # once per row, not once per case
    cells_of, witnesses, afters = m.cells, report.witnesses, report.afters
    events = []  # (name, the name as a case shows it (cstr), the event as step() takes it)
    for e in m.events:
        shown, enumerator, args = _instance(m, e)
        events.append((e.name, cstr(shown), f"Event::{enumerator}" + (f", {args}" if args else "")))
    cases = []
    for s in m.states:
        state = s.name
        named_state = f"{cstr(ns)} ({cstr(state)}, "  # cstr escapes character by character: parts join
        for name, shown, event in events:
            named = named_state + shown
            for r in cells_of[(state, name)]:
                values = witnesses[(r.index, state)]
                before = inits.get(values)
                if before is None:
                    before = inits[values] = n.vars_init(values)
                after = before
                if r.kind == "transition" and r.updates:
                    changed = afters[(r.index, values)]
                    after = inits.get(changed)
                    if after is None:
                        after = inits[changed] = n.vars_init(changed)
                cases.append(_test_case(named, state, event, before, after, parts[r.index]))
    return _env.get_template("machine.test.cpp.j2").render(
        m=m, ns=ns, regenerate=regenerate, cases=cases, include=include or include_path(m),
        args=m.source is not None)


def _edge_label(m: Machine, r: Row) -> str:
    parts = [r.event]
    if r.guard_text:
        parts.append(f"[{guard_line(r.guard_text)}]")
    if r.emit:
        parts.append("/ " + ", ".join(r.emit))
    return " ".join(parts)


def dot(m: Machine, regenerate: str = REGENERATE) -> str:
    edges = []
    for r in m.rows:
        if r.kind == "transition":
            for s in r.states:
                edges.append((s, r.target, _edge_label(m, r)))
    return _env.get_template("machine.dot.j2").render(m=m, edges=edges, regenerate=regenerate)


def markdown(m: Machine, report: Report, regenerate: str = REGENERATE) -> str:
    short = {"transition": "→", "ignore": "ignore", "reject": "reject", "violation": "violation"}
    texts = {}  # row index -> what the row does, as a grid cell shows it
    for r in m.rows:
        text = f"→ {r.target}" if r.kind == "transition" else f"{short[r.kind]} `{r.code}`"
        if r.emit and r.kind != "transition":  # an ignore or reject that emits (transitions' are on the edges)
            text += " / " + ", ".join(r.emit)
        texts[r.index] = (f"[{guard_line(r.guard_text)}] {text}" if r.guard_text else text).replace("|", "\\|")
    cells, events = m.cells, [e.name for e in m.events]
    grid = [(s.name, ["<br>".join([texts[r.index] for r in cells[(s.name, e)]]) for e in events]) for s in m.states]
    edges = sorted({(s, r.target, r.event) for r in m.rows if r.kind == "transition" for s in r.states},
                   key=lambda x: (m.state_index[x[0]], m.state_index[x[1]], m.event_index[x[2]]))
    return _env.get_template("machine.md.j2").render(m=m, ns=_cpp_namespace(m), grid=grid, edges=edges,
                                                   report=report, regenerate=regenerate, doc=_doc_line)


def include_path(m: Machine) -> str:
    return "/".join(([*m.namespace.split("::")] if m.namespace else []) + [m.name])


def emit(m: Machine, report: Report, base: str | None = None, regenerate: str = REGENERATE,
         kinds=KINDS) -> dict[str, str]:
    """The outputs `kinds` names for one machine, keyed by path relative to the output
    directory: `base` + .hpp, .test.cpp, .dot, .md (base: the namespace path by default)."""
    base = base or include_path(m)
    render = {
        "header": lambda: (f"{base}.hpp", header(m, report, regenerate)),
        "tests": lambda: (f"{base}.test.cpp", cell_tests(m, report, base.rsplit("/", 1)[-1], regenerate)),
        "dot": lambda: (f"{base}.dot", dot(declared(m), regenerate)),  # events with arguments as declared
        "md": lambda: (f"{base}.md", markdown(declared(m), report, regenerate)),
    }
    return dict(render[k]() for k in KINDS if k in kinds)
