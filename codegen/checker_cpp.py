"""A system checker in C++: the same semantics as explore.py, compiled.

For each system this emits one .cpp file (all variants) and, for every machine, a header
generated with the system's param overrides in its own namespace. The checker's steps
call those headers' step() functions: the transition code that ships, with the bounds
being checked. runtime/include/phasegen/checker.hpp holds the search itself.
"""
from __future__ import annotations

import dataclasses
import functools
import operator

import jinja2

from . import check as check_stage
from . import emit as emit_stage
from .emit import REGENERATE, _env
from .explore import Compiled
from .expr import render
from .system import GHOST_KINDS, System, base_event, declared_event

UNCHECKED = ()  # property kinds this checker does not decide (the compiled engine hands those to the explorer)

KIND = {"transition": "transition", "ignore": "ignored", "reject": "rejected", "violation": "violation"}


def _ns(system: System) -> str:
    return f"check_{system.name}"


def machines(system: System):
    """(group, machine re-namespaced for the checker) for every group."""
    out = []
    for g in system.groups:
        m = g.machine
        ns = f"{_ns(system)}::{m.namespace}" if m.namespace else _ns(system)
        out.append((g, dataclasses.replace(m, namespace=ns)))
    return out


def emit(system: System, regenerate: str = REGENERATE) -> dict[str, str]:
    outputs: dict[str, str] = {}
    seen = set()
    for _, m in machines(system):
        path = emit_stage.include_path(m)
        if path not in seen:
            seen.add(path)
            outputs[f"checker/{path}.hpp"] = emit_stage.header(m, check_stage.check(m), regenerate)
    outputs[f"checker/{system.name}.cpp"] = _checker(system, regenerate)
    return outputs


