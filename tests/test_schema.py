#!/usr/bin/env python3
"""The JSON Schema for machine files (spec/phasegen.schema.json) against the specs and the code.

- every bundled spec under spec/ is valid, as read from YAML and after a round trip through JSON text;
- invalid documents are rejected, and for each small mutation the schema and codegen/validate.py
  give the same verdict (so neither can drift from the other unnoticed);
- the keys, sources, name and code patterns of the schema are the ones codegen/validate.py uses.

Run: python3 tests/test_schema.py (needs python3-jsonschema and python3-yaml).
"""
import copy
import json
import os
import re
import sys
import unittest

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import yaml  # noqa: E402

from codegen import SPEC_FORMAT as FORMAT_VERSION  # noqa: E402
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
    ("namespace may be a generated name", mutate(namespace="State"), True),
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
    ("row with emit and reject", row(to=None, reject="x"), False),
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


class Consistency(unittest.TestCase):
    """What validate.py accepts is what the schema describes (needs no jsonschema)."""

    @classmethod
    def setUpClass(cls):
        cls.schema = load_schema()
        cls.defs = cls.schema["definitions"]

    def test_top_level_keys(self):
        self.assertEqual(set(self.schema["properties"]), set(V.TOP_REQUIRED + V.TOP_OPTIONAL))
        self.assertEqual(set(self.schema["required"]), set(V.TOP_REQUIRED))
        self.assertIs(self.schema["additionalProperties"], False)

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
        self.assertEqual(self.schema["properties"]["phasegen"]["const"], FORMAT_VERSION)

    def test_name_and_code_patterns(self):
        self.assertEqual(self.defs["name"]["pattern"], "^" + V.IDENT.pattern.removesuffix(r"\Z") + "$")
        self.assertEqual(self.defs["nameRef"]["pattern"], self.defs["name"]["pattern"])
        self.assertEqual(self.defs["code"]["pattern"], "^" + V.CODE.pattern.removesuffix(r"\Z") + "$")

    def test_reserved_names(self):
        self.assertEqual(set(self.defs["name"]["not"]["enum"]), V.CXX_KEYWORDS | V.RESERVED)
        ns = self.schema["properties"]["namespace"]["not"]["pattern"]
        listed = set(re.search(r"\(\^\|::\)\(([^)]*)\)", ns).group(1).split("|"))
        self.assertEqual(listed, V.CXX_KEYWORDS)

    def test_every_mapping_rejects_unknown_keys(self):
        stack = [self.schema]
        while stack:
            s = stack.pop()
            if isinstance(s, dict):
                if "properties" in s and s is not self.schema.get("definitions"):
                    self.assertIs(s.get("additionalProperties"), False, f"open mapping: {sorted(s['properties'])}")
                stack.extend(v for k, v in s.items() if k != "properties")
                stack.extend(s.get("properties", {}).values())
            elif isinstance(s, list):
                stack.extend(s)


if __name__ == "__main__":
    unittest.main()
