"""Promela for SPIN, from the same system model, for the cross-check.

One process loops over d_step options, one per (input, instance, event), so SPIN stores
exactly the system states the explorer stores (symmetry off). Each machine step is
emitted from the spec's rows and guards (not from the interpreter's tables), links
become nested inline calls, and every safety property is an `assert` compiled in with
`spin -DP_<property>`; leads_to is an LTL formula over its ghost flags (`ltl`, also under
`-DP_<property>`: run pan with -a). no_stuck, terminates and reachable are not expressed here.
"""
from __future__ import annotations

from .emit import REGENERATE, comment
from .explore import Compiled
from .expr import render
from .system import GHOST_KINDS, Group, System, Variant, base_event, declared_event

UNTAGGED = 255  # the tag of an internal (link-delivered or local) event
_SPECIAL = ("state", "gen")  # per-instance variables besides the machine's vars (those get v_)
# Every identifier derived from a group name is prefixed (g_, d_, k_, ...): a group may
# be named like a SPIN keyword (c_state, c_code).
KINDS = {"transition": 0, "ignore": 1, "reject": 2, "violation": 3}


def _ctype(lo: int, hi: int) -> str:
    return "byte" if lo >= 0 and hi <= 255 else ("short" if -32768 <= lo and hi <= 32767 else "int")


