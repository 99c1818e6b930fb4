"""Pictures: a machine or a system as DOT and Mermaid text, a counterexample as a message
sequence chart (SVG and Mermaid sequenceDiagram). Pure: data -> text, except render(),
which runs Graphviz's `dot` on DOT text and returns what it prints (nothing is written).

Every piece of text from a spec, a system file or a counterexample reaches a picture only
through the escapes below, one per context: dot_str (a DOT quoted string, which Graphviz
escapes again for SVG), mermaid_text (Mermaid labels: every character that Mermaid could
read as syntax becomes a #NNN; entity code) and xml_text (SVG/HTML text and attributes).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

from .expr import render as render_expr
from .model import Machine, Row

DOT_TIMEOUT = 60  # seconds Graphviz may take for one picture
MAX_DRAWN_STATES = 400  # a machine with more states is refused (the layout would not read anyway)
MAX_DRAWN_EDGES = 1500  # merged edges; Graphviz needs minutes for a few thousand
MAX_LABEL = 90  # characters of one label line in a sequence chart (the full text is in its <title>)

COLORS = {"transition": "#1f4e8c", "ignore": "#7a7a7a", "reject": "#b26a00", "violation": "#c0282d"}
FILLS = {"transition": "#e3ecf8", "ignore": "#efefef", "reject": "#fcebd2", "violation": "#f9dcdc"}
REFUSALS = ("ignore", "reject", "violation")
FONT = "Helvetica,Arial,sans-serif"


class GraphError(Exception):
    """A picture cannot be made (Graphviz missing or failing, a machine too large to draw)."""


# --- escaping ---------------------------------------------------------------------------

_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def plain(text) -> str:
    """text on one line: whitespace runs (newlines included) as one space, every other
    invisible character (controls, bidi overrides) as <U+XXXX>."""
    out = []
    for ch in " ".join(str(text).split()):
        if unicodedata.category(ch) in _INVISIBLE:
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


def dot_str(text) -> str:
    """A DOT quoted string showing text literally: '&' as &amp; (Graphviz reads '&lt;' as
    '<'), quotes escaped, and a backslash as U+29F5 (reverse solidus operator): Graphviz
    reads '\\N', '\\l' and the like in tooltips even when the backslash is doubled or an
    entity. Text is one line (see plain)."""
    s = plain(text).replace("&", "&amp;").replace("\\", "\u29f5").replace('"', '\\"')
    return f'"{s}"'


def dot_lines(lines) -> str:
    """A multi-line DOT label, each line left-justified (\\l)."""
    body = "".join(dot_str(line)[1:-1] + "\\l" for line in lines)
    return f'"{body}"'


_MERMAID_SAFE = re.compile(r"[A-Za-z0-9 _.,:=+*/()\[\]!?-]")


def mermaid_text(text) -> str:
    """text for a Mermaid label, note or participant alias: everything but letters, digits,
    space and _.,:=+*/()[]!?- as an entity code (#60; for '<'), so nothing in it can end the
    label, start an arrow or a comment, or reach the rendered page as markup."""
    return "".join(ch if _MERMAID_SAFE.match(ch) else f"#{ord(ch)};" for ch in plain(text))


def xml_text(text) -> str:
    """text inside an SVG/HTML element or a quoted attribute, on one line."""
    return (plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def comment_line(text) -> str:
    """text after // in DOT or %% in Mermaid: one line, ASCII only."""
    return "".join(ch if 32 <= ord(ch) < 127 else f"<U+{ord(ch):04X}>" for ch in plain(text))


# --- a machine --------------------------------------------------------------------------

def _guard(r: Row) -> str:
    return f" [{' '.join(r.guard_text.split())}]" if r.guard_text else ""


def transition_label(r: Row) -> str:
    """event [guard] / updates; emit actions"""
    does = [f"{u.var} {u.op} {render_expr(u.value, lambda n: n)}" for u in r.updates]
    does += [f"emit {a}" for a in r.emit]
    return r.event + _guard(r) + (" / " + "; ".join(does) if does else "")


def machine_edges(m: Machine, coverage: dict | None = None):
    """Transitions merged per (from, to), in spec order: [(from, to, [(label, hits)])], hits
    None without coverage, else how often the trace exercised the row from that state."""
    edges: dict = {}
    for r in m.rows:
        if r.kind != "transition":
            continue
        for s in r.states:
            lines = edges.setdefault((s, r.target), [])
            label = transition_label(r)
            hits = None if coverage is None else coverage.get((s, r.event, r.pos.line), 0)
            for i, (have, h) in enumerate(lines):
                if have == label:  # the same row text twice (can only differ in spec line)
                    lines[i] = (have, None if h is None else h + (hits or 0))
                    break
            else:
                lines.append((label, hits))
    order = lambda kv: (m.state_index[kv[0][0]], m.state_index[kv[0][1]])  # noqa: E731
    return [(a, b, lines) for (a, b), lines in sorted(edges.items(), key=order)]


def machine_refusals(m: Machine, coverage: dict | None = None):
    """Per state and refusal kind, the cells that refuse: [(state, kind, [(text, hits)])],
    text 'code: event [guard], event'."""
    out = []
    for s in m.states:
        for kind in REFUSALS:
            by_code: dict = {}
            hits: dict = {}
            for e in m.events:
                for r in m.cells[(s.name, e.name)]:
                    if r.kind == kind:
                        emits = f" / emit {', '.join(r.emit)}" if r.emit else ""  # a blocked notice, say
                        by_code.setdefault(r.code, []).append(r.event + _guard(r) + emits)
                        if coverage is not None:
                            hits[r.code] = hits.get(r.code, 0) + coverage.get((s.name, r.event, r.pos.line), 0)
            if by_code:
                out.append((s.name, kind, [(f"{code}: {', '.join(evs)}", hits.get(code) if coverage is not None
                                            else None) for code, evs in by_code.items()]))
    return out


def _check_size(m: Machine):
    if len(m.states) > MAX_DRAWN_STATES:
        raise GraphError(f"{m.file}: {m.name} has {len(m.states)} states; phasegen draws machines of at most "
                         f"{MAX_DRAWN_STATES}")


def _hit_suffix(h) -> str:
    return "" if h is None else f" ({h}x)" if h else " (not run)"


def machine_dot(m: Machine, refusals: bool = False, coverage: dict | None = None, prefix: str = "") -> str:
    """The machine as a Graphviz digraph: transitions merged per (from, to), one line per
    row; the initial state marked by an arrow from a dot, terminal states double-bordered;
    with refusals, one dashed self-loop per state and kind (ignore, reject, violation);
    with coverage ({(state, event, line): count}), exercised edges thick, others grey.
    prefix: put before every SVG id (several pictures on one page)."""
    m = m.source or m  # events with arguments: drawn as declared, not per argument value
    _check_size(m)
    edges = machine_edges(m, coverage)
    if len(edges) > MAX_DRAWN_EDGES:
        raise GraphError(f"{m.file}: {m.name} has {len(edges)} edges; phasegen draws at most {MAX_DRAWN_EDGES}")
    visited = None
    if coverage is not None:
        visited = {s for (s, _, _), n in coverage.items() if n} | {m.initial.name}
        visited |= {r.target for r in m.rows if r.kind == "transition" for s in r.states
                    if coverage.get((s, r.event, r.pos.line))}
    name = f"{m.namespace}::{m.name}" if m.namespace else m.name
    out = [f"// phasegen graph of {comment_line(m.file)}",
           f"digraph {dot_str(m.name)} {{",
           f'  graph [rankdir=LR, fontname="{FONT}", fontsize=12, labelloc=t, label={dot_str(name)}, '
           f'nodesep=0.35, ranksep=0.5, tooltip={dot_str(m.doc or name)}];',
           f'  node [shape=box, style="rounded,filled", fillcolor="#f4f7fb", color="#33475b", fontname="{FONT}", '
           f'fontsize=11];',
           f'  edge [fontname="{FONT}", fontsize=9, color="{COLORS["transition"]}", arrowsize=0.7];',
           '  "__start" [shape=point, width=0.12, label="", tooltip="initial"];']
    for s in m.states:
        attrs = [f"label={dot_str(s.name)}", f"id={dot_str(prefix + 'state-' + s.name)}",
                 f"tooltip={dot_str(s.name + (': ' + s.doc if s.doc else ''))}"]
        if s.terminal:
            attrs.append("peripheries=2")
        if s.initial:
            attrs.append("penwidth=2")
        if visited is not None:
            attrs.append('fillcolor="#d7f0d2"' if s.name in visited else 'fillcolor="#ffffff", color="#9aa5b1"')
        out.append(f"  {dot_str(s.name)} [{', '.join(attrs)}];")
    out.append(f"  \"__start\" -> {dot_str(m.initial.name)};")
    for a, b, lines in edges:
        attrs = [f"label={dot_lines(label + _hit_suffix(h) for label, h in lines)}",
                 f"id={dot_str(f'{prefix}edge-{a}-{b}')}"]
        if a == b:
            attrs.append("dir=forward")
        if coverage is not None:
            hit = any(h for _, h in lines)
            attrs.append('penwidth=2.2, color="#2e7d32"' if hit else 'color="#9aa5b1", fontcolor="#6b7785"')
        out.append(f"  {dot_str(a)} -> {dot_str(b)} [{', '.join(attrs)}];")
    if refusals:
        for s, kind, lines in machine_refusals(m, coverage):
            label = dot_lines([kind] + [text + _hit_suffix(h) for text, h in lines])
            out.append(f"  {dot_str(s)} -> {dot_str(s)} [label={label}, id={dot_str(f'{prefix}{kind}-{s}')}, "
                       f"style=dashed, color=\"{COLORS[kind]}\", fontcolor=\"{COLORS[kind]}\", arrowhead=odot];")
    out.append("}")
    return "\n".join(out) + "\n"


def _mermaid_ids(m: Machine) -> dict[str, str]:
    return {s.name: f"s{i}" for i, s in enumerate(m.states)}


def machine_mermaid(m: Machine, refusals: bool = False) -> str:
    """The machine as a Mermaid stateDiagram-v2: states by id (s0, s1, ...) with their names
    as descriptions (a state named like a Mermaid keyword cannot break it), one transition
    per (from, to) with every row on its own line (guards, updates, actions); terminal
    states lead to [*]; with refusals, a note per state listing its refusing cells (each
    line starts with its kind, so no line of a note can read `end note`)."""
    m = m.source or m  # events with arguments: drawn as declared
    _check_size(m)
    ids = _mermaid_ids(m)
    out = [f"%% phasegen graph of {comment_line(m.file)}", "stateDiagram-v2", "    direction LR"]
    for s in m.states:
        out.append(f'    state "{mermaid_text(s.name)}" as {ids[s.name]}')
    out.append(f"    [*] --> {ids[m.initial.name]}")
    for a, b, lines in machine_edges(m):
        out.append(f"    {ids[a]} --> {ids[b]}: " + "<br/>".join(mermaid_text(label) for label, _ in lines))
    for s in m.states:
        if s.terminal:
            out.append(f"    {ids[s.name]} --> [*]")
    if refusals:
        notes: dict = {}
        for s, kind, lines in machine_refusals(m):
            notes.setdefault(s, []).extend(f"        {kind} {mermaid_text(text)}" for text, _ in lines)
        for s, lines in notes.items():
            out += [f"    note right of {ids[s]}", *lines, "    end note"]
    out.append("    classDef terminal stroke-width:3px")
    terminal = [ids[s.name] for s in m.states if s.terminal]
    if terminal:
        out.append(f"    class {','.join(terminal)} terminal")
    return "\n".join(out) + "\n"


# --- a system ---------------------------------------------------------------------------

def _group_label(g) -> str:
    return f"{g.name} x{g.count}" if g.count > 1 else g.name


def link_label(link) -> str:
    """A link's text on a system's picture: the action (or the observed event) and the
    event it delivers, and the channel it travels through."""
    what = f"on {link.on}" if link.on else link.action
    return f"{what} -> {link.event}" + (f" via {link.via}" if link.via else "")


def system_edges(system):
    """[(from, to, [label lines], style)]: links merged per (from, to), renews dashed, the
    environment's inputs per group with the variants that send them."""
    links: dict = {}
    for link in system.links:
        if link.renew:
            for g in link.renew:
                links.setdefault((link.source, g, "renew"), []).append(f"{link.action}: renew")
        else:
            links.setdefault((link.source, link.target, "link"), []).append(link_label(link))
    inputs: dict = {}
    for v in system.variants:
        for inp in v.inputs:
            per = inputs.setdefault(inp.group, {})
            evs = per.setdefault(v.name, [])
            for e in inp.events:
                text = e + (" (stale)" if inp.stale else "")
                if text not in evs:
                    evs.append(text)
    out = [("__env", g, [f"{v}: {', '.join(evs)}" for v, evs in per.items()], "input")
           for g, per in inputs.items()]
    out += [(a, b, lines, style) for (a, b, style), lines in links.items()]
    return out


def system_dot(system, prefix: str = "") -> str:
    out = [f"// phasegen graph of {comment_line(system.file)}",
           f"digraph {dot_str(system.name)} {{",
           f'  graph [rankdir=LR, fontname="{FONT}", fontsize=12, labelloc=t, label={dot_str(system.name)}, '
           f'tooltip={dot_str(system.doc or system.name)}];',
           f'  node [shape=box, style="rounded,filled", fillcolor="#f4f7fb", color="#33475b", fontname="{FONT}", '
           f'fontsize=11];',
           f'  edge [fontname="{FONT}", fontsize=9, color="{COLORS["transition"]}", arrowsize=0.7];',
           f'  "__env" [label="environment", shape=ellipse, style=dashed, id={dot_str(prefix + "environment")}];']
    for g in system.groups:
        machine = f"{g.machine.namespace}::{g.machine.name}" if g.machine.namespace else g.machine.name
        out.append(f"  {dot_str(g.name)} [label={dot_lines([_group_label(g), machine])}, "
                   f"id={dot_str(prefix + 'instance-' + g.name)}, tooltip={dot_str(g.machine.file)}];")
    for a, b, lines, style in system_edges(system):
        extra = {"input": ', style=dashed, color="#555555", fontcolor="#555555"',
                 "renew": f', style=dotted, color="{COLORS["reject"]}", fontcolor="{COLORS["reject"]}"',
                 "link": ""}[style]
        out.append(f"  {dot_str(a)} -> {dot_str(b)} [label={dot_lines(lines)}, "
                   f"id={dot_str(f'{prefix}{style}-{a}-{b}')}{extra}];")
    out.append("}")
    return "\n".join(out) + "\n"


def system_mermaid(system) -> str:
    ids = {g.name: f"g{i}" for i, g in enumerate(system.groups)}
    ids["__env"] = "env"
    out = [f"%% phasegen graph of {comment_line(system.file)}", "flowchart LR",
           '    env(["environment"])']
    for g in system.groups:
        out.append(f'    {ids[g.name]}["{mermaid_text(_group_label(g))}<br/>{mermaid_text(g.machine.name)}"]')
    arrows = {"input": "-.->", "renew": "-.->", "link": "-->"}
    for a, b, lines, style in system_edges(system):
        label = "<br/>".join(mermaid_text(x) for x in lines)
        out.append(f'    {ids[a]} {arrows[style]}|"{label}"| {ids[b]}')
    return "\n".join(out) + "\n"


# --- Graphviz ---------------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?-->\n?", re.S)


def render(dot_text: str, fmt: str = "svg") -> bytes:
    """What Graphviz's dot makes of dot_text (fmt: svg or png). SVG loses Graphviz's
    comments (its version among them), so the same input gives the same bytes."""
    exe = shutil.which("dot")
    if exe is None:
        raise GraphError("Graphviz's dot program is not installed (Debian: apt-get install graphviz)")
    try:
        r = subprocess.run([exe, f"-T{fmt}"], input=dot_text.encode("utf-8"), capture_output=True,
                           timeout=DOT_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise GraphError(f"Graphviz's dot took more than {DOT_TIMEOUT} s; the picture is too large") from None
    except OSError as e:
        raise GraphError(f"cannot run Graphviz's dot: {e.strerror or e}") from None
    if r.returncode != 0 or not r.stdout:
        msg = plain(r.stderr.decode("utf-8", "replace"))[:300]
        raise GraphError(f"Graphviz's dot failed: {msg or 'no output'}")
    if fmt == "svg":
        return _COMMENT.sub("", r.stdout.decode("utf-8")).encode("utf-8")
    return r.stdout


def inline_svg(svg: str) -> str:
    """An SVG document as an element to put inside HTML (no XML declaration or DOCTYPE)."""
    at = svg.find("<svg")
    return svg[at:] if at >= 0 else svg


# --- counterexamples as message sequence charts ------------------------------------------

ENV = "environment"


def is_counterexample(data) -> bool:
    return isinstance(data, dict) and "phasegen_counterexample" in data


def _lifelines(cex: dict) -> list[str]:
    names: dict = {}
    for step in cex["steps"]:
        for k in step.get("state", {}):
            if k != "generation":
                names.setdefault(k, None)
        names.setdefault(step["input"]["instance"], None)
        for d in step["dispatches"]:
            names.setdefault(d["instance"], None)
    return [ENV] + list(names)


def _group(instance: str) -> str:
    return instance.split("[")[0]


def messages(cex: dict, links=None):
    """The chart's arrows: [(step number, source, target, label, failing)]. The input of a
    step comes from the environment; a dispatch a link caused comes from the latest earlier
    dispatch of the step whose machine has such a link (links: the system's, when known;
    otherwise from the instance the input reached). The last step is the failing one."""
    by_target: dict = {}  # (target group, event) -> source groups
    for link in links or ():
        if link.renew:
            for g in link.renew:
                by_target.setdefault((g, "(renew)"), set()).add(link.source)
        else:
            by_target.setdefault((link.target, link.event), set()).add(link.source)
    out = []
    last = len(cex["steps"])
    for n, step in enumerate(cex["steps"], 1):
        inp = step["input"]
        seen = []
        via = inp.get("via")  # a channel step: the message comes from the channel's sender
        sender = next((l.source for l in links or () if via and l.via == via), None)
        for j, d in enumerate(step["dispatches"]):
            if j == 0:
                source = sender or ENV
            else:
                sources = by_target.get((_group(d["instance"]), d["event"]), set())
                source = next((s for s in reversed(seen) if _group(s) in sources), step["dispatches"][0]["instance"])
            seen.append(d["instance"])
            gen = "" if d.get("generation") is None else f" (gen {d['generation']})"
            stale = " (stale)" if j == 0 and inp.get("stale") else ""
            outcome = d["disposition"] + (f" {d['code']}" if d.get("code") else "")
            move = f"{d['from']} -> {d['to']}" if d["from"] != d["to"] else d["from"]
            out.append((n, source, d["instance"], f"{d['event']}{gen}{stale}: {outcome}; {move}", n == last))
        if not step["dispatches"]:
            what = f"lost in channel {via}" if via else "(no dispatch)"
            out.append((n, sender or ENV, inp["instance"], f"{inp['event']}: {what}", n == last))
    return out


def _title(cex: dict) -> str:
    return (f"{cex['system']} [{cex['variant']}]: {cex['property']} fails after {len(cex['steps'])} "
            f"step{'s' if len(cex['steps']) != 1 else ''}")


def sequence_mermaid(cex: dict, links=None) -> str:
    """The counterexample as a Mermaid sequenceDiagram; the failing step in a red box."""
    lanes = _lifelines(cex)
    ids = {name: ("env" if name == ENV else f"p{i}") for i, name in enumerate(lanes)}
    out = [f"%% phasegen counterexample chart: {comment_line(cex['system'])} {comment_line(cex['variant'])} "
           f"{comment_line(cex['property'])}", "sequenceDiagram"]
    for name in lanes:
        out.append(f"    participant {ids[name]} as {mermaid_text(name)}")
    out.append(f"    Note over {ids[lanes[0]]},{ids[lanes[-1]]}: {mermaid_text(_title(cex))}")
    in_box = False
    prev = None
    for n, src, dst, label, failing in messages(cex, links):
        if failing and not in_box:
            out.append("    rect rgb(250, 215, 215)")
            in_box = True
        text = (f"{n}. " if n != prev else "") + label
        prev = n
        out.append(f"    {ids[src]}->>{ids[dst]}: {mermaid_text(text)}")
    if in_box:
        out.append(f"    Note over {ids[lanes[0]]},{ids[lanes[-1]]}: {mermaid_text('FAILS: ' + cex['message'])}")
        out.append("    end")
    return "\n".join(out) + "\n"


def _width(text: str, size: float = 11.0) -> float:
    return len(text) * size * 0.6  # monospace


def _clip(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 3] + "..."


def sequence_svg(cex: dict, links=None, prefix: str = "") -> str:
    """The counterexample as a message sequence chart in SVG (no Graphviz): a lifeline per
    instance and one for the environment, an arrow per dispatch labelled with its event and
    outcome, step numbers on the left, the failing step on a red band with the message.
    prefix: put before the chart's ids (several charts on one page)."""
    lanes = _lifelines(cex)
    msgs = messages(cex, links)
    col = {name: i for i, name in enumerate(lanes)}
    gaps = [max(110.0, (_width(a) + _width(b)) / 2 + 24) for a, b in zip(lanes, lanes[1:])]
    need = []  # (first gap, last gap + 1, width): a label runs from its arrow's left end rightwards
    for _, src, dst, label, _ in msgs:
        a, b = sorted((col[src], col[dst]))
        need.append((a, max(b, a + 1), _width(_clip(label)) + 30))
    for a, b, w in sorted(need, key=lambda t: (t[1] - t[0], t[0])):  # short spans first
        b = min(b, len(gaps))
        if a >= b:
            continue
        have = sum(gaps[a:b])
        if have < w:
            for k in range(a, b):
                gaps[k] += (w - have) / (b - a)
    left, top, row, head = 44.0, 56.0, 26.0, 28.0
    x = {}
    at = left + 60
    for i, name in enumerate(lanes):
        x[name] = at
        at += gaps[i] if i < len(gaps) else 0
    title = _title(cex)
    fail_text = "FAILS: " + cex["message"]
    height = top + head + 16 + row * (len(msgs) + 1) + 40
    last_label = max((_width(_clip(m[3])) + 40 for m in msgs if col[m[1]] == col[m[2]] == len(lanes) - 1), default=0)
    width = max(x[lanes[-1]] + max(100, _width(lanes[-1]) / 2 + 20, last_label), left + _width(title, 13) + 40, left + _width(_clip(fail_text)) + 40)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
           f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="{FONT}" font-size="11" class="phasegen-msc">',
           f"<title>{xml_text(title)}</title>",
           "<defs>" + "".join(f'<marker id="{xml_text(prefix)}{name}" viewBox="0 0 10 10" refX="10" refY="5" '
                              f'markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" '
                              f'fill="{fill}"/></marker>'
                              for name, fill in (("arrow", "#1f2d3d"), ("arrow-failing", COLORS["violation"])))
           + "</defs>",
           f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
           f'<text x="{left:.0f}" y="24" font-size="13" font-weight="bold">{xml_text(title)}</text>']
    y0 = top
    y_end = top + head + 16 + row * (len(msgs) + 0.5)
    fail_rows = [i for i, m in enumerate(msgs) if m[4]]
    if fail_rows:
        ya = top + head + 16 + row * fail_rows[0] - 4
        yb = top + head + 16 + row * (fail_rows[-1] + 1) - 4
        out.append(f'<rect x="4" y="{ya:.0f}" width="{width - 8:.0f}" height="{yb - ya:.0f}" fill="#fbe3e3" '
                   f'class="failing-step"/>')
    for name in lanes:
        w = max(_width(name) + 16, 70)
        cx = x[name]
        fill = "#f1f1f1" if name == ENV else "#e3ecf8"
        out.append(f'<g class="lifeline"><title>{xml_text(name)}</title>'
                   f'<rect x="{cx - w / 2:.1f}" y="{y0:.0f}" width="{w:.1f}" height="{head:.0f}" rx="4" '
                   f'fill="{fill}" stroke="#33475b"/>'
                   f'<text x="{cx:.1f}" y="{y0 + 18:.0f}" text-anchor="middle">{xml_text(name)}</text>'
                   f'<line x1="{cx:.1f}" y1="{y0 + head:.0f}" x2="{cx:.1f}" y2="{y_end:.0f}" stroke="#8a99a8" '
                   f'stroke-dasharray="4 3"/></g>')
    prev = None
    for i, (n, src, dst, label, failing) in enumerate(msgs):
        y = top + head + 16 + row * i + 12
        color = COLORS["violation"] if failing else "#1f2d3d"
        marker = "arrow-failing" if failing else "arrow"
        weight = ' font-weight="bold"' if failing else ""
        shown = _clip(label)
        out.append(f'<g class="message{" failing" if failing else ""}"><title>{xml_text(f"{n}. {label}")}</title>')
        if n != prev:
            out.append(f'<text x="{left - 30:.0f}" y="{y + 4:.0f}" fill="#6b7785">{n}.</text>')
        prev = n
        if src == dst:
            cx = x[src]
            out.append(f'<path d="M{cx:.1f},{y - 6:.0f} h24 v12 h-24" fill="none" stroke="{color}" '
                       f'marker-end="url(#{xml_text(prefix)}{marker})"/>')
            out.append(f'<text x="{cx + 30:.1f}" y="{y + 4:.0f}" fill="{color}"{weight}>{xml_text(shown)}</text>')
        else:
            x1, x2 = x[src], x[dst]
            out.append(f'<line x1="{x1:.1f}" y1="{y:.0f}" x2="{x2:.1f}" y2="{y:.0f}" stroke="{color}" '
                       f'stroke-width="{1.8 if failing else 1.1}" marker-end="url(#{xml_text(prefix)}{marker})"/>')
            mid = min(x1, x2) + 6
            out.append(f'<text x="{mid:.1f}" y="{y - 4:.0f}" fill="{color}"{weight}>{xml_text(shown)}</text>')
        out.append("</g>")
    fy = top + head + 16 + row * len(msgs) + 20
    out.append(f'<text x="{left:.0f}" y="{fy:.0f}" fill="{COLORS["violation"]}" font-weight="bold" '
               f'class="failure">{xml_text(_clip(fail_text))}<title>{xml_text(fail_text)}</title></text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
