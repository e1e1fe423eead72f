"""zzplan.evaluate gives the numbers of `zzplan evaluate --format csv`, field by field: the shipped
plans under all four methods in both languages, from a DataFrame and from the file, and a
generated panel of many regions."""

from __future__ import annotations

import pandas as pd
import pytest

import zzplan
from conftest import assert_same_as_csv, command_csv

SHIPPED = [("examples/zhuzhou.toml", "examples/data/zhuzhou.csv"),
           ("examples/fyp14.toml", "examples/data/china.csv")]


@pytest.mark.parametrize("lang", zzplan.LANGS)
@pytest.mark.parametrize("method", zzplan.METHODS)
@pytest.mark.parametrize("plan,data", SHIPPED)
def test_shipped_plan_from_a_dataframe(cli, root, plan, data, method, lang):
    expected = command_csv(cli, root / plan, root / data, "--method", method, "--lang", lang)
    frame = pd.read_csv(root / data)
    got = zzplan.evaluate(root / plan, frame, method=method, lang=lang)
    assert assert_same_as_csv(got, expected) == len(zzplan.COLUMNS) * len(got)
    assert got.attrs == {"as_of": int(frame["year"].max()), "method": method}


@pytest.mark.parametrize("plan,data", SHIPPED)
def test_shipped_plan_from_the_files_and_as_of(cli, root, plan, data):
    for as_of in (2021, 2023):
        expected = command_csv(cli, root / plan, root / data, "--as-of", str(as_of))
        got = zzplan.evaluate(str(root / plan), str(root / data), as_of=as_of)
        assert_same_as_csv(got, expected)


def test_plan_text_and_plan_object_give_the_same(root):
    path = root / "examples/zhuzhou.toml"
    data = pd.read_csv(root / "examples/data/zhuzhou.csv")
    by_path = zzplan.evaluate(path, data)
    by_text = zzplan.evaluate(path.read_text(encoding="utf-8"), data)
    by_plan = zzplan.evaluate(zzplan.Plan.from_toml(path), data)
    pd.testing.assert_frame_equal(by_path, by_text)
    pd.testing.assert_frame_equal(by_path, by_plan)


@pytest.fixture(scope="module")
def panel(gen_panel, tmp_path_factory):
    """A generated panel of 60 regions × 20 indicators (bench/synthetic_panel.hpp) and its plan."""
    import subprocess
    d = tmp_path_factory.mktemp("panel")
    subprocess.run([str(gen_panel), "--regions", "60", "--csv", str(d / "panel.csv"),
                    "--goals", str(d / "goals.json"), "--plan", str(d / "plan.toml")],
                   check=True, capture_output=True)
    return d


@pytest.mark.parametrize("method", zzplan.METHODS)
def test_generated_panel(cli, panel, method):
    expected = command_csv(cli, panel / "plan.toml", panel / "panel.csv", "--method", method,
                           "--as-of", "2024")
    frame = pd.read_csv(panel / "panel.csv")
    got = zzplan.evaluate(panel / "plan.toml", frame, method=method, as_of=2024)
    assert len(got) == 60 * 20
    assert got["region"].nunique() == 60
    assert_same_as_csv(got, expected)


def test_generated_panel_one_region(cli, panel):
    frame = pd.read_csv(panel / "panel.csv")
    region = frame["region"].iloc[0]
    expected = command_csv(cli, panel / "plan.toml", panel / "panel.csv", "--region", region)
    got = zzplan.evaluate(panel / "plan.toml", frame, region=region)
    assert set(got["region"]) == {region}
    assert_same_as_csv(got, expected)


LAYOUTS = ["tests/data/layouts/zhuzhou_long.csv", "tests/data/layouts/zhuzhou_wide.csv",
           "tests/data/layouts/zhuzhou_wide_gb18030.csv", "tests/data/layouts/zhuzhou_sdmx.csv"]


@pytest.mark.parametrize("data", LAYOUTS)
def test_every_layout_by_path_gives_the_command_numbers(cli, root, data):
    plan = root / "tests/cli/good/plan.toml"
    expected = command_csv(cli, plan, root / data)
    got = zzplan.evaluate(plan, root / data)
    assert_same_as_csv(got, expected)
    # the same figures in every layout: the same assessments
    assert_same_as_csv(zzplan.evaluate(plan, root / LAYOUTS[0]), expected)
