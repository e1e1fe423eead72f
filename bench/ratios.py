#!/usr/bin/env python3
"""Ratios typed / plain from a zzplan_bench_kinds JSON report (--benchmark_format=json or
--benchmark_out=FILE). Benchmarks are named typed/<kind> and plain/<kind>; with repetitions, the
median aggregate is used (else the single run). CPU time per iteration.

    python3 bench/ratios.py kinds.json [--target 1.05] [--markdown]

Exit status 0 whatever the ratios (a report, not a test); 2 if the file has no pairs.
"""
import argparse
import json
import statistics
import sys
from collections import defaultdict


def per_kind(report):
    runs = defaultdict(list)  # (side, kind) -> cpu times of the single runs
    medians = {}  # (side, kind) -> median aggregate
    for b in report["benchmarks"]:
        name = b.get("run_name", b["name"])
        if "/" not in name:
            continue
        side, kind = name.split("/", 1)
        if side not in ("typed", "plain"):
            continue
        t = b["cpu_time"]  # in b["time_unit"]; both sides share the unit
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "median":
                medians[(side, kind)] = t
        else:
            runs[(side, kind)].append(t)
    times = {k: statistics.median(v) for k, v in runs.items()}
    times.update(medians)
    unit = report["benchmarks"][0].get("time_unit", "ns") if report["benchmarks"] else "ns"
    return times, unit


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report")
    ap.add_argument("--target", type=float, default=1.05)
    ap.add_argument("--markdown", action="store_true", help="a Markdown table")
    args = ap.parse_args()
    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)
    times, unit = per_kind(report)
    kinds = [k for (s, k) in times if s == "typed" and ("plain", k) in times]
    kinds = list(dict.fromkeys(kinds))
    if not kinds:
        print("ratios.py: no typed/plain pairs in the report", file=sys.stderr)
        return 2
    rows = []
    for k in kinds:
        t, p = times[("typed", k)], times[("plain", k)]
        r = t / p
        rows.append((k, t, p, r, "met" if r <= args.target else "missed"))
    geo = statistics.geometric_mean([r[3] for r in rows])
    if args.markdown:
        print(f"| kind | typed ({unit}) | plain ({unit}) | typed / plain | target ≤ {args.target} |")
        print("|---|---:|---:|---:|---|")
        for k, t, p, r, v in rows:
            print(f"| {k} | {t:.1f} | {p:.1f} | {r:.3f} | {v} |")
        print(f"| geometric mean | | | {geo:.3f} | |")
    else:
        print(f"{'kind':<20} {'typed':>10} {'plain':>10} {'ratio':>7}  target <= {args.target}")
        for k, t, p, r, v in rows:
            print(f"{k:<20} {t:>8.1f}{unit} {p:>8.1f}{unit} {r:>7.3f}  {v}")
        print(f"{'geometric mean':<20} {'':>10} {'':>10} {geo:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
