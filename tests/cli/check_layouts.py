#!/usr/bin/env python3
"""Every layout and encoding the command reads gives the same assessments (CTest cli.layouts).

Usage: check_layouts.py ZZPLAN SOURCE_DIR WORK_DIR

The good plan (tests/cli/good/plan.toml) evaluated with --format csv on the same real figures as
a long CSV, a wide yearbook table in UTF-8 and in GB18030, SDMX-CSV and an .xlsx workbook (written
here, when the command reads workbooks) prints the same CSV; `data convert` of each prints the
long file; --layout and --encoding given say the same as recognised; --format xlsx -o writes a
workbook and nothing on stdout.
"""

import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_checks import expect, failures, run  # noqa: E402
from make_xlsx_cases import write_workbook  # noqa: E402


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    zzplan, root, work = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    layouts = os.path.join(root, "tests", "data", "layouts")
    for name in os.listdir(layouts):
        shutil.copyfile(os.path.join(layouts, name), os.path.join(work, name))
    shutil.copyfile(os.path.join(root, "tests", "cli", "good", "plan.toml"), os.path.join(work, "plan.toml"))
    files = ["zhuzhou_long.csv", "zhuzhou_wide.csv", "zhuzhou_wide_gb18030.csv", "zhuzhou_sdmx.csv"]
    # The same figures in a workbook: a merged title, a year as a number, a formula with its result.
    write_workbook(os.path.join(work, "zhuzhou.xlsx"), [
        ("说明", [["本表数据同 zhuzhou_long.csv"]], []),
        ("表1", [["表1 株洲市主要经济指标", None, None, None], [], ["指标", "单位", 2021, "2022年"],
                 ["城镇化率", "%", 72.04, None],
                 ["地区生产总值", "亿元", "3420.3p", ("formula", "3616.81", 3616.81)],
                 [], ["资料来源：公开发布数据，逐项出处见 examples/data/SOURCES.md"]], ["A1:D1"])])
    _, err = run([zzplan, "data", "convert", "zhuzhou.xlsx", "-", "--sheet", "表1"], work, expect_rc=None)
    reads_xlsx = "without Excel support" not in err
    want, _ = run([zzplan, "evaluate", "plan.toml", "zhuzhou_long.csv", "--format", "csv"], work)
    long_text = open(os.path.join(work, "zhuzhou_long.csv"), encoding="utf-8").read()
    cases = [[f] for f in files]
    cases += [["zhuzhou_wide_gb18030.csv", "--encoding", "gb18030", "--layout", "wide"],
              ["zhuzhou_sdmx.csv", "--layout", "sdmx", "--encoding", "utf-8"]]
    if reads_xlsx:
        cases.append(["zhuzhou.xlsx", "--sheet", "表1"])
    for case in cases:
        got, _ = run([zzplan, "evaluate", "plan.toml"] + case + ["--format", "csv"], work)
        if got != want:
            failures.append(f"{' '.join(case)}: the assessments differ from the long CSV's")
        converted, _ = run([zzplan, "data", "convert"] + case[:1] + ["-"] + case[1:], work)
        if case[0] != "zhuzhou_sdmx.csv" and converted != long_text:  # SDMX has a region column
            failures.append(f"data convert {case[0]}: not the long file:\n{converted}")
    if reads_xlsx:
        out, _ = run([zzplan, "evaluate", "plan.toml", "zhuzhou_wide.csv", "--format", "xlsx",
                              "-o", "results.xlsx"], work)
        if out:
            failures.append("--format xlsx -o: wrote on stdout")
        with open(os.path.join(work, "results.xlsx"), "rb") as f:
            if f.read(4) != b"PK\x03\x04":
                failures.append("--format xlsx: results.xlsx is not a workbook")
        run([zzplan, "report", "plan.toml", "zhuzhou.xlsx", "--sheet", "表1", "-o", "report.html",
                     "--xlsx", "report.xlsx"], work)
        for name in ("report.html", "report.xlsx"):
            if not os.path.exists(os.path.join(work, name)):
                failures.append(f"report --xlsx: {name} not written")
    for f in failures:
        print("FAIL " + f)
    print(f"{len(cases)} layouts read{' (no .xlsx: not built with it)' if not reads_xlsx else ''}; "
          f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
