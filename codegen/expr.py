"""The expression language of guards and updates.

    expr   := or
    or     := and ('||' and)*
    and    := cmp ('&&' cmp)*
    cmp    := sum (('=='|'!='|'<'|'<='|'>'|'>=') sum)?
    sum    := unary (('+'|'-') unary)*
    unary  := ('!'|'-') unary | atom
    atom   := INT | NAME | '(' expr ')'
    update := NAME ('='|'+='|'-=') expr

Integers only; comparisons and logic give booleans. Names are vars or params.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Union


class ExprError(Exception):
    def __init__(self, offset: int, message: str, id: str = "E-expr"):
        super().__init__(message)
        self.offset = offset
        self.id = id


MAX_TEXT = 4096  # characters of one expression
MAX_DEPTH = 64  # levels of its tree: parentheses, unary operators and operators in a chain
MAX_DIGITS = 40  # digits of a literal (values are range-checked later; this bounds int())


@dataclass(frozen=True)
class Num:
    value: int


@dataclass(frozen=True)
class Name:
    name: str
    offset: int


@dataclass(frozen=True)
class Unary:
    op: str
    operand: "Expr"


@dataclass(frozen=True)
class Binary:
    op: str
    left: "Expr"
    right: "Expr"


Expr = Union[Num, Name, Unary, Binary]


@dataclass(frozen=True)
class Update:
    var: str
    op: str  # "=", "+=", "-="
    value: Expr
    offset: int


# ASCII only: a Unicode digit or space is not part of the language (and never reaches C++).
# A name may be qualified, `instance.var`: system properties speak of several instances
# (a machine's own expressions name only its vars and params, so there it is an unknown name).
_TOKEN = re.compile(r"\s*(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)|(\+=|-=|==|!=|<=|>=|&&|\|\||[-+<>!=()]))", re.ASCII)
_LEVELS = [("||",), ("&&",), ("==", "!=", "<", "<=", ">", ">="), ("+", "-")]


def _tokens(text: str) -> list[tuple[str, str, int]]:
    if len(text) > MAX_TEXT:
        raise ExprError(0, f"an expression of {len(text):,} characters; phasegen accepts at most {MAX_TEXT:,}",
                        "E-limit")
    out, i = [], 0
    end = len(text.rstrip())  # linear: no slice of the rest per token
    while i < end:
        m = _TOKEN.match(text, i)
        if not m:
            j = re.compile(r"\s*").match(text, i).end()
            raise ExprError(j, f"unexpected character {text[j]!r}")
        start = m.start(m.lastindex)
        kind = ("int", "name", "op")[m.lastindex - 1]
        if kind == "int" and len(m.group(1)) > MAX_DIGITS:
            raise ExprError(start, f"an integer of {len(m.group(1)):,} digits; phasegen accepts at most "
                            f"{MAX_DIGITS}", "E-limit")
        out.append((kind, m.group(m.lastindex), start))
        i = m.end()
    out.append(("end", "", len(text)))
    return out


class _Parser:
    """Recursive descent; every node's depth is bounded by MAX_DEPTH, so the recursive
    functions below (and the checks, the interpreter and the backends) stay shallow."""

    def __init__(self, text: str):
        self.toks, self.k = _tokens(text), 0
        self.depth = 0

    def deeper(self, at: int, by: int = 1) -> None:
        self.depth += by
        if self.depth > MAX_DEPTH:
            raise ExprError(at, f"the expression nests more than {MAX_DEPTH} levels deep (parentheses, "
                            "unary operators and operators in one chain count)", "E-limit")

    def peek(self):
        return self.toks[self.k]

    def take(self):
        tok = self.toks[self.k]
        self.k += 1
        return tok

    def expect_end(self):
        kind, text, at = self.peek()
        if kind != "end":
            raise ExprError(at, f"unexpected '{text}'")

    def level(self, n: int) -> Expr:
        if n == len(_LEVELS):
            return self.unary()
        left = self.level(n + 1)
        chain = 0
        while self.peek()[0] == "op" and self.peek()[1] in _LEVELS[n]:
            op, at = self.take()[1:]
            self.deeper(at)  # a chain builds a left-deep tree
            chain += 1
            left = Binary(op, left, self.level(n + 1))
            if n == 2 and self.peek()[1] in _LEVELS[2]:
                raise ExprError(self.peek()[2], "comparisons do not chain; use '&&'")
        self.depth -= chain
        return left

    def unary(self) -> Expr:
        kind, text, at = self.peek()
        if kind == "op" and text in ("!", "-"):
            self.take()
            self.deeper(at)
            e = Unary(text, self.unary())
            self.depth -= 1
            return e
        return self.atom()

    def atom(self) -> Expr:
        kind, text, at = self.take()
        if kind == "int":
            return Num(int(text))
        if kind == "name":
            if text in ("true", "false"):
                raise ExprError(at, f"'{text}' is not an integer expression; write a comparison")
            return Name(text, at)
        if text == "(":
            self.deeper(at)
            inner = self.level(0)
            self.depth -= 1
            kind2, text2, at2 = self.take()
            if text2 != ")":
                raise ExprError(at2, "expected ')'")
            return inner
        raise ExprError(at, "expected a number, a name or '('" if kind != "end" else "expression ends early")


# A spec repeats the same guards and updates on many rows; the trees are immutable.
@lru_cache(maxsize=4096)
def parse_expr(text: str) -> Expr:
    p = _Parser(text)
    e = p.level(0)
    p.expect_end()
    return e


@lru_cache(maxsize=4096)
def parse_update(text: str) -> Update:
    p = _Parser(text)
    kind, name, at = p.take()
    if kind != "name":
        raise ExprError(at, "an update starts with a var name, e.g. 'queued += 1'")
    kind, op, at2 = p.take()
    if op not in ("=", "+=", "-="):
        raise ExprError(at2, "expected '=', '+=' or '-=' after the var name")
    value = p.level(0)
    p.expect_end()
    return Update(name, op, value, at)


def names(e: Expr):
    """Every Name in e, left to right."""
    if isinstance(e, Name):
        yield e
    elif isinstance(e, Unary):
        yield from names(e.operand)
    elif isinstance(e, Binary):
        yield from names(e.left)
        yield from names(e.right)


BOOL_OPS = {"&&", "||", "!"}
CMP_OPS = {"==", "!=", "<", "<=", ">", ">="}


def type_of(e: Expr) -> str:
    """'int' or 'bool'; raises ExprError on a type mismatch."""
    if isinstance(e, (Num, Name)):
        return "int"
    if isinstance(e, Unary):
        t = type_of(e.operand)
        want = "bool" if e.op == "!" else "int"
        if t != want:
            raise ExprError(_first_offset(e), f"'{e.op}' needs an {want} operand" if want == "int"
                            else f"'{e.op}' needs a boolean operand")
        return want
    lt, rt = type_of(e.left), type_of(e.right)
    if e.op in ("&&", "||"):
        if lt != "bool" or rt != "bool":
            raise ExprError(_first_offset(e), f"'{e.op}' needs boolean operands (comparisons)")
        return "bool"
    if lt != "int" or rt != "int":
        raise ExprError(_first_offset(e), f"'{e.op}' needs integer operands")
    return "bool" if e.op in CMP_OPS else "int"


def substitute(e: Expr, values: dict[str, int]) -> Expr:
    """e with the names in values replaced by those constants (a negative one as -N)."""
    if isinstance(e, Name) and e.name in values:
        v = values[e.name]
        return Num(v) if v >= 0 else Unary("-", Num(-v))
    if isinstance(e, Unary):
        return Unary(e.op, substitute(e.operand, values))
    if isinstance(e, Binary):
        return Binary(e.op, substitute(e.left, values), substitute(e.right, values))
    return e


def _first_offset(e: Expr) -> int:
    for n in names(e):
        return n.offset
    return 0


def evaluate(e: Expr, env: dict[str, int]):
    """Python semantics of an expression; env maps var and param names to ints."""
    if isinstance(e, Num):
        return e.value
    if isinstance(e, Name):
        return env[e.name]
    if isinstance(e, Unary):
        v = evaluate(e.operand, env)
        return (not v) if e.op == "!" else -v
    op = e.op
    if op == "&&":
        return bool(evaluate(e.left, env)) and bool(evaluate(e.right, env))
    if op == "||":
        return bool(evaluate(e.left, env)) or bool(evaluate(e.right, env))
    a, b = evaluate(e.left, env), evaluate(e.right, env)
    return {"+": lambda: a + b, "-": lambda: a - b, "==": lambda: a == b, "!=": lambda: a != b,
            "<": lambda: a < b, "<=": lambda: a <= b, ">": lambda: a > b, ">=": lambda: a >= b}[op]()


def apply_update(u: Update, env: dict[str, int]) -> int:
    v = evaluate(u.value, env)
    return {"=": v, "+=": env[u.var] + v, "-=": env[u.var] - v}[u.op]


def render(e: Expr, name_fn, parent_prec: int = 0) -> str:
    """Render e as C-like source (C++ and Promela share this syntax); name_fn maps names."""
    prec = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "+": 5, "-": 5}
    if isinstance(e, Num):
        return str(e.value)
    if isinstance(e, Name):
        return name_fn(e.name)
    if isinstance(e, Unary):
        inner = render(e.operand, name_fn, 6)
        return e.op + (f"({inner})" if e.op == "-" and inner.startswith("-") else inner)  # never `--`
    p = prec[e.op]
    # '&&' under '||' is parenthesized although it binds tighter: compilers ask for it.
    left, right = (p + 2, p + 2) if e.op == "||" else (p, p + 1)
    s = f"{render(e.left, name_fn, left)} {e.op} {render(e.right, name_fn, right)}"
    return f"({s})" if p < parent_prec else s


_PY_OPS = {"&&": "and", "||": "or", "==": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">=",
           "+": "+", "-": "-"}


def _py(e: Expr) -> str:
    if isinstance(e, Num):
        return str(e.value)
    if isinstance(e, Name):
        return f"env[{e.name!r}]"
    if isinstance(e, Unary):
        return f"(not {_py(e.operand)})" if e.op == "!" else f"(-{_py(e.operand)})"
    return f"({_py(e.left)} {_PY_OPS[e.op]} {_py(e.right)})"


_COMPILED: dict = {}


def compiled(e: Expr):
    """e as a Python function of env, with the same results as evaluate(e, env) (booleans
    as bool, integers as int); compiled once per distinct expression."""
    fn = _COMPILED.get(e)
    if fn is None:
        fn = eval(f"lambda env: {_py(e)}")  # noqa: S307 - the text is built from a parsed AST, not user text
        _COMPILED[e] = fn
    return fn
