"""Command line: the only module that reads or writes files."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile

from . import check as check_stage
from . import emit as emit_stage
from .diag import Diagnostic, Pos, SpecError
from .load import load
from .validate import validate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC_SUFFIXES = (".yaml", ".yml", ".json")

USAGE = """\
phasegen: validate, model-check and generate C++ for state-machine specs.

commands:
  check    [SPEC...]                 validate and check specs; print a summary per machine
  generate [--out DIR] [SPEC...]     ...then write the C++ header, tests and diagrams
  generate --check [--out DIR]       fail (listing the files) if DIR is not what generate writes

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
    out = []
    for dirpath, _, files in os.walk(os.path.join(ROOT, "spec")):
        for f in files:
            if f.endswith(SPEC_SUFFIXES) and not f.endswith(".schema.json"):
                out.append(os.path.join(dirpath, f))
    return sorted(out)


def build(paths: list[str]):
    """Load, validate and check every spec; returns [(machine, report)] or raises SpecError."""
    diagnostics: list[Diagnostic] = []
    results = []
    for path in paths:
        shown = display_path(path)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            diagnostics.append(Diagnostic(Pos(shown, 1, 1), "E-io", f"cannot read the spec: {e}"))
            continue
        try:
            machine = validate(load(text, shown), shown)
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


def render_all(results) -> dict[str, str]:
    outputs: dict[str, str] = {}
    for machine, report in results:
        outputs.update(emit_stage.emit(machine, report))
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
    generated_suffixes = (".hpp", ".test.cpp", ".dot", ".md")
    for dirpath, _, files in os.walk(out_dir):
        for f in files:
            rel = os.path.relpath(os.path.join(dirpath, f), out_dir)
            if rel.endswith(generated_suffixes) and rel not in outputs and f != "README.md":
                problems.append(f"{display_path(os.path.join(dirpath, f))}: no spec generates it any more")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="phasegen", description=USAGE,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="command")
    p_check = sub.add_parser("check", help="validate and check specs")
    p_gen = sub.add_parser("generate", help="check specs, then write generated files")
    for p in (p_check, p_gen):
        p.add_argument("specs", nargs="*", metavar="SPEC", help="spec files (default: every spec under spec/)")
        p.add_argument("-q", "--quiet", action="store_true", help="print only diagnostics")
    p_gen.add_argument("--out", default=os.path.join(ROOT, "generated"), help="output directory (default: generated/)")
    p_gen.add_argument("--check", action="store_true", help="write nothing; fail if the output directory is stale")
    p_gen.add_argument("--stamp", help="touch this file on success (for build systems)")
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2

    paths = args.specs or bundled_specs()
    try:
        results = build(paths)
        outputs = render_all(results) if args.command == "generate" else {}
    except SpecError as e:
        for d in e.diagnostics:
            print(d, file=sys.stderr)
        n = len(e.diagnostics)
        print(f"phasegen: {n} error{'s' if n != 1 else ''}; nothing written", file=sys.stderr)
        return 1
    if not args.quiet:
        for _, report in results:
            print(report.summary())

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
