"""Validate a Node tree and build the Machine model. Reports every problem, then raises."""
from __future__ import annotations

import re
from typing import Optional

from . import SPEC_FORMAT
from .diag import Collector, Diagnostic, Pos, SpecError, did_you_mean
from .expr import Binary, ExprError, Name, Num, Unary, Update, evaluate, names, parse_expr, parse_update, render, type_of
from .expand import expand_args
from .load import Node
from .model import STAY, Action, Arg, Event, Machine, Param, Row, State, Var

IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")
CODE = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*\Z")
SOURCES = ("peer", "local", "session", "transport", "timer")
CXX_KEYWORDS = set("""alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t
char16_t char32_t class compl concept const consteval constexpr constinit const_cast continue co_await
co_return co_yield decltype default delete do double dynamic_cast else enum explicit export extern false
float for friend goto if inline int long mutable namespace new noexcept not not_eq nullptr operator or
or_eq private protected public register reinterpret_cast requires return short signed sizeof static
static_assert static_cast struct switch template this thread_local throw true try typedef typeid typename
union unsigned using virtual void volatile wchar_t while xor xor_eq""".split())
# Names the generated code itself declares inside a machine's namespace.
RESERVED = {"State", "Event", "Code", "Action", "ActionSet", "Vars", "Config", "Outcome", "Machine", "Row",
            "none", "step", "to_string", "perform", "Actions", "rows", "cells", "params"}
# Macros the generated code's headers (standard library, doctest, phasegen) or a GNU mode
# may define: a name spelled like one does not survive the preprocessor. All-capital names
# with an underscore (SIZE_MAX, INT8_C, TEST_CASE, PHASEGEN_...) are refused by rule.
MACROS = set("""NULL EOF BUFSIZ CHECK REQUIRE WARN FAIL MESSAGE INFO CAPTURE SUBCASE SCENARIO GIVEN WHEN THEN
EDOM ERANGE EILSEQ offsetof assert errno stdin stdout stderr setjmp va_arg va_start va_end va_copy linux unix
i386 major minor makedev""".split())
_MACRO_LIKE = re.compile(r"[A-Z][A-Z0-9]*_[A-Z0-9_]*\Z")
# Names a machine or a namespace part may not take: the namespaces the generated code refers to.
NAMESPACES = {"std", "phasegen", "doctest", "detail", "params", "posix"}


def identifier_problem(s: str, namespace: bool = False) -> Optional[str]:
    """Why s cannot name something in generated C++ (and in Promela and file names), or
    None. The one rule for every name a spec or system file declares. namespace: s names
    a namespace (a machine, a system, a part of a `namespace:`)."""
    if not IDENT.match(s):
        return "is not an identifier (letters, digits, '_'; starts with a letter)"
    if len(s) > MAX_NAME:
        return f"is longer than {MAX_NAME} characters"
    if "__" in s:
        return "contains '__' (reserved in C++)"
    if s in CXX_KEYWORDS or s in RESERVED:
        return "is reserved (a C++ keyword or a name phasegen generates)"
    if s in MACROS or _MACRO_LIKE.match(s):
        return "is reserved (spelled like a macro of the C++ library, doctest or phasegen)"
    if namespace and s in NAMESPACES:
        return "is reserved (a namespace the generated code uses)"
    return None


MAX_NAME = 128
INT_MIN, INT_MAX = -2**31, 2**31 - 1  # the C++ int every param, literal and intermediate value is evaluated in


