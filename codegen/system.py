"""System files: machines composed into one checked system (a session with N channels).

A system file names its machines' spec files, instantiates them (count, param overrides),
links an action of one instance to an event of others, lists environment variants (the
inputs the outside world may inject, with guards and budgets) and the properties to prove.
Each instantiated machine is validated and statically checked with its overrides.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from . import SPEC_FORMAT
from . import check as check_stage
from .diag import Collector, Pos, SpecError, did_you_mean
from .load import Node, is_system, load, read_spec  # noqa: F401 - is_system: where it was
from .model import Machine
from .expr import ExprError, evaluate, names, parse_expr, type_of
from .validate import _Ctx, validate
from .validate import _expr_pos
from .validate import _interval as interval

PROPERTY_KINDS = {
    # kind: (required keys, optional keys)
    "no_silent_drop": (("instances", "item", "count", "deliver"), ("discard", "doc")),
    "data_after_close": (("instances", "item", "close"), ("doc",)),
    "no_delivery_after_terminal": (("instances", "deliver"), ("doc",)),
    "no_violation": (("variants",), ("doc",)),
    "stale_isolation": ((), ("doc",)),
    "no_stuck": ((), ("doc",)),
    "terminates": ((), ("doc",)),
    "reachable": ((), ("when", "expr", "doc")),
    "no_refusal": (("instances", "item", "variants"), ("doc",)),
    "never_after": (("instances", "never", "after"), ("doc",)),
    "always": (("expr",), ("instances", "in", "variants", "doc")),
    "monitor": (("instances",), ("bad", "doc")),
    "leads_to": (("instances", "after", "eventually"), ("doc",)),
    "no_overflow": ((), ("channels", "doc")),
}
# Kinds that keep a bit per instance: a seen close, a seen 'after', an open obligation.
GHOST_KINDS = ("data_after_close", "never_after", "leads_to")
GRAPH_KINDS = ("no_stuck", "terminates", "leads_to")  # decided on the whole reachable graph


CHECKER_FIELDS = {"gen", "budget", "touched"}  # the generated checker's State has these besides one per instance


@dataclass(frozen=True)
class Group:
    """Instances of one machine: name[0] .. name[count-1] (or just name when count is 1)."""
    name: str
    machine: Machine
    count: int
    stale_check: bool  # the runtime classifies events of an older generation as stale
    pos: Pos

    @property
    def monitor(self) -> bool:
        """An observer (its machine says monitor: true): fed by links, excluded from the
        system's settled and terminal conditions, never renewed, never an input's target."""
        return self.machine.monitor


@dataclass(frozen=True)
class Link:
    """When an instance of `source` emits `action` (or, `on`, takes event `on` as a
    transition: only towards a monitor): deliver `event` to `target` (the same index when
    the groups have the same count, else every instance), or renew groups."""
    source: str
    action: str
    target: str
    event: str
    renew: tuple[str, ...]
    pos: Pos
    on: str = ""
    via: str = ""  # a channel: the event travels through its FIFO and is delivered by a step of its own
    args: tuple = ()  # the event's arguments: (name, expression over the sender's vars and params, text)


@dataclass(frozen=True)
class Channel:
    """A bounded FIFO from the instances of `source` to those of `target` (one queue per
    receiving instance): links `via` it put their event at its tail; a delivery step takes
    the head. Its messages carry the sender's generation."""

    def messages(self, machine: "Machine", event: str) -> range:
        """The message indices of a declared event (each of its values: they are adjacent)."""
        found = [k for k, e in enumerate(self.events) if base_event(machine, e) == event]
        return range(found[0], found[-1] + 1) if found else range(0)
    name: str
    source: str
    target: str
    capacity: int
    events: tuple[str, ...]  # the target's events its links carry: a message is an index into these
    doc: str
    pos: Pos


FAULTS = ("lose", "duplicate", "reorder")  # a hostile network's steps on a channel, each with a budget


@dataclass(frozen=True)
class Fault:
    """A variant lets the network `kind` a message of `channel`, at most `budget` times:
    lose the head, deliver the head and keep it (duplicate), or deliver the second first."""
    channel: str
    kind: str
    budget: int
    pos: Pos
    group: str = ""  # the channel's receiving group (as Input.group)
    events: tuple = ()
    stale: bool = False


@dataclass(frozen=True)
class Input:
    slot: int  # index of its budget in the system state (when budgeted)
    group: str
    events: tuple[str, ...]
    budget: Optional[int]
    when: tuple[tuple[str, tuple[str, ...]], ...]
    stale: bool
    pos: Pos


@dataclass(frozen=True)
class Variant:
    name: str
    doc: str
    inputs: tuple[Input, ...]
    pos: Pos
    faults: tuple[Fault, ...] = ()


