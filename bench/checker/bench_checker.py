"""Checker benchmark: phasegen's generated C++ checker vs SPIN's pan on the same model.

For each model and variant: the C++ checker (symmetry off, then on) and pan compiled at its
best for an exhaustive search, -O3 -DSAFETY -DNOREDUCE -DNOBOUNDCHECK -DNOCOMP (full state
storage, no partial-order reduction), with a hash table sized to the states (-w) and on
transparent huge pages as the checker's visited set is, from the Promela phasegen emits; the checker is told the same (--states N, so that its visited set
starts at its final size instead of growing), and its speed-up without that is shown beside
("growing"). Both must store the same number of states (asserted: a fast figure cannot
come from skipped work). Times are the search times each tool reports itself (pan's
"elapsed time", the checker's report), best of --runs; process start-up is left out of
both. The checker runs with --skip-no-stuck, as pan checks no liveness either; it still
checks every safety property, which pan (run with -A) does not. Not a test.

usage: tools/bench-checker [--runs N] [--python] [MODEL.yaml ...]   (default: bench/*.yaml)
       tools/bench-checker [--channels 2,3,4,5] [--items 1,2,3,4] [--credit 1,2,3] [--runs N]
           the bundled system (spec/vox/system.yaml) with 2, 3, ... channels, or at 3 channels
           with more items or credit: growth, and how much symmetry reduction saves against the
           N! ceiling (compliant variant)
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from codegen import checker_cpp, cli, promela  # noqa: E402
from codegen.explore import Explorer  # noqa: E402


def build_checker(system, tmp):
    include = checker_cpp.write(system, tmp)
    exe = os.path.join(tmp, "checker.bin")
    subprocess.run(["g++", "-std=c++20", "-O2", "-pthread", "-I", include, "-I", os.path.join(ROOT, "runtime", "include"),
                    os.path.join(include, f"{system.name}.cpp"), "-o", exe], check=True)
    return exe


# pan at its best for an exhaustive search here (issue 11 measured them): -O3, safety only,
# no partial-order reduction (full storage, so both tools store the same states), no array
# bound checks, no state-vector compression; and a hash table sized to the state count.
PAN_FLAGS = ["-O3", "-DSAFETY", "-DNOREDUCE", "-DNOBOUNDCHECK", "-DNOCOMP"]
# The checker asks the kernel for transparent huge pages for its visited set (madvise); pan
# can have them too, through glibc's malloc (2.35 and later: its large blocks are then
# madvised; an older glibc ignores the setting). They help pan at 25 million states (about
# a tenth of its time) and slow it on others (vox_async_2: 12.4 -> 15 s), so pan runs both
# ways and keeps its best ("pages": which won).
PAN_HUGE = dict(os.environ, GLIBC_TUNABLES="glibc.malloc.hugetlb=1")
PAN_SETTINGS = "best of base and huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1)"


def pan_searched(d, states, runs):
    """pan's best search time and output: --runs runs each with base and with huge pages."""
    cmd = ["./pan", "-A", "-E", "-m100000", pan_w(states)]
    pattern = r"elapsed time ([\d.e+-]+) seconds"
    base = searched(cmd, d, runs, pattern)
    huge = searched(cmd, d, runs, pattern, PAN_HUGE)
    return (*huge, "huge") if huge[0] < base[0] else (*base, "base")


def pan_w(states: int) -> str:
    """pan's -w: a hash table of at least twice as many slots as states (2^w slots)."""
    return f"-w{max(10, (2 * states - 1).bit_length())}"


def build_pan(system, variant, tmp):
    d = os.path.join(tmp, f"pan-{variant.name}")
    os.makedirs(d)
    with open(os.path.join(d, "m.pml"), "w", encoding="utf-8") as f:
        f.write(promela.promela(system, variant))
    subprocess.run(["spin", "-o2", "-a", "m.pml"], cwd=d, check=True, capture_output=True)
    subprocess.run(["gcc", *PAN_FLAGS, "-w", "-o", "pan", "pan.c"], cwd=d, check=True)
    return d


def searched(cmd, cwd, runs, pattern, env=None):
    """Best search time over runs, as the tool reports it (pattern's group 1, seconds)."""
    best, out = None, ""
    for _ in range(runs):
        out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=True, env=env).stdout
        dt = max(float(re.search(pattern, out).group(1)), 1e-3)  # both print ~ms resolution
        best = dt if best is None else min(best, dt)
    return best, out


