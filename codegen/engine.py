"""The compiled engine of `check`: a system's checker (checker_cpp.py) compiled with the
user's C++ compiler, cached by content, and run. Its verdicts and the inputs of each
counterexample are read back; the Python explorer then replays those inputs to rebuild
the counterexample (dispatches, states, message), so both engines report alike.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile

from . import __version__, checker_cpp
from .cache import cache_root
from .explore import Explorer, Failure, Result

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLAGS = ["-std=c++20", "-O2", "-pthread"]
SUMMARY = re.compile(r"^(\S+) \[(\S+)\]: (\d+) states, (\d+) transitions, depth (\d+), ([\d.]+) s, .* peak (\d+) MiB")
CACHE_KEEP = 32  # compiled checkers kept in the cache (each ~0.1-1 MB), least recently used removed
TERMINATES_MESSAGE = "from this state no state where every instance is terminal can be reached"
NO_STUCK_MESSAGE = "from this state no settled state (every instance terminal or initial) can be reached"


class Unavailable(Exception):
    """No compiler or no runtime headers: the caller falls back to the Python explorer."""


class Failed(Exception):
    """The checker did not compile or did not run to its end."""


def runtime_include() -> str:
    """The directory holding phasegen/checker.hpp: PHASEGEN_INCLUDE (set by the installed
    launcher), else this source tree's runtime/include."""
    for d in (os.environ.get("PHASEGEN_INCLUDE"), os.path.join(ROOT, "runtime", "include")):
        if d and os.path.isfile(os.path.join(d, "phasegen", "checker.hpp")):
            return d
    raise Unavailable("phasegen's runtime headers (phasegen/checker.hpp) were not found; set PHASEGEN_INCLUDE")


def compiler() -> list[str]:
    """$CXX, else the first of c++, g++, clang++ on PATH."""
    if os.environ.get("CXX"):
        cxx = os.environ["CXX"].split()
        if shutil.which(cxx[0]):
            return cxx
        raise Unavailable(f"CXX={os.environ['CXX']} is not on PATH")
    for name in ("c++", "g++", "clang++"):
        if shutil.which(name):
            return [name]
    raise Unavailable("no C++ compiler (c++, g++, clang++) on PATH; set CXX")


