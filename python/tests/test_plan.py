"""Plans built in Python: equal to the same plan read from TOML, written back as TOML, checked
with the rules and messages of plan files (PlanError naming the goal and key); plan files' own
errors with the command's message; check() and explain()."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import zzplan
from conftest import run_cli
from zzplan import Goal, Milestone, Plan, PlanError


def zhuzhou_in_python() -> Plan:
    """examples/zhuzhou.toml, written in Python."""
    return Plan(
        name="株洲市未来五年主要奋斗目标",
        name_en="Zhuzhou: main goals for the next five years",
        region="株洲市", base_year=2020, deadline=2026,
        goals=[
            Goal(id="billion_clusters", indicator="千亿产业集群", target="千亿产业集群：力争新增2-3个",
                 unit="个", attribute="expected", name_en="industrial clusters of 100 billion yuan"),
            Goal(id="tech_contribution", indicator="科技进步贡献率", target="科技进步贡献率：超过70%",
                 unit="%", attribute="expected", name_en="contribution of S&T progress"),
            Goal(id="trade_dependence", indicator="对外贸易依存度", target="对外贸易依存度：提高到15%",
                 unit="%", attribute="expected", name_en="foreign trade dependence"),
            Goal(id="gdp", indicator="全市经济总量", target="全市经济总量：从3000亿元迈上5000亿元台阶",
                 unit="亿元", attribute="expected", price_basis="nominal",
                 name_en="GDP (current prices)"),
            Goal(id="urbanization", indicator="全市常住人口城镇化率",
                 target="全市常住人口城镇化率：超过75%", unit="%", attribute="expected",
                 name_en="urbanization rate of residents"),
            Goal(id="income_growth", indicator="居民人均可支配收入", target="居民收入年均增长：8%以上",
                 unit="元/人", attribute="expected", price_basis="nominal",
                 name_en="per-capita disposable income"),
            Goal(id="energy_intensity", indicator="万元GDP能耗", target="万元GDP能耗下降：15%以上",
                 unit="吨标准煤/万元", attribute="binding", price_basis="constant:2020",
                 observed_as="yearly_change", name_en="energy use per 10,000 yuan of GDP"),
        ],
        milestones=[
            Milestone(id="rail_transit_cluster", name="世界级轨道交通装备产业集群",
                      name_en="a world-class rail-transit equipment cluster"),
            Milestone(id="civilized_city", name="全国文明城市", name_en="a national civilized city"),
        ])


def test_plan_built_in_python_equals_the_plan_file(root):
    from_file = Plan.from_toml(root / "examples/zhuzhou.toml")
    built = zhuzhou_in_python()
    assert built == from_file
    data = pd.read_csv(root / "examples/data/zhuzhou.csv")
    pd.testing.assert_frame_equal(zzplan.evaluate(built, data),
                                  zzplan.evaluate(root / "examples/zhuzhou.toml", data))
    assert zzplan.check(built) == zzplan.check(root / "examples/zhuzhou.toml")


@pytest.mark.parametrize("name", ["zhuzhou.toml", "fyp14.toml"])
def test_to_toml_reads_back_as_the_same_plan(root, name):
    plan = Plan.from_toml(root / "examples" / name)
    assert Plan.from_toml(plan.to_toml()) == plan
    assert Plan.from_toml(str(root / "examples" / name)) == plan


def test_to_toml_is_a_plan_file_for_the_command(cli, root, tmp_path):
    plan = zhuzhou_in_python()
    (tmp_path / "plan.toml").write_text(plan.to_toml(), encoding="utf-8")
    p = run_cli(cli, "check", str(tmp_path / "plan.toml"))
    assert p.returncode == 0, p.stderr.decode()
    q = run_cli(cli, "check", str(root / "examples/zhuzhou.toml"))
    assert p.stdout == q.stdout


def _goal(**changes) -> Goal:
    base = dict(id="urban", indicator="城镇化率", target="提高到75%", unit="%", attribute="expected")
    base.update(changes)
    return Goal(**base)


def _plan(*goals: Goal, **changes) -> Plan:
    base = dict(name="test", base_year=2020, deadline=2025, goals=list(goals))
    base.update(changes)
    return Plan(**base)


@pytest.mark.parametrize("changes,key,words", [
    (dict(target="提高到"), "target", "the target '提高到' is not understood at its end"),
    (dict(unit="公里"), "unit", "unit '公里' is not known"),
    (dict(attribute="maybe"), "attribute", "attribute 'maybe' of [[goal]] 'urban' is not known"),
    (dict(attribute=None), None, "[[goal]] 'urban' has no 'attribute'"),
    (dict(unit="亿元"), "unit", "is another kind of quantity"),
    (dict(direction="lower"), "direction", "means higher is better, but direction = \"lower\""),
    (dict(tolerance="5%"), "tolerance", "tolerance is only for 左右 bands and 同步 goals"),
    (dict(deadline=2019), "deadline", "deadline 2019 of [[goal]] 'urban' is not after the base year 2020"),
    (dict(baseline=float("nan")), "baseline", "must be a finite number, not nan or inf"),
    (dict(target=3), "target", "'target' in [[goal]] 'urban' must be a string"),
])
def test_goal_checked_as_a_plan_file(changes, key, words):
    with pytest.raises(PlanError) as caught:
        _plan(_goal(**changes))
    e = caught.value
    assert isinstance(e, ValueError)
    assert words in e.reason
    assert (e.goal, e.key) == ("urban", key)
    assert e.file is None
    where = "Plan goal 'urban'" + (f", key '{key}'" if key else "")
    assert str(e) == f"{where}: {e.reason}"


def test_plan_header_and_ids_checked():
    with pytest.raises(PlanError, match="deadline 2019 is not after base_year 2020") as caught:
        _plan(_goal(), deadline=2019)
    assert (caught.value.goal, caught.value.key) == (None, "deadline")
    with pytest.raises(PlanError, match="duplicate id 'urban'"):
        _plan(_goal(), _goal())
    with pytest.raises(PlanError, match="the plan has no goals"):
        _plan()
    with pytest.raises(PlanError, match="must be a year such as 2020"):
        _plan(_goal(), base_year="2020")
    with pytest.raises(TypeError):
        _plan("not a goal")


def test_the_same_message_as_the_command(cli, tmp_path):
    """A Python-built plan's error says what `zzplan check` says of its TOML."""
    plan_goal = _goal(target="增长到很多")
    with pytest.raises(PlanError) as caught:
        _plan(plan_goal)
    text = _plan(_goal()).to_toml().replace("提高到75%", "增长到很多")
    (tmp_path / "plan.toml").write_text(text, encoding="utf-8")
    p = run_cli(cli, "check", str(tmp_path / "plan.toml"))
    assert p.returncode == 2
    said = p.stderr.decode().strip()
    assert said.endswith(": " + caught.value.reason)