class _Ctx:
    def __init__(self, out: Collector):
        self.out = out
        self.warnings: list[Diagnostic] = []
        self.pairs = {"rows": 0, "defaults": 0}  # (state, event) pairs named so far (state groups expanded)
        self.bad_initial = False  # an 'initial' had the wrong type: E-initial would be a cascade

    def take_pairs(self, node: Node, n: int, what: str) -> bool:
        """Counts n more (state, event) pairs of rows or defaults; False (and E-too-big, once)
        past the limit, so that a state group used in many rows cannot make validation slow."""
        limit = MAX_PAIRS if what == "rows" else MAX_DEFAULT_PAIRS
        before = self.pairs[what]
        self.pairs[what] += n
        if self.pairs[what] > limit >= before:
            self.err(node, "E-too-big", f"the {what} name more than {limit:,} (state, event) pairs (state groups "
                     "expanded); phasegen supports at most that")
        return self.pairs[what] <= limit

    def err(self, node_or_pos, id: str, message: str) -> None:
        pos = node_or_pos.pos if isinstance(node_or_pos, Node) else node_or_pos
        self.out.error(pos, id, message)

    def warn(self, node: Node, id: str, message: str) -> None:
        self.warnings.append(Diagnostic(node.pos, id, message, "warning"))

    def fields(self, node: Node, what: str, required: tuple[str, ...], optional: tuple[str, ...]):
        """The {key: (key node, value node)} of a mapping, after checking its keys."""
        if node.kind != "map":
            self.err(node, "E-type", f"{what} must be a mapping, found {node.type_name(article=True)}")
            return None
        got = {k.value: (k, v) for k, v in node.value if isinstance(k.value, str)}
        allowed = required + optional
        for i, (knode, _) in enumerate(node.value):
            key = knode.value
            if isinstance(key, str) and key not in allowed and got[key][0] is knode:
                hint = _comma_hint(node, i) or did_you_mean(key, allowed)
                self.err(knode, "E-unknown-key", f"unknown key '{key}' in {what}{hint}")
        for key in required:
            if key not in got:
                self.err(node, "E-missing-key", f"{what} needs the key '{key}'")
        return got

    def string(self, node: Node, what: str) -> Optional[str]:
        if node.kind == "scalar" and isinstance(node.value, str):
            return node.value
        self.err(node, "E-type", f"{what} must be a string, found {node.type_name(article=True)}")
        return None

    def boolean(self, node: Node, what: str) -> Optional[bool]:
        if node.kind == "scalar" and isinstance(node.value, bool):
            return node.value
        self.err(node, "E-type", f"{what} must be true or false, found {node.type_name(article=True)}")
        return None

    def name(self, node: Node, what: str, namespace: bool = False) -> Optional[str]:
        s = self.string(node, what)
        if s is None:
            return None
        problem = identifier_problem(s, namespace)
        if problem:
            self.err(node, "E-name", f"{what} {_quote(s)} {problem}")
        return s  # keep it even when invalid, so that its uses do not cascade into more errors

    def names(self, node: Node, what: str) -> list[tuple[str, Node]]:
        """A name or a list of names."""
        items = node.value if node.kind == "seq" else (node,)
        if node.kind == "seq" and not items:
            self.err(node, "E-type", f"{what} must not be an empty list")
        out = []
        for item in items:
            s = self.string(item, what)
            if s is not None:
                out.append((s, item))
        return out


def _comma_hint(mapping: Node, i: int) -> str:
    """The likely cause of the unknown key i of a mapping when it follows, on the same
    line, a key with unquoted text: in a YAML flow mapping `{ doc: a, b }` the comma ends
    the text and `b` becomes a key. The hint says to quote the text."""
    if i == 0:
        return ""
    prev_key, prev = mapping.value[i - 1]
    key, value = mapping.value[i]
    plain_text = prev.kind == "scalar" and isinstance(prev.value, str) and not prev.quoted
    if not (plain_text and prev.pos.line == key.pos.line and isinstance(key.value, str)):
        return ""
    where = f" (in a flow mapping '{{ ... }}' a comma ends the text of '{prev_key.value}'; if '{key.value}' is part of it"
    if value.kind == "scalar" and value.value is None:
        return f"{where}, quote the text: {prev_key.value}: \"{prev.value}, {key.value}\")"
    return f"{where}, quote the text)" if prev_key.value == "doc" else ""


def _quote(s: str) -> str:
    """A name for a message: quoted, printable, at most 40 characters."""
    shown = s if len(s) <= 40 else s[:37] + "..."
    return "'" + "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in shown) + "'"


def _expr_pos(node: Node, offset: int) -> Pos:
    """The position of offset within a scalar's text; the scalar's own position when its
    text does not map column for column onto the source (block, multi-line, escapes)."""
    if not node.exact:
        return node.pos
    return Pos(node.pos.file, node.pos.line, node.pos.col + offset + (1 if node.quoted else 0))


def _interval(e, ranges: dict[str, tuple[int, int]]):
    """The values e can take, (lo, hi), given each name's range; raises ExprError
    (E-overflow) at the first subexpression whose values do not all fit a C++ int: the
    generated code evaluates every guard and update in int (vars of 8, 16 and 32 bits
    promote to it, params are `int`, literals that fit are `int`). Booleans are (0, 1)."""
    if isinstance(e, Num):
        lo = hi = e.value
    elif isinstance(e, Name):
        lo, hi = ranges[e.name]
    elif isinstance(e, Unary):
        a, b = _interval(e.operand, ranges)
        lo, hi = (0, 1) if e.op == "!" else (-b, -a)
    else:
        (a, b), (c, d) = _interval(e.left, ranges), _interval(e.right, ranges)
        if e.op == "+":
            lo, hi = a + c, b + d
        elif e.op == "-":
            lo, hi = a - d, b - c
        else:
            lo, hi = 0, 1
    if lo < INT_MIN or hi > INT_MAX:
        offset = next((n.offset for n in names(e)), 0)
        raise ExprError(offset, f"'{render(e, str)}' can take values in [{lo}, {hi}], which do not fit the C++ "
                        f"int it is evaluated in ([{INT_MIN}, {INT_MAX}]); the generated code would overflow",
                        "E-overflow")
    return lo, hi


