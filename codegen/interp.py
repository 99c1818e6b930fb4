"""The reference semantics of a machine: a small, slow, obviously-correct interpreter.

The static checks, the expected values in generated tests and the differential test all
use this; the generated C++ must agree with it step by step.

A configuration is (state name, tuple of var values in declaration order). A step:
exactly one row of the (state, event) cell is enabled (the checks prove it); a
"transition" row applies its updates in the order written (each sees the previous ones)
and moves to its target; every other disposition leaves the configuration unchanged (an
ignore or reject row may emit actions all the same: they are reported, never dropped).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from .expr import compiled
from .model import Machine, Row, instance_name

Config = tuple  # (state: str, vars: tuple[int, ...])


@dataclass(frozen=True)
class Step:
    kind: str  # transition | ignore | reject | violation
    code: str
    row: Row
    before: Config
    after: Config
    emit: tuple[str, ...]


class NoRow(Exception):
    pass


def initial(m: Machine) -> Config:
    return (m.initial.name, tuple(v.init for v in m.vars))


def env(m: Machine, values: tuple[int, ...]) -> dict[str, int]:
    """Params and vars by name. Do not modify: environments are cached on the machine."""
    cache = m.env_cache
    e = cache.get(values)
    if e is None:
        e = dict(m.param_env)
        e.update(zip((v.name for v in m.vars), values))
        cache[values] = e
    return e


def enabled(m: Machine, state: str, values: tuple[int, ...], event: str) -> list[Row]:
    e = env(m, values)
    return [r for r in m.cells[(state, event)] if r.guard is None or compiled(r.guard)(e)]


def apply_row(m: Machine, row: Row, values: tuple[int, ...]) -> tuple[int, ...]:
    """Apply a row's updates in order; may leave a var's range (the checks forbid that)."""
    e = dict(env(m, values))
    for u in row.updates:
        x = compiled(u.value)(e)
        e[u.var] = {"=": x, "+=": e[u.var] + x, "-=": e[u.var] - x}[u.op]
    return tuple(e[v.name] for v in m.vars)


def step(m: Machine, config: Config, event: str) -> Step:
    state, values = config
    rows = enabled(m, state, values, event)
    if len(rows) != 1:
        raise NoRow(f"{len(rows)} rows enabled for ({state}, {event}) at {values}")
    row = rows[0]
    if row.kind != "transition":  # unchanged; an ignore or reject may still emit (a blocked notice)
        return Step(row.kind, row.code, row, config, config, row.emit)
    return Step("transition", "", row, config, (row.target, apply_row(m, row, values)), row.emit)


def event(m: Machine, name: str, values=()) -> str:
    """The event step() takes for a declared event with these argument values (in the
    order the event declares its args): its own name when it has none, else the
    instance's, e.g. `grant(n=2)` (a machine with events that carry data is checked and
    interpreted as its expansion, Machine.source being the machine as declared)."""
    if m.source is None:
        return name
    declared = next((e for e in m.source.events if e.name == name), None)
    if declared is None or len(values) != len(declared.args):
        raise ValueError(f"'{name}' with {len(values)} argument values is not an event of {m.name}")
    return instance_name(name, declared.args, values) if declared.args else name


def valuations(m: Machine):
    """Every valuation of the vars, in lexicographic order."""
    return itertools.product(*(range(v.lo, v.hi + 1) for v in m.vars))


def valuation_count(m: Machine) -> int:
    n = 1
    for v in m.vars:
        n *= v.hi - v.lo + 1
    return n
