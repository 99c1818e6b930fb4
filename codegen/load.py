"""Load YAML or JSON into a Node tree where every node keeps its file:line:col.

YAML goes through yaml.compose() (never safe_load): duplicate keys are an error, and
plain scalars are typed by a small YAML-1.2-like rule, so `on`, `off`, `yes` and `no`
stay strings. JSON has its own small parser, so JSON positions are exact too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from .diag import Collector, Pos, SpecError


@dataclass(frozen=True)
class Node:
    kind: str  # "map" | "seq" | "scalar"
    pos: Pos
    value: Any  # map: tuple[(key Node, value Node)], seq: tuple[Node], scalar: str|int|bool|None
    quoted: bool = False  # a quoted scalar: its text starts one column after pos
    exact: bool = False  # the scalar's text is its source text, on one line: offsets map to columns

    def type_name(self, article: bool = False) -> str:
        if self.kind != "scalar":
            name = {"map": "mapping", "seq": "list"}[self.kind]
        else:
            name = {str: "string", int: "integer", bool: "boolean", type(None): "null"}[type(self.value)]
        return (("an " if name[0] in "aeiou" else "a ") + name) if article else name


_INT = re.compile(r"[-+]?[0-9]+\Z")


def _plain_scalar(text: str) -> Any:
    if _INT.match(text):
        return int(text)
    if text in ("true", "false"):
        return text == "true"
    if text in ("null", "~", ""):
        return None
    return text


def _from_yaml(node, file: str, lines: list[str], out: Collector) -> Node:
    pos = Pos(file, node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.ScalarNode):
        value = node.value if node.style in ("'", '"', "|", ">") else _plain_scalar(node.value)
        quoted = node.style in ("'", '"')
        start, end = node.start_mark, node.end_mark
        raw = lines[start.line][start.column:end.column] if start.line == end.line < len(lines) else None
        exact = node.style in (None, "", "'", '"') and raw is not None and (raw[1:-1] if quoted else raw) == node.value
        return Node("scalar", pos, value, quoted, exact)
    if isinstance(node, yaml.SequenceNode):
        return Node("seq", pos, tuple(_from_yaml(n, file, lines, out) for n in node.value))
    pairs = tuple((_from_yaml(k, file, lines, out), _from_yaml(v, file, lines, out)) for k, v in node.value)
    return Node("map", pos, _check_keys(pairs, out))


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's composer when Python's yaml was built with it (Debian's is): same nodes
    and marks, several times faster on large specs. Tags are not resolved: _from_yaml
    types plain scalars by its own rule and never reads a node's tag."""

    def resolve(self, kind, value, implicit):
        return ""


def _check_keys(pairs, out: Collector):
    seen: dict[Any, Node] = {}
    for key, _ in pairs:
        if key.kind != "scalar" or not isinstance(key.value, str):
            out.error(key.pos, "E-type", f"mapping keys must be strings, found {key.type_name(article=True)}")
        elif key.value in seen:
            out.error(key.pos, "E-duplicate-key",
                      f"duplicate key '{key.value}' (first defined at {seen[key.value].pos})")
        else:
            seen[key.value] = key
    return pairs


def load_yaml(text: str, file: str) -> Node:
    out = Collector()
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        pos = Pos(file, mark.line + 1, mark.column + 1) if mark else Pos(file, 1, 1)
        raise SpecError([_syntax(pos, f"{e.problem or e.context}")]) from None
    except yaml.YAMLError as e:
        raise SpecError([_syntax(Pos(file, 1, 1), str(e))]) from None
    if root is None:
        raise SpecError([_syntax(Pos(file, 1, 1), "the file is empty")])
    tree = _from_yaml(root, file, text.split("\n"), out)
    out.raise_if_any()
    return tree


def _syntax(pos: Pos, message: str):
    from .diag import Diagnostic

    return Diagnostic(pos, "E-syntax", message)


class _Json:
    """A strict JSON (RFC 8259) parser that records positions."""

    _TOKEN = re.compile(r'[{}\[\]:,]|"(?:[^"\\\x00-\x1f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"'
                        r"|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null")

    def __init__(self, text: str, file: str, out: Collector):
        self.text, self.file, self.out, self.i = text, file, out, 0

    def pos(self, i: int | None = None) -> Pos:
        i = self.i if i is None else i
        line = self.text.count("\n", 0, i) + 1
        return Pos(self.file, line, i - (self.text.rfind("\n", 0, i) + 1) + 1)

    def fail(self, message: str, i: int | None = None):
        raise SpecError([_syntax(self.pos(i), message)])

    def skip_ws(self) -> None:
        while self.i < len(self.text) and self.text[self.i] in " \t\r\n":
            self.i += 1

    def next(self) -> tuple[str, int]:
        self.skip_ws()
        if self.i >= len(self.text):
            self.fail("unexpected end of file")
        m = self._TOKEN.match(self.text, self.i)
        if not m:
            self.fail(f"unexpected character {self.text[self.i]!r}")
        start, self.i = self.i, m.end()
        return m.group(0), start

    def value(self) -> Node:
        tok, start = self.next()
        pos = self.pos(start)
        if tok == "{":
            pairs = []
            tok, at = self.next()
            if tok != "}":
                while True:
                    if not tok.startswith('"'):
                        self.fail("expected a string key", at)
                    key = Node("scalar", self.pos(at), _json_string(tok), True, _json_string(tok) == tok[1:-1])
                    colon, at = self.next()
                    if colon != ":":
                        self.fail("expected ':'", at)
                    pairs.append((key, self.value()))
                    tok, at = self.next()
                    if tok == "}":
                        break
                    if tok != ",":
                        self.fail("expected ',' or '}'", at)
                    tok, at = self.next()
            return Node("map", pos, _check_keys(tuple(pairs), self.out))
        if tok == "[":
            items = []
            self.skip_ws()
            if self.text.startswith("]", self.i):
                self.i += 1
                return Node("seq", pos, ())
            while True:
                items.append(self.value())
                tok, at = self.next()
                if tok == "]":
                    return Node("seq", pos, tuple(items))
                if tok != ",":
                    self.fail("expected ',' or ']'", at)
        if tok.startswith('"'):
            return Node("scalar", pos, _json_string(tok), True, _json_string(tok) == tok[1:-1])
        if tok in ("true", "false"):
            return Node("scalar", pos, tok == "true")
        if tok == "null":
            return Node("scalar", pos, None)
        if tok[0] in "-0123456789":
            if any(c in tok for c in ".eE"):
                self.fail(f"'{tok}' is not an integer (specs use integers only)", start)
            return Node("scalar", pos, int(tok))
        self.fail(f"unexpected '{tok}'", start)


def _json_string(tok: str) -> str:
    import json

    return json.loads(tok)


def load_json(text: str, file: str) -> Node:
    out = Collector()
    text = text[1:] if text.startswith("\ufeff") else text  # a byte-order mark is allowed and ignored
    parser = _Json(text, file, out)
    parser.skip_ws()
    if parser.i >= len(text):
        raise SpecError([_syntax(Pos(file, 1, 1), "the file is empty")])
    tree = parser.value()
    parser.skip_ws()
    if parser.i != len(text):
        parser.fail("unexpected text after the top-level value")
    out.raise_if_any()
    return tree


def load(text: str, file: str) -> Node:
    """Parse a spec file; JSON if its name ends in .json, YAML otherwise."""
    return load_json(text, file) if file.endswith(".json") else load_yaml(text, file)