def _const(ctx: _Ctx, node: Node, env: dict[str, int], what: str) -> Optional[int]:
    """An integer literal or a constant expression over params."""
    if node.kind == "scalar" and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    text = ctx.string(node, what)
    if text is None:
        return None
    try:
        e = parse_expr(text)
        if type_of(e) != "int":
            raise ExprError(0, f"{what} must be an integer expression")
        for n in names(e):
            if n.name not in env:
                raise ExprError(n.offset, f"'{n.name}' is not a param declared before this point"
                                f"{did_you_mean(n.name, env)}")
        return evaluate(e, env)
    except ExprError as e:
        ctx.err(_expr_pos(node, e.offset), e.id, str(e))
        return None


def _mapping_items(ctx: _Ctx, node: Node, what: str):
    if node.kind != "map":
        ctx.err(node, "E-type", f"{what} must be a mapping of name to definition, found {node.type_name(article=True)}")
        return ()
    return node.value


def _doc(ctx: _Ctx, f, where: str) -> str:
    if "doc" not in f:
        return ""
    return ctx.string(f["doc"][1], f"the doc of {where}") or ""


def _params(ctx, node, overrides: dict[str, int]) -> list[Param]:
    """Integer params; a value may be an expression over the params declared before it.
    overrides (from a system file) replace declared values, e.g. smaller bounds to check."""
    out = []
    env: dict[str, int] = {}
    for k, v in _mapping_items(ctx, node, "params"):
        name = ctx.name(k, "param name")
        if v.kind == "map":
            f = ctx.fields(v, f"param '{k.value}'", ("value",), ("doc",))
            value = _const(ctx, f["value"][1], env, "a param value") if f and "value" in f else None
            doc = _doc(ctx, f, f"param '{k.value}'") if f else ""
        else:
            value, doc = _const(ctx, v, env, "a param value"), ""
        if name and value is not None:
            value = overrides.get(name, value)
            if not INT_MIN <= value <= INT_MAX:
                ctx.err(k, "E-overflow", f"param '{name}' is {value}, which does not fit the C++ int it is emitted as "
                        f"([{INT_MIN}, {INT_MAX}])" + (" (a system file overrides it)" if name in overrides else ""))
                continue
            out.append(Param(name, value, doc, k.pos))
            env[name] = value
    return out


def _vars(ctx, node, env) -> list[Var]:
    out = []
    for k, v in _mapping_items(ctx, node, "vars"):
        name = ctx.name(k, "var name")
        f = ctx.fields(v, f"var '{k.value}'", ("range",), ("init", "doc"))
        if not name:
            continue
        out.append(Var(name, 0, 0, 0, "", k.pos))  # replaced below when the definition is good
        if not f:
            continue
        rnode = f["range"][1] if "range" in f else None
        lo = hi = None
        if rnode is not None:
            if rnode.kind != "seq" or len(rnode.value) != 2:
                ctx.err(rnode, "E-type", "a range is a list of two bounds, e.g. [0, credit]")
            else:
                lo = _const(ctx, rnode.value[0], env, "a range bound")
                hi = _const(ctx, rnode.value[1], env, "a range bound")
        if lo is None or hi is None:
            continue
        if lo > hi:
            ctx.err(rnode, "E-range", f"var '{name}' has an empty range [{lo}, {hi}]")
            continue
        if lo < -2**31 or hi >= 2**31:
            ctx.err(rnode, "E-range", f"var '{name}' range [{lo}, {hi}] does not fit 32 bits")
            continue
        out.pop()
        init = lo
        if "init" in f:
            init = _const(ctx, f["init"][1], env, "an init value")
            if init is not None and not lo <= init <= hi:
                ctx.err(f["init"][1], "E-range", f"init {init} of var '{name}' is outside its range [{lo}, {hi}]")
                continue
        if init is not None:
            out.append(Var(name, lo, hi, init, _doc(ctx, f, f"var '{name}'"), k.pos))
    return out


def _states(ctx, node) -> list[State]:
    out = []
    for k, v in _mapping_items(ctx, node, "states"):
        name = ctx.name(k, "state name")
        f = ctx.fields(v, f"state '{k.value}'", (), ("initial", "terminal", "doc")) if v.kind != "scalar" or v.value is not None else {}
        if not name:
            continue
        f = f or {}
        initial = ctx.boolean(f["initial"][1], "'initial'") if "initial" in f else False
        terminal = ctx.boolean(f["terminal"][1], "'terminal'") if "terminal" in f else False
        if initial is None:
            ctx.bad_initial = True
        if name == STAY:
            ctx.err(k, "E-name", f"state name '{STAY}' is reserved: a row's 'to: {STAY}' keeps each of its states")
        out.append(State(name, bool(initial), bool(terminal), _doc(ctx, f, f"state '{name}'"), k.pos))
    return out