def scaled_system(tmp: str, channels: int = 2, items: int = 3, credit: int = 2) -> str:
    """spec/vox/system.yaml with `channels` channels (ch and peer counts), `items` sends per
    variant (the compliant peer's budget) and the channels' `credit`, as a file in tmp."""
    src = os.path.join(ROOT, "spec", "vox", "system.yaml")
    with open(src, encoding="utf-8") as f:
        text = f.read()
    name = f"vox_{channels}ch_{items}i_{credit}c"
    for old, new in [("count: 2,", f"count: {channels},"), ("system: vox_channels", f"system: {name}"),
                     ("event: send, budget: 3,", f"event: send, budget: {items},"),
                     ("params: {credit: 2}", f"params: {{credit: {credit}}}")]:
        assert old in text, old
        text = text.replace(old, new)
    for m in ("session", "rx_channel", "tx_channel"):
        text = text.replace(f"machine: {m}.yaml", f"machine: {os.path.join(ROOT, 'spec', 'vox', m)}.yaml")
    path = os.path.join(tmp, f"{name}.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def growth(axis: str, values: list[int], runs: int, base: dict):
    """One row per value of `axis` (channels, items or credit), the others as in `base`."""
    import math
    print(f"{axis:>8} {'states (sym off)':>16} {'states (sym on)':>15} {'reduction':>9} {'N!':>5} "
          f"{'time off':>9} {'2 thr':>7} {'time on':>8} {'Mstates/s':>9} {'B/state':>7} {'pan time':>9} {'pages':>5} "
          f"{'speed-up':>8} {'2 thr':>6} {'growing':>7}")
    for n in values:
        bounds = dict(base, **{axis: n})
        with tempfile.TemporaryDirectory() as tmp:
            systems = []
            cli.build([scaled_system(tmp, **bounds)], systems)
            system = systems[0]
            v = next(x for x in system.variants if x.name == "compliant")
            exe = build_checker(system, tmp)
            t_grow, out_off = searched([exe, "--variant", v.name, "--no-symmetry", "--skip-no-stuck"], tmp, runs,
                                       r"depth \d+, ([\d.]+) s")
            off = int(re.search(r"(\d+) states,", out_off).group(1))
            sized = ["--states", str(off)]  # what pan's -w is told: the state count
            t_off, _ = searched([exe, "--variant", v.name, "--no-symmetry", "--skip-no-stuck", *sized], tmp, runs,
                                r"depth \d+, ([\d.]+) s")
            t_two, _ = searched([exe, "--variant", v.name, "--no-symmetry", "--skip-no-stuck", "--threads", "2", *sized],
                                tmp, runs, r"depth \d+, ([\d.]+) s")
            t_on, out_on = searched([exe, "--variant", v.name, "--skip-no-stuck"], tmp, runs, r"depth \d+, ([\d.]+) s")
            on = int(re.search(r"(\d+) states,", out_on).group(1))
            bps = float(re.search(r"([\d.]+) bytes/state", out_off).group(1))
            d = build_pan(system, v, tmp)
            t_pan, out_pan, pages = pan_searched(d, off, runs)
            pan = int(re.search(r"(\d+) states, stored", out_pan).group(1))
            assert pan == off, f"{bounds}: phasegen {off} states, SPIN {pan}"
            print(f"{n:8d} {off:16,d} {on:15,d} {off / on:8.2f}x {math.factorial(bounds['channels']):5d} "
                  f"{t_off:8.3f}s {t_two:6.3f}s {t_on:7.3f}s {off / t_off / 1e6:9.2f} {bps:7.1f} {t_pan:8.3f}s {pages:>5} "
                  f"{t_pan / t_off:7.2f}x {t_pan / t_two:5.2f}x {t_pan / t_grow:6.2f}x")
    others = ", ".join(f"{k} {v}" for k, v in base.items() if k != axis)
    print(f"compliant variant, {others}; phasegen --skip-no-stuck, symmetry off, one thread (2 thr: --threads 2), "
          f"--states N, the state count, as pan's -w is sized to it (growing: the speed-up without --states, the set "
          f"growing from 2^16 slots; time on: symmetry on, without --states); SPIN {' '.join(PAN_FLAGS)}, {PAN_SETTINGS}; same state "
          "counts asserted; B/state: the checker's bytes/state, symmetry off, one thread, without --states; search "
          f"times as each tool reports them, best of {runs} runs")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("models", nargs="*")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--python", action="store_true", help="also time the Python explorer (slow)")
    p.add_argument("--channels", help="comma-separated channel counts: a growth table instead")
    p.add_argument("--items", help="comma-separated item budgets (3 channels): a growth table instead")
    p.add_argument("--credit", help="comma-separated credits (3 channels): a growth table instead")
    args = p.parse_args()
    tables = [(axis, getattr(args, axis)) for axis in ("channels", "items", "credit") if getattr(args, axis)]
    for k, (axis, values) in enumerate(tables):
        base = {"channels": 2 if axis == "channels" else 3, "items": 3, "credit": 2}
        if k:
            print()
        growth(axis, [int(x) for x in values.split(",")], args.runs, base)
    if tables:
        return
    models = args.models or sorted(glob.glob(os.path.join(ROOT, "bench", "*.yaml")))
    rows = []
    for model in models:
        systems = []
        cli.build([model], systems)
        system = systems[0]
        with tempfile.TemporaryDirectory() as tmp:
            exe = build_checker(system, tmp)
            for v in system.variants:
                t_grow, out = searched([exe, "--variant", v.name, "--no-symmetry", "--skip-no-stuck"], tmp,
                                       args.runs, r"depth \d+, ([\d.]+) s")
                ours = int(re.search(r"(\d+) states,", out).group(1))
                sized = ["--states", str(ours)]  # what pan's -w is told: the state count
                t_ours, _ = searched([exe, "--variant", v.name, "--no-symmetry", "--skip-no-stuck", *sized], tmp,
                                     args.runs, r"depth \d+, ([\d.]+) s")
                t_two, out_two = searched([exe, "--variant", v.name, "--no-symmetry", "--skip-no-stuck", "--threads",
                                           "2", *sized], tmp, args.runs, r"depth \d+, ([\d.]+) s")
                trans = int(re.search(r"(\d+) transitions,", out).group(1))
                assert int(re.search(r"(\d+) states,", out_two).group(1)) == ours
                bps = float(re.search(r"([\d.]+) bytes/state", out).group(1))
                t_sym, out_sym = searched([exe, "--variant", v.name, "--skip-no-stuck"], tmp, args.runs,
                                          r"depth \d+, ([\d.]+) s")
                sym = int(re.search(r"(\d+) states,", out_sym).group(1))
                d = build_pan(system, v, tmp)
                t_pan, out_pan, pages = pan_searched(d, ours, args.runs)
                pan = int(re.search(r"(\d+) states, stored", out_pan).group(1))
                # with -DNOCOMP pan prints only its total ("memory usage (Mbyte)")
                total = re.search(r"([\d.]+)\s+(?:total actual memory usage|memory usage \(Mbyte\))", out_pan)
                mem = re.search(r"([\d.]+)\s+actual memory usage for states", out_pan) or total
                assert ours == pan, f"{system.name} [{v.name}]: phasegen {ours} states, SPIN {pan}"
                row = {"model": f"{system.name} [{v.name}]", "states": ours, "ours_s": t_ours, "two_s": t_two,
                       "grow_s": t_grow, "pan_s": t_pan, "pages": pages,
                       "ratio": t_pan / t_ours, "trans": trans, "bps": bps, "pan_bps": float(mem.group(1)) * 2**20 / pan,
                       "pan_all": float(total.group(1)) * 2**20 / pan,
                       "sym_states": sym, "sym_s": t_sym}
                if args.python:
                    t0 = time.perf_counter()
                    r = Explorer(system, v, symmetry=False).run()
                    assert r.states == ours
                    row["py_s"] = time.perf_counter() - t0
                rows.append(row)
    print(f"{'model':31} {'states':>8} {'phasegen':>8} {'2 thr':>7} {'pan':>7} {'pages':>5} {'speed-up':>8} {'2 thr':>6} {'growing':>7} "
          f"{'Mstates/s':>9} {'Mtrans/s':>8} {'B/state':>7} {'pan B/st':>8} {'pan all':>7} {'symmetric':>9} {'sym time':>8}"
          + (f" {'python':>8}" if args.python else ""))
    for r in rows:
        print(f"{r['model']:31} {r['states']:8d} {r['ours_s']:7.3f}s {r['two_s']:6.3f}s {r['pan_s']:6.3f}s {r['pages']:>5} "
              f"{r['ratio']:7.2f}x {r['pan_s'] / r['two_s']:5.2f}x {r['pan_s'] / r['grow_s']:6.2f}x "
              f"{r['states'] / r['ours_s'] / 1e6:9.2f} "
              f"{r['trans'] / r['ours_s'] / 1e6:8.1f} {r['bps']:7.1f} {r['pan_bps']:8.1f} {r['pan_all']:7.0f} {r['sym_states']:9d} {r['sym_s']:7.3f}s"
              + (f" {r['py_s']:7.2f}s" if args.python else ""))
    print("phasegen = generated C++ checker, symmetry off, --skip-no-stuck, one thread (2 thr: --threads 2), --states N",
          "(the state count, as pan's -w is sized to it; growing: the speed-up without it, B/state too); pan = SPIN 6.5.2,",
          " ".join(PAN_FLAGS) + ", -w sized to twice the states, " + PAN_SETTINGS + ", spin -o2, -A -E; same state counts asserted; search times",
          "as each tool reports them, best of", args.runs, "runs")


if __name__ == "__main__":
    main()
