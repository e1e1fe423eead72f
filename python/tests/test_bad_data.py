"""Bad data raise DataError with the zzplan command's message, the row and the column: every case
of the command's bad-input catalogue (tests/cli/bad) that a DataFrame can have, read into a frame
as the file's text, and the same problems in frames of numbers (NaN, inf), of other dtypes and
with an index of labels."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import zzplan
from zzplan import DataError

# The catalogue's data cases and the column each is about. Left out, as a DataFrame cannot have
# them: a row with another number of fields than the header (39), an empty file (43) and an
# unknown column (51: a DataFrame's other columns are ignored, as SDMX-CSV and Open SDG need).
CASES = {
    "38_data_missing_column": "value",
    "40_data_non_numeric_value": "value",
    "41_data_nan_text": "value",
    "42_data_inf_text": "value",
    "44_data_invalid_utf8": "indicator",
    "45_data_year_out_of_range": "year",
    "46_data_year_not_a_number": "year",
    "47_data_duplicate_rows": None,
    "48_data_duplicate_rows_region": None,
    "49_data_unknown_flag": "flag",
    "50_data_empty_value": "value",
    "52_data_span_out_of_range": "span",
}
EXPECT = re.compile(r"^data\.csv(?::(\d+))?(?::(\d+))?: (.*)$")
# What differs between a file and a frame: "byte N" of the file or of the name, "line N" or "row N".
NUMBERS = re.compile(r"(byte|line|row) \d+")


# Cases of the other layouts, encodings and workbooks: a DataFrame has none of them; those the
# command reads with its default options are read by path here too (test_file_layout_case).
def _file_cases(root):
    return sorted(d.name for d in (root / "tests/cli/bad").iterdir()
                  if re.match(r"\d+_data_(wide|sdmx|mixed|gb18030|convert|xlsx)", d.name))


def test_every_data_case_of_the_catalogue_is_covered(root):
    data_cases = {d.name for d in (root / "tests/cli/bad").iterdir() if re.match(r"\d+_data_", d.name)}
    assert data_cases - set(CASES) - set(_file_cases(root)) == {
        "39_data_wrong_column_count", "43_data_empty_file", "51_data_unknown_column"}


def test_file_layout_case(root):
    """The catalogue's wide, SDMX and encoding cases read by path give the command's message."""
    read = 0
    for case in _file_cases(root):
        d = root / "tests/cli/bad" / case
        if (d / "args").exists() or not (d / "data.csv").exists():
            continue  # options (--layout, --encoding, data convert) or a workbook
        expect = (d / "expect").read_text(encoding="utf-8").strip()
        with pytest.raises(DataError) as caught:
            zzplan.evaluate(root / "tests/cli/good/plan.toml", d / "data.csv")
        assert str(caught.value) == str(d / "data.csv") + expect[len("data.csv"):], case
        read += 1
    assert read >= 7


@pytest.mark.parametrize("case", sorted(CASES))
def test_catalogue_case(root, case):
    d = root / "tests/cli/bad" / case
    plan = d / "plan.toml" if (d / "plan.toml").exists() else root / "tests/cli/good/plan.toml"
    expect = (d / "expect").read_text(encoding="utf-8").strip()
    line, _, reason = EXPECT.match(expect).groups()
    # the frame holds the file's text, as pandas reads a CSV of strings
    frame = pd.read_csv(d / "data.csv", dtype=str, keep_default_na=False,
                        encoding_errors="surrogateescape")
    with pytest.raises(DataError) as caught:
        zzplan.evaluate(plan, frame)
    e = caught.value
    assert isinstance(e, ValueError)
    if case in ("44_data_invalid_utf8", "47_data_duplicate_rows", "48_data_duplicate_rows_region"):
        assert NUMBERS.sub("<place>", e.reason) == NUMBERS.sub("<place>", reason)
    else:
        assert e.reason == reason  # the command's words exactly
    assert e.column == CASES[case]
    if case == "38_data_missing_column":
        assert e.row is None
    else:
        assert e.row == int(line) - 2  # line 2 of the file is the frame's row 0
        assert e.index == e.row
    assert e.file is None and e.line is None
    assert str(e).startswith("DataFrame")
    assert str(e).endswith(e.reason)
    # and the file itself gives the command's message exactly, file and line
    with pytest.raises(DataError) as from_file:
        zzplan.evaluate(plan, d / "data.csv")
    assert str(from_file.value) == str(d / "data.csv") + expect[len("data.csv"):]
    assert from_file.value.line == (int(line) if line else None)


def _frame(**changes):
    base = {"indicator": ["城镇化率", "城镇化率", "城镇化率"], "year": [2020, 2021, 2022],
            "value": [71.26, 72.04, 72.9]}
    base.update(changes)
    return pd.DataFrame(base)


PLAN = """[plan]
name = "test"
base_year = 2020
deadline = 2025

