#!/usr/bin/env python3
"""The JSON Schema for machine and system files (spec/phasegen.schema.json) against the specs and the code.

- every spec under spec/ is valid: machines and systems, the bundled ones and the known-bad models
  under spec/known-bad/ (those are wrong in behaviour, not in form), as read from YAML and after a
  round trip through JSON text;
- invalid documents are rejected, and for each small mutation the schema and the code give the same
  verdict: codegen/validate.py for machine files, codegen/system.py for system files (so neither
  can drift from the other unnoticed);
- the keys, sources, name and code patterns of the schema are the ones codegen/validate.py uses, and
  the system keys and property kinds are the ones codegen/system.py accepts (read from its source).

Run: python3 tests/test_schema.py (needs python3-jsonschema and python3-yaml).
"""
import ast
import copy
import json
import os
import re
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import yaml  # noqa: E402

from codegen import SPEC_FORMAT as FORMAT_VERSION  # noqa: E402
from codegen import system as S  # noqa: E402
from codegen import validate as V  # noqa: E402
from codegen.diag import SpecError  # noqa: E402
from codegen.load import load, load_json  # noqa: E402

try:
    import jsonschema
except ImportError:  # the test must fail, not skip: a schema nobody checks drifts
    jsonschema = None

INSTALL_HINT = ("the Python module 'jsonschema' is not importable; install it "
                "(Debian/Ubuntu: apt-get install -y python3-jsonschema) and run this test again")
SPEC_DIR = os.path.join(ROOT, "spec")
SCHEMA_PATH = os.path.join(SPEC_DIR, "phasegen.schema.json")
MODELINE = re.compile(r"#\s*yaml-language-server:\s*\$schema=(\S+)")


class SpecLoader(yaml.SafeLoader):
    """yaml.SafeLoader with the plain-scalar typing of codegen/load.py and YAML 1.2 editors.

    Plain yaml.safe_load follows YAML 1.1, where the row key `on` (and yes/no/off) is a boolean:
    every transition row would lose its `on` key. Here plain scalars are integers, true/false,
    null/~/empty, and strings otherwise, exactly as phasegen reads them.
    """


SpecLoader.yaml_implicit_resolvers = {}
SpecLoader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
SpecLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
SpecLoader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|)$"), ["~", "n", ""])


def read_spec(path):
    """The plain data of a spec file, as an editor or a JSON tool sees it."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".json"):
        return json.loads(text)
    return yaml.load(text, Loader=SpecLoader)


def plain(node):
    """codegen.load's Node tree as plain data: what phasegen itself read."""
    if node.kind == "map":
        return {k.value: plain(v) for k, v in node.value}
    if node.kind == "seq":
        return [plain(n) for n in node.value]
    return node.value


def bundled_specs():
    """Every spec under spec/, spec/known-bad/ included: machine files and system files."""
    out = []
    for dirpath, _, files in os.walk(SPEC_DIR):
        for f in files:
            if f.endswith((".yaml", ".yml", ".json")) and not f.endswith(".schema.json"):
                out.append(os.path.join(dirpath, f))
    return sorted(out)


def load_schema():
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        return json.load(f)


def errors_of(validator, doc):
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
            for e in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))]


def validate_accepts(doc) -> bool:
    """Whether codegen/validate.py accepts doc, read through phasegen's own JSON loader."""
    try:
        V.validate(load_json(json.dumps(doc, indent=1), "case.json"), "case.json")
        return True
    except SpecError:
        return False


class SchemaTest(unittest.TestCase):
    def validator(self):
        if jsonschema is None:
            self.fail(INSTALL_HINT)
        schema = load_schema()
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        return cls(schema)


class Requirements(SchemaTest):
    def test_jsonschema_is_installed(self):
        self.assertIsNotNone(jsonschema, INSTALL_HINT)

    def test_schema_is_a_valid_draft_07_schema(self):
        self.validator()
        self.assertEqual(load_schema()["$schema"], "http://json-schema.org/draft-07/schema#")


class BundledSpecs(SchemaTest):
    def test_there_are_bundled_specs(self):
        self.assertGreaterEqual(len(bundled_specs()), 3, f"no specs found under {SPEC_DIR}")

    def test_there_are_bundled_systems(self):
        systems = [p for p in bundled_specs() if "system" in (read_spec(p) or {})]
        self.assertIn(os.path.join(SPEC_DIR, "vox", "system.yaml"), systems)

    def test_bundled_specs_are_valid(self):
        validator = self.validator()
        for path in bundled_specs():
            rel = os.path.relpath(path, ROOT)
            with self.subTest(spec=rel):
                doc = read_spec(path)
                self.assertEqual(errors_of(validator, doc), [], f"{rel} does not match the schema")

    def test_bundled_specs_are_valid_after_a_json_round_trip(self):
        validator = self.validator()
        for path in bundled_specs():
            rel = os.path.relpath(path, ROOT)
            with self.subTest(spec=rel):
                doc = json.loads(json.dumps(read_spec(path), indent=2))
                self.assertEqual(errors_of(validator, doc), [], f"{rel} as JSON does not match the schema")

    def test_the_test_reads_yaml_as_phasegen_does(self):
        for path in bundled_specs():
            rel = os.path.relpath(path, ROOT)
            with self.subTest(spec=rel), open(path, encoding="utf-8") as f:
                self.assertEqual(read_spec(path), plain(load(f.read(), rel)))

    def test_plain_safe_load_would_misread_on(self):
        # Why SpecLoader exists: YAML 1.1 turns the row key `on` into True.
        row = yaml.safe_load("{from: A, on: e, to: B}")
        self.assertIn(True, row)
        self.assertEqual(yaml.load("{from: A, on: e, to: B}", Loader=SpecLoader), {"from": "A", "on": "e", "to": "B"})

    def test_modelines_point_at_the_schema(self):
        for path in bundled_specs():
            if path.endswith(".json"):
                continue
            with open(path, encoding="utf-8") as f:
                m = MODELINE.match(f.readline())
            if m:
                target = os.path.normpath(os.path.join(os.path.dirname(path), m.group(1)))
                self.assertEqual(target, SCHEMA_PATH, f"{os.path.relpath(path, ROOT)}: $schema points elsewhere")


