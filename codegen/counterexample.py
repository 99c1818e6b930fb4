"""Counterexamples: readable text, replayable JSON, and replay."""
from __future__ import annotations

import json

from .diag import Collector
from .explore import Explorer, Failure
from .system import GRAPH_KINDS
from .load import Node, load_json, read_spec

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
    out = {"instance": ex.instances[k][2], "event": ev, "stale": stale}
    if hasattr(inp, "channel"):  # a channel step: its delivery, or a fault of the network
        out["via"] = inp.channel
        if inp.kind != "deliver":
            out["network"] = inp.kind
    return out


def matches(label, want: dict, k) -> bool:
    """Whether an enabled label is the input a counterexample step names (instance index k)."""
    inp = label[0]
    via = getattr(inp, "channel", None)
    network = getattr(inp, "kind", "deliver") if via else None
    return (label[1] == k and label[2] == want.get("event") and label[3] == want.get("stale")
            and via == want.get("via") and network == (want.get("network", "deliver") if via else None))


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
    for n, (label, records, state) in enumerate(failure.path, 1):
        first = True
        inp = label[0]
        channel = getattr(inp, "channel", None)
        left = f" budget: {state[ex.budget_at[id(inp)]]} of {inp.budget} left" if inp.budget is not None else ""
        if channel:  # a channel step: which channel, and the fault
            spent = f" [via {channel}" + (f", {inp.kind}{left}" if inp.kind != "deliver" else "") + "]"
        else:  # a spent budget explains inputs that stop being enabled
            spent = f" [{inp.group} {'/'.join(inp.events)}{left}]" if inp.budget is not None else ""
        if not records:
            lines.append(f"  {str(n) + '.':4} {ex.instances[label[1]][2]} {label[2]}{spent}: lost in the network")
        for r in records:
            d = _record(ex, r)
            gen = "" if d["generation"] is None else f" (gen {d['generation']})"
            stale = (" [stale input]" if first and label[3] else "") + (spent if first else "")
            outcome = d["disposition"] + (f" {d['code']}" if d["code"] else "")
            lines.append(f"  {str(n) + '.' if first else '':4} {'' if first else '-> '}{d['instance']} "
                         f"{d['event']}{gen}{stale}: {outcome}; {d['from']} -> {d['to']}")
            first = False
    return "\n".join(lines)


def _short(x) -> str:
    """A value from the file in a message: printable ASCII, at most 300 characters."""
    text = ascii(x)
    return text if len(text) <= 300 else text[:297] + "..."


def replay(ex: Explorer, data: dict) -> str:
    """Replays a counterexample's inputs; returns '' when it reproduces, else why not."""
    steps_at = data.get("$pos", {}).get("steps", [])

    def at(n: int) -> str:  # "file:line:col: " of step n (1-based) when load() read the file
        return f"{steps_at[n - 1]}: " if 0 < n <= len(steps_at) else ""
    if data.get("system") != ex.sys.name or data.get("variant") != ex.variant.name:
        return "the counterexample is for another system or variant"
    names = {name: k for k, (_, _, name) in enumerate(ex.instances)}
    prop = next((p for p in ex.sys.properties if p.name == data.get("property")), None)
    if prop is None:
        at_prop = data.get("$pos", {}).get("property")
        return f"{at_prop + ': ' if at_prop else ''}the system has no property {_short(data.get('property'))}"
    kind = prop.kind
    st = ex.initial()
    visited = [st]
    steps = data.get("steps", [])
    for n, step in enumerate(steps, 1):
        want = step["input"]
        label = next((l for l in ex.enabled(st) if matches(l, want, names.get(want["instance"]))), None)
        if label is None:
            return f"{at(n)}step {n}: input {_short(want)} is not enabled"
        st, records, failures = ex.apply(st, label)
        visited.append(st)
        got = [_record(ex, r) for r in records]
        if got != step["dispatches"]:
            return f"{at(n)}step {n}: dispatches differ: recorded {_short(step['dispatches'])}, replayed {_short(got)}"
        step["state"] = ex.describe(st)  # what to_doctest reads: the explorer's, not the file's
        if n == len(steps) and kind not in GRAPH_KINDS and data["property"] not in {p for p, _, _ in failures}:
            return f"{at(n)}step {n}: property {data['property']} is not violated"
    if kind == "no_stuck" and ex.can_settle(st):
        return "a settled state is reachable from the last state: it is not stuck"
    if kind == "terminates" and ex.can_settle(st, ex.all_terminal):
        return "a state where every instance is terminal is reachable from the last state"
    if kind == "leads_to" and not ex.stays_open(prop, visited):
        return "the last state does not keep an obligation open: no input is enabled in it with none open, " \
               "or it does not return to an earlier state"
    if not steps and kind not in GRAPH_KINDS:
        return "the counterexample has no steps"
    return ""


