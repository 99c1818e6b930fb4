"""The graph and report commands' work: read the inputs (specs, system files,
counterexamples, traces), render them with graph.py and report.py, and return what to
write, keyed by file name. cli.py parses the options and writes the files."""
from __future__ import annotations

import json
import os

from . import cli, graph, report, trace_replay
from . import counterexample as cex_stage
from .diag import SpecError
from .outputs import display_path, output_stem

EXTENSIONS = {"svg": ".svg", "png": ".png", "dot": ".dot", "mermaid": ".mmd"}


class PictureError(Exception):
    """A one-line error for the user; status: the exit status."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.status = status


def _looks_like_counterexample(path: str) -> bool:
    if not path.endswith(".json") or not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return b'"phasegen_counterexample"' in head


def read_counterexample(path: str, system_file: str | None = None):
    """(data, links): a counterexample (checked like replay checks it) and its system's
    links when its system file can be found (else None: arrows a link caused are drawn
    from the instance the input reached)."""
    data = cex_stage.load(path, display_path(path))
    data.pop("$pos", None)
    links = None
    try:
        system_path = cli.find_counterexample_system(path, data, system_file)
        systems: list = []
        cli.build([system_path], systems)
        if systems and systems[0].name == data["system"]:
            links = systems[0].links
    except (ValueError, OSError, SpecError):
        if system_file:
            raise
    return data, links


def chart(data: dict, links, fmt: str) -> str:
    if fmt == "mermaid":
        return graph.sequence_mermaid(data, links)
    if fmt == "svg":
        return graph.sequence_svg(data, links)
    raise PictureError(f"a counterexample is drawn as svg or mermaid, not {fmt}", 2)


def _picture(dot_text: str, mermaid: str, fmt: str):
    if fmt == "dot":
        return dot_text
    if fmt == "mermaid":
        return mermaid
    out = graph.render(dot_text, fmt)
    return out.decode("utf-8") if fmt == "svg" else out


def graph_outputs(inputs: list[str], fmt: str, refusals: bool, system_file: str | None = None):
    """[(name, content)] for every input: name is the file name the picture gets in an
    output directory (after the input file), content text or bytes (PNG). Raises
    SpecError (spec errors), PictureError, or the counterexample loader's errors."""
    cexes = [p for p in inputs if _looks_like_counterexample(p)]
    specs = [p for p in inputs if p not in cexes]
    systems: list = []
    results = cli.build(specs, systems) if specs else []
    ext = EXTENSIONS[fmt]
    out = []
    by_file = {}
    for machine, _ in results:
        by_file[machine.file] = (output_stem(machine.file) + ext,
                                 lambda m=machine: _picture(graph.machine_dot(m, refusals),
                                                            graph.machine_mermaid(m, refusals), fmt))
    for system in systems:
        by_file[system.file] = (output_stem(system.file) + ext,
                                lambda s=system: _picture(graph.system_dot(s), graph.system_mermaid(s), fmt))
    for path in inputs:  # in the order given
        if path in cexes:
            data, links = read_counterexample(path, system_file)
            out.append((output_stem(path) + ext, chart(data, links, fmt)))
        elif display_path(path) in by_file:
            name, make = by_file.pop(display_path(path))
            out.append((name, make()))
    for name, make in by_file.values():  # from directories
        out.append((name, make()))
    seen = set()
    for name, _ in out:
        if name in seen:
            raise PictureError(f"two inputs would both be drawn as {name}; draw them into separate directories", 2)
        seen.add(name)
    return out


def read_traces(paths: list[str], machines):
    """Cell coverage from JSON-lines traces: {qualified machine name: {(state, event, line):
    count}}, and how many records. Raises PictureError at a bad record or a divergence."""
    replay = trace_replay.Replay(machines)
    for path in paths:
        try:
            f = trace_replay.open_trace(path)
        except OSError as e:
            raise PictureError(f"{path}:1: error: cannot read the trace: {e.strerror or e}", 2) from None
        n = 0
        with f:
            try:
                for n, line in trace_replay.lines(f):
                    try:
                        rec = json.loads(line)
                    except (ValueError, RecursionError) as e:
                        raise trace_replay.BadTrace(f"not JSON: {str(e)[:200]}") from None
                    replay.record(rec)
            except trace_replay.BadTrace as e:
                raise PictureError(f"{path}:{e.line or n}: error: not a trace record: {e}", 2) from None
            except trace_replay.Divergence as e:
                raise PictureError(f"{path}:{n}: error: the trace diverges from the specs: {e}", 1) from None
            except OSError as e:
                raise PictureError(f"{path}:{n}: error: cannot read the trace: {e.strerror or e}", 2) from None
    return replay.cells, replay.records


def report_page(specs: list[str], checking, traces: list[str] = ()) -> tuple[str, int]:
    """The report's HTML page and the number of unexpected system verdicts. checking: a
    cli Checking (quiet, text off) that explores the systems and keeps their verdicts."""
    systems: list = []
    results = cli.build(specs, systems)
    machines = [m for m, _ in results]
    coverage, records = read_traces(list(traces), machines) if traces else (None, 0)
    bad = checking.run(systems)
    return report.page(results, systems, checking.reports, coverage, records, traces), bad
