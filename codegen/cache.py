"""Where phasegen keeps what it can rebuild: compiled checkers (engine.py), its own modules
and the templates compiled to Python bytecode (__main__.py, emit.py, report.py). Nothing
in it is an output, and losing it only costs time. PHASEGEN_BYTECODE=off keeps the
bytecode out of it (phasegen then compiles its modules and templates on every run, as
Python does under PYTHONDONTWRITEBYTECODE)."""

from __future__ import annotations

import os


def cache_root() -> str:
    """PHASEGEN_CACHE, else $XDG_CACHE_HOME/phasegen, else ~/.cache/phasegen."""
    if os.environ.get("PHASEGEN_CACHE"):
        return os.environ["PHASEGEN_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "phasegen")


def bytecode_dir(name: str) -> str | None:
    """A directory of the cache for bytecode, created if needed, or None: with
    PHASEGEN_BYTECODE=off, where it cannot be made, and where anyone but this user could
    write to it (its files are code that phasegen runs)."""
    if os.environ.get("PHASEGEN_BYTECODE", "").lower() == "off":
        return None
    directory = os.path.join(cache_root(), "bytecode", name)
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        st = os.stat(directory)
    except (OSError, ValueError):
        return None
    if (hasattr(os, "getuid") and st.st_uid != os.getuid()) or st.st_mode & 0o022:
        return None
    return directory


def template_cache():
    """jinja's cache of compiled templates in bytecode_dir("templates"), or None. Compiling
    the templates is about 0.06 s of every run. Entries are keyed by the template's name and
    a checksum of its source, and stamped with jinja's and Python's bytecode versions; a
    file that cannot be read, parsed or written is a miss, never an error."""
    import jinja2  # here: __main__ imports this module before jinja2, to place the bytecode first

    directory = bytecode_dir("templates")
    if directory is None:
        return None

    class TemplateCache(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # noqa: BLE001 - a truncated or corrupted file: compile again
                bucket.reset()

        def dump_bytecode(self, bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:  # a full disk, a cache made read-only: the next run compiles again
                pass

    return TemplateCache(directory)
