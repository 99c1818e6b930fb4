#!/usr/bin/env python3
"""Swarm-style bitstate runs of the emitted Promela, and the states they cover together.

For a state space too large to store, pan's bitstate mode (-DBITSTATE) searches with a bit
array of 2^w bits and misses states whose hash bits collide; swarm verification runs many
such searches, each with its own hash function (-h) and its own random order of processes
and transitions (-DP_RAND -DT_RAND, seed -RS), so that their union covers more than any one
of them at the same memory. Counting that union needs the states themselves: every pan here
is built with -DSVDUMP and run with -p<vector size>, which writes each state it stores to
m.pml.svd. The model must be small enough for an exhaustive run too: its dump is the
reference every bitstate run's states must come from (asserted), and its count the 100%.

    bench/checker/swarm.py [--runs K] [--w 20,22] [--variant NAME] [MODEL.yaml]
        (default: bench/vox_async_2.yaml, compliant variant, 8 runs at -w20 and -w22)

pan: spin -o2 -a; cc -O2 -DSAFETY -DNOREDUCE [-DBITSTATE -DP_RAND -DT_RAND] -DSVDUMP;
./pan -A -E [-w<w> -h<i> -RS<i>] -p<vector size>. Not a test: prints one table.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from codegen import cli, promela  # noqa: E402

BASE = ["-O2", "-DSAFETY", "-DNOREDUCE", "-DSVDUMP", "-w"]


def build(d: str, exe: str, flags: list[str]) -> str:
    subprocess.run(["cc", *BASE, *flags, "-o", exe, "pan.c"], cwd=d, check=True)
    return os.path.join(d, exe)


def search(d: str, exe: str, args: list[str]) -> tuple[int, int, float, set]:
    """(vector size, states stored, seconds, the stored states' hashes) of one pan run."""
    out = subprocess.run([exe, "-A", "-E", *args], cwd=d, capture_output=True, text=True, check=True).stdout
    vsize = int(re.search(r"State-vector (\d+) byte", out).group(1))
    stored = int(re.search(r"(\d+) states, stored", out).group(1))
    secs = float(re.search(r"elapsed time ([\d.e+-]+)", out).group(1))
    seen = set()
    with open(os.path.join(d, "m.pml.svd"), "rb") as f:
        while chunk := f.read(vsize * 65536):
            for i in range(0, len(chunk), vsize):
                seen.add(hash(chunk[i:i + vsize]))
    os.remove(os.path.join(d, "m.pml.svd"))
    return vsize, stored, secs, seen


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", nargs="?", default=os.path.join(ROOT, "bench", "vox_async_2.yaml"))
    ap.add_argument("--runs", type=int, default=8, help="bitstate runs per -w (default 8)")
    ap.add_argument("--w", default="20,22", help="comma-separated bit-array sizes, 2^w bits (default 20,22)")
    ap.add_argument("--variant", default=None, help="the system's variant (default: its first)")
    a = ap.parse_args()
    systems = []
    cli.build([a.model], systems)
    system = systems[0]
    variant = next((v for v in system.variants if a.variant in (None, v.name)), None)
    if variant is None:
        sys.exit(f"swarm: no variant {a.variant!r} in {a.model}")
    with tempfile.TemporaryDirectory(prefix="phasegen-swarm.") as d:
        with open(os.path.join(d, "m.pml"), "w", encoding="utf-8") as f:
            f.write(promela.promela(system, variant))
        subprocess.run(["spin", "-o2", "-a", "m.pml"], cwd=d, check=True, capture_output=True)
        full = build(d, "pan_full", [])
        bits = build(d, "pan_bits", ["-DBITSTATE", "-DP_RAND", "-DT_RAND"])
        vsize, _, _, _ = search(d, full, ["-p4"])  # the vector size, for the full dump
        _, total, secs, every = search(d, full, [f"-p{vsize}"])
        if len(every) != total:
            sys.exit(f"swarm: the exhaustive dump holds {len(every)} distinct vectors for {total} states")
        print(f"{system.name}, variant {variant.name}: {total:,} states exhaustively ({secs:.1f} s), "
              f"{vsize}-byte state vectors")
        print(f"{'-w':>4} {'run':>4} {'stored':>10} {'this run':>9} {'union':>10} {'covered':>9} {'s':>6}")
        for w in [int(x) for x in a.w.split(",")]:
            union: set = set()
            for i in range(1, a.runs + 1):
                _, stored, secs, seen = search(d, bits, [f"-w{w}", f"-h{i}", f"-RS{i}", f"-p{vsize}"])
                if not seen <= every:
                    sys.exit(f"swarm: run {i} at -w{w} stored a state the exhaustive search did not")
                union |= seen
                print(f"{w:>4} {i:>4} {stored:>10,} {len(seen) / total:>8.1%} {len(union):>10,} "
                      f"{len(union) / total:>8.2%} {secs:>6.1f}")
        print(f"runs: -h<i> -RS<i> for run i (hash function, random seed); covered: the union of runs 1..i "
              f"over the exhaustive count")


if __name__ == "__main__":
    main()