class _Emitter:
    def __init__(self, system: System, variant: Variant):
        self.sys, self.variant = system, variant
        self.lines: list[str] = []
        self.inlines: dict = {}  # (group, event) -> text
        self.props = [p for p in system.properties if p.kind not in ("terminates", "reachable")
                      and (not p.variants or variant.name in p.variants)]
        self.links: dict = {}
        self.observers: dict = {}  # (group, event) -> links feeding monitors when it is taken
        self.counters: set = set()  # invariants' counts of messages in flight (scratch)
        self.stranded: dict = {}  # (group, no_silent_drop property) -> Compiled.where of its stranded configurations
        for link in system.links:
            if link.on:
                self.observers.setdefault((link.source, link.on), []).append(link)
            else:
                self.links.setdefault((link.source, link.action), []).append(link)

    def idx(self, g: Group, i: str) -> str:
        return f"[{i}]"

    def var(self, g: Group, name: str, i: str) -> str:
        """An instance's state, gen or closed flag, or (prefixed v_) one of its machine's vars."""
        return f"g_{g.name}_{name if name in _SPECIAL else 'v_' + name}{self.idx(g, i)}"

    def ghost_props(self, g: Group) -> list:
        """The data_after_close and never_after properties watching g: each keeps its own flag."""
        return [p for p in self.props if p.kind in GHOST_KINDS and p.group == g.name]

    def seen(self, g: Group, p, i: str) -> str:
        """Whether instance i of g accepted p's close, or saw p's 'after' (a ghost variable)."""
        return f"g_{g.name}_seen_{p.name}[{i}]"

    def watched_actions(self, g: Group) -> list[str]:
        """Actions a never_after or leads_to property of g names: each dispatch records whether it emitted them."""
        names = {x for p in self.ghost_props(g) if p.kind != "data_after_close"
                 for x in (p.never, p.after) + p.eventually}
        return [a.name for a in g.machine.actions if a.name in names]

    def happens(self, g: Group, name: str, ev: str, t: str) -> str:
        """never_after's 'happens' on a dispatch of ev: ev taken as a transition, or `name` emitted."""
        conds = [f"k_{t} == 0"] if name == ev else []
        if name in self.watched_actions(g):
            conds.append(f"ea_{t}_{name} == 1")
        return " || ".join(conds)

    def state_const(self, g: Group, s: str) -> str:
        return f"g_{g.name}_S_{s}"

    def inline_name(self, g: Group, ev: str) -> str:
        return f"d_g_{g.name}_{ev}"

    def args_of(self, g: Group, ev: str) -> tuple:
        """The declared args of a (declared) event of g: the inline takes one parameter each."""
        declared = declared_event(g.machine, ev)
        return declared.args if declared is not None else ()

    def call(self, g: Group, ev: str, j: str, tag: str, values=None) -> str:
        """A call of the inline of g's event ev (declared, or a value of one: its values)."""
        m = g.machine
        if ev in m.event_index and m.events[m.event_index[ev]].base:
            e = m.events[m.event_index[ev]]
            ev, values = e.base, [str(v) for v in e.values]
        return f"{self.inline_name(g, ev)}({', '.join([j, tag] + list(values or ()))})"

    def build_inline(self, g: Group, ev: str, stack=()):
        if ev in g.machine.event_index:
            ev = base_event(g.machine, ev)  # one inline per declared event: its values are parameters
        key = (g.name, ev)
        if key in stack:
            raise ValueError(f"links deliver events in a cycle through {g.name}.{ev}")
        if key in self.inlines:
            return
        self.inlines[key] = None  # reserve (order: callees first)
        m = g.machine
        t = f"g_{g.name}_{ev}"
        i = "i"
        params = [f"a_{a.name}" for a in self.args_of(g, ev)]
        body = [f"inline {self.inline_name(g, ev)}({', '.join(['i', 'tag'] + params)}) {{"]
        body.append(f"  pre_s_{t} = {self.var(g, 'state', i)};")
        for v in m.vars:
            body.append(f"  pre_v_{v.name}_{t} = {self.var(g, v.name, i)};")
        body.append(f"  em_{t} = 0;")
        body.extend(f"  ea_{t}_{a} = 0;" for a in self.watched_actions(g))
        body.append("  if")
        if g.stale_check:
            body.append(f"  :: (tag != {UNTAGGED} && tag < {self.var(g, 'gen', i)}) -> k_{t} = 4 /* stale */")
            body.append("  :: else ->")
        else:
            body.append("  :: true ->")
        body.append("    if")
        for s in m.states:
            for x, r in [(x, r) for x in m.events if (x.base or x.name) == ev for r in m.cells[(s.name, x.name)]]:
                guard = render(r.guard, lambda n: self.var(g, n, i) if n in {x.name for x in m.vars}
                               else str(m.param_env[n])) if r.guard is not None else "true"
                if x.base:  # this value of the event's args
                    guard = " && ".join(f"a_{a.name} == {v}" for a, v in zip(self.args_of(g, ev), x.values)) \
                        + f" && ({guard})"
                stmts = [f"k_{t} = {KINDS[r.kind]}"]
                if r.kind == "transition":
                    for u in r.updates:
                        value = render(u.value, lambda n: self.var(g, n, i) if n in {x.name for x in m.vars}
                                       else str(m.param_env[n]))
                        target = self.var(g, u.var, i)
                        rhs = {"=": value, "+=": f"{target} + ({value})", "-=": f"{target} - ({value})"}[u.op]
                        stmts.append(f"{target} = {rhs}")
                    stmts.append(f"{self.var(g, 'state', i)} = {self.state_const(g, r.target)}")
                    stmts.extend(self.observe(g, ev, i, stack + (key,)))  # monitors see transitions only
                for a in sorted(r.emit, key=[x.name for x in m.actions].index):  # an ignore or reject may emit too
                    stmts.append(f"em_{t} = 1")
                    if a in self.watched_actions(g):
                        stmts.append(f"ea_{t}_{a} = 1")
                    stmts.extend(self.deliver(g, a, i, stack + (key,)))
                body.append(f"    :: ({self.var(g, 'state', i)} == {self.state_const(g, s.name)} && ({guard})) -> "
                            + "; ".join(stmts))
        body.append("    fi")
        body.append("  fi;")
        body.extend("  " + x for x in self.asserts(g, ev, t, i))
        body.append("}")
        self.inlines[key] = "\n".join(body)

    def observe(self, g: Group, ev: str, i: str, stack) -> list[str]:
        """The monitors fed when g takes ev."""
        out = []
        for link in self.observers.get((g.name, ev), ()):
            dst = self.sys.group(link.target)
            self.build_inline(dst, link.event, stack)
            targets = [str(j) for j in range(dst.count)] if (g.count == 1 and dst.count > 1) else \
                ["0" if g.count == 1 else i]
            out.extend(self.call(dst, link.event, j, str(UNTAGGED), self.link_values(link, g, i)) for j in targets)
        return out

    def link_values(self, link, g: Group, i: str) -> list[str]:
        """The argument values a link passes, over the sender's (instance i's) variables."""
        m = g.machine
        return [f"({render(e, lambda n: self.var(g, n, i) if n in {x.name for x in m.vars} else str(m.param_env[n]))})"
                for _, e, _ in link.args]

    def message(self, c, link, g: Group, i: str) -> str:
        """The index into channel c's messages of what a link sends (last argument fastest)."""
        dst = self.sys.group(link.target)
        if not link.args:
            return str(c.events.index(link.event))
        first = c.events.index(next(e for e in c.events if base_event(dst.machine, e) == link.event))
        terms, stride = [], 1
        for a, v in reversed(list(zip(self.args_of(dst, link.event), self.link_values(link, g, i)))):
            terms.append(f"({v} - ({a.lo})) * {stride}")
            stride *= a.hi - a.lo + 1
        return f"({first} + " + " + ".join(terms) + ")"

    def deliver(self, g: Group, action: str, i: str, stack) -> list[str]:
        out = []
        for link in self.links.get((g.name, action), ()):
            if link.renew:
                out.append(f"renew_{'_'.join(link.renew)}()")
                continue
            dst = self.sys.group(link.target)
            self.build_inline(dst, link.event, stack)
            targets = [str(j) for j in range(dst.count)] if (g.count == 1 and dst.count > 1) else [i]
            if g.count == 1 and dst.count == 1:
                targets = ["0"]
            if link.via:  # into the channel's queue, tagged with the sender's generation
                c = self.sys.channel(link.via)
                out.extend(f"send_{c.name}({j}, {self.message(c, link, g, i)}, {self.var(g, 'gen', i)})"
                           for j in targets)
                continue
            out.extend(self.call(dst, link.event, j, str(UNTAGGED), self.link_values(link, g, i)) for j in targets)
        return out

    def channel_inlines(self, c) -> tuple[list[str], list[str]]:
        """send_<c>(j, m, t): put message m (tag t) at the tail of queue j, or lose it when full
        (no_overflow's assertion); recv_<c>(j): dispatch the message received into m_<c>, t_<c>."""
        out = [f"inline send_{c.name}(j, m, t) {{", "  if", f"  :: nfull(q_{c.name}[j]) -> q_{c.name}[j]!m,t",
               "  :: else ->"]
        for p in self.props:
            if p.kind == "no_overflow" and (not p.channels or c.name in p.channels):
                out += [f"#ifdef P_{p.name}", "    assert(false);", "#endif"]
        out += ["    skip", "  fi", "}"]
        dst = self.sys.group(c.target)
        recv = [f"inline recv_{c.name}(j) {{", "  if"]
        recv += [f"  :: m_{c.name} == {n} -> {self.call(dst, ev, 'j', f't_{c.name}')}" for n, ev in enumerate(c.events)]
        recv += ["  fi", "}"]
        return out, recv

    def network_options(self, faults: list) -> list[str]:
        """The env's channel steps: deliver each queue's head; the variant's faults."""
        out = []
        for c in self.sys.channels:
            q, m, t = f"q_{c.name}", f"m_{c.name}", f"t_{c.name}"
            for j in range(self.sys.group(c.target).count):
                out.append(f"  :: d_step {{ nempty({q}[{j}]) -> {q}[{j}]?{m},{t}; recv_{c.name}({j}); "
                           "invariants(); clear_scratch() }")
                for n, f in faults:
                    if f.channel != c.name:
                        continue
                    b = f"fbudget{n}"
                    if f.kind == "lose":
                        out.append(f"  :: d_step {{ {b} > 0 && nempty({q}[{j}]) -> {b}--; {q}[{j}]?{m},{t}; "
                                   "invariants(); clear_scratch() }")
                    elif f.kind == "duplicate":
                        out.append(f"  :: d_step {{ {b} > 0 && nempty({q}[{j}]) -> {b}--; {q}[{j}]?<{m},{t}>; "
                                   f"recv_{c.name}({j}); invariants(); clear_scratch() }}")
                    else:  # reorder: the second is delivered; the first stays at the head (a rotation)
                        out.append(f"  :: d_step {{ {b} > 0 && len({q}[{j}]) >= 2 -> {b}--; {q}[{j}]?{m},{t}; "
                                   f"{q}[{j}]?m2_{c.name},t2_{c.name}; n_{c.name} = len({q}[{j}]); {q}[{j}]!{m},{t}; "
                                   f"do :: n_{c.name} > 0 -> {q}[{j}]?m3_{c.name},t3_{c.name}; "
                                   f"{q}[{j}]!m3_{c.name},t3_{c.name}; n_{c.name}-- :: else -> break od; "
                                   f"{m} = m2_{c.name}; {t} = t2_{c.name}; recv_{c.name}({j}); "
                                   "invariants(); clear_scratch() }")
        return out

    def stranded_where(self, g: Group, p, i: str) -> str:
        """Instance i's configuration holds queued items that can never leave
        (no_silent_drop; Compiled.stranded), or "" when no configuration does."""
        if (g.name, p.name) not in self.stranded:
            self.stranded[g.name, p.name] = Compiled.build(g.machine).stranded_where(p.count, p.deliver, p.discard)
        terms = []
        for st, valuations in self.stranded[g.name, p.name]:
            is_state = f"{self.var(g, 'state', i)} == {self.state_const(g, st)}"
            terms += [f"{is_state} && {self.var(g, p.count, i)} > 0"] if not valuations else [
                " && ".join([is_state] + [f"{self.var(g, k, i)} == {x}" for k, x in v.items()]) for v in valuations]
        return " || ".join(f"({t})" for t in terms)

    def asserts(self, g: Group, ev: str, t: str, i: str) -> list[str]:
        m = g.machine
        out = []
        terminals = [s.name for s in m.states if s.terminal] or ["__none__"]
        for p in self.props:
            guard = f"#ifdef P_{p.name}"
            if p.kind == "no_violation" and not g.monitor:
                out += [guard, f"assert(k_{t} != 3);", "#endif"]
            elif p.group == g.name and p.kind == "monitor":
                bad = "".join(f" || {self.var(g, 'state', i)} == {self.state_const(g, st)}" for st in p.bad)
                out += [guard, f"assert(!(k_{t} == 3{bad}));", "#endif"]
            elif p.kind == "stale_isolation" and not g.stale_check:
                same = " && ".join([f"{self.var(g, 'state', i)} == pre_s_{t}"]
                                   + [f"{self.var(g, v.name, i)} == pre_v_{v.name}_{t}" for v in m.vars])
                out += [guard, f"assert(!(tag != {UNTAGGED} && tag < {self.var(g, 'gen', i)}) || "
                               f"({same} && em_{t} == 0));", "#endif"]
            elif p.group == g.name and p.kind == "no_silent_drop":
                cnt, pre = self.var(g, p.count, i), f"pre_v_{p.count}_{t}"
                checks = []
                if ev == p.item:
                    checks.append(f"assert(k_{t} != 0 || {cnt} == {pre} + 1);")
                else:
                    checks.append(f"assert({cnt} <= {pre});")
                    if ev in p.discard:
                        pass
                    elif ev == p.deliver:
                        checks.append(f"assert({cnt} == {pre} || (k_{t} == 0 && {cnt} == {pre} - 1));")
                    else:
                        checks.append(f"assert({cnt} == {pre});")
                if where := self.stranded_where(g, p, i):
                    checks.append(f"assert(!({where}));")
                out += [guard, *checks, "#endif"]
            elif p.group == g.name and p.kind == "data_after_close":
                if ev == p.item:
                    out += [guard, f"assert(!({self.seen(g, p, i)} && k_{t} != 3 && k_{t} != 4));", "#endif"]
            elif p.group == g.name and p.kind == "never_after" and (cond := self.happens(g, p.never, ev, t)):
                out += [guard, f"assert(!({self.seen(g, p, i)} && ({cond})));", "#endif"]
            elif p.group == g.name and p.kind == "no_refusal" and ev == p.item:
                out += [guard, f"assert(k_{t} == 0 || k_{t} == 4);", "#endif"]
            elif p.group == g.name and p.kind == "no_delivery_after_terminal" and ev == p.deliver:
                term = " || ".join(f"pre_s_{t} == {self.state_const(g, s)}" for s in terminals)
                out += [guard, f"assert(!(({term}) && k_{t} == 0));", "#endif"]
        for p in self.ghost_props(g):
            if p.kind == "leads_to" and (conds := [c for x in p.eventually if (c := self.happens(g, x, ev, t))]):
                cond = " || ".join(f"({c})" for c in conds)
                out.append(f"if :: ({cond}) -> {self.seen(g, p, i)} = 0 :: else -> skip fi;")
            cond = f"k_{t} == 0" if p.kind == "data_after_close" and ev == p.close else \
                self.happens(g, p.after, ev, t) if p.kind in ("never_after", "leads_to") else ""
            if cond:
                out.append(f"if :: ({cond}) -> {self.seen(g, p, i)} = 1 :: else -> skip fi;")
        return out

    def invariants(self) -> str:
        """always: asserted on the state after each step (an inline called by every input)."""
        lines = ["inline invariants() {", "  skip;"]
        for p in self.props:
            if p.kind != "always" or p.expr is None:
                continue
            lines.append(f"#ifdef P_{p.name}")
            for i in range(p.width):
                def term(name, i=i):
                    _, grp, var = next(x for x in p.terms if x[0] == name)
                    if grp.startswith("@"):  # counted just before (count_in_flight)
                        return f"cnt_{grp[1:]}_{var}_{p.at(self.sys, grp, i)}"
                    return self.var(self.sys.group(grp), var, str(p.at(self.sys, grp, i))) if grp else str(var)
                for name, grp, var in p.terms:
                    if grp.startswith("@"):
                        lines.append(self.count_in_flight(self.sys.channel(grp[1:]), var, p.at(self.sys, grp, i)))
                where = " && ".join("(" + " || ".join(
                    f"{self.var(self.sys.group(w), 'state', str(p.at(self.sys, w, i)))} == "
                    f"{self.state_const(self.sys.group(w), st)}" for st in states) + ")" for w, states in p.when)
                lines.append(f"  assert(!({where or 'true'}) || ({render(p.expr, term)}));")
            lines.append("#endif")
        lines.append("}")
        return "\n".join(lines)

    def count_in_flight(self, c, ev: str, j: int) -> str:
        """cnt_<c>_<ev>_<j> = the messages ev in queue j of c, not older than the receiver's
        generation: one turn of the queue (each received and sent back, so it is unchanged)."""
        q, cnt = f"q_{c.name}[{j}]", f"cnt_{c.name}_{ev}_{j}"
        self.counters.add(cnt)
        gen = self.var(self.sys.group(c.target), "gen", str(j))
        ms = c.messages(self.sys.group(c.target).machine, ev)
        return (f"  {cnt} = 0; k_turn = len({q}); do :: k_turn > 0 -> {q}?m_{c.name},t_{c.name}; "
                f"if :: m_{c.name} >= {ms.start} && m_{c.name} <= {ms.stop - 1} && t_{c.name} >= {gen} -> {cnt}++ "
                f":: else -> skip fi; "
                f"{q}!m_{c.name},t_{c.name}; k_turn-- :: else -> break od;")

    def ltl(self) -> list[str]:
        """leads_to: every obligation (its ghost flag, per instance) is eventually discharged."""
        out = []
        for p in self.props:
            if p.kind == "leads_to":
                g = self.sys.group(p.group)
                claim = " && ".join(f"[] ({self.seen(g, p, str(j))} -> <> !{self.seen(g, p, str(j))})"
                                    for j in range(g.count))
                out += [f"#ifdef P_{p.name}", f"ltl l_{p.name} {{ {claim} }}", "#endif"]
        return out

    def renew(self, groups: tuple[str, ...]) -> str:
        lines = [f"inline renew_{'_'.join(groups)}() {{", "  gen = gen + 1;"]
        for gname in groups:
            g = self.sys.group(gname)
            together = [x for x in groups if self.sys.group(x).count == g.count]  # one channel's ends
            for j in range(g.count):
                conds = []
                for other in together:
                    og = self.sys.group(other)
                    ok = [f"{self.var(og, 'state', str(j))} == {self.state_const(og, s.name)}"
                          for s in og.machine.states if s.terminal]
                    init = [f"{self.var(og, 'state', str(j))} == {self.state_const(og, og.machine.initial.name)}"]
                    init += [f"{self.var(og, v.name, str(j))} == {v.init}" for v in og.machine.vars]
                    conds.append("(" + " || ".join(ok + ["(" + " && ".join(init) + ")"]) + ")")
                resets = []
                for p in self.props:
                    if p.kind == "no_silent_drop" and p.group == gname:
                        resets.append(f"\n#ifdef P_{p.name}\n    assert({self.var(g, p.count, str(j))} == 0);\n#endif\n   ")
                resets.append(f"{self.var(g, 'state', str(j))} = {self.state_const(g, g.machine.initial.name)}")
                resets += [f"{self.var(g, v.name, str(j))} = {v.init}" for v in g.machine.vars]
                resets.append(f"{self.var(g, 'gen', str(j))} = gen")
                resets += [f"{self.seen(g, p, str(j))} = 0" for p in self.ghost_props(g)]
                lines.append(f"  if :: ({' && '.join(conds)}) -> {'; '.join(r for r in resets)} :: else -> skip fi;")
        for g in self.sys.groups:  # instances no renew restarts live on in the new generation
            if g.name not in groups:
                lines += [f"  {self.var(g, 'gen', str(j))} = gen;" for j in range(g.count)]
        lines.append("}")
        return "\n".join(lines)

    def emit(self, regenerate: str) -> str:
        sys_, v = self.sys, self.variant
        out = [f"/* DO NOT EDIT: generated from {comment(sys_.file)} by phasegen ({comment(regenerate)}).",
               f"   System {sys_.name}, variant {v.name}; symmetry off. Properties: "
               + ", ".join(f"-DP_{p.name}" for p in self.props if p.kind != "no_stuck") + " */", ""]
        for g in sys_.groups:
            for n, s in enumerate(g.machine.states):
                out.append(f"#define {self.state_const(g, s.name)} {n}")
        out.append("")
        out.append("byte gen = 0;")
        budgets = [inp for inp in v.inputs if inp.budget is not None]
        for n, inp in enumerate(budgets):
            out.append(f"byte budget{n} = {inp.budget};  /* {inp.group}: {', '.join(inp.events)} */")
        faults = list(enumerate(v.faults))
        for n, f in faults:
            out.append(f"byte fbudget{n} = {f.budget};  /* channel {f.channel}: {f.kind} */")
        for c in sys_.channels:
            out.append(f"chan q_{c.name}[{sys_.group(c.target).count}] = [{c.capacity}] of {{ byte, byte }};"
                       f"  /* {c.source} -> {c.target}: {', '.join(c.events)} */")

        for g in sys_.groups:
            out.append(f"byte g_{g.name}_state[{g.count}] = {self.state_const(g, g.machine.initial.name)};")
            for var in g.machine.vars:
                out.append(f"{_ctype(var.lo, var.hi)} g_{g.name}_v_{var.name}[{g.count}] = {var.init};")
            out.append(f"byte g_{g.name}_gen[{g.count}] = 0;")
            out += [f"bit {self.seen(g, p, str(g.count))} = 0;" for p in self.ghost_props(g)]
        # build inlines for every input event (and, through links, every delivered event)
        for inp in v.inputs:
            for ev in inp.events:
                self.build_inline(sys_.group(inp.group), ev)
        for c in sys_.channels:
            for ev in c.events:
                self.build_inline(sys_.group(c.target), ev)
        out.append("")
        # Scratch: what a step computes on the way, zeroed when it ends (clear_scratch), so it
        # is part of no stored state; not `hidden`, which pan's -DNCORE and -DBFS refuse.
        scratch: list = []  # (Promela type, name)
        for (gname, ev) in self.inlines:
            g = sys_.group(gname)
            t = f"g_{gname}_{ev}"
            scratch += [("byte", f"pre_s_{t}"), ("byte", f"em_{t}"), ("byte", f"k_{t}")]
            scratch += [(_ctype(x.lo, x.hi), f"pre_v_{x.name}_{t}") for x in g.machine.vars]
            scratch += [("byte", f"ea_{t}_{a}") for a in self.watched_actions(g)]
        for c in sys_.channels:
            scratch += [("byte", f"{x}_{c.name}") for x in ("m", "t", "m2", "t2", "m3", "t3", "n")]
        out.append("")
        for link in sys_.links:
            if link.renew:
                out.append(self.renew(link.renew))
        sends = [self.channel_inlines(c) for c in sys_.channels]
        for send, _ in sends:
            out.extend(send)
        out.extend(text for text in self.inlines.values())
        for _, recv in sends:
            out.extend(recv)
        invariants = self.invariants()
        if self.counters:
            scratch += [("byte", x) for x in ["k_turn"] + sorted(self.counters)]
        for ctype in sorted({t for t, _ in scratch}):
            out.append(f"{ctype} " + ", ".join(n for t, n in scratch if t == ctype) + ";")
        out.append("inline clear_scratch() {")
        out += [f"  {n} = 0;" for _, n in scratch] or ["  skip;"]
        out.append("}")
        out.append(invariants)
        out.extend(self.ltl())
        out.append("")
        out.append("active proctype env() {")
        out.append("  do")
        for inp in v.inputs:
            g = sys_.group(inp.group)
            for j in range(g.count):
                for ev in inp.events:
                    local = g.machine.events[g.machine.event_index[ev]].source == "local"
                    conds = []
                    if inp.budget is not None:
                        conds.append(f"budget{budgets.index(inp)} > 0")
                    for wname, states in inp.when:
                        wg = sys_.group(wname)
                        wj = str(j) if wg.count > 1 else "0"
                        conds.append("(" + " || ".join(f"{self.var(wg, 'state', wj)} == {self.state_const(wg, s)}"
                                                       for s in states) + ")")
                    if inp.stale:
                        if local:
                            continue
                        conds += ["gen >= 1", f"{self.var(g, 'gen', str(j))} == gen"]
                        tag = "gen - 1"
                    elif local:
                        tag = str(UNTAGGED)
                    else:
                        conds.append(f"{self.var(g, 'gen', str(j))} == gen")
                        tag = "gen"
                    dec = [f"budget{budgets.index(inp)}--"] if inp.budget is not None else []
                    call = self.call(g, ev, str(j), tag)
                    out.append(f"  :: d_step {{ {' && '.join(conds) or 'true'} -> "
                               f"{'; '.join(dec + [call, 'invariants()', 'clear_scratch()'])} }}")
        out.extend(self.network_options(faults))
        out.append("  od")
        out.append("}")
        return "\n".join(out) + "\n"


def promela(system: System, variant: Variant, regenerate: str = REGENERATE) -> str:
    return _Emitter(system, variant).emit(regenerate)
