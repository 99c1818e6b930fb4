"""System checks: every variant of every system explored by an engine (the compiled
checker or the Python explorer), verdicts printed or collected for --format json,
counterexamples written; what an interrupt left unfinished."""
from __future__ import annotations

import os
import resource
import sys

from .outputs import write_atomically

# counterexample, engine and explore are imported by the methods that explore: a run that
# explores no system (generating machines) does not compile them.

AUTO_STATES = 20_000  # --engine auto: systems with more states are explored by the compiled checker


class Checking:
    """How systems are explored, and what was found: the engine (see explore), symmetry,
    progress lines, counterexample files; `reports` collects each variant's verdicts (for
    --format json)."""

    def __init__(self, engine="auto", symmetry=True, cex_dir=None, quiet=False, progress=None, text=True):
        self.engine, self.symmetry, self.cex_dir, self.quiet, self.text = engine, symmetry, cex_dir, quiet, text
        self.progress = sys.stderr.isatty() if progress is None else progress
        self.reports: list[dict] = []
        self.machines: list[dict] = []
        self.running = None  # (system, variant, Explorer or None) while one runs: for an interrupt's report
        self.noted = False
        self.checkers: dict = {}  # id(system) -> its compiled checker, once built or found

    def out(self, text: str):
        if self.text and not self.quiet:
            print(text)

    def explore(self, system, variant):
        """(Result, Explorer, engine used) of one variant. 'auto' uses a checker already
        compiled, else lets the Python explorer answer small systems (no compile wait) and
        compiles the checker past AUTO_STATES; with no compiler, Python with a note."""
        from . import engine
        from .explore import Explorer, TooBig

        ex = Explorer(system, variant, symmetry=self.symmetry)
        self.running = (system, variant, ex)
        if self.engine == "auto" and id(system) not in self.checkers and (exe := engine.cached(system)):
            self.checkers[id(system)] = exe  # compiled before: no compile wait
        if self.engine == "auto" and id(system) in self.checkers:
            return engine.run(system, variant, self.checkers[id(system)], self.symmetry, self.progress), ex, "compiled"
        if self.engine == "auto":
            small = Explorer(system, variant, symmetry=self.symmetry, max_states=AUTO_STATES)
            self.running = (system, variant, small)
            try:
                return small.run(), small, "python"
            except TooBig:
                self.running = (system, variant, ex)
        if self.engine != "python":
            try:
                exe = self.checkers.get(id(system)) or engine.build(system)
                self.checkers[id(system)] = exe
                return engine.run(system, variant, exe, self.symmetry, self.progress), ex, "compiled"
            except engine.Unavailable as e:
                if self.engine == "compiled":
                    raise engine.Failed(str(e)) from e
                if not self.noted:
                    first, _, rest = str(e).partition("\n")
                    print(f"phasegen: note: {first.rstrip(':')}; exploring with the Python engine (slower)"
                          + "".join(f"\n  {line}" for line in rest.splitlines() if line.strip()), file=sys.stderr)
                    self.noted = True
        return ex.run(self.progress_line if self.progress else None), ex, "python"

    @staticmethod
    def progress_line(states, depth, seconds):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"phasegen: {states} states, depth {depth}, {states / seconds:.0f} states/s, {peak} MiB, {seconds:.1f} s",
              file=sys.stderr)

    def run(self, systems) -> int:
        """Explores every variant of every system; prints reports and counterexamples.
        Returns the number of unexpected verdicts (a property that fails and is not expected
        to, or a failure a known-bad system expects that does not happen)."""
        from . import engine

        bad = 0
        for system in systems:
            for variant in system.variants:
                try:
                    result, ex, used = self.explore(system, variant)
                except engine.Failed as e:  # --engine compiled, and no checker could be built or run
                    bad += 1
                    print(f"phasegen: {system.file}: {system.name} [{variant.name}]: the compiled checker: {e}",
                          file=sys.stderr)
                    continue
                except RuntimeError as e:  # bounds the explorer refuses to go past
                    bad += 1
                    print(f"{system.pos}: error: [E-too-big] {system.name} [{variant.name}]: {e}", file=sys.stderr)
                    continue
                self.running = None
                bad += self.verdicts(system, variant, result, ex, used)
        return bad

    def verdicts(self, system, variant, result, ex, used) -> int:
        from . import counterexample

        bad = 0
        self.out(result.summary())
        expected = system.expect_fail.get(variant.name, frozenset())
        if expected:
            self.out(f"  expected to fail ({system.file} models known bugs): {', '.join(sorted(expected))}")
            for prop in sorted(expected & set(result.failures)):  # what the known bug looks like
                failure = result.failures[prop]
                text = counterexample.to_text(ex, failure) if failure.path else f"{prop}: {failure.message}"
                self.out("\n".join("    " + line for line in text.split("\n")))
        for prop, w in sorted(result.witnesses.items()):  # a reachable property's shortest witness
            text = counterexample.to_text(ex, w).split("\n")
            self.out("\n".join([f"    witness: {prop} {w.message} in {len(w.path)} steps"] + ["    " + t for t in text[1:]]))
        if self.cex_dir:  # a shortest counterexample per property, and the first one per distinct cause
            for prop, failure in result.failures.items():
                if not failure.path:  # an unreachable goal: no trace to write
                    continue
                path = os.path.join(self.cex_dir, f"{system.name}.{variant.name}.{prop}.json")
                write_atomically(path, counterexample.dumps(counterexample.to_json(ex, failure)))
            for (prop, (group, state, event)), failure in result.causes.items():
                name = f"{system.name}.{variant.name}.{prop}.{group}-{state}-{event.strip('()')}.json"
                write_atomically(os.path.join(self.cex_dir, name),
                                 counterexample.dumps(counterexample.to_json(ex, failure)))
        for prop, failure in sorted(result.failures.items()):
            if prop in expected:
                continue
            bad += 1
            p = next(x for x in system.properties if x.name == prop)
            print(f"{p.pos}: error: [E-property] {system.name} [{variant.name}]: {prop} fails: "
                  f"{failure.message}", file=sys.stderr)
            if failure.path:
                print(counterexample.to_text(ex, failure), file=sys.stderr)
        for prop in sorted(expected - set(result.failures)):
            bad += 1
            print(f"{system.pos}: error: [E-expect] {system.name} [{variant.name}]: {prop} was expected to "
                  f"fail (the file models a known bug) but holds", file=sys.stderr)
        self.reports.append({
            "system": system.name, "file": system.file, "variant": variant.name, "engine": used,
            "symmetry": result.symmetry, "states": result.states, "transitions": result.transitions,
            "depth": result.depth, "seconds": round(result.seconds, 3), "peak_mib": result.peak_kib // 1024,
            "properties": {p: ({"verdict": "reachable", "witness": counterexample.to_json(ex, result.witnesses[p])}
                               if p in result.witnesses else
                               {"verdict": "proved"} if p not in result.failures else
                               {"verdict": "fails as expected" if p in expected else "fails",
                                "message": result.failures[p].message,
                                "counterexample": counterexample.to_json(ex, result.failures[p])})
                           for p in result.checked},
        })
        return bad

    def interrupted(self) -> str:
        """What an interrupt left unfinished, for the report."""
        if not self.running:
            return "interrupted"
        system, variant, ex = self.running
        done = f" after {ex.explored} states" if getattr(ex, "explored", 0) else ""
        return f"interrupted while exploring {system.name} [{variant.name}]{done}: its properties are not proved"
