"""Outputs: how generated files are named (after the spec file, or its namespace with
--namespace-dirs), rendered for a whole run, compared with what is on disk, and written
all or nothing; the depfile and the regenerate command they name. cli.py calls these."""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass

from . import emit as emit_stage
from .diag import Diagnostic, Pos, SpecError

SPEC_SUFFIXES = (".yaml", ".yml", ".json")
_SHELL_SAFE = re.compile(r"[A-Za-z0-9_./:=,+@%^-]+")  # shown as is in a regenerate command
OUTPUT_KINDS = ("header", "tests", "dot", "md", "promela", "roles", "checker")
DEFAULT_EMIT = ("header", "tests", "dot", "md", "promela", "roles")


def display_path(path: str) -> str:
    """A spec's path in diagnostics and generated files: as given, normalized; an absolute
    path inside the current directory is shown relative to it (byte-stable output)."""
    norm = os.path.normpath(path)
    if os.path.isabs(norm):
        rel = os.path.relpath(norm)
        if not rel.startswith(".."):
            return rel
    return norm


@dataclass(frozen=True)
class Layout:
    """Which outputs generate writes and where. namespace_dirs: a machine's outputs under
    its namespace path (vox/rx_channel.hpp) instead of after its spec file (rx_channel.hpp);
    regenerate: the command the generated files say regenerates them."""
    emit: tuple = OUTPUT_KINDS
    namespace_dirs: bool = True
    regenerate: str = emit_stage.REGENERATE


def output_stem(file: str) -> str:
    """The generated files' name for a spec file: its name without the suffix."""
    base = os.path.basename(file)
    for suffix in SPEC_SUFFIXES:
        if base.endswith(suffix):
            return base[: -len(suffix)]
    return base


def check_stem(stem: str, pos: Pos) -> Diagnostic | None:
    if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.+-]*", stem) and not stem.endswith("."):
        return None
    return Diagnostic(pos, "E-output-name", f"the spec file's name {stem!r} cannot name generated files (letters, "
                                           f"digits, '_', '.', '+', '-'); rename the file, or use --namespace-dirs")


def render_all(results, systems=(), layout: Layout = Layout()) -> dict[str, str]:
    """Every output, keyed by path relative to the output directory. Raises SpecError when
    a spec file's name cannot name its outputs or two outputs would share a path."""
    outputs: dict[str, str] = {}
    owner: dict[str, str] = {}
    problems: list[Diagnostic] = []

    def add(pos: Pos, produced: dict[str, str]):
        for rel, text in produced.items():
            if rel in owner and owner[rel] != pos.file:
                problems.append(Diagnostic(pos, "E-duplicate", f"output {rel} is also generated from {owner[rel]}"))
            owner[rel] = pos.file
            outputs[rel] = text

    for machine, report in results:
        base = None if layout.namespace_dirs else output_stem(machine.file)
        if base is not None and (bad := check_stem(base, machine.pos)):
            problems.append(bad)
            continue
        add(machine.pos, emit_stage.emit(machine, report, base, layout.regenerate, layout.emit))
    roles_of: dict = {}  # machine -> the system file whose roles header defines its Roles struct
    if systems:  # imported only when there are systems: generating machines does not compile them
        from . import checker_cpp, promela, roles
    for system in systems:
        stem = output_stem(system.file)
        if not layout.namespace_dirs and (bad := check_stem(stem, system.pos)):
            problems.append(bad)
            continue
        if "promela" in layout.emit:
            for variant in system.variants:
                rel = (f"promela/{system.name}.{variant.name}.pml" if layout.namespace_dirs
                       else f"{stem}.{variant.name}.pml")
                add(system.pos, {rel: promela.promela(system, variant, layout.regenerate)})
        if "roles" in layout.emit and system.runtime is not None:
            rt = system.runtime
            for m in [c.machine for c in rt.channels] + ([rt.session.machine] if rt.session else []):
                key = emit_stage.include_path(m)
                if roles_of.setdefault(key, system.file) != system.file:
                    problems.append(Diagnostic(rt.pos, "E-duplicate", f"machine '{key}' also has runtime roles in "
                                               f"{roles_of[key]}: its roles structs would be defined twice"))
            add(system.pos, roles.emit(system, layout.namespace_dirs, stem, layout.regenerate))
        if "checker" in layout.emit:
            prefix = "" if layout.namespace_dirs else f"{stem}.checker/"
            add(system.pos, {prefix + rel: text for rel, text in checker_cpp.emit(system, layout.regenerate).items()})
    if problems:
        raise SpecError(problems)
    return outputs


