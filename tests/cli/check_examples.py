#!/usr/bin/env python3
"""The shipped plans as JSON (CTest cli.examples_json).

Usage: check_examples.py ZZPLAN EXAMPLES_DIR

For examples/zhuzhou.toml + data/zhuzhou.csv and examples/fyp14.toml + data/china.csv, under every
method and both languages: `zzplan evaluate PLAN DATA --format json` exits 0; the document has
exactly the documented keys; every goal and milestone of the plan has an assessment with exactly
the fields of the schema; no number is NaN or infinite and no text says nan or inf.
"""

import json
import os
import re
import subprocess
import sys
import tomllib

TOP = {"plan", "as_of", "method", "assessments", "summary"}
FIELDS = [
    "id", "region", "indicator", "kind", "attribute", "unit", "baseline_year", "baseline_value",
    "target_year", "target_value", "latest_year", "latest_value", "met", "status", "label",
    "achievement_share", "time_elapsed", "expected_share", "schedule_ratio", "actual_rate",
    "required_rate", "rate_ratio", "required_rate_remaining", "required_per_year", "projected_value",
    "projection_method",
    "projected_share", "years_to_target", "over_completion_absolute", "over_completion_relative", "notes",
]
STATUSES = {
    "target_met", "on_track", "fair_progress", "acceleration_needed", "substantial_progress",
    "moderate_progress", "limited_progress", "stagnation_or_regression", "deterioration",
    "achieved_early", "faster_than_expected", "as_expected", "lagging", "achieved", "not_achieved",
    "insufficient_data",
}
PAIRS = [("zhuzhou.toml", "data/zhuzhou.csv"), ("fyp14.toml", "data/china.csv")]
METHODS = ["cn_midterm", "un2022", "un2023", "eurostat"]


def reject_constant(name):
    raise ValueError(f"non-finite number {name} in the JSON")


def check(zzplan, examples, plan, data, method, lang):
    where = f"{plan} {data} --method {method} --lang {lang}"
    p = subprocess.run([zzplan, "evaluate", os.path.join(examples, plan), os.path.join(examples, data),
                        "--format", "json", "--method", method, "--lang", lang], capture_output=True, timeout=120)
    errors = []
    if p.returncode != 0:
        return [f"{where}: exit code {p.returncode}: {p.stderr.decode(errors='replace')}"]
    text = p.stdout.decode("utf-8")
    if re.search(r"(?<![A-Za-z])(nan|inf|infinity)(?![A-Za-z])", text, re.IGNORECASE):
        errors.append(f"{where}: the output says nan or inf")
    try:
        doc = json.loads(text, parse_constant=reject_constant)
    except ValueError as e:
        return errors + [f"{where}: {e}"]
    if set(doc) != TOP:
        errors.append(f"{where}: top-level keys {sorted(doc)} are not {sorted(TOP)}")
    if doc.get("method") != method:
        errors.append(f"{where}: method is {doc.get('method')!r}")
    with open(os.path.join(examples, plan), "rb") as f:
        spec = tomllib.load(f)
    ids = [g["id"] for g in spec.get("goal", [])] + [m["id"] for m in spec.get("milestone", [])]
    got = [a.get("id") for a in doc.get("assessments", [])]
    if sorted(got) != sorted(ids):
        errors.append(f"{where}: assessments {got} are not the plan's goals {ids}")
    for a in doc.get("assessments", []):
        if list(a) != FIELDS and sorted(a) != sorted(FIELDS):
            missing = sorted(set(FIELDS) - set(a))
            extra = sorted(set(a) - set(FIELDS))
            errors.append(f"{where}: assessment {a.get('id')}: missing {missing}, extra {extra}")
        if a.get("status") not in STATUSES:
            errors.append(f"{where}: assessment {a.get('id')}: status {a.get('status')!r}")
        if not isinstance(a.get("notes"), list):
            errors.append(f"{where}: assessment {a.get('id')}: notes is not an array")
        if a.get("met") not in (True, False, None):
            errors.append(f"{where}: assessment {a.get('id')}: met is {a.get('met')!r}")
    return errors


def main():
    zzplan, examples = os.path.abspath(sys.argv[1]), sys.argv[2]
    errors = []
    runs = 0
    for plan, data in PAIRS:
        for method in METHODS:
            for lang in ("zh", "en"):
                errors += check(zzplan, examples, plan, data, method, lang)
                runs += 1
    for e in errors:
        print("FAIL " + e)
    print(f"{runs} runs, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