def _compiler_identity(cxx: list[str]) -> str:
    try:
        r = subprocess.run([*cxx, "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise Unavailable(f"{' '.join(cxx)} --version failed: {e}") from e
    return shutil.which(cxx[0]) + "\n" + r.stdout


def cached(system) -> str | None:
    """The system's checker if the cache already holds it (no compile), else None."""
    try:
        exe = _where(system)[0]
    except Unavailable:
        return None
    return exe if os.access(exe, os.X_OK) else None


def _where(system):
    """(executable path, its cache directory, sources, include dir, compiler) for a system."""
    kinds = sorted({p.kind for p in system.properties if p.kind in checker_cpp.UNCHECKED})
    if kinds:
        raise Unavailable(f"the compiled checker does not check {', '.join(kinds)} properties yet")
    include, cxx = runtime_include(), compiler()
    sources = checker_cpp.emit(system, "phasegen check")
    digest = hashlib.sha256()
    for part in [__version__, _compiler_identity(cxx), " ".join(FLAGS)]:
        digest.update(part.encode() + b"\0")
    for name in sorted(os.listdir(os.path.join(include, "phasegen"))):
        path = os.path.join(include, "phasegen", name)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                digest.update(name.encode() + b"\0" + f.read() + b"\0")
    for rel, text in sorted(sources.items()):
        digest.update(rel.encode() + b"\0" + text.encode() + b"\0")
    directory = os.path.join(cache_root(), "checkers", digest.hexdigest()[:24])
    return os.path.join(directory, "checker"), directory, sources, include, cxx


def build(system) -> str:
    """The checker executable of a system: compiled once per content (sources, runtime
    headers, compiler, flags) into the cache; returns its path."""
    exe, directory, sources, include, cxx = _where(system)
    if os.access(exe, os.X_OK):
        os.utime(directory)  # recently used: kept by prune()
        return exe
    try:
        os.makedirs(directory, exist_ok=True)
        work = tempfile.mkdtemp(dir=directory, prefix=".build-")
    except OSError as e:
        raise Unavailable(f"cannot write the checker cache {cache_root()}: {e.strerror} (set PHASEGEN_CACHE)") from e
    try:
        for rel, text in sources.items():
            path = os.path.join(work, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        main = os.path.join(work, "checker", f"{system.name}.cpp")
        cmd = [*cxx, *FLAGS, "-I", os.path.join(work, "checker"), "-I", include, main, "-o", os.path.join(work, "checker.bin")]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            tail = "\n".join((r.stderr or r.stdout).splitlines()[-20:])
            raise Unavailable(f"compiling the checker failed ({' '.join(cxx)}):\n{tail}")
        os.replace(os.path.join(work, "checker.bin"), exe)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    prune(os.path.dirname(directory))
    return exe


def prune(checkers: str, keep: int = CACHE_KEEP):
    """Removes all but the `keep` most recently used checkers."""
    try:
        entries = sorted((e for e in os.scandir(checkers) if e.is_dir()), key=lambda e: e.stat().st_mtime, reverse=True)
    except OSError:
        return
    for e in entries[keep:]:
        shutil.rmtree(e.path, ignore_errors=True)


def run(system, variant, exe: str, symmetry: bool, progress: bool) -> Result:
    """One variant's exploration by the compiled checker, as the Python explorer's Result
    (a shortest counterexample per failing property; no per-cause counterexamples)."""
    args = [exe, "--variant", variant.name, "--paths"] + ([] if symmetry else ["--no-symmetry"])
    args += ["--progress"] if progress else []
    r = subprocess.run(args, stdout=subprocess.PIPE, stderr=None, text=True)
    if r.returncode != 0:
        raise Failed(f"the compiled checker stopped with exit status {r.returncode}")
    result, paths, unreachable = None, {}, []
    for line in r.stdout.splitlines():
        m = SUMMARY.match(line)
        if m:
            result = Result(system.name, variant.name, symmetry, int(m[3]), int(m[4]), int(m[5]), float(m[6]),
                            int(m[7]) * 1024)
        elif line.startswith("path "):
            data = json.loads(line[5:])
            paths[data["property"]] = [tuple(x) for x in data["inputs"]]
        elif line.startswith("  ") and ": " in line and result is not None:
            prop, verdict = line.strip().split(": ", 1)
            result.checked += (prop,)
            if verdict == "FAILS: unreachable":
                unreachable.append(prop)
    if result is None:
        raise Failed("the compiled checker printed no report")
    ex = Explorer(system, variant, symmetry=symmetry)
    props = {p.name: p for p in system.properties}
    for prop, inputs in paths.items():
        found = rebuild(ex, prop, inputs)
        if props[prop].kind == "reachable":  # a witness, not a counterexample
            found.message = f"reached: {ex.describe_goal(props[prop])}"
            result.witnesses[prop] = found
        else:
            result.failures[prop] = found
    for prop in unreachable:
        result.failures[prop] = Failure(prop, f"no reachable state has {ex.describe_goal(props[prop])}", [])
    return result


def rebuild(ex: Explorer, prop: str, inputs) -> Failure:
    """A counterexample from its inputs, replayed on the Python explorer."""
    names = {name: k for k, (_, _, name) in enumerate(ex.instances)}
    kind = next(p.kind for p in ex.sys.properties if p.name == prop)
    st, steps, message = ex.initial(), [], ""
    for instance, event, stale, *network in inputs:
        if network:  # a channel step: [via, deliver|lose|duplicate|reorder]; the message decides the event
            label = next((l for l in ex.enabled(st) if l[1] == names.get(instance)
                          and getattr(l[0], "channel", None) == network[0] and l[0].kind == network[1]), None)
        else:
            label = next((l for l in ex.enabled(st) if l[1] == names.get(instance) and l[2] == event
                          and l[3] == stale and not hasattr(l[0], "channel")), None)
        if label is None:
            raise Failed(f"{prop}: the compiled checker's counterexample does not replay ({instance} {event})")
        st, records, failures = ex.apply(st, label)
        steps.append((label, records, st))
        message = next((m for p, m, _ in failures if p == prop), message)
    graph = {"no_stuck": NO_STUCK_MESSAGE, "terminates": TERMINATES_MESSAGE}
    if kind == "leads_to":
        message = ex.describe_lasso(next(p for p in ex.sys.properties if p.name == prop), steps)
    return Failure(prop, graph.get(kind, message), steps)
