"""Pictures (codegen/graph.py, `phasegen graph`, `replay --chart`): golden DOT and Mermaid
texts; Graphviz's SVG of every bundled machine and system is well-formed and names every
state and every merged edge with each of its rows; counterexample charts (SVG and Mermaid)
have a lifeline per instance and an arrow per dispatch, the failing step marked; hostile
text (docs, counterexample strings with <, &, ", -->, newlines) stays text in every
format; docs/pictures/ is fresh; the command line's errors are one line, no traceback.

Regenerate the golden files and docs/pictures/ (after an intended change) with
  /usr/bin/python3 tests/test_graph.py --update
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.chdir(ROOT)  # spec paths are shown as given: relative to phasegen's root

from codegen import cli, graph  # noqa: E402

GOLDEN = "tests/golden/pictures"
# The commands that write the golden files and the README's pictures (run from the root).
GOLDEN_COMMANDS = [
    ["graph", "--format", "dot", "--refusals", "--out", GOLDEN, "tests/golden/tiny.yaml", "spec/vox/rx_channel.yaml",
     "spec/vox/system.yaml"],
    ["graph", "--format", "mermaid", "--refusals", "--out", GOLDEN, "tests/golden/tiny.yaml",
     "spec/vox/rx_channel.yaml", "spec/vox/system.yaml", f"{GOLDEN}/stale_isolation.json"],
]
DOCS_COMMAND = ["graph", "--out", "docs/pictures", "spec/vox/rx_channel.yaml", "docs/pictures/stale_isolation.json"]
REGEN = "/usr/bin/python3 tests/test_graph.py --update"
SVG = "{http://www.w3.org/2000/svg}"
HAVE_DOT = shutil.which("dot") is not None


def phasegen(*args, cwd=ROOT, input=None):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "codegen", *args], cwd=cwd, env=env, capture_output=True,
                          timeout=300, input=input)


def bundled():
    machines, systems = [], []
    for d in ("spec/vox", "spec/known-bad/vox-legacy"):
        machines += [m for m, _ in cli.build(cli.expand_specs([d]), systems)]
    return machines, systems


def svg_parts(svg: bytes | str):
    """(texts, titles, tooltips) of an SVG document, parsed (so it must be well-formed)."""
    root = ET.fromstring(svg)
    texts = ["".join(t.itertext()) for t in root.iter(SVG + "text")]
    titles = [t.text or "" for t in root.iter(SVG + "title")]
    tips = [a.get("{http://www.w3.org/1999/xlink}title") for a in root.iter(SVG + "a")]
    return texts, titles, tips


def load_cex(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Golden(unittest.TestCase):
    def test_golden_texts(self):
        with tempfile.TemporaryDirectory() as tmp:
            for cmd in GOLDEN_COMMANDS:
                at = cmd.index("--out") + 1
                r = phasegen(*cmd[:at], tmp, *cmd[at + 1:])
                self.assertEqual(r.returncode, 0, r.stderr)
            made = sorted(os.listdir(tmp))
            want = sorted(f for f in os.listdir(GOLDEN) if f.endswith((".dot", ".mmd")))
            self.assertEqual(made, want, f"golden file set differs; regenerate with {REGEN}")
            for name in made:
                with open(os.path.join(tmp, name), encoding="utf-8") as a, \
                        open(os.path.join(GOLDEN, name), encoding="utf-8") as b:
                    self.assertEqual(a.read(), b.read(), f"{GOLDEN}/{name} differs; if intended: {REGEN}")

    def test_text_is_byte_stable(self):
        machines, systems = bundled()
        for m in machines:
            self.assertEqual(graph.machine_dot(m, True), graph.machine_dot(m, True))
            self.assertEqual(graph.machine_mermaid(m, True), graph.machine_mermaid(m, True))

    @unittest.skipUnless(HAVE_DOT, "Graphviz's dot is not installed (tools/setup)")
    def test_docs_pictures_are_fresh(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = phasegen(*DOCS_COMMAND[:2], tmp, *DOCS_COMMAND[3:])
            self.assertEqual(r.returncode, 0, r.stderr)
            for name in sorted(os.listdir(tmp)):
                with open(os.path.join(tmp, name), "rb") as a, open(os.path.join("docs/pictures", name), "rb") as b:
                    self.assertEqual(a.read(), b.read(), f"docs/pictures/{name} is stale; regenerate with {REGEN} (Graphviz's layout "
                                     f"depends on its version and the fonts it finds: Debian 12's graphviz and "
                                     f"fonts-dejavu-core made the committed pictures)")


class MachineText(unittest.TestCase):
    def test_parallel_edges_are_merged_and_every_row_is_on_one(self):
        machines, _ = bundled()
        for m in machines:
            edges = graph.machine_edges(m)
            pairs = [(a, b) for a, b, _ in edges]
            self.assertEqual(len(pairs), len(set(pairs)), f"{m.name}: an edge drawn twice")
            labels = {(a, b): [label for label, _ in lines] for a, b, lines in edges}
            for r in m.rows:
                if r.kind == "transition":
                    for s in r.states:
                        self.assertIn(graph.transition_label(r), labels[(s, r.target)])
            dot = graph.machine_dot(m)
            self.assertEqual(dot.count(" -> "), len(edges) + 1, "one DOT edge per (from, to), plus the start")
            self.assertNotIn("dashed", dot, "refusals are drawn only with --refusals")

    def test_refusals_drawn_distinctly(self):
        machines, _ = bundled()
        m = next(x for x in machines if x.name == "rx_channel")
        dot = graph.machine_dot(m, refusals=True)
        for kind in ("ignore", "reject", "violation"):
            self.assertRegex(dot, rf'id="{kind}-\w+", style=dashed, color="{re.escape(graph.COLORS[kind])}"')
        # every refusing cell is listed: its code and event appear on its state's loop
        for (s, e), rows in m.cells.items():
            for r in rows:
                if r.kind != "transition":
                    line = next(ln for ln in dot.splitlines() if f'id="{r.kind}-{s}"' in ln)
                    self.assertIn(r.code + ":", line)
                    self.assertIn(e, line)
        self.assertIn("peripheries=2", dot)
        self.assertIn('"__start" -> "Unknown"', dot)

    def test_mermaid_keeps_guards_dispositions_and_actions(self):
        machines, _ = bundled()
        m = next(x for x in machines if x.name == "rx_channel")
        text = graph.machine_mermaid(m, refusals=True)
        self.assertIn("consume [queued #62; 0] / queued -= 1#59; emit grant_credit", text)
        self.assertIn("violation credit-exceeded: item [queued == credit]", text)
        self.assertIn("ignore reset-race: item", text)
        self.assertIn("reject not-registered: consume, drop_receiver", text)


@unittest.skipUnless(HAVE_DOT, "Graphviz's dot is not installed (tools/setup)")
class Svg(unittest.TestCase):
    def check_machine_svg(self, m, refusals):
        svg = graph.render(graph.machine_dot(m, refusals))
        texts, titles, _ = svg_parts(svg)
        for s in m.states:
            self.assertIn(s.name, texts, f"{m.name}: state {s.name} is not drawn")
        for a, b, lines in graph.machine_edges(m):
            self.assertIn(f"{a}->{b}", titles, f"{m.name}: edge {a} -> {b} is not drawn")
            for label, _ in lines:
                self.assertIn(label, texts, f"{m.name}: edge {a} -> {b} lacks its row {label!r}")
        if refusals:
            for s, kind, lines in graph.machine_refusals(m):
                for text, _ in lines:
                    self.assertIn(text, texts)
        self.assertNotIn(b"<!--", svg, "Graphviz's comments (its version) are dropped: byte-stable")

    def test_every_bundled_machine(self):
        machines, _ = bundled()
        for m in machines:
            for refusals in (False, True):
                with self.subTest(machine=m.name, refusals=refusals):
                    self.check_machine_svg(m, refusals)

    def test_systems_show_instances_and_links(self):
        _, systems = bundled()
        for s in systems:
            texts, titles, _ = svg_parts(graph.render(graph.system_dot(s)))
            self.assertIn("environment", texts)
            for g in s.groups:
                self.assertIn(f"{g.name} x{g.count}" if g.count > 1 else g.name, texts)
            for link in s.links:
                if link.renew:
                    for g in link.renew:
                        self.assertIn(f"{link.source}->{g}", titles)
                else:
                    self.assertIn(f"{link.source}->{link.target}", titles)
                    self.assertIn(graph.link_label(link), texts)

    def test_coverage_is_drawn(self):
        machines, _ = bundled()
        m = next(x for x in machines if x.name == "rx_channel")
        announce = next(r for r in m.rows if r.event == "announce" and r.kind == "transition")
        dot = graph.machine_dot(m, coverage={("Unknown", "announce", announce.pos.line): 3})
        self.assertRegex(dot, r'"Unknown" -> "Announced" \[label="announce \(3x\)\\l".*penwidth=2.2')
        self.assertRegex(dot, r'"Unknown" -> "Open" \[label="bind \(not run\)\\l".*color="#9aa5b1"')
        svg_parts(graph.render(dot))

    def test_png(self):
        machines, _ = bundled()
        png = graph.render(graph.machine_dot(machines[0]), "png")
        self.assertTrue(png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000)


class Charts(unittest.TestCase):
    cex_path = f"{GOLDEN}/stale_isolation.json"

    def setUp(self):
        self.cex = load_cex(self.cex_path)
        systems = []
        cli.build([self.cex["file"]], systems)
        self.links = systems[0].links

    def test_messages_follow_links(self):
        msgs = graph.messages(self.cex, self.links)
        self.assertEqual(sum(len(s["dispatches"]) for s in self.cex["steps"]), len(msgs))
        for (n, src, dst, label, failing), d in zip(msgs, [d for s in self.cex["steps"] for d in s["dispatches"]]):
            self.assertEqual(dst, d["instance"])
            self.assertTrue(label.startswith(d["event"]))
            self.assertIn(d["disposition"], label)
            self.assertEqual(failing, n == len(self.cex["steps"]))
        # conduit_break reaches the session from the environment; the session's fail_channels reaches ch and peer
        self.assertIn((2, "environment", "session"), [m[:3] for m in msgs])
        self.assertIn((2, "session", "peer[1]"), [m[:3] for m in msgs])

    def test_svg_chart(self):
        svg = graph.sequence_svg(self.cex, self.links)
        root = ET.fromstring(svg)
        texts, titles, _ = svg_parts(svg)
        lanes = ["environment"] + [k for k in self.cex["steps"][0]["state"] if k != "generation"]
        for lane in lanes:
            self.assertIn(lane, texts)
        msgs = graph.messages(self.cex, self.links)
        groups = [g for g in root.iter(SVG + "g") if "message" in (g.get("class") or "").split()]
        self.assertEqual(len(groups), len(msgs))
        for g, (n, _, _, label, failing) in zip(groups, msgs):
            self.assertEqual("failing" in g.get("class").split(), failing)
            self.assertIn(label, ["".join(t.itertext()) for t in g.iter(SVG + "text")])
        self.assertTrue(any(self.cex["message"] in t for t in texts))
        self.assertEqual(len(list(root.iter(SVG + "rect"))), 1 + 1 + len(lanes), "background, failing band, lifelines")

    def test_mermaid_chart(self):
        text = graph.sequence_mermaid(self.cex, self.links)
        lines = text.splitlines()
        self.assertEqual(lines[1], "sequenceDiagram")
        self.assertEqual(sum(1 for ln in lines if "->>" in ln), len(graph.messages(self.cex, self.links)))
        self.assertIn("    rect rgb(250, 215, 215)", lines)
        self.assertEqual(lines[-1], "    end")

    def test_without_the_system_arrows_come_from_the_input(self):
        msgs = graph.messages(self.cex)
        self.assertEqual([m[1] for m in msgs if m[0] == 2], ["environment"] + ["session"] * 4)


HOSTILE = 'a <b>&amp; "quoted" \\N \\l --> end note\n%% #35; ;next line </svg><script>alert(1)</script>'


class Hostile(unittest.TestCase):
    """Text from outside stays text: in DOT, Graphviz's SVG, Mermaid and the chart."""

    def spec(self, tmp):
        path = os.path.join(tmp, "m.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("phasegen: 1\nmachine: m\ndoc: " + json.dumps(HOSTILE) + "\n"
                    "states:\n  A: {initial: true, doc: " + json.dumps(HOSTILE) + "}\n  B: {terminal: true}\n"
                    "events:\n  go: {source: local, doc: " + json.dumps(HOSTILE) + "}\n"
                    "transitions:\n  - {from: A, on: go, to: B}\n  - {from: B, on: go, reject: gone}\n")
        return cli.build([path])[0][0]

    def cex(self):
        data = load_cex(Charts.cex_path)
        data["message"] = HOSTILE
        data["system"] = HOSTILE
        for step in data["steps"]:
            for d in step["dispatches"]:
                d["instance"] = d["instance"] + HOSTILE[:12]
                d["code"] = HOSTILE
        return data

    def test_dot_and_svg(self):
        if not HAVE_DOT:
            self.skipTest("Graphviz's dot is not installed")
        with tempfile.TemporaryDirectory() as tmp:
            m = self.spec(tmp)
            dot = graph.machine_dot(m, refusals=True)
            self.assertNotIn("\n%%", dot)
            svg = graph.render(dot)
            _, _, tips = svg_parts(svg)
            shown = graph.plain(HOSTILE).replace("\\", "\u29f5")  # Graphviz would read \\N as the node's name
            self.assertIn("A: " + shown, tips, "the doc is shown literally, escapes and all")
            self.assertNotIn(b"<script", svg)

    # Every line Mermaid text can have, the text parts captured: nothing else may appear.
    MERMAID_LINES = [r'    state "(.*)" as s\d+', r"    (?:s\d+|\[\*\]) --> (?:s\d+|\[\*\])(?:: (.*))?",
                     r"    participant (?:env|p\d+) as (.*)", r"    (?:env|p\d+)->>(?:env|p\d+): (.*)",
                     r"    Note over \w+,\w+: (.*)", r"        (?:ignore|reject|violation) (.*)",
                     r"    note right of s\d+", r"    end note", r"    end", r"    rect rgb\(250, 215, 215\)",
                     r"stateDiagram-v2", r"sequenceDiagram", r"    direction LR", r"    classDef terminal .*",
                     r"    class [s\d,]+ terminal"]

    def test_mermaid(self):
        with tempfile.TemporaryDirectory() as tmp:
            text = graph.machine_mermaid(self.spec(tmp), refusals=True)
        text += graph.sequence_mermaid(self.cex())
        for line in text.splitlines():
            if line.startswith("%%"):
                self.assertTrue(line.isascii())
                continue
            match = next((m for p in self.MERMAID_LINES if (m := re.fullmatch(p, line))), None)
            self.assertIsNotNone(match, f"not a line phasegen writes: {line!r}")
            for part in match.groups():
                self.assertNotRegex((part or "").replace("<br/>", ""), r"[^A-Za-z0-9 _.,:=+*/()\[\]!?#;-]",
                                    f"unescaped in {line!r}")
                self.assertNotRegex(part or "", r"#(?!\d+;)", f"a # that is not an entity code in {line!r}")
        self.assertIn("#60;b#62;#38;amp#59; #34;quoted#34;", text)
        self.assertNotIn("-->", text.replace(" --> ", ""))

    def test_chart_svg(self):
        data = self.cex()
        svg = graph.sequence_svg(data)
        texts, titles, _ = svg_parts(svg)
        self.assertNotIn("<script", svg)
        self.assertIn(graph.plain(f"{HOSTILE} [compliant]: stale_isolation fails after 4 steps"), titles)
        self.assertTrue(any(graph.plain(HOSTILE) in t for t in titles))


