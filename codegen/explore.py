"""Explicit-state exploration of a composed system, breadth first.

A system state is a flat tuple:
    (generation, budget..., then per instance: config, instance generation, closed bits:
    bit j set once the j-th data_after_close property of the instance's group saw its close)
where `config` indexes the instance's machine configurations (state x vars), precomputed
with the reference interpreter into a step table. Each input the environment may inject
is one transition; emitted actions are delivered through the links within the same step.
Properties are checked on every dispatch, so a violation's counterexample is the path to
the state it happened in plus one input: breadth-first makes it a shortest one.

Event generations: events whose source is not `local` travel on the wire and carry the
generation they were sent in. An input marked `stale` carries the previous generation;
an instance whose group has stale_check classifies it `stale` (never applied), otherwise
it is applied (the legacy runtime). Events delivered by links are internal: untagged.
On `renew`, the generation advances, and instances that are terminal (or still initial)
restart in their initial configuration in the new generation; others keep draining in
their old generation.

Symmetry: instances of groups with more than one instance are interchangeable when
everything treats them alike (links are same-index or broadcast, budgets are shared), so
states that differ only by a permutation of those instances are stored once.
"""
from __future__ import annotations

import resource
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Optional

from . import interp
from .expr import evaluate
from .model import Machine
from .model import instance_name
from .system import GHOST_KINDS, GRAPH_KINDS, Channel, Group, Input, System, Variant, declared_event

W = 4  # an instance's part of the state: config, generation, ghost bits, incoming queues


@dataclass
class Compiled:
    """A machine's configurations and its step table."""
    machine: Machine
    configs: list
    table: list  # [cfg * E + e] -> (kind, code, next cfg, emitted actions)
    terminal: list
    initial: int
    var_pos: dict
    base: list  # per event of the table: the declared event it is a value of (itself without args)

    @classmethod
    def build(cls, m: Machine) -> "Compiled":
        configs = [(s.name, v) for s in m.states for v in interp.valuations(m)]
        index = {c: i for i, c in enumerate(configs)}
        table = []
        for c in configs:
            for e in m.events:
                st = interp.step(m, c, e.name)
                table.append((st.kind, st.code, index[st.after], st.emit))
        return cls(m, configs, table, [m.terminal(s) for s, _ in configs], index[interp.initial(m)],
                   {v.name: i for i, v in enumerate(m.vars)}, [e.base or e.name for e in m.events])

    def var(self, cfg: int, name: str) -> int:
        return self.configs[cfg][1][self.var_pos[name]]

    def stranded(self, count: str, deliver: str, discard) -> list[bool]:
        """Per configuration: the machine alone can reach it, `count` is above 0 there, and
        no sequence of the machine's events (any event, whoever sends it) ever lowers it
        through a `deliver` transition or a `discard` event: the queued items can never
        leave (no_silent_drop). What a system can reach, the machine alone can."""
        n_events = len(self.machine.events)
        lowers = [False] * len(self.configs)
        preds: list = [[] for _ in self.configs]
        for x in range(len(self.configs)):
            for e in range(n_events):
                kind, _, y, _ = self.table[x * n_events + e]
                preds[y].append(x)
                base = self.base[e]
                if self.var(y, count) < self.var(x, count) and (
                        (base == deliver and kind == "transition") or base in discard):
                    lowers[x] = True
        can_leave = lowers[:]
        todo = [x for x, ok in enumerate(lowers) if ok]
        while todo:  # backwards: configurations from which a lowering step is reachable
            y = todo.pop()
            for x in preds[y]:
                if not can_leave[x]:
                    can_leave[x] = True
                    todo.append(x)
        reached = self.reachable()
        return [reached[x] and self.var(x, count) > 0 and not can_leave[x] for x in range(len(self.configs))]

    def reachable(self) -> list[bool]:
        """Per configuration: the machine alone reaches it from its initial one (by any events)."""
        n_events = len(self.machine.events)
        reached, todo = [False] * len(self.configs), [self.initial]
        reached[self.initial] = True
        while todo:
            x = todo.pop()
            for e in range(n_events):
                y = self.table[x * n_events + e][2]
                if not reached[y]:
                    reached[y] = True
                    todo.append(y)
        return reached

    def stranded_where(self, count: str, deliver: str, discard) -> list[tuple[str, list]]:
        """stranded(), per state, for engines that test a configuration by its state and
        vars: (state, []) when every reachable valuation of the state with `count` above 0 is
        stranded (the machine reaches no other), else (state, [stranded valuation as {var: value}, ...])."""
        chosen, reached = self.stranded(count, deliver, discard), self.reachable()
        out = []
        for st in self.machine.states:  # unreachable configurations cannot occur: either way will do
            queued = [x for x, (s, _) in enumerate(self.configs)
                      if s == st.name and self.var(x, count) > 0 and reached[x]]
            picked = [x for x in queued if chosen[x]]
            if picked:
                out.append((st.name, [] if len(picked) == len(queued) else
                            [dict(zip(self.var_pos, self.configs[x][1])) for x in picked]))
        return out


