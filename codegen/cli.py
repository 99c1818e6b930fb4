"""Command line: reads the specs, runs the stages, reports; outputs.py names and writes
the outputs, checking.py explores the systems (system.py reads the machine files a system
names; checker_cpp.write serves tests and benchmarks)."""
from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from . import check as check_stage
from . import emit as emit_stage
from .checking import Checking
from .diag import Diagnostic, SpecError
from .load import is_system, load, read_spec
from .outputs import (DEFAULT_EMIT, OUTPUT_KINDS, SPEC_SUFFIXES, Layout, depfile_text, display_path,  # noqa: F401
                      render_all, shell_word, spec_inputs, stale_files, write_all, write_atomically)
from .validate import validate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
USAGE = """\
phasegen: validate, model-check and generate C++ for state-machine specs.

commands (SPEC: a machine or system file, or a directory: every spec file under it):
  check    SPEC...                   validate and check specs; print a summary per machine;
                                     explore every system file and prove its properties
  generate --out DIR SPEC...         validate and check specs, then write each machine's outputs,
                                     named after its spec file (ws.yaml -> DIR/ws.hpp, ws.test.cpp,
                                     ws.dot, ws.md), and each system's Promela (DIR/<file>.<variant>.pml);
                                     systems are validated, and explored only with --prove
  generate --check --out DIR SPEC... write nothing; fail (listing the files) if SPEC's outputs
                                     in DIR are not what generate writes
  replay   COUNTEREXAMPLE.json       re-run a counterexample against its system
  replay --doctest DIR CEX.json      ...and write a doctest case replaying it into DIR
  trace    TRACE.jsonl --spec SPEC   check a runtime trace (trace.hpp's sink) against the specs
  graph    SPEC|CEX.json...          draw machines, systems (SVG, PNG, DOT, Mermaid) and
                                     counterexamples (sequence charts, SVG or Mermaid)
  report   SPEC... --out DIR         one HTML page: diagrams, cell tables, verdicts, charts

Run `phasegen COMMAND --help` for a command's options. Diagnostics look like
  spec/ws.yaml:42:7: error: [E-unhandled] state 'Closing' has no outcome ...
Exit status: 0 on success, 1 on spec errors, failed properties or stale output, 2 on usage
errors, 130 when interrupted.
"""


def bundled_specs() -> list[str]:
    """Every spec under phasegen's own spec/ but spec/known-bad/ (models of bugs, checked by
    the tests). For phasegen's tests and benchmarks; the command line needs explicit specs."""
    return spec_files(os.path.join(ROOT, "spec"), skip=("known-bad",))


def spec_files(directory: str, skip=()) -> list[str]:
    """Every spec file under a directory (a JSON Schema is not a spec), sorted."""
    out = []
    for dirpath, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if d not in skip and not d.startswith("."))
        for f in files:
            if f.endswith(SPEC_SUFFIXES) and not f.endswith(".schema.json"):
                out.append(os.path.join(dirpath, f))
    return sorted(out)


def expand_specs(args: list[str]) -> list[str]:
    """SPEC arguments -> spec files: a directory stands for every spec file under it."""
    out = []
    for a in args:
        if os.path.isdir(a):
            found = spec_files(a)
            if not found:
                raise UsageError(f"{a}: no spec files (*.yaml, *.yml, *.json) under this directory")
            out.extend(found)
        else:
            out.append(a)
    return out


class UsageError(Exception):
    pass


def build(paths: list[str], systems: list | None = None):
    """Load, validate and check every spec; returns [(machine, report)] or raises SpecError.
    System files are validated (with their machines) and appended to `systems`."""
    diagnostics: list[Diagnostic] = []
    results = []
    for path in paths:
        shown = display_path(path)
        try:
            root = load(read_spec(path, shown), shown)
            if is_system(root):
                from .system import validate_system  # imported for system files only
                system = validate_system(root, shown, os.path.dirname(path), os.path.dirname(shown))
                if systems is not None:
                    systems.append(system)
                continue
            machine = validate(root, shown)
            for w in machine.warnings:  # hints (W-...): printed, never fatal
                print(w, file=sys.stderr)
            results.append((machine, check_stage.check(machine)))
        except SpecError as e:
            diagnostics.extend(e.diagnostics)
    seen = {}
    for machine, _ in results:
        key = emit_stage.include_path(machine)
        if key in seen:
            diagnostics.append(Diagnostic(machine.pos, "E-duplicate",
                                          f"machine '{key}' is also defined in {seen[key]}"))
        seen[key] = machine.file
    if diagnostics:
        raise SpecError(diagnostics)
    return results


