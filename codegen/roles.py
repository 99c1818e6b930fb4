"""Runtime roles: a system file's `runtime:` section, validated, proved and emitted.

The section says, in the spec's names, what the generic runtime (phasegen/roles.hpp,
channels.hpp, session.hpp) needs to know about the system's machines: per channel group,
which var counts an entry's queue, which events enqueue, dequeue, discard, attach,
release and fail a channel, and the dequeue's "nothing yet" code; for the session group,
its gate events, routing and live states, escalation event and runtime actions.

The roles are about the machines as generated (each machine file with its own params,
as its header is), not the system's param overrides. `runtime_section` validates the
section (located errors, did-you-mean for unknown names, state groups wherever states
are listed) and proves every property phasegen/roles.hpp proves at compile time, over
every state, valuation and event *argument value* (the machine's expansion, stepped by
the reference interpreter), each failure at the row that breaks it. `emit` renders one
header per system (template roles.hpp.j2): a Roles struct per channel machine, one
SessionRoles struct, and a static_assert of each naming the spec line.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Optional

from . import interp
from .diag import Pos, did_you_mean
from .load import Node
from .model import Machine

PROOF_LIMIT = 1 << 16  # phasegen::roles::proof_limit: configurations a compile-time proof walks
OPEN = ("implicit", "explicit")
CHANNEL_LISTS = ("enqueue", "dequeue", "discard")


@dataclass(frozen=True)
class ChannelRoles:
    """The roles of one channel group's machine (a ChannelTable of it)."""
    group: str
    machine: Machine  # as generated (its file's params), expanded per argument value
    explicit_open: bool
    queue: str  # "" when an entry holds no items
    queue_bound: int
    enqueue: tuple[str, ...]
    dequeue: tuple[str, ...]
    discard: tuple[str, ...]
    attach: tuple[str, ...]  # 0 or 1
    release: tuple[str, ...]  # 0 or 1
    fail: str
    empty: str  # a code; "" without a queue
    pos: Pos

    @property
    def proved_by_generator(self) -> bool:
        return _proved_by_generator(self.machine)


@dataclass(frozen=True)
class SessionRoles:
    group: str
    machine: Machine
    frames: tuple[str, ...]
    routes: tuple[str, ...]
    live: tuple[str, ...]
    escalate: str
    fail_channels: str
    begin_generation: tuple[str, ...]  # 0 or 1
    protocol_error: str
    pos: Pos

    @property
    def proved_by_generator(self) -> bool:
        return _proved_by_generator(self.machine)


@dataclass(frozen=True)
class Runtime:
    channels: tuple[ChannelRoles, ...]
    session: Optional[SessionRoles]
    pos: Pos


def _proved_by_generator(m: Machine) -> bool:
    """Whether the compile-time proofs are left to this module: a machine past their limit,
    or one whose events carry arguments (those proofs step every event with Args{})."""
    return len(m.states) * interp.valuation_count(m) > PROOF_LIMIT or m.source is not None


# --- validation -----------------------------------------------------------------------------