def _state_groups(ctx, node, states) -> dict[str, tuple[str, ...]]:
    """state_groups: name -> a non-empty list of distinct states (not of other groups). A
    group may not be named like a state: the name stands for either in a list of states."""
    known = {s.name for s in states}
    out: dict[str, tuple[str, ...]] = {}
    items = _mapping_items(ctx, node, "state_groups")
    group_names = {k.value for k, _ in items}
    for k, v in items:
        name = ctx.name(k, "state group name")
        if not name:
            continue
        if name in known:
            ctx.err(k, "E-duplicate", f"state group '{name}' has the name of a state")
        elif name in out:
            ctx.err(k, "E-duplicate", f"state group '{name}' is defined twice")
        if name == STAY:
            ctx.err(k, "E-name", f"state group name '{STAY}' is reserved: a row's 'to: {STAY}' keeps each of its states")
        if v.kind != "seq" or not v.value:
            found = "an empty list" if v.kind == "seq" else v.type_name(article=True)
            ctx.err(v, "E-type", f"state group '{name}' must be a non-empty list of states, found {found}")
            continue
        members: dict[str, None] = {}
        for s, n in ctx.names(v, "a state"):
            if s not in known:
                hint = " (a group lists states, not other groups)" if s in group_names else did_you_mean(s, known)
                ctx.err(n, "E-unknown-state", f"unknown state '{s}' in state group '{name}'{hint}")
            elif s in members:
                ctx.err(n, "E-duplicate", f"state '{s}' is listed twice in state group '{name}'")
            else:
                members[s] = None
        out.setdefault(name, tuple(members))
    return out


def _events(ctx, node, env) -> list[Event]:
    out = []
    for k, v in _mapping_items(ctx, node, "events"):
        name = ctx.name(k, "event name")
        f = ctx.fields(v, f"event '{k.value}'", ("source",), ("doc", "args"))
        if not name:
            continue
        source = ctx.string(f["source"][1], "an event source") if f and "source" in f else None
        if source is not None and source not in SOURCES:
            ctx.err(f["source"][1], "E-source",
                    f"unknown event source '{source}'{did_you_mean(source, SOURCES)}; one of {', '.join(SOURCES)}")
        args = _args(ctx, f["args"][1], env, name) if f and "args" in f else ()
        # A bad definition was reported; the name stays declared so its uses do not cascade.
        out.append(Event(name, source or "", _doc(ctx, f, f"event '{name}'") if f else "", k.pos, args))
    return out


MAX_ARG_VALUES = 4096  # argument value combinations of one event (each is checked like an event of its own)


def _args(ctx, node, env, event: str) -> tuple[Arg, ...]:
    """An event's arguments: name -> {range: [lo, hi], doc}, bounds over params."""
    out = []
    combos = 1
    for k, v in _mapping_items(ctx, node, f"the args of event '{event}'"):
        name = ctx.name(k, "argument name")
        f = ctx.fields(v, f"argument '{k.value}' of event '{event}'", ("range",), ("doc",))
        if not name or not f or "range" not in f:
            continue
        rnode = f["range"][1]
        if rnode.kind != "seq" or len(rnode.value) != 2:
            ctx.err(rnode, "E-type", "a range is a list of two bounds, e.g. [1, credit]")
            continue
        lo, hi = (_const(ctx, b, env, "a range bound") for b in rnode.value)
        if lo is None or hi is None:
            continue
        if lo > hi or lo < INT_MIN or hi > INT_MAX:
            ctx.err(rnode, "E-range", f"argument '{name}' of event '{event}' has the range [{lo}, {hi}], which is "
                    "empty or does not fit 32 bits")
            continue
        if name in env:
            ctx.err(k, "E-duplicate", f"argument '{name}' of event '{event}' has the name of a param")
        if any(a.name == name for a in out):
            ctx.err(k, "E-duplicate", f"argument '{name}' of event '{event}' is declared twice")
        combos *= hi - lo + 1
        out.append(Arg(name, lo, hi, _doc(ctx, f, f"argument '{name}'"), k.pos))
    if combos > MAX_ARG_VALUES:
        ctx.err(node, "E-too-big", f"the args of event '{event}' take {combos:,} combinations of values; phasegen "
                f"checks each, and supports at most {MAX_ARG_VALUES:,} per event (narrow the ranges)")
    return tuple(out)


def _actions(ctx, node) -> list[Action]:
    out = []
    for k, v in _mapping_items(ctx, node, "actions"):
        name = ctx.name(k, "action name")
        f = ctx.fields(v, f"action '{k.value}'", (), ("doc",)) if v.kind != "scalar" or v.value is not None else {}
        if f is not None and name:
            out.append(Action(name, _doc(ctx, f, f"action '{name}'"), k.pos))
    return out


def _check_dupes(ctx, items, what):
    seen = {}
    for item in items:
        if item.name in seen:
            ctx.err(item.pos, "E-duplicate", f"{what} '{item.name}' is also defined at {seen[item.name]}")
        seen[item.name] = item.pos