def regenerate_command(args) -> str:
    """How the generated files say to regenerate them: the options that shape the output
    and the specs as given (not -C, --check, --quiet, --depfile or --stamp)."""
    words = ["phasegen", "generate"]  # -C is where to run it, not part of it
    if args.namespace_dirs:
        words.append("--namespace-dirs")
    if tuple(args.emit) != DEFAULT_EMIT:
        words += ["--emit", "all" if tuple(args.emit) == OUTPUT_KINDS else ",".join(args.emit)]
    words += ["--out", args.out]
    words += args.specs
    return " ".join(shell_word(w) for w in words)


def find_counterexample_system(path: str, data: dict, override: str | None) -> str:
    """The system file a counterexample names, resolved the way a user expects: as given
    (--system), then relative to the current directory, to the counterexample's folder
    and each folder above it."""
    if override:
        return override
    name = data["file"]
    if not isinstance(name, str) or not name:
        raise ValueError("'file' is not a path")
    if os.path.isabs(name):
        return name
    candidates = [name]
    here = os.path.dirname(os.path.abspath(path))
    while True:
        candidates.append(os.path.join(here, name))
        up = os.path.dirname(here)
        if up == here:
            break
        here = up
    for c in candidates:
        if os.path.isfile(c):
            return c
    raise ValueError(f"system file {name!r} not found relative to the current directory or to {display_path(path)} "
                     f"(give it with --system)")


def replay_main(path: str, doctest_dir: str | None = None, system_file: str | None = None) -> int:
    from . import counterexample  # imported where used: generating a machine compiles none of it
    from .explore import Explorer

    data: dict = {}
    try:
        data = counterexample.load(path, display_path(path))  # checked against its shape: file:line:col errors
        system_path = find_counterexample_system(path, data, system_file)
        systems: list = []
        build([system_path], systems)
        if not systems:
            raise ValueError(f"{display_path(system_path)} is not a system file")
        system = systems[0]
        variant = next((v for v in system.variants if v.name == data["variant"]), None)
        if variant is None:
            raise counterexample.Unknown("variant", f"system {system.name} has no variant {data['variant']!r}")
    except (OSError, ValueError, KeyError, TypeError, StopIteration, IndexError, RecursionError) as e:
        at = counterexample.where(data, getattr(e, "key", "file"), display_path(path))
        print(f"{at}: error: [E-io] not a counterexample of a known system: {e}", file=sys.stderr)
        return 2
    except SpecError as e:
        for d in e.diagnostics:
            print(d, file=sys.stderr)
        return 1
    ex = Explorer(system, variant)
    problem = counterexample.replay(ex, data)
    if problem:
        print(f"phasegen: {path}: does not reproduce: {problem}", file=sys.stderr)
        return 1
    print(f"phasegen: {path}: reproduces: {data['property']} fails after {len(data['steps'])} steps")
    if doctest_dir:
        base = os.path.basename(path)
        for rel, text in counterexample.to_doctest(ex, data, base[:-5] if base.endswith(".json") else base).items():
            if write_atomically(os.path.join(doctest_dir, rel), text) and rel.endswith(".test.cpp"):
                print(f"phasegen: wrote {display_path(os.path.join(doctest_dir, rel))}")
    return 0


