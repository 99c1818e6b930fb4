"""phasegen: a model-checked state-machine code generator.

The generator is a pipeline of small pure stages:

    load      text -> Node tree with file:line:col        (load.py)
    validate  Node tree -> frozen Machine model            (validate.py)
    check     Machine -> CheckReport (totality, ranges...) (check.py)
    emit      Machine + report -> {relative path: text}    (emit.py)

Only cli.py and outputs.py (the outputs, counterexamples) and engine.py (the compiled
checker's cache) touch the filesystem, besides reading specs.
"""

__version__ = "0.1.0"  # as in meson.build
SPEC_FORMAT = 1  # the `phasegen:` number a spec file declares
TABLE_FORMAT = 1  # handshake between generated code and runtime/ (PHASEGEN_TABLE_FORMAT)