class _RowBuilder:
    """Parses transition rows and defaults against the declared names."""

    KEYS = ("to", "ignore", "reject", "violation")

    def __init__(self, ctx: _Ctx, states, events, vars_, params, actions, groups=None):
        self.ctx = ctx
        self.states = {s.name: s for s in states}
        self.groups = groups or {}
        self.events = {e.name: e for e in events}
        self.vars = {v.name: v for v in vars_}
        self.params = {p.name: p for p in params}
        self.actions = {a.name: a for a in actions}
        self.ranges = {v.name: (v.lo, v.hi) for v in vars_}
        self.ranges.update((p.name, (p.value, p.value)) for p in params)
        self.args: dict[str, tuple[int, int]] = {}  # the arguments the current row's guard and updates may name
        self.partial: dict[str, str] = {}  # argument -> an event of the current row that lacks it

    def for_events(self, events: list[str]) -> None:
        """The arguments a row over these events may name: those every event has (the
        range of each the union of its ranges)."""
        decl = [self.events[e].args for e in events if e in self.events]
        names = {a.name for args in decl for a in args}
        self.args, self.partial = {}, {}
        for n in names:
            ranges = [next(((a.lo, a.hi) for a in args if a.name == n), None) for args in decl]
            if all(ranges):
                self.args[n] = (min(r[0] for r in ranges), max(r[1] for r in ranges))
            else:
                self.partial[n] = next(e for e, r in zip(events, ranges) if r is None)

    def state_list(self, node: Node) -> list[str]:
        """States and state groups, expanded: each state once (a group may overlap a state
        or another group listed with it), in the order written."""
        out: dict[str, None] = {}  # a dict: in order, and linear for a list of every state
        named = set()
        for s, n in self.ctx.names(node, "a state"):
            if s in named:
                self.ctx.err(n, "E-duplicate", f"{'state group' if s in self.groups else 'state'} '{s}' is listed twice")
            elif s in self.states:
                out[s] = None
            elif s in self.groups:
                out.update(dict.fromkeys(self.groups[s]))
            else:
                what = "state or state group" if self.groups else "state"
                self.ctx.err(n, "E-unknown-state", f"unknown {what} '{s}'{did_you_mean(s, [*self.states, *self.groups])}")
            named.add(s)
        return list(out)

    def event(self, node: Node) -> Optional[str]:
        s = self.ctx.string(node, "an event")
        if s is not None and s not in self.events:
            self.ctx.err(node, "E-unknown-event", f"unknown event '{s}'{did_you_mean(s, self.events)}")
            return None
        return s

    def guard(self, node: Node):
        text = self.ctx.string(node, "a guard")
        if text is None:
            return None, ""
        try:
            e = parse_expr(text)
            self._check_names(e)
            if type_of(e) != "bool":
                raise ExprError(0, "a guard must be a condition (a comparison or a logical expression)")
            _interval(e, {**self.ranges, **self.args})
            return e, text
        except ExprError as err:
            self.ctx.err(_expr_pos(node, err.offset), err.id, str(err))
            return None, text

    def _check_names(self, e) -> None:
        for n in names(e):
            if n.name in self.partial:
                raise ExprError(n.offset, f"'{n.name}' is an argument of some events of this row but not of "
                                f"'{self.partial[n.name]}'; a row names only the arguments all its events have")
            if n.name not in self.vars and n.name not in self.params and n.name not in self.args:
                raise ExprError(n.offset, f"'{n.name}' is neither a var nor a param"
                                + (" nor an argument of the row's events" if self.args else "")
                                + did_you_mean(n.name, [*self.vars, *self.params, *self.args]))

    def updates(self, node: Node) -> list[Update]:
        items = node.value if node.kind == "seq" else (node,)
        out, assigned = [], set()
        for item in items:
            text = self.ctx.string(item, "an update")
            if text is None:
                continue
            try:
                u = parse_update(text)
                if u.var not in self.vars:
                    raise ExprError(u.offset, f"'{u.var}' is an argument of the event, not a var: an update sets a var"
                                    if u.var in self.args or u.var in self.partial
                                    else f"'{u.var}' is not a var{did_you_mean(u.var, self.vars)}")
                if u.var in assigned:
                    raise ExprError(u.offset, f"var '{u.var}' is updated twice in one row")
                self._check_names(u.value)
                if type_of(u.value) != "int":
                    raise ExprError(0, "an update assigns an integer expression")
                # as emitted: v.x = value, v.x + value, v.x - (value)
                value = u.value if u.op == "=" else Binary(u.op[0], Name(u.var, u.offset), u.value)
                _interval(value, {**self.ranges, **self.args})
                assigned.add(u.var)
                out.append(u)
            except ExprError as err:
                self.ctx.err(_expr_pos(item, err.offset), err.id, str(err))
        return out

    def emits(self, node: Node) -> list[str]:
        """Actions run in the order they are declared, so a row lists them in that order."""
        out = []
        order = list(self.actions)
        for a, n in self.ctx.names(node, "an action"):
            if a not in self.actions:
                self.ctx.err(n, "E-unknown-action", f"unknown action '{a}'{did_you_mean(a, self.actions)}")
            elif a in out:
                self.ctx.err(n, "E-duplicate", f"action '{a}' is emitted twice in one row")
            else:
                if out and out[-1] in order and order.index(out[-1]) > order.index(a):
                    self.ctx.err(n, "E-order", f"actions run in the order they are declared: list '{a}' before "
                                 f"'{out[-1]}', or declare them in the order you mean")
                out.append(a)
        return out

    def disposition(self, node: Node, f: dict, what: str):
        """(kind, target, code, updates, emit) or None."""
        given = [k for k in self.KEYS if k in f]
        if len(given) != 1:
            self.ctx.err(node, "E-disposition",
                         f"{what} needs exactly one of 'to', 'ignore', 'reject', 'violation'"
                         + (f"; it has {', '.join(given)}" if given else ""))
            return None
        key = given[0]
        vnode = f[key][1]
        if key == "to":
            target = self.ctx.string(vnode, "'to'")
            if target is not None and target not in self.states and target != STAY:
                self.ctx.err(vnode, "E-unknown-state", f"unknown state '{target}'{did_you_mean(target, self.states)}")
                target = None
            updates = self.updates(f["do"][1]) if "do" in f else []
            emit = self.emits(f["emit"][1]) if "emit" in f else []
            return ("transition", target, "", updates, emit) if target else None
        if "do" in f:
            self.ctx.err(f["do"][0], "E-disposition", f"'do' goes only with 'to'; a row that answers '{key}' changes nothing")
        emit = self.emits(f["emit"][1]) if "emit" in f else []  # checked (and counted as used) even when refused
        if emit and key == "violation":
            self.ctx.err(f["emit"][0], "E-disposition", "'emit' goes with 'to', 'ignore' or 'reject': a violation is "
                         "escalated to the caller, which decides what to send")
        code = self.ctx.string(vnode, f"'{key}'")
        if code is not None and len(code) > MAX_NAME:
            self.ctx.err(vnode, "E-name", f"{key} code is longer than {MAX_NAME} characters")
            return None
        if code is not None and not CODE.match(code):
            self.ctx.err(vnode, "E-name", f"{key} code '{code}' must be kebab-case, e.g. data-after-close")
            return None
        if code is not None and (code == "none" or code.replace("-", "_") in CXX_KEYWORDS):
            self.ctx.err(vnode, "E-name", f"{key} code '{code}' is reserved (a C++ keyword, or 'none')")
            return None
        return (key, "", code, [], emit) if code else None