def pictures_main(args, status: int, checking=None) -> int:
    """graph, report and replay --chart: codegen/pictures.py renders, this writes."""
    from . import graph, pictures
    try:
        if args.command == "replay":
            fmt = "mermaid" if args.chart.endswith((".mmd", ".md")) else "svg"
            data, links = pictures.read_counterexample(args.counterexample, args.system)
            outputs = [(args.chart, pictures.chart(data, links, fmt))]
        elif args.command == "report":
            checking.quiet, checking.text = True, False
            page, status = pictures.report_page(expand_specs(args.specs), checking, args.traces)
            outputs = [(os.path.join(args.out, "index.html"), page)]
        else:
            made = pictures.graph_outputs(expand_specs(args.specs), args.format, args.refusals, args.system)
            to_dir = args.out and (len(args.specs) > 1 or os.path.isdir(args.out) or args.out.endswith("/")
                                   or any(os.path.isdir(a) for a in args.specs))
            if not args.out and len(made) != 1:
                raise UsageError(f"{len(made)} pictures: give --out DIR")
            outputs = [(os.path.join(args.out, name) if to_dir else args.out, content) for name, content in made]
            if not args.out:
                content = outputs[0][1]
                if isinstance(content, bytes) and sys.stdout.isatty():
                    raise UsageError("a PNG is not written to a terminal: give --out FILE")
                sys.stdout.flush()
                sys.stdout.buffer.write(content if isinstance(content, bytes) else content.encode("utf-8"))
                return 0
        for path, content in outputs:
            if isinstance(content, bytes):
                os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
                with open(path, "wb") as f:
                    f.write(content)
            else:
                write_atomically(path, content)
            if not getattr(args, "quiet", False):
                print(f"phasegen: wrote {display_path(path)}")
    except UsageError as e:
        print(f"phasegen: {e}", file=sys.stderr)
        return 2
    except SpecError as e:
        return report_errors(e, "nothing drawn")
    except (pictures.PictureError, graph.GraphError) as e:
        print(f"phasegen: {e}", file=sys.stderr)
        return getattr(e, "status", 1)
    except (OSError, ValueError, KeyError, TypeError) as e:  # a counterexample that is not one, a path not writable
        print(f"phasegen: {args.command}: error: {getattr(e, 'strerror', None) or e}", file=sys.stderr)
        return 2
    if status:
        print(f"phasegen: {status} system check{'s' if status != 1 else ''} failed (the page shows them)",
              file=sys.stderr)
    return 1 if status else 0