class Bounds(unittest.TestCase):
    def test_too_large_to_draw_is_an_error_not_a_wait(self):
        n = graph.MAX_DRAWN_STATES + 1
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "chain.yaml")
            with open(path, "w") as f:
                f.write("phasegen: 1\nmachine: chain\nstates:\n  S0: {initial: true}\n"
                        + "".join(f"  S{i}: {{}}\n" for i in range(1, n - 1)) + f"  S{n - 1}: {{terminal: true}}\n"
                        "events:\n  e: {source: local}\ntransitions:\n"
                        + "".join(f"  - {{from: S{i}, on: e, to: S{i + 1}}}\n" for i in range(n - 1))
                        + f"  - {{from: S{n - 1}, on: e, ignore: done}}\n")
            m = cli.build([path])[0][0]
            with self.assertRaisesRegex(graph.GraphError, f"{n} states; phasegen draws machines of at most"):
                graph.machine_dot(m)
            r = phasegen("graph", path)
            self.assertEqual(r.returncode, 1)
            self.assertIn(b"draws machines of at most", r.stderr)
            self.assertNotIn(b"Traceback", r.stderr)


class CommandLine(unittest.TestCase):
    def no_traceback(self, r):
        self.assertNotIn(b"Traceback", r.stderr)
        for line in r.stderr.decode().splitlines():
            self.assertRegex(line, r"^(phasegen|usage|\s|\S+:\d+:\d+: error: )", r.stderr)

    def test_one_picture_to_stdout(self):
        r = phasegen("graph", "--format", "mermaid", "--refusals", "tests/golden/tiny.yaml")
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(f"{GOLDEN}/tiny.mmd", "rb") as f:
            self.assertEqual(r.stdout, f.read())

    def test_errors(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "bad.json")
            with open(bad, "w") as f:
                f.write('{"phasegen_counterexample": 1, "system": 3}')
            cases = [
                (["graph", "--format", "dot", "spec/vox"], 2, b"give --out DIR"),
                (["graph", "--format", "dot", os.path.join(tmp, "missing.yaml")], 1, b"error"),
                (["graph", bad], 1, b"bad.json:1:"),
                (["graph", "--format", "png", f"{GOLDEN}/stale_isolation.json"], 2, b"svg or mermaid"),
                (["graph", "--format", "gif", "spec/vox"], 2, b"invalid choice"),
            ]
            for args, status, text in cases:
                with self.subTest(args=args):
                    r = phasegen(*args)
                    self.assertEqual(r.returncode, status, r.stderr)
                    self.assertIn(text, r.stderr)
                    self.no_traceback(r)

    def test_replay_chart(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "chart.mmd")
            r = phasegen("replay", "--chart", out, f"{GOLDEN}/stale_isolation.json")
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(out, encoding="utf-8") as a, open(f"{GOLDEN}/stale_isolation.mmd", encoding="utf-8") as b:
                self.assertEqual(a.read(), b.read())
            out = os.path.join(tmp, "chart.svg")
            r = phasegen("replay", "--chart", out, f"{GOLDEN}/stale_isolation.json")
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(out, encoding="utf-8") as f:
                ET.fromstring(f.read())

    @unittest.skipUnless(HAVE_DOT, "Graphviz's dot is not installed (tools/setup)")
    def test_png_file_and_directory(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = phasegen("graph", "--format", "png", "--out", os.path.join(tmp, "x.png"), "tests/golden/tiny.yaml")
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(os.path.join(tmp, "x.png"), "rb") as f:
                self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")
            r = phasegen("graph", "--out", os.path.join(tmp, "d"), "spec/vox")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(sorted(os.listdir(os.path.join(tmp, "d"))),
                             ["async.svg", "bind_race.svg", "rx_channel.svg", "session.svg", "system.svg",
                              "tx_channel.svg"])


def update():
    for cmd in GOLDEN_COMMANDS + [DOCS_COMMAND]:
        r = phasegen(*cmd)
        sys.stdout.write(r.stdout.decode())
        if r.returncode:
            sys.exit(r.stderr.decode())


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    else:
        unittest.main()