BASE = {
    "phasegen": 1,
    "machine": "door",
    "vars": {"k": {"range": [0, 1]}},
    "states": {"Shut": {"initial": True}, "Open": None, "Gone": {"terminal": True, "doc": "Removed."}},
    "events": {"open": {"source": "local"}, "knock": {"source": "peer", "doc": "A knock."}},
    "actions": {"ring": None},
    "transitions": [
        {"from": "Shut", "on": "open", "to": "Open", "emit": ["ring"]},
        {"from": ["Open", "Gone"], "on": "open", "ignore": "already-open"},
    ],
    "defaults": [{"states": ["Shut", "Open", "Gone"], "events": ["knock"], "violation": "no-knocking"}],
}


def mutate(**top):
    """BASE with top-level keys replaced (None deletes a key)."""
    doc = copy.deepcopy(BASE)
    for k, v in top.items():
        if v is None:
            doc.pop(k, None)
        else:
            doc[k] = v
    return doc


def row(**fields):
    """BASE with its first transition row changed (None deletes a field)."""
    doc = copy.deepcopy(BASE)
    for k, v in fields.items():
        if v is None:
            doc["transitions"][0].pop(k, None)
        else:
            doc["transitions"][0][k] = v
    return doc


def default(**fields):
    doc = copy.deepcopy(BASE)
    for k, v in fields.items():
        if v is None:
            doc["defaults"][0].pop(k, None)
        else:
            doc["defaults"][0][k] = v
    return doc


def at(path, value):
    """BASE with the value at a key path set."""
    doc = copy.deepcopy(BASE)
    *parents, last = path
    node = doc
    for p in parents:
        node = node[p]
    node[last] = value
    return doc


