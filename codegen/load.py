"""Load YAML or JSON into a Node tree where every node keeps its file:line:col.

YAML is read from libyaml's events in one pass (never safe_load): duplicate keys are an
error, and plain scalars are typed by a small YAML-1.2-like rule, so `on`, `off`, `yes` and
`no` stay strings. A document with an alias, or one that breaks a limit or is not YAML, is
read again by the reference path (a token scan, then yaml.compose()), which reports it. JSON has its own small parser, so JSON positions are exact too.

Hostile input is bounded here, before anything else sees it (docs/spec-language.md#limits):
read_spec() reads only a regular file of at most MAX_FILE_BYTES (a named pipe or a device
is refused without blocking); nesting is at most MAX_DEPTH deep, a document has at most
MAX_NODES nodes (aliases count every time they are used, so an alias bomb or an alias
cycle stops there), a string has at most MAX_STRING characters and no lone surrogate, and
an integer at most MAX_INT_DIGITS digits. Every refusal is a located E-limit, E-syntax or
E-io diagnostic.
"""
from __future__ import annotations

import bisect
import os
import re
import stat
from typing import Any, NamedTuple

import yaml

from .diag import Collector, Diagnostic, Pos, SpecError

MAX_FILE_BYTES = 8 * 1024 * 1024  # a spec, system file or counterexample (a trace is read line by line)
MAX_DEPTH = 64  # nested mappings and lists
MAX_NODES = 250_000  # mappings, lists and scalars, aliases expanded
MAX_STRING = 65_536  # characters in one string (a doc, a guard, ...)
MAX_INT_DIGITS = 40  # digits of an integer literal (any value phasegen accepts has at most 10)
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_spec(path: str, shown: str, what: str = "the spec", limit: int = MAX_FILE_BYTES) -> str:
    """The text of a spec file, or a SpecError (E-io, E-limit) at shown:1:1. Opens without
    blocking and reads only a regular file, at most `limit` bytes, strict UTF-8."""
    def fail(id: str, message: str, line: int = 1, col: int = 1):
        raise SpecError([Diagnostic(Pos(shown, line, col), id, message)])
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError) as e:
        fail("E-io", f"cannot read {what}: {getattr(e, 'strerror', None) or e}")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            fail("E-io", f"cannot read {what}: not a regular file")
        if st.st_size > limit:
            fail("E-limit", f"{what} has {st.st_size:,} bytes; phasegen reads at most {limit:,}")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as e:
        fail("E-io", f"cannot read {what}: {e.strerror or e}")
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        fail("E-limit", f"{what} has more than {limit:,} bytes; phasegen reads at most {limit:,}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = len(data[data.rfind(b"\n", 0, e.start) + 1:e.start].decode("utf-8", "replace")) + 1
        fail("E-io", f"{what} is not UTF-8: byte 0x{data[e.start]:02x} cannot start or continue a character",
             line, col)


def _text_problem(text: str):
    """(id, message) when a string is not acceptable anywhere in a spec, else None."""
    if len(text) > MAX_STRING:
        return "E-limit", f"a string of {len(text):,} characters; phasegen accepts at most {MAX_STRING:,}"
    if not text.isascii() and _SURROGATE.search(text):
        return "E-syntax", "a string with a lone surrogate (not a Unicode character)"
    return None


class Node(NamedTuple):  # a tuple: made for every node of a spec, three times as fast to make as a frozen dataclass
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


class _TooLong(str):
    """An integer literal with more than MAX_INT_DIGITS digits (reported, never used)."""


def _int_problem(digits: int):
    return "E-limit", f"an integer of {digits:,} digits; phasegen accepts at most {MAX_INT_DIGITS}"


_TYPED_START = frozenset("0123456789+-tfn~")  # how an integer, true, false, null or ~ starts


def _plain_scalar(text: str) -> Any:
    if text and text[0] not in _TYPED_START:  # most plain scalars: names, words, expressions
        return text
    if _INT.match(text):
        return int(text) if len(text.lstrip("+-")) <= MAX_INT_DIGITS else _TooLong(text)
    if text in ("true", "false"):
        return text == "true"
    if text in ("null", "~", ""):
        return None
    return text


class _Budget:
    """Counts the nodes of one document (aliases expanded) against MAX_NODES."""

    def __init__(self, file: str):
        self.file, self.nodes = file, 0

    def take(self, pos: Pos, depth: int) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise SpecError([Diagnostic(pos, "E-limit", f"more than {MAX_NODES:,} mappings, lists and scalars "
                                        "(aliases counted each time they are used)")])
        if depth > MAX_DEPTH:
            raise SpecError([Diagnostic(pos, "E-limit", f"mappings and lists nest more than {MAX_DEPTH} deep "
                                        "(or an alias refers to a node that contains it)")])


_SCALAR, _SEQUENCE = yaml.ScalarNode, yaml.SequenceNode


def _from_yaml(node, file: str, lines: list[str], out: Collector, budget: _Budget, depth: int = 0) -> Node:
    start = node.start_mark
    pos = Pos(file, start.line + 1, start.column + 1)
    budget.take(pos, depth)
    if isinstance(node, _SCALAR):
        return _yaml_scalar(node, file, lines, out)
    depth += 1
    if isinstance(node, _SEQUENCE):
        return Node("seq", pos, tuple([_from_yaml(n, file, lines, out, budget, depth) for n in node.value]))
    pairs = tuple([(_from_yaml(k, file, lines, out, budget, depth), _from_yaml(v, file, lines, out, budget, depth))
                   for k, v in node.value])
    return Node("map", pos, _check_keys(pairs, out))


_DEPTH_STEP = {cls: 1 for cls in (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken,
                                  yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken)}
_DEPTH_STEP.update({cls: -1 for cls in (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)})


def _yaml_depth(text: str, file: str) -> None:
    """Refuses YAML nested deeper than MAX_DEPTH, or with more than MAX_NODES scalars, from
    its tokens (a linear scan), before the composer, whose recursion a deep document would
    exhaust and which would build every node."""
    depth = scalars = 0
    scalar, steps = yaml.ScalarToken, _DEPTH_STEP
    loader = _Loader(text)
    next_token = loader.get_token  # None after the last token
    try:
        while (tok := next_token()) is not None:
            cls = type(tok)
            if cls is scalar:
                scalars += 1
                if scalars > MAX_NODES:
                    mark = tok.start_mark
                    raise SpecError([Diagnostic(Pos(file, mark.line + 1, mark.column + 1), "E-limit",
                                                f"more than {MAX_NODES:,} mappings, lists and scalars")])
            elif cls in steps:
                depth += steps[cls]
                if depth > 2 * MAX_DEPTH:  # an indentless list under a key adds no start token: the composer's bound
                    mark = tok.start_mark
                    raise SpecError([Diagnostic(Pos(file, mark.line + 1, mark.column + 1), "E-limit",
                                                f"mappings and lists nest more than {MAX_DEPTH} deep")])
    finally:
        loader.dispose()


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


class _Elsewhere(Exception):
    """The document is not for _yaml_tree: it has an alias, passes a limit or is not YAML."""


_SCALAR_EVENT, _ALIAS_EVENT = yaml.ScalarEvent, yaml.AliasEvent
_START_EVENTS = {yaml.MappingStartEvent: "map", yaml.SequenceStartEvent: "seq"}
_END_EVENTS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _yaml_tree(text: str, file: str, lines: list[str], out: Collector) -> Node:
    """The Node tree of a YAML document that has no alias, nests at most MAX_DEPTH - 1
    deep and has at most MAX_NODES nodes, built from libyaml's events in one pass with a
    stack (no recursion, no composer). Anything else raises _Elsewhere, and
    _yaml_reference loads the document instead: this is only the fast path, and every
    document it accepts, the reference path turns into the same tree."""
    loader = _Loader(text)
    next_event = loader.get_event
    scalar, starts, ends = _SCALAR_EVENT, _START_EVENTS, _END_EVENTS
    stack: list = []  # the open collections, outermost first: (kind, pos, their parent's items)
    items: list = []  # the items of the innermost open collection (a mapping's keys and values alternate)
    nodes = 0
    try:
        if type(next_event()) is not yaml.StreamStartEvent or type(next_event()) is not yaml.DocumentStartEvent:
            raise _Elsewhere  # an empty file
        while True:
            event = next_event()
            cls = type(event)
            if cls is scalar:
                nodes += 1
                if nodes > MAX_NODES:
                    raise _Elsewhere
                items.append(_yaml_scalar(event, file, lines, out))
            elif cls in starts:
                nodes += 1
                if nodes > MAX_NODES or len(stack) >= MAX_DEPTH:  # its items would nest deeper than MAX_DEPTH
                    raise _Elsewhere
                mark = event.start_mark
                stack.append((starts[cls], Pos(file, mark.line + 1, mark.column + 1), items))
                items = []
            elif cls in ends and stack:
                kind, pos, parent = stack.pop()
                if kind == "seq":
                    parent.append(Node("seq", pos, tuple(items)))
                else:
                    pairs = tuple(zip(items[::2], items[1::2]))
                    parent.append(Node("map", pos, _check_keys(pairs, out)))
                items = parent
            else:
                break
        if cls is not yaml.DocumentEndEvent or type(next_event()) is not yaml.StreamEndEvent:
            raise _Elsewhere  # an alias, or a second document
    except yaml.YAMLError:
        raise _Elsewhere from None
    finally:
        loader.dispose()
    return items[0]


def _yaml_scalar(event, file: str, lines: list[str], out: Collector) -> Node:
    """A scalar Node from libyaml's scalar event or node (the same value, style and marks)."""
    start, text, style = event.start_mark, event.value, event.style
    line, col = start.line, start.column
    pos = Pos(file, line + 1, col + 1)
    if len(text) > MAX_STRING or not text.isascii():
        problem = _text_problem(text)
        if problem:
            out.error(pos, *problem)
            return Node("scalar", pos, None)
    plain = style == "" or style is None
    value = _plain_scalar(text) if plain else text
    if type(value) is _TooLong:
        out.error(pos, *_int_problem(len(value.lstrip("+-"))))
        return Node("scalar", pos, None)
    quoted = style == "'" or style == '"'
    end = event.end_mark
    exact = False  # the text is the source text, on one line (not for a block scalar)
    if line == end.line < len(lines) and (plain or quoted):
        raw = lines[line][col:end.column]
        exact = (raw[1:-1] if quoted else raw) == text
    return Node("scalar", pos, value, quoted, exact)


def load_yaml(text: str, file: str) -> Node:
    lines = text.split("\n")
    out = Collector()
    try:
        tree = _yaml_tree(text, file, lines, out)
    except _Elsewhere:
        return _yaml_reference(text, file, lines)
    out.raise_if_any()
    return tree


def _yaml_reference(text: str, file: str, lines: list[str]) -> Node:
    """Any YAML document: checked for depth and size by its tokens, composed by libyaml,
    then converted with the node budget (aliases expanded). Reports every problem."""
    out = Collector()
    try:
        _yaml_depth(text, file)
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        pos = Pos(file, mark.line + 1, mark.column + 1) if mark else Pos(file, 1, 1)
        raise SpecError([_syntax(pos, f"{e.problem or e.context}")]) from None
    except yaml.YAMLError as e:
        raise SpecError([_syntax(Pos(file, 1, 1), str(e))]) from None
    if root is None:
        raise SpecError([_syntax(Pos(file, 1, 1), "the file is empty")])
    tree = _from_yaml(root, file, lines, out, _Budget(file))
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
        self.budget = _Budget(file)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def pos(self, i: int | None = None) -> Pos:
        i = self.i if i is None else i
        line = bisect.bisect_right(self.line_starts, i)
        return Pos(self.file, line, i - self.line_starts[line - 1] + 1)

    def string(self, tok: str, pos: Pos) -> Node:
        value = _json_string(tok)
        problem = _text_problem(value)
        if problem:
            self.out.error(pos, *problem)
            return Node("scalar", pos, None, True)
        return Node("scalar", pos, value, True, value == tok[1:-1])

    def fail(self, message: str, i: int | None = None):
        raise SpecError([_syntax(self.pos(i), message)])

    _WS = re.compile(r"[ \t\r\n]*")

    def skip_ws(self) -> None:
        self.i = self._WS.match(self.text, self.i).end()

    def next(self) -> tuple[str, int]:
        self.skip_ws()
        if self.i >= len(self.text):
            self.fail("unexpected end of file")
        m = self._TOKEN.match(self.text, self.i)
        if not m:
            self.fail(f"unexpected character {self.text[self.i]!r}")
        start, self.i = self.i, m.end()
        return m.group(0), start

    def value(self, depth: int = 0) -> Node:
        tok, start = self.next()
        pos = self.pos(start)
        self.budget.take(pos, depth)
        if tok == "{":
            pairs = []
            tok, at = self.next()
            if tok != "}":
                while True:
                    if not tok.startswith('"'):
                        self.fail("expected a string key", at)
                    key = self.string(tok, self.pos(at))
                    colon, at = self.next()
                    if colon != ":":
                        self.fail("expected ':'", at)
                    pairs.append((key, self.value(depth + 1)))
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
                items.append(self.value(depth + 1))
                tok, at = self.next()
                if tok == "]":
                    return Node("seq", pos, tuple(items))
                if tok != ",":
                    self.fail("expected ',' or ']'", at)
        if tok.startswith('"'):
            return self.string(tok, pos)
        if tok in ("true", "false"):
            return Node("scalar", pos, tok == "true")
        if tok == "null":
            return Node("scalar", pos, None)
        if tok[0] in "-0123456789":
            if any(c in tok for c in ".eE"):
                self.fail(f"'{tok[:20]}{'...' if len(tok) > 20 else ''}' is not an integer (specs use integers only)",
                          start)
            if len(tok.lstrip("-")) > MAX_INT_DIGITS:
                self.out.error(pos, *_int_problem(len(tok.lstrip("-"))))
                return Node("scalar", pos, None)
            return Node("scalar", pos, int(tok))
        self.fail(f"unexpected '{tok[:20]}'", start)


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


def is_system(root: Node) -> bool:
    """Whether a loaded spec is a system file (a mapping with a top-level 'system' key)."""
    return root.kind == "map" and any(k.value == "system" for k, _ in root.value)


def load(text: str, file: str) -> Node:
    """Parse a spec file; JSON if its name ends in .json, YAML otherwise."""
    return load_json(text, file) if file.endswith(".json") else load_yaml(text, file)