class _Reader:
    def __init__(self, ctx, refs, f: dict, base_dir: str, display_dir: str):
        self.ctx, self.refs = ctx, refs
        self.f, self.base_dir, self.display_dir = f, base_dir, display_dir
        self.cache: dict = {}

    def err(self, node, id: str, message: str) -> None:
        self.ctx.err(node, id, message)

    def machine(self, g) -> Optional[Machine]:
        """g's machine as generated: the group's own when the system overrides no param."""
        from .system import _load_machine

        for k, v in self.f["instances"][1].value if self.f["instances"][1].kind == "map" else ():
            if k.value != g.name or v.kind != "map":
                continue
            fields = {kk.value: vv for kk, vv in v.value}
            if "params" not in fields:
                return g.machine
            return _load_machine(self.ctx, fields["machine"], self.base_dir, self.display_dir, {}, self.cache)
        return g.machine

    def events(self, m: Machine, node: Node, what: str) -> tuple[str, ...]:
        """Declared events of m (a name or a list of names)."""
        declared = [e.name for e in (m.source or m).events]
        out: dict = {}
        for name, n in self.ctx.names(node, what):
            if name not in declared:
                self.err(n, "E-unknown-event", f"machine '{m.name}' has no event '{name}'{did_you_mean(name, declared)}")
            elif name in out:
                self.err(n, "E-roles", f"event '{name}' is listed twice")
            else:
                out[name] = None
        return tuple(out)

    def one_event(self, m: Machine, node: Node, what: str) -> tuple[str, ...]:
        """A single declared event (attach, release, fail, escalate), as a list of 0 or 1."""
        name = self.ctx.string(node, what)
        return self.events(m, node, what) if name is not None else ()

    def action(self, m: Machine, node: Node, what: str) -> str:
        name = self.ctx.string(node, what)
        if name is None:
            return ""
        names = [a.name for a in m.actions]
        if name not in names:
            self.err(node, "E-unknown-action", f"machine '{m.name}' has no action '{name}'{did_you_mean(name, names)}")
            return ""
        return name

    def states(self, g, m: Machine, node: Node, what: str) -> tuple[str, ...]:
        return self.refs.states(dataclasses.replace(g, machine=m), self.ctx.names(node, what))


def runtime_section(ctx, refs, f: dict, base_dir: str, display_dir: str, links=()) -> Optional[Runtime]:
    """The system file's `runtime:` section (f: the system file's fields), validated and
    proved; errors go to ctx. None when it has errors. `links`: the system's, so that
    what the runtime does on the session's actions is what the model does too."""
    node = f["runtime"][1]
    before = len(ctx.out.items)
    rf = ctx.fields(node, "the runtime section", (), ("channels", "session", "doc"))
    if rf is None:
        return None
    if "doc" in rf:
        ctx.string(rf["doc"][1], "the doc of the runtime section")
    if "channels" not in rf and "session" not in rf:
        ctx.err(node, "E-missing-key", "the runtime section needs 'channels', 'session' or both")
    r = _Reader(ctx, refs, f, base_dir, display_dir)
    channels: list[ChannelRoles] = []
    if "channels" in rf:
        cnode = rf["channels"][1]
        if cnode.kind != "map" or not cnode.value:
            ctx.err(cnode, "E-type", "'channels' must be a mapping from instance groups to their roles, found "
                    + ("an empty one" if cnode.kind == "map" else cnode.type_name(article=True)))
        for k, v in cnode.value if cnode.kind == "map" else ():
            g = refs.group_ref(k)
            if g is None:
                continue
            c = _channel(r, g, k, v)
            if c is not None:
                channels.append(c)
    session = _session(r, *rf["session"]) if "session" in rf else None
    seen: dict = {}
    for c in channels:
        key = (c.machine.namespace, c.machine.name)
        if key in seen:
            ctx.err(c.pos, "E-roles", f"machine '{c.machine.name}' already has runtime roles (group '{seen[key]}'): "
                    "its Roles struct is one per machine")
        seen[key] = c.group
    if session is not None and (session.machine.namespace, session.machine.name) in seen:
        ctx.err(session.pos, "E-roles", f"machine '{session.machine.name}' cannot be both a channel machine and "
                "the session")
    if len(ctx.out.items) > before:
        return None
    if session is not None:
        _modelled(ctx, session, channels, links)
    for c in channels:
        _prove_channel(ctx, c)
    if session is not None:
        _prove_session(ctx, session)
    if len(ctx.out.items) > before:
        return None
    return Runtime(tuple(channels), session, node.pos)


