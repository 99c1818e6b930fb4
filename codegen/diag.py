"""Source positions and compiler-style diagnostics."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Pos(NamedTuple):  # a tuple: made for every node of a spec, and twice as fast to make as a frozen dataclass
    file: str
    line: int  # 1-based
    col: int  # 1-based

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Diagnostic:
    pos: Pos
    id: str  # e.g. "E-unhandled"; tests name diagnostics by id
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return printable(f"{self.pos}: {self.severity}: [{self.id}] {self.message}")


def printable(text: str) -> str:
    """text for a terminal: control, format (bidi) and separator characters, and lone
    surrogates, as escapes; a spec cannot move the cursor or recolour the screen."""
    import unicodedata

    if text.isprintable():
        return text
    return "".join(c if c.isprintable() and unicodedata.category(c) not in ("Cf", "Cs") else
                   (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}" if ord(c) < 0x10000
                    else f"\\U{ord(c):08x}") for c in text)


class SpecError(Exception):
    """Raised by a stage that found problems; carries every diagnostic it found."""

    def __init__(self, diagnostics: list[Diagnostic]):
        diagnostics = list(dict.fromkeys(diagnostics))  # once each (a row written for several cells)
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = sorted(diagnostics, key=lambda d: (d.pos, d.id))


class Collector:
    """Collects diagnostics so a stage can report all of them at once."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def error(self, pos: Pos, id: str, message: str) -> None:
        self.items.append(Diagnostic(pos, id, message))

    def raise_if_any(self) -> None:
        if self.items:
            raise SpecError(self.items)


SUGGEST_MAX_CHOICES = 1000  # beyond this, or for a long name, no suggestion: each costs O(choices x len^2)
SUGGEST_MAX_LEN = 64
_suggestions = [2000]  # per process: a file with thousands of unknown names gets the first suggestions only


def did_you_mean(name: str, choices) -> str:
    import difflib

    if not isinstance(name, str) or len(name) > SUGGEST_MAX_LEN or _suggestions[0] <= 0:
        return ""
    _suggestions[0] -= 1
    choices = [c for c in choices if isinstance(c, str) and abs(len(c) - len(name)) <= len(name)]
    if len(choices) > SUGGEST_MAX_CHOICES:
        return ""
    close = difflib.get_close_matches(name, choices, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
