"""The errors of zzplan: a bad plan (PlanError) or bad data (DataError), both ValueErrors.

Their text is the zzplan command's: for a file, exactly what `zzplan evaluate` prints
("plan.toml:12:10: goal 'gdp': ..."); for a DataFrame or a Plan built in Python, where the
problem is (the row and column, the goal and key) and then the command's message.
"""

from __future__ import annotations

from typing import Any, Hashable, Optional


def _where(file: Optional[str], line: Optional[int], column: Optional[int]) -> str:
    """The place as input_error writes it: "file:line:column: " (a part left out when unknown)."""
    s = file or ""
    if line:
        s += f":{line}"
    if column:
        s += f":{column}"
    return s + ": " if s else ""


class PlanError(ValueError):
    """A plan that zzplan cannot take, with the command's message.

    Attributes:
        reason: what is wrong and what to write instead (the command's words).
        file: the plan file (None for a Plan built in Python).
        line, column: the place in the plan file (for a Plan built in Python: in its to_toml()
            text), from 1; None when unknown.
        goal: the id of the goal or milestone concerned, when known.
        key: the key of that goal (target, unit, ...) or of [plan], when known.
    """

    def __init__(self, reason: str, *, file: Optional[str] = None, line: Optional[int] = None,
                 column: Optional[int] = None, goal: Optional[str] = None,
                 key: Optional[str] = None, message: Optional[str] = None) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
        self.goal = goal
        self.key = key
        super().__init__(message if message is not None else _where(file, line, column) + reason)


class DataError(ValueError):
    """Data that zzplan cannot take, with the command's message.

    Attributes:
        reason: what is wrong and what to write instead (the command's words).
        file: the data file (None for a DataFrame).
        line: the line of the data file, from 1 (None for a DataFrame, or when unknown).
        row: the position of the DataFrame's row (0 for the first row, as df.iloc takes it).
        index: that row's label in the DataFrame's index (as df.loc takes it).
        column: the DataFrame's column concerned, as the frame names it.
    """

    def __init__(self, reason: str, *, file: Optional[str] = None, line: Optional[int] = None,
                 row: Optional[int] = None, index: Optional[Hashable] = None,
                 column: Optional[str] = None, message: Optional[str] = None) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        self.row = row
        self.index = index
        self.column = column
        super().__init__(message if message is not None else _where(file, line, None) + reason)


def frame_error(reason: str, *, row: Optional[int] = None, index: Any = None,
                column: Optional[str] = None) -> DataError:
    """A DataError about a DataFrame: "DataFrame row 3 (index 'x'), column 'value': reason"."""
    where = "DataFrame"
    if row is not None:
        where += f" row {row}"
        if index is not None and not (isinstance(index, int) and index == row):
            where += f" (index {index!r})"
    if column is not None:
        where += ("," if row is not None else "") + f" column {column!r}"
    return DataError(reason, row=row, index=index, column=column, message=f"{where}: {reason}")


# The file name the core is given for a DataFrame: errors naming it are about the frame.
FRAME = "<DataFrame>"
# The file name the core is given for a Plan built in Python.
PYTHON_PLAN = "<Plan>"


def _from_core(kind: str, file: str, line: int, column: int, reason: str,
               field: Optional[str]) -> ValueError:
    """The error for an io::input_error of the core (zzplan._core raises what this returns)."""
    if kind == "plan":
        return PlanError(reason, file=file or None, line=line or None, column=column or None)
    if file == FRAME:
        # the core numbers a frame's rows from 1 (its "line"); the caller names the column and
        # index (see _data.frame_table)
        return DataError(reason, row=line - 1 if line else None, column=field,
                         message=f"DataFrame: {reason}")
    return DataError(reason, file=file or None, line=line or None,
                     message=_where(file or None, line or None, column or None) + reason)