# (name, document, valid?) — validate.py must give the same verdict as the schema for each.
CASES = [
    ("base", BASE, True),
    ("unknown top-level key", mutate(extra=1), False),
    ("misspelt optional key", mutate(default=[]), False),
    *[(f"missing {k}", mutate(**{k: None}), False) for k in V.TOP_REQUIRED],
    ("phasegen 2", mutate(phasegen=2), False),
    ("phasegen true", mutate(phasegen=True), False),
    ("phasegen as string", mutate(phasegen="1"), False),
    ("machine name with a dash", mutate(machine="my-door"), False),
    ("machine name a C++ keyword", mutate(machine="class"), False),
    ("machine name reserved", mutate(machine="State"), False),
    ("namespace a::b", mutate(namespace="a::b"), True),
    ("empty namespace", mutate(namespace=""), True),
    ("namespace with a keyword part", mutate(namespace="a::new"), False),
    ("namespace ending in ::", mutate(namespace="a::"), False),
    ("namespace may not be a generated name", mutate(namespace="State"), False),  # State::m::State does not compile
    ("generational true", mutate(generational=True), True),
    ("generational as string", mutate(generational="yes"), False),
    ("doc not a string", mutate(doc=["a"]), False),
    ("params: int, string, {value, doc}", mutate(params={"a": 3, "b": "1 + 2", "c": {"value": 4, "doc": "x"}}), True),
    ("param without value", mutate(params={"a": {"doc": "x"}}), False),
    ("param with unknown key", mutate(params={"a": {"value": 1, "min": 0}}), False),
    ("param boolean", mutate(params={"a": True}), False),
    ("param null", mutate(params={"a": None}), False),
    ("var", mutate(params={"n": 3}, vars={"k": {"range": [0, "n"], "init": "n - 1", "doc": "x"}}), True),
    ("var without range", mutate(vars={"k": {"init": 0}}), False),
    ("var range of three", mutate(vars={"k": {"range": [0, 1, 2]}}), False),
    ("var range of one", mutate(vars={"k": {"range": [0]}}), False),
    ("var with unknown key", mutate(vars={"k": {"range": [0, 1], "max": 1}}), False),
    ("var null", mutate(vars={"k": None}), False),
    ("state with unknown key", at(["states", "Open"], {"final": True}), False),
    ("state terminal as string", at(["states", "Open"], {"terminal": "no"}), False),
    ("state named with a digit first", at(["states"], {"Shut": {"initial": True}, "2nd": None}), False),
    ("event without source", at(["events", "open"], {"doc": "x"}), False),
    ("event with a bad source", at(["events", "open"], {"source": "remote"}), False),
    ("event null", at(["events", "open"], None), False),
    ("event with unknown key", at(["events", "open"], {"source": "local", "kind": 1}), False),
    ("no events", mutate(events={}), False),
    ("no states", mutate(states={}, transitions=[], defaults=None, actions=None), False),
    ("action with doc", at(["actions", "ring"], {"doc": "Ring."}), True),
    ("action with unknown key", at(["actions", "ring"], {"bell": 1}), False),
    ("transitions not a list", mutate(transitions={}), False),
    ("row without from", row(**{"from": None}), False),
    ("row without on", row(on=None), False),
    ("row with unknown key", row(when="x"), False),
    ("row with to and violation", row(violation="bad-door"), False),
    ("row with ignore and reject", row(to=None, emit=None, ignore="a", reject="b"), False),
    ("row without a disposition", row(to=None, emit=None), False),
    ("row with do and ignore", row(to=None, emit=None, ignore="x", do="k = 0"), False),
    ("row with emit and reject", row(to=None, reject="x"), True),
    ("row with emit and ignore", row(to=None, ignore="x"), True),
    ("row with emit and violation", row(to=None, violation="x"), False),
    ("row to stay", row(to="stay"), True),
    ("row to stay over a group", mutate(state_groups={"lit": ["Open", "Gone"]},
                                        transitions=[{"from": "Shut", "on": "open", "to": "Open", "emit": "ring"},
                                                     {"from": "lit", "on": "open", "ignore": "already-open"}]), True),
    ("a state named stay", at(["states"], {"Shut": {"initial": True}, "Open": None, "Gone": {"terminal": True},
                                           "stay": None}), False),
    ("state group", mutate(state_groups={"lit": ["Open"]}), True),
    ("empty state group", mutate(state_groups={"lit": []}), False),
    ("state group with a state twice", mutate(state_groups={"lit": ["Open", "Open"]}), False),
    ("state group not a list", mutate(state_groups={"lit": "Open"}), False),
    ("state group named stay", mutate(state_groups={"stay": ["Open"]}), False),
    ("state group with a bad name", mutate(state_groups={"2x": ["Open"]}), False),
    ("row allowing shared-target", row(allow="shared-target"), True),
    ("row allowing a list", row(allow=["shared-target"]), True),
    ("row allowing an unknown warning", row(allow="everything"), False),
    ("event with args", mutate(vars={"k": {"range": [0, 3]}}, events={
        "open": {"source": "local", "args": {"n": {"range": [1, 2], "doc": "How far."}}},
        "knock": {"source": "peer"}}), True),
    ("event arg without range", at(["events", "open"], {"source": "local", "args": {"n": {"doc": "x"}}}), False),
    ("event arg with unknown key", at(["events", "open"], {"source": "local", "args": {"n": {"range": [0, 1], "max": 1}}}),
     False),
    ("event arg range of one", at(["events", "open"], {"source": "local", "args": {"n": {"range": [0]}}}), False),
    ("event args not a mapping", at(["events", "open"], {"source": "local", "args": ["n"]}), False),
    ("row with a string emit", row(emit="ring"), True),
    ("row with an empty emit", row(emit=[]), False),
    ("row emitting twice", row(emit=["ring", "ring"]), False),
    ("row with an empty from", row(**{"from": []}), False),
    ("row from a state twice", row(**{"from": ["Shut", "Shut"]}), False),
    ("row on a list", row(on=["open"]), True),
    ("row on an event twice", row(on=["open", "open"]), False),
    ("row with an empty on", row(on=[]), False),
    ("row with a to list", row(to=["Open"]), False),
    ("row with a camel-case code", row(to=None, emit=None, violation="BadDoor"), False),
    ("row with a snake_case code", row(to=None, emit=None, reject="bad_door"), False),
    ("row with a numeric guard", row(guard=1), False),
    ("row with a do list", mutate(vars={"k": {"range": [0, 1]}, "j": {"range": [0, 1]}}, transitions=[
        {"from": "Shut", "on": "open", "to": "Open", "do": ["k = 1", "j += k"], "emit": "ring"},
        BASE["transitions"][1]]), True),
    ("row with a do string", row(do="k += 1"), True),
    ("row with an empty do list", row(do=[]), True),
    ("row with a do that compares", row(do="k == 1"), False),
    ("row with a do that is not a string", row(do=[1]), False),
    ("default by source", default(events=None, source="peer"), True),
    ("default by a single event name", default(events="knock"), True),
    ("default with events and source", default(source="peer"), False),
    ("default with neither events nor source", default(events=None), False),
    ("default with two dispositions", default(ignore="x"), False),
    ("default without a disposition", default(violation=None), False),
    ("default with to", default(violation=None, to="Gone"), False),
    ("default with a bad source", default(events=None, source="remote"), False),
    ("default without states", default(states=None), False),
    ("default with unknown key", default(guard="1 < 2"), False),
    ("default with an empty states list", default(states=[]), False),
    ("defaults not a list", mutate(defaults={}), False),
]


