"""An .xlsx workbook given by path is read as the command reads it without --sheet: its first
sheet, in any layout, with the command's messages for the workbook cases of the catalogue."""

import sys

import pandas as pd
import pytest

import zzplan
from zzplan import DataError


def _write_workbook(root, path, sheets):
    sys.path.insert(0, str(root / "tests/cli"))
    try:
        from make_xlsx_cases import write_workbook
    finally:
        sys.path.pop(0)
    write_workbook(str(path), sheets)


def _skip_without_excel(error):
    if "without Excel support" in str(error):
        pytest.skip("this build has no Excel support (liborcus)")


def test_workbook_gives_the_same_assessments_as_the_long_file(root, tmp_path):
    book = tmp_path / "zhuzhou.xlsx"
    # the figures of tests/data/layouts/zhuzhou_long.csv, as a yearbook sheet: a merged title, a
    # year as a number, a preliminary mark, a formula with its saved result
    _write_workbook(root, book, [
        ("表1", [["表1 株洲市主要经济指标", None, None, None], [], ["指标", "单位", 2021, "2022年"],
                 ["城镇化率", "%", 72.04, None],
                 ["地区生产总值", "亿元", "3420.3p", ("formula", "3616.81", 3616.81)],
                 [], ["资料来源：公开发布数据，逐项出处见 examples/data/SOURCES.md"]], ["A1:D1"])])
    plan = root / "tests/cli/good/plan.toml"
    try:
        got = zzplan.evaluate(plan, book)
    except DataError as e:
        _skip_without_excel(e)
        raise
    want = zzplan.evaluate(plan, root / "tests/data/layouts/zhuzhou_long.csv")
    pd.testing.assert_frame_equal(got, want)


@pytest.mark.parametrize("case", ["77_data_xlsx_formula_without_value",
                                  "78_data_xlsx_merged_cells_in_table",
                                  "80_data_xlsx_inline_strings",
                                  "81_data_xlsx_damaged_part"])
def test_workbook_case_of_the_catalogue(root, case):
    d = root / "tests/cli/bad" / case
    expect = (d / "expect").read_text(encoding="utf-8").strip()
    with pytest.raises(DataError) as caught:
        zzplan.evaluate(root / "tests/cli/good/plan.toml", d / "data.xlsx")
    _skip_without_excel(caught.value)
    assert str(caught.value) == str(d / "data.xlsx") + expect[len("data.xlsx"):]
