"""phasegen-replay: check a runtime trace (JSON lines) against the specs.

usage: phasegen-replay TRACE [--spec SPEC ...] [--cells]

Each line of TRACE is one dispatch as phasegen's trace sink writes it
(runtime/include/phasegen/trace.hpp): machine, scope, instance, generation, event, from,
to, disposition, code, optional reason, vars, actions. The replay keeps one configuration
of the reference interpreter (codegen/interp.py) per (machine, scope, instance,
generation) -- per (machine, scope, instance) for a `generational` machine, whose
configuration lives on across generations -- steps it with each recorded event and compares what the spec says with
what the run recorded. It stops at the first divergence and prints its line.

Records the runtime classified without the table carry a `reason`: they must not change
anything (from == to == the current state); "reclaimed" says a terminal entry was given
back, so its (instance, generation) starts again from the initial state. For a
generational machine, an event of an older generation must be recorded `stale`, one of a
generation that has not begun `rejected`, and a transition that emits begin_generation
starts the next generation.

Finally it reports which table cells (state, event) and which rows (spec lines) the run
exercised, out of how many. Exit status: 0 when the trace matches, 1 at a divergence,
2 when the trace or the specs cannot be read.

A trace is untrusted input (docs/security.md): it is opened without blocking and read only
as a regular file, a line at a time (at most MAX_LINE bytes, UTF-8), every record's fields
are type-checked before use, and at most MAX_KEYS configurations are tracked; anything else
is `TRACE:LINE: error: not a trace record: ...`, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys

from . import cli, interp
from .diag import SpecError

KIND = {"transition": "transition", "ignore": "ignored", "reject": "rejected", "violation": "violation"}
FIELDS = ("machine", "instance", "generation", "event", "from", "to", "disposition", "code")
# A trace is untrusted input: every line is bounded and every field checked before use.
MAX_LINE = 1 << 20  # bytes of one record
MAX_KEYS = 1_000_000  # (machine, scope, instance, generation) configurations tracked at once
_WORD = re.compile(r"[A-Za-z0-9_:.\-]{1,256}\Z")  # names, states, codes, reasons as the sink writes them
_TEXT_FIELDS = ("machine", "event", "from", "to", "disposition", "code")
_INT_FIELDS = ("instance", "generation")
DISPOSITIONS = ("transition", "ignored", "rejected", "violation", "stale")


class Divergence(Exception):
    pass


class BadTrace(Exception):
    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


def qualified(m) -> str:
    return f"{m.namespace}::{m.name}" if m.namespace else m.name


def show_config(m, config) -> str:
    state, values = config
    if not m.vars:
        return state
    return f"{state} ({', '.join(f'{v.name}={x}' for v, x in zip(m.vars, values))})"


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool) and -2**63 <= x < 2**64


def check_record(rec) -> None:
    """Raises BadTrace unless rec has the shape the trace sink writes (so that nothing
    below meets a wrong type, and messages print only plain names)."""
    if not isinstance(rec, dict):
        raise BadTrace("a record is a JSON object")
    for f in FIELDS:
        if f not in rec:
            raise BadTrace(f"missing field '{f}'")
    for f in _TEXT_FIELDS + (("reason",) if "reason" in rec else ()):
        if not isinstance(rec[f], str) or not (_WORD.match(rec[f]) or (f == "reason" and rec[f] == "")):
            raise BadTrace(f"field '{f}' must be a name (letters, digits, '_', ':', '.', '-'; at most 256)")
    for f in _INT_FIELDS + (("scope",) if "scope" in rec else ()):
        if not _is_int(rec[f]):
            raise BadTrace(f"field '{f}' must be an integer of at most 64 bits")
    if rec["disposition"] not in DISPOSITIONS:
        raise BadTrace(f"field 'disposition' must be one of {', '.join(DISPOSITIONS)}")
    if "vars" in rec and not (isinstance(rec["vars"], dict) and len(rec["vars"]) <= 4096 and all(
            _WORD.match(k) and _is_int(v) for k, v in rec["vars"].items())):
        raise BadTrace("field 'vars' must map var names to integers")
    if "actions" in rec and not (isinstance(rec["actions"], list) and len(rec["actions"]) <= 64 and all(
            isinstance(a, str) and _WORD.match(a) for a in rec["actions"])):
        raise BadTrace("field 'actions' must be a list of action names")


def open_trace(path: str):
    """The trace as a binary file: opened without blocking (a named pipe or a device is
    refused, not waited on), a regular file only. Raises OSError."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path}: not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def lines(f):
    """(line number, text) of each non-empty line; BadTrace (with its number) for a line
    longer than MAX_LINE or not UTF-8."""
    n = 0
    while True:
        raw = f.readline(MAX_LINE + 1)
        if not raw:
            return
        n += 1
        if len(raw) > MAX_LINE:
            raise BadTrace(f"line {n} is longer than {MAX_LINE:,} bytes", n)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise BadTrace(f"not UTF-8 (byte {e.start + 1})", n) from None
        if text.strip():
            yield n, text


