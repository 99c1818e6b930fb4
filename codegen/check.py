"""Static checks of one machine, exhaustive over every valuation of its vars.

    E-unhandled     a (state, event) cell has no row at all
    E-guard-gap     a cell's rows leave some valuation without an outcome
    E-overlap       two rows of a cell are enabled for the same valuation
    E-range         an update can leave its var's range
    E-dead-row      a row's guard holds for no valuation: it can never fire
    E-terminal-exit a terminal state has a transition to another state
    E-unreachable   a state is not reachable from the initial configuration
    E-no-terminal   the machine declares no terminal state
    E-no-exit       a reachable configuration cannot reach any terminal state
    E-too-big       the vars have too many valuations to check exhaustively

A monitor (`monitor: true`: an observer of other machines in a system) is exempt from
E-unreachable, E-no-terminal and E-no-exit.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from . import interp
from .diag import Collector
from .expr import compiled
from .model import Machine, Row

MAX_CONFIGS = 2_000_000


@dataclass(frozen=True)
class Report:
    machine: str
    states: int
    events: int
    cells: int
    rows: int
    default_rows: int
    valuations: int
    reachable_configs: int
    reachable_edges: int
    cell_kinds: dict  # disposition kind -> number of cells whose only outcome is that kind
    witnesses: dict  # (row index, state) -> valuation enabling the row (reachable when possible)
    afters: dict  # (row index, valuation) -> the vars after a transition row's updates, for each valuation enabling it

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.cell_kinds.items()))
        return (f"{self.machine}: {self.states} states x {self.events} events = {self.cells} cells "
                f"({kinds}); {self.rows} rows ({self.default_rows} from defaults); "
                f"{self.valuations} var valuations; {self.reachable_configs} reachable configurations, "
                f"{self.reachable_edges} steps; all checks passed")


def _fmt(m: Machine, values) -> str:
    return "{" + ", ".join(f"{v.name}={x}" for v, x in zip(m.vars, values)) + "}" if m.vars else "{}"


def _holds(m: Machine, vals: list) -> dict[int, tuple[bool, ...]]:
    """row index -> whether its guard holds, for each valuation in order (each guard is
    evaluated once per valuation here; the checks below only look the answers up)."""
    envs = [interp.env(m, v) for v in vals]
    always = (True,) * len(vals)
    out = {}
    for r in m.rows:
        if r.guard is None:
            out[r.index] = always
        else:
            f = compiled(r.guard)
            out[r.index] = tuple(bool(f(e)) for e in envs)
    return out


def _cells(m: Machine, vals: list, holds: dict, out: Collector) -> None:
    """Totality and determinism of every cell, for every valuation."""
    cells = m.cells
    for s in m.states:
        unhandled: dict = {}  # declared event -> its events (argument values) with no row in s
        for e in m.events:
            rows = cells[(s.name, e.name)]
            if len(rows) == 1 and rows[0].guard is None:
                continue  # one unguarded row: exactly one outcome for every valuation
            if not rows:
                unhandled.setdefault(e.base or e.name, []).append(e)
                continue
            gap = overlap = None
            for i, values in enumerate(vals):
                on = [r for r in rows if holds[r.index][i]]
                if not on and gap is None:
                    gap = values
                if len(on) > 1 and overlap is None:
                    overlap = (values, on[0], on[1])
            if gap is not None:
                out.error(rows[0].pos, "E-guard-gap",
                          f"no row of cell ({s.name}, {e.name}) is enabled when {_fmt(m, gap)}")
            if overlap is not None:
                values, a, b = overlap
                out.error(b.pos, "E-overlap",
                          f"this row and the row at line {a.pos.line} are both enabled in cell "
                          f"({s.name}, {e.name}) when {_fmt(m, values)}")
        for declared, missing in unhandled.items():
            _unhandled(m, s, declared, missing, out)


def _unhandled(m: Machine, s, declared: str, missing: list, out: Collector) -> None:
    """One E-unhandled per state and declared event, naming the argument values without a
    row when only some are (an event with args expands into one event per value)."""
    values = [e for e in m.events if (e.base or e.name) == declared]
    if len(values) == 1:
        what = f"'{declared}'"
    elif len(missing) == len(values):
        what = f"'{declared}' (for all {len(values)} of its argument values)"
    else:
        what = ", ".join(f"'{e.name}'" for e in missing[:8]) + (f" (and {len(missing) - 8} more)" if len(missing) > 8 else "")
    elsewhere = sorted({st for r in m.rows if (r.event == declared or r.event in {e.name for e in values})
                        for st in r.states})
    hint = f"; rows for '{declared}' exist in {', '.join(elsewhere)}" if elsewhere else ""
    out.error(s.pos, "E-unhandled", f"state '{s.name}' has no outcome for event {what} (add a row or a default){hint}")


def _live(vals: list, holds: dict, r: Row) -> list:
    """The valuations for which r's guard holds, in order."""
    return [v for v, h in zip(vals, holds[r.index]) if h]


def _afters(m: Machine, vals: list, holds: dict) -> dict:
    """(row index, valuation) -> the vars after the row's updates, for every transition row
    with updates and every valuation its guard holds for (the range check and the walk
    share these)."""
    return {(r.index, values): interp.apply_row(m, r, values)
            for r in m.rows if r.kind == "transition" and r.updates for values in _live(vals, holds, r)}