@dataclass(frozen=True)
class Property:
    name: str
    kind: str
    group: str
    item: str
    count: str
    deliver: str
    discard: tuple[str, ...]
    close: str
    variants: tuple[str, ...]
    doc: str
    pos: Pos
    when: tuple[tuple[str, tuple[str, ...]], ...] = ()  # reachable: every instance of each group in one of the states
    never: str = ""  # never_after: an event (taken as a transition) or an action (emitted) of the group's machine
    after: str = ""  # never_after: likewise
    expr: object = None  # always: the parsed expression over vars and params of instances
    expr_text: str = ""
    terms: tuple = ()  # always: (name in expr, group, var) or (name in expr, "", param value)
    width: int = 1  # always: it holds at every index 0..width-1 (a group of one instance: index 0)
    bad: tuple[str, ...] = ()  # monitor: states of the monitor that fail the property
    eventually: tuple[str, ...] = ()  # leads_to: events (taken) or actions (emitted) that discharge 'after'
    channels: tuple[str, ...] = ()  # no_overflow: the channels it watches (every channel when empty)

    def at(self, system: "System", group: str, i: int) -> int:
        """always: the index of `group`'s instance at index i of the property (for "@channel",
        of the channel's queue: its receiving instance's)."""
        if group.startswith("@"):
            group = system.channel(group[1:]).target
        return i if system.group(group).count > 1 else 0


@dataclass(frozen=True)
class System:
    name: str
    doc: str
    file: str
    groups: tuple[Group, ...]
    links: tuple[Link, ...]
    variants: tuple[Variant, ...]
    properties: tuple[Property, ...]
    expect_fail: dict  # variant -> frozenset of property names expected to fail (known-bad systems)
    pos: Pos
    channels: tuple[Channel, ...] = ()
    runtime: object = None  # its `runtime:` section (codegen/roles.py: roles.Runtime), or None

    def channel(self, name: str) -> Channel:
        return next(c for c in self.channels if c.name == name)

    def group(self, name: str) -> Group:
        return next(g for g in self.groups if g.name == name)


def declared_event(m: Machine, name: str):
    """The event of m as its file declares it (with its args), or None."""
    return next((e for e in (m.source or m).events if e.name == name), None)


def event_values(m: Machine, name: str) -> list[str]:
    """The events of m's (expanded) table a declared event stands for: itself, or one per
    combination of argument values, in the expansion's order."""
    return [e.name for e in m.events if (e.base or e.name) == name]


def base_event(m: Machine, event: str) -> str:
    """The declared event an event of m's (expanded) table is a value of."""
    e = m.events[m.event_index[event]]
    return e.base or e.name


def _load_machine(ctx: _Ctx, node: Node, base_dir: str, display_dir: str, overrides: dict, cache: dict):
    rel = ctx.string(node, "a machine file")
    if rel is None:
        return None
    path = os.path.normpath(os.path.join(base_dir, rel))
    shown = os.path.normpath(os.path.join(display_dir, rel))
    key = (path, tuple(sorted(overrides.items())))
    if key in cache:
        return cache[key]
    try:
        text = read_spec(path, shown, f"machine file '{rel}'")
    except SpecError as e:
        for d in e.diagnostics:  # at the line that names the file
            ctx.err(node, d.id, d.message)
        return None
    try:
        machine = validate(load(text, shown), shown, overrides)
        check_stage.check(machine)
    except SpecError as e:
        for d in e.diagnostics:
            ctx.out.items.append(d)
        if overrides:
            ctx.err(node, "E-system", f"machine '{rel}' fails its checks with params {overrides}")
        return None
    unknown = sorted(set(overrides) - {p.name for p in machine.params})
    for name in unknown:
        ctx.err(node, "E-system", f"machine '{rel}' has no param '{name}'"
                f"{did_you_mean(name, [p.name for p in machine.params])}")
    cache[key] = machine
    return machine


def _int(ctx: _Ctx, node: Node, what: str, lo: Optional[int] = 0) -> Optional[int]:
    if node.kind == "scalar" and isinstance(node.value, int) and not isinstance(node.value, bool) \
            and (lo is None or node.value >= lo):
        return node.value
    ctx.err(node, "E-type", f"{what} must be an integer" + (f" >= {lo}" if lo is not None else ""))
    return None


def _pairs(ctx: _Ctx, node: Node, what: str):
    """The (key, value) pairs of a mapping; an E-type and nothing when it is not one."""
    if node.kind == "map":
        return node.value
    ctx.err(node, "E-type", f"{what} must be a mapping, found {node.type_name(article=True)}")
    return ()


def _items(ctx: _Ctx, node: Node, what: str):
    if node.kind == "seq":
        return node.value
    ctx.err(node, "E-type", f"{what} must be a list, found {node.type_name(article=True)}")
    return ()


def _doc_of(ctx: _Ctx, f: dict, what: str) -> str:
    return (ctx.string(f["doc"][1], f"the doc of {what}") or "") if f and "doc" in f else ""


def _names(ctx: _Ctx, node: Node, what: str) -> list[tuple[str, Node]]:
    return ctx.names(node, what)


# Bounds on a system file (docs/spec-language.md#limits): the explorer, the checker and the
# Promela follow links recursively and keep every instance in every state.
MAX_GROUPS = 64
MAX_COUNT = 64  # instances of one group
MAX_LINKS = 256
MAX_VARIANTS = 64
MAX_INPUTS = 256  # per variant
MAX_PROPERTIES = 64
MAX_CHANNELS = 32
MAX_CAPACITY = 8  # messages in one queue of a channel


def _too_many(ctx: _Ctx, node: Node, what: str, limit: int) -> bool:
    if node.kind in ("map", "seq") and len(node.value) > limit:
        ctx.err(node, "E-limit", f"{len(node.value)} {what}; a system file has at most {limit}")
        return True
    return False


