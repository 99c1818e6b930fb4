"""The validated model: frozen dataclasses, each node with its source position.

No class here knows about C++ or any other output; backends read the model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from .diag import Diagnostic, Pos, did_you_mean
from .expr import Expr, Update

DISPOSITIONS = ("transition", "ignore", "reject", "violation")
STAY = "stay"  # `to: stay`: each state of the row stays where it is (no state may take the name)


@dataclass(frozen=True)
class Param:
    name: str
    value: int
    doc: str
    pos: Pos


@dataclass(frozen=True)
class Var:
    name: str
    lo: int
    hi: int
    init: int
    doc: str
    pos: Pos


@dataclass(frozen=True)
class State:
    name: str
    initial: bool
    terminal: bool
    doc: str
    pos: Pos


@dataclass(frozen=True)
class Arg:
    """A bounded integer argument of an event (`grant(n: 1..credit)`)."""
    name: str
    lo: int
    hi: int
    doc: str
    pos: Pos


@dataclass(frozen=True)
class Event:
    """A declared event (args: its arguments), or in a machine's argument expansion
    (Machine.source) one instance of a declared event: `base` with the argument `values`,
    named like `grant(n=2)`."""
    name: str
    source: str
    doc: str
    pos: Pos
    args: tuple[Arg, ...] = ()
    base: str = ""
    values: tuple[int, ...] = ()


@dataclass(frozen=True)
class Action:
    name: str
    doc: str
    pos: Pos


@dataclass(frozen=True)
class Row:
    """One transition row, or one default, applied to the cells (s, event) for s in states.

    kind is one of DISPOSITIONS. For "transition": target, updates, emit. Otherwise code
    is the ignore reason, reject code or violated rule; an ignore or reject may emit too
    (e.g. send a blocked notice): its actions are reported, the configuration unchanged.
    A row written `to: stay` over several states is one Row per state (target: that state).
    """
    index: int
    states: tuple[str, ...]
    event: str
    guard: Optional[Expr]
    guard_text: str
    kind: str
    target: str
    code: str
    updates: tuple[Update, ...]
    emit: tuple[str, ...]
    doc: str
    pos: Pos
    from_default: bool = False

    def next_state(self, state: str) -> str:
        return self.target if self.kind == "transition" else state


@dataclass(frozen=True)
class Machine:
    name: str
    namespace: str
    doc: str
    file: str  # the spec path as given to the generator (relative, for byte-stable output)
    generational: bool
    params: tuple[Param, ...]
    vars: tuple[Var, ...]
    states: tuple[State, ...]
    events: tuple[Event, ...]
    actions: tuple[Action, ...]
    rows: tuple[Row, ...]
    pos: Pos
    monitor: bool = False  # an observer in systems: exempt from the checks about terminal states (check.py)
    # Named lists of states (`state_groups:`), name -> states in the order the group lists
    # them; usable wherever a spec takes a list of states (expand_states).
    state_groups: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    warnings: tuple[Diagnostic, ...] = field(default=(), compare=False)  # printed, never fatal
    # For a machine whose events carry arguments, validate returns their expansion: one
    # event per declared event and argument values (named like `grant(n=2)`), each row
    # copied per instance with the values put in for the arguments. The checks, the
    # interpreter and the explorer read that; `source` is the machine as declared (its
    # rows name the arguments), which the generated C++ is rendered from.
    source: Optional["Machine"] = field(default=None, compare=False)

    @cached_property
    def initial(self) -> State:
        return next(s for s in self.states if s.initial)

    @cached_property
    def state_index(self) -> dict[str, int]:
        return {s.name: i for i, s in enumerate(self.states)}

    @cached_property
    def event_index(self) -> dict[str, int]:
        return {e.name: i for i, e in enumerate(self.events)}

    @cached_property
    def cells(self) -> dict[tuple[str, str], tuple[Row, ...]]:
        """(state, event) -> the rows that apply to it, in spec order."""
        n = len(self.events)
        rows: list[tuple[Row, ...]] = [()] * (len(self.states) * n)  # by state index * n + event index
        state_index = self.state_index
        for row in self.rows:
            e = self.event_index[row.event]
            for s in row.states:
                k = state_index[s] * n + e
                rows[k] = rows[k] + (row,)
        return dict(zip([(s.name, e.name) for s in self.states for e in self.events], rows))

    @cached_property
    def codes(self) -> tuple[str, ...]:
        """Every ignore reason, reject code and violated rule, in order of first use."""
        seen: dict[str, None] = {}
        for row in self.rows:
            if row.kind != "transition":
                seen.setdefault(row.code, None)
        return tuple(seen)

    @cached_property
    def param_env(self) -> dict[str, int]:
        return {p.name: p.value for p in self.params}

    @cached_property
    def env_cache(self) -> dict:
        """The reference interpreter's environments by valuation (interp.env), kept on the
        machine they belong to, so that they go away with it."""
        return {}

    def terminal(self, state: str) -> bool:
        return self.states[self.state_index[state]].terminal


class UnknownState(ValueError):
    """A name that is neither a state nor a state group of the machine (the message
    suggests the closest one)."""

    def __init__(self, name: str, message: str):
        super().__init__(message)
        self.name = name


def instance_name(event: str, args, values) -> str:
    """An event with argument values, as the expanded machine names it: `grant(n=2)`."""
    return f"{event}(" + ", ".join(f"{a.name}={v}" for a, v in zip(args, values)) + ")"


def expand_states(machine: Machine, names) -> tuple[str, ...]:
    """The states a list of state and state-group names stands for: each name's states in
    the order written (a group's in the group's order), each state once. Raises
    UnknownState for a name that is neither."""
    out: dict[str, None] = {}
    for name in names:
        if name in machine.state_index:
            out[name] = None
        elif name in machine.state_groups:
            out.update(dict.fromkeys(machine.state_groups[name]))
        else:
            choices = [s.name for s in machine.states] + list(machine.state_groups)
            raise UnknownState(name, f"'{name}' is neither a state nor a state group of machine "
                                     f"'{machine.name}'{did_you_mean(name, choices)}")
    return tuple(out)


@dataclass(frozen=True)
class Spec:
    """Everything one generator run reads."""
    machines: tuple[Machine, ...] = field(default_factory=tuple)
