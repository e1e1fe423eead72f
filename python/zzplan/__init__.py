"""zzplan for pandas: the targets of Chinese plans evaluated as China's mid-term reviews, the UN
and Eurostat do, by zzplan's typed C++ core (the same as the `zzplan` command's).

    import pandas as pd
    import zzplan

    data = pd.read_csv("examples/data/zhuzhou.csv")     # indicator, year, value[, flag, ...]
    df = zzplan.evaluate("examples/zhuzhou.toml", data)  # one row per (region, goal)
    df[["id", "latest_value", "target_value", "label"]]

evaluate() returns the columns of `zzplan evaluate --format csv` with the same values: numbers as
float64 (NaN where the command writes nothing), years as Int64 and met as boolean (both with
<NA>), the enums (kind, attribute, status, label, projection_method) as Categoricals with all
their categories, texts as str (None where empty). Bad input raises PlanError or DataError
(both ValueError) with the command's message, the file and line or the DataFrame's row and
column.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, Hashable, List, Mapping, Optional, Union

from . import _core
from ._errors import DataError, PlanError
from ._plan import Goal, Milestone, Plan, plan_spec

if TYPE_CHECKING:
    import pandas as pd

# numpy and pandas are imported by the functions that use them: `import zzplan`, Plan, check()
# and explain() work in an interpreter without them.

__version__ = "0.1.0"

__all__ = [
    "COLUMNS", "DataError", "Goal", "LANGS", "METHODS", "Milestone", "Plan", "PlanError",
    "check", "evaluate", "explain", "report",
]

#: The columns of evaluate()'s DataFrame: those of `zzplan evaluate --format csv`, in order.
COLUMNS: List[str] = list(_core.columns())
#: The evaluation methods: China's mid-term review, the UN's SDG progress charts of 2022 and
#: 2023, Eurostat's (docs/method.md §5).
METHODS: List[str] = list(_core.methods())
#: The languages of names and notes.
LANGS: List[str] = ["zh", "en"]


def _method(method: str) -> int:
    if method not in METHODS:
        raise ValueError(f"method {method!r} is not known; use one of {', '.join(METHODS)}")
    return METHODS.index(method)


def _lang(lang: str) -> int:
    if lang not in LANGS:
        raise ValueError(f"lang {lang!r} is not known; use 'zh' or 'en'")
    return LANGS.index(lang)


def _year(as_of: Optional[int]) -> Optional[int]:
    import numbers
    if as_of is None:
        return None
    if isinstance(as_of, bool) or not isinstance(as_of, numbers.Integral):
        raise TypeError(f"as_of is a year such as 2025, not {as_of!r}")
    if not 1900 <= int(as_of) <= 2200:
        raise ValueError(f"as_of {as_of} is out of range (1900 to 2200)")
    return int(as_of)


def _column(entry: Dict[str, Any]) -> Any:
    """One column from the core's buffers (NumPy arrays that own them: no copy a value)."""
    import numpy as np
    import pandas as pd
    kind = entry["type"]
    if kind == "number":
        return entry["values"]
    if kind == "whole":
        return pd.arrays.IntegerArray(entry["values"], entry["missing"].view(np.bool_))
    if kind == "boolean":
        return pd.arrays.BooleanArray(entry["values"].view(np.bool_),
                                      entry["missing"].view(np.bool_))
    if kind == "category":
        return pd.Categorical.from_codes(entry["codes"], categories=entry["categories"])
    texts = np.empty(len(entry["texts"]), dtype=object)
    texts[:] = [t if t != "" else None for t in entry["texts"]]
    return texts[entry["codes"]] if len(texts) else np.empty(len(entry["codes"]), dtype=object)