class Replay:
    def __init__(self, machines):
        self.machines = {qualified(m): m for m in machines}
        self.configs = {}      # key -> interp configuration
        self.generation = {}   # generational machines: (machine, instance) -> current generation
        self.cells = {name: {} for name in self.machines}  # name -> {(state, event, line): count}
        self.instances = {name: set() for name in self.machines}
        self.records = 0

    def record(self, rec: dict) -> None:
        check_record(rec)
        name = rec["machine"]
        m = self.machines.get(name)
        if m is None:
            raise BadTrace(f"no spec defines machine '{name}' (known: {', '.join(sorted(self.machines))})")
        self.records += 1
        self.instances[name].add((rec.get("scope", 0), rec["instance"]))
        reason = rec.get("reason", "")
        scope = rec.get("scope", 0)
        if m.generational:
            key = (name, scope, rec["instance"])
            current = self.generation.setdefault(key, 0)
        else:
            key = (name, scope, rec["instance"], rec["generation"])
        if key not in self.configs and len(self.configs) >= MAX_KEYS:
            raise BadTrace(f"more than {MAX_KEYS:,} instances and generations live at once")
        config = self.configs.get(key, interp.initial(m))
        where = (f"{name} instance {rec['instance']}{f' (scope {scope})' if scope else ''} "
                 f"generation {rec['generation']}")

        if reason == "reclaimed":
            if rec["from"] != config[0]:
                raise Divergence(f"{where}: reclaimed from '{rec['from']}', but the spec's state is "
                                 f"{show_config(m, config)}")
            if not m.terminal(config[0]):
                raise Divergence(f"{where}: reclaimed in {show_config(m, config)}, which is not terminal")
            self.configs.pop(key, None)
            return
        if reason or (m.generational and rec["generation"] != current):
            if m.generational and rec["generation"] < current:
                want = "stale"
            elif m.generational and rec["generation"] > current:
                want = "rejected"
            else:
                want = None
            if want and rec["disposition"] != want:
                raise Divergence(f"{where}: event '{rec['event']}' targets generation {rec['generation']} while "
                                 f"the instance is in generation {current}: expected {want}, recorded "
                                 f"{rec['disposition']}")
            if not (rec["from"] == rec["to"] == config[0]):
                raise Divergence(f"{where}: event '{rec['event']}' was classified without the table"
                                 f"{' (' + reason + ')' if reason else ''}, so nothing may change: expected "
                                 f"{config[0]} -> {config[0]}, recorded {rec['from']} -> {rec['to']}")
            return

        event = rec["event"]
        if event not in m.event_index:
            raise Divergence(f"{where}: event '{event}' is not an event of {name}")
        if rec["from"] != config[0]:
            raise Divergence(f"{where}: event '{event}' recorded in state '{rec['from']}', but the spec's "
                             f"configuration is {show_config(m, config)}")
        try:
            step = interp.step(m, config, event)
        except interp.NoRow as e:  # the checks forbid it; report rather than crash
            raise Divergence(f"{where}: the spec has no single row for this step: {e}") from None
        want = {
            "disposition": KIND[step.kind],
            "code": step.code or "none",
            "to": step.after[0],
        }
        have = {k: rec[k] for k in want}
        if "vars" in rec:
            want["vars"] = {v.name: x for v, x in zip(m.vars, step.after[1])}
            have["vars"] = rec["vars"]
        if "actions" in rec:  # the runtime reports actions in declaration order
            order = {a.name: i for i, a in enumerate(m.actions)}
            want["actions"] = sorted(step.emit, key=order.get)
            have["actions"] = rec["actions"]
        if want != have:
            diff = ", ".join(f"{k}: expected {want[k]!r}, recorded {have.get(k)!r}"
                             for k in want if want[k] != have.get(k))
            raise Divergence(f"{where}: event '{event}' in {show_config(m, config)} "
                             f"(row {step.row.pos}): {diff}")
        cell = (config[0], event, step.row.pos.line)
        self.cells[name][cell] = self.cells[name].get(cell, 0) + 1
        self.configs[key] = step.after
        if m.generational and step.kind == "transition" and "begin_generation" in step.emit:
            self.generation[key] = current + 1

    def coverage(self, name: str):
        m = self.machines[name]
        total_cells = len(m.states) * len(m.events)
        total_rows = sum(len(rows) for rows in m.cells.values())
        seen = self.cells[name]
        return len({(s, e) for s, e, _ in seen}), total_cells, len(seen), total_rows