def write(system: System, directory: str) -> str:
    """Writes the checker and its headers under directory (for tests and benchmarks that
    compile a system outside the build); returns the include directory to compile with."""
    import os

    for rel, text in emit(system).items():
        path = os.path.join(directory, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return os.path.join(directory, "checker")


def _checker(system: System, regenerate: str) -> str:
    groups = []
    for g, m in machines(system):
        groups.append({
            "name": g.name, "count": g.count, "ns": f"{m.namespace}::{m.name}", "include": emit_stage.include_path(m),
            "stale_check": g.stale_check, "terminal": [s.terminal for s in m.states],
            "events": {e.name: e.source for e in m.events}, "machine": m, "monitor": g.monitor,
            "flat": not emit_stage.arg_fields(emit_stage.declared(m)) and emit_stage.flat_step(emit_stage.declared(m)) is not None,
            "compiled": Compiled.build(m) if any(p.kind == "no_silent_drop" and p.group == g.name
                                                 for p in system.properties) else None,
        })
    by_name = {g["name"]: g for g in groups}
    words, fields = layout(system, groups)  # also each group's first part (g["part0"])
    variants = []
    for v in system.variants:
        props = [p for p in system.properties
                 if not p.variants or v.name in p.variants]
        budgets = [i for i in v.inputs if i.budget is not None]
        options = []
        for n, inp in enumerate(v.inputs):
            g = by_name[inp.group]
            for i in range(g["count"]):
                for ev in inp.events:
                    local = g["events"][ev] == "local"
                    if inp.stale and local:
                        continue
                    conds = []
                    if inp.budget is not None:
                        conds.append(f"s.budget[{budgets.index(inp)}] > 0")
                    for wname, states in inp.when:
                        wg = by_name[wname]
                        wi = i if wg["count"] > 1 else 0
                        conds.append("(" + " || ".join(f"s.{wname}[{wi}] == {wg['ns']}::State::{st}"
                                                       for st in states) + ")")
                    if inp.stale:
                        conds += ["s.gen >= 1", f"s.gen_{g['name']}[{i}] == s.gen"]
                        tag = "s.gen - 1"
                    elif local:
                        tag = "-1"
                    else:
                        conds.append(f"s.gen_{g['name']}[{i}] == s.gen")
                        tag = "s.gen"
                    name = g["name"] if g["count"] == 1 else f"{g['name']}[{i}]"
                    options.append({"cond": " && ".join(conds) or "true", "tag": tag, "group": g["name"], "index": i,
                                    "event": ev, "stale": inp.stale, "instance": name, "channel": "", "network": "",
                                    "base": base_event(g["machine"], ev), "args": _values(g, ev),
                                    "budget": budgets.index(inp) if inp.budget is not None else None})
        options += _network_options(system, v, by_name, len(budgets))
        budgets = budgets + list(v.faults)
        variants.append({"name": v.name, "props": props, "budgets": budgets, "options": options,
                         "bits": {p.name: (f"1u << {k}" if p in props else "0") for k, p in
                                  [(props.index(p) if p in props else 0, p) for p in system.properties]},
                         "blocks": _blocks(system, v),
                         "graph": [(k, p.kind) for k, p in enumerate(props) if p.kind in ("no_stuck", "terminates")],
                         "open": [(k, _open(system, p, by_name)) for k, p in enumerate(props) if p.kind == "leads_to"],
                         "invariants": [x for p in props if p.kind == "always" for x, _ in _invariant(system, p, by_name)],
                         "inv_mask": functools.reduce(operator.or_, [m for p in props if p.kind == "always"
                                                                     for _, m in _invariant(system, p, by_name)], 0),
                         "reach": [(k, _reached(system, p, by_name)) for k, p in enumerate(props) if p.kind == "reachable"]})
    # dispatch functions: every (group, event) an option or a link can reach
    needed: list = []

    def need(gname, ev):
        if (gname, ev) in needed:
            return
        needed.append((gname, ev))
        for link in system.links:
            if link.source == gname and link.target:
                need(link.target, link.event)
    for v in system.variants:
        for inp in v.inputs:
            for ev in inp.events:
                need(inp.group, base_event(by_name[inp.group]["machine"], ev))
    for c in system.channels:
        for ev in c.events:
            need(c.target, base_event(by_name[c.target]["machine"], ev))
    links = {}
    observers = {}
    channels = {c.name: c for c in system.channels}
    for link in system.links:
        if link.on:
            observers.setdefault((link.source, link.on), []).append(link)
        else:
            links.setdefault((link.source, link.action), []).append(link)
    dispatches = []
    for gname, ev in needed:
        g = by_name[gname]
        m = g["machine"]
        calls = []  # (action, [code lines])
        for a in m.actions:
            lines = []
            for link in links.get((gname, a.name), ()):
                if link.renew:
                    lines.append(f"renew_{'_'.join(link.renew)}<V>(s, f);")
                    continue
                dst = by_name[link.target]
                targets = [str(j) for j in range(dst["count"])] if g["count"] == 1 and dst["count"] > 1 else \
                    ["0" if g["count"] == 1 else "i"]
                if link.via:  # into the channel's queue, tagged with the sender's generation
                    msg = _message(channels[link.via], link, dst, m)
                    lines += [f"send_{link.via}<V>(s, {j}, {msg}, s.gen_{gname}[i], f);" for j in targets]
                else:
                    lines += [_link_call(link, dst, m, j) for j in targets]
            if lines:
                calls.append((a.name, lines))
        observed = []  # monitors fed when the event is taken
        for link in observers.get((gname, ev), ()):
            dst = by_name[link.target]
            targets = [str(j) for j in range(dst["count"])] if g["count"] == 1 and dst["count"] > 1 else \
                ["0" if g["count"] == 1 else "i"]
            observed += [_link_call(link, dst, m, j) for j in targets]
        declared = declared_event(m, ev)
        params = f", const {g['ns']}::Args& a" if declared is not None and declared.args else ""
        checks = _checks(system, g, ev)
        flat = not params and g["flat"]  # the step a load from the machine's flat table
        ghost_sets, ghost_clears = _ghost_sets(system, g, ev), _ghost_clears(system, g, ev)
        # What besides the instance's configuration a step may change, as conditions on the
        # outcome `o`: a link it follows (a partner, a channel, a renew), a ghost bit, a monitor.
        moves = [f"(o.actions & {g['ns']}::bit({g['ns']}::Action::{a})) != 0" for a, _ in calls]
        moves += [f"({cond})" for cond, _ in ghost_clears + ghost_sets]
        moves += ["o.disposition == Disposition::transition"] if observed else []
        dispatches.append({"group": g, "event": ev, "params": params, "calls": calls, "flat": flat,
                           "checks": [line for line, local in checks if not (flat and local)],
                           "local_checks": [line for line, local in checks if flat and local],
                           "ghost_sets": ghost_sets, "ghost_clears": ghost_clears,
                           "observed": observed, "moves": moves, "same_used": False, "linked": False, "link_same": False})
    # Steps known in advance to change nothing (checker.cpp.j2: successors): an input whose
    # dispatch is a load from the flat table and reads nothing but the configuration
    # (no check reads the ghost bits or the tag), without a budget, in a configuration
    # where the step leaves it as it is and follows no link, sets or clears no ghost bit
    # and feeds no monitor (the dispatch's `same_` table). A stale input is left out: its
    # dispatch classifies it by the generations.
    by_dispatch = {(d["group"]["name"], d["event"]): d for d in dispatches}
    for v in variants:
        for o in v["options"]:
            o["same"] = None
            if o["channel"] or o["budget"] is not None or o["stale"]:
                continue
            d = by_dispatch[(o["group"], o["base"])]
            if d["flat"] and not d["checks"]:
                o["same"] = d
                d["same_used"] = True
    for d in dispatches:  # a link's delivery: l_<group>_<event> skips the dispatch where it changes nothing
        d["linked"] = any(l.target == d["group"]["name"] and l.event == d["event"] and not l.args and not l.via
                          for l in system.links)
        d["link_same"] = d["linked"] and d["flat"] and not d["checks"]
        d["same_used"] = d["same_used"] or d["link_same"]
    renews = []
    for link in system.links:
        if link.renew:
            together = {g: [x for x in link.renew if by_name[x]["count"] == by_name[g]["count"]] for g in link.renew}
            renews.append({"name": "_".join(link.renew), "groups": [by_name[x] for x in link.renew], "together": together,
                           "names": list(link.renew)})
    chans = [{"name": c.name, "count": by_name[c.target]["count"], "capacity": c.capacity, "target": by_name[c.target],
              "events": c.events, "overflow": [p.name for p in system.properties if p.kind == "no_overflow"
                                               and (not p.channels or c.name in p.channels)],
              "calls": [f"d_{c.target}_{base_event(by_name[c.target]['machine'], ev)}<V>(s, j, t, f"
                        f"{_values(by_name[c.target], ev)})" for ev in c.events]}
             for c in system.channels]
    return _env.get_template("checker.cpp.j2").render(channels=chans,
        system=system, groups=groups, variants=variants, dispatches=dispatches, renews=renews,
        words=words, fields=fields, word_bits=word_bits(words, fields), parts=parts(fields), max_gen=max_generation(system),
        gvars={g["name"]: bool(g["machine"].vars) for g in groups},
        regenerate=regenerate, ns=_ns(system), max_budgets=max([len(v["budgets"]) for v in variants] + [0]),
        props_all=system.properties)


MAX_GENERATION = 250  # as in explore.py


def max_generation(system: System) -> int:
    """An upper bound on the generation any run can reach: every begin of a generation
    comes from an input whose dispatch can reach a renew link, so the bound is the sum
    of those inputs' budgets times the renews one dispatch can reach (MAX_GENERATION
    when such an input has no budget)."""
    groups = {g.name: g for g in system.groups}

    def renews(gname: str, ev: str, depth: int = 0) -> int:
        if depth > 16:
            return MAX_GENERATION
        g = groups[gname]
        ev = base_event(g.machine, ev) if ev in g.machine.event_index else ev  # a value of an event: the event
        emitted = {a for r in g.machine.rows if base_event(g.machine, r.event) == ev for a in r.emit}
        n = 0
        for link in system.links:
            if link.source != gname or link.action not in emitted:
                continue
            if link.renew:
                n += 1
            elif link.via:  # delivered later, maybe again (duplicated): unbounded as far as this bound knows
                n += MAX_GENERATION if renews(link.target, link.event, depth + 1) else 0
            else:
                fan = groups[link.target].count if g.count == 1 else 1
                n += fan * renews(link.target, link.event, depth + 1)
        return n
    bound = 0
    for v in system.variants:
        total = 0
        for inp in v.inputs:
            per = max(renews(inp.group, ev) for ev in inp.events)
            if per and inp.budget is None:
                return MAX_GENERATION
            total += per * (inp.budget or 0)
        bound = max(bound, total)
    return min(bound, MAX_GENERATION)


def layout(system: System, groups: list[dict]) -> tuple[int, list[dict]]:
    """The packed key: (words, fields). A field never straddles two words, and the top
    bit of the last word is left free (the hash set marks used slots with it)."""
    gen_bits = max_generation(system).bit_length()
    fields = []

    part = 0  # 0: gen and budgets; then one per instance (checker.cpp.j2: repack)

    def add(name, bits, read, write, zero=""):
        fields.append({"name": name, "bits": bits, "read": read, "write": write, "zero": zero, "part": part})
    add("gen", gen_bits, "s.gen", "s.gen = static_cast<std::uint8_t>(x);")
    def budgeted(v):  # inputs with a budget, then the network's faults
        return [i for i in v.inputs if i.budget is not None] + list(v.faults)
    for n in range(max((len(budgeted(v)) for v in system.variants), default=0)):
        top = max((b.budget for v in system.variants for b in budgeted(v)[n:n + 1]), default=0)
        add(f"budget{n}", top.bit_length(), f"s.budget[{n}]", f"s.budget[{n}] = static_cast<std::uint8_t>(x);")
    tracked: dict[str, int] = {}  # group -> its ghost bits (one per data_after_close, never_after property)
    for p in system.properties:
        if p.kind in GHOST_KINDS:
            tracked[p.group] = tracked.get(p.group, 0) + 1
    for g in groups:
        m = g["machine"]
        g["part0"] = part + 1
        for i in range(g["count"]):
            part += 1
            at = f"{g['name']}[{i}]"
            add(f"{at}.state", (len(m.states) - 1).bit_length(), f"static_cast<unsigned>(s.{at})",
                f"s.{at} = static_cast<{g['ns']}::State>(x);")
            for var in m.vars:
                ref = f"s.vars_{g['name']}[{i}].{var.name}"
                add(f"{at}.{var.name}", (var.hi - var.lo).bit_length(), f"({ref} - ({var.lo}))",
                    f"{ref} = static_cast<decltype({ref})>(static_cast<int>(x) + ({var.lo}));",
                    zero=f"{ref} = static_cast<decltype({ref})>({var.lo});")
            add(f"{at}.gen", gen_bits, f"s.gen_{g['name']}[{i}]",
                f"s.gen_{g['name']}[{i}] = static_cast<std::uint8_t>(x);")
            if g["name"] in tracked:
                add(f"{at}.closed", tracked[g["name"]], f"s.closed_{g['name']}[{i}]",
                    f"s.closed_{g['name']}[{i}] = static_cast<std::uint32_t>(x);")
            for c in system.channels:  # its incoming queues: length, then (message, generation) per slot
                if c.target != g["name"]:
                    continue
                add(f"{at}.{c.name}.length", c.capacity.bit_length(), f"s.qn_{c.name}[{i}]",
                    f"s.qn_{c.name}[{i}] = static_cast<std::uint8_t>(x);")
                for k in range(c.capacity):
                    add(f"{at}.{c.name}[{k}].message", (len(c.events) - 1).bit_length(), f"s.qm_{c.name}[{i}][{k}]",
                        f"s.qm_{c.name}[{i}][{k}] = static_cast<std::uint8_t>(x);")
                    add(f"{at}.{c.name}[{k}].gen", gen_bits, f"s.qt_{c.name}[{i}][{k}]",
                        f"s.qt_{c.name}[{i}][{k}] = static_cast<std::uint8_t>(x);")
    word, offset = 0, 0
    for f in fields:
        if f["bits"] == 0:
            continue
        if offset + f["bits"] > 64:
            word, offset = word + 1, 0
        f["word"], f["offset"] = word, offset
        offset += f["bits"]
    if offset == 64:
        word, offset = word + 1, 0
    return word + 1, fields


def word_bits(words: int, fields: list[dict]) -> list[int]:
    """How many low bits of each key word the layout uses (checker.hpp's compact set
    stores a two-word key in one word when these bits, less the home slot's, fit)."""
    used = [0] * words
    for f in fields:
        if f["bits"]:
            used[f["word"]] = max(used[f["word"]], f["offset"] + f["bits"])
    return used


def parts(fields: list[dict]) -> list[dict]:
    """The packed fields by part, each with the mask of its bits in every word it uses."""
    out: dict[int, dict] = {}
    for f in fields:
        if f["bits"]:
            p = out.setdefault(f["part"], {"bit": min(f["part"], 63), "fields": [], "masks": {}})
            p["fields"].append(f)
            p["masks"][f["word"]] = p["masks"].get(f["word"], 0) | ((1 << f["bits"]) - 1) << f["offset"]
    return list(out.values())


def ghost_bits(system: System) -> dict[str, int]:
    """Each data_after_close and never_after property's bit in its group's ghost bits (one
    per property: a close seen by one says nothing about another's)."""
    out: dict[str, int] = {}
    per_group: dict[str, int] = {}
    for p in system.properties:
        if p.kind in GHOST_KINDS:
            out[p.name] = 1 << per_group.get(p.group, 0)
            per_group[p.group] = per_group.get(p.group, 0) + 1
    return out


def _happens(g: dict, name: str, ev: str) -> str:
    """C++: never_after's 'happens' on a dispatch of ev: ev taken as a transition, or the
    action `name` emitted (false when it can be neither)."""
    m = g["machine"]
    conds = []
    if name == ev:
        conds.append("o.disposition == Disposition::transition")
    if name in {a.name for a in m.actions}:
        conds.append(f"(o.actions & {g['ns']}::bit({g['ns']}::Action::{name})) != 0")
    return " || ".join(conds)


def _reached(system: System, p, by_name: dict) -> str:
    """C++: reachable p's goal on State s: every instance of each group in `when` in one of
    its states, and `expr` at some index."""
    conds = []
    for gname, states in p.when:
        g = by_name[gname]
        for i in range(g["count"]):
            conds.append("(" + " || ".join(f"s.{gname}[{i}] == {g['ns']}::State::{st}" for st in states) + ")")
    if p.expr is not None:
        conds.append("(" + " || ".join(f"({render(p.expr, _term_cpp(system, p, i))})" for i in range(p.width)) + ")")
    return " && ".join(conds) or "true"


def _term_cpp(system: System, p, i: int):
    """C++ for a name of p's condition at index i: a var, a param, a count of messages in flight."""
    def term(name):
        _, grp, var = next(t for t in p.terms if t[0] == name)
        if grp.startswith("@"):
            c = system.channel(grp[1:])
            ms = c.messages(system.group(c.target).machine, var)
            return f"count_{c.name}(s, {p.at(system, grp, i)}, {ms.start}, {ms.stop - 1})"
        return f"value(s.vars_{grp}[{p.at(system, grp, i)}].{var})" if grp else str(var)
    return term


def _ghost_sets(system: System, g: dict, ev: str) -> list[tuple[str, int]]:
    """(C++ condition, bits) for the ghost bits a dispatch of ev sets after its checks."""
    out = []
    for p, bit in ghost_bits(system).items():
        prop = next(x for x in system.properties if x.name == p)
        if prop.group != g["name"]:
            continue
        if prop.kind == "data_after_close" and prop.close == ev:
            out.append(("o.disposition == Disposition::transition", bit))
        elif prop.kind in ("never_after", "leads_to") and (cond := _happens(g, prop.after, ev)):
            out.append((cond, bit))
    return out


def _ghost_clears(system: System, g: dict, ev: str) -> list[tuple[str, int]]:
    """(C++ condition, bits) for the leads_to obligations a dispatch of ev discharges (before
    the sets: a dispatch that does both 'after' and 'eventually' leaves one open)."""
    out = []
    for p, bit in ghost_bits(system).items():
        prop = next(x for x in system.properties if x.name == p)
        if prop.group == g["name"] and prop.kind == "leads_to":
            conds = [c for x in prop.eventually if (c := _happens(g, x, ev))]
            if conds:
                out.append((" || ".join(f"({c})" for c in conds), bit))
    return out


def _values(g: dict, ev: str) -> str:
    """C++: the Args argument for an event of g's expanded table (empty without args)."""
    m = g["machine"]
    e = m.events[m.event_index[ev]]
    if not e.base:
        return ""
    declared = declared_event(m, e.base)
    return f", {g['ns']}::Args{{" + ", ".join(f".{a.name} = {v}" for a, v in zip(declared.args, e.values)) + "}"


def _link_call(link, dst: dict, sender, j: str) -> str:
    """C++: a link's synchronous delivery to instance j of dst (a tag of -1: never stale)."""
    if not link.args:
        return f"l_{link.target}_{link.event}<V>(s, {j}, f);"
    return f"d_{link.target}_{link.event}<V>(s, {j}, -1, f{_link_args(link, dst, sender)});"


def _link_args(link, dst: dict, sender) -> str:
    """C++: the Args a link passes, computed on the sender's configuration after its step
    (`c` in the dispatch function); empty without args."""
    if not link.args:
        return ""
    def name(n):
        return f"c.vars.{n}" if n in {v.name for v in sender.vars} else str(sender.param_env[n])
    ns = dst["ns"]
    return f", {ns}::Args{{" + ", ".join(f".{a} = static_cast<decltype({ns}::Args::{a})>({render(e, name)})"
                                         for a, e, _ in link.args) + "}"


def _message(c, link, dst: dict, sender) -> str:
    """C++: the index into channel c's messages of what a link sends: fixed, or computed
    from its argument values (the expansion enumerates them last argument fastest)."""
    if not link.args:
        return str(c.events.index(link.event))
    declared = declared_event(dst["machine"], link.event)
    first = c.events.index(next(e for e in c.events if base_event(dst["machine"], e) == link.event))
    def name(n):
        return f"c.vars.{n}" if n in {v.name for v in sender.vars} else str(sender.param_env[n])
    terms, stride = [], 1
    for a, (_, e, _) in reversed(list(zip(declared.args, link.args))):
        terms.append(f"(({render(e, name)}) - ({a.lo})) * {stride}")
        stride *= a.hi - a.lo + 1
    return f"static_cast<std::uint8_t>({first} + " + " + ".join(terms) + ")"


def _network_options(system: System, v, by_name: dict, first_fault: int) -> list[dict]:
    """The channel steps of a variant, as options: deliver each queue's head, and the
    variant's faults (budgets after the inputs' ones)."""
    out = []
    for c in system.channels:
        for j in range(by_name[c.target]["count"]):
            name = c.target if by_name[c.target]["count"] == 1 else f"{c.target}[{j}]"
            base = {"group": c.target, "index": j, "event": "", "stale": False, "instance": name, "channel": c.name,
                    "budget": None, "tag": ""}
            out.append(dict(base, cond=f"s.qn_{c.name}[{j}] > 0", network="deliver"))
            for n, f in enumerate(v.faults):
                if f.channel == c.name:
                    need = 2 if f.kind == "reorder" else 1
                    out.append(dict(base, cond=f"s.budget[{first_fault + n}] > 0 && s.qn_{c.name}[{j}] >= {need}",
                                    network=f.kind, budget=first_fault + n))
    return out


def _open(system: System, p, by_name: dict) -> list[str]:
    """C++: leads_to p's obligation open, on State s, for each instance of its group."""
    g = by_name[p.group]
    return [f"(s.closed_{p.group}[{i}] & {ghost_bits(system)[p.name]}u) != 0" for i in range(g["count"])]


def _invariant(system: System, p, by_name: dict) -> list[tuple[str, int]]:
    """C++ statements checking always p on State s at each index (in successors()), each
    only when a part it reads changed (`touched`): one that did not change held before;
    each with the mask of the parts it reads."""
    if p.expr is None:
        return []
    out = []
    for i in range(p.width):
        term = _term_cpp(system, p, i)
        where = " && ".join("(" + " || ".join(f"s.{w}[{p.at(system, w, i)}] == {by_name[w]['ns']}::State::{st}"
                                              for st in states) + ")" for w, states in p.when) or "true"
        read = [w for w, _ in p.when] + [grp for _, grp, _ in p.terms if grp]
        mask = 0
        for grp in read:  # a channel's count: its queue to the target instance, part of that instance
            group = system.channel(grp[1:]).target if grp.startswith("@") else grp
            mask |= 1 << min(by_name[group]["part0"] + p.at(system, grp, i), 63)
        out.append((f"if (V::bit_{p.name} && (touched & 0x{mask:x}ull) && {where} && !({render(p.expr, term)})) "
                    f"f |= V::bit_{p.name};", mask))
    return out


def stranded_where(g: dict, p) -> str:
    """A C++ condition on the configuration `c` after a dispatch: its queued items can
    never leave (no_silent_drop; Compiled.stranded), or "" when no configuration is such."""
    c = g["compiled"]
    terms = []
    for st, valuations in c.stranded_where(p.count, p.deliver, p.discard):
        is_state = f"c.state == {g['ns']}::State::{st}"
        terms += [f"{is_state} && c.vars.{p.count} > 0"] if not valuations else [
            " && ".join([is_state] + [f"c.vars.{k} == {x}" for k, x in v.items()]) for v in valuations]
    return " || ".join(f"({t})" for t in terms)


def _checks(system: System, g: dict, ev: str) -> list[tuple[str, bool]]:
    """C++ statements checking, after one dispatch, every property that can see it, each
    with whether it reads only the instance's configurations before and after and the
    outcome (`before`, `c`, `o`): such a check is computed per configuration at compile
    time where the machine has a flat step table."""
    out = []
    ok = "o.disposition == Disposition::transition"
    for p in system.properties:
        bit = f"V::bit_{p.name}"
        if p.kind == "no_violation" and g["monitor"]:
            continue  # a monitor's violation is its monitor property's failure
        if p.kind == "no_violation":
            out.append((f"if ({bit} && o.disposition == Disposition::violation) f |= {bit};", True))
        elif p.kind == "stale_isolation" and not g["stale_check"]:
            out.append((f"if ({bit} && tag >= 0 && tag < s.gen_{g['name']}[i] && (!(c == before) || o.actions != 0)) "
                        f"f |= {bit};", False))
        elif p.group != g["name"]:
            continue
        elif p.kind == "no_silent_drop":
            a, b = f"c.vars.{p.count}", f"before.vars.{p.count}"
            if where := stranded_where(g, p):
                out.append((f"if ({bit} && ({where})) f |= {bit};", True))
            if ev == p.item:
                out.append((f"if ({bit} && {ok} && {a} != {b} + 1) f |= {bit};", True))
            else:
                out.append((f"if ({bit} && {a} > {b}) f |= {bit};", True))
                if ev == p.deliver:
                    out.append((f"if ({bit} && {a} < {b} && !({ok} && {a} == {b} - 1)) f |= {bit};", True))
                elif ev not in p.discard:
                    out.append((f"if ({bit} && {a} < {b}) f |= {bit};", True))
        elif p.kind == "data_after_close" and ev == p.item:
            out.append((f"if ({bit} && (s.closed_{g['name']}[i] & {ghost_bits(system)[p.name]}u) && "
                        f"o.disposition != Disposition::violation) f |= {bit};", False))
        elif p.kind == "never_after" and (cond := _happens(g, p.never, ev)):
            out.append((f"if ({bit} && (s.closed_{g['name']}[i] & {ghost_bits(system)[p.name]}u) && ({cond})) "
                        f"f |= {bit};", False))
        elif p.kind == "monitor":
            bad = "".join(f" || c.state == {g['ns']}::State::{st}" for st in p.bad)
            out.append((f"if ({bit} && (o.disposition == Disposition::violation{bad})) f |= {bit};", True))
        elif p.kind == "no_refusal" and ev == p.item:
            out.append((f"if ({bit} && (o.disposition == Disposition::ignored || o.disposition == Disposition::rejected "
                        f"|| o.disposition == Disposition::violation)) f |= {bit};", True))
        elif p.kind == "no_delivery_after_terminal" and ev == p.deliver:
            out.append((f"if ({bit} && terminal_{g['name']}[static_cast<std::size_t>(before.state)] && {ok}) "
                        f"f |= {bit};", True))
    return out


def _blocks(system: System, variant):
    multi = {g.name for g in system.groups if g.count > 1}
    parent = {g: g for g in multi}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x
    if any(p.kind == "leads_to" and system.group(p.group).count > 1 for p in system.properties):
        return []  # leads_to follows one instance's obligation through the graph: no symmetry (as explore.py)
    pairs = [(l.source, l.target) for l in system.links if l.target]
    pairs += [(i.group, w) for i in variant.inputs for w, _ in i.when]
    pairs += [(a, b) for l in system.links for a in l.renew for b in l.renew]
    for a, b in pairs:
        if a in multi and b in multi:
            parent[find(a)] = find(b)
    blocks: dict = {}
    for g in system.groups:
        if g.name in multi:
            blocks.setdefault(find(g.name), []).append(g)
    return [{"groups": [g.name for g in gs], "count": gs[0].count} for gs in blocks.values()]


__all__ = ["emit", "machines", "jinja2"]