# The shape of a counterexample file, checked before replay reads any of it: key -> type
# ("str", "int", "bool", "int?" for an integer or null, "list", "map").
_TOP = {"phasegen_counterexample": "int", "system": "str", "file": "str", "variant": "str", "property": "str",
        "message": "str", "steps": "list"}
_STEP = {"input": "map", "dispatches": "list", "state": "map"}
_INPUT = {"instance": "str", "event": "str", "stale": "bool"}
_DISPATCH = {"instance": "str", "event": "str", "generation": "int?", "disposition": "str", "code": "str",
             "from": "str", "to": "str"}  # and one integer per var of the machine
_TYPES = {"str": "a string", "int": "an integer", "bool": "true or false", "int?": "an integer or null",
          "list": "a list", "map": "an object"}


def _plain(node: Node):
    if node.kind == "map":
        return {k.value: _plain(v) for k, v in node.value}
    if node.kind == "seq":
        return [_plain(x) for x in node.value]
    return node.value


def _is(node: Node, kind: str) -> bool:
    if kind == "list":
        return node.kind == "seq"
    if kind == "map":
        return node.kind == "map"
    v = node.value if node.kind == "scalar" else ()
    if kind == "str":
        return isinstance(v, str)
    if kind == "bool":
        return isinstance(v, bool)
    return (isinstance(v, int) and not isinstance(v, bool)) or (kind == "int?" and v is None)


def _shape(node: Node, keys: dict, what: str, out: Collector, extra: str | None = None) -> bool:
    """Checks a JSON object against keys (and, with extra, other keys of that type)."""
    if node.kind != "map":
        out.error(node.pos, "E-type", f"{what} must be an object")
        return False
    got = {k.value: (k, v) for k, v in node.value}
    ok = True
    for key, kind in keys.items():
        if key not in got:
            out.error(node.pos, "E-missing-key", f"{what} needs the key '{key}'")
            ok = False
        elif not _is(got[key][1], kind):
            out.error(got[key][1].pos, "E-type", f"'{key}' of {what} must be {_TYPES[kind]}")
            ok = False
    for key, (knode, vnode) in got.items():
        if key not in keys and (extra is None or not _is(vnode, extra)):
            out.error(knode.pos, "E-type", f"unexpected key '{key}' in {what}")
            ok = False
    return ok


def load(path: str, shown: str) -> dict:
    """A counterexample file, read safely (load.read_spec) and checked against the shape
    to_json writes; raises SpecError with every problem at its file:line:col."""
    root = load_json(read_spec(path, shown, "the counterexample"), shown)
    out = Collector()
    if _shape(root, _TOP, "a counterexample", out, extra=None):
        steps = dict((k.value, v) for k, v in root.value)["steps"]
        for step in steps.value:
            if _shape(step, _STEP, "a step", out):
                f = dict((k.value, v) for k, v in step.value)
                _shape(f["input"], _INPUT, "a step's input", out, extra="str")  # and via, network
                for d in f["dispatches"].value:
                    _shape(d, _DISPATCH, "a dispatch", out, extra="int")
            if len(out.items) > 50:
                break
    out.raise_if_any()
    top = dict((k.value, v) for k, v in root.value)
    if top["phasegen_counterexample"].value != 1:
        out.error(top["phasegen_counterexample"].pos, "E-version", "this phasegen reads counterexample format 1")
        out.raise_if_any()
    data = _plain(root)
    # where each part is in the file, for located messages (where(), replay()); not part of the format
    data["$pos"] = {key: str(node.pos) for key, node in top.items()}
    data["$pos"]["steps"] = [str(step.pos) for step in top["steps"].value]
    return data