# Cases the schema rejects but codegen/validate.py lets through. When validate.py is fixed, the
# test says so: remove the entry then.
VALIDATE_GAPS: dict = {}  # cases the schema rejects but codegen/validate.py accepts (none left)


class InvalidDocuments(SchemaTest):
    def test_required_rejections(self):
        validator = self.validator()
        required = {
            "unknown top-level key": mutate(extra=1),
            "a row with both to and violation": row(violation="bad-door"),
            "a bad event source": at(["events", "open"], {"source": "remote"}),
            "do with ignore": row(to=None, emit=None, ignore="x", do="k = 0"),
        }
        for name, doc in required.items():
            with self.subTest(case=name):
                self.assertNotEqual(errors_of(validator, doc), [], f"the schema accepts {name}")

    def test_gaps_are_cases(self):
        self.assertLessEqual(set(VALIDATE_GAPS), {name for name, _, _ in CASES})

    def test_schema_and_validate_agree(self):
        validator = self.validator()
        for name, doc, valid in CASES:
            with self.subTest(case=name):
                schema_ok = not errors_of(validator, doc)
                self.assertEqual(schema_ok, valid, f"schema: {name}: expected {'valid' if valid else 'invalid'}; "
                                 f"errors: {errors_of(validator, doc)}")
                if name in VALIDATE_GAPS:
                    self.assertTrue(validate_accepts(doc), f"codegen/validate.py now rejects '{name}': "
                                    "remove it from VALIDATE_GAPS")
                    continue
                self.assertEqual(validate_accepts(doc), valid,
                                 f"codegen/validate.py: {name}: expected {'valid' if valid else 'invalid'}")


# --- system files -------------------------------------------------------------------------------

# The one machine every system case instantiates (written to a temporary directory).
SYSTEM_MACHINE = """\
phasegen: 1
machine: box
params: {cap: 2, low: 0}
vars:
  n: {range: [low, cap]}
states:
  Open: {initial: true}
  Done: {terminal: true}
events:
  put: {source: peer}
  take: {source: local}
  close: {source: peer}
  gone: {source: session}
actions:
  out:
transitions:
  - {from: Open, on: put, guard: n < cap, to: Open, do: n += 1}
  - {from: Open, on: put, guard: n == cap, violation: full}
  - {from: Open, on: take, guard: n > 0, to: Open, do: n -= 1, emit: out}
  - {from: Open, on: take, guard: n == 0, ignore: empty}
  - {from: Open, on: close, to: Done}
  - {from: Open, on: gone, to: Done, do: n = low}
  - {from: Done, on: [put, take, close, gone], ignore: done}
"""

SYSTEM_BASE = {
    "$schema": "../phasegen.schema.json",
    "phasegen": 1,
    "system": "boxes",
    "doc": "A hub and two boxes.",
    "instances": {
        "hub": {"machine": "box.yaml"},
        "b": {"machine": "box.yaml", "count": 2, "params": {"cap": 1}, "stale_check": False, "doc": "Boxes."},
    },
    "links": [
        {"from": "hub", "emit": "out", "to": "b", "event": "close", "doc": "Broadcast."},
        {"from": "b", "emit": "out", "renew": "b"},
    ],
    "variants": {
        "calm": {"doc": "One item each.", "inputs": [
            {"to": "b", "event": ["put", "take"], "budget": 2, "when": {"hub": "Open", "b": ["Open"]}, "doc": "x"},
            {"to": "b", "event": "put", "stale": True, "budget": 1},
            {"to": "hub", "event": "take"},
        ]},
        "wild": {"inputs": []},
    },
    "properties": {
        "no_silent_drop": {"instances": "b", "item": "put", "count": "n", "deliver": "take", "discard": "close"},
        "closed": {"kind": "data_after_close", "instances": "b", "item": "put", "close": "close", "doc": "x"},
        "no_delivery_after_terminal": {"instances": "b", "deliver": "take"},
        "calm_is_calm": {"kind": "no_violation", "variants": ["calm"]},
        "stale_isolation": None,
        "no_stuck": {"doc": "Settles."},
        "stuck_again": {"kind": "no_stuck"},
    },
    "expect": {"wild": ["no_stuck"], "calm": "closed"},
}


def sys_doc(path=(), value=None, delete=False):
    """SYSTEM_BASE with the value at a key path set (or deleted)."""
    doc = copy.deepcopy(SYSTEM_BASE)
    if not path:
        return doc
    *parents, last = path
    node = doc
    for p in parents:
        node = node[p]
    if delete:
        del node[last]
    else:
        node[last] = value
    return doc


def sys_top(**top):
    """SYSTEM_BASE with top-level keys replaced (None deletes a key)."""
    doc = copy.deepcopy(SYSTEM_BASE)
    for k, v in top.items():
        if v is None:
            doc.pop(k, None)
        else:
            doc[k] = v
    return doc


RUNTIME = {"channels": {"b": {"open": "implicit", "queue": "n", "enqueue": "put", "dequeue": ["take"],
                              "discard": ["gone"], "fail": "gone", "empty": "empty", "doc": "x"}}, "doc": "x"}