def _link_cycles(ctx: _Ctx, groups: list[Group], links: list[Link]) -> None:
    """Links are followed within one step, so they must not deliver events in a cycle:
    (group, event) -> actions its rows can emit -> linked (group, event)."""
    by_name = {g.name: g for g in groups}
    succ: dict = {}
    for g in groups:
        for e in (g.machine.source or g.machine).events:  # as declared: links name events without values
            emits = {a for r in g.machine.rows if base_event(g.machine, r.event) == e.name for a in r.emit}
            succ[(g.name, e.name)] = [(l.target, l.event, l) for l in links  # a channel ends the step
                                      if l.source == g.name and l.action in emits and l.target in by_name
                                      and not l.via]
    state: dict = {}

    def visit(node, path):
        state[node] = 1
        for target, event, link in succ.get(node, ()):
            nxt = (target, event)
            if state.get(nxt) == 1:
                ctx.err(link.pos, "E-system", "links deliver events in a cycle: "
                        + " -> ".join(f"{a}.{b}" for a, b in path + [node, nxt]))
            elif nxt not in state:
                visit(nxt, path + [node])
        state[node] = 2
    for node in succ:
        if node not in state:
            visit(node, [])


def _instances(ctx: _Ctx, node: Node, base_dir: str, display_dir: str) -> list[Group]:
    """The instance groups, each machine validated and checked with its overrides."""
    groups: list[Group] = []
    cache: dict = {}
    if _too_many(ctx, node, "instance groups", MAX_GROUPS):
        return groups
    for k, v in _pairs(ctx, node, "instances"):
        g = ctx.fields(v, f"instance '{k.value}'", ("machine",), ("count", "params", "stale_check", "doc"))
        gname = ctx.name(k, "an instance name")
        if gname is not None and ("_" in gname or gname in CHECKER_FIELDS):
            ctx.err(k, "E-name", f"instance name '{gname}' " + ("may not contain '_' (the generated checker "
                    "joins instance and event names with it)" if "_" in gname else
                    "is reserved (a field of the generated checker's state)"))
        if g is None or "machine" not in g or gname is None:
            continue
        _doc_of(ctx, g, f"instance '{gname}'")
        overrides = {}
        if "params" in g:
            for pk, pv in _pairs(ctx, g["params"][1], "params"):
                x = _int(ctx, pv, f"param '{pk.value}'", None)
                if x is not None:
                    overrides[pk.value] = x
        count = _int(ctx, g["count"][1], "count", 1) if "count" in g else 1
        if count is not None and count > MAX_COUNT:
            ctx.err(g["count"][1], "E-limit", f"count {count}; a group has at most {MAX_COUNT} instances")
            count = None
        stale_check = bool(ctx.boolean(g["stale_check"][1], "'stale_check'")) if "stale_check" in g else True
        machine = _load_machine(ctx, g["machine"][1], base_dir, display_dir, overrides, cache)
        if machine is not None and count is not None:
            groups.append(Group(gname, machine, count, stale_check, k.pos))
    return groups


class _Refs:
    """Names a system file uses for its instances and their machines' events, states, vars."""

    def __init__(self, ctx: _Ctx, groups: list[Group]):
        self.ctx = ctx
        self.by_name = {g.name: g for g in groups}
        self.channels: dict = {}  # name -> Channel, once the links are read

    def group_ref(self, node: Node) -> Optional[Group]:
        s = self.ctx.string(node, "an instance")
        if s is not None and s not in self.by_name:
            self.ctx.err(node, "E-system", f"unknown instance '{s}'{did_you_mean(s, self.by_name)}")
            return None
        return self.by_name.get(s) if s else None

    def check_event(self, g: Group, node: Node, event: str) -> None:
        """A declared event of g's machine (an event with arguments stands for all its values)."""
        if not declared_event(g.machine, event):
            names = [e.name for e in (g.machine.source or g.machine).events]
            self.ctx.err(node, "E-unknown-event", f"machine '{g.machine.name}' has no event '{event}'"
                         f"{did_you_mean(event, names)}")

    def states(self, g: Group, named) -> tuple[str, ...]:
        """The states a list of (state or state-group name, node) stands for in g's machine
        (a group's name stands for its states); an E-unknown-state at each unknown name."""
        out: dict = {}
        groups = getattr(g.machine, "state_groups", {})
        for name, node in named:
            if name in g.machine.state_index:
                out[name] = None
            elif name in groups:
                out.update(dict.fromkeys(groups[name]))
            else:
                self.ctx.err(node, "E-unknown-state", f"machine '{g.machine.name}' has no state or state group "
                             f"'{name}'{did_you_mean(name, list(g.machine.state_index) + list(groups))}")
        return tuple(out)

    def check_event_or_action(self, g: Group, node: Node, name: str) -> None:
        if not declared_event(g.machine, name) and name not in {a.name for a in g.machine.actions}:
            names = [e.name for e in (g.machine.source or g.machine).events] + [a.name for a in g.machine.actions]
            self.ctx.err(node, "E-unknown-event", f"machine '{g.machine.name}' has no event or action '{name}'"
                         f"{did_you_mean(name, names)}")

    def check_var(self, g: Group, node: Node, var: str) -> None:
        if var not in {x.name for x in g.machine.vars}:
            self.ctx.err(node, "E-system", f"machine '{g.machine.name}' has no var '{var}'")