class Unknown(ValueError):
    """The counterexample names something its system does not have; key: which field."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key


def where(data, key: str, fallback: str) -> str:
    """file:line:col of a top-level key of a counterexample that load() read."""
    pos = data.get("$pos", {}) if isinstance(data, dict) else {}
    return pos.get(key) or f"{fallback}:1:1"


def dumps(data: dict) -> str:
    return json.dumps(data, indent=1) + "\n"


def to_doctest(ex: Explorer, data: dict, test_name: str = "") -> dict[str, str]:
    """A doctest case replaying a counterexample (JSON form) on phasegen::Driver instances,
    plus the headers of the machines it needs (with the system's overrides): {path: text}."""
    from . import checker_cpp
    from . import check as check_stage
    from . import emit as emit_stage
    from .emit import _env

    machines = dict((g.name, m) for g, m in checker_cpp.machines(ex.sys))
    outputs = {}
    for m in machines.values():
        outputs[f"{emit_stage.include_path(m)}.hpp"] = emit_stage.header(m, check_stage.check(m))
    ns = {g: f"{m.namespace}::{m.name}" for g, m in machines.items()}
    instances = []
    var_of = {}
    for k, (g, i, name) in enumerate(ex.instances):
        var = name.replace("[", "_").replace("]", "")
        var_of[name] = var
        instances.append({"name": name, "var": var, "ns": ns[g.name]})
    steps = []
    known = {var: 0 for var in var_of.values()}  # each driver's generation so far
    for step in data["steps"]:
        inp = step["input"]
        out = []
        for d in step["dispatches"]:
            group = d["instance"].split("[")[0]
            entry = {"var": var_of[d["instance"]], "ns": ns[group], "generation": d["generation"],
                     "index": next(k for k, (_, _, n) in enumerate(ex.instances) if n == d["instance"])}
            if d["event"] == "(renew)":
                out.append(dict(entry, renew=True, follow=False))
                continue
            stale_check = ex.sys.group(group).stale_check
            c = ex.compiled[group]
            e = c.machine.events[c.machine.event_index[d["event"]]]  # a value of an event with args: Event, Args
            declared = next((x for x in (c.machine.source or c.machine).events if x.name == e.base), None)
            args = (f", {ns[group]}::Args{{" + ", ".join(f".{a.name} = {v}" for a, v in zip(declared.args, e.values))
                    + "}") if declared is not None else ""
            entry.update(renew=False, follow=False, event=e.base or e.name, args=args, disposition=d["disposition"],
                         code=d["code"], to=d["to"], vars=[(v.name, d[v.name]) for v in c.machine.vars])
            if not stale_check:
                entry["generation"] = None  # the runtime modelled here has no generations
            out.append(entry)
        # Instances no renew restarted live on in the new generation: bring each driver to
        # the generation the explorer recorded for it after this step.
        for e in out:
            if e.get("renew"):
                known[e["var"]] = e["generation"]
        for _, _, n in ex.instances:
            g = step["state"][n]["generation"]
            if g > known[var_of[n]]:
                known[var_of[n]] = g
                out.append({"var": var_of[n], "follow": True, "renew": False, "generation": g})
        steps.append({"input": f"{inp['instance']} {inp['event']}{' (stale)' if inp['stale'] else ''}",
                      "dispatches": out})
    test_name = test_name or f"{data['system']}.{data['variant']}.{data['property']}"
    outputs[f"{test_name}.test.cpp"] = _env.get_template("counterexample.test.cpp.j2").render(
        data=data, instances=instances, steps=steps,
        includes=sorted({emit_stage.include_path(m) for m in machines.values()}))
    return outputs