def _no_repeats(ctx: _Ctx, node: Node, what: str) -> None:
    seen = set()
    for item in node.value if node.kind == "seq" else ():
        if item.kind == "scalar" and item.value in seen:
            ctx.err(item, "E-duplicate", f"{what} '{item.value}' is listed twice")
        seen.add(item.value if item.kind == "scalar" else id(item))


ROW_KEYS = ("from", "on")
ROW_OPTIONAL = ("guard", "to", "do", "emit", "ignore", "reject", "violation", "doc", "allow")
WARNINGS = ("shared-target",)  # what a row's `allow` may name (W-<name> diagnostics)


def _allowed(ctx: _Ctx, f: dict) -> set[str]:
    """The warnings a row's `allow` names (a name or a list)."""
    if "allow" not in f:
        return set()
    out = set()
    for w, n in ctx.names(f["allow"][1], "a warning"):
        if w not in WARNINGS:
            ctx.err(n, "E-unknown-key", f"unknown warning '{w}' in 'allow'{did_you_mean(w, WARNINGS)}; "
                                        f"one of {', '.join(WARNINGS)}")
        out.add(w)
    return out


def _shared_target(ctx: _Ctx, f: dict, states: list[str], target: str, allowed: set[str]) -> None:
    """W-shared-target: a row over several states whose 'to' is one of them moves the others
    there too; often a row that should have kept each state ('to: stay')."""
    if target == STAY or len(states) < 2 or target not in states or "shared-target" in allowed:
        return
    others = [s for s in states if s != target]
    shown = ", ".join(f"'{s}'" for s in others[:3]) + (", ..." if len(others) > 3 else "")
    ctx.warn(f["to"][1], "W-shared-target",
             f"this row moves every state it lists to '{target}', one of them: {shown} "
             f"{'leaves' if len(others) == 1 else 'leave'} for '{target}' too. Write 'to: {STAY}' to keep each "
             f"state, or add 'allow: shared-target' if the move is meant")


def _rows(ctx: _Ctx, b: _RowBuilder, node: Node, start: int) -> list[Row]:
    rows = []
    if node.kind != "seq":
        ctx.err(node, "E-type", f"transitions must be a list of rows, found {node.type_name(article=True)}")
        return rows
    for item in node.value:
        f = ctx.fields(item, "a transition row", ROW_KEYS, ROW_OPTIONAL)
        if f is None or "from" not in f or "on" not in f:
            continue
        states = b.state_list(f["from"][1])
        events = [b.event(n) for _, n in ctx.names(f["on"][1], "an event")]
        _no_repeats(ctx, f["on"][1], "event")
        b.for_events([e for e in events if e])
        guard, guard_text = b.guard(f["guard"][1]) if "guard" in f else (None, "")
        d = b.disposition(item, f, "a transition row")
        allowed = _allowed(ctx, f)
        if d and d[0] == "transition" and states:
            _shared_target(ctx, f, states, d[1], allowed)
        if not ctx.take_pairs(item, len(states) * len(events), "rows"):
            break
        if states and events and all(events) and d and ("guard" not in f or guard is not None):
            kind, target, code, updates, emit = d
            updates, emit, doc = tuple(updates), tuple(emit), _doc(ctx, f, "a row")
            # one Row per event, all sharing the row's tuples; 'to: stay' one per state too
            split = [((s,), s) for s in states] if target == STAY else [(tuple(states), target)]
            for event in events:
                for row_states, row_target in split:
                    rows.append(Row(start + len(rows), row_states, event, guard, guard_text, kind, row_target,
                                    code, updates, emit, doc, item.pos))
    return rows


