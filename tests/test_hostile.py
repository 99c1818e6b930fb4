#!/usr/bin/env python3
"""The hostile-input corpus (tests/hostile/, docs/security.md): every input either gets a
located error or a result, within bounded time and memory, and never a traceback.

  tests/hostile/bad/              specs and system files phasegen must refuse
  tests/hostile/valid/            odd but valid specs: the generated code compiles warning-free
                                  (g++ -std=c++20 -Wall -Wextra -Wpedantic -Werror, and clang++
                                  when present) and its cell tests pass
  tests/hostile/valid-systems/    odd but valid system files: their compiled checker builds the
                                  same way and proves their properties
  tests/hostile/traces/           runtime traces for the trace replay (codegen/trace_replay.py)
  tests/hostile/counterexamples/  counterexamples for `phasegen replay`
  (made here, in a temporary directory: inputs too large or too odd to check in -- an alias
  bomb, 100,000-deep nesting, a 50 MB doc, 2,500 x 2,500 cells, a named pipe, a spec in a
  directory whose name holds a quote, a backslash, a newline and a bidi override, ...)

For every refused spec: exit status 1, a `file:line:col: error:` line, no traceback, the
output directory (which holds a file beforehand) and the spec's own directory unchanged, in
at most TIME_LIMIT seconds under an address-space limit of MEMORY_LIMIT (setrlimit in the
child). System files run through `generate` and through `check --cex-dir`. Traces and
counterexamples get the replay's documented statuses with a file:line location.

Run: /usr/bin/python3 tests/test_hostile.py   (exit status 0 when every test passes)
"""
from __future__ import annotations

import concurrent.futures
import json
import os
import re
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import unittest

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOSTILE = os.path.join(ROOT, "tests", "hostile")
TIME_LIMIT = 30.0  # seconds of wall time per run (the slowest input takes 1-3 s alone; CI machines are shared)
MEMORY_LIMIT = 1 << 30  # bytes of address space per run
LOCATED = re.compile(r"^.+:\d+:\d+: error: ", re.M)
TRACE_LOCATED = re.compile(r"^.+:\d+: (?:error: |first divergence: )", re.M)
CXXFLAGS = ["-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror"]


def _limits():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (int(TIME_LIMIT) + 10, int(TIME_LIMIT) + 10))
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 20, 64 << 20))  # nothing it may write is that large


def run(*args: str, module: str = "codegen") -> tuple[subprocess.CompletedProcess, float]:
    env = dict(os.environ, PYTHONPATH=ROOT, PYTHONDONTWRITEBYTECODE="1")
    start = time.monotonic()
    try:
        p = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=env, capture_output=True,
                           preexec_fn=_limits, timeout=TIME_LIMIT * 2, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"phasegen {' '.join(args)[:200]}: no answer within {TIME_LIMIT * 2} s") from None
    out = subprocess.CompletedProcess(p.args, p.returncode, p.stdout.decode("utf-8", "replace"),
                                      p.stderr.decode("utf-8", "replace"))
    return out, time.monotonic() - start


def tree(directory: str) -> dict:
    """Every entry under directory with its type, size and modification time."""
    out = {}
    for d, dirs, files in os.walk(directory):
        for name in dirs + files:
            path = os.path.join(d, name)
            st = os.lstat(path)
            out[os.path.relpath(path, directory)] = (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns)
    return out


def files_in(directory: str, suffixes=(".yaml", ".yml", ".json")) -> list[str]:
    return sorted(os.path.join(directory, f) for f in os.listdir(directory) if f.endswith(suffixes))


# ---------------------------------------------------------------- inputs made at run time

MACHINE = """\
phasegen: 1
machine: m
{extra}states:
  A: {{initial: true}}
  B: {{terminal: true}}
events:
  go: {{source: local}}
transitions:
  - {{from: A, on: go, to: B}}
  - {{from: B, on: go, ignore: done}}
"""