def _channel(r: _Reader, g, key: Node, node: Node) -> Optional[ChannelRoles]:
    ctx = r.ctx
    cf = ctx.fields(node, f"runtime channel group '{g.name}'", ("open", "fail"),
                    ("queue", "enqueue", "dequeue", "discard", "attach", "release", "empty", "doc"))
    if cf is None or "open" not in cf or "fail" not in cf:
        return None
    if g.monitor:
        ctx.err(key, "E-roles", f"'{g.name}' is a monitor: it observes the system, the runtime does not run it")
    m = r.machine(g)
    if m is None:
        return None
    if "doc" in cf:
        ctx.string(cf["doc"][1], f"the doc of runtime channel group '{g.name}'")
    opened = ctx.string(cf["open"][1], "'open'")
    if opened is not None and opened not in OPEN:
        ctx.err(cf["open"][1], "E-roles", f"'open' is implicit (the initial state stands for 'no channel yet') or "
                f"explicit (the table's open() creates the entry){did_you_mean(opened, OPEN)}")
    lists = {k: r.events(m, cf[k][1], "an event") if k in cf else () for k in CHANNEL_LISTS}
    single = {k: r.one_event(m, cf[k][1], "an event") if k in cf else () for k in ("attach", "release", "fail")}
    queue, bound = "", 0
    if "queue" in cf:
        queue = ctx.string(cf["queue"][1], "'queue' (a var)") or ""
        var = next((v for v in m.vars if v.name == queue), None)
        if queue and var is None:
            ctx.err(cf["queue"][1], "E-roles", f"machine '{m.name}' has no var '{queue}'"
                    f"{did_you_mean(queue, [v.name for v in m.vars])}")
        elif var is not None and (var.lo != 0 or var.hi <= 0):
            ctx.err(cf["queue"][1], "E-roles", f"the queue var '{queue}' counts items: its range must be [0, bound] "
                    f"with a bound > 0, not [{var.lo}, {var.hi}]")
        elif var is not None:
            bound = var.hi
    empty = ""
    if "empty" in cf:
        empty = ctx.string(cf["empty"][1], "'empty' (a code)") or ""
        if empty and empty not in m.codes:
            ctx.err(cf["empty"][1], "E-roles", f"machine '{m.name}' has no ignore reason, reject code or rule "
                    f"'{empty}'{did_you_mean(empty, m.codes)}")
    where = cf["queue"][0] if "queue" in cf else key
    if queue:
        for k in ("enqueue", "dequeue"):
            if k not in cf:
                ctx.err(where, "E-roles", f"a channel with a queue needs '{k}' events")
        if "empty" not in cf:
            ctx.err(where, "E-roles", "a channel with a queue needs 'empty': the dequeue's code for 'nothing queued "
                    "yet' (a waiting consumer waits on it)")
    else:
        for k in ("enqueue", "dequeue", "discard", "empty"):
            if k in cf:
                ctx.err(cf[k][0], "E-roles", f"'{k}' needs a queue: without 'queue' an entry holds no items")
    for a, b in (("enqueue", "dequeue"), ("enqueue", "discard"), ("dequeue", "discard")):
        for e in set(lists[a]) & set(lists[b]):
            ctx.err(cf[b][1], "E-roles", f"event '{e}' is both {_a(a)} and {_a(b)} event: each event has one effect on "
                    "the queue")
    return ChannelRoles(g.name, m, opened == "explicit", queue, bound, lists["enqueue"], lists["dequeue"],
                        lists["discard"] if queue else (), single["attach"], single["release"],
                        single["fail"][0] if single["fail"] else "", empty, key.pos)


def _session(r: _Reader, key: Node, node: Node) -> Optional[SessionRoles]:
    ctx = r.ctx
    sf = ctx.fields(node, "the runtime session", ("instances", "frames", "routes", "live", "escalate",
                                                   "fail_channels", "protocol_error"), ("begin_generation", "doc"))
    if sf is None or any(k not in sf for k in ("instances", "frames", "routes", "live", "escalate",
                                                "fail_channels", "protocol_error")):
        return None
    g = r.refs.group_ref(sf["instances"][1])
    if g is None:
        return None
    if g.count != 1:
        ctx.err(sf["instances"][1], "E-roles", f"the session is one instance; '{g.name}' has {g.count}")
    m = r.machine(g)
    if m is None:
        return None
    if "doc" in sf:
        ctx.string(sf["doc"][1], "the doc of the runtime session")
    escalate = r.one_event(m, sf["escalate"][1], "an event")
    begin = (r.action(m, sf["begin_generation"][1], "an action"),) if "begin_generation" in sf else ()
    return SessionRoles(g.name, m, r.events(m, sf["frames"][1], "an event"),
                        r.states(g, m, sf["routes"][1], "a state"), r.states(g, m, sf["live"][1], "a state"),
                        escalate[0] if escalate else "", r.action(m, sf["fail_channels"][1], "an action"),
                        tuple(a for a in begin if a), r.action(m, sf["protocol_error"][1], "an action"),
                        key.pos)