RT_B = ["runtime", "channels", "b"]


def rt_doc(path=(), value=None, delete=False):
    """SYSTEM_BASE with RUNTIME, and the value at a key path under it set (or deleted)."""
    doc = sys_top(runtime=copy.deepcopy(RUNTIME))
    if not path:
        return doc
    *parents, last = path
    node = doc
    for p in parents:
        node = node[p]
    if delete:
        del node[last]
    else:
        node[last] = value
    return doc


LINK = ["links", 0]
RENEW = ["links", 1]
INPUT = ["variants", "calm", "inputs", 0]
PROPS = ["properties"]

# (name, document, valid?) — codegen/system.py must give the same verdict as the schema for each.
# Only the form is varied here: names that must refer to declared items are phasegen's to check.
SYSTEM_CASES = [
    ("base", SYSTEM_BASE, True),
    ("unknown top-level key", sys_top(extra=1), False),
    ("a machine key in a system", sys_top(states={}), False),
    *[(f"missing {k}", sys_top(**{k: None}), False) for k in ("phasegen", "instances", "variants")],
    ("no links, properties, expect, doc", sys_top(links=None, properties=None, expect=None, doc=None), True),
    ("phasegen 2", sys_top(phasegen=2), False),
    ("phasegen true", sys_top(phasegen=True), False),
    ("system name with a dash", sys_top(system="my-boxes"), False),
    ("system name reserved", sys_top(system="State"), False),
    ("doc not a string", sys_top(doc=["a"]), False),
    ("no variants", sys_top(variants={}, expect=None, properties=None), False),
    ("instance name not an identifier", sys_doc(["instances", "2b"], {"machine": "box.yaml"}), False),
    ("instance without machine", sys_doc(["instances", "hub"], {"count": 1}), False),
    ("instance machine not a string", sys_doc(["instances", "hub", "machine"], ["box.yaml"]), False),
    ("instance with unknown key", sys_doc(["instances", "hub", "copies"], 2), False),
    ("instance count 0", sys_doc(["instances", "hub", "count"], 0), False),
    ("instance count as string", sys_doc(["instances", "hub", "count"], "2"), False),
    ("instance count true", sys_doc(["instances", "hub", "count"], True), False),
    ("instance not a mapping", sys_doc(["instances", "hub"], "box.yaml"), False),
    ("param override as expression", sys_doc(["instances", "b", "params", "cap"], "1 + 1"), False),
    ("param override 0", sys_doc(["instances", "b", "params", "low"], 0), True),
    ("stale_check as string", sys_doc(["instances", "b", "stale_check"], "no"), False),
    ("link with to and renew", sys_doc(LINK + ["renew"], ["b"]), False),
    ("link with neither to nor renew", sys_doc(LINK, {"from": "hub", "emit": "out"}), False),
    ("link with to and no event", sys_doc(LINK, {"from": "hub", "emit": "out", "to": "b"}), False),
    ("link without emit", sys_doc(LINK, {"from": "hub", "to": "b", "event": "close"}), False),
    ("link with unknown key", sys_doc(LINK + ["guard"], "x"), False),
    ("link emitting a list", sys_doc(LINK + ["emit"], ["out"]), False),
    ("link renewing a list", sys_doc(RENEW + ["renew"], ["b", "hub"]), True),
    ("link renewing an empty list", sys_doc(RENEW + ["renew"], []), False),
    ("variant without inputs", sys_doc(["variants", "wild"], {"doc": "x"}), False),
    ("variant with unknown key", sys_doc(["variants", "wild", "budget"], 3), False),
    ("variant not a mapping", sys_doc(["variants", "wild"], None), False),
    ("input without event", sys_doc(INPUT, {"to": "b"}), False),
    ("input without to", sys_doc(INPUT, {"event": "put"}), False),
    ("input with unknown key", sys_doc(INPUT + ["guard"], "n > 0"), False),
    ("input with an empty event list", sys_doc(INPUT + ["event"], []), False),
    ("input budget 0", sys_doc(INPUT + ["budget"], 0), False),
    ("input stale as string", sys_doc(INPUT + ["stale"], "yes"), False),
    ("input when with an empty state list", sys_doc(INPUT + ["when", "hub"], []), False),
    ("input when with a non-string state", sys_doc(INPUT + ["when", "hub"], [1]), False),
    ("property named after its kind, a key missing", sys_doc(PROPS + ["no_silent_drop"],
                                                            {"instances": "b", "item": "put", "count": "n"}), False),
    ("property with a key of another kind", sys_doc(PROPS + ["no_delivery_after_terminal", "close"], "close"), False),
    ("property with unknown key", sys_doc(PROPS + ["no_stuck", "within"], 3), False),
    ("property named freely without kind", sys_doc(PROPS + ["mine"], {"instances": "b", "deliver": "take"}), False),
    ("property named freely, null", sys_doc(PROPS + ["mine"], None), False),
    ("property of an unknown kind", sys_doc(PROPS + ["mine"], {"kind": "no_deadlock"}), False),
    ("property named after one kind, of another", sys_doc(PROPS + ["no_stuck"], {"kind": "no_violation",
                                                                                 "variants": "wild"}), True),
    ("property named after one kind, of another, its keys missing", sys_doc(PROPS + ["no_stuck"],
                                                                            {"kind": "no_violation"}), False),
    ("property needing keys, null", sys_doc(PROPS + ["no_delivery_after_terminal"], None), False),
    ("property instances as a list", sys_doc(PROPS + ["no_delivery_after_terminal", "instances"], ["b"]), False),
    ("no_violation with an empty variants list", sys_doc(PROPS + ["calm_is_calm", "variants"], []), False),
    ("expect with an empty list", sys_doc(["expect", "wild"], []), False),
    ("expect with a non-string entry", sys_doc(["expect", "wild"], [1]), False),
    ("runtime", rt_doc(), True),
    ("runtime, explicit open", rt_doc(RT_B + ["open"], "explicit"), True),
    ("runtime open neither", rt_doc(RT_B + ["open"], "maybe"), False),
    ("runtime with an unknown key", rt_doc(RT_B + ["queueing"], "n"), False),
    ("runtime channel without fail", rt_doc(RT_B + ["fail"], delete=True), False),
    ("runtime channel without open", rt_doc(RT_B + ["open"], delete=True), False),
    ("runtime empty", sys_top(runtime={}), False),
    ("runtime channels empty", sys_top(runtime={"channels": {}}), False),
    ("runtime with an empty event list", rt_doc(RT_B + ["dequeue"], []), False),
    ("runtime attach as a list", rt_doc(RT_B + ["attach"], ["take"]), False),
    ("runtime empty code not a code", rt_doc(RT_B + ["empty"], "Empty"), False),
    ("runtime channel not a mapping", rt_doc(RT_B, "b"), False),
    ("runtime session not a mapping", rt_doc(["runtime", "session"], "hub"), False),
    ("runtime session without frames", rt_doc(["runtime", "session"], {
        "instances": "hub", "routes": "Open", "live": "Open", "escalate": "take", "fail_channels": "out",
        "protocol_error": "out"}), False),
]

