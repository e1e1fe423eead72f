"""Plans built in Python (Plan, Goal, Milestone) and read from TOML, checked by the C++ core.

A Plan is checked when it is made, by the same code and with the same messages as a plan file:
it is written as the TOML of a plan file (Plan.to_toml) and read back by the core, so no rule of
a plan file is written a second time here. A problem raises PlanError naming the goal and the key.
"""

from __future__ import annotations

import math
import numbers
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, List, Optional, Tuple, Union

from . import _core
from ._errors import PYTHON_PLAN, PlanError

PathOrText = Union[str, "os.PathLike[str]"]


def _toml_string(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_value(v: Any) -> str:
    """A Python value as TOML writes it: the core then checks its type as it checks a file's."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, numbers.Integral):
        return str(int(v))
    if isinstance(v, numbers.Real):
        x = float(v)
        if math.isnan(x):
            return "nan"
        if math.isinf(x):
            return "inf" if x > 0 else "-inf"
        return repr(x)
    if isinstance(v, str):
        return _toml_string(v)
    raise TypeError(f"a plan holds strings, numbers and true/false, not {type(v).__name__}: {v!r}")


@dataclass(frozen=True)
class Goal:
    """One goal of a plan: a [[goal]] table of a plan file, with the same keys.

    Every argument is what the plan file's key of the same name holds (see docs/method.md §3 for
    the target phrases); None leaves the key out. Required by the checks: id, indicator, target,
    unit and attribute ("expected" 预期性 or "binding" 约束性).

    Args:
        id: unique in the plan, e.g. "gdp".
        indicator: the indicator's name in the data's indicator column.
        target: the target phrase as the plan words it, e.g. "提高到15%".
        unit: the unit of the data, e.g. "%" or "亿元" (see `zzplan units`).
        attribute: "expected" or "binding".
        name, name_en: the goal's name (default: the indicator) and its English name.
        baseline: the base year's value as the plan states it (a number in the data's unit).
        deadline: the goal's own deadline (default: the plan's).
        direction: "higher" or "lower" is better, when the wording does not say.
        price_basis: "nominal", "real" or "constant:2020" (money).
        observed_as: "level" or "yearly_change" (what the data hold).
        reference: the indicator a relative goal (与…同步) compares with.
        reference_observed_as: what the reference's data hold.
        tolerance: a band's ("5%") or a relative goal's ("1个百分点") tolerance.
    """

    id: Optional[str] = None
    indicator: Optional[str] = None
    target: Optional[str] = None
    unit: Optional[str] = None
    attribute: Optional[str] = None
    name: Optional[str] = None
    name_en: Optional[str] = None
    baseline: Optional[float] = None
    deadline: Optional[int] = None
    direction: Optional[str] = None
    price_basis: Optional[str] = None
    observed_as: Optional[str] = None
    reference: Optional[str] = None
    reference_observed_as: Optional[str] = None
    tolerance: Optional[str] = None


@dataclass(frozen=True)
class Milestone:
    """A qualitative goal (定性目标): a [[milestone]] table of a plan file, with the same keys.

    Args:
        id: unique in the plan.
        name, name_en: what is to be done, e.g. "全国文明城市".
        attribute: "expected" (the default of a plan file) or "binding".
        deadline: its own deadline (default: the plan's).
        done: True or False; None when not known.
        year: the year it was done (with done=True).
        evidence: where that is said.
    """

    id: Optional[str] = None
    name: Optional[str] = None
    name_en: Optional[str] = None
    attribute: Optional[str] = None
    deadline: Optional[int] = None
    done: Optional[bool] = None
    year: Optional[int] = None
    evidence: Optional[str] = None


_GOAL_KEYS = [f.name for f in fields(Goal)]
_MILESTONE_KEYS = [f.name for f in fields(Milestone)]
_PLAN_KEYS = ["name", "name_en", "region", "base_year", "deadline"]


@dataclass(frozen=True)
class Plan:
    """A plan: its name, base year, deadline, goals and milestones, checked when it is made.

    Plan(name, base_year, deadline, goals=[Goal(...)], milestones=[Milestone(...)]) is the plan
    file that Plan.to_toml() writes, and is checked as `zzplan check` checks that file: the
    target phrases are read, units and price bases checked, each goal built with its types. A
    problem raises PlanError with the command's message, naming the goal (.goal) and the key
    (.key). Plans compare equal when they say the same; Plan.from_toml reads a plan file.

    Args:
        name: the plan's name, e.g. "株洲市未来五年主要奋斗目标".
        base_year: the base year, e.g. 2020.
        deadline: the target year, e.g. 2025.
        goals: the goals (Goal), in order.
        milestones: the qualitative goals (Milestone), in order.
        name_en: its English name.
        region: the region the plan is for (the region of data without a region column).
    """

    name: Optional[str] = None
    base_year: Optional[int] = None
    deadline: Optional[int] = None
    goals: Tuple[Goal, ...] = ()
    milestones: Tuple[Milestone, ...] = ()
    name_en: Optional[str] = None
    region: Optional[str] = None
    _spec: Any = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "goals", tuple(self.goals))
        object.__setattr__(self, "milestones", tuple(self.milestones))
        for g in self.goals:
            if not isinstance(g, Goal):
                raise TypeError(f"goals holds Goal objects, not {type(g).__name__}")
        for m in self.milestones:
            if not isinstance(m, Milestone):
                raise TypeError(f"milestones holds Milestone objects, not {type(m).__name__}")
        text, places = self._toml()
        try:
            spec = _core.parse_plan(text.encode("utf-8", "surrogateescape"), PYTHON_PLAN)
        except PlanError as e:
            raise _located(e, places) from None
        object.__setattr__(self, "_spec", spec)

    def _toml(self) -> Tuple[str, List[Tuple[Optional[str], Optional[str]]]]:
        """The plan file's text, and for each of its lines the (goal id, key) it writes."""
        lines: List[str] = []
        places: List[Tuple[Optional[str], Optional[str]]] = []

        def put(line: str, goal: Optional[str], key: Optional[str]) -> None:
            lines.append(line)
            places.append((goal, key))

        put("[plan]", None, None)
        for key in _PLAN_KEYS:
            v = getattr(self, key)
            if v is not None:
                put(f"{key} = {_toml_value(v)}", None, key)
        for g in self.goals:
            put("", None, None)
            put("[[goal]]", g.id, None)
            for key in _GOAL_KEYS:
                v = getattr(g, key)
                if v is None:
                    continue
                if key == "baseline":
                    year = self.base_year if self.base_year is not None else 0
                    put(f"baseline = {{ year = {_toml_value(year)}, value = {_toml_value(v)} }}",
                        g.id, key)
                else:
                    put(f"{key} = {_toml_value(v)}", g.id, key)
        for m in self.milestones:
            put("", None, None)
            put("[[milestone]]", m.id, None)
            for key in _MILESTONE_KEYS:
                v = getattr(m, key)
                if v is not None:
                    put(f"{key} = {_toml_value(v)}", m.id, key)
        return "\n".join(lines) + "\n", places

    def to_toml(self) -> str:
        """The plan as the text of a plan file (what `zzplan evaluate` reads)."""
        return self._toml()[0]

    @classmethod
    def from_toml(cls, source: PathOrText) -> "Plan":
        """Reads a plan file: a path (str or os.PathLike), or the text of one (a str with a line
        break). Checked as `zzplan check` checks it; a problem raises PlanError with the file,
        line, column and the command's message."""
        spec, text, file = _read_plan(source)
        fields_ = _core.plan_fields(text, file)
        head = fields_.get("plan", {})
        goals = []
        for g in fields_.get("goal", []):
            g = dict(g)
            if isinstance(g.get("baseline"), dict):
                g["baseline"] = g["baseline"].get("value")
            goals.append(Goal(**g))
        milestones = [Milestone(**m) for m in fields_.get("milestone", [])]
        plan = cls(goals=goals, milestones=milestones, **{k: head.get(k) for k in _PLAN_KEYS})
        object.__setattr__(plan, "_spec", spec)  # its messages name the file
        return plan


def _located(e: PlanError, places: List[Tuple[Optional[str], Optional[str]]]) -> PlanError:
    """A PlanError about a Plan built in Python: where in the plan (goal, key), not a file."""
    goal = key = None
    if e.line and 0 < e.line <= len(places):
        goal, key = places[e.line - 1]
    where = "Plan"
    if goal is not None:
        where += f" goal {goal!r}"
    if key is not None:
        where += ("," if goal is not None else "") + f" key {key!r}"
    return PlanError(e.reason, file=None, line=e.line, column=e.column, goal=goal, key=key,
                     message=f"{where}: {e.reason}")


def _looks_like_text(s: str) -> bool:
    return "\n" in s or "[plan]" in s


def _read_plan(source: PathOrText) -> Tuple[Any, bytes, str]:
    """The core's plan, the text and the file name of a path or of a plan file's text."""
    if isinstance(source, str) and _looks_like_text(source):
        text = source.encode("utf-8", "surrogateescape")
        file = "<plan text>"
        return _core.parse_plan(text, file), text, file
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        spec = _core.read_plan(path)  # the command's messages for a missing file, a directory
        return spec, Path(path).read_bytes(), path
    raise TypeError(f"a plan is a zzplan.Plan, a path or the text of a plan file, not "
                    f"{type(source).__name__}")


def plan_spec(plan: Union["Plan", PathOrText]) -> Any:
    """The core's checked plan of a Plan, a path or a plan file's text."""
    if isinstance(plan, Plan):
        return plan._spec
    return _read_plan(plan)[0]

