import gc
import os
import sys

# A run builds a few large, long-lived and mostly acyclic structures (the spec's node tree,
# the model and its cells, the outputs) and exits. With the default thresholds the cycle
# collector walks them again and again: a third of generating a 1000-state machine (and
# still about 5% with a first threshold of 100,000). Set before the imports, which would
# otherwise run it about 40 times.
gc.set_threshold(1_000_000, 50, 100)

# Python compiles every module it imports from source when it may not write bytecode, and
# the launcher (tools/phasegen) forbids writing it next to the sources. Compiled modules go
# to phasegen's cache instead (codegen/cache.py; about 0.06 s of every run), set before the
# imports below, which would otherwise compile jinja2's and PyYAML's modules again too.
from .cache import bytecode_dir  # noqa: E402

_pycache = bytecode_dir(f"python{sys.version_info[0]}.{sys.version_info[1]}")
if _pycache is not None:
    sys.pycache_prefix = _pycache
    sys.dont_write_bytecode = False

try:  # the launcher (tools/phasegen) tries its next interpreter on exit status 3
    import jinja2  # noqa: F401
    import yaml  # noqa: F401
except ImportError as missing:
    if os.environ.get("PHASEGEN_TRY_NEXT_PYTHON"):
        sys.exit(3)
    print(f"phasegen: needs Python 3 with jinja2 and PyYAML ({missing}); on Debian: "
          "apt-get install python3-jinja2 python3-yaml", file=sys.stderr)
    sys.exit(2)

try:
    from .cli import main  # noqa: E402
except (ValueError, EOFError) as e:  # "bad marshal data": a damaged file among the compiled modules
    if _pycache is None:
        raise
    print(f"phasegen: a compiled module in {_pycache} is damaged ({e}); remove that directory "
          "(it is rebuilt) or set PHASEGEN_BYTECODE=off", file=sys.stderr)
    sys.exit(2)


def run() -> int:
    """main() with no traceback for a user: a closed pipe ends quietly, Ctrl-C with 130, and
    anything unexpected with one line (PHASEGEN_DEBUG=1 re-raises it)."""
    try:
        return main()
    except BrokenPipeError:  # `phasegen check ... | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("phasegen: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - the last line of defence
        if os.environ.get("PHASEGEN_DEBUG"):
            raise
        print(f"phasegen: internal error: {type(e).__name__}: {e} (a bug in phasegen; PHASEGEN_DEBUG=1 shows where)",
              file=sys.stderr)
        return 70


sys.exit(run())