def made_bad(d: str) -> dict[str, str]:
    """name -> path of each refused input made at run time."""
    made = {}

    def put(name: str, text, mode: str = "w") -> None:
        path = os.path.join(d, name)
        with open(path, mode, **({"encoding": "utf-8"} if mode == "w" else {})) as f:
            f.write(text)
        made[name] = path

    lol = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lol += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    put("alias-bomb.yaml", "phasegen: 1\nmachine: m\nparams:\n" + "".join(f"  {x}\n" for x in lol) + "states: *a9\n")
    put("deep-flow.yaml", "phasegen: 1\nmachine: " + "[" * 100_000 + "]" * 100_000 + "\n")
    put("deep-block.yaml", "phasegen: 1\nmachine: m\ndoc:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 300)))
    put("deep-json.json", '{"phasegen": 1, "machine": ' + "[" * 100_000 + "]" * 100_000 + "}")
    put("deep-json-objects.json", '{"a": ' * 50_000 + "1" + "}" * 50_000)
    put("long-expression.yaml", MACHINE.format(extra="vars:\n  x: {range: [0, 1]}\n").replace(
        "to: B}", "guard: " + " + ".join(["x"] * 100_000) + " > 0, to: B}", 1))
    put("deep-parens.yaml", MACHINE.format(extra="vars:\n  x: {range: [0, 1]}\n").replace(
        "to: B}", "guard: \"" + "(" * 10_000 + "x > 0" + ")" * 10_000 + "\", to: B}", 1))
    put("deep-unary.yaml", MACHINE.format(extra="vars:\n  x: {range: [0, 1]}\n").replace(
        "to: B}", "guard: \"" + "!" * 100_000 + "(x > 0)\", to: B}", 1))
    put("int-10000-digits.json", '{"phasegen": ' + "7" * 10_000 + "}")
    put("doc-50mb.yaml", MACHINE.format(extra="doc: " + "x" * (50 << 20) + "\n"))
    put("doc-7mb.yaml", MACHINE.format(extra="doc: " + "x" * (7 << 20) + "\n"))
    put("nodes-600k.yaml", MACHINE.format(extra="doc: [" + "1," * 600_000 + "1]\n"))
    states = "".join(f"  S{i}:\n" for i in range(2500))
    events = "".join(f"  e{i}: {{source: peer}}\n" for i in range(2500))
    put("cells-2500x2500.yaml", "phasegen: 1\nmachine: m\nstates:\n  Init: {initial: true}\n" + states
        + "  End: {terminal: true}\nevents:\n" + events + "transitions: []\ndefaults:\n  - {states: ["
        + ", ".join(["Init", "End"] + [f"S{i}" for i in range(2500)]) + "], source: peer, ignore: x}\n")
    events = "".join(f"  e{i}: {{source: peer}}\n" for i in range(2000))  # checks that would take minutes
    rows = "".join(f"  - {{from: A, on: e{i}, guard: x < 5, ignore: a}}\n  - {{from: A, on: e{i}, guard: x >= 5, "
                   "ignore: b}\n" for i in range(2000))
    put("work-1m-valuations.yaml", MACHINE.format(extra="vars:\n  x: {range: [0, 999999]}\n").replace(
        "  go: {source: local}\n", "  go: {source: local}\n" + events) + rows
        + "defaults:\n  - {states: [B], source: peer, ignore: late}\n")
    slist, elist = ", ".join(f"S{i}" for i in range(2000)), ", ".join(f"e{i}" for i in range(100))
    put("pairs-20m.yaml", "phasegen: 1\nmachine: m\nstates:\n  A: {initial: true}\n" + "".join(
        f"  S{i}:\n" for i in range(2000)) + "  B: {terminal: true}\nevents:\n" + "".join(
        f"  e{i}: {{source: peer}}\n" for i in range(100)) + "transitions:\n" + "".join(
        f"  - {{from: [{slist}], on: [{elist}], ignore: r{j}}}\n" for j in range(100)))  # 20M (state, event) pairs
    group = "state_groups:\n  all: [" + ", ".join(f"S{i}" for i in range(2000)) + "]\n"
    put("groups-20m-pairs.yaml", "phasegen: 1\nmachine: m\nstates:\n  A: {initial: true}\n" + "".join(
        f"  S{i}:\n" for i in range(2000)) + "  B: {terminal: true}\nevents:\n" + "".join(
        f"  e{i}: {{source: peer}}\n" for i in range(100)) + group + "transitions:\n" + "".join(
        f"  - {{from: all, on: [{elist}], to: stay}}\n" for j in range(1000))  # a small file naming 200M pairs
        + "defaults:\n" + "".join("  - {states: all, source: peer, ignore: x}\n" for j in range(5000)))
    put("args-4m-rows.yaml", "phasegen: 1\nmachine: m\nstates:\n  A: {initial: true}\n  B: {terminal: true}\n"
        "events:\n  go: {source: local, args: {n: {range: [0, 4095]}}}\ntransitions:\n"
        + "".join(f"  - {{from: [A, B], on: go, guard: n == {i}, ignore: r{i}}}\n" for i in range(1000)))
    long = "a" * 60
    rows = "".join(f"  - {{from: {long}{i}x, on: go, to: B}}\n" for i in range(5000))
    put("did-you-mean-5000.yaml", "phasegen: 1\nmachine: m\nstates:\n  A: {initial: true}\n  B: {terminal: true}\n"
        + "".join(f"  {long}{i}:\n" for i in range(5000)) + "events:\n  go: {source: local}\ntransitions:\n" + rows)
    put("unknown-keys-30k.json", '{"phasegen": 1, ' + ", ".join(f'"key{i}": {i}' for i in range(30_000)) + "}")
    fifo = os.path.join(d, "fifo.yaml")
    os.mkfifo(fifo)
    made["fifo.yaml"] = fifo
    made["dev-zero.yaml"] = "/dev/zero"
    loop = os.path.join(d, "loop.yaml")
    os.symlink("loop.yaml", loop)
    made["symlink-loop.yaml"] = loop
    for sub in ("one", "two"):  # two specs that would both write m.hpp
        os.mkdir(os.path.join(d, sub))
        put(os.path.join(sub, "m.yaml"), MACHINE.format(extra=f"namespace: {sub}\n"))
    made["output-collision"] = os.path.join(d, "one", "m.yaml") + "\0" + os.path.join(d, "two", "m.yaml")
    del made[os.path.join("one", "m.yaml")], made[os.path.join("two", "m.yaml")]
    # a machine whose header would replace the one the system's checker writes (--namespace-dirs)
    shutil.copy(os.path.join(HOSTILE, "machines", "box.yaml"), os.path.join(d, "box.yaml"))
    put("checker.yaml", "phasegen: 1\nsystem: s\ninstances:\n  box: {machine: box.yaml}\n"
        "variants:\n  v:\n    inputs:\n      - {to: box, event: put}\n")
    put("impostor.yaml", MACHINE.format(extra="namespace: checker::check_s\n").replace("machine: m", "machine: box"))
    made["checker-collision"] = "\0".join(["--namespace-dirs", "--emit=all", made.pop("checker.yaml"),
                                          made.pop("impostor.yaml")])
    groups = "".join(f"  g{i}: {{machine: box.yaml}}\n" for i in range(2000))
    links = "".join(f"  - {{from: g{i}, emit: out, to: g{i + 1}, event: put}}\n" for i in range(1999))
    put("system-2000-groups.yaml", "phasegen: 1\nsystem: s\ninstances:\n" + groups + "links:\n" + links
        + "variants:\n  v:\n    inputs:\n      - {to: g0, event: take}\n")
    put("system-count-billion.yaml", "phasegen: 1\nsystem: s\ninstances:\n  box: {machine: box.yaml, count: 1000000000}\n"
        "variants:\n  v:\n    inputs:\n      - {to: box, event: put}\n")
    return made


WEIRD_DIR = 'we"ird\\ \n dir \u202e \u2028 \\'  # a quote, backslashes, a newline, a bidi override, a line separator


# ---------------------------------------------------------------- the tests

class Corpus(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="phasegen-hostile-")
        cls.made = made_bad(os.path.join(cls.tmp.name))
        cls.timings: list[tuple[float, str]] = []

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()
        if cls.timings:
            slowest = ", ".join(f"{name} {t:.1f} s" for t, name in sorted(cls.timings, reverse=True)[:4])
            print(f"\nhostile: {len(cls.timings)} refusals; slowest: {slowest}", file=sys.stderr)

    def refused(self, name: str, specs: list[str], system: bool = False) -> None:
        """phasegen refuses specs: status 1, located errors, no traceback, nothing written."""
        with tempfile.TemporaryDirectory(prefix="phasegen-hostile-out-") as out:
            with open(os.path.join(out, "keep.txt"), "w", encoding="utf-8") as f:
                f.write("written before phasegen ran\n")
            options = [s for s in specs if s.startswith("--")]
            specs = [s for s in specs if not s.startswith("--")]
            watched = {out} | {os.path.dirname(s) for s in specs if os.path.isfile(s)}
            before = {w: tree(w) for w in watched}
            runs = [("generate", *options, "--out", out, *specs)]
            if system:  # a counterexample directory inside the output: names must not walk out of it
                runs.append(("check", "--cex-dir", os.path.join(out, "cex"), *specs))
            for args in runs:
                p, elapsed = run(*args)
                self.timings.append((elapsed, f"{name} {args[0]}"))
                both = p.stdout + p.stderr
                self.assertNotIn("Traceback", both, f"{name}: a traceback reached the user:\n{both[-3000:]}")
                self.assertEqual(p.returncode, 1, f"{name} ({args[0]}): exit status\n{both[-3000:]}")
                self.assertRegex(p.stderr, LOCATED, f"{name} ({args[0]}): no file:line:col: error: line")
                self.assertNotRegex(both, "[\x1b\u202a-\u202e\u2066-\u2069]",
                                    f"{name} ({args[0]}): a terminal escape or bidi control reached the screen")
                self.assertLess(elapsed, TIME_LIMIT, f"{name} ({args[0]}): took {elapsed:.1f} s")
                for w in watched:
                    self.assertEqual(tree(w), before[w], f"{name} ({args[0]}): {w} changed")

    def test_bad_specs_in_the_corpus(self):
        specs = files_in(os.path.join(HOSTILE, "bad"))
        self.assertGreaterEqual(len(specs), 40)
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            futures = {pool.submit(self.refused, os.path.basename(s), [s], system="system" in os.path.basename(s)): s
                       for s in specs}
            failures = [f"{os.path.basename(futures[f])}: {f.exception()}" for f in futures if f.exception()]
        self.assertEqual(failures, [], "\n\n".join(failures))

    def test_bad_inputs_made_here(self):
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            futures = {pool.submit(self.refused, name, path.split("\0"), system=name.startswith("system")): name
                       for name, path in self.made.items()}
            failures = [f"{futures[f]}: {f.exception()}" for f in futures if f.exception()]
        self.assertEqual(failures, [], "\n\n".join(failures))

    def test_the_check_can_fail(self):
        """refused() fails on a spec phasegen accepts, and on one that makes it write."""
        with tempfile.TemporaryDirectory(prefix="phasegen-hostile-") as d:
            spec = os.path.join(d, "good.yaml")
            with open(spec, "w", encoding="utf-8") as f:
                f.write(MACHINE.format(extra=""))
            with self.assertRaises(AssertionError):
                self.refused("good.yaml", [spec])

    def test_a_hostile_output_directory_name_is_only_a_directory(self):
        """--out is taken as given: a name with '..' stays a path the user chose, nothing more."""
        with tempfile.TemporaryDirectory(prefix="phasegen-hostile-") as d:
            spec = os.path.join(d, "m.yaml")
            with open(spec, "w", encoding="utf-8") as f:
                f.write(MACHINE.format(extra=""))
            out = os.path.join(d, "a", "..", "b")
            p, _ = run("generate", "--out", out, spec)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual(sorted(os.listdir(os.path.join(d, "b"))), ["m.dot", "m.hpp", "m.md", "m.test.cpp"])


class Valid(unittest.TestCase):
    """Odd but valid specs: generated, compiled warning-free, cell tests run and pass."""

    def compile_and_run(self, out: str, tests: list[str]) -> None:
        cxx = shutil.which(os.environ.get("CXX", "g++")) or shutil.which("g++")
        if cxx is None:
            self.skipTest("no C++ compiler")
        include = ["-I", os.path.join(ROOT, "runtime", "include"), "-I", out]
        objects = []

        def compile_one(src: str) -> str:
            obj = os.path.join(out, os.path.basename(src) + ".o")  # never beside a source: the tree stays clean
            p = subprocess.run([cxx, *CXXFLAGS, *include, "-c", src, "-o", obj], capture_output=True, text=True)
            if p.returncode != 0:
                raise AssertionError(f"{os.path.basename(src)} does not compile warning-free with {cxx}:\n"
                                     f"{p.stderr[:4000]}")
            return obj
        sources = tests + [os.path.join(ROOT, "tests", "main.cpp")]
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            objects = list(pool.map(compile_one, sources))
        exe = os.path.join(out, "cell-tests")
        subprocess.run([cxx, *objects, "-o", exe], check=True)
        p = subprocess.run([exe, "--duration=false"], capture_output=True, text=True, timeout=120)
        self.assertEqual(p.returncode, 0, f"the generated cell tests fail:\n{p.stdout[-4000:]}")
        self.assertIn("Status: SUCCESS", p.stdout)
        clang = shutil.which("clang++")
        if clang:  # the other compiler: a syntax check of every test (it includes its header)
            def check(src: str):
                return src, subprocess.run([clang, *CXXFLAGS, "-fsyntax-only", *include, src], capture_output=True,
                                           text=True)
            with concurrent.futures.ThreadPoolExecutor(2) as pool:
                for src, p in pool.map(check, tests):
                    self.assertEqual(p.returncode, 0, f"{os.path.basename(src)} under clang++:\n{p.stderr[:4000]}")

    def test_odd_but_valid_specs_compile_warning_free_and_pass(self):
        specs = files_in(os.path.join(HOSTILE, "valid"))
        self.assertGreaterEqual(len(specs), 8)
        with tempfile.TemporaryDirectory(prefix="phasegen-hostile-valid-") as d:
            # one more: a good spec in a directory whose name no string literal or comment can hold raw
            weird = os.path.join(d, WEIRD_DIR)
            os.mkdir(weird)
            spec = os.path.join(weird, "weird_path.yaml")
            with open(spec, "w", encoding="utf-8") as f:
                f.write(MACHINE.format(extra="namespace: odd::path\ndoc: in a directory named like an attack\n"))
            out = os.path.join(d, "out")
            p, elapsed = run("generate", "--out", out, *specs, spec)
            self.assertNotIn("Traceback", p.stderr)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertLess(elapsed, TIME_LIMIT)
            with open(os.path.join(out, "weird_path.hpp"), encoding="utf-8") as f:
                header = f.read()
            self.assertNotIn("\u202e", header)
            self.assertNotIn(WEIRD_DIR, header)
            tests = sorted(os.path.join(out, f) for f in os.listdir(out) if f.endswith(".test.cpp"))
            self.assertEqual(len(tests), len(specs) + 1)
            self.compile_and_run(out, tests)


class ValidSystems(unittest.TestCase):
    """Odd but valid system files: explored, and their compiled checker (g++ -Werror, clang++
    when present) builds and proves the same properties."""

    def test_odd_but_valid_systems(self):
        cxx = shutil.which(os.environ.get("CXX", "g++")) or shutil.which("g++")
        for spec in files_in(os.path.join(HOSTILE, "valid-systems")):
            name = os.path.basename(spec)
            with self.subTest(system=name), tempfile.TemporaryDirectory(prefix="phasegen-hostile-sys-") as out:
                p, elapsed = run("generate", "--namespace-dirs", "--emit=all", "--out", out, spec)
                self.assertEqual(p.returncode, 0, p.stderr)
                self.assertLess(elapsed, TIME_LIMIT)
                if cxx is None:
                    continue
                [cpp] = [f for f in os.listdir(os.path.join(out, "checker")) if f.endswith(".cpp")]
                include = ["-I", os.path.join(ROOT, "runtime", "include"), "-I", os.path.join(out, "checker")]
                exe = os.path.join(out, "checker-exe")
                c = subprocess.run([cxx, *CXXFLAGS, "-O1", *include, os.path.join(out, "checker", cpp), "-o", exe,
                                    "-pthread"], capture_output=True, text=True)
                self.assertEqual(c.returncode, 0, f"{name}: the checker does not compile warning-free:\n{c.stderr[:4000]}")
                r = subprocess.run([exe], capture_output=True, text=True, timeout=120)
                self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
                self.assertNotIn("fails", r.stdout)
                clang = shutil.which("clang++")
                if clang:
                    c = subprocess.run([clang, *CXXFLAGS, "-fsyntax-only", *include, os.path.join(out, "checker", cpp)],
                                       capture_output=True, text=True)
                    self.assertEqual(c.returncode, 0, f"{name} under clang++:\n{c.stderr[:4000]}")


class Traces(unittest.TestCase):
    """The trace replay: 0 for a matching trace, 1 at the first divergence, 2 for a trace
    that is not one; always with file:line, never a traceback, in bounded time."""

    DIVERGE = {"reordered.jsonl", "swapped-to-from.jsonl", "unknown-event.jsonl"}

    def replay(self, path: str):
        p, elapsed = run(path, module="codegen.trace_replay")
        both = p.stdout + p.stderr
        self.assertNotIn("Traceback", both, f"{path}:\n{both[-3000:]}")
        self.assertLess(elapsed, TIME_LIMIT, path)
        return p

    def test_corpus(self):
        traces = files_in(os.path.join(HOSTILE, "traces"), (".jsonl",))
        self.assertGreaterEqual(len(traces), 20)
        for path in traces:
            name = os.path.basename(path)
            with self.subTest(trace=name):
                p = self.replay(path)
                want = 0 if name == "valid.jsonl" else 1 if name in self.DIVERGE else 2
                self.assertEqual(p.returncode, want, p.stdout + p.stderr)
                if want:
                    self.assertRegex(p.stdout + p.stderr, TRACE_LOCATED)

    def test_made_here(self):
        with tempfile.TemporaryDirectory(prefix="phasegen-hostile-traces-") as d:
            with open(os.path.join(HOSTILE, "traces", "valid.jsonl"), encoding="utf-8") as f:
                records = [json.loads(line) for line in f if line.strip()]
            big = os.path.join(d, "huge.jsonl")  # 69,000 records, 8,000 instances: a long run
            with open(big, "w", encoding="utf-8") as f:
                for k in range(1000):
                    for r in records:
                        f.write(json.dumps(dict(r, instance=r["instance"] + 1000 * k)) + "\n")
            p = self.replay(big)
            self.assertEqual(p.returncode, 0, p.stderr)
            line = os.path.join(d, "long-line.jsonl")
            with open(line, "w", encoding="utf-8") as f:
                f.write(json.dumps(records[0]) + "\n" + '{"machine": "' + "x" * (4 << 20) + '"}\n')
            p = self.replay(line)
            self.assertEqual(p.returncode, 2)
            self.assertIn("long-line.jsonl:2: error", p.stderr)
            fifo = os.path.join(d, "fifo.jsonl")
            os.mkfifo(fifo)
            p = self.replay(fifo)
            self.assertEqual(p.returncode, 2)
            self.assertIn("fifo.jsonl:1: error", p.stderr)


class Counterexamples(unittest.TestCase):
    """`phasegen replay`: a counterexample that is not one gets a file:line:col error."""

    def replay(self, *args):
        p, elapsed = run("replay", *args)
        both = p.stdout + p.stderr
        self.assertNotIn("Traceback", both, f"{args}:\n{both[-3000:]}")
        self.assertLess(elapsed, TIME_LIMIT, args)
        return p

    def test_corpus(self):
        files = files_in(os.path.join(HOSTILE, "counterexamples"))
        self.assertGreaterEqual(len(files), 20)
        for path in files:
            name = os.path.basename(path)
            with self.subTest(counterexample=name):
                p = self.replay(path)
                if name.startswith("valid"):
                    self.assertEqual(p.returncode, 0, p.stderr)
                    continue
                self.assertIn(p.returncode, (1, 2), p.stderr)
                self.assertRegex(p.stderr, r"\S+:\d+:\d+: ", f"{name}: no file:line:col in\n{p.stderr}")

    def test_made_here(self):
        with tempfile.TemporaryDirectory(prefix="phasegen-hostile-cex-") as d:
            fifo = os.path.join(d, "fifo.json")
            os.mkfifo(fifo)
            big = os.path.join(d, "big.json")
            with open(big, "w", encoding="utf-8") as f:
                f.write('{"message": "' + "x" * (9 << 20) + '"}')
            for path in (fifo, big, "/dev/zero"):
                p = self.replay(path)
                self.assertEqual(p.returncode, 1, p.stderr)
                self.assertRegex(p.stderr, LOCATED)

    def test_a_message_cannot_break_out_of_the_doctest_comment(self):
        """The doctest of a counterexample whose message holds a newline and an #include
        compiles warning-free and passes."""
        with tempfile.TemporaryDirectory(prefix="phasegen-hostile-doctest-") as d:
            p = self.replay("--doctest", d, os.path.join(HOSTILE, "counterexamples", "valid-message-injection.json"))
            self.assertEqual(p.returncode, 0, p.stderr)
            [test] = [f for f in os.listdir(d) if f.endswith(".test.cpp")]
            with open(os.path.join(d, test), encoding="utf-8") as f:
                text = f.read()
            self.assertNotRegex(text, r"(?m)^#include </dev/zero>")
            self.assertNotRegex(text, r"(?m)^int injected")
            Valid("compile_and_run").compile_and_run(d, [os.path.join(d, test)])


if __name__ == "__main__":
    unittest.main()