# Cases the schema rejects but codegen/system.py lets through: it skips a value of the wrong type
# silently, never reads a 'doc', or ignores a key. When system.py is fixed, the test says so:
# remove the entry then.
SYSTEM_GAPS = {  # once accepted by codegen/system.py; now rejected (see the test below)
    "instances not a mapping": sys_top(instances=["hub"], links=None, properties=None, expect=None,
                                       variants={"wild": {"inputs": []}}),
    "links not a list": sys_top(links={"from": "hub"}),
    "inputs not a list": sys_doc(["variants", "wild", "inputs"], {"to": "b"}),
    "params not a mapping": sys_doc(["instances", "b", "params"], 1),
    "when not a mapping": sys_doc(INPUT + ["when"], "hub"),
    "expect not a mapping": sys_top(expect=["no_stuck"]),
    "instance doc not a string": sys_doc(["instances", "hub", "doc"], 1),
    "link doc not a string": sys_doc(LINK + ["doc"], 1),
    "input doc not a string": sys_doc(INPUT + ["doc"], 1),
    "renew link with an event": sys_doc(RENEW + ["event"], "close"),
    "property without required keys, a number": sys_doc(PROPS + ["stale_isolation"], 5),
}


# Documents the schema rejects on which codegen/system.py crashes instead of reporting a diagnostic
# (did_you_mean() on a value that is not a string). When system.py is fixed, the test says so:
# move the entry to SYSTEM_CASES then.
SYSTEM_CRASHES = {  # once crashed codegen/system.py; now rejected with a diagnostic
    "kind not a string": sys_doc(PROPS + ["mine"], {"kind": 3}),
    "a property's event not a string": sys_doc(PROPS + ["no_delivery_after_terminal", "deliver"], 5),
}


class SystemCase:
    """codegen/system.py's verdict on a system document, with box.yaml beside it."""
    tmp = None

    @classmethod
    def directory(cls) -> str:
        if cls.tmp is None:
            cls.tmp = tempfile.TemporaryDirectory(prefix="phasegen-schema-")
            with open(os.path.join(cls.tmp.name, "box.yaml"), "w", encoding="utf-8") as f:
                f.write(SYSTEM_MACHINE)
        return cls.tmp.name

    @classmethod
    def accepts(cls, doc) -> bool:
        d = cls.directory()
        root = load_json(json.dumps(doc, indent=1), "case.json")
        if not S.is_system(root):
            raise AssertionError("not a system document")
        try:
            S.validate_system(root, "case.json", d, d)
            return True
        except SpecError:
            return False


