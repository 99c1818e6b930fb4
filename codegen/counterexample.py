"""Counterexamples: readable text, replayable JSON, and replay."""
from __future__ import annotations

import json

from .explore import Explorer, Failure

KIND = {"transition": "transition", "ignore": "ignored", "reject": "rejected", "violation": "violation",
        "stale": "stale", "renew": "renewed"}


def _record(ex: Explorer, rec) -> dict:
    name, ev, tag, kind, code, before, after = rec
    group = name.split("[")[0]
    c = ex.compiled[group]
    out = {"instance": name, "event": ev, "generation": tag, "disposition": KIND[kind], "code": code,
           "from": c.configs[before][0], "to": c.configs[after][0]}
    out.update({v.name: x for v, x in zip(c.machine.vars, c.configs[after][1])})
    return out


def _input(ex: Explorer, label) -> dict:
    inp, k, ev, stale = label
    return {"instance": ex.instances[k][2], "event": ev, "stale": stale}


def to_json(ex: Explorer, failure: Failure) -> dict:
    return {
        "phasegen_counterexample": 1,
        "system": ex.sys.name,
        "file": ex.sys.file,
        "variant": ex.variant.name,
        "property": failure.prop,
        "message": failure.message,
        "steps": [{"input": _input(ex, label), "dispatches": [_record(ex, r) for r in records],
                   "state": ex.describe(state)} for label, records, state in failure.path],
    }


def to_text(ex: Explorer, failure: Failure) -> str:
    lines = [f"counterexample: {ex.sys.name} [{ex.variant.name}] violates {failure.prop} in "
             f"{len(failure.path)} steps: {failure.message}"]
    for n, (label, records, _) in enumerate(failure.path, 1):
        first = True
        for r in records:
            d = _record(ex, r)
            gen = "" if d["generation"] is None else f" (gen {d['generation']})"
            stale = " [stale input]" if first and label[3] else ""
            outcome = d["disposition"] + (f" {d['code']}" if d["code"] else "")
            lines.append(f"  {str(n) + '.' if first else '':4} {'' if first else '-> '}{d['instance']} "
                         f"{d['event']}{gen}{stale}: {outcome}; {d['from']} -> {d['to']}")
            first = False
    return "\n".join(lines)


def replay(ex: Explorer, data: dict) -> str:
    """Replays a counterexample's inputs; returns '' when it reproduces, else why not."""
    if data.get("system") != ex.sys.name or data.get("variant") != ex.variant.name:
        return "the counterexample is for another system or variant"
    names = {name: k for k, (_, _, name) in enumerate(ex.instances)}
    prop = next((p for p in ex.sys.properties if p.name == data.get("property")), None)
    if prop is None:
        return f"the system has no property {data.get('property')!r}"
    kind = prop.kind
    st = ex.initial()
    steps = data.get("steps", [])
    for n, step in enumerate(steps, 1):
        want = step["input"]
        label = next((l for l in ex.enabled(st) if names.get(want["instance"]) == l[1]
                      and l[2] == want["event"] and l[3] == want["stale"]), None)
        if label is None:
            return f"step {n}: input {want} is not enabled"
        st, records, failures = ex.apply(st, label)
        got = [_record(ex, r) for r in records]
        if got != step["dispatches"]:
            return f"step {n}: dispatches differ: recorded {step['dispatches']}, replayed {got}"
        if n == len(steps) and kind != "no_stuck" and data["property"] not in {p for p, _, _ in failures}:
            return f"step {n}: property {data['property']} is not violated"
    if kind == "no_stuck" and ex.can_settle(st):
        return "a settled state is reachable from the last state: it is not stuck"
    if not steps and kind != "no_stuck":
        return "the counterexample has no steps"
    return ""


def dumps(data: dict) -> str:
    return json.dumps(data, indent=1) + "\n"
