"""The HTML report (codegen/report.py, `phasegen report`): the page holds every machine's
full cell table (every cell's rows with their disposition and spec line, as the model
has them), its diagram and summary; each system's verdicts with a sequence chart per
failing property; trace coverage shades exactly the exercised cells; hostile text stays
text; the page is byte-stable; headless Chromium renders it without console errors and
its screenshot is not blank; errors are one line, no traceback.
"""
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.chdir(ROOT)

from codegen import cli  # noqa: E402

HAVE_DOT = shutil.which("dot") is not None
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# A short run of one vox rx_channel: 5 dispatches, 4 cells, 5 rows.
TRACE = [
    ("Unknown", "announce", "Announced", "transition", "none", 0, []),
    ("Announced", "item", "Announced", "transition", "none", 1, []),
    ("Announced", "bind", "Open", "transition", "none", 1, []),
    ("Open", "consume", "Open", "transition", "none", 0, ["grant_credit"]),
    ("Open", "consume", "Open", "ignored", "queue-empty", 0, []),
]


def trace_lines():
    return "".join(json.dumps({"machine": "vox::rx_channel", "scope": 0, "instance": 1, "generation": 0, "event": e,
                               "from": a, "to": b, "disposition": d, "code": c, "vars": {"queued": q},
                               "actions": acts}) + "\n" for a, e, b, d, c, q, acts in TRACE)


def phasegen(*args):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "codegen", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


class Page(html.parser.HTMLParser):
    """What a report page shows: per section, its table's cells {(state, event): (td class,
    [(kind, spec line, hits)])} (data-cell, data-line and data-hits attributes); how many
    SVGs; the verdicts."""

    def __init__(self):
        super().__init__()
        self.sections = {}
        self.section = self.cell = None
        self.verdict = False
        self.svgs = 0
        self.verdicts = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "section":
            self.section = self.sections[a["id"]] = {}
        elif tag == "svg":
            self.svgs += 1
        elif tag == "td" and "data-cell" in a:
            state, event = a["data-cell"].split(" ")
            self.cell = self.section[(state, event)] = (cls[0], [])
        elif tag == "div" and "entry" in cls:
            kind = next(c[2:] for c in cls if c.startswith("k-"))
            self.cell[1].append((kind, int(a["data-line"]), int(a.get("data-hits", 0))))
        elif tag == "td" and any(c.startswith("v-") for c in cls):
            self.verdict = True

    def handle_endtag(self, tag):
        if tag == "td":
            self.cell, self.verdict = None, False

    def handle_data(self, data):
        if self.verdict and data.strip():
            self.verdicts.append(data.strip())


SPECS = [f"spec/vox/{name}.yaml" for name in ("rx_channel", "session", "tx_channel", "system")]  # the vox model


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    return p


