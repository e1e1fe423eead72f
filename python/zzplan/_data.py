"""Data for the core: a data file by path, or a DataFrame in the long layout, column by column.

A DataFrame crosses into C++ as whole NumPy columns: the names of indicators, regions and flags
are factorised once (pd.factorize, or a Categorical's own codes) so that only integer codes and
the distinct names cross; years, values and spans cross as float64 arrays. The core checks every
row with the data reader's own checks and messages (io/detail/data_table.hpp) and sorts the rows
as it does; no row is looked at here.
"""

from __future__ import annotations

import os
from typing import Any, Dict, Hashable, Mapping, Optional, Tuple

import numpy as np
import pandas as pd

from . import _core
from ._errors import FRAME, DataError, frame_error

# The columns of the long layout, as a data file's header names them.
FIELDS = ("indicator", "year", "value", "region", "flag", "span")
REQUIRED = ("indicator", "year", "value")

# Other layouts recognised without columns=: SDMX-CSV (REF_AREA, TIME_PERIOD, OBS_VALUE; the
# indicator in an INDICATOR or SERIES dimension) and Open SDG (Year, Value; Series, GeoCode).
# The first of a field's names that the frame has is taken.
LAYOUT_NAMES: Dict[str, Tuple[str, ...]] = {
    "indicator": ("INDICATOR", "SERIES", "Series"),
    "year": ("TIME_PERIOD", "Year"),
    "value": ("OBS_VALUE", "Value"),
    "region": ("REF_AREA", "GeoCode"),
}


def resolve_columns(frame: pd.DataFrame,
                    columns: Optional[Mapping[Hashable, str]]) -> Dict[str, Hashable]:
    """{field: the frame's column} for the fields the frame has. columns= maps the frame's
    column names to zzplan's fields, as DataFrame.rename does ({"指标": "indicator"})."""
    chosen: Dict[str, Hashable] = {}
    for frame_column, name in (columns or {}).items():
        if name not in FIELDS:
            raise ValueError(f"columns= maps {frame_column!r} to {name!r}, which is not one of "
                             f"{', '.join(FIELDS)}")
        if frame_column not in frame.columns:
            raise frame_error(f"columns= names the column {frame_column!r}, which the DataFrame "
                              f"does not have (it has {', '.join(map(str, frame.columns))})",
                              column=str(frame_column))
        if name in chosen:
            raise ValueError(f"columns= maps two columns to {name!r}")
        chosen[name] = frame_column
    taken = set(chosen.values())
    for name in FIELDS:
        if name in chosen:
            continue
        for candidate in (name,) + LAYOUT_NAMES.get(name, ()):
            if candidate in frame.columns and candidate not in taken:
                chosen[name] = candidate
                taken.add(candidate)
                break
    for name in REQUIRED:
        if name not in chosen:
            raise frame_error(_core.missing_column_message(name), column=name)
    return chosen


def _name_bytes(u: Any) -> bytes:
    """A distinct name as UTF-8 bytes; a str that came from bytes which were not UTF-8
    (surrogate-escaped) stays invalid, for the core to refuse with the reader's message."""
    if isinstance(u, bytes):
        return u
    return str(u).encode("utf-8", "surrogateescape")


def _factorise(s: pd.Series) -> Any:
    """The core's Factorised of a column of names: codes (-1: NA) and the distinct names."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        codes = s.cat.codes.to_numpy()
        uniques = s.cat.categories
    elif s.dtype == object and (f := _core.factorise_names(s.to_numpy())) is not None:
        return f  # str, None and NaN: compared row by row in C++, the same codes and names
    else:
        codes, uniques = pd.factorize(s, use_na_sentinel=True)
    return _core.Factorised(np.asarray(codes, dtype=np.int64), [_name_bytes(u) for u in uniques])


def _numbers(s: pd.Series) -> np.ndarray:
    """A column as float64, NaN where it is NA or not a number (the core then asks for its text)."""
    if pd.api.types.is_bool_dtype(s.dtype):
        return s.to_numpy(dtype=np.float64, na_value=np.nan)
    if pd.api.types.is_numeric_dtype(s.dtype):
        return s.to_numpy(dtype=np.float64, na_value=np.nan)
    return pd.to_numeric(s, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)


def frame_table(frame: pd.DataFrame, columns: Optional[Mapping[Hashable, str]] = None) -> Any:
    """The core's data table of a DataFrame in the long layout; DataError at the bad row."""
    chosen = resolve_columns(frame, columns)
    col = {name: frame[c] for name, c in chosen.items()}

    def text_of(name: str, pos: int) -> Optional[str]:
        v = col[name].iloc[pos]
        if v is None or (not isinstance(v, (str, bytes)) and pd.isna(v)):
            return None
        return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)

    try:
        return _core.table_from_columns(
            FRAME, len(frame),
            _factorise(col["indicator"]), _numbers(col["year"]), _numbers(col["value"]),
            _factorise(col["region"]) if "region" in col else None,
            _factorise(col["flag"]) if "flag" in col else None,
            _numbers(col["span"]) if "span" in col else None,
            text_of)
    except DataError as e:
        if e.file is not None or e.line is not None:
            raise
        index = frame.index[e.row] if e.row is not None and e.row < len(frame) else None
        column = str(chosen[e.column]) if e.column in chosen else e.column
        raise frame_error(e.reason, row=e.row, index=index, column=column) from None


def data_table(data: Any, columns: Optional[Mapping[Hashable, str]] = None) -> Tuple[Any, bool]:
    """The core's table of a DataFrame or of a data file's path, and whether it is a frame."""
    if isinstance(data, pd.DataFrame):
        return frame_table(data, columns), True
    if isinstance(data, (str, os.PathLike)):
        if columns:
            raise ValueError("columns= is for a DataFrame; a data file's header names its columns")
        return _core.read_data(os.fspath(data)), False
    raise TypeError(f"data is a pandas DataFrame or the path of a data file, not "
                    f"{type(data).__name__}")