def _channels(ctx: _Ctx, refs: "_Refs", node: Node) -> dict:
    """name -> (source, target, capacity, doc, pos): the FIFOs between instance groups."""
    out: dict = {}
    for ck, cv in _pairs(ctx, node, "channels") if not _too_many(ctx, node, "channels", MAX_CHANNELS) else ():
        name = ctx.name(ck, "a channel name")
        cf = ctx.fields(cv, f"channel '{ck.value}'", ("from", "to", "capacity"), ("doc",))
        if cf is None or name is None or any(k not in cf for k in ("from", "to", "capacity")):
            continue
        if "_" in name:
            ctx.err(ck, "E-name", f"channel name '{name}' may not contain '_' (the generated checker joins names "
                    "with it)")
        src, dst = refs.group_ref(cf["from"][1]), refs.group_ref(cf["to"][1])
        capacity = _int(ctx, cf["capacity"][1], "a capacity", 1)
        if capacity is not None and capacity > MAX_CAPACITY:
            ctx.err(cf["capacity"][1], "E-limit", f"capacity {capacity}; a channel holds at most {MAX_CAPACITY} "
                    "messages (each is part of every state the checkers store)")
            capacity = None
        for g, key in ((src, "from"), (dst, "to")):
            if g and g.monitor:
                ctx.err(cf[key][1], "E-system", f"'{g.name}' is a monitor: monitors are fed by links, not channels")
        if src and dst and src.count != dst.count and src.count != 1:
            ctx.err(cv, "E-system", f"a channel from '{src.name}' ({src.count} instances) to '{dst.name}' "
                    f"({dst.count}) must connect equal counts (same index) or come from a single instance")
        if src and dst and capacity:
            out[name] = (src.name, dst.name, capacity, _doc_of(ctx, cf, f"channel '{name}'"), ck.pos)
    return out


def _link_source(ctx: _Ctx, refs: _Refs, item: Node, lf: dict):
    """(source group, action, observed event) of a link: it says 'emit' or 'on'."""
    src = refs.group_ref(lf["from"][1])
    if ("emit" in lf) == ("on" in lf):
        ctx.err(item, "E-system", "a link has exactly one of 'emit' (an action of 'from') or 'on' (an event "
                "'from' takes, observed by a monitor)")
        return src, None, None
    if src and src.monitor:
        ctx.err(lf["from"][1], "E-system", f"'{src.name}' is a monitor: it observes, so no link starts from it")
    if "on" in lf:
        event = ctx.string(lf["on"][1], "an event")
        if src and event:
            refs.check_event(src, lf["on"][1], event)
        return src, "", event
    action = ctx.string(lf["emit"][1], "an action")
    if src and action and action not in {a.name for a in src.machine.actions}:
        ctx.err(lf["emit"][1], "E-unknown-action", f"machine '{src.machine.name}' has no action '{action}'")
    return src, action, ""


def _links(ctx: _Ctx, refs: _Refs, node: Node, channels: dict, mentions: list) -> list[Link]:
    """The links; `mentions` gets (channel, target group, event) of every link that names a
    channel in 'via', refused or not (so a refused link does not also leave its channel empty)."""
    links = []
    for item in _items(ctx, node, "links") if not _too_many(ctx, node, "links", MAX_LINKS) else ():
        lf = ctx.fields(item, "a link", ("from",), ("emit", "on", "to", "event", "args", "renew", "via", "doc"))
        if lf is None or "from" not in lf:
            continue
        _doc_of(ctx, lf, "a link")
        src, action, on = _link_source(ctx, refs, item, lf)
        if action is None:
            continue
        if ("renew" in lf) == ("to" in lf):
            ctx.err(item, "E-system", "a link has exactly one of 'to' (with 'event') or 'renew'")
            continue
        if "renew" in lf:
            if "event" in lf:
                ctx.err(lf["event"][0], "E-system", "a 'renew' link delivers no event")
            if on:
                ctx.err(lf["renew"][0], "E-system", "a link with 'on' feeds a monitor: it cannot renew")
            renew = [name for name, n in _names(ctx, lf["renew"][1], "an instance") if refs.group_ref(n)]
            for name in renew:
                if refs.by_name[name].monitor:
                    ctx.err(lf["renew"][1], "E-system", f"'{name}' is a monitor: it is never renewed")
            counts = {refs.by_name[r].count for r in renew if refs.by_name[r].count > 1}
            if len(counts) > 1:
                ctx.err(lf["renew"][1], "E-system", "groups renewed together restart by index: those with "
                        "several instances must have the same count")
            links.append(Link(src.name if src else "", action or "", "", "", tuple(renew), item.pos))
            continue
        dst = refs.group_ref(lf["to"][1])
        if "event" not in lf:
            ctx.err(item, "E-missing-key", "a link with 'to' needs 'event'")
            continue
        event = ctx.string(lf["event"][1], "an event")
        if dst and event:
            refs.check_event(dst, lf["event"][1], event)
        if src and dst and src.count != dst.count and src.count != 1:
            ctx.err(item, "E-system", f"a link from '{src.name}' ({src.count} instances) to '{dst.name}' "
                    f"({dst.count}) must connect equal counts (same index) or come from a single instance")
        if on and dst and not dst.monitor:
            ctx.err(lf["to"][1], "E-system", f"a link with 'on' observes an event: its target must be a monitor "
                    f"(a machine with monitor: true), and '{dst.name}' is not one")
        via = _via(ctx, lf, channels, src, dst, on) if "via" in lf else ""
        named = channels.get(str(lf["via"][1].value)) if "via" in lf and lf["via"][1].kind == "scalar" else None
        if named and dst and named[1] == dst.name and event and declared_event(dst.machine, event):
            mentions.append((str(lf["via"][1].value), dst.name, event))
        args = _link_args(ctx, lf, src, dst, event, item) if src and dst and event else ()
        if src and dst and event and (action or on) and via is not None and args is not None:
            links.append(Link(src.name, action, dst.name, event, (), item.pos, on, via, args))
    return links