class SystemDocuments(SchemaTest):
    @classmethod
    def tearDownClass(cls):
        if SystemCase.tmp is not None:
            SystemCase.tmp.cleanup()
            SystemCase.tmp = None

    def test_required_rejections(self):
        validator = self.validator()
        required = {
            "unknown top-level key": sys_top(extra=1),
            "a link with both to and renew": sys_doc(LINK + ["renew"], ["b"]),
            "an unknown property kind": sys_doc(PROPS + ["mine"], {"kind": "no_deadlock"}),
            "a property without a key its kind needs": sys_doc(PROPS + ["no_delivery_after_terminal"],
                                                               {"instances": "b"}),
            "an input with an unknown key": sys_doc(INPUT + ["guard"], "n > 0"),
            "count 0": sys_doc(["instances", "hub", "count"], 0),
        }
        for name, doc in required.items():
            with self.subTest(case=name):
                self.assertNotEqual(errors_of(validator, doc), [], f"the schema accepts {name}")
                self.assertFalse(SystemCase.accepts(doc), f"codegen/system.py accepts {name}")

    def test_schema_and_system_py_agree(self):
        validator = self.validator()
        for name, doc, valid in SYSTEM_CASES:
            with self.subTest(case=name):
                self.assertEqual(not errors_of(validator, doc), valid,
                                 f"schema: {name}: expected {'valid' if valid else 'invalid'}; "
                                 f"errors: {errors_of(validator, doc)}")
                self.assertEqual(SystemCase.accepts(doc), valid,
                                 f"codegen/system.py: {name}: expected {'valid' if valid else 'invalid'}")

    def test_former_gaps_and_crashes_are_rejected_by_both(self):
        """Documents codegen/system.py once accepted or crashed on: now both reject them."""
        validator = self.validator()
        for name, doc in {**SYSTEM_GAPS, **SYSTEM_CRASHES}.items():
            with self.subTest(case=name):
                self.assertNotEqual(errors_of(validator, doc), [], f"the schema accepts {name}")
                self.assertFalse(SystemCase.accepts(doc), f"codegen/system.py accepts {name}")

    def test_the_schema_tells_systems_from_machines_as_phasegen_does(self):
        validator = self.validator()
        machine_with_system_key = mutate(system="boxes")  # phasegen reads it as a (bad) system file
        self.assertTrue(S.is_system(load_json(json.dumps(machine_with_system_key), "case.json")))
        self.assertNotEqual(errors_of(validator, machine_with_system_key), [])
        self.assertFalse(S.is_system(load_json(json.dumps(BASE), "case.json")))
        self.assertEqual(errors_of(validator, BASE), [])


# --- consistency with the code ---------------------------------------------------------------------

def collect(schema, key):
    """Every value of `key` anywhere in the schema."""
    if isinstance(schema, dict):
        for k, v in schema.items():
            if k == key:
                yield v
            yield from collect(v, key)
    elif isinstance(schema, list):
        for v in schema:
            yield from collect(v, key)


def system_fields():
    """{context: (required keys, optional keys)} of every ctx.fields(node, what, (...), (...)) call in
    codegen/system.py and codegen/roles.py (the runtime section) whose key lists are literal tuples,
    read from the source with ast (system.py has constants only for the property kinds and the
    faults). The context is the `what` text up to its first quote: "a system file", "instance",
    "a link", "variant", "an input", "channel", "the runtime section", "runtime channel group",
    "the runtime session"."""
    nodes = []
    for module in ("system.py", "roles.py"):
        with open(os.path.join(ROOT, "codegen", module), encoding="utf-8") as f:
            nodes += list(ast.walk(ast.parse(f.read())))
    out = {}
    for node in nodes:
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "fields"
                and len(node.args) == 4):
            continue
        _, what, req, opt = node.args
        if not all(isinstance(t, ast.Tuple) and all(isinstance(e, ast.Constant) for e in t.elts) for t in (req, opt)):
            continue  # the property call: its keys come from PROPERTY_KINDS
        if isinstance(what, ast.JoinedStr):
            what = what.values[0]
        label = what.value.split("'")[0].strip()
        out[label] = (tuple(e.value for e in req.elts), tuple(e.value for e in opt.elts))
    return out