def write_atomically(path: str, text: str) -> bool:
    """Write text to path unless it already holds it (then only its time is renewed, so
    a build system sees the output as new); returns whether it wrote. Files are 0644."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            if f.read() == text:
                os.utime(path)
                return False
    except (OSError, UnicodeDecodeError):
        pass
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path) or ".", prefix=".phasegen-")
    try:
        os.fchmod(fd, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return True


def write_all(outputs: dict[str, str], out_dir: str) -> list[str]:
    """Writes every output (each atomically); returns those that changed. On a failure
    part-way, the files this call wrote are put back as they were: all or nothing."""
    written, undo = [], []
    try:
        for rel, text in sorted(outputs.items()):
            path = os.path.join(out_dir, rel)
            try:
                with open(path, "rb") as f:
                    before = f.read()
            except OSError:
                before = None
            if write_atomically(path, text):
                written.append(rel)
                undo.append((path, before))
    except BaseException:
        for path, before in reversed(undo):
            try:
                if before is None:
                    os.unlink(path)
                else:
                    with open(path, "wb") as f:
                        f.write(before)
            except OSError:
                pass
        raise
    return written


def stale_files(outputs: dict[str, str], out_dir: str, orphans: bool = True) -> list[str]:
    """What differs between out_dir and outputs; with orphans, also generated-looking files
    in out_dir that no output names (when the specs given were whole directories)."""
    problems = []
    for rel, text in sorted(outputs.items()):
        path = os.path.join(out_dir, rel)
        try:
            with open(path, encoding="utf-8", newline="") as f:
                if f.read() != text:
                    problems.append(f"{display_path(path)}: differs from what phasegen generates")
        except (OSError, UnicodeDecodeError):
            problems.append(f"{display_path(path)}: missing")
    if not orphans:
        return problems
    generated_suffixes = (".hpp", ".cpp", ".dot", ".md", ".pml")
    for dirpath, _, files in os.walk(out_dir):
        for f in files:
            rel = os.path.relpath(os.path.join(dirpath, f), out_dir)
            if rel.endswith(generated_suffixes) and rel not in outputs and f != "README.md":
                problems.append(f"{display_path(os.path.join(dirpath, f))}: no spec generates it any more")
    return problems


def depfile_text(targets: list[str], deps: list[str]) -> str:
    """A Makefile-style depfile (ninja, make): every target depends on every spec read."""
    def esc(p: str) -> str:
        return p.replace("\\", "\\\\").replace(" ", "\\ ").replace("#", "\\#").replace("$", "$$")
    return " ".join(esc(t) for t in targets) + ":" + "".join(f" \\\n  {esc(d)}" for d in deps) + "\n"


def spec_inputs(paths: list[str], systems) -> list[str]:
    """Every file generation read: the specs given and the machine files systems name."""
    seen = dict.fromkeys(display_path(p) for p in paths)
    for system in systems:
        for g in system.groups:
            seen.setdefault(g.machine.file)
    return list(seen)


def shell_word(arg: str) -> str:
    """An argument as the regenerate command shows it: safe in a // comment, a C++ string
    literal and an HTML comment (control, bidi, quote and backslash characters escaped)."""
    if _SHELL_SAFE.fullmatch(arg):
        return arg
    out = []
    for ch in arg:
        if ch in "\\\"'<>" or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"):
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