def _link_args(ctx: _Ctx, lf: dict, src: Group, dst: Group, event: str, item: Node):
    """The values a link passes for its event's arguments: {arg: expression over the
    sender's vars and params}, each in the argument's range for every valuation (checked
    here, so a delivered value is always one the receiver's checks covered). None when
    refused."""
    declared = declared_event(dst.machine, event)
    if declared is None:
        return ()  # an unknown event: reported by check_event
    wanted = [a.name for a in declared.args]
    given = _pairs(ctx, lf["args"][1], "args") if "args" in lf else ()
    if {k.value for k, _ in given} != set(wanted):
        if wanted or given:
            ctx.err(lf["args"][0] if "args" in lf else item, "E-system",
                    f"event '{event}' of '{dst.name}' takes " + (f"args {', '.join(wanted)}: give each one a value "
                    f"(args: {{{wanted[0]}: <expression over {src.name}'s vars>}})" if wanted else "no args"))
        return () if not wanted and not given else None
    m = src.machine
    ranges = {v.name: (v.lo, v.hi) for v in m.vars} | {p: (x, x) for p, x in m.param_env.items()}
    out = []
    for k, v in given:
        arg = next(a for a in declared.args if a.name == k.value)
        text = v.value if v.kind == "scalar" and not isinstance(v.value, bool) else None
        try:
            if text is None:
                raise ExprError(0, f"the value of arg '{arg.name}' must be an expression or an integer")
            e = parse_expr(str(text))
            for n in names(e):
                if n.name not in ranges:
                    raise ExprError(n.offset, f"'{n.name}' is not a var or param of '{src.name}' "
                                              f"(machine '{m.name}'){did_you_mean(n.name, ranges)}")
            lo, hi = interval(e, ranges)
            if lo < arg.lo or hi > arg.hi:
                raise ExprError(0, f"arg '{arg.name}' of '{event}' is in [{arg.lo}, {arg.hi}]; this value can be "
                                   f"anything in [{lo}, {hi}]", "E-range")
        except ExprError as err:
            ctx.err(_expr_pos(v, err.offset), err.id, str(err))
            return None
        out.append((arg.name, e, str(text)))
    order = [a.name for a in declared.args]
    return tuple(sorted(out, key=lambda x: order.index(x[0])))


def _via(ctx: _Ctx, lf: dict, channels: dict, src, dst, on: str) -> Optional[str]:
    """A link's channel: it joins the link's two groups (None when it is refused)."""
    name = ctx.string(lf["via"][1], "a channel")
    if name is None:
        return None
    if name not in channels:
        ctx.err(lf["via"][1], "E-system", f"unknown channel '{name}'{did_you_mean(name, channels)}")
        return None
    if on:
        ctx.err(lf["via"][0], "E-system", "a link with 'on' feeds a monitor within the step: it takes no channel")
        return None
    source, target = channels[name][:2]
    if src and dst and (src.name, dst.name) != (source, target):
        ctx.err(lf["via"][1], "E-system", f"channel '{name}' goes from '{source}' to '{target}', not from "
                f"'{src.name}' to '{dst.name}'")
        return None
    return name


def _faults(ctx: _Ctx, node: Node, channels: dict) -> list[Fault]:
    """A variant's hostile network: {channel: {lose: n, duplicate: n, reorder: n}}."""
    out = []
    for ck, cv in _pairs(ctx, node, "faults"):
        if ck.value not in channels:
            ctx.err(ck, "E-system", f"unknown channel '{ck.value}'{did_you_mean(str(ck.value), channels)}")
            continue
        ff = ctx.fields(cv, f"the faults of channel '{ck.value}'", (), FAULTS)
        for kind in FAULTS if ff else ():
            if kind in ff:
                budget = _int(ctx, ff[kind][1], f"a {kind} budget", 1)
                if budget is not None and budget > 255:
                    ctx.err(ff[kind][1], "E-type", "a budget must be at most 255 (checkers store it in a byte)")
                elif budget is not None:
                    out.append(Fault(ck.value, kind, budget, ff[kind][0].pos, channels[ck.value][1]))
    return out