class Consistency(unittest.TestCase):
    """What validate.py and system.py accept is what the schema describes (needs no jsonschema)."""

    @classmethod
    def setUpClass(cls):
        cls.schema = load_schema()
        cls.defs = cls.schema["definitions"]
        cls.machine = cls.defs["machine"]

    def test_machine_or_system(self):
        # codegen.system.is_system: a mapping with a top-level 'system' key is a system file.
        self.assertEqual(self.schema["if"], {"required": ["system"]})
        self.assertEqual(self.schema["then"], {"$ref": "#/definitions/system"})
        self.assertEqual(self.schema["else"], {"$ref": "#/definitions/machine"})
        self.assertEqual(self.schema["type"], "object")

    def test_top_level_keys(self):
        self.assertEqual(set(self.machine["properties"]), set(V.TOP_REQUIRED + V.TOP_OPTIONAL))
        self.assertEqual(set(self.machine["required"]), set(V.TOP_REQUIRED))
        self.assertIs(self.machine["additionalProperties"], False)

    def test_row_keys(self):
        r = self.defs["row"]
        self.assertEqual(set(r["properties"]), set(V.ROW_KEYS + V.ROW_OPTIONAL))
        self.assertEqual(set(r["required"]), set(V.ROW_KEYS))
        self.assertIs(r["additionalProperties"], False)
        self.assertEqual([o["required"][0] for o in r["oneOf"]], list(V._RowBuilder.KEYS))

    def test_sources(self):
        enums = [e for e in collect(self.schema, "enum") if "peer" in e]
        self.assertEqual(len(enums), 2, "event source and default source")
        for e in enums:
            self.assertEqual(tuple(e), V.SOURCES)

    def test_version(self):
        self.assertEqual(self.machine["properties"]["phasegen"]["const"], FORMAT_VERSION)
        self.assertEqual(self.defs["system"]["properties"]["phasegen"]["const"], FORMAT_VERSION)

    def test_name_and_code_patterns(self):
        self.assertEqual(self.defs["name"]["pattern"], "^" + V.IDENT.pattern.removesuffix(r"\Z") + "$")
        self.assertEqual(self.defs["nameRef"]["pattern"], self.defs["name"]["pattern"])
        self.assertEqual(self.defs["code"]["pattern"], "^" + V.CODE.pattern.removesuffix(r"\Z") + "$")

    def test_reserved_names(self):
        [enum] = [x["enum"] for x in self.defs["name"]["not"]["anyOf"] if "enum" in x]
        self.assertEqual(set(enum), V.CXX_KEYWORDS | V.RESERVED | V.MACROS)
        patterns = {x["pattern"] for x in self.defs["name"]["not"]["anyOf"] if "pattern" in x}
        self.assertEqual(patterns, {"__", "^" + V._MACRO_LIKE.pattern.removesuffix(r"\Z") + "$"})
        ns = self.machine["properties"]["namespace"]["not"]["pattern"]
        listed = set(re.search(r"\(\^\|::\)\(([^)]*)\)", ns).group(1).split("|"))
        self.assertEqual(listed, V.CXX_KEYWORDS | V.RESERVED | V.NAMESPACES)

    def test_system_keys(self):
        fields = system_fields()
        where = {"a system file": "system", "instance": "instance", "a link": "link", "variant": "variant",
                 "an input": "input", "channel": "channel", "the runtime section": "runtime",
                 "runtime channel group": "runtimeChannel", "the runtime session": "runtimeSession"}
        self.assertEqual(set(fields), set(where), "codegen/system.py checks the keys of other mappings now: "
                         "describe them in the schema and in this test")
        for label, name in where.items():
            with self.subTest(mapping=label):
                required, optional = fields[label]
                d = self.defs[name]
                self.assertEqual(set(d["properties"]), set(required + optional))
                # A system needs at least one variant (system.py reports E-system without one).
                extra = {"variants"} if name == "system" else set()
                self.assertEqual(set(d.get("required", ())), set(required) | extra)
                self.assertIs(d["additionalProperties"], False)

    def test_link_is_to_or_renew(self):
        link = self.defs["link"]
        self.assertEqual([o["required"] for o in link["oneOf"]], [["to"], ["renew"]])

    def test_property_kinds(self):
        kinds = list(S.PROPERTY_KINDS)
        self.assertEqual(self.defs["propertyKind"]["enum"], kinds)
        named = self.defs["systemProperties"]
        self.assertEqual(list(named["properties"]), kinds, "a property may be named after its kind")
        self.assertEqual(named["additionalProperties"], {"$ref": "#/definitions/propertyWithKind"})
        with_kind = self.defs["propertyWithKind"]
        self.assertEqual(with_kind["required"], ["kind"])
        self.assertEqual([c["then"]["$ref"] for c in with_kind["allOf"]],
                         [f"#/definitions/property_{k}" for k in kinds])
        union = {"kind"}
        for kind, (required, optional) in S.PROPERTY_KINDS.items():
            with self.subTest(kind=kind):
                d = self.defs[f"property_{kind}"]
                self.assertEqual(set(d["properties"]), set(required + optional + ("kind",)))
                self.assertEqual(set(d.get("required", ())), set(required))
                self.assertIs(d["additionalProperties"], False)
                self.assertEqual(d["properties"]["kind"], {"const": kind})
                # system.py accepts any value for a kind without required keys when it is not a mapping;
                # the schema allows the empty value (`no_stuck:`) only.
                self.assertEqual(d["type"], ["object", "null"] if not required else "object")
                self.assertEqual(named["properties"][kind]["else"], {"$ref": f"#/definitions/property_{kind}"})
                union |= set(required + optional)
        self.assertEqual(set(with_kind["properties"]), union)

    def test_every_mapping_rejects_unknown_keys(self):
        # Except the maps keyed by user names (their additionalProperties is the entry schema) and the
        # conditions of if/then, which select a schema rather than describe a mapping.
        stack = [self.schema]
        while stack:
            s = stack.pop()
            if isinstance(s, dict):
                if "properties" in s and s is not self.schema.get("definitions"):
                    if s is self.defs["systemProperties"]:
                        self.assertEqual(s["additionalProperties"], {"$ref": "#/definitions/propertyWithKind"})
                    else:
                        self.assertIs(s.get("additionalProperties"), False, f"open mapping: {sorted(s['properties'])}")
                stack.extend(v for k, v in s.items() if k not in ("properties", "if"))
                stack.extend(s.get("properties", {}).values())
            elif isinstance(s, list):
                stack.extend(s)


if __name__ == "__main__":
    unittest.main()
