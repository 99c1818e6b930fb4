"""Events with arguments, expanded for the checks: one event per declared event and
combination of argument values, each row copied per instance with the values put in.

The checks (check.py), the reference interpreter and the explorer then see an ordinary
machine, so they stay exhaustive over argument values without knowing about arguments:
a cell is a (state, event instance), and every one needs exactly one outcome for every
valuation of the vars. The declared machine stays reachable as `Machine.source`; the
generated C++ is rendered from it (one Event enumerator per declared event, the
arguments passed to step()).
"""
from __future__ import annotations

import dataclasses
import itertools

from .expr import Update, compiled, substitute
from .model import Event, Machine, Row, instance_name


def instances(e: Event) -> list[Event]:
    """The instances of a declared event: itself when it has no arguments."""
    if not e.args:
        return [e]
    return [Event(instance_name(e.name, e.args, values), e.source, e.doc, e.pos, (), e.name, values)
            for values in itertools.product(*(range(a.lo, a.hi + 1) for a in e.args))]


def _copy(r: Row, declared: Event, e: Event) -> Row:
    """Row r for instance e of the declared event: its arguments replaced by e's values."""
    values = dict(zip((a.name for a in declared.args), e.values))
    guard = substitute(r.guard, values) if r.guard is not None else None
    updates = tuple(Update(u.var, u.op, substitute(u.value, values), u.offset) for u in r.updates)
    return dataclasses.replace(r, event=e.name, guard=guard, updates=updates)


def _live(m: Machine, guard) -> bool:
    """Whether a guard holds for some valuation of the vars."""
    if guard is None:
        return True
    f = compiled(guard)
    env = dict(m.param_env)
    names = [v.name for v in m.vars]
    for values in itertools.product(*(range(v.lo, v.hi + 1) for v in m.vars)):
        env.update(zip(names, values))
        if f(env):
            return True
    return False


def expand_args(m: Machine) -> Machine:
    """The machine with every event instance an event of its own (see the module doc). A
    copy of a row whose guard cannot hold for its argument values is left out (the row
    applies to other values); when every copy is dead, the first stays, so that the
    checks report the row (E-dead-row)."""
    declared = {e.name: e for e in m.events}
    by_event = {e.name: instances(e) for e in m.events}
    rows: list[Row] = []
    for r in m.rows:
        copies = [_copy(r, declared[r.event], e) for e in by_event[r.event]]
        if len(copies) > 1 and r.guard is not None:
            live = [c for c in copies if _live(m, c.guard)]
            copies = live or copies[:1]
        first = len(rows)
        rows += [dataclasses.replace(c, index=first + i) for i, c in enumerate(copies)]
    events = tuple(i for e in m.events for i in by_event[e.name])
    return dataclasses.replace(m, events=events, rows=tuple(rows), source=m)