def _variants(ctx: _Ctx, refs: _Refs, node: Node, channels: dict) -> list[Variant]:
    variants = []
    slot = 0
    for vk, vv in _pairs(ctx, node, "variants") if not _too_many(ctx, node, "variants", MAX_VARIANTS) else ():
        ctx.name(vk, "a variant name")  # it names files (promela/<system>.<variant>.pml) and C++ types
        vf = ctx.fields(vv, f"variant '{vk.value}'", ("inputs",), ("faults", "doc"))
        if vf is None or "inputs" not in vf:
            continue
        inputs = []
        for item in _items(ctx, vf["inputs"][1], "inputs") if not _too_many(
                ctx, vf["inputs"][1], "inputs in a variant", MAX_INPUTS) else ():
            inf = ctx.fields(item, "an input", ("to", "event"), ("budget", "when", "stale", "doc"))
            if inf is None or "to" not in inf or "event" not in inf:
                continue
            _doc_of(ctx, inf, "an input")
            g = refs.group_ref(inf["to"][1])
            if g and g.monitor:
                ctx.err(inf["to"][1], "E-system", f"'{g.name}' is a monitor: only links feed it, not the environment")
            events = []
            for e, n in _names(ctx, inf["event"][1], "an event"):
                if g:
                    refs.check_event(g, n, e)
                    events += event_values(g.machine, e)  # every argument value: the checks stay exhaustive
            budget = _int(ctx, inf["budget"][1], "a budget", 1) if "budget" in inf else None
            if budget is not None and budget > 255:
                ctx.err(inf["budget"][1], "E-type", "a budget must be at most 255 (checkers store it in a byte)")
                budget = None
            when = []
            for wk, wv in _pairs(ctx, inf["when"][1], "when") if "when" in inf else ():
                wg = refs.group_ref(wk)
                named = _names(ctx, wv, "a state")
                if wg:
                    states = refs.states(wg, named)
                    if g and wg.count != 1 and wg.count != g.count:
                        ctx.err(wk, "E-system", f"'when' may name '{wg.name}' only if it has one instance "
                                f"or as many as '{g.name}'")
                    when.append((wg.name, tuple(states)))
            stale = bool(ctx.boolean(inf["stale"][1], "'stale'")) if "stale" in inf else False
            if g:
                inputs.append(Input(slot, g.name, tuple(events), budget, tuple(when), stale, item.pos))
                slot += budget is not None
        vdoc = _doc_of(ctx, vf, f"variant '{vk.value}'")
        faults = _faults(ctx, vf["faults"][1], channels) if "faults" in vf else []
        variants.append(Variant(vk.value, vdoc, tuple(inputs), vk.pos, tuple(faults)))
    return variants


def _properties(ctx: _Ctx, refs: _Refs, node: Node, variants: list[Variant], channels: dict) -> list[Property]:
    properties = []
    for pk, pv in _pairs(ctx, node, "properties") if not _too_many(ctx, node, "properties", MAX_PROPERTIES) else ():
        ctx.name(pk, "a property name")  # it names counterexample files, macros and C++ constants
        kind_node = pv
        kind = pk.value
        if pv.kind == "map" and any(k.value == "kind" for k, _ in pv.value):
            kind = ctx.string(dict((k.value, v) for k, v in pv.value)["kind"], "a property kind")
            if kind is None:
                continue
        if pv.kind != "map" and not (pv.kind == "scalar" and pv.value is None):
            ctx.err(pv, "E-type", f"property '{pk.value}' must be a mapping (or empty), "
                    f"found {pv.type_name(article=True)}")
            continue
        if kind not in PROPERTY_KINDS:
            ctx.err(pk, "E-system", f"unknown property kind '{kind}'{did_you_mean(kind, PROPERTY_KINDS)}; "
                    f"one of {', '.join(PROPERTY_KINDS)} (or name it freely and give 'kind')")
            continue
        required, optional = PROPERTY_KINDS[kind]
        pf = ctx.fields(pv, f"property '{pk.value}'", required, optional + ("kind",)) \
            if pv.kind == "map" else ({} if not required else ctx.fields(kind_node, "a property", required, optional))
        if pf is None:
            continue
        values = {key: (ctx.string(pf[key][1], f"'{key}'") or "") if key in pf else ""
                  for key in ("item", "count", "deliver", "close", "never", "after")}
        g = refs.group_ref(pf["instances"][1]) if "instances" in pf else None
        if g:
            for key in ("item", "deliver", "close"):
                if key in pf and values[key]:
                    refs.check_event(g, pf[key][1], values[key])
            if "count" in pf and values["count"]:
                refs.check_var(g, pf["count"][1], values["count"])
            for key in ("never", "after"):
                if key in pf and values[key]:
                    refs.check_event_or_action(g, pf[key][1], values[key])
        discard = []
        for e, n in _names(ctx, pf["discard"][1], "an event") if "discard" in pf else ():
            if g:
                refs.check_event(g, n, e)
            discard.append(e)
        pvariants = []
        for v, n in _names(ctx, pf["variants"][1], "a variant") if "variants" in pf else ():
            if v not in {x.name for x in variants}:
                ctx.err(n, "E-system", f"unknown variant '{v}'")
            pvariants.append(v)
        when = _state_conditions(ctx, refs, pf["when"][1]) if "when" in pf else ()
        extra: dict = {}
        if kind == "always" and "expr" in pf:
            extra = _invariant(ctx, refs, g, pf)
            when = extra.pop("when")
        elif kind == "reachable":
            if "when" not in pf and "expr" not in pf:
                ctx.err(pk, "E-missing-key", f"property '{pk.value}' needs 'when', 'expr' or both")
            if "expr" in pf:
                extra = _condition(ctx, refs, None, pf["expr"][1], extra_groups={w for w, _ in when})
        elif kind == "monitor" and g:
            extra = {"bad": _monitor_bad(ctx, refs, g, pf)}
        elif kind == "no_overflow":
            named = _names(ctx, pf["channels"][1], "a channel") if "channels" in pf else []
            for c, n in named:
                if c not in channels:
                    ctx.err(n, "E-system", f"unknown channel '{c}'{did_you_mean(c, channels)}")
            extra = {"channels": tuple(c for c, _ in named)}
        elif kind == "leads_to" and g:
            named = _names(ctx, pf["eventually"][1], "an event or action")
            for name, n in named:
                refs.check_event_or_action(g, n, name)
            extra = {"eventually": tuple(name for name, _ in named)}
        properties.append(Property(pk.value, kind, g.name if g else "", values["item"], values["count"],
                                   values["deliver"], tuple(discard), values["close"], tuple(pvariants),
                                   _doc_of(ctx, pf, f"property '{pk.value}'"), pk.pos, when,
                                   values["never"], values["after"], **extra))
    return properties