[[goal]]
id = "urban"
indicator = "城镇化率"
target = "提高到75%"
unit = "%"
attribute = "expected"
"""


def _raises(frame, **kwargs) -> DataError:
    with pytest.raises(DataError) as caught:
        zzplan.evaluate(PLAN, frame, **kwargs)
    return caught.value


def test_nan_value_is_a_gap_to_leave_out():
    e = _raises(_frame(value=[71.26, np.nan, 72.9]))
    assert (e.row, e.column) == (1, "value")
    assert e.reason == "empty value; for a gap in the data leave the row out"
    assert str(e) == "DataFrame row 1, column 'value': " + e.reason


@pytest.mark.parametrize("bad,text", [(np.inf, "inf"), (-np.inf, "-inf")])
def test_infinite_value(bad, text):
    e = _raises(_frame(value=[71.26, 72.04, bad]))
    assert (e.row, e.column) == (2, "value")
    assert e.reason.startswith(f"value '{text}' is not a finite number")


def test_non_numeric_value_in_an_object_column():
    e = _raises(_frame(value=[71.26, "72.04%", 72.9]))
    assert (e.row, e.column) == (1, "value")
    assert e.reason.startswith("value '72.04%' is not a finite number; write digits")


def test_missing_column():
    e = _raises(_frame().drop(columns=["year"]))
    assert (e.row, e.column) == (None, "year")
    assert "missing column 'year'" in str(e)


def test_duplicate_rows_name_both_rows():
    e = _raises(_frame(year=[2020, 2021, 2020]))
    assert e.row == 2
    assert e.reason == "duplicate row for (城镇化率, 2020) also on row 0; keep one"


def test_unknown_flag_and_flags_that_are_known():
    e = _raises(_frame(flag=[None, "estimate", "provisional"]))
    assert (e.row, e.column) == (1, "flag")
    assert e.reason.startswith("unknown flag 'estimate'")
    ok = zzplan.evaluate(PLAN, _frame(flag=[None, "", "provisional|revised"]))
    assert len(ok) == 1


def test_non_utf8_names():
    # bytes that are not UTF-8, and a str holding them surrogate-escaped (as read with
    # encoding_errors="surrogateescape")
    for bad in (b"\xff\xfe", b"ab\xffc".decode("utf-8", "surrogateescape")):
        e = _raises(_frame(indicator=["城镇化率", bad, "城镇化率"]))
        assert (e.row, e.column) == (1, "indicator")
        assert e.reason.startswith("invalid UTF-8 (byte ")
    e = _raises(_frame(region=["株洲市", "株洲市", b"\xc3"]))
    assert (e.row, e.column) == (2, "region")


def test_empty_or_missing_indicator():
    for bad in (None, ""):
        e = _raises(_frame(indicator=["城镇化率", "城镇化率", bad]))
        assert (e.row, e.column) == (2, "indicator")
        assert e.reason == "empty indicator name"


def test_years():
    assert _raises(_frame(year=[2020, 2021.5, 2022])).reason == \
        "year '2021.5' is not a whole number such as 2021"
    assert _raises(_frame(year=[2020, 2021, 1850])).reason == "year 1850 is out of range (1900 to 2200)"
    assert _raises(_frame(year=[2020, None, 2022])).column == "year"
    # whole floats and nullable integers are years
    assert len(zzplan.evaluate(PLAN, _frame(year=[2020.0, 2021.0, 2022.0]))) == 1
    assert len(zzplan.evaluate(PLAN, _frame(year=pd.array([2020, 2021, 2022], dtype="Int64")))) == 1


def test_span():
    e = _raises(_frame(span=[1, 0, 1]))
    assert (e.row, e.column) == (1, "span")
    assert e.reason == "span '0' must be a whole number of years from 1 to 50"
    assert len(zzplan.evaluate(PLAN, _frame(span=[np.nan, 1, 2]))) == 1


def test_errors_name_the_index_label_and_the_frames_own_column():
    frame = _frame(value=[71.26, np.nan, 72.9]).rename(columns={"value": "数值"})
    frame.index = ["a", "b", "c"]
    e = _raises(frame, columns={"数值": "value"})
    assert (e.row, e.index, e.column) == (1, "b", "数值")
    assert str(e) == "DataFrame row 1 (index 'b'), column '数值': " + e.reason


def test_region_not_in_the_data():
    e = _raises(_frame(region=["株洲市"] * 3), region="湘潭市")
    assert "'湘潭市' is not in the data's region column" in str(e)


def test_bad_plans_raise_plan_error_first(root):
    with pytest.raises(zzplan.PlanError):
        zzplan.evaluate(PLAN.replace("提高到75%", "提高到"), _frame())
    with pytest.raises(zzplan.PlanError) as caught:
        zzplan.evaluate(root / "no such plan.toml", _frame())
    assert str(caught.value).endswith("cannot open the file; check the path")


def test_wrong_arguments():
    with pytest.raises(ValueError, match="method 'un2030' is not known"):
        zzplan.evaluate(PLAN, _frame(), method="un2030")
    with pytest.raises(ValueError, match="lang"):
        zzplan.evaluate(PLAN, _frame(), lang="fr")
    with pytest.raises(TypeError):
        zzplan.evaluate(PLAN, [1, 2, 3])
    with pytest.raises(ValueError, match="columns= maps 'x' to 'years'"):
        zzplan.evaluate(PLAN, _frame(), columns={"x": "years"})