# --- proofs ---------------------------------------------------------------------------------

def _modelled(ctx, session: SessionRoles, channels, links) -> None:
    """The runtime fails every channel on the session's fail_channels action, and renews
    every channel table on begin_generation: the system's links must do the same, or the
    checked model is not the one that runs."""
    for c in channels:
        if not any(l.source == session.group and l.action == session.fail_channels and l.target == c.group
                   and l.event == c.fail and not l.via for l in links):
            ctx.err(c.pos, "E-roles", f"the runtime fails '{c.group}' with '{c.fail}' when '{session.group}' emits "
                    f"'{session.fail_channels}', and the system does not: add the link - {{from: {session.group}, "
                    f"emit: {session.fail_channels}, to: {c.group}, event: {c.fail}}}")
        for action in session.begin_generation:
            if not any(l.source == session.group and l.action == action and c.group in l.renew for l in links):
                ctx.err(c.pos, "E-roles", f"the runtime renews '{c.group}' when '{session.group}' emits '{action}', "
                        f"and the system does not: add '{c.group}' to a link - {{from: {session.group}, emit: "
                        f"{action}, renew: [...]}}")


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _base(m: Machine, event: str) -> str:
    e = m.events[m.event_index[event]]
    return e.base or e.name


def _source(m: Machine, declared: str) -> str:
    return next(e.source for e in (m.source or m).events if e.name == declared)


def _steps(m: Machine):
    """(state, valuation, event, step) for every configuration and event of m's expansion."""
    for s in m.states:
        for values in interp.valuations(m):
            for e in m.events:
                yield s.name, values, e.name, interp.step(m, (s.name, values), e.name)


def _at(m: Machine, values) -> str:
    return ", ".join(f"{v.name} = {x}" for v, x in zip(m.vars, values))


def _where(s: str, m: Machine, values, event: str) -> str:
    vals = _at(m, values)
    return f"in state {s}" + (f" with {vals}" if vals else "") + f", event {event}"


class _Report:
    """One diagnostic per (row, rule): the first configuration that breaks it."""

    def __init__(self, ctx, roles_pos: Pos, group: str):
        self.ctx, self.seen = ctx, set()
        self.suffix = f" (the runtime roles of '{group}', {roles_pos})"

    def row(self, row, rule: str, message: str) -> None:
        if (row.pos, rule) not in self.seen:
            self.seen.add((row.pos, rule))
            self.ctx.err(row.pos, "E-roles", message + self.suffix)

    def at(self, pos, message: str) -> None:
        if (pos, message) not in self.seen:
            self.seen.add((pos, message))
            self.ctx.err(pos, "E-roles", message)


def _absorbing(m: Machine) -> set[str]:
    """States no event leaves, for any valuation (terminal states are: check.py proves it)."""
    leaves = {s for s, _, _, st in _steps(m) if st.after[0] != s}
    return {s.name for s in m.states} - leaves