def parse_args(argv):
    argv = sys.argv[1:] if argv is None else list(argv)
    at = 2 if argv[:1] == ["-C"] else 0
    if argv[at:at + 1] == ["trace"]:  # its own options, --help included, go to trace_replay
        return argparse.Namespace(command="trace", rest=argv[at + 1:], directory=argv[1] if at else None)
    parser = argparse.ArgumentParser(prog="phasegen", description=USAGE,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"phasegen {__version__}")
    parser.add_argument("-C", dest="directory", metavar="DIR",
                        help="run as if started in DIR (paths given and shown are relative to it)")
    sub = parser.add_subparsers(dest="command", metavar="command")
    p_check = sub.add_parser("check", help="validate and check specs; prove systems' properties",
                             description="Validate and check every spec; explore every system file and prove its "
                                         "properties. SPEC: a file, or a directory (every spec under it).")
    p_gen = sub.add_parser("generate", help="check specs, then write generated files",
                           description="Check every spec, then write its outputs into --out: for a machine file "
                                       "NAME.yaml, NAME.hpp, NAME.test.cpp, NAME.dot and NAME.md; for a system "
                                       "file NAME.yaml, NAME.VARIANT.pml per variant, NAME.roles.hpp when it has a "
                                       "runtime section (and, with --emit checker, its compiled "
                                       "checker's sources). All outputs or none. Systems are validated, not "
                                       "explored: --prove also explores them after writing.")
    for p in (p_check, p_gen):
        p.add_argument("specs", nargs="+", metavar="SPEC", help="spec files or directories")
        p.add_argument("-q", "--quiet", action="store_true", help="print only diagnostics")
        p.add_argument("--no-symmetry", action="store_true", help="explore systems without symmetry reduction")
        p.add_argument("--cex-dir", metavar="DIR", help="write every counterexample here as JSON")
        p.add_argument("--engine", choices=("auto", "compiled", "python"), default="auto",
                       help="how systems are explored: compiled (the system's C++ checker, built with $CXX or c++ "
                            "and cached by content), python (the reference explorer, slower), auto (default: "
                            "compiled when a C++ compiler is found, else python with a note)")
        p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="a progress line on stderr about once a second during long explorations "
                            "(default: when stderr is a terminal)")
    p_check.add_argument("--format", choices=("text", "json"), default="text",
                         help="json: the whole report as one JSON object on stdout (diagnostics stay on stderr)")
    p_replay = sub.add_parser("replay", help="re-run a counterexample (JSON) against its system")
    p_replay.add_argument("counterexample")
    p_replay.add_argument("--system", metavar="FILE",
                          help="the system file (default: the counterexample's 'file', looked up relative to the "
                               "current directory and to the counterexample's folder and those above it)")
    p_replay.add_argument("--doctest", metavar="DIR",
                          help="also write a doctest case replaying it (and the headers it needs) into DIR")
    p_replay.add_argument("--chart", metavar="FILE",
                          help="also draw it as a sequence chart: FILE.svg, or Mermaid for FILE.mmd or FILE.md")
    p_graph = sub.add_parser("graph", help="draw machines, systems and counterexamples",
                             description="Draw a machine (its transitions, parallel edges merged, self-loops "
                                         "grouped), a system (its instances and links) or a counterexample JSON "
                                         "(a sequence chart, svg or mermaid). Without --out, one picture goes to "
                                         "stdout.")
    p_graph.add_argument("specs", nargs="+", metavar="SPEC", help="spec files, directories or counterexample files")
    p_graph.add_argument("--format", choices=("svg", "png", "dot", "mermaid"), default="svg",
                         help="svg (default) and png by Graphviz's dot; dot and mermaid as text")
    p_graph.add_argument("--refusals", action="store_true",
                         help="also draw each state's ignore, reject and violation cells (dashed self-loops)")
    p_graph.add_argument("--out", metavar="FILE|DIR",
                         help="a file (one input), or a directory: each picture named after its input")
    p_graph.add_argument("--system", metavar="FILE", help="a counterexample's system file (default: as replay finds it)")
    p_report = sub.add_parser("report", help="write one HTML page about the specs: diagrams, cells, verdicts",
                              description="Check the specs, explore the systems, and write DIR/index.html: each "
                                          "machine's diagram, cell table and check summary, each system's verdicts "
                                          "with counterexamples as sequence charts; with --traces, the cells runs "
                                          "exercised. Static HTML with inline SVG (Graphviz draws the diagrams).")
    p_report.add_argument("specs", nargs="+", metavar="SPEC", help="spec files or directories")
    p_report.add_argument("--out", metavar="DIR", required=True, help="where index.html goes")
    p_report.add_argument("--traces", metavar="FILE", nargs="+", action="extend", default=[],
                          help="JSON-lines traces of the runtime's sink (phasegen trace): shade exercised cells")
    p_report.add_argument("--engine", choices=("auto", "compiled", "python"), default="auto",
                          help="how systems are explored (as for check)")
    p_trace = sub.add_parser("trace", add_help=False, help="check a runtime trace (JSON lines) against the specs "
                                                         "(phasegen trace --help)")
    p_trace.add_argument("rest", nargs=argparse.REMAINDER)
    p_gen.add_argument("--out", metavar="DIR", default=".", help="output directory (default: the current directory)")
    p_gen.add_argument("--emit", default=",".join(DEFAULT_EMIT), metavar="KINDS",
                       help=f"comma-separated outputs to write, of {', '.join(OUTPUT_KINDS)}, or 'all' "
                            f"(default: {','.join(DEFAULT_EMIT)}; roles: a system's runtime roles header, "
                            f"when it has a runtime section; checker: the compiled checker's C++ sources)")
    p_gen.add_argument("--namespace-dirs", action="store_true",
                       help="name a machine's outputs after its namespace and name (DIR/vox/rx_channel.hpp) "
                            "instead of its spec file; a system's under promela/ and checker/")
    p_gen.add_argument("--check", action="store_true", help="write nothing; fail if SPEC's outputs in --out are stale")
    p_gen.add_argument("--prove", action="store_true",
                       help="also explore every system file and prove its properties, as check does, after the "
                            "outputs are written (or compared, with --check); exit 1 if a property fails. Without "
                            "it, generate validates systems but does not explore them")
    p_gen.add_argument("--depfile", metavar="FILE",
                       help="write a Makefile-style depfile: the outputs depend on every spec file read")
    p_gen.add_argument("--stamp", metavar="FILE", help="touch this file on success (for build systems)")
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        parser.exit(2)
    if args.command == "generate":
        kinds = [k.strip() for k in args.emit.split(",") if k.strip()]
        if kinds == ["all"]:
            kinds = list(OUTPUT_KINDS)
        unknown = [k for k in kinds if k not in OUTPUT_KINDS]
        if unknown or not kinds:
            p_gen.error(f"--emit: unknown output {', '.join(map(repr, unknown)) or '(none)'}; "
                        f"choose from {', '.join(OUTPUT_KINDS)} or all")
        args.emit = tuple(k for k in OUTPUT_KINDS if k in kinds)
    return args


