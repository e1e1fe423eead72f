"""Fixtures of the pytest suite of the Python package (CTest python.pytest).

CTest sets ZZPLAN_SOURCE_DIR (the repository), ZZPLAN_CLI (the zzplan command of the same build)
and ZZPLAN_GEN_PANEL (the panel generator of bench/), and puts the build tree's package on
PYTHONPATH. Tests that compare with the command or need the panel are skipped, saying why, when
those are not given (a run by hand); when given, they must exist.
"""

from __future__ import annotations

import csv
import io
import math
import os
import subprocess
from pathlib import Path
from typing import List, Optional

import pandas as pd
import pytest

import zzplan

ROOT = Path(os.environ.get("ZZPLAN_SOURCE_DIR", Path(__file__).resolve().parents[2]))


def _program(variable: str, what: str) -> Optional[Path]:
    value = os.environ.get(variable)
    if not value:
        return None
    path = Path(value)
    assert path.is_file(), f"{variable}={value}: {what} is not built"
    return path


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def cli() -> Path:
    path = _program("ZZPLAN_CLI", "the zzplan command")
    if path is None:
        pytest.skip("ZZPLAN_CLI is not set (CTest sets it to the zzplan command)")
    return path


@pytest.fixture(scope="session")
def gen_panel() -> Path:
    path = _program("ZZPLAN_GEN_PANEL", "zzplan_bench_gen_panel")
    if path is None:
        pytest.skip("ZZPLAN_GEN_PANEL is not set (CTest sets it when bench/ is built)")
    return path


def run_cli(cli: Path, *args: str, cwd: Optional[Path] = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(cli), *args], capture_output=True, cwd=cwd, timeout=600)


def command_csv(cli: Path, plan: Path, data: Path, *args: str) -> List[List[str]]:
    """The cells of `zzplan evaluate PLAN DATA --format csv ARGS` (header first)."""
    p = run_cli(cli, "evaluate", str(plan), str(data), "--format", "csv", *args)
    assert p.returncode == 0, p.stderr.decode()
    return list(csv.reader(io.StringIO(p.stdout.decode("utf-8"), newline="")))


def assert_same_as_csv(frame: pd.DataFrame, cells: List[List[str]]) -> int:
    """Every field of the DataFrame is the command's CSV cell: numbers exactly (the command writes
    the shortest text that reads back as the same double), NA where the cell is empty. Returns the
    number of fields compared."""
    header, rows = cells[0], cells[1:]
    assert header == list(frame.columns) == zzplan.COLUMNS
    assert len(rows) == len(frame), f"{len(rows)} rows from the command, {len(frame)} from Python"
    compared = 0
    for k, name in enumerate(header):
        column = frame[name]
        kind = str(column.dtype)
        for i, row in enumerate(rows):
            cell, value = row[k], column.iloc[i]
            where = f"row {i} ({row[0]}), column {name}: command {cell!r}, Python {value!r}"
            if cell == "":
                assert value is None or pd.isna(value), where
            elif kind == "float64":
                assert float(cell) == value and not math.isnan(value), where
            elif kind == "Int64":
                assert int(cell) == value, where
            elif kind == "boolean":
                assert {"true": True, "false": False}[cell] == bool(value), where
            else:  # category, str
                assert cell == str(value), where
            compared += 1
    return compared


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """The counts as a plain line, "N passed, N failed, N skipped", before pytest's own closing
    line: CTest shows this suite's output with each line prefixed "<test number>: ", and that
    plain form still reads as a test runner's result there."""
    stats = terminalreporter.stats
    passed = len(stats.get("passed", []))
    failed = len(stats.get("failed", [])) + len(stats.get("error", []))
    skipped = len(stats.get("skipped", []))
    terminalreporter.write_line(f"{passed} passed, {failed} failed, {skipped} skipped")
