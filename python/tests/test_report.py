"""zzplan.report writes the HTML page of `zzplan report`, byte for byte."""

from __future__ import annotations

import pandas as pd
import pytest

import zzplan
from conftest import run_cli


@pytest.mark.parametrize("lang,method", [("zh", "cn_midterm"), ("en", "un2023")])
def test_report_is_the_commands(cli, root, tmp_path, lang, method):
    plan, data = "examples/zhuzhou.toml", "examples/data/zhuzhou.csv"
    p = run_cli(cli, "report", plan, data, "-o", str(tmp_path / "cli.html"), "--lang", lang,
                "--method", method, cwd=root)
    assert p.returncode == 0, p.stderr.decode()
    import os
    here = os.getcwd()
    os.chdir(root)  # the report names the data file as given
    try:
        out = zzplan.report(plan, data, tmp_path / "py.html", lang=lang, method=method)
    finally:
        os.chdir(here)
    assert out == tmp_path / "py.html"
    assert out.read_bytes() == (tmp_path / "cli.html").read_bytes()


def test_report_from_a_dataframe(root, tmp_path):
    data = pd.read_csv(root / "examples/data/zhuzhou.csv")
    out = zzplan.report(root / "examples/zhuzhou.toml", data, tmp_path / "r.html",
                        title="株洲 2025", source="株洲市统计公报")
    html = out.read_text(encoding="utf-8")
    assert "<title>株洲 2025</title>" in html and "株洲市统计公报" in html and "<svg" in html
