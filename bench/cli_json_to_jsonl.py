#!/usr/bin/env python3
"""The JSON or CSV of `zzplan evaluate --format json|csv` as JSON lines with the field names of
zzplan_bench_panel_eval and bench/pandas_eval.py, for `pandas_eval.py --check` (which compares
the fields both files have).

    python3 bench/cli_json_to_jsonl.py cli.json cli.jsonl
    python3 bench/cli_json_to_jsonl.py cli.csv cli.jsonl
"""
import csv
import json
import sys

RENAME = {"over_completion_absolute": "over_completion", "status": "cn_midterm"}
KEEP = [
    "region", "indicator", "kind", "met", "latest_year", "baseline_value", "latest_value", "target_value",
    "achievement_share", "time_elapsed", "expected_share", "schedule_ratio", "actual_rate", "required_rate",
    "rate_ratio", "required_rate_remaining", "projected_value", "projected_share", "years_to_target",
    "over_completion", "over_completion_relative", "cn_midterm",
]


def from_csv(src):
    """The CSV's cells as JSON values: numbers as numbers, empty as null, true/false as booleans."""
    def value(text):
        if text == "":
            return None
        if text in ("true", "false"):
            return text == "true"
        try:
            return int(text) if text.lstrip("-").isdigit() else float(text)
        except ValueError:
            return text
    with open(src, encoding="utf-8-sig", newline="") as f:
        return [{k: value(v) for k, v in row.items()} for row in csv.DictReader(f)]


def main(src, dst):
    if src.endswith(".csv"):
        assessments = from_csv(src)
    else:
        with open(src, encoding="utf-8") as f:
            assessments = json.load(f)["assessments"]
    with open(dst, "w", encoding="utf-8") as out:
        for a in assessments:
            a = {RENAME.get(k, k): v for k, v in a.items()}
            out.write(json.dumps({k: a.get(k) for k in KEEP}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