@dataclass(frozen=True)
class Deliver:
    """The step that delivers the head of a channel's queue (a label's first element, like an Input)."""
    channel: str
    group: str  # the receiving group
    kind: str = "deliver"
    budget: None = None
    events: tuple = ()
    stale: bool = False


class TooBig(RuntimeError):
    """More states than the explorer was allowed."""


@dataclass
class Failure:
    prop: str
    message: str
    path: list  # [(input label, [dispatch records])] from the initial state


@dataclass
class Result:
    system: str
    variant: str
    symmetry: bool
    states: int
    transitions: int
    depth: int
    seconds: float
    peak_kib: int
    failures: dict = field(default_factory=dict)  # property -> Failure (a shortest one)
    checked: tuple = ()
    causes: dict = field(default_factory=dict)  # (property, (group, state, event)) -> Failure
    witnesses: dict = field(default_factory=dict)  # reachable property -> Failure holding its witness path

    def summary(self) -> str:
        rate = f", {self.states / self.seconds:,.0f} states/s" if self.seconds >= 0.005 else ""  # not timed below 5 ms
        lines = [f"{self.system} [{self.variant}]: {self.states} states, {self.transitions} transitions, "
                 f"depth {self.depth}, {self.seconds:.2f} s{rate}, peak {self.peak_kib // 1024} MiB"
                 f"{'' if self.symmetry else ', symmetry off'}"]
        for p in self.checked:
            f = self.failures.get(p)
            n = sum(1 for q, _ in self.causes if q == p)
            more = f" ({n} distinct causes)" if n > 1 else ""
            w = self.witnesses.get(p)
            if w is not None:
                lines.append(f"  {p}: reachable in {len(w.path)} steps")
            elif f is not None and not f.path:
                lines.append(f"  {p}: FAILS: {f.message}")
            else:
                lines.append(f"  {p}: " + ("proved" if f is None else f"FAILS in {len(f.path)} steps{more}: {f.message}"))
        return "\n".join(lines)