def _prove_channel(ctx, c: ChannelRoles) -> None:
    m = c.machine
    rep = _Report(ctx, c.pos, c.group)
    # who sends what
    for key, events, ok, says in (("enqueue", c.enqueue, lambda s: s != "local", "comes from outside (not local)"),
                                  ("dequeue", c.dequeue, lambda s: s == "local", "is local"),
                                  ("attach", c.attach, lambda s: s == "local", "is local"),
                                  ("release", c.release, lambda s: s == "local", "is local"),
                                  ("fail", (c.fail,), lambda s: s == "session", "comes from the session")):
        for e in events:
            if not ok(_source(m, e)):
                rep.at(c.pos, f"'{key}' event '{e}' has source {_source(m, e)}: {_a(key)} event {says}")
    for e in c.release:
        if c.queue and e not in c.discard:
            rep.at(c.pos, f"release event '{e}' must also be a discard event (releasing a channel discards its "
                   "queue, counted)")
    # the initial state
    init = interp.initial(m)
    if m.initial.name in _absorbing(m):
        rep.at(c.pos, f"the initial state {m.initial.name} absorbs every event: a channel could never live")
    qi = next((i for i, v in enumerate(m.vars) if v.name == c.queue), None)
    if qi is not None and init[1][qi] != 0:
        rep.at(c.pos, f"the queue var '{c.queue}' starts at {init[1][qi]}: an entry starts with an empty queue")
    absorbing = _absorbing(m)
    for s, values, event, st in _steps(m):
        base = _base(m, event)
        where = _where(s, m, values, event)
        if qi is not None:
            q, after = values[qi], st.after[1][qi]
            if st.kind != "transition":
                if after != q:
                    rep.row(st.row, "keep", f"an {st.kind} changes the queue var '{c.queue}' ({where})")
            elif base in c.enqueue and after != q + 1:
                rep.row(st.row, "enqueue", f"'{base}' is an enqueue event: its transition must add one to "
                        f"'{c.queue}': it takes it from {q} to {after} ({where})")
            elif base in c.dequeue and after != q - 1:
                rep.row(st.row, "dequeue", f"'{base}' is a dequeue event: its transition must remove one from "
                        f"'{c.queue}': it takes it from {q} to {after} ({where})")
            elif base in c.discard and after not in (q, 0):
                rep.row(st.row, "discard", f"'{base}' is a discard event: its transition must keep '{c.queue}' "
                        f"or empty it: it takes it from {q} to {after} ({where})")
            elif base not in c.enqueue + c.dequeue + c.discard and after != q:
                rep.row(st.row, "other", f"'{base}' has no queue role (enqueue, dequeue, discard), so its "
                        f"transition must keep '{c.queue}': it takes it from {q} to {after} ({where})")
            if base in c.dequeue and st.code == c.empty and c.empty and (st.kind != "ignore" or q != 0):
                rep.row(st.row, "empty", f"the dequeue answers '{c.empty}' (the 'empty' code) only as an ignore "
                        f"with '{c.queue}' at 0; here it is {_a(st.kind)} "
                        f"with {c.queue} = {q} ({where})")
        if base in c.enqueue and s in absorbing and st.kind == "transition":
            rep.row(st.row, "tombstone", f"enqueue event '{base}' is a transition in {s}, which no event leaves: a "
                    f"tombstone's queue could fill again ({where})")


def _prove_session(ctx, r: SessionRoles) -> None:
    m = r.machine
    rep = _Report(ctx, r.pos, r.group)
    runtime_actions = {r.fail_channels, *r.begin_generation}
    actions = [a.name for a in m.actions]
    for a in r.begin_generation:
        if not m.generational:
            rep.at(r.pos, f"begin_generation '{a}' needs a generational session machine (generational: true)")
        if r.fail_channels and actions.index(r.fail_channels) >= actions.index(a):
            rep.at(r.pos, f"action '{r.fail_channels}' (fail_channels) must be declared before '{a}' "
                   "(begin_generation): actions run in declaration order, and the channels fail first")
    for e in r.frames:
        if _source(m, e) == "local":
            rep.at(r.pos, f"gate event '{e}' has source local: a frame comes from outside")
    if r.escalate and _source(m, r.escalate) != "local":
        rep.at(r.pos, f"escalate event '{r.escalate}' has source {_source(m, r.escalate)}: a violation we detect "
               "is local")
    for s in r.routes:
        if s not in r.live:
            rep.at(r.pos, f"state {s} routes frames, so it must be live")
    moves: dict = {}
    for s, values, event, st in _steps(m):
        base = _base(m, event)
        if base not in r.frames:
            continue
        where = _where(s, m, values, event)
        if st.kind == "transition":
            moves[(s, base)] = True
            if s not in r.routes:
                rep.row(st.row, "route", f"gate event '{base}' moves only in a routes state, and {s} is not one "
                        f"({where})")
            elif st.after[0] != s:
                rep.row(st.row, "stay", f"gate event '{base}' must stay in its routing state, it moves to "
                        f"{st.after[0]} ({where})")
            bad = sorted(runtime_actions & set(st.emit))
            if bad:
                rep.row(st.row, "emit", f"gate event '{base}' may not emit {', '.join(bad)} (the runtime performs "
                        f"those on the tables) ({where})")
        if s in r.live and st.kind not in ("transition", "violation"):
            rep.row(st.row, "live", f"in a live state a gate event is routed or a violation; '{base}' is "
                    f"{_a(st.kind)} here ({where})")
        if s not in r.live and st.kind != "ignore":
            rep.row(st.row, "dead", f"outside the live states a gate event is ignored; '{base}' is "
                    f"{_a(st.kind)} here ({where})")
    for s in r.routes:
        for e in r.frames:
            if not moves.get((s, e)):
                rep.at(r.pos, f"state {s} routes, but gate event '{e}' is never a transition there")