def _defaults(ctx: _Ctx, b: _RowBuilder, node: Node, explicit: list[Row], start: int) -> list[Row]:
    """Each default becomes one row per event, covering only the listed states that no row covers."""
    out: list[Row] = []
    if node.kind != "seq":
        ctx.err(node, "E-type", f"defaults must be a list, found {node.type_name(article=True)}")
        return out
    covered: dict[str, set] = {}  # event -> the states some row covers it in
    for r in explicit:
        covered.setdefault(r.event, set()).update(r.states)
    for item in node.value:
        f = ctx.fields(item, "a default", ("states",), ("events", "source", "ignore", "reject", "violation", "doc"))
        if f is None or "states" not in f:
            continue
        states = b.state_list(f["states"][1])
        if ("events" in f) == ("source" in f):
            ctx.err(item, "E-default", "a default names its events with exactly one of 'events' (a name or a list) or 'source'")
            continue
        if "events" in f:
            events = [e for e in (b.event(n) for _, n in ctx.names(f["events"][1], "an event")) if e]
            _no_repeats(ctx, f["events"][1], "event")
        else:
            source = ctx.string(f["source"][1], "'source'")
            events = [e for e in b.events if b.events[e].source == source]
            if source is not None and not events:
                ctx.err(f["source"][1], "E-default", f"no event has source '{source}'")
        d = b.disposition(item, f, "a default")
        if not ctx.take_pairs(item, len(states) * len(events), "defaults"):
            break
        if not d or not states:
            continue
        kind, _, code, _, _ = d
        filled = False
        for e in events:
            done = covered.setdefault(e, set())
            todo = tuple([s for s in states if s not in done])
            if todo:
                filled = True
                done.update(todo)
                out.append(Row(start + len(out), todo, e, None, "", kind, "", code, (), (),
                               _doc(ctx, f, "a default"), item.pos, from_default=True))
        if not filled and events:
            ctx.err(item, "E-dead-default", "this default covers no cell: every cell it names already has a row")
    return out


TOP_REQUIRED = ("phasegen", "machine", "states", "events", "transitions")
TOP_OPTIONAL = ("namespace", "doc", "generational", "monitor", "params", "vars", "state_groups", "actions", "defaults",
                "$schema")
MAX_ENUM = 65536  # State, Event and Code are 8- or 16-bit enums
MAX_CELLS = 250_000  # states x events: bounds the table, the checks and the generated code
MAX_NAMESPACE_PARTS = 8
MAX_CONFIGS = 2_000_000  # as check.MAX_CONFIGS: states x valuations
MAX_WORK = 20_000_000  # (rows + cells) x valuations: what the exhaustive checks evaluate
MAX_PAIRS = 1_000_000  # (state, event) pairs named by all rows: a cell has 4 rows on average at most
MAX_CHECKED_ROWS = 1_000_000  # rows with their copies per argument value (expand.py): what the checks hold
MAX_DEFAULT_PAIRS = 2_000_000  # ... by all defaults (each fills at most every cell once; 8 such defaults)
MAX_ACTIONS = 64  # ActionSet is a 64-bit mask at most