def _monitor_bad(ctx: _Ctx, refs: "_Refs", g: Group, pf: dict) -> tuple[str, ...]:
    """monitor: the group is a monitor; its 'bad' states (a violation answer fails too)."""
    if not g.monitor:
        ctx.err(pf["instances"][1], "E-system", f"'{g.name}' is not a monitor: a monitor property watches an "
                "instance of a machine with monitor: true")
    return refs.states(g, _names(ctx, pf["bad"][1], "a state") if "bad" in pf else [])


def _term(refs: "_Refs", g: Optional[Group], name: str, offset: int):
    """always: what a name in the expression denotes: (name, group, var) for a var of an
    instance, (name, "", value) for a param; its range. `var` is a var or param of the
    property's group, `inst.var` one of instance group `inst`."""
    owner, _, field_name = name.rpartition(".")
    if owner in refs.channels:  # channel.event: how many of those messages are in flight in its queue
        c = refs.channels[owner]
        carried = list(dict.fromkeys(base_event(refs.by_name[c.target].machine, e) for e in c.events))
        if field_name not in carried:  # an event with args: every value counts
            raise ExprError(offset, f"channel '{owner}' carries no '{field_name}'{did_you_mean(field_name, carried)}")
        return (name, "@" + owner, field_name), (0, c.capacity)
    if owner:
        grp = refs.by_name.get(owner)
        if grp is None:
            raise ExprError(offset, f"'{owner}' is not an instance{did_you_mean(owner, refs.by_name)}")
    elif g is None:
        raise ExprError(offset, f"'{name}' names no instance: write instance.{name}, or give the property "
                                "'instances'")
    else:
        grp = g
    m = grp.machine
    for v in m.vars:
        if v.name == field_name:
            return (name, grp.name, v.name), (v.lo, v.hi)
    if field_name in m.param_env:
        x = m.param_env[field_name]
        return (name, "", x), (x, x)
    known = [v.name for v in m.vars] + list(m.param_env)
    raise ExprError(offset, f"'{field_name}' is not a var or param of machine '{m.name}' (instance '{grp.name}')"
                            f"{did_you_mean(field_name, known)}")


def _condition(ctx: _Ctx, refs: "_Refs", g: Optional[Group], node: Node, extra_groups=frozenset()) -> dict:
    """A condition over instances (always, reachable): {expr, expr_text, terms, width};
    expr None after an error. Groups of several instances it names (with extra_groups)
    are paired by index: one instance or one common count."""
    out = {"expr": None, "expr_text": ctx.string(node, "an expression") or ""}
    if not out["expr_text"]:
        return out
    try:
        e = parse_expr(out["expr_text"])
        if type_of(e) != "bool":
            raise ExprError(0, "the expression must be a condition (a comparison, or && / || of them)")
        terms, ranges = {}, {}
        for n in names(e):
            terms[n.name], ranges[n.name] = _term(refs, g, n.name, n.offset)
        interval(e, ranges)
    except ExprError as err:
        ctx.err(_expr_pos(node, err.offset), err.id, str(err))
        return out
    groups = {refs.channels[t[1][1:]].target if t[1].startswith("@") else t[1] for t in terms.values() if t[1]} \
        | set(extra_groups) | ({g.name} if g else set())
    counts = {refs.by_name[x].count for x in groups} - {1}
    if len(counts) > 1:
        ctx.err(node, "E-system", "a condition over several instances pairs them by index: the groups it names "
                "(" + ", ".join(sorted(groups)) + ") must have one instance or one common count")
        return out
    out.update(expr=e, terms=tuple(terms.values()), width=max(counts, default=1))
    return out


def _invariant(ctx: _Ctx, refs: "_Refs", g: Optional[Group], pf: dict) -> dict:
    """always: a condition over vars and params of instances, that holds at every index
    (the groups it names have one instance or one common count) in every reachable
    configuration where the 'in' states hold; checked here on the initial one."""
    node = pf["expr"][1]
    out = {"expr": None, "expr_text": ctx.string(node, "an expression") or "", "when": ()}
    if "in" in pf and pf["in"][1].kind == "map":
        out["when"] = _state_conditions(ctx, refs, pf["in"][1])
    elif "in" in pf and g is None:
        ctx.err(pf["in"][1], "E-system", "a list of states in 'in' needs 'instances' (or write {instance: [states]})")
    elif "in" in pf:
        out["when"] = ((g.name, refs.states(g, _names(ctx, pf["in"][1], "a state"))),)
    if not out["expr_text"]:
        return out
    out.update(_condition(ctx, refs, g, node, {w for w, _ in out["when"]}))
    if out["expr"] is None:
        return out
    inits = {(grp.name, v.name): v.init for grp in refs.by_name.values() for v in grp.machine.vars}
    initial = {name: (0 if grp.startswith("@") else inits[(grp, var)]) if grp else var
               for name, grp, var in out["terms"]}  # channels start empty
    in_initial = all(refs.by_name[w].machine.initial.name in states for w, states in out["when"])
    if in_initial and not evaluate(out["expr"], initial):
        ctx.err(node, "E-system", "the invariant does not hold in the initial configuration")
    return out


