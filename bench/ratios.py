#!/usr/bin/env python3
"""Ratios typed / plain from a zzplan_bench_kinds JSON report (--benchmark_format=json or
--benchmark_out=FILE), per goal kind. The ratio judged against the target is the paired one:
paired/<kind> times both sides in alternating blocks and reports the median of the rounds'
ratios, with the median in the rounds of the fastest and the slowest third by the baseline's time
(the machine's two states). The ratio of typed/<kind> to plain/<kind>, each side's own loop (CPU
time), is shown beside it. With repetitions, the median aggregate is used (else the single run).

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


def paired(report):
    """kind -> counters of paired/<kind> (the median aggregate with repetitions)."""
    runs = defaultdict(list)
    medians = {}
    for b in report["benchmarks"]:
        name = b.get("run_name", b["name"])
        if not name.startswith("paired/") or "ratio" not in b:
            continue
        kind = name.split("/", 1)[1]
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "median":
                medians[kind] = b
        else:
            runs[kind].append(b)
    out = {}
    keys = ("typed_ns", "plain_ns", "ratio", "ratio_fast_third", "ratio_slow_third",
            "plain_ns_fast_third", "plain_ns_slow_third")
    for kind, bs in runs.items():
        out[kind] = {k: statistics.median(b[k] for b in bs) for k in keys if k in bs[0]}
    for kind, b in medians.items():
        out[kind] = {k: b[k] for k in keys if k in b}
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report")
    ap.add_argument("--target", type=float, default=1.05)
    ap.add_argument("--markdown", action="store_true", help="a Markdown table")
    args = ap.parse_args()
    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)
    times, unit = per_kind(report)
    pairs = paired(report)
    kinds = [k for (s, k) in times if s == "typed" and ("plain", k) in times]
    kinds = list(dict.fromkeys(kinds))
    if pairs:
        return paired_table(kinds, times, pairs, args)
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


# the order zzplan_bench_kinds registers them in (random interleaving shuffles the report's)
KINDS = ("level", "ceiling", "step", "average_growth", "cumulative_change", "points_change",
         "multiple", "increment", "range", "band")


def paired_table(kinds, times, pairs, args):
    order = sorted(set(kinds) | set(pairs),
                   key=lambda k: (KINDS.index(k) if k in KINDS else len(KINDS), k))
    rows = []
    for k in order:
        if k not in pairs:
            continue
        c = pairs[k]
        loops = times[("typed", k)] / times[("plain", k)] if ("typed", k) in times and (
            "plain", k) in times else None
        rows.append((k, c, loops))
    geo = statistics.geometric_mean([c["ratio"] for _, c, _ in rows])
    worst = max(max(c["ratio"], c.get("ratio_fast_third", 0), c.get("ratio_slow_third", 0))
                for _, c, _ in rows)
    met = sum(1 for _, c, _ in rows if c["ratio"] <= args.target)
    fmt_loops = lambda v: f"{v:.3f}" if v is not None else "-"
    if args.markdown:
        print(f"| kind | typed (ns) | plain (ns) | typed / plain, paired | fastest third | "
              f"slowest third | own loops | target ≤ {args.target} |")
        print("|---|---:|---:|---:|---:|---:|---:|---|")
        for k, c, loops in rows:
            v = "met" if c["ratio"] <= args.target else "missed"
            print(f"| {k} | {c['typed_ns']:.1f} | {c['plain_ns']:.1f} | {c['ratio']:.3f} | "
                  f"{c.get('ratio_fast_third', float('nan')):.3f} | "
                  f"{c.get('ratio_slow_third', float('nan')):.3f} | {fmt_loops(loops)} | {v} |")
        print(f"| geometric mean | | | {geo:.3f} | | | | {met} of {len(rows)} met |")
    else:
        print(f"{'kind':<20} {'typed':>9} {'plain':>9} {'paired':>7} {'fast':>7} {'slow':>7} "
              f"{'loops':>7}  target <= {args.target}")
        for k, c, loops in rows:
            v = "met" if c["ratio"] <= args.target else "missed"
            print(f"{k:<20} {c['typed_ns']:>7.1f}ns {c['plain_ns']:>7.1f}ns {c['ratio']:>7.3f} "
                  f"{c.get('ratio_fast_third', float('nan')):>7.3f} "
                  f"{c.get('ratio_slow_third', float('nan')):>7.3f} {fmt_loops(loops):>7}  {v}")
        print(f"{'geometric mean':<20} {'':>9} {'':>9} {geo:>7.3f}  {met} of {len(rows)} met; "
              f"highest third-median {worst:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
