#!/usr/bin/env python3
"""docs/performance.md §7: zzplan.evaluate (a DataFrame in, a DataFrame out) on the generated
panel, against `zzplan evaluate` on the same data and against bench/pandas_eval.py; wall clock,
medians of runs that alternate in one sitting, and the outputs checked equal.

    python3 bench/python_eval.py DIR ZZPLAN [--runs N]

DIR holds panel.csv, panel_plan.toml and panel_goals.json (zzplan_bench_gen_panel --csv
DIR/panel.csv --plan DIR/panel_plan.toml --goals DIR/panel_goals.json); ZZPLAN is the zzplan
command; the package zzplan must be importable (PYTHONPATH=build/<preset>/python). Each round
runs, in an order that rotates from round to round:

  command     ZZPLAN evaluate panel_plan.toml panel.csv --as-of 2024 --format csv --output cli.csv
              (a process: read the CSV, evaluate, write the CSV)
  python      zzplan.evaluate("panel_plan.toml", frame, as_of=2024), frame read once beforehand
              by pd.read_csv (DataFrame in, DataFrame out, in this process)
  python+csv  pd.read_csv("panel.csv") then zzplan.evaluate (from the file, in this process)
  pandas      python3 bench/pandas_eval.py panel.csv panel_goals.json pandas.jsonl (a process:
              read_csv, the evaluation in pandas, write JSON lines)

Checks: every field of zzplan.evaluate's DataFrame equals the command's CSV (numbers exactly),
and pandas_eval.py --check finds pandas' numbers equal to zzplan.evaluate's. Exit 1 if not.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

import zzplan

HERE = Path(__file__).resolve().parent


def same_as_csv(frame: pd.DataFrame, path: Path) -> str:
    """'' when every field equals the command's CSV cell, else the first difference."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], rows[1:]
    if header != list(frame.columns) or len(rows) != len(frame):
        return f"shape: {len(rows)} rows {header[:3]}... against {len(frame)}"
    for k, name in enumerate(header):
        column = frame[name]
        kind = str(column.dtype)
        values = column.tolist()
        for i, row in enumerate(rows):
            cell, value = row[k], values[i]
            if cell == "":
                ok = value is None or pd.isna(value)
            elif kind == "float64":
                ok = float(cell) == value
            elif kind == "Int64":
                ok = int(cell) == value
            elif kind == "boolean":
                ok = (cell == "true") == bool(value)
            else:
                ok = cell == str(value)
            if not ok:
                return f"row {i}, {name}: command {cell!r}, python {value!r}"
    return ""


def to_jsonl(frame: pd.DataFrame, path: Path) -> None:
    """The DataFrame as the JSON lines pandas_eval.py --check reads (cli_json_to_jsonl.py's)."""
    rename = {"over_completion_absolute": "over_completion", "status": "cn_midterm"}
    keep = ["region", "indicator", "kind", "met", "latest_year", "baseline_value", "latest_value",
            "target_value", "achievement_share", "time_elapsed", "expected_share",
            "schedule_ratio", "actual_rate", "required_rate", "rate_ratio",
            "required_rate_remaining", "projected_value", "projected_share", "years_to_target",
            "over_completion", "over_completion_relative", "cn_midterm"]
    goals = frame[frame["kind"] != "milestone"].rename(columns=rename)[keep]
    with open(path, "w", encoding="utf-8") as out:
        for row in goals.itertuples(index=False):
            d = {}
            for key, v in zip(keep, row):
                if v is None or (not isinstance(v, str) and pd.isna(v)):
                    d[key] = None
                elif isinstance(v, float):
                    d[key] = v if math.isfinite(v) else None
                elif hasattr(v, "item"):
                    d[key] = v.item()
                else:
                    d[key] = v
            out.write(json.dumps(d, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("zzplan", type=Path)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    d = args.dir
    plan, data, goals = d / "panel_plan.toml", d / "panel.csv", d / "panel_goals.json"

    t0 = time.perf_counter()
    frame = pd.read_csv(data)
    read_s = time.perf_counter() - t0
    result: dict = {}

    def run_command() -> None:
        subprocess.run([str(args.zzplan), "evaluate", str(plan), str(data), "--as-of", "2024",
                        "--format", "csv", "--output", str(d / "cli.csv")], check=True)

    def run_python() -> None:
        result["frame"] = zzplan.evaluate(plan, frame, as_of=2024)

    def run_python_csv() -> None:
        zzplan.evaluate(plan, pd.read_csv(data), as_of=2024)

    def run_pandas() -> None:
        p = subprocess.run([sys.executable, str(HERE / "pandas_eval.py"), str(data), str(goals),
                            str(d / "pandas.jsonl")], check=True, capture_output=True, text=True)
        result["pandas_phases"] = p.stderr.strip().splitlines()

    runs = {"command": run_command, "python": run_python, "python+csv": run_python_csv,
            "pandas": run_pandas}
    names = list(runs)
    times = {n: [] for n in names}
    for n in names:  # warm-up: files in the page cache, libraries loaded
        runs[n]()
    for r in range(args.runs):
        order = names[r % len(names):] + names[:r % len(names)]
        for n in order:
            t0 = time.perf_counter()
            runs[n]()
            times[n].append(time.perf_counter() - t0)

    med = {n: statistics.median(v) for n, v in times.items()}
    print(f"panel: {len(frame):,} rows, {frame['region'].nunique():,} regions; "
          f"{len(result['frame']):,} assessments; pd.read_csv once: {read_s:.3f} s")
    print(f"wall clock, median of {args.runs} alternating rounds (s): " +
          ", ".join(f"{n} {med[n]:.3f}" for n in names))
    for n in names:
        print(f"  {n}: " + " ".join(f"{t:.3f}" for t in times[n]))
    print(f"python / command: {med['python'] / med['command']:.2f} (target <= 1.5)")
    print(f"python+csv / command: {med['python+csv'] / med['command']:.2f}")
    print(f"pandas / python: {med['pandas'] / med['python']:.1f} (target >= 10)")
    print(f"pandas / python+csv: {med['pandas'] / med['python+csv']:.1f}")
    print("pandas_eval.py phases (last run): " + " | ".join(result.get("pandas_phases", [])))

    diff = same_as_csv(result["frame"], d / "cli.csv")
    print("check zzplan.evaluate against the command's CSV, every field: " + (diff or "identical"))
    to_jsonl(result["frame"], d / "python.jsonl")
    p = subprocess.run([sys.executable, str(HERE / "pandas_eval.py"), "--check",
                        str(d / "pandas.jsonl"), str(d / "python.jsonl")],
                       capture_output=True, text=True)
    print("check pandas_eval.py against zzplan.evaluate: " +
          (p.stdout + p.stderr).strip().splitlines()[-1])
    return 1 if diff or p.returncode != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