def _state_conditions(ctx: _Ctx, refs: "_Refs", node: Node) -> tuple:
    """{instance: state or [states]}: (group, states) pairs, each checked."""
    out = []
    for wk, wv in _pairs(ctx, node, "when"):
        wg = refs.group_ref(wk)
        named = _names(ctx, wv, "a state")
        if wg:
            out.append((wg.name, refs.states(wg, named)))
    if not out and node.kind == "map":
        ctx.err(node, "E-system", "'when' names no instance")
    return tuple(out)


def _monitors_used(ctx: _Ctx, groups: list[Group], links: list[Link], properties: list[Property]) -> None:
    """A monitor that no link feeds, or that no property reads, checks nothing: refused."""
    for g in groups:
        if not g.monitor:
            continue
        if not any(l.target == g.name for l in links):
            ctx.err(g.pos, "E-system", f"monitor '{g.name}' is fed by no link (links: - {{from: X, on: EVENT, "
                    f"to: {g.name}, event: E}} or emit: ACTION)")
        named = {p.group for p in properties} | {w for p in properties for w, _ in p.when} \
            | {t[1] for p in properties for t in p.terms}
        if g.name not in named:
            ctx.err(g.pos, "E-system", f"monitor '{g.name}' is read by no property (kind: monitor, "
                    f"instances: {g.name})")


def _expect(ctx: _Ctx, node: Node, variants: list[Variant], properties: list[Property]) -> dict:
    expect: dict = {}
    for ek, ev in _pairs(ctx, node, "expect"):
        if ek.value not in {v.name for v in variants}:
            ctx.err(ek, "E-system", f"unknown variant '{ek.value}'")
        named = _names(ctx, ev, "a property")
        for p, n in named:
            if p not in {x.name for x in properties}:
                ctx.err(n, "E-system", f"unknown property '{p}'")
        expect[ek.value] = frozenset(p for p, _ in named)
    return expect


def validate_system(root: Node, file: str, base_dir: str, display_dir: str) -> System:
    out = Collector()
    ctx = _Ctx(out)
    f = ctx.fields(root, "a system file", ("phasegen", "system", "instances"),
                   ("doc", "channels", "links", "variants", "properties", "expect", "runtime", "$schema"))
    if f is None:
        out.raise_if_any()
    if "phasegen" in f and (f["phasegen"][1].value != SPEC_FORMAT or isinstance(f["phasegen"][1].value, bool)):
        ctx.err(f["phasegen"][1], "E-version", f"this phasegen reads spec format {SPEC_FORMAT}")
    name = ctx.name(f["system"][1], "the system name", namespace=True) if "system" in f else "system"
    doc = _doc_of(ctx, f, "the system")
    groups = _instances(ctx, f["instances"][1], base_dir, display_dir) if "instances" in f else []
    out.raise_if_any()
    refs = _Refs(ctx, groups)
    declared = _channels(ctx, refs, f["channels"][1]) if "channels" in f else {}
    mentions: list = []
    links = _links(ctx, refs, f["links"][1], declared, mentions) if "links" in f else []
    channels = []
    for cname, (source, target, capacity, cdoc, cpos) in declared.items():
        events = tuple(dict.fromkeys(e for via, t, ev in mentions if via == cname
                                     for e in event_values(refs.by_name[t].machine, ev)))
        if not events:
            ctx.err(cpos, "E-system", f"channel '{cname}' carries nothing: no link names it in 'via'")
        channels.append(Channel(cname, source, target, capacity, events, cdoc, cpos))
        if cname in refs.by_name:
            ctx.err(cpos, "E-duplicate", f"channel '{cname}' has the name of an instance group (an invariant's "
                    f"'{cname}.x' must say which)")
    refs.channels = {c.name: c for c in channels}
    variants = _variants(ctx, refs, f["variants"][1], declared) if "variants" in f else []
    properties = _properties(ctx, refs, f["properties"][1], variants, declared) if "properties" in f else []
    expect = _expect(ctx, f["expect"][1], variants, properties) if "expect" in f else {}
    if not variants and not out.items:
        ctx.err(root, "E-system", "a system needs at least one variant (its environment)")
    _link_cycles(ctx, groups, links)
    if not out.items:
        _monitors_used(ctx, groups, links, properties)
    from .roles import runtime_section  # the runtime's roles, proved over every argument value
    runtime = runtime_section(ctx, refs, f, base_dir, display_dir, links) if "runtime" in f else None
    out.raise_if_any()
    return System(name, doc, file, tuple(groups), tuple(links), tuple(variants), tuple(properties), expect, root.pos,
                  tuple(channels), runtime)