def main(argv=None, prog="phasegen-replay") -> int:
    ap = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trace", help="a JSON-lines trace written by phasegen's trace sink")
    ap.add_argument("--spec", action="append", default=[],
                    help="a spec file or a directory of them (repeatable; in phasegen's checkout the default is "
                         "its bundled specs)")
    ap.add_argument("--cells", action="store_true", help="list every exercised cell and row")
    args = ap.parse_args(argv)

    try:
        specs = cli.expand_specs(args.spec) if args.spec else cli.bundled_specs()
    except cli.UsageError as e:
        print(f"{prog}: {e}", file=sys.stderr)
        return 2
    if not specs:
        print(f"{prog}: give the machines' specs with --spec FILE-OR-DIR", file=sys.stderr)
        return 2
    try:
        machines = [m for m, _ in cli.build(specs)]
    except SpecError as e:
        for d in e.diagnostics:
            print(d, file=sys.stderr)
        return 2
    replay = Replay(machines)
    try:
        f = open_trace(args.trace)
    except OSError as e:
        print(f"{args.trace}:1: error: cannot read the trace: {e.strerror or e}", file=sys.stderr)
        return 2
    n = 0
    with f:
        try:
            for n, line in lines(f):
                try:
                    rec = json.loads(line)
                except (ValueError, RecursionError) as e:  # RecursionError: nesting too deep for the parser
                    raise BadTrace(f"not JSON: {str(e)[:200]}") from None
                replay.record(rec)
        except BadTrace as e:
            print(f"{args.trace}:{e.line or n}: error: not a trace record: {e}", file=sys.stderr)
            return 2
        except Divergence as e:
            print(f"{args.trace}:{n}: first divergence: {e}")
            return 1
        except OSError as e:
            print(f"{args.trace}:{n}: error: cannot read the trace: {e.strerror or e}", file=sys.stderr)
            return 2

    print(f"{args.trace}: {replay.records} records match the spec")
    for name in sorted(replay.machines):
        if not replay.instances[name]:
            continue
        cells, total_cells, rows, total_rows = replay.coverage(name)
        m = replay.machines[name]
        print(f"  {name}: {len(replay.instances[name])} instance(s); exercised {cells} of {total_cells} cells, "
              f"{rows} of {total_rows} rows ({m.file})")
        if args.cells:
            for (state, event, line), count in sorted(replay.cells[name].items(),
                                                      key=lambda kv: (m.state_index[kv[0][0]],
                                                                      m.event_index[kv[0][1]], kv[0][2])):
                print(f"    {state} x {event}: {m.file}:{line} ({count}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
