#!/usr/bin/env python3
"""Every value of the shipped data files comes out of `zzplan evaluate` as it went in.

For each data file, a plan is written with one goal per indicator (stated base 1 in 1999, so that
every year of the file is a latest value), evaluated at each year of the file with
`--format csv` and `--format json`; each goal's latest_value must be the file's value for that
year character for character, up to trailing zeros ("72.00" comes back as "72"). Lower bounds are
never point values, and indicators published as multi-year changes (a span column above 1) are
chained, not written back: both are left out, and counted.

usage: check_values_as_read.py ZZPLAN DATA.csv... (run from anywhere; writes into a temp dir)
"""
import csv
import json
import os
import subprocess
import sys
import tempfile


def normal(text: str) -> str:
    """A decimal as written, without a leading +, trailing zeros or a trailing point."""
    t = text.strip().lstrip("+")
    if "." in t and "e" not in t.lower():
        t = t.rstrip("0").rstrip(".")
    return "0" if t in ("", "-0") else t


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    zzplan, files = sys.argv[1], sys.argv[2:]
    failures, checked, left_out = [], 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        for data in files:
            rows = list(csv.DictReader(open(data, encoding="utf-8-sig")))
            multi = {r["indicator"] for r in rows if (r.get("span") or "1").strip() not in ("", "1")}
            expected = {}  # (region, indicator, year) -> value as written
            for r in rows:
                if r["indicator"] in multi or "lower_bound" in (r.get("flag") or ""):
                    left_out += 1
                    continue
                expected[(r.get("region") or "", r["indicator"], int(r["year"]))] = r["value"]
            indicators = sorted({k[1] for k in expected})
            plan = os.path.join(tmp, "values.toml")
            with open(plan, "w", encoding="utf-8") as f:
                f.write('[plan]\nname = "values as read"\nbase_year = 1999\ndeadline = 2200\n')
                for n, ind in enumerate(indicators):
                    f.write(f'[[goal]]\nid = "g{n}"\nindicator = {json.dumps(ind, ensure_ascii=False)}\n'
                            'target = "提高到1%"\nunit = "%"\nattribute = "expected"\n'
                            'baseline = { year = 1999, value = 1 }\n')
            for y in sorted({k[2] for k in expected}):
                out = {}
                for fmt in ("csv", "json"):
                    p = subprocess.run([zzplan, "evaluate", plan, data, "--as-of", str(y), "--format", fmt],
                                       capture_output=True, text=True)
                    if p.returncode != 0:
                        failures.append(f"{data} as of {y} ({fmt}): exit {p.returncode}: {p.stderr}")
                        continue
                    if fmt == "csv":
                        for rec in csv.DictReader(p.stdout.splitlines()):
                            out.setdefault((rec["region"], rec["id"], fmt), rec)
                    else:
                        # the JSON text, not a float: the number exactly as it was written out
                        doc = json.loads(p.stdout, parse_float=str)
                        for rec in doc["assessments"]:
                            out.setdefault((rec["region"] or "", rec["id"], fmt), rec)
                for (region, gid, fmt), rec in out.items():
                    ind = indicators[int(gid[1:])]
                    if str(rec["latest_year"]) != str(y):
                        continue
                    want = expected.get((region, ind, y))
                    if want is None:
                        continue
                    got = str(rec["latest_value"])
                    checked += 1
                    if normal(got) != normal(want):
                        failures.append(f"{data}: {ind} {y} ({fmt}): wrote {got}, read {want}")
    for f in failures:
        print(f, file=sys.stderr)
    print(f"check_values_as_read: {checked} values written as read, {len(failures)} not; "
          f"{left_out} rows left out (lower bounds, multi-year changes)")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
