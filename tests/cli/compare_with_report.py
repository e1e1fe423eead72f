#!/usr/bin/env python3
"""The zzplan command and the C++ main job give the same assessments (CTest cli.same_as_cpp).

Usage: compare_with_report.py ZZPLAN ZZPLAN_REPORT EXAMPLES_DIR

zzplan_report --format json prints one document per plan (Zhuzhou, then the national plan);
`zzplan evaluate examples/<plan>.toml examples/data/<data>.csv --format json` prints one. Under
every method and both languages, the documents must agree: plan name, as_of, method, the summary,
and every assessment field by field (numbers to 1e-9 relative). The only field allowed to differ
is `region`, which the C++ job leaves null and the plan files state ([plan] region); and the
command adds to a goal whose indicator has no rows in the data file a note that says so (the C++
job asks the data for each series by name and cannot tell), which is left out before comparing.
"""

import json
import math
import os
import subprocess
import sys

PLANS = [("zhuzhou.toml", "data/zhuzhou.csv"), ("fyp14.toml", "data/china.csv")]


def same(a, b, path, diffs):
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None or isinstance(a, str):
        if a != b:
            diffs.append(f"{path}: {a!r} != {b!r}")
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if not math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12):
            diffs.append(f"{path}: {a!r} != {b!r}")
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            diffs.append(f"{path}: {len(a)} items != {len(b)} items")
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}[{i}]", diffs)
    elif isinstance(a, dict) and isinstance(b, dict):
        if set(a) != set(b):
            diffs.append(f"{path}: keys {sorted(set(a) ^ set(b))} differ")
        for k in sorted(set(a) & set(b)):
            if k == "region" and (a[k] is None or b[k] is None):
                continue
            same(a[k], b[k], f"{path}.{k}", diffs)
    elif a != b:
        diffs.append(f"{path}: {a!r} != {b!r}")


MISSING = ("数据中没有指标", "the data has no rows for")


def without_missing_notes(doc):
    for a in doc.get("assessments", []):
        a["notes"] = [n for n in a.get("notes", []) if not n.startswith(MISSING)]
    return doc


def run(args):
    p = subprocess.run(args, capture_output=True, timeout=120)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(args)}: exit {p.returncode}\n{p.stderr.decode(errors='replace')}")
    return json.loads(p.stdout)


def main():
    zzplan, report, examples = sys.argv[1], sys.argv[2], sys.argv[3]
    diffs = []
    compared = 0
    for method in ("cn_midterm", "un2022", "un2023", "eurostat"):
        for lang in ("zh", "en"):
            cpp = run([report, "--format", "json", "--method", method, "--lang", lang])
            if len(cpp) != len(PLANS):
                diffs.append(f"zzplan_report printed {len(cpp)} documents, expected {len(PLANS)}")
                continue
            for (plan, data), doc in zip(PLANS, cpp):
                mine = run([zzplan, "evaluate", os.path.join(examples, plan), os.path.join(examples, data),
                            "--format", "json", "--method", method, "--lang", lang])
                same(without_missing_notes(mine), doc, f"{plan} {method} {lang}", diffs)
                compared += len(doc.get("assessments", []))
    for d in diffs:
        print("DIFF " + d)
    print(f"{compared} assessments compared, {len(diffs)} differences")
    return 1 if diffs or compared == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