def validate(root: Node, file: str, overrides: dict[str, int] | None = None) -> Machine:
    out = Collector()
    ctx = _Ctx(out)
    f = ctx.fields(root, "a machine file", TOP_REQUIRED, TOP_OPTIONAL)
    if f is None:
        out.raise_if_any()
    if "phasegen" in f:
        v = f["phasegen"][1]
        if v.value != SPEC_FORMAT or isinstance(v.value, bool):
            said = repr(v.value) if v.kind == "scalar" else v.type_name(article=True)
            ctx.err(v, "E-version", f"this phasegen reads spec format {SPEC_FORMAT}; the file says {said}")
    name = ctx.name(f["machine"][1], "the machine name", namespace=True) if "machine" in f else None
    namespace = ""
    if "namespace" in f:
        namespace = ctx.string(f["namespace"][1], "the namespace") or ""
        parts = namespace.split("::")
        bad = next((problem for problem in (identifier_problem(p, namespace=True) for p in parts) if problem), None)
        if namespace and (bad or len(parts) > MAX_NAMESPACE_PARTS):
            ctx.err(f["namespace"][1], "E-name", f"namespace {_quote(namespace)} is not a C++ namespace like 'vox' or "
                    f"'a::b': a part {bad}" if bad else f"namespace {_quote(namespace)} has more than "
                    f"{MAX_NAMESPACE_PARTS} parts")
    generational = bool(ctx.boolean(f["generational"][1], "'generational'")) if "generational" in f else False
    monitor = bool(ctx.boolean(f["monitor"][1], "'monitor'")) if "monitor" in f else False

    params = _params(ctx, f["params"][1], overrides or {}) if "params" in f else []
    env = {p.name: p.value for p in params}
    vars_ = _vars(ctx, f["vars"][1], env) if "vars" in f else []
    states = _states(ctx, f["states"][1]) if "states" in f else []
    events = _events(ctx, f["events"][1], env) if "events" in f else []
    actions = _actions(ctx, f["actions"][1]) if "actions" in f else []
    groups = _state_groups(ctx, f["state_groups"][1], states) if "state_groups" in f else {}
    _check_dupes(ctx, params, "param")
    _check_dupes(ctx, vars_, "var")
    for v in vars_:
        if v.name in env:
            ctx.err(v.pos, "E-duplicate", f"var '{v.name}' has the name of a param")
    var_names = {v.name for v in vars_}
    for e in events:
        for a in e.args:
            if a.name in var_names:
                ctx.err(a.pos, "E-duplicate", f"argument '{a.name}' of event '{e.name}' has the name of a var")
    _check_dupes(ctx, states, "state")
    _check_dupes(ctx, events, "event")
    _check_dupes(ctx, actions, "action")

    if "states" in f and states and not ctx.bad_initial:
        initial = [s for s in states if s.initial]
        if len(initial) != 1:
            ctx.err(f["states"][1], "E-initial", "exactly one state must be 'initial: true'; found "
                    + (", ".join(s.name for s in initial) or "none"))
        for s in states:
            if s.initial and s.terminal:
                ctx.err(s.pos, "E-initial", f"state '{s.name}' cannot be both initial and terminal")
    if "events" in f and not events and not out.items:
        ctx.err(f["events"][1], "E-type", "a machine needs at least one event")

    instances = sum(_combinations(e) for e in events)  # events with argument values, as checked
    if len(states) * instances > MAX_CELLS:  # before any row is built: the table would be that large
        ctx.err(f["states"][1], "E-too-big", f"{len(states)} states x {len(events)} events = "
                f"{len(states) * instances:,} cells" + (" (each combination of argument values counted)"
                                                       if instances != len(events) else "")
                + f"; phasegen supports at most {MAX_CELLS:,}")
        out.raise_if_any()
    b = _RowBuilder(ctx, states, events, vars_, params, actions, groups)
    rows = _rows(ctx, b, f["transitions"][1], 0) if "transitions" in f else []
    defaults = _defaults(ctx, b, f["defaults"][1], rows, len(rows)) if "defaults" in f else []

    if "states" in f and not states and f["states"][1].kind == "map" and not f["states"][1].value:
        ctx.err(f["states"][1], "E-type", "a machine needs at least one state")
    for what, items, limit in (("states", states, MAX_ENUM), ("events", events, MAX_ENUM),
                               ("actions", actions, MAX_ACTIONS)):
        if len(items) > limit:
            ctx.err(f[what][1], "E-too-big", f"{len(items)} {what}; phasegen supports at most {limit}")
    valuations = 1
    for v in vars_:
        valuations *= v.hi - v.lo + 1
    combos = {e.name: _combinations(e) for e in events}
    checked_rows = sum(combos.get(r.event, 1) for r in rows + defaults)
    if checked_rows > MAX_CHECKED_ROWS:
        ctx.err(root, "E-too-big", f"the rows, copied for every combination of their events' argument values, number "
                f"{checked_rows:,}; phasegen supports at most {MAX_CHECKED_ROWS:,} (narrow the argument ranges)")
    work = (checked_rows + len(states) * instances) * valuations
    if work > MAX_WORK and valuations * len(states) <= MAX_CONFIGS:  # (larger: check.py's E-too-big)
        ctx.err(root, "E-too-big", f"{checked_rows:,} rows and {len(states) * instances:,} cells over "
                f"{valuations:,} var valuations: more than {MAX_WORK:,} guard evaluations to check; narrow the ranges")
    doc = _doc(ctx, f, "the machine")
    used = {a for r in rows for a in r.emit}
    for a in actions:
        if a.name not in used:
            ctx.err(a.pos, "E-unused", f"action '{a.name}' is declared but no row emits it")
    out.raise_if_any()
    machine = Machine(name, namespace, doc, file, generational, tuple(params),
                      tuple(vars_), tuple(states), tuple(events), tuple(actions), tuple(rows + defaults), root.pos,
                      monitor, state_groups=groups, warnings=tuple(sorted(ctx.warnings, key=lambda d: d.pos)))
    return expand_args(machine) if any(e.args for e in events) else machine


def _combinations(e: Event) -> int:
    n = 1
    for a in e.args:
        n *= a.hi - a.lo + 1
    return n
