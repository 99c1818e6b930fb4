"""Command line: reads the specs and writes every output (system.py reads the machine
files a system names; checker_cpp.write serves tests and benchmarks)."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile

from . import check as check_stage
from . import checker_cpp
from . import counterexample
from . import emit as emit_stage
from . import promela
from .diag import Diagnostic, Pos, SpecError
from .explore import Explorer
from .load import load, read_spec
from .system import is_system, validate_system
from .validate import validate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC_SUFFIXES = (".yaml", ".yml", ".json")

USAGE = """\
phasegen: validate, model-check and generate C++ for state-machine specs.

commands:
  check    [SPEC...]                 validate and check specs; print a summary per machine;
                                     explore every system file and prove its properties
  generate [--out DIR] [SPEC...]     ...then write per machine the C++ header, its cell tests and
                                     diagrams; per system its Promela and its compiled checker
  generate --check [--out DIR]       fail (listing the files) if DIR is not what generate writes
  replay   COUNTEREXAMPLE.json       re-run a counterexample against its system
  replay --doctest DIR CEX.json      ...and write a doctest case replaying it into DIR

With no SPEC, every spec under spec/ is used. Diagnostics look like
  spec/vox/rx_channel.yaml:42:7: error: [E-unhandled] state 'Closing' has no outcome ...
Exit status: 0 on success, 1 on spec errors or stale output, 2 on usage errors.
"""


def display_path(path: str) -> str:
    """Paths in diagnostics and generated files: relative to the project when inside it."""
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute, ROOT)
    return rel if not rel.startswith("..") else os.path.relpath(absolute)


def bundled_specs() -> list[str]:
    """Every spec under spec/ but spec/known-bad/ (models of bugs, checked by the tests)."""
    out = []
    for dirpath, dirs, files in os.walk(os.path.join(ROOT, "spec")):
        dirs[:] = [d for d in dirs if d != "known-bad"]
        for f in files:
            if f.endswith(SPEC_SUFFIXES) and not f.endswith(".schema.json"):
                out.append(os.path.join(dirpath, f))
    return sorted(out)


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
                system = validate_system(root, shown, os.path.dirname(path), os.path.dirname(shown))
                if systems is not None:
                    systems.append(system)
                continue
            machine = validate(root, shown)
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


def explore_all(systems, symmetry: bool, cex_dir: str | None, quiet: bool) -> int:
    """Explores every variant of every system; prints reports and counterexamples.
    Returns the number of unexpected verdicts (a property that fails and is not expected
    to, or a failure a known-bad system expects that does not happen)."""
    bad = 0
    for system in systems:
        for variant in system.variants:
            ex = Explorer(system, variant, symmetry=symmetry)
            try:
                result = ex.run()
            except RuntimeError as e:  # bounds the explorer refuses to go past
                bad += 1
                print(f"{system.pos}: error: [E-too-big] {system.name} [{variant.name}]: {e}", file=sys.stderr)
                continue
            if not quiet:
                print(result.summary())
            expected = system.expect_fail.get(variant.name, frozenset())
            if expected and not quiet:
                print(f"  expected to fail ({system.file} models known bugs): {', '.join(sorted(expected))}")
            if cex_dir:  # a shortest counterexample per property, and the first one per distinct cause
                for prop, failure in result.failures.items():
                    path = os.path.join(cex_dir, f"{system.name}.{variant.name}.{prop}.json")
                    write_atomically(path, counterexample.dumps(counterexample.to_json(ex, failure)))
                for (prop, (group, state, event)), failure in result.causes.items():
                    name = f"{system.name}.{variant.name}.{prop}.{group}-{state}-{event.strip('()')}.json"
                    write_atomically(os.path.join(cex_dir, name),
                                     counterexample.dumps(counterexample.to_json(ex, failure)))
            for prop, failure in sorted(result.failures.items()):
                if prop in expected:
                    continue
                bad += 1
                p = next(x for x in system.properties if x.name == prop)
                print(f"{p.pos}: error: [E-property] {system.name} [{variant.name}]: {prop} fails: "
                      f"{failure.message}", file=sys.stderr)
                print(counterexample.to_text(ex, failure), file=sys.stderr)
            for prop in sorted(expected - set(result.failures)):
                bad += 1
                print(f"{system.pos}: error: [E-expect] {system.name} [{variant.name}]: {prop} was expected to "
                      f"fail (the file models a known bug) but holds", file=sys.stderr)
    return bad


def render_all(results, systems=()) -> dict[str, str]:
    outputs: dict[str, str] = {}
    for machine, report in results:
        outputs.update(emit_stage.emit(machine, report))
    for system in systems:
        for variant in system.variants:
            outputs[f"promela/{system.name}.{variant.name}.pml"] = promela.promela(system, variant)
        outputs.update(checker_cpp.emit(system))
    return outputs


def write_atomically(path: str, text: str) -> bool:
    """Write text to path unless it already holds it; returns whether it wrote."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            if f.read() == text:
                return False
    except OSError:
        pass
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path) or ".", prefix=".phasegen-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return True


