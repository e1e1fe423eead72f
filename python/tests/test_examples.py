"""The Python code of the docs runs and prints what the docs show: each "# expect-output: TEXT"
line of python/examples/*.py is a line of the program's output (docs/CONTRIBUTING-docs.md; the
docs' blocks are checked against these files by docs.snippets)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pandas as pd
import pytest

EXPECT = re.compile(r"^\s*#\s*expect-output:(.*)$")
EXAMPLES = ["readme.py", "howto_python.py"]


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_prints_its_expected_output(root, tmp_path, name):
    script = root / "python/examples" / name
    expected = [m.group(1).strip() for m in map(EXPECT.match, script.read_text("utf-8").splitlines()) if m]
    assert expected, f"{name} has no expect-output lines"
    p = subprocess.run([sys.executable, str(script), str(tmp_path / "python_howto.png")],
                       cwd=root, capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, MPLBACKEND="Agg"))
    assert p.returncode == 0, p.stderr
    lines = {line.strip() for line in p.stdout.splitlines()}
    missing = [e for e in expected if e not in lines]
    assert not missing, f"not printed: {missing}\noutput:\n{p.stdout}"
    if name == "howto_python.py":
        assert (tmp_path / "python_howto.png").stat().st_size > 1000


def test_every_example_is_run(root):
    assert sorted(p.name for p in (root / "python/examples").glob("*.py")) == sorted(EXAMPLES)


def test_the_published_table_holds_the_figures_of_examples_data(root):
    """python/examples/data/china_table.csv is examples/data/china.csv's yearly figures, wide."""
    table = pd.read_csv(root / "python/examples/data/china_table.csv")
    long = table.melt(id_vars=["指标", "单位"], var_name="year", value_name="value").dropna()
    long["year"] = long["year"].astype(int)
    source = pd.read_csv(root / "examples/data/china.csv")
    source = source[source["span"].fillna(1) == 1].set_index(["indicator", "year"])["value"]
    for row in long.itertuples():
        assert source.loc[(row.指标, row.year)] == row.value, (row.指标, row.year)