def test_plan_file_errors_are_the_commands(cli, root, tmp_path):
    bad = root / "tests/cli/bad"
    for case in sorted(d for d in bad.iterdir() if "_plan_" in d.name and (d / "plan.toml").exists()):
        if (case / "args").exists():
            continue
        expect = (case / "expect").read_text(encoding="utf-8").strip()
        target = tmp_path / case.name
        target.mkdir()
        (target / "plan.toml").write_bytes((case / "plan.toml").read_bytes())
        with pytest.raises(PlanError) as caught:
            Plan.from_toml(target / "plan.toml")
        e = caught.value
        assert str(e) == str(target / "plan.toml") + expect[len("plan.toml"):], case.name
        assert e.file == str(target / "plan.toml")


def test_check(root):
    goals = zzplan.check(root / "examples/zhuzhou.toml")
    by_id = {g["id"]: g for g in goals}
    assert by_id["urbanization"]["kind"] == "level"
    assert by_id["urbanization"]["target_level"] == 75.0
    assert by_id["urbanization"]["comparison"] == "more_than"
    assert by_id["energy_intensity"]["attribute"] == "binding"
    assert by_id["energy_intensity"]["price_year"] == 2020
    assert by_id["civilized_city"]["kind"] == "milestone"
    assert by_id["gdp"]["explain_en"].startswith("step")


@pytest.mark.parametrize("phrase", ["提高到15%", "万元GDP能耗下降15%以上", "居民收入年均增长8%以上",
                                    "力争新增2-3个", "与经济增长同步", "6%左右"])
def test_explain_is_the_commands_json(cli, phrase):
    p = run_cli(cli, "explain", phrase, "--format", "json")
    assert p.returncode == 0
    assert zzplan.explain(phrase) == json.loads(p.stdout)


def test_explain_not_understood():
    with pytest.raises(PlanError, match="is not understood") as caught:
        zzplan.explain("提高到")
    assert caught.value.column == 4