def stale_files(outputs: dict[str, str], out_dir: str) -> list[str]:
    problems = []
    for rel, text in sorted(outputs.items()):
        path = os.path.join(out_dir, rel)
        try:
            with open(path, encoding="utf-8", newline="") as f:
                if f.read() != text:
                    problems.append(f"{display_path(path)}: differs from what phasegen generates")
        except OSError:
            problems.append(f"{display_path(path)}: missing")
    generated_suffixes = (".hpp", ".cpp", ".dot", ".md", ".pml")
    for dirpath, _, files in os.walk(out_dir):
        for f in files:
            rel = os.path.relpath(os.path.join(dirpath, f), out_dir)
            if rel.endswith(generated_suffixes) and rel not in outputs and f != "README.md":
                problems.append(f"{display_path(os.path.join(dirpath, f))}: no spec generates it any more")
    return problems


def replay_main(path: str, doctest_dir: str | None = None) -> int:
    import json

    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        system_file = os.path.join(ROOT, data["file"])
        systems: list = []
        build([system_file], systems)
        system = systems[0]
        variant = next(v for v in system.variants if v.name == data["variant"])
    except (OSError, ValueError, KeyError, StopIteration, IndexError) as e:
        print(f"phasegen: {path}: not a counterexample of a known system: {e}", file=sys.stderr)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="phasegen", description=USAGE,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="command")
    p_check = sub.add_parser("check", help="validate and check specs")
    p_gen = sub.add_parser("generate", help="check specs, then write generated files")
    for p in (p_check, p_gen):
        p.add_argument("specs", nargs="*", metavar="SPEC", help="spec files (default: every spec under spec/)")
        p.add_argument("-q", "--quiet", action="store_true", help="print only diagnostics")
        p.add_argument("--no-symmetry", action="store_true", help="explore systems without symmetry reduction")
        p.add_argument("--cex-dir", help="write every counterexample here as JSON")
    p_replay = sub.add_parser("replay", help="re-run a counterexample (JSON) against its system")
    p_replay.add_argument("counterexample")
    p_replay.add_argument("--doctest", metavar="DIR",
                          help="also write a doctest case replaying it (and the headers it needs) into DIR")
    p_gen.add_argument("--out", default=os.path.join(ROOT, "generated"), help="output directory (default: generated/)")
    p_gen.add_argument("--check", action="store_true", help="write nothing; fail if the output directory is stale")
    p_gen.add_argument("--stamp", help="touch this file on success (for build systems)")
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2

    if args.command == "replay":
        return replay_main(args.counterexample, args.doctest)
    paths = args.specs or bundled_specs()
    systems: list = []
    try:
        results = build(paths, systems)
        outputs = render_all(results, systems) if args.command == "generate" else {}
    except SpecError as e:
        for d in e.diagnostics:
            print(d, file=sys.stderr)
        n = len(e.diagnostics)
        print(f"phasegen: {n} error{'s' if n != 1 else ''}; nothing written", file=sys.stderr)
        return 1
    if not args.quiet:
        for _, report in results:
            print(report.summary())
    unexpected = explore_all(systems, not args.no_symmetry, args.cex_dir, args.quiet)
    if unexpected:
        print(f"phasegen: {unexpected} system check{'s' if unexpected != 1 else ''} failed; nothing written",
              file=sys.stderr)
        return 1

    if args.command == "generate" and args.check:
        problems = stale_files(outputs, args.out)
        if problems:
            for p in problems:
                print(f"phasegen: stale: {p}", file=sys.stderr)
            print(f"phasegen: {display_path(args.out)}/ is stale; regenerate with: {emit_stage.REGENERATE}",
                  file=sys.stderr)
            return 1
    elif args.command == "generate":
        written = [rel for rel, text in sorted(outputs.items()) if write_atomically(os.path.join(args.out, rel), text)]
        if not args.quiet:
            print(f"phasegen: {len(outputs)} files, {len(written)} changed"
                  + "".join(f"\n  wrote {display_path(os.path.join(args.out, r))}" for r in written))
    if getattr(args, "stamp", None):
        write_atomically(args.stamp, "ok\n")
    return 0