class Explorer:
    def __init__(self, system: System, variant: Variant, symmetry: bool = True, max_states: int = 5_000_000):
        self.sys, self.variant, self.max_states = system, variant, max_states
        self.compiled = {g.name: Compiled.build(g.machine) for g in system.groups}
        self.instances = []  # (group, index, display name)
        for g in system.groups:
            for i in range(g.count):
                self.instances.append((g, i, g.name if g.count == 1 else f"{g.name}[{i}]"))
        self.budgets = [i for i in variant.inputs if i.budget is not None] + list(variant.faults)
        self.budget_at = {id(inp): 1 + n for n, inp in enumerate(self.budgets)}
        self.base = 1 + len(self.budgets)
        self.first = {}  # group name -> index of its first instance
        for k, (g, i, _) in enumerate(self.instances):
            self.first.setdefault(g.name, k)
        self.incoming = {g.name: [c.name for c in system.channels if c.target == g.name] for g in system.groups}
        self.delivers = {c.name: Deliver(c.name, c.target) for c in system.channels}
        self.links, self.observers = {}, {}
        for link in system.links:
            if link.on:
                self.observers.setdefault((link.source, link.on), []).append(link)
            else:
                self.links.setdefault((link.source, link.action), []).append(link)
        self.props = [p for p in system.properties
                      if not p.variants or variant.name in p.variants]
        self.ghost_bit = {}  # data_after_close, never_after property -> its bit in its group's ghost bits
        for p in self.props:
            if p.kind in GHOST_KINDS:
                self.ghost_bit[p.name] = 1 << sum(1 for q in self.ghost_bit if self._group_of(q) == p.group)
        self.graph_props = [p for p in self.props if p.kind in GRAPH_KINDS]
        self.stranded = {p.name: self.compiled[p.group].stranded(p.count, p.deliver, p.discard)
                         for p in self.props if p.kind == "no_silent_drop"}
        self.invariants = [p for p in self.props if p.kind == "always" and p.expr is not None]
        # leads_to follows one instance's obligation through the graph: symmetry would swap instances
        symmetry = symmetry and not any(p.kind == "leads_to" and system.group(p.group).count > 1 for p in self.props)
        self.blocks = self._symmetry_blocks() if symmetry else []
        self.symmetry = symmetry
        self.explored = 0  # states found so far by run()

    # --- layout -------------------------------------------------------------------------
    def slot(self, k: int) -> int:
        return self.base + W * k

    def queue_of(self, channel: str, k: int) -> tuple[int, int]:
        """(state index, queue index) of channel's queue into instance k: a tuple of
        (message, generation) pairs, the head first."""
        return self.slot(k) + 3, self.incoming[self.instances[k][0].name].index(channel)

    def initial(self) -> tuple:
        st = [0] + [i.budget for i in self.budgets]
        for g, _, _ in self.instances:
            st += [self.compiled[g.name].initial, 0, 0, tuple(() for _ in self.incoming[g.name])]
        return tuple(st)

    def _symmetry_blocks(self):
        multi = {g.name for g in self.sys.groups if g.count > 1}
        parent = {g: g for g in multi}

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x
        pairs = [(l.source, l.target) for l in self.sys.links if l.target]
        pairs += [(i.group, w) for i in self.variant.inputs for w, _ in i.when]
        pairs += [(a, b) for l in self.sys.links for a in l.renew for b in l.renew]  # renewed together, by index
        for a, b in pairs:
            if a in multi and b in multi:
                parent[find(a)] = find(b)
        blocks: dict = {}
        for g in self.sys.groups:
            if g.name in multi:
                blocks.setdefault(find(g.name), []).append(g)
        return [(gs, gs[0].count) for gs in blocks.values()]

    def canon(self, st: tuple) -> tuple:
        if not self.blocks:
            return st
        st = list(st)
        for groups, n in self.blocks:
            starts = [self.slot(self.first[g.name]) for g in groups]
            slices = sorted(tuple(tuple(st[s + W * i:s + W * i + W]) for s in starts) for i in range(n))
            for i, sl in enumerate(slices):
                for s, part in zip(starts, sl):
                    st[s + W * i:s + W * i + W] = part
        return tuple(st)

    # --- steps --------------------------------------------------------------------------
    def enabled(self, st: tuple):
        """Every input enabled in st: (input, instance k, event, stale)."""
        gen = st[0]
        for inp in self.variant.inputs:
            if inp.budget is not None and st[self.budget_at[id(inp)]] == 0:
                continue
            g = self.sys.group(inp.group)
            for i in range(g.count):
                k = self.first[g.name] + i
                if not self._when(st, inp, i):
                    continue
                for ev in inp.events:
                    local = g.machine.events[g.machine.event_index[ev]].source == "local"
                    if inp.stale:
                        if gen >= 1 and not local and st[self.slot(k) + 1] == gen:
                            yield (inp, k, ev, True)
                    elif local or st[self.slot(k) + 1] == gen:
                        yield (inp, k, ev, False)
        yield from self._network(st)

    def _network(self, st: tuple):
        """The channel steps enabled in st: deliver a queue's head; and, within their budgets,
        a hostile network's faults (lose the head, duplicate it, deliver the second first)."""
        for c in self.sys.channels:
            for i in range(self.sys.group(c.target).count):
                k = self.first[c.target] + i
                at, j = self.queue_of(c.name, k)
                q = st[at][j]
                if q:
                    yield (self.delivers[c.name], k, c.events[q[0][0]], False)
                for f in self.variant.faults:
                    if f.channel != c.name or st[self.budget_at[id(f)]] == 0:
                        continue
                    if f.kind in ("lose", "duplicate") and q:
                        yield (f, k, c.events[q[0][0]], False)
                    elif f.kind == "reorder" and len(q) >= 2:
                        yield (f, k, c.events[q[1][0]], False)

    def _when(self, st, inp: Input, i: int) -> bool:
        for gname, states in inp.when:
            g = self.sys.group(gname)
            k = self.first[gname] + (i if g.count > 1 else 0)
            if self.compiled[gname].configs[st[self.slot(k)]][0] not in states:
                return False
        return True

    def apply(self, st: tuple, label):
        """The successor of st under an input, its dispatch records and property failures."""
        inp, k, ev, stale = label
        s = list(st)
        if inp.budget is not None:
            s[self.budget_at[id(inp)]] -= 1
        g = self.instances[k][0]
        records, failures = [], []
        if hasattr(inp, "channel"):  # a channel step
            at, j = self.queue_of(inp.channel, k)
            q = list(s[at][j])
            msg = q.pop(1 if inp.kind == "reorder" else 0)
            if inp.kind == "duplicate":
                q.insert(0, msg)
            s[at] = s[at][:j] + (tuple(q),) + s[at][j + 1:]
            if inp.kind != "lose":
                self._dispatch(s, k, ev, msg[1], records, failures, 0)
        else:
            local = g.machine.events[g.machine.event_index[ev]].source == "local"
            tag = None if local else (s[0] - 1 if stale else s[0])
            self._dispatch(s, k, ev, tag, records, failures, 0)
        for p in self.invariants:
            broken = self.broken(p, s)
            if broken is not None:
                before = self.compiled[g.name].configs[st[self.slot(k)]][0]
                failures.append((p.name, f"after {self.instances[k][2]} {ev}: {broken}", (g.name, before, ev)))
        return tuple(s), records, failures

    def broken(self, p, st) -> Optional[str]:
        """always: None when p holds in state st, else what breaks it (at the first index)."""
        for i in range(p.width):
            if not all(self._in(g, p.at(self.sys, g, i), states, st) for g, states in p.when):
                continue
            env = {}
            for name, g, var in p.terms:
                env[name] = self._term(p, g, var, i, st)
            if not evaluate(p.expr, env):
                shown = []
                for name, g, var in p.terms:
                    if g.startswith("@"):
                        c = self.sys.channel(g[1:])
                        k = self.first[c.target] + p.at(self.sys, g, i)
                        shown.append(f"{c.name}.{var}={env[name]} (in flight to {self.instances[k][2]})")
                    elif g:
                        k = self.first[g] + p.at(self.sys, g, i)
                        shown.append(f"{self.instances[k][2]}.{var}={env[name]}")
                where = f" at index {i}" if p.width > 1 else ""
                return f"{p.expr_text!r} breaks{where}" + (f": {', '.join(shown)}" if shown else "")
        return None

    def _term(self, p, g: str, var, i: int, st) -> int:
        """The value of an invariant's name at index i: a var, a param, or a channel's count."""
        if not g:
            return var
        if g.startswith("@"):
            c = self.sys.channel(g[1:])
            k = self.first[c.target] + p.at(self.sys, g, i)
            at, j = self.queue_of(c.name, k)
            ms, gen = c.messages(self.sys.group(c.target).machine, var), st[self.slot(k) + 1]
            return sum(1 for x, t in st[at][j] if x in ms and t >= gen)  # an older one will be stale
        return self.compiled[g].var(st[self.slot(self.first[g] + p.at(self.sys, g, i))], var)

    def _in(self, gname: str, i: int, states, st) -> bool:
        return self.compiled[gname].configs[st[self.slot(self.first[gname] + i)]][0] in states

    def _dispatch(self, s, k, ev, tag, records, failures, depth):
        if depth > 16:
            raise RuntimeError("links deliver events in a cycle")
        g, _, name = self.instances[k]
        c = self.compiled[g.name]
        at = self.slot(k)
        cfg, igen, closed = s[at], s[at + 1], s[at + 2]
        e = g.machine.event_index[ev]
        if tag is not None and tag < igen and g.stale_check:
            records.append((name, ev, tag, "stale", "", cfg, cfg))
            return
        kind, code, nxt, emits = c.table[cfg * len(g.machine.events) + e]
        s[at] = nxt
        records.append((name, ev, tag, kind, code, cfg, nxt))
        ev = c.base[e]  # properties and links speak of the declared event (any argument values)
        for p in self.props:
            msg = self._property(p, g, c, ev, tag, igen, kind, code, cfg, nxt, emits, closed, name)
            if msg:
                failures.append((p.name, msg, (g.name, c.configs[cfg][0], ev)))
        for p in self.props:
            if p.group != g.name or p.kind not in GHOST_KINDS:
                continue
            if (p.kind == "data_after_close" and ev == p.close and kind == "transition") or \
                    (p.kind in ("never_after", "leads_to") and self._happens(p.after, ev, kind, emits)):
                s[at + 2] |= self.ghost_bit[p.name]
            elif p.kind == "leads_to" and any(self._happens(x, ev, kind, emits) for x in p.eventually):
                s[at + 2] &= ~self.ghost_bit[p.name]
        if kind == "transition":
            for link in self.observers.get((g.name, ev), ()):  # a monitor observes the event taken
                dst = self.sys.group(link.target)
                targets = range(dst.count) if (g.count == 1 and dst.count > 1) else [self.instances[k][1]]
                for i in targets:
                    self._dispatch(s, self.first[dst.name] + i, self._event(link, g, c, nxt), None, records, failures,
                                   depth + 1)
        for action in emits:
            for link in self.links.get((g.name, action), ()):
                if link.renew:
                    self._renew(s, link.renew, records, failures)
                    continue
                dst = self.sys.group(link.target)
                targets = range(dst.count) if (g.count == 1 and dst.count > 1) else [self.instances[k][1]]
                event = self._event(link, g, c, nxt)
                for i in targets:
                    if link.via:
                        self._send(s, self.sys.channel(link.via), self.first[dst.name] + i, event, s[at + 1],
                                   name, failures)
                    else:
                        self._dispatch(s, self.first[dst.name] + i, event, None, records, failures, depth + 1)

    def _event(self, link, g: Group, c: Compiled, cfg: int) -> str:
        """The event a link delivers: with arguments, their values computed on the sender's
        configuration after its step (the file's checks keep them in range)."""
        if not link.args:
            return link.event
        env = dict(zip((v.name for v in g.machine.vars), c.configs[cfg][1])) | g.machine.param_env
        declared = declared_event(self.sys.group(link.target).machine, link.event)
        return instance_name(link.event, declared.args, [evaluate(e, env) for _, e, _ in link.args])

    def _send(self, s, c: Channel, k: int, event: str, tag: int, sender: str, failures) -> None:
        """Puts event at the tail of c's queue into instance k, tagged with the sender's
        generation; a full queue loses it, which no_overflow reports."""
        at, j = self.queue_of(c.name, k)
        q = s[at][j]
        if len(q) < c.capacity:
            s[at] = s[at][:j] + (q + ((c.events.index(event), tag),),) + s[at][j + 1:]
            return
        for p in self.props:
            if p.kind == "no_overflow" and (not p.channels or c.name in p.channels):
                failures.append((p.name, f"{sender} sent {event} into channel {c.name}, full with {c.capacity} "
                                 f"message(s) for {self.instances[k][2]}: it is lost", (c.target, c.name, event)))

    def _renew(self, s, groups, records, failures):
        """Begin a generation. Instances at the same index of the renewed groups of the same
        count are one channel's ends: they restart together, and only when all of them are
        terminal or initial."""
        s[0] += 1
        if s[0] > 250:
            raise RuntimeError("more than 250 generations; bound the inputs that begin one")

        def renewable(gname, i):
            at = self.slot(self.first[gname] + i)
            c = self.compiled[gname]
            return c.terminal[s[at]] or s[at] == c.initial
        for gname in groups:
            g = self.sys.group(gname)
            c = self.compiled[gname]
            for i in range(g.count):
                at = self.slot(self.first[gname] + i)
                together = [x for x in groups if self.sys.group(x).count == g.count]  # one channel's ends
                if all(renewable(other, i) for other in together):
                    for p in self.props:
                        if p.kind == "no_silent_drop" and p.group == gname and c.var(s[at], p.count) > 0:
                            failures.append((p.name, f"{gname}[{i}] renewed with {c.var(s[at], p.count)} "
                                                     f"queued items", (gname, c.configs[s[at]][0], "(renew)")))
                    s[at:at + 3] = [c.initial, s[0], 0]
                    records.append((f"{gname}[{i}]" if g.count > 1 else gname, "(renew)", s[0], "renew", "",
                                    c.initial, c.initial))
        # Instances that no renew restarts (e.g. the session itself) live on in the new generation.
        for g in self.sys.groups:
            if g.name not in groups:
                for i in range(g.count):
                    s[self.slot(self.first[g.name] + i) + 1] = s[0]

    def _group_of(self, prop_name: str) -> str:
        return next(p.group for p in self.props if p.name == prop_name)

    def _property(self, p, g: Group, c: Compiled, ev, tag, igen, kind, code, cfg, nxt, emits, closed, name):
        if p.kind == "no_violation":
            if kind == "violation" and not g.monitor:
                return f"{name} answered {ev} with violation {code}"
            return None
        if p.kind == "stale_isolation":
            if tag is not None and tag < igen and (nxt != cfg or emits):
                return (f"{ev} of generation {tag} changed {name} of generation {igen}: "
                        f"{c.configs[cfg][0]} -> {c.configs[nxt][0]}")
            return None
        if p.kind == "no_stuck" or p.group != g.name:
            return None
        if p.kind == "no_silent_drop":
            before, after = c.var(cfg, p.count), c.var(nxt, p.count)
            if ev == p.item and kind == "transition" and after != before + 1:
                return f"{name} accepted {ev} in {c.configs[cfg][0]} without queueing it ({p.count} {before} -> {after})"
            if ev != p.item and after > before:
                return f"{name}: {p.count} grew on {ev}"
            if after < before and not ((ev == p.deliver and kind == "transition" and after == before - 1)
                                        or ev in p.discard):
                return f"{name} lost {before - after} queued item(s) on {ev} in {c.configs[cfg][0]}"
            if self.stranded[p.name][nxt]:
                return (f"{name} stranded {after} queued item(s) in {c.configs[nxt][0]} on {ev}: "
                        f"no event can deliver or discard them any more")
            return None
        if p.kind == "data_after_close":
            if ev == p.item and closed & self.ghost_bit[p.name] and kind != "violation":
                return f"{name} answered {ev} after the peer's close with {kind} in {c.configs[cfg][0]}"
            return None
        if p.kind == "no_delivery_after_terminal":
            if ev == p.deliver and c.terminal[cfg] and kind == "transition":
                return f"{name} delivered on {ev} in terminal state {c.configs[cfg][0]}"
            return None
        if p.kind == "no_refusal":
            if ev == p.item and kind in ("ignore", "reject", "violation"):
                return f"{name} refused {ev} with {kind} {code} in {c.configs[cfg][0]}"
            return None
        if p.kind == "never_after":
            if closed & self.ghost_bit[p.name] and self._happens(p.never, ev, kind, emits):
                return f"{name}: {p.never} after {p.after}, in {c.configs[cfg][0]}"
            return None
        if p.kind == "monitor":
            if kind == "violation":
                return f"monitor {name} answered {ev} with violation {code} in {c.configs[cfg][0]}"
            if c.configs[nxt][0] in p.bad:
                return f"monitor {name} in {c.configs[nxt][0]} after {ev}"
        return None

    @staticmethod
    def _happens(name: str, ev: str, kind: str, emits) -> bool:
        """never_after's 'happens': an event taken as a transition, or an action emitted."""
        return (ev == name and kind == "transition") or name in emits

    def stays_open(self, p, states) -> bool:
        """Whether a run through `states` (from the initial one) ends keeping one of leads_to
        p's obligations open forever: open at the end, and either no input is enabled there
        or the last state repeats an earlier one in which it was open all the way since (for
        replaying leads_to)."""
        bit = self.ghost_bit[p.name]
        g = self.sys.group(p.group)
        for k in range(self.first[g.name], self.first[g.name] + g.count):
            at = self.slot(k) + 2
            if not states[-1][at] & bit:
                continue
            if next(self.enabled(states[-1]), None) is None:
                return True
            for t in range(len(states) - 2, -1, -1):
                if not states[t][at] & bit:
                    break
                if self.canon(states[t]) == self.canon(states[-1]):
                    return True
        return False

    def can_settle(self, st: tuple, goal=None) -> bool:
        """Whether a settled state (or one where goal holds) is reachable from st (for
        replaying no_stuck and terminates)."""
        goal = goal or self.settled
        seen, queue = {st}, deque([st])
        while queue:
            cur = queue.popleft()
            if goal(cur):
                return True
            for label in self.enabled(cur):
                nxt = self.apply(cur, label)[0]
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return False

    def settled(self, st: tuple) -> bool:
        for k, (g, _, _) in enumerate(self.instances):
            if g.monitor:
                continue
            c = self.compiled[g.name]
            cfg = st[self.slot(k)]
            if not (c.terminal[cfg] or cfg == c.initial):
                return False
        return True

    # --- search -------------------------------------------------------------------------
    def run(self, progress=None) -> Result:
        """Breadth-first exploration of every reachable state. progress(states, depth,
        seconds) is called about once a second after the first; self.explored counts the
        states found so far (what an interrupted run got to)."""
        t0 = time.perf_counter()
        next_report = t0 + 1.0
        start = self.canon(self.initial())
        ids = {start: 0}
        order = [start]
        parent = [(-1, None)]
        depth = [0]
        succ_ids: list = [] if self.graph_props else None
        first_failure: dict = {}
        first_cause: dict = {}
        transitions = 0
        queue = deque([0])
        while queue:
            sid = queue.popleft()
            st = order[sid]
            if sid & 1023 == 0:
                self.explored = len(order)
                if progress is not None and time.perf_counter() >= next_report:
                    progress(len(order), depth[sid], time.perf_counter() - t0)
                    next_report = time.perf_counter() + 1.0
            mine = [] if succ_ids is not None else None
            for label in self.enabled(st):
                nxt, _, failures = self.apply(st, label)
                transitions += 1
                for prop, msg, cause in failures:
                    if prop not in first_failure:
                        first_failure[prop] = (sid, label, msg)
                    if (prop, cause) not in first_cause:
                        first_cause[(prop, cause)] = (sid, label, msg)
                nxt = self.canon(nxt)
                nid = ids.get(nxt)
                if nid is None:
                    nid = len(order)
                    if nid >= self.max_states:
                        raise TooBig(f"more than {self.max_states} states; lower the bounds")
                    ids[nxt] = nid
                    order.append(nxt)
                    parent.append((sid, label))
                    depth.append(depth[sid] + 1)
                    queue.append(nid)
                if mine is not None:
                    mine.append(nid)
            if succ_ids is not None:
                succ_ids.append(mine)
        result = Result(self.sys.name, self.variant.name, self.symmetry, len(order), transitions, max(depth),
                        time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                        checked=tuple(p.name for p in self.props))
        for prop, (sid, label, _) in first_failure.items():
            result.failures[prop] = Failure(prop, *self.path(order, parent, sid, (label, prop)))
        for (prop, cause), (sid, label, _) in first_cause.items():
            result.causes[(prop, cause)] = Failure(prop, *self.path(order, parent, sid, (label, prop)))
        self._graph_verdicts(result, order, parent, succ_ids)
        return result

    def _graph_verdicts(self, result: Result, order, parent, succ_ids):
        """The properties decided on the whole graph: no_stuck, terminates, leads_to, reachable."""
        preds = None
        for p in self.props:
            if p.kind == "leads_to":
                preds = preds or self._preds(order, succ_ids)
                failure = self._leads_to(p, order, parent, succ_ids, preds)
                if failure is not None:
                    result.failures[p.name] = failure
            if p.kind in ("no_stuck", "terminates"):
                goal = self.settled if p.kind == "no_stuck" else self.all_terminal
                stuck = self._stuck(order, succ_ids, goal)
                if stuck is not None:
                    what = ("no settled state (every instance terminal or initial)" if p.kind == "no_stuck"
                            else "no state where every instance is terminal")
                    result.failures[p.name] = Failure(p.name, f"from this state {what} can be reached",
                                                      self.path(order, parent, stuck, None)[1])
            elif p.kind == "reachable":
                found = next((i for i, st in enumerate(order) if self.reached(p, st)), None)  # BFS: shortest
                if found is None:
                    result.failures[p.name] = Failure(p.name, f"no reachable state has {self.describe_goal(p)}", [])
                else:
                    result.witnesses[p.name] = Failure(p.name, f"reached: {self.describe_goal(p)}",
                                                       self.path(order, parent, found, None)[1])

    def reached(self, p, st: tuple) -> bool:
        """reachable p's goal: its `when` holds, and its `expr` (if any) at some index."""
        if not self.holds(p.when, st):
            return False
        if p.expr is None:
            return True
        return any(evaluate(p.expr, {name: self._term(p, g, var, i, st) for name, g, var in p.terms})
                   for i in range(p.width))

    def describe_goal(self, p) -> str:
        parts = ([self.describe_when(p.when)] if p.when else []) + ([repr(p.expr_text)] if p.expr_text else [])
        return " and ".join(parts)

    def holds(self, when, st: tuple) -> bool:
        """Every instance of each group named in `when` is in one of its states."""
        for gname, states in when:
            g = self.sys.group(gname)
            c = self.compiled[gname]
            for i in range(g.count):
                if c.configs[st[self.slot(self.first[gname] + i)]][0] not in states:
                    return False
        return True

    @staticmethod
    def describe_when(when) -> str:
        return " and ".join(f"{g} in {'/'.join(states)}" for g, states in when)

    def all_terminal(self, st: tuple) -> bool:
        return all(self.compiled[g.name].terminal[st[self.slot(k)]] for k, (g, _, _) in enumerate(self.instances)
                   if not g.monitor)

    @staticmethod
    def _preds(order, succ_ids) -> list:
        preds: list = [[] for _ in order]
        for a, succ in enumerate(succ_ids):
            for b in set(succ):
                preds[b].append(a)
        return preds

    def _leads_to(self, p, order, parent, succ_ids, preds) -> Optional[Failure]:
        """leads_to, for each instance of its group: the states where its obligation is open
        (the ghost bit) from which a run can keep it open forever, through a cycle of such
        states or into one where no input is enabled. Greatest fixpoint: drop open states
        whose every successor is closed or dropped, until none changes. A failure is a
        lasso: the shortest path to such a state, then such states until one repeats (or
        the run ends)."""
        bit = self.ghost_bit[p.name]
        g = self.sys.group(p.group)
        for k in range(self.first[g.name], self.first[g.name] + g.count):
            at = self.slot(k) + 2
            alive = [bool(st[at] & bit) for st in order]
            live_succ = [len({b for b in succ if alive[b]}) if alive[a] else 0 for a, succ in enumerate(succ_ids)]
            queue = deque(a for a in range(len(order)) if alive[a] and live_succ[a] == 0 and succ_ids[a])
            for a in queue:
                alive[a] = False
            while queue:
                b = queue.popleft()
                for a in preds[b]:
                    if alive[a]:
                        live_succ[a] -= 1
                        if live_succ[a] == 0:
                            alive[a] = False
                            queue.append(a)
            start = next((a for a, ok in enumerate(alive) if ok), None)  # first in BFS order: a shortest prefix
            if start is None:
                continue
            lasso, seen, cur = [start], {start}, start
            while succ_ids[cur]:
                cur = next(b for b in succ_ids[cur] if alive[b])
                lasso.append(cur)
                if cur in seen:
                    break
                seen.add(cur)
            steps = self.path(order, parent, start, None)[1]
            steps += self._replay(steps[-1][2] if steps else self.initial(), [order[x] for x in lasso[1:]])
            return Failure(p.name, self.describe_lasso(p, steps), steps)
        return None

    def describe_lasso(self, p, steps) -> str:
        """leads_to's message for a counterexample: an obligation open at the end of steps,
        which either end where no input is enabled or return to an earlier state."""
        states = [self.initial()] + [st for _, _, st in steps]
        last = states[-1]
        bit = self.ghost_bit[p.name]
        g = self.sys.group(p.group)
        name = next((self.instances[k][2] for k in range(self.first[g.name], self.first[g.name] + g.count)
                     if last[self.slot(k) + 2] & bit), p.group)
        if next(self.enabled(last), None) is None:
            how = "no input is enabled after the last step"
        else:
            canon = self.canon(last)
            back = next((t for t in range(len(states) - 1) if self.canon(states[t]) == canon), None)
            how = (f"the last {len(states) - 1 - back} step(s) can repeat forever" if back is not None
                   else "the run can go on without it")
        return f"{name}: {p.after} is never followed by {' or '.join(p.eventually)}: {how}"
        return None

    def _replay(self, st: tuple, canon_states) -> list:
        """Steps from concrete state st through the given canonical states, in order."""
        steps = []
        for want in canon_states:
            for label in self.enabled(st):
                nxt, records, _ = self.apply(st, label)
                if self.canon(nxt) == want:
                    steps.append((label, records, nxt))
                    st = nxt
                    break
            else:
                raise RuntimeError("counterexample reconstruction failed")
        return steps

    def _stuck(self, order, succ_ids, goal) -> Optional[int]:
        preds = self._preds(order, succ_ids)
        good = [False] * len(order)
        queue = deque(i for i, st in enumerate(order) if goal(st))
        for i in queue:
            good[i] = True
        while queue:
            b = queue.popleft()
            for a in preds[b]:
                if not good[a]:
                    good[a] = True
                    queue.append(a)
        return next((i for i, ok in enumerate(good) if not ok), None)  # first in BFS order: shortest

    def path(self, order, parent, sid, last):
        """(message, steps): the inputs from the initial state to order[sid], then
        last = (label, property), replayed on concrete (non-canonical) states so that
        instance names are consistent; the message is the concrete last step's."""
        end = sid
        canon_path = []
        while sid > 0:
            canon_path.append(order[sid])
            sid = parent[sid][0]
        canon_path.reverse()
        steps = self._replay(self.initial(), canon_path)
        st = steps[-1][2] if steps else self.initial()
        message = ""
        if last is not None:
            label, prop = last
            target = self.canon(self.apply(order[end], label)[0])
            for candidate in self.enabled(st):
                nxt, records, failures = self.apply(st, candidate)
                mine = [m for p, m, _ in failures if p == prop]
                if self.canon(nxt) == target and mine:
                    steps.append((candidate, records, nxt))
                    message = mine[0]
                    break
            else:
                raise RuntimeError("counterexample reconstruction failed at the last step")
        return message, steps

    # --- presentation -------------------------------------------------------------------
    def describe(self, st: tuple) -> dict:
        out = {"generation": st[0]}
        for k, (g, _, name) in enumerate(self.instances):
            c = self.compiled[g.name]
            state, values = c.configs[st[self.slot(k)]]
            entry = {"state": state, "generation": st[self.slot(k) + 1]}
            entry.update({v.name: x for v, x in zip(g.machine.vars, values)})
            for c, q in zip(self.incoming[g.name], st[self.slot(k) + 3]):  # messages in flight to it
                if q:
                    events = self.sys.channel(c).events
                    entry.setdefault("in flight", {})[c] = [f"{events[m]} (gen {t})" for m, t in q]
            out[name] = entry
        return out
