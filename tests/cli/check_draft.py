#!/usr/bin/env python3
"""`zzplan draft` on the national main-indicator table (CTest cli.draft).

Usage: check_draft.py ZZPLAN SOURCE_DIR WORK_DIR

The transcribed table (tests/data/fyp14_main_indicators.csv) is drafted into a plan file; the
same table as TSV and in GB18030 drafts the same file; the rows the table gives no number for
are named on standard error with their line; the drafted plan passes `zzplan check` and
`zzplan evaluate` on the shipped national figures (examples/data/china.csv) assesses the
indicators whose names the data shares. A file that is neither UTF-8 nor GB18030, or a table
without a heading, exits 2.
"""

import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_checks import expect, failures, run  # noqa: E402


def main():
    zzplan, source, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    table = os.path.join(source, "tests/data/fyp14_main_indicators.csv")
    data = os.path.join(source, "examples/data/china.csv")
    plan = os.path.join(work, "fyp14_drafted.toml")

    _, err = run([zzplan, "draft", table, "--name", "十四五主要指标", "--region", "China",
                  "-o", plan])
    with open(plan, encoding="utf-8") as f:
        drafted = f.read()
    goals = drafted.count("[[goal]]")
    # 20 rows: GDP growth (保持在合理区间, no number) is refused; every other row is a goal
    expect(goals == 19, f"draft: {goals} goals, expected 19\n{drafted}")
    expect("fyp14_main_indicators.csv:3:" in err and "国内生产总值" in err and "no number" in err,
           f"draft: the GDP row (line 3) should be named with why:\n{err}")
    for needle in ['indicator = "人均预期寿命"\ntarget = "提高1岁"',
                   'indicator = "单位GDP能源消耗"\ntarget = "下降13.5%"',
                   'indicator = "粮食综合生产能力"\ntarget = "6.5亿吨以上"',
                   'indicator = "城镇调查失业率"\ntarget = "保持在5.5%以内"',
                   'indicator = "每万人口高价值发明专利拥有量"\ntarget = "达到12件"',
                   'unit = "件/万人口"', 'attribute = "binding"',
                   'baseline = { year = 2020, value = 10.8 }']:
        expect(needle in drafted, f"draft: no '{needle}' in\n{drafted}")

    # the same table as TSV, and in GB18030, drafts the same plan
    with open(table, encoding="utf-8") as f:
        text = f.read()
    tsv = os.path.join(work, "table.tsv")
    with open(tsv, "w", encoding="utf-8") as f:
        f.write("\n".join("\t".join(cell for cell in line.split(",")) for line in text.split("\n")))
    gb = os.path.join(work, "table_gb18030.csv")
    with open(gb, "wb") as f:
        f.write(text.encode("gb18030"))
    for other in (tsv, gb):
        out, _ = run([zzplan, "draft", other, "--name", "十四五主要指标", "--region", "China"])
        expect(out == drafted, f"draft {os.path.basename(other)}: not the same plan as the CSV's")

    # the drafted plan is valid and evaluates on real figures
    out, _ = run([zzplan, "check", plan, "--lang", "en"])
    expect("The plan is valid." in out, f"check of the drafted plan:\n{out}")
    out, err = run([zzplan, "evaluate", plan, data, "--as-of", "2025", "--format", "json"])
    try:
        result = json.loads(out)
    except ValueError:
        failures.append(f"evaluate of the drafted plan: no JSON\n{out}\n{err}")
        result = {}
    goals_out = result.get("assessments", [])
    assessed = {g["indicator"] for g in goals_out if g.get("status") not in (None, "insufficient_data")
                and g.get("latest_value") is not None}
    for name in ["人均预期寿命", "城镇调查失业率", "地表水达到或好于Ⅲ类水体比例",
                 "每千人口拥有执业（助理）医师数"]:
        expect(name in assessed, f"evaluate of the drafted plan: {name} not assessed ({sorted(assessed)})")
    expect("warning" in err or "警告" in err,
           f"evaluate of the drafted plan: the indicators without data should be warned of:\n{err}")

    # bad tables
    bad = os.path.join(work, "bad.csv")
    with open(bad, "wb") as f:
        f.write(b"\xff\xfe\x00\x01 not a table\n")
    run([zzplan, "draft", bad], expect_rc=2)
    with open(bad, "w", encoding="utf-8") as f:
        f.write("a,b,c\n1,2,3\n")
    _, err = run([zzplan, "draft", bad], expect_rc=2)
    expect("指标" in err, f"draft of a table without a heading:\n{err}")

    if failures:
        print("\n\n".join(failures))
        sys.exit(1)
    print("zzplan draft: ok")


if __name__ == "__main__":
    main()
