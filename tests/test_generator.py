"""Generator tests: golden outputs, YAML/JSON equivalence, freshness of generated/,
atomic and only-when-changed writes, byte-stable output, the command line."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from codegen import cli  # noqa: E402

GOLDEN = os.path.join(ROOT, "tests", "golden")
GOLDEN_SPECS = [os.path.join(GOLDEN, "tiny.yaml"), os.path.join(GOLDEN, "minimal.yaml")]
GOLDEN_ARGS = ["--namespace-dirs", "--emit", "all", "--out", "tests/golden/expected",
               "tests/golden/tiny.yaml", "tests/golden/minimal.yaml"]
REGEN_GOLDEN = "tools/phasegen generate " + " ".join(GOLDEN_ARGS)
BUNDLED_OPTIONS = ["--namespace-dirs", "--emit", "all", "--out", "generated"]
BUNDLED_ARGS = BUNDLED_OPTIONS + ["spec/vox", "spec/tcp", "spec/http2"]  # as meson.build's gate
os.chdir(ROOT)  # spec paths are shown as given: relative to phasegen's root here


def phasegen(*args, cwd=ROOT):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "codegen", *args], cwd=cwd, env=env,
                          capture_output=True, text=True)


def read_tree(root):
    out = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            path = os.path.join(dirpath, f)
            with open(path, encoding="utf-8", newline="") as fh:
                out[os.path.relpath(path, root)] = fh.read()
    return out


class Golden(unittest.TestCase):
    def test_golden_outputs_match(self):
        layout = cli.Layout(regenerate="phasegen generate " + " ".join(GOLDEN_ARGS))
        outputs = cli.render_all(cli.build(GOLDEN_ARGS[-2:]), layout=layout)
        expected = read_tree(os.path.join(GOLDEN, "expected"))
        self.assertEqual(sorted(outputs), sorted(expected), f"golden file set differs; regenerate with {REGEN_GOLDEN}")
        for rel, text in outputs.items():
            self.assertEqual(text, expected[rel], f"{rel} differs from the golden copy; if intended: {REGEN_GOLDEN}")

    def test_json_and_yaml_specs_generate_the_same_code(self):
        y = cli.render_all(cli.build([os.path.join(GOLDEN, "tiny.yaml")]))
        j = cli.render_all(cli.build([os.path.join(GOLDEN, "tiny.json")]))
        self.assertEqual(sorted(y), sorted(j))
        for rel in y:
            # Identical but for the spec's name and the line numbers that point into it.
            def norm(text, name):
                return re.sub(r"SPEC:\d+", "SPEC:N", text.replace(name, "SPEC")).split("\n")
            self.assertEqual(norm(y[rel], "tiny.yaml"), norm(j[rel], "tiny.json"), rel)

    def test_output_is_byte_stable_and_names_no_machine_paths(self):
        first = cli.render_all(cli.build(cli.bundled_specs()))
        second = cli.render_all(cli.build(cli.bundled_specs()))
        self.assertEqual(first, second)
        for rel, text in first.items():
            self.assertNotIn(ROOT, text, rel)
            self.assertTrue(text.endswith("\n") and not text.endswith("\n\n"), rel)
            self.assertNotIn("\r", text, rel)
            self.assertIn("DO NOT EDIT", text.split("\n")[0], rel)
            self.assertIn("phasegen generate", "\n".join(text.split("\n")[:3]), rel)


class Freshness(unittest.TestCase):
    """generated/ must be exactly what the generator writes; a stale copy names the fix."""

    def test_checked_in_generated_is_fresh(self):
        r = phasegen("generate", "--check", "--quiet", *BUNDLED_ARGS)
        self.assertEqual(r.returncode, 0, f"generated/ is stale:\n{r.stderr}")

    def test_stale_copy_is_detected_with_the_regenerate_command(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "generated")
            shutil.copytree(os.path.join(ROOT, "generated"), out)
            for d in [a.split("/", 1)[1] for a in BUNDLED_ARGS if a.startswith("spec/")]:
                shutil.copytree(os.path.join(ROOT, "spec", d), os.path.join(tmp, "spec", d))
            header = os.path.join(out, "vox", "rx_channel.hpp")
            with open(header, "a", encoding="utf-8") as f:
                f.write("// edited by hand\n")
            os.remove(os.path.join(out, "vox", "session.dot"))
            with open(os.path.join(out, "vox", "old_machine.hpp"), "w", encoding="utf-8") as f:
                f.write("// left over\n")
            r = phasegen("generate", "--check", "--quiet", *BUNDLED_ARGS, cwd=tmp)
            self.assertEqual(r.returncode, 1)
            self.assertIn("rx_channel.hpp: differs", r.stderr)
            self.assertIn("session.dot: missing", r.stderr)
            self.assertIn("old_machine.hpp: no spec generates it", r.stderr)
            self.assertIn("regenerate with: phasegen generate " + " ".join(BUNDLED_ARGS), r.stderr)
            # SPEC's outputs only when SPEC is a file: the leftover is not judged then
            r = phasegen("generate", "--check", "--quiet", *BUNDLED_OPTIONS, "spec/vox/tx_channel.yaml", cwd=tmp)
            self.assertNotIn("old_machine.hpp", r.stderr)

    def test_generate_writes_only_what_changed(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = phasegen("generate", "--out", tmp, *GOLDEN_SPECS)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("8 files, 8 changed", r.stdout)
            path = os.path.join(tmp, "minimal.hpp")
            before = os.stat(path)
            self.assertEqual(before.st_mode & 0o777, 0o644)
            os.utime(path, (1_000_000, 1_000_000))
            r = phasegen("generate", "--out", tmp, *GOLDEN_SPECS)
            self.assertIn("8 files, 0 changed", r.stdout)
            self.assertEqual(os.stat(path).st_ino, before.st_ino, "an unchanged output is not rewritten")
            self.assertGreater(os.stat(path).st_mtime, 1_000_000, "...but its time is renewed for build systems")
            self.assertEqual([f for f in os.listdir(tmp) if f.startswith(".phasegen-")], [])


class CommandLine(unittest.TestCase):
    def test_help(self):
        r = phasegen("--help")
        self.assertEqual(r.returncode, 0)
        for word in ("check", "generate", "--check", "Exit status"):
            self.assertIn(word, r.stdout)

    def test_no_command_prints_usage_and_fails(self):
        r = phasegen()
        self.assertEqual(r.returncode, 2)
        self.assertIn("generate", r.stdout)

    def test_version(self):
        r = phasegen("--version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^phasegen \d+\.\d+\.\d+\n$")
        with open(os.path.join(ROOT, "meson.build"), encoding="utf-8") as f:
            self.assertIn(f"version: '{r.stdout.split()[1]}'", f.read(), "codegen.__version__ and meson.build differ")

    def test_no_spec_is_a_usage_error(self):
        r = phasegen("check")
        self.assertEqual(r.returncode, 2)
        self.assertIn("SPEC", r.stderr)

    def test_check_prints_a_summary_per_machine(self):
        r = phasegen("check", "spec/vox")
        self.assertEqual(r.returncode, 0, r.stderr)
        for name in ("rx_channel", "tx_channel", "session"):
            self.assertRegex(r.stdout, rf"{name}: \d+ states x \d+ events = \d+ cells .* all checks passed")

    def test_missing_file_is_a_diagnostic(self):
        r = phasegen("check", "no/such/spec.yaml")
        self.assertEqual(r.returncode, 1)
        self.assertIn("no/such/spec.yaml:1:1: error: [E-io]", r.stderr)

    def test_deleting_a_row_names_the_uncovered_cell(self):
        """Deleting one transition row from a bundled spec fails with file:line:col and the cell."""
        src = os.path.join(ROOT, "spec", "vox", "tx_channel.yaml")
        with open(src, encoding="utf-8") as f:
            lines = f.read().split("\n")
        row = "  - {from: Open, on: reset, to: PeerReset}"
        self.assertIn(row, lines)
        state_line = lines.index("  Open:") + 1
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "tx_channel.yaml")
            with open(bad, "w", encoding="utf-8") as f:
                f.write("\n".join(l for l in lines if l != row))
            out = os.path.join(tmp, "out")
            r = phasegen("generate", "--out", out, bad)
            self.assertEqual(r.returncode, 1)
            self.assertRegex(r.stderr, rf"tx_channel.yaml:{state_line}:3: error: \[E-unhandled\] "
                                       r"state 'Open' has no outcome for event 'reset'")
            self.assertFalse(os.path.exists(out), "nothing may be written when a spec has errors")


class Layout(unittest.TestCase):
    """Outputs a build system can name in advance: after the spec file, in --out."""

    def test_outputs_are_named_after_the_spec_file_and_emit_chooses_them(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = phasegen("generate", "--emit", "header,tests", "--out", tmp, "spec/vox/rx_channel.yaml",
                         "spec/vox/system.yaml")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(sorted(os.listdir(tmp)), ["rx_channel.hpp", "rx_channel.test.cpp"])
            with open(os.path.join(tmp, "rx_channel.test.cpp"), encoding="utf-8") as f:
                text = f.read()
            self.assertIn('#include "rx_channel.hpp"', text)
            self.assertIn("// Regenerate with: phasegen generate --emit header,tests --out " + tmp
                          + " spec/vox/rx_channel.yaml spec/vox/system.yaml\n", text)
            r = phasegen("generate", "--emit", "promela", "--out", tmp, "spec/vox/system.yaml")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("system.compliant.pml", os.listdir(tmp))
            self.assertIn("system.hostile.pml", os.listdir(tmp))

    def test_unknown_emit_kind_is_a_usage_error(self):
        r = phasegen("generate", "--emit", "header,pdf", "spec/vox/rx_channel.yaml")
        self.assertEqual(r.returncode, 2)
        self.assertIn("'pdf'", r.stderr)

    def test_two_specs_of_one_name_collide_with_a_located_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(GOLDEN, "minimal.yaml"), encoding="utf-8") as f:
                text = f.read()
            for d in ("a", "b"):  # two machines, two spec files of the same name
                os.mkdir(os.path.join(tmp, d))
                with open(os.path.join(tmp, d, "m.yaml"), "w", encoding="utf-8") as f:
                    f.write(text.replace("machine: lamp", f"machine: lamp_{d}"))
            out = os.path.join(tmp, "out")
            r = phasegen("generate", "--out", out, "a/m.yaml", "b/m.yaml", cwd=tmp)
            self.assertEqual(r.returncode, 1)
            self.assertRegex(r.stderr, r"b/m.yaml:\d+:\d+: error: \[E-duplicate\] output m.hpp is also generated "
                                       r"from a/m.yaml")
            self.assertFalse(os.path.exists(out))

    def test_depfile_lists_the_outputs_and_every_spec_read(self):
        with tempfile.TemporaryDirectory() as tmp:
            dep = os.path.join(tmp, "out.d")
            r = phasegen("generate", "--emit", "promela", "--out", tmp, "--depfile", dep, "spec/vox/system.yaml")
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(dep, encoding="utf-8") as f:
                text = f.read()
            targets, deps = text.split(":", 1)
            self.assertEqual(sorted(targets.split()), sorted(os.path.join(tmp, f"system.{v}.pml")
                                                              for v in ("compliant", "hostile")))
            deps = [d for d in deps.replace("\\\n", " ").split()]
            self.assertEqual(sorted(deps), ["spec/vox/rx_channel.yaml", "spec/vox/session.yaml",
                                            "spec/vox/system.yaml", "spec/vox/tx_channel.yaml"])

    def test_an_output_that_cannot_be_written_is_an_error_and_the_others_are_put_back(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.mkdir(os.path.join(tmp, "tiny.hpp"))  # written after minimal.*: they must be undone
            r = phasegen("generate", "-q", "--out", tmp, *GOLDEN_SPECS)
            self.assertEqual(r.returncode, 1)
            self.assertIn("cannot write", r.stderr)
            self.assertIn("tiny.hpp", r.stderr)
            self.assertNotIn("Traceback", r.stderr)
            self.assertNotIn("internal error", r.stderr)
            self.assertEqual(os.listdir(tmp), ["tiny.hpp"])
            out = os.path.join(tmp, "tiny.hpp", "f")
            open(out, "w").close()
            r = phasegen("generate", "-q", "--out", out, *GOLDEN_SPECS)  # --out names a file
            self.assertEqual(r.returncode, 1)
            self.assertNotIn("Traceback", r.stderr)

    def test_a_directory_stands_for_every_spec_under_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = phasegen("generate", "--emit", "header", "--out", tmp, "spec/vox")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(sorted(os.listdir(tmp)), ["bind_race.hpp", "rx_channel.hpp", "session.hpp", "tx_channel.hpp"])

    def test_dash_C_runs_in_another_directory(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = phasegen("-C", ROOT, "generate", "--emit", "header", "--out", tmp, "spec/vox/session.yaml", cwd=tmp)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(os.path.join(tmp, "session.hpp"), encoding="utf-8") as f:
                self.assertIn("generated from spec/vox/session.yaml", f.readline())


class SystemOutputs(unittest.TestCase):
    """A system's Promela and compiled checker do not depend on exploring it: generate writes
    them without exploring, and with --prove explores after writing them, so a system with a
    failing property or too big for the Python explorer still gets them."""
    FAILING = os.path.join("tests", "bad", "system-property.yaml")  # a property that fails

    def generate_in_process(self, *args):
        """cli.main with stdout and stderr captured: (status, stdout, stderr)."""
        import contextlib
        import io
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli.main(["generate", *args])
        return status, out.getvalue(), err.getvalue()

    def outputs(self, directory):
        return sorted(os.path.relpath(os.path.join(d, f), directory) for d, _, fs in os.walk(directory) for f in fs)

    def test_generate_does_not_explore(self):
        from unittest import mock
        from codegen import engine, explore

        def refuse(*_, **__):
            raise AssertionError("generate explored a system")
        # checking.py imports the explorers when it explores: patched where they are defined
        with tempfile.TemporaryDirectory() as tmp, mock.patch.object(explore, "Explorer", refuse), \
                mock.patch.object(engine, "build", refuse), mock.patch.object(engine, "run", refuse):
            status, _, err = self.generate_in_process("--namespace-dirs", "--emit", "promela,checker", "--out", tmp,
                                                      self.FAILING)
            self.assertEqual(status, 0, err)
            written = self.outputs(tmp)
            self.assertTrue(any(f.startswith("promela/") and f.endswith(".pml") for f in written), written)
            self.assertTrue(any(f.startswith("checker/") and f.endswith(".cpp") for f in written), written)

    def test_prove_writes_the_outputs_of_a_system_whose_property_fails(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = phasegen("generate", "--prove", "--engine", "python", "--namespace-dirs", "--emit", "all",
                         "--out", tmp, self.FAILING)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertIn("[E-property]", r.stderr)
            self.assertTrue(r.stderr.rstrip().endswith("system check failed; the outputs are written"), r.stderr)
            written = self.outputs(tmp)
            self.assertTrue(any(f.endswith(".pml") for f in written) and any(f.endswith(".cpp") for f in written),
                            written)
            r = phasegen("generate", "--check", "--prove", "--engine", "python", "--namespace-dirs", "--emit", "all",
                         "--out", tmp, self.FAILING)  # fresh, but the property still fails
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertTrue(r.stderr.rstrip().endswith("; nothing written"), r.stderr)
            self.assertNotIn("stale", r.stderr)

    def test_prove_writes_the_outputs_of_a_system_too_big_for_the_python_explorer(self):
        import functools
        from unittest import mock
        from codegen import engine, explore  # noqa: F401 - engine binds Explorer when imported: before the patch
        small = functools.partial(explore.Explorer, max_states=5)  # the bundled system has far more states
        with tempfile.TemporaryDirectory() as tmp, mock.patch.object(explore, "Explorer", small):
            status, _, err = self.generate_in_process("--prove", "--engine", "python", "--namespace-dirs", "--emit",
                                                      "promela,checker", "--out", tmp, "spec/vox/system.yaml")
            self.assertEqual(status, 1, err)
            self.assertIn("[E-too-big]", err)
            self.assertIn("more than 5 states", err)
            written = self.outputs(tmp)
            self.assertIn("checker/vox_channels.cpp", written)
            self.assertIn("promela/vox_channels.compliant.pml", written)
            status, _, err = self.generate_in_process("--namespace-dirs", "--emit", "promela,checker", "--out", tmp,
                                                      "spec/vox/system.yaml")
            self.assertEqual((status, err), (0, ""))  # without --prove: nothing explored, nothing too big


class BytecodeCache(unittest.TestCase):
    """phasegen compiles its modules and templates once, into its cache (codegen/cache.py),
    never next to its sources; a damaged or unsafe cache costs time, never a result."""

    def run_in(self, cache, *args, **extra):
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=ROOT, PHASEGEN_CACHE=cache, **extra)
        if "PHASEGEN_BYTECODE" not in extra:
            env.pop("PHASEGEN_BYTECODE", None)
        return subprocess.run([sys.executable, "-m", "codegen", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True)

    def generate(self, cache, out, **extra):
        shutil.rmtree(out, ignore_errors=True)  # written again, not only checked (the path is in the outputs)
        r = self.run_in(cache, "generate", "--out", out, "spec/tcp/endpoint.yaml", **extra)
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        return read_tree(out)

    def files(self, root):
        return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)

    def test_compiled_once_into_the_cache_with_the_same_outputs(self):
        with tempfile.TemporaryDirectory() as tmp:
            cache = os.path.join(tmp, "cache")
            first = self.generate(cache, os.path.join(tmp, "a"))
            cached = self.files(os.path.join(cache, "bytecode"))
            self.assertTrue(any(f.startswith("templates/") for f in cached), cached)
            self.assertTrue(any(f.endswith("cli.cpython-%d%d.pyc" % sys.version_info[:2]) for f in cached), cached)
            for sub in ("templates", "python%d.%d" % sys.version_info[:2]):
                self.assertEqual(os.stat(os.path.join(cache, "bytecode", sub)).st_mode & 0o777, 0o700)
            self.assertEqual(self.generate(cache, os.path.join(tmp, "a")), first)  # from the cached bytecode
            self.assertFalse(os.path.exists(os.path.join(ROOT, "codegen", "__pycache__")))

    def test_damaged_templates_are_compiled_again(self):
        with tempfile.TemporaryDirectory() as tmp:
            cache = os.path.join(tmp, "cache")
            first = self.generate(cache, os.path.join(tmp, "a"))
            templates = os.path.join(cache, "bytecode", "templates")
            for name in os.listdir(templates):
                with open(os.path.join(templates, name), "r+b") as f:
                    f.truncate(40)  # past jinja's magic: its checksum and code are cut
            self.assertEqual(self.generate(cache, os.path.join(tmp, "a")), first)

    def test_a_damaged_module_is_one_clear_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            cache = os.path.join(tmp, "cache")
            self.generate(cache, os.path.join(tmp, "a"))
            for d, _, fs in os.walk(os.path.join(cache, "bytecode")):
                for f in fs:
                    if f.startswith("cli.") and f.endswith(".pyc"):
                        with open(os.path.join(d, f), "r+b") as fh:
                            fh.seek(40)
                            fh.write(b"\xff" * 64)
            r = self.run_in(cache, "--version")
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertRegex(r.stderr, r"^phasegen: a compiled module in .* is damaged .*PHASEGEN_BYTECODE=off\n$")
            r = self.run_in(cache, "--version", PHASEGEN_BYTECODE="off")
            self.assertEqual((r.returncode, r.stderr), (0, ""))

    def test_off_and_unsafe_caches_hold_no_bytecode(self):
        with tempfile.TemporaryDirectory() as tmp:
            off = os.path.join(tmp, "off")
            self.generate(off, os.path.join(tmp, "a"), PHASEGEN_BYTECODE="off")
            self.assertFalse(os.path.exists(os.path.join(off, "bytecode")))
            shared = os.path.join(tmp, "shared")
            for sub in ("templates", "python%d.%d" % sys.version_info[:2]):
                os.makedirs(os.path.join(shared, "bytecode", sub))
                os.chmod(os.path.join(shared, "bytecode", sub), 0o777)  # anyone could plant code here
            self.generate(shared, os.path.join(tmp, "b"))
            self.assertEqual(self.files(os.path.join(shared, "bytecode")), [])


if __name__ == "__main__":
    unittest.main()
