"""DataFrames in and out: empty frames, Categorical and string dtypes, other column names
(columns=, SDMX-CSV, Open SDG), the dtypes and categories of the result, NA, the GIL."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import zzplan

ENUMS = {"kind", "attribute", "status", "label", "projection_method"}


@pytest.fixture(scope="module")
def zhuzhou(root):
    return root / "examples/zhuzhou.toml", pd.read_csv(root / "examples/data/zhuzhou.csv")


def test_result_dtypes_and_categories(zhuzhou):
    plan, data = zhuzhou
    df = zzplan.evaluate(plan, data)
    assert list(df.columns) == zzplan.COLUMNS
    for name in ENUMS:
        assert isinstance(df[name].dtype, pd.CategoricalDtype), name
    # all the categories, whether or not they occur
    assert len(df["status"].cat.categories) == 16
    assert list(df["kind"].cat.categories)[-1] == "milestone"
    assert "数据不足" in df["label"].cat.categories and "提前实现" in df["label"].cat.categories
    assert list(df["projection_method"].cat.categories) == ["linear", "geometric"]
    assert list(df["attribute"].cat.categories) == ["expected", "binding"]
    for name in ("baseline_year", "target_year", "latest_year"):
        assert str(df[name].dtype) == "Int64"
    assert str(df["met"].dtype) == "boolean"
    assert df["schedule_ratio"].dtype == np.float64
    # NA where the command writes nothing: never a number it would not print
    tech = df.set_index("id").loc["tech_contribution"]
    assert pd.isna(tech["latest_value"]) and pd.isna(tech["latest_year"]) and pd.isna(tech["met"])
    assert tech["status"] == "insufficient_data"
    assert df["region"].iloc[0] == "株洲市"  # the plan's region, data without a region column
    assert df["notes"].map(lambda n: n is None or isinstance(n, str)).all()


def test_categorical_and_string_dtypes_give_the_same(zhuzhou):
    plan, data = zhuzhou
    expected = zzplan.evaluate(plan, data)
    for dtype in ("category", "string"):
        frame = data.astype({"indicator": dtype, "flag": dtype})
        pd.testing.assert_frame_equal(zzplan.evaluate(plan, frame), expected)
    # a Categorical with categories that no row has, in another order
    frame = data.copy()
    frame["indicator"] = pd.Categorical(frame["indicator"],
                                        categories=sorted(set(frame["indicator"]) | {"未用"},
                                                          reverse=True))
    pd.testing.assert_frame_equal(zzplan.evaluate(plan, frame), expected)
    # rows in another order, another index
    shuffled = data.sample(frac=1.0, random_state=7)
    pd.testing.assert_frame_equal(zzplan.evaluate(plan, shuffled), expected)


def test_regions_as_categorical_and_numbers(zhuzhou):
    plan, data = zhuzhou
    frame = pd.concat([data.assign(region="株洲市"), data.assign(region="湘潭市")])
    as_text = zzplan.evaluate(plan, frame)
    as_cat = zzplan.evaluate(plan, frame.astype({"region": "category"}))
    pd.testing.assert_frame_equal(as_text, as_cat)
    goals = as_text["kind"] != "milestone"  # milestones are the plan's, in its region
    assert list(as_text[goals]["region"].unique()) == ["株洲市", "湘潭市"]
    coded = zzplan.evaluate(plan, pd.concat([data.assign(region=430200), data.assign(region=430300)]))
    assert list(coded[goals]["region"].unique()) == ["430200", "430300"]


def test_empty_frames(zhuzhou):
    plan, _ = zhuzhou
    empty = pd.DataFrame({"indicator": pd.Series([], dtype=object),
                          "year": pd.Series([], dtype=np.int64),
                          "value": pd.Series([], dtype=np.float64)})
    with pytest.raises(zzplan.DataError, match="no rows, so the evaluation year is unknown"):
        zzplan.evaluate(plan, empty)
    df = zzplan.evaluate(plan, empty, as_of=2023)
    # no region column: the plan's region, every goal without data, and the milestones
    assert len(df) == 9 and (df["status"] == "insufficient_data").all()
    assert list(df.columns) == zzplan.COLUMNS
    # with a region column and no rows there is no region: the milestones only
    df = zzplan.evaluate(plan, empty.assign(region=pd.Series([], dtype=object)), as_of=2023)
    assert list(df["kind"]) == ["milestone", "milestone"]
    assert str(df["latest_year"].dtype) == "Int64" and isinstance(df["status"].dtype, pd.CategoricalDtype)


def test_a_plan_of_milestones_gives_typed_empty_goal_columns():
    plan = zzplan.Plan(name="p", base_year=2020, deadline=2025,
                       milestones=[zzplan.Milestone(id="m", name="全国文明城市", done=True, year=2023)])
    df = zzplan.evaluate(plan, pd.DataFrame({"indicator": ["x"], "year": [2021], "value": [1.0]}))
    assert len(df) == 1 and df["kind"].iloc[0] == "milestone" and bool(df["met"].iloc[0])


def test_columns_mapping(zhuzhou):
    plan, data = zhuzhou
    expected = zzplan.evaluate(plan, data)
    renamed = data.rename(columns={"indicator": "指标", "year": "年份", "value": "数值"})
    got = zzplan.evaluate(plan, renamed, columns={"指标": "indicator", "年份": "year", "数值": "value"})
    pd.testing.assert_frame_equal(got, expected)
    with pytest.raises(zzplan.DataError, match="does not have"):
        zzplan.evaluate(plan, renamed, columns={"指标X": "indicator"})


def test_sdmx_csv_layout(zhuzhou):
    plan, data = zhuzhou
    expected = zzplan.evaluate(plan, data.assign(region="株洲市"))
    sdmx = pd.DataFrame({
        "DATAFLOW": "CN:ZHUZHOU(1.0)", "REF_AREA": "株洲市", "INDICATOR": data["indicator"],
        "TIME_PERIOD": data["year"].astype(str), "OBS_VALUE": data["value"], "flag": data["flag"],
        "UNIT_MULT": 0})
    pd.testing.assert_frame_equal(zzplan.evaluate(plan, sdmx), expected)
    # the SERIES dimension when there is no INDICATOR one
    sdmx = sdmx.rename(columns={"INDICATOR": "SERIES"})
    pd.testing.assert_frame_equal(zzplan.evaluate(plan, sdmx), expected)


def test_open_sdg_layout(zhuzhou):
    plan, data = zhuzhou
    expected = zzplan.evaluate(plan, data)
    open_sdg = pd.DataFrame({"Year": data["year"], "Series": data["indicator"],
                             "Units": "", "flag": data["flag"], "Value": data["value"]})
    pd.testing.assert_frame_equal(zzplan.evaluate(plan, open_sdg), expected)


def test_the_gil_is_released_while_evaluating(zhuzhou):
    plan, data = zhuzhou
    zzplan.evaluate(plan, data)
    assert zzplan._core.gil_held_in_last_evaluation() is False


def test_threads_evaluate_at_once(zhuzhou):
    from concurrent.futures import ThreadPoolExecutor
    plan, data = zhuzhou
    expected = zzplan.evaluate(plan, data)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda m: zzplan.evaluate(plan, data, method=m), zzplan.METHODS * 2))
    for df in results:
        pd.testing.assert_frame_equal(df.drop(columns="status"), expected.drop(columns="status"))


def test_row_order_does_not_matter(zhuzhou):
    """Grouped series, a series split in two places, rows reversed: the same table."""
    plan, data = zhuzhou
    expected = zzplan.evaluate(plan, data)
    by_series = data.sort_values(["indicator", "year"])
    split = pd.concat([by_series.iloc[::2], by_series.iloc[1::2]])
    for frame in (by_series, split, data.iloc[::-1]):
        pd.testing.assert_frame_equal(zzplan.evaluate(plan, frame), expected)


def test_names_factorised_in_cpp_as_pandas_does():
    from zzplan import _core
    # runs, a name back after another, None and NaN, equal text in another object
    names = ["株洲", "株洲", "长沙", "株洲", None, "长沙", np.nan, "湘潭", "".join(["湘", "潭"]),
             "a", "a", None, None, "b"]
    column = pd.Series(names, dtype=object)
    f = _core.factorise_names(column.to_numpy())
    assert f is not None
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    assert np.array_equal(f.codes, codes)
    assert f.names == [u.encode() for u in uniques]
    # what it leaves to pd.factorize: numbers among names, pd.NA, surrogate-escaped bytes
    for odd in ([1, "a"], ["a", pd.NA], [b"ab\xffc".decode("utf-8", "surrogateescape")]):
        assert _core.factorise_names(pd.Series(odd, dtype=object).to_numpy()) is None
    assert _core.factorise_names(np.array([1.0, 2.0])) is None  # not an object column
