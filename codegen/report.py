"""The report: one static HTML page for a project (templates/report.html.j2). Each
machine's diagram, its full cell table (state x event, disposition colours, the spec line
of each cell) and check summary; each system's diagram, verdicts per variant and its
counterexamples as sequence charts; with traces, the cells real runs exercised, shaded on
the table and the diagram. Self-contained: inline SVG and CSS, no script, no network.
Pure but for Graphviz (graph.render); byte-stable (no times, no paths but the specs')."""
from __future__ import annotations

import os
from types import SimpleNamespace as Obj

import jinja2
from markupsafe import Markup

from . import graph
from .cache import template_cache
from .expr import render as render_expr
from .model import Machine

MAX_TABLE_CELLS = 20_000  # a larger machine's table is left out (the page would not load)

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(os.path.join(os.path.dirname(__file__), "templates")),
    undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    autoescape=True, bytecode_cache=template_cache())
_env.filters["plain"] = graph.plain


def qualified(m: Machine) -> str:
    return f"{m.namespace}::{m.name}" if m.namespace else m.name


def _svg(dot_text: str) -> Markup:
    """Graphviz's SVG, to put inline (Graphviz escapes every text it draws)."""
    return Markup(graph.inline_svg(graph.render(dot_text, "svg").decode("utf-8")))


def cell_entry(m: Machine, state: str, r, hits):
    """One row of a cell as the table shows it."""
    if r.kind == "transition":
        does = [f"{u.var} {u.op} {render_expr(u.value, lambda n: n)}" for u in r.updates]
        does += [f"emit {a}" for a in r.emit]
        text = f"→ {r.target}" + (f" / {'; '.join(does)}" if does else "")
    else:
        text = f"{r.kind} {r.code}" + (f" / {'; '.join(f'emit {a}' for a in r.emit)}" if r.emit else "")
    guard = " ".join(r.guard_text.split()) if r.guard_text else ""
    return Obj(kind=r.kind, guard=guard, text=text, line=r.pos.line, where=f"{m.file}:{r.pos.line}",
               default=r.from_default, hits=hits)


def machine_section(i: int, m: Machine, check_report, coverage):
    m = m.source or m  # events with arguments: their cells as declared (one column per event)
    cells = len(m.states) * len(m.events)
    table = None
    hit_cells = hit_rows = 0
    if cells <= MAX_TABLE_CELLS:
        table = []
        for s in m.states:
            row = []
            for e in m.events:
                entries = [cell_entry(m, s.name, r, None if coverage is None else
                                      coverage.get((s.name, e.name, r.pos.line), 0))
                           for r in m.cells[(s.name, e.name)]]
                hit = coverage is not None and any(x.hits for x in entries)
                hit_cells += hit
                hit_rows += sum(1 for x in entries if x.hits)
                kinds = {x.kind for x in entries}
                row.append(Obj(entries=entries, kind=kinds.pop() if len(kinds) == 1 else "mixed",
                               hit=hit, covered=coverage is not None))
            table.append(Obj(state=s, cells=row))
    try:
        diagram = _svg(graph.machine_dot(m, coverage=coverage, prefix=f"m{i}-"))
        diagram_error = ""
    except graph.GraphError as e:
        diagram, diagram_error = Markup(""), str(e)
    total_rows = sum(len(rows) for rows in m.cells.values())
    return Obj(anchor=f"m{i}", name=qualified(m), file=m.file, doc=m.doc, summary=check_report.summary(),
               states=m.states, events=m.events, table=table, cells=cells, diagram=diagram,
               diagram_error=diagram_error, covered=coverage is not None, hit_cells=hit_cells,
               hit_rows=hit_rows, total_rows=total_rows)


def system_section(i: int, system, verdicts):
    try:
        diagram = _svg(graph.system_dot(system, prefix=f"s{i}-"))
        diagram_error = ""
    except graph.GraphError as e:
        diagram, diagram_error = Markup(""), str(e)
    variants = []
    for k, v in enumerate(r for r in verdicts if r["file"] == system.file and r["system"] == system.name):
        props = []
        for name, p in v["properties"].items():
            prop = next((x for x in system.properties if x.name == name), None)
            chart = None
            if p.get("counterexample", {}).get("steps"):  # an unreachable goal has no trace to draw
                chart = Markup(graph.sequence_svg(p["counterexample"], system.links, prefix=f"s{i}-v{k}-{name}-"))
            message = p.get("message", "")
            if "witness" in p:  # reachable: proved by its witness (not drawn: a chart marks its last step failing)
                message = f"reachable in {len(p['witness']['steps'])} steps: {p['witness']['message']}"
            props.append(Obj(name=name, verdict=p["verdict"], message=message, chart=chart,
                             doc=prop.doc if prop else "", steps=len(p["counterexample"]["steps"]) if chart else 0,
                             cls="proved" if p["verdict"] in ("proved", "reachable") else
                             "expected" if p["verdict"] == "fails as expected" else "fails"))
        doc = next((x.doc for x in system.variants if x.name == v["variant"]), "")
        variants.append(Obj(name=v["variant"], doc=doc, states=v["states"], transitions=v["transitions"],
                            depth=v["depth"], engine=v["engine"], symmetry=v["symmetry"], properties=props))
    return Obj(anchor=f"s{i}", name=system.name, file=system.file, doc=system.doc, diagram=diagram,
               diagram_error=diagram_error, variants=variants,
               instances=[Obj(name=g.name, count=g.count, machine=qualified(g.machine), file=g.machine.file)
                          for g in system.groups])


def page(results, systems, verdicts, coverage=None, records=0, traces=()) -> str:
    """results: [(machine, check report)]; systems: validated System objects; verdicts:
    Checking.reports (one dict per system variant); coverage: {qualified machine name:
    {(state, event, line): count}} from traces, or None."""
    machines = [machine_section(i, m, rep, None if coverage is None else coverage.get(qualified(m), {}))
                for i, (m, rep) in enumerate(results)]
    sections = [system_section(i, s, verdicts) for i, s in enumerate(systems)]
    title = ", ".join([s.name for s in sections] or [m.name for m in machines][:3]) or "phasegen"
    return _env.get_template("report.html.j2").render(
        title=title, machines=machines, systems=sections, covered=coverage is not None, records=records,
        traces=[os.path.basename(t) for t in traces], colors=graph.COLORS, fills=graph.FILLS)