def evaluate(plan: Union[Plan, str, "os.PathLike[str]"],
             data: Union["pd.DataFrame", str, "os.PathLike[str]"], *,
             method: str = "cn_midterm", as_of: Optional[int] = None,
             region: Optional[str] = None, lang: str = "zh",
             columns: Optional[Mapping[Hashable, str]] = None) -> "pd.DataFrame":
    """Evaluates every goal of a plan against data: one row per (region, goal), then milestones.

    Args:
        plan: a zzplan.Plan, the path of a plan file (TOML), or the text of one.
        data: a DataFrame in the long layout of the data files (columns indicator, year, value,
            and optionally region, flag, span), or the path of a data file in any layout the
            command reads (long CSV, wide yearbook table, SDMX-CSV; UTF-8 or GB18030; the first
            sheet of an .xlsx workbook, when built with Excel support). SDMX-CSV
            (REF_AREA, TIME_PERIOD, OBS_VALUE, INDICATOR or SERIES) and Open SDG (Year, Value,
            Series, GeoCode) columns are recognised; columns= maps other names.
        method: "cn_midterm" (default), "un2022", "un2023" or "eurostat": which status column
            "status" holds (the mid-term review's label is always in "label").
        as_of: the evaluation year (default: the latest year in the data).
        region: only this region of the data.
        lang: "zh" or "en", the language of indicator names and notes.
        columns: the DataFrame's column names for zzplan's, as DataFrame.rename takes them:
            {"指标": "indicator", "年份": "year", "数值": "value"}.

    Returns:
        A DataFrame with the columns COLUMNS (those of `zzplan evaluate --format csv`) holding the
        same values; df.attrs holds "as_of" and "method".

    Raises:
        PlanError: the plan is not valid (the command's message, with file, line and column or
            goal and key).
        DataError: the data are not valid (the command's message, with the file and line or the
            DataFrame's row and column).
    """
    import pandas as pd

    from ._data import data_table
    how = _method(method)
    language = _lang(lang)
    year = _year(as_of)
    spec = plan_spec(plan)
    table, _ = data_table(data, columns)
    result = _core.evaluate(spec, table, how, year, region, language)
    frame = pd.DataFrame({e["name"]: _column(e) for e in result["columns"]}, copy=False)
    frame.attrs["as_of"] = result["as_of"]
    frame.attrs["method"] = method
    return frame


def report(plan: Union[Plan, str, "os.PathLike[str]"],
           data: Union["pd.DataFrame", str, "os.PathLike[str]"],
           path: Union[str, "os.PathLike[str]"], *, method: str = "cn_midterm",
           as_of: Optional[int] = None, region: Optional[str] = None, lang: str = "zh",
           title: Optional[str] = None, source: Optional[str] = None,
           columns: Optional[Mapping[Hashable, str]] = None) -> Path:
    """Writes the one-file HTML report of `zzplan report` (summary, tables, charts, notes).

    Args:
        plan, data, method, as_of, region, lang, columns: as for evaluate().
        path: the HTML file to write.
        title: the page's title (default: the plan's name).
        source: where the figures come from, shown in the report (default: the data file's
            path, or "pandas DataFrame").

    Returns:
        The path written.
    """
    from ._data import data_table
    how = _method(method)
    language = _lang(lang)
    year = _year(as_of)
    spec = plan_spec(plan)
    table, is_frame = data_table(data, columns)
    if source is None:
        source = "pandas DataFrame" if is_frame else ""
    html = _core.report_html(spec, table, how, year, region, language, title or "", source)
    out = Path(path)
    out.write_bytes(html)
    return out


def explain(phrase: str) -> Dict[str, Any]:
    """How a target phrase is read: the object `zzplan explain --format json` prints.

    >>> zzplan.explain("提高到15%")["kind"]
    'level'

    Raises:
        PlanError: the phrase is not understood (its message; .column is where, from 1).
    """
    return json.loads(_core.explain_json(phrase))


def check(plan: Union[Plan, str, "os.PathLike[str]"]) -> List[Dict[str, Any]]:
    """The goals and milestones of a plan as the typed core understands them (`zzplan check`):
    for each goal its id, kind, comparison, target as a level, direction, units, attribute,
    price year and the phrase's reading in Chinese and English; for each milestone whether and
    when it was done. Raises PlanError for a plan that is not valid."""
    return list(_core.check(plan_spec(plan)))