def report_errors(e: SpecError, what: str = "nothing written") -> int:
    for d in e.diagnostics:
        print(d, file=sys.stderr)
    n = len(e.diagnostics)
    print(f"phasegen: {n} error{'s' if n != 1 else ''}; {what}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    json_out = getattr(args, "format", "text") == "json"
    checking = None
    try:
        checking = Checking(getattr(args, "engine", "auto"), not getattr(args, "no_symmetry", False),
                            getattr(args, "cex_dir", None), getattr(args, "quiet", False),
                            getattr(args, "progress", None), text=not json_out)
        status = run_command(args, checking)
    except KeyboardInterrupt:
        status = 130
        print(f"phasegen: {checking.interrupted() if checking else 'interrupted'}", file=sys.stderr)
    except OSError as e:  # an output that cannot be written (generate puts back what it wrote)
        status = 1
        name = e.filename2 if isinstance(e.filename2, str) else e.filename  # a rename names its target second
        where = display_path(name) if isinstance(name, str) else "an output"
        print(f"phasegen: cannot write {where}: {e.strerror or e}", file=sys.stderr)
    if json_out:
        import json
        print(json.dumps({"phasegen": __version__, "ok": status == 0, "interrupted": status == 130,
                          "machines": checking.machines, "systems": checking.reports}, indent=1))
    return status


def run_command(args, checking: "Checking") -> int:
    if args.directory:
        try:
            os.chdir(args.directory)
        except OSError as e:
            print(f"phasegen: -C {args.directory}: {e.strerror}", file=sys.stderr)
            return 2
    if args.command == "trace":
        from . import trace_replay
        return trace_replay.main(args.rest, prog="phasegen trace")
    if args.command == "replay":
        status = replay_main(args.counterexample, args.doctest, args.system)
        return pictures_main(args, status) if status == 0 and args.chart else status
    if args.command in ("graph", "report"):
        return pictures_main(args, 0, checking)
    try:
        paths = expand_specs(args.specs)
    except UsageError as e:
        print(f"phasegen: {e}", file=sys.stderr)
        return 2
    systems: list = []
    generating = args.command == "generate"
    try:
        results = build(paths, systems)
        layout = Layout(args.emit, args.namespace_dirs, regenerate_command(args)) if generating else None
        outputs = render_all(results, systems, layout) if generating else {}
    except SpecError as e:
        return report_errors(e, "nothing written" if generating else "nothing checked further")
    for _, report in results:
        checking.out(report.summary())
        checking.machines.append({"machine": report.machine, "file": _.file, "summary": report.summary()})
    if not generating:
        return _explored(checking, systems, "")
    # No output depends on exploring a system (its Promela and checker are translations of
    # the model), so generate writes them first and explores only with --prove: a system too
    # big for the Python explorer, or with a failing property, still gets them.
    if args.check:
        whole_dirs = all(os.path.isdir(a) for a in args.specs)
        problems = stale_files(outputs, args.out, orphans=whole_dirs)
        for p in problems:
            print(f"phasegen: stale: {p}", file=sys.stderr)
        if problems:
            print(f"phasegen: {display_path(args.out)}/ is stale; regenerate with: {layout.regenerate}",
                  file=sys.stderr)
    else:
        problems = []
        written = write_all(outputs, args.out)
        if not args.quiet:
            print(f"phasegen: {len(outputs)} files, {len(written)} changed"
                  + "".join(f"\n  wrote {display_path(os.path.join(args.out, r))}" for r in written))
        if args.depfile:
            targets = [args.stamp] if args.stamp else [os.path.join(args.out, r) for r in sorted(outputs)]
            write_atomically(args.depfile, depfile_text(targets, spec_inputs(paths, systems)))
    status = _explored(checking, systems, "; nothing written" if args.check else "; the outputs are written") \
        if args.prove else 0
    if problems or status:
        return 1
    if args.check and args.depfile:
        targets = [args.stamp] if args.stamp else [os.path.join(args.out, r) for r in sorted(outputs)]
        write_atomically(args.depfile, depfile_text(targets, spec_inputs(paths, systems)))
    if args.stamp:
        write_atomically(args.stamp, "ok\n")
    return 0


def _explored(checking: "Checking", systems: list, note: str) -> int:
    """Explores every system (check, generate --prove); 1 when a verdict was unexpected."""
    unexpected = checking.run(systems)
    if unexpected:
        print(f"phasegen: {unexpected} system check{'s' if unexpected != 1 else ''} failed{note}", file=sys.stderr)
        return 1
    return 0