# --- emission -------------------------------------------------------------------------------

def _ns(m: Machine) -> str:
    return f"{m.namespace}::{m.name}" if m.namespace else m.name


def output_path(system, namespace_dirs: bool, stem: str) -> str:
    """Where a system's roles header goes: beside its session's (or first channel's)
    machine header with --namespace-dirs, else after the system file."""
    if not namespace_dirs:
        return f"{stem}.roles.hpp"
    rt = system.runtime
    m = rt.session.machine if rt.session else rt.channels[0].machine
    return "/".join(([*m.namespace.split("::")] if m.namespace else []) + [f"{system.name}.roles.hpp"])


def _array(kind: str, field: str, names) -> str:
    """A typed std::array member: its enumerators (an empty one is std::array<kind, 0>)."""
    names = list(names)
    return (f"static constexpr std::array<{kind}, {len(names)}> {field} = {{"
            + ", ".join(f"{kind}::{n}" for n in names) + "};")


def emit(system, namespace_dirs: bool, stem: str, regenerate: str) -> dict[str, str]:
    """{path: text} of the system's roles header; {} when it has no runtime section."""
    from .emit import _env, code_ident, include_path
    from .outputs import output_stem

    rt = system.runtime
    if rt is None:
        return {}

    def include(m: Machine) -> str:
        return (include_path(m) if namespace_dirs else output_stem(m.file)) + ".hpp"

    def where(pos: Pos) -> str:
        return f"{pos.file}:{pos.line}:{pos.col}"

    structs = []
    for c in rt.channels:
        m = c.machine
        fields = [
            f"static constexpr bool explicit_open = {'true' if c.explicit_open else 'false'};",
            f'static constexpr std::string_view queue = {chr(34) + c.queue + chr(34) if c.queue else "{}"};',
            f"static constexpr int queue_bound = {c.queue_bound};",
            *(_array("Event", k, getattr(c, k)) for k in ("enqueue", "dequeue", "discard", "attach", "release")),
            f"static constexpr Event fail = Event::{c.fail};",
        ]
        if c.queue:
            fields.append(f"static constexpr Code empty = Code::{code_ident(c.empty)};")
        structs.append({"ns": _ns(m), "name": "Roles", "group": c.group, "where": where(c.pos), "fields": fields,
                        "proved": c.proved_by_generator, "check": "channel_roles_hold", "machine": _ns(m)})
    if rt.session:
        r = rt.session
        fields = [
            _array("Event", "frames", r.frames),
            _array("State", "routes", r.routes),
            _array("State", "live", r.live),
            f"static constexpr Event escalate = Event::{r.escalate};",
            f"static constexpr Action fail_channels = Action::{r.fail_channels};",
            _array("Action", "begin_generation", r.begin_generation),
            f"static constexpr Action protocol_error = Action::{r.protocol_error};",
        ]
        structs.append({"ns": _ns(r.machine), "name": "SessionRoles", "group": r.group, "where": where(r.pos),
                        "fields": fields, "proved": r.proved_by_generator, "check": "session_roles_hold",
                        "machine": _ns(r.machine)})
    machines = [c.machine for c in rt.channels] + ([rt.session.machine] if rt.session else [])
    text = _env.get_template("roles.hpp.j2").render(
        system=system, regenerate=regenerate, includes=sorted({include(m) for m in machines}), structs=structs)
    return {output_path(system, namespace_dirs, stem): text}