@unittest.skipUnless(HAVE_DOT, "Graphviz's dot is not installed (tools/setup)")
class Report(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.trace = os.path.join(cls.tmp.name, "run.jsonl")
        with open(cls.trace, "w", encoding="utf-8") as f:
            f.write(trace_lines())
        cls.out = os.path.join(cls.tmp.name, "report")
        r = phasegen("report", *SPECS, "--out", cls.out, "--traces", cls.trace)
        if r.returncode != 0:
            raise AssertionError(r.stderr)
        with open(os.path.join(cls.out, "index.html"), encoding="utf-8") as f:
            cls.page = f.read()
        cls.parsed = parse(cls.page)
        cls.machines = {m.name: m for m, _ in cli.build(cli.expand_specs(SPECS))}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_every_cell_with_its_rows_and_spec_lines(self):
        names = ["rx_channel", "session", "tx_channel"]
        for i, name in enumerate(names):
            m = self.machines[name]
            cells = self.parsed.sections[f"m{i}"]
            self.assertEqual(len(cells), len(m.states) * len(m.events), name)
            for (s, e), rows in m.cells.items():
                shown = [(kind, line) for kind, line, _ in cells[(s, e)][1]]
                self.assertEqual(shown, [(r.kind, r.pos.line) for r in rows], f"{name} {s} x {e}")

    def test_coverage_shades_exactly_the_exercised_cells(self):
        m = self.machines["rx_channel"]
        cells = self.parsed.sections["m0"]
        hit = {k for k, (cls, _) in cells.items() if cls == "hit"}
        self.assertEqual(hit, {(a, e) for a, e, *_ in TRACE})
        hits = {(k, line): n for k, (_, entries) in cells.items() for _, line, n in entries if n}
        consume = {r.pos.line: r for r in m.cells[("Open", "consume")]}
        self.assertEqual(sum(hits.values()), len(TRACE))
        self.assertEqual(sorted(consume), sorted(line for (k, line) in hits if k == ("Open", "consume")))
        self.assertIn("traces exercised 4 of 90 cells, 5 of 103 rows", self.page)
        for name in ("m1", "m2"):  # no records for session and tx_channel: every cell unexercised
            self.assertEqual({cls for cls, _ in self.parsed.sections[name].values()}, {"miss"})
        edge = 'id="m0&#45;edge&#45;Unknown&#45;Announced" class="edge"'  # Graphviz writes '-' as &#45;
        self.assertTrue(edge in self.page, "the diagram's edge Unknown -> Announced")
        at = self.page.index(edge)
        self.assertIn('stroke="#2e7d32"', self.page[at:at + 600], "an exercised edge is drawn green")
        at = self.page.index('id="m0&#45;edge&#45;Unknown&#45;Open" class="edge"')
        self.assertIn('stroke="#9aa5b1"', self.page[at:at + 600], "an edge no trace exercised is grey")

    def test_diagrams_and_verdicts(self):
        self.assertEqual(self.parsed.svgs, 4, "three machines and the system")
        self.assertEqual(set(self.parsed.verdicts), {"proved", "reachable"})  # channel_open: reachable
        self.assertNotIn("<script", self.page)
        self.assertNotIn("http://", self.page.replace("http://www.w3.org/", ""), "no network")
        self.assertNotIn(self.tmp.name, self.page)

    def test_known_bad_counterexample_charts(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = phasegen("report", "spec/known-bad/vox-legacy", "--out", tmp)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(os.path.join(tmp, "index.html"), encoding="utf-8") as f:
                page = f.read()
        p = parse(page)
        fails = p.verdicts.count("fails as expected")
        self.assertEqual(fails, 6, "three properties in each of two variants")
        self.assertEqual(page.count('class="phasegen-msc"'), fails, "a chart per failing property")
        self.assertEqual(page.count('class="message failing"') >= fails, True)

    def test_byte_stable(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = phasegen("report", *SPECS, "--out", tmp, "--traces", self.trace)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(os.path.join(tmp, "index.html"), encoding="utf-8") as f:
                self.assertEqual(f.read(), self.page)


HOSTILE = 'a <b>&amp; "q" \\N --> </table></svg><script>alert(1)</script>\nnext'


@unittest.skipUnless(HAVE_DOT, "Graphviz's dot is not installed (tools/setup)")
class Hostile(unittest.TestCase):
    def test_docs_stay_text(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec = os.path.join(tmp, "m.yaml")
            with open(spec, "w", encoding="utf-8") as f:
                f.write("phasegen: 1\nmachine: m\ndoc: " + json.dumps(HOSTILE) + "\n"
                        "states:\n  A: {initial: true, doc: " + json.dumps(HOSTILE) + "}\n  B: {terminal: true}\n"
                        "events:\n  go: {source: local, doc: " + json.dumps(HOSTILE) + "}\n"
                        "transitions:\n  - {from: A, on: go, to: B}\n  - {from: B, on: go, reject: gone}\n")
            r = phasegen("report", spec, "--out", tmp)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(os.path.join(tmp, "index.html"), encoding="utf-8") as f:
                page = f.read()
        self.assertNotIn("<script", page)
        self.assertNotIn("<b>", page)
        self.assertIn("a &lt;b&gt;&amp;amp; &#34;q&#34; \\N --&gt; &lt;/table&gt;", page)
        p = parse(page)
        self.assertEqual(len(p.sections["m0"]), 2)


class Errors(unittest.TestCase):
    def test_bad_inputs(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "bad.jsonl")
            with open(bad, "w") as f:
                f.write('{"machine": "vox::rx_channel"}\n')
            diverging = os.path.join(tmp, "div.jsonl")
            with open(diverging, "w") as f:
                f.write(trace_lines().replace('"to": "Announced"', '"to": "Open"', 1))
            cases = [
                (["report", "spec/vox"], 2, "--out"),
                (["report", "spec/vox", "--out", tmp, "--traces", bad], 2, "bad.jsonl:1: error: not a trace record"),
                (["report", "spec/vox", "--out", tmp, "--traces", diverging], 1, "div.jsonl:1: error: the trace diverges"),
                (["report", os.path.join(tmp, "none.yaml"), "--out", tmp], 1, "error"),
            ]
            for args, status, text in cases:
                with self.subTest(args=args):
                    r = phasegen(*args)
                    self.assertEqual(r.returncode, status, r.stderr)
                    self.assertIn(text, r.stderr)
                    self.assertNotIn("Traceback", r.stderr)
            self.assertFalse(os.path.exists(os.path.join(tmp, "index.html")), "nothing written after an error")


def png_pixels_vary(path: str) -> int:
    """How many distinct byte values the PNG's (filtered) pixel data has: a blank page
    has a handful, a page with text and pictures hundreds."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat = 8, b""
    while at < len(data):
        n, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            idat += data[at + 8:at + 8 + n]
        at += 12 + n
    return len(set(zlib.decompress(idat)))


@unittest.skipUnless(CHROMIUM and HAVE_DOT, "chromium or Graphviz is not installed (tools/setup --test)")
class Browser(unittest.TestCase):
    """The page in headless Chromium: console messages go to stderr (--enable-logging
    --v=0) as CONSOLE lines; a control page that logs an error proves they are seen."""

    def chromium(self, tmp, url, *extra):
        args = [CHROMIUM, "--headless", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                f"--user-data-dir={os.path.join(tmp, 'profile')}", "--enable-logging=stderr", "--v=0", *extra, url]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
        return subprocess.run(args, capture_output=True, text=True, timeout=180, cwd=tmp)

    @staticmethod
    def console(stderr: str):
        return [ln for ln in stderr.splitlines() if "CONSOLE" in ln]

    def test_renders_without_console_errors(self):
        with tempfile.TemporaryDirectory() as tmp:
            trace = os.path.join(tmp, "run.jsonl")
            with open(trace, "w", encoding="utf-8") as f:
                f.write(trace_lines())
            out = os.path.join(tmp, "report")
            r = phasegen("report", "spec/vox", "spec/known-bad/vox-legacy/system.yaml", "--out", out,
                         "--traces", trace)
            self.assertEqual(r.returncode, 0, r.stderr)
            page = "file://" + os.path.join(out, "index.html")

            control = os.path.join(tmp, "control.html")
            with open(control, "w") as f:
                f.write('<!DOCTYPE html><html><body><script>console.error("phasegen-control")</script>'
                        '<img src="missing.png"></body></html>')
            r = self.chromium(tmp, "file://" + control, "--dump-dom")
            self.assertTrue(any("phasegen-control" in ln for ln in self.console(r.stderr)),
                            f"Chromium's console is not seen; the check below would prove nothing: {r.stderr[-2000:]}")

            shot = os.path.join(tmp, "page.png")
            r = self.chromium(tmp, page, f"--screenshot={shot}", "--window-size=1280,2400")
            self.assertEqual(r.returncode, 0, r.stderr[-2000:])
            self.assertEqual(self.console(r.stderr), [], "console messages while rendering the report")
            self.assertTrue(os.path.getsize(shot) > 20_000, "the screenshot is too small to show the page")
            self.assertGreater(png_pixels_vary(shot), 100, "the screenshot is blank")

            r = self.chromium(tmp, page, "--dump-dom")
            self.assertEqual(self.console(r.stderr), [])
            dom = r.stdout
            self.assertGreaterEqual(dom.count("<svg"), 5, "diagrams and charts are in the rendered DOM")
            self.assertIn("vox::rx_channel", dom)
            self.assertIn("fails as expected", dom)


if __name__ == "__main__":
    unittest.main()