def _rows(m: Machine, vals: list, holds: dict, afters: dict, out: Collector) -> None:
    terminal = {s.name for s in m.states if s.terminal}
    for r in m.rows:
        live = _live(vals, holds, r)
        if not live:
            out.error(r.pos, "E-dead-row", f"guard '{r.guard_text}' holds for no valuation of the vars; "
                      "this row can never fire")
            continue
        if r.kind == "transition":
            for s in r.states:
                if s in terminal and r.target != s:
                    out.error(r.pos, "E-terminal-exit",
                              f"terminal state '{s}' must absorb, but this row leaves it for '{r.target}'")
        if r.kind != "transition" or not r.updates:
            continue
        for values in live:
            bad = [(v, x) for v, x in zip(m.vars, afters[(r.index, values)]) if not v.lo <= x <= v.hi]
            if bad:
                v, x = bad[0]
                out.error(r.pos, "E-range", f"the updates can set '{v.name}' to {x}, outside [{v.lo}, {v.hi}], "
                          f"when {_fmt(m, values)}; tighten the guard")
                break


def _cell_kinds(m: Machine) -> dict:
    """(state, event) -> the kind of the cell's rows when they share one, else "guarded"."""
    return {cell: rows[0].kind if len(rows) == 1 or all(r.kind == rows[0].kind for r in rows) else "guarded"
            for cell, rows in m.cells.items()}


def _explore(m: Machine, vals: list, holds: dict, afters: dict, kinds: dict):
    """Every reachable configuration and the edges between them (breadth first). A step is
    interp.step's, with the cell's one enabled row (the cell checks proved there is one)
    looked up in `holds`. A cell whose rows are all ignore, reject or violation rows leaves
    every configuration as it is: the walk visits only the other cells."""
    stays = {s.name: False for s in m.states}  # whether some cell leaves the state's configurations as they are
    moves: dict = {s.name: [] for s in m.states}  # the state's other cells, in event order
    for (state, event), kind in kinds.items():
        if kind in ("transition", "guarded"):
            moves[state].append(m.cells[(state, event)])
        else:
            stays[state] = True
    index = {v: i for i, v in enumerate(vals)}
    start = interp.initial(m)
    seen = {start: None}
    edges: dict = {}
    queue = deque([start])
    while queue:
        c = queue.popleft()
        state, values = c
        i = index[values]
        succ = {c} if stays[state] else set()
        for rows in moves[state]:  # a cell of one row: that row, for every valuation
            r = rows[0] if len(rows) == 1 else next(r for r in rows if holds[r.index][i])
            if r.kind != "transition":
                nxt = c
            else:
                nxt = (r.target, afters[(r.index, values)] if r.updates else values)
            succ.add(nxt)
            if nxt not in seen:
                seen[nxt] = None
                queue.append(nxt)
        edges[c] = succ
    return list(seen), edges


def _graph(m: Machine, vals: list, holds: dict, afters: dict, kinds: dict, out: Collector):
    configs, edges = _explore(m, vals, holds, afters, kinds)
    if m.monitor:  # an observer: it need not end, and its bad states are unreachable when all is well
        return configs, edges
    reached = {s for s, _ in configs}
    for s in m.states:
        if s.name not in reached:
            out.error(s.pos, "E-unreachable", f"state '{s.name}' is not reachable from the initial state "
                      f"'{m.initial.name}'")
    terminals = [s.name for s in m.states if s.terminal]
    if not terminals:
        out.error(m.pos, "E-no-terminal", "the machine declares no terminal state (terminal: true)")
        return configs, edges
    preds: dict = {c: [] for c in configs}
    for c, succ in edges.items():
        for n in succ:
            preds[n].append(c)
    good = {c for c in configs if m.terminal(c[0])}
    queue = deque(good)
    while queue:
        c = queue.popleft()
        for p in preds[c]:
            if p not in good:
                good.add(p)
                queue.append(p)
    stuck = [c for c in configs if c not in good]
    reported = set()
    for state, values in stuck:
        if state not in reported:
            reported.add(state)
            pos = m.states[m.state_index[state]].pos
            where = f"state '{state}' with {_fmt(m, values)}" if m.vars else f"state '{state}'"
            out.error(pos, "E-no-exit", f"from {where} no terminal state "
                      f"({', '.join(terminals)}) can be reached")
    return configs, edges


def check(m: Machine) -> Report:
    out = Collector()
    n = interp.valuation_count(m)
    if n * len(m.states) > MAX_CONFIGS:
        out.error(m.pos, "E-too-big", f"{len(m.states)} states x {n} var valuations exceed the "
                  f"{MAX_CONFIGS} configurations phasegen checks exhaustively; narrow the var ranges")
        out.raise_if_any()
    vals = list(interp.valuations(m))
    holds = _holds(m, vals)
    _cells(m, vals, holds, out)
    afters = _afters(m, vals, holds)
    _rows(m, vals, holds, afters, out)
    out.raise_if_any()  # the graph checks need a total, deterministic, range-safe machine
    kinds = _cell_kinds(m)
    configs, edges = _graph(m, vals, holds, afters, kinds, out)
    out.raise_if_any()

    reached: dict = {}  # valuation -> the states it is reachable in
    for s, values in configs:
        reached.setdefault(values, set()).add(s)
    witnesses = {}
    for r in m.rows:
        live = _live(vals, holds, r)
        first = live[0]
        in_first = reached.get(first, ())
        for s in r.states:  # the first valuation enabling r that is reachable in s, if any
            witnesses[(r.index, s)] = (first if s in in_first
                                       else next((v for v in live if s in reached.get(v, ())), first))
    counts: dict = {}
    for k in kinds.values():
        counts[k] = counts.get(k, 0) + 1
    return Report(m.name, len(m.states), len(m.events), len(m.cells), sum(not r.from_default for r in m.rows),
                  sum(r.from_default for r in m.rows), n, len(configs), sum(len(s) for s in edges.values()),
                  counts, witnesses, afters)
