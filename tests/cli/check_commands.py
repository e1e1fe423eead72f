#!/usr/bin/env python3
"""The commands and options of zzplan that work (CTest cli.commands).

Usage: check_commands.py ZZPLAN EXAMPLES_DIR WORK_DIR

check and explain; evaluate in every format, with --as-of, --region (a data file with a region
column: one assessment per goal and region), --lang en, and --output (the file is written, stdout
stays empty).
"""

import csv
import io
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_checks import expect, failures, run  # noqa: E402


def main():
    zzplan, examples, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    zz_plan, zz_data = os.path.join(examples, "zhuzhou.toml"), os.path.join(examples, "data/zhuzhou.csv")

    # check: every goal as understood
    out, _ = run([zzplan, "check", zz_plan, "--lang", "en"])
    for needle in ["[gdp]", "kind: step", "target as a level: 5000亿元 by 2026", "[income_growth]",
                   "price basis: current prices (nominal)", "kind: increment, aspirational",
                   "comparator: > (strict)", "direction: lower is better", "The plan is valid."]:
        expect(needle in out, f"check: no '{needle}' in\n{out}")
    out, _ = run([zzplan, "check", os.path.join(examples, "fyp14.toml")])
    expect("[income_in_step]" in out and "检查通过" in out, f"check fyp14:\n{out}")

    # explain: zh and en
    out, _ = run([zzplan, "explain", "下降15%以上"])
    expect("zh: 累计变化" in out and "en: cumulative change, at most −15%" in out, f"explain:\n{out}")
    out, _ = run([zzplan, "explain", "--format", "json", "千亿产业集群：力争新增2-3个"])
    reading = json.loads(out)
    expect(reading["name"] == "千亿产业集群" and reading["kind"] == "increment"
           and reading["value"] == 2 and reading["stretch"] == 3 and reading["unit"] == "个"
           and reading["modality"] == "aspirational" and reading["comparison"] is None,
           f"explain --format json:\n{out}")
    out, _ = run([zzplan, "explain", "--format", "json", "提高到七十五%"], expect_rc=2)
    reading = json.loads(out)
    expect(reading["offset"] == 9 and "a number" in reading["error"], f"explain --format json, bad:\n{out}")

    # explain --format json: the documented object for every kind
    fields = ["name", "kind", "comparison", "value", "unit", "stretch", "high", "from", "of", "per_year",
              "every_year", "tolerance", "modality", "price_basis", "reference", "typed", "explain"]
    kinds = {"对外贸易依存度：提高到15%": "level", "城镇调查失业率控制在5.5%以内": "ceiling",
             "全市经济总量：从3000亿元迈上5000亿元台阶": "step", "居民收入年均增长：8%以上": "average_growth",
             "万元GDP能耗下降：15%以上": "cumulative_change", "森林覆盖率提高2个百分点": "points_change",
             "翻一番": "multiple", "千亿产业集群：力争新增2-3个": "increment", "城镇化率65%至70%": "range",
             "国内生产总值年均增长6.5%左右": "band",
             "居民人均可支配收入增长与国内生产总值增长基本同步": "relative",
             "城镇新增就业五年累计5500万人以上": "cumulative_total"}
    for phrase, kind in kinds.items():
        out, _ = run([zzplan, "explain", "--format", "json", phrase])
        reading = json.loads(out)
        expect(list(reading) == fields and reading["kind"] == kind,
               f"explain --format json {phrase}: expected kind {kind} and the documented fields:\n{out}")
    band = json.loads(run([zzplan, "explain", "--format", "json", "国内生产总值年均增长6.5%左右"])[0])
    expect(band["of"] == "average_growth" and band["per_year"] is True and band["value"] == 6.5
           and "yearly average" in band["explain"]["en"], f"band on average growth: {band}")
    total = json.loads(run([zzplan, "explain", "--format", "json", "城镇新增就业五年累计5500万人以上"])[0])
    expect(total["name"] == "城镇新增就业" and total["comparison"] == "at_least" and total["unit"] == "万人"
           and total["typed"] == {"type": "quantity", "family": "persons", "value": 55000000.0, "in": "人"},
           f"cumulative total: {total}")
    pace = json.loads(run([zzplan, "explain", "--format", "json", "常住人口城镇化率每年提高1个百分点"])[0])
    expect(pace["kind"] == "points_change" and pace["per_year"] is True and pace["unit"] == "个百分点",
           f"yearly pace: {pace}")
    held = json.loads(run([zzplan, "explain", "--format", "json", "森林覆盖率稳定在59.9%以上"])[0])
    expect(held["name"] == "森林覆盖率" and held["every_year"] is True and held["comparison"] == "at_least",
           f"held level: {held}")
    out, _ = run([zzplan, "explain", "--format", "json", "经济增长保持在合理区间"], expect_rc=2)
    expect("milestone" in json.loads(out)["error"], f"qualitative: {out}")
    out, _ = run([zzplan, "explain", "--format", "json", "森林覆盖率稳固在59.9%以上"], expect_rc=2)
    expect("稳定在" in json.loads(out)["error"], f"unknown verb: {out}")

    # missing data is loud: a warning names the closest names the data has; --strict exits 2
    plan_t = os.path.join(work, "trade.toml")
    with open(plan_t, "w", encoding="utf-8") as f:
        f.write('[plan]\nname = "t"\nbase_year = 2020\ndeadline = 2025\n\n[[goal]]\nid = "trade"\n'
                'indicator = "对外贸易依存度"\ntarget = "提高到15%"\nunit = "%"\nattribute = "expected"\n')
    data_t = os.path.join(work, "trade.csv")
    with open(data_t, "w", encoding="utf-8") as f:
        f.write("indicator,year,value\n对外贸易依存率,2020,10\n对外贸易依存率,2021,11\n")
    out, err = run([zzplan, "evaluate", plan_t, data_t, "--format", "json", "--lang", "en"])
    expect("did you mean '对外贸易依存率'" in err, f"missing data: no warning naming the closest name:\n{err}")
    notes = json.loads(out)["assessments"][0]["notes"]
    expect(any("对外贸易依存率" in n for n in notes), f"missing data: not in the goal's notes: {notes}")
    out, err = run([zzplan, "evaluate", plan_t, data_t, "--strict"], expect_rc=2)
    expect(out == "" and "--strict" in err, f"--strict: {err}")

    # a wording against the indicator's direction is an error; a direction word orients a band
    with open(plan_t, "w", encoding="utf-8") as f:
        f.write('[plan]\nname = "t"\nbase_year = 2020\ndeadline = 2025\n\n[[goal]]\nid = "energy"\n'
                'indicator = "单位GDP能耗"\ntarget = "提高15%"\nunit = "吨标准煤/万元"\n'
                'attribute = "binding"\nprice_basis = "constant:2020"\n')
    _, err = run([zzplan, "check", plan_t], expect_rc=2)
    expect("lower is better" in err, f"direction contradiction: {err}")
    with open(plan_t, "w", encoding="utf-8") as f:
        f.write('[plan]\nname = "t"\nbase_year = 2020\ndeadline = 2025\n\n[[goal]]\nid = "energy"\n'
                'indicator = "单位GDP能耗"\ntarget = "降低20%左右"\nunit = "吨标准煤/万元"\n'
                'attribute = "binding"\nprice_basis = "constant:2020"\n')
    out, _ = run([zzplan, "check", plan_t, "--lang", "en"])
    expect("direction: lower is better" in out, f"band with a direction word:\n{out}")

    # evaluate: every format
    out, _ = run([zzplan, "evaluate", zz_plan, zz_data])
    expect("全市经济总量" in out and "进度评价" in out, f"text:\n{out}")
    out, _ = run([zzplan, "evaluate", zz_plan, zz_data, "--format", "markdown", "--lang", "en"])
    expect(out.startswith("# Zhuzhou") and "| " in out, f"markdown:\n{out}")
    out, _ = run([zzplan, "evaluate", zz_plan, zz_data, "--format", "csv"])
    rows = list(csv.reader(io.StringIO(out)))
    expect(rows and rows[0][0] == "id" and len(rows) == 10, f"csv: {len(rows)} rows")
    # the streamed CSV and JSON hold the same records
    doc = json.loads(run([zzplan, "evaluate", zz_plan, zz_data, "--format", "json"])[0])
    expect([r[0] for r in rows[1:]] == [a["id"] for a in doc["assessments"]], "csv and json: not the same ids")
    # the JSON keeps the documented order: the document's keys, and each assessment's as the CSV
    expect(list(doc) == ["plan", "as_of", "method", "assessments", "summary"], f"json keys: {list(doc)}")
    for a in doc["assessments"]:
        expect(list(a) == rows[0], f"json {a['id']}: fields not in the CSV's order")
    for row, a in zip(rows[1:], doc["assessments"]):
        for key, cell in zip(rows[0], row):
            v = a[key]
            if isinstance(v, float):
                expect(float(cell) == v, f"csv {a['id']}.{key}: {cell} != {v}")
            elif isinstance(v, bool):
                expect(cell == ("true" if v else "false"), f"csv {a['id']}.{key}: {cell} != {v}")
            elif isinstance(v, list):
                expect(cell == "; ".join(v), f"csv {a['id']}.{key}: notes differ")
            else:
                expect(cell == ("" if v is None else str(v)), f"csv {a['id']}.{key}: {cell!r} != {v!r}")
    out, _ = run([zzplan, "evaluate", zz_plan, zz_data, "--format", "json", "--as-of", "2022"])
    doc = json.loads(out)
    expect(doc["as_of"] == 2022, "--as-of 2022")
    gdp = next(a for a in doc["assessments"] if a["id"] == "gdp")
    expect(gdp["latest_year"] == 2022 and gdp["baseline_value"] == 3000, f"gdp as of 2022: {gdp}")

    # --output: the file, nothing on stdout
    target = os.path.join(work, "out.json")
    out, _ = run([zzplan, "evaluate", zz_plan, zz_data, "--format", "json", "--output", target])
    expect(out == "" and os.path.exists(target), "--output: stdout not empty or no file")
    # over an existing file: replaced whole (as CSV now), nothing left beside it; a second name of
    # the old file keeps the old text, as after a rename; a symbolic link is replaced by the file
    first = open(target, "rb").read()
    alias = os.path.join(work, "alias.json")
    os.link(target, alias)
    run([zzplan, "evaluate", zz_plan, zz_data, "--format", "csv", "--output", target])
    now = open(target, "rb").read()
    expect(now.startswith(b"id,region,") and now != first, "--output over a file: not replaced")
    expect(open(alias, "rb").read() == first, "--output over a file: its other name changed")
    expect(sorted(os.listdir(work)).count("out.json.zzplan-part") == 0, "--output: part file left")
    link = os.path.join(work, "link.csv")
    os.symlink(alias, link)
    run([zzplan, "evaluate", zz_plan, zz_data, "--format", "csv", "--output", link])
    expect(not os.path.islink(link) and open(link, "rb").read() == now
           and open(alias, "rb").read() == first, "--output over a symbolic link")
    # a directory in the way: refused, the directory and what it holds kept, no part file left
    folder = os.path.join(work, "folder.json")
    os.makedirs(folder)
    _, err = run([zzplan, "evaluate", zz_plan, zz_data, "--format", "json", "--output", folder],
                 expect_rc=2)
    expect("cannot write the output file" in err and os.path.isdir(folder)
           and not os.path.exists(folder + ".zzplan-part"), f"--output over a directory: {err}")

    # regions: one assessment per goal and region; --region picks one
    regional = os.path.join(work, "regions.csv")
    with open(regional, "w", encoding="utf-8") as f:
        f.write("region,indicator,year,value\n"
                "株洲市,全市常住人口城镇化率,2020,71.26\n株洲市,全市常住人口城镇化率,2022,73.1\n"
                "湘潭市,全市常住人口城镇化率,2020,63.2\n湘潭市,全市常住人口城镇化率,2022,64.9\n")
    out, _ = run([zzplan, "evaluate", zz_plan, regional, "--format", "json"])
    doc = json.loads(out)
    urban = [a for a in doc["assessments"] if a["id"] == "urbanization"]
    expect(sorted(a["region"] for a in urban) == ["株洲市", "湘潭市"], f"regions: {urban}")
    expect(len(doc["assessments"]) == 7 * 2 + 2, f"regions: {len(doc['assessments'])} assessments")
    out, _ = run([zzplan, "evaluate", zz_plan, regional, "--format", "json", "--region", "湘潭市"])
    doc = json.loads(out)
    expect({a["region"] for a in doc["assessments"] if a["kind"] != "milestone"} == {"湘潭市"}, "--region")

    # --help
    run([zzplan, "--help"])
    for f in failures:
        print("FAIL " + f)
    print(f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
