#!/usr/bin/env python3
"""Recomputes the worked numbers of docs/method.md and checks that the page shows them.

Run by CTest (docs.method_numbers) as
    python3 tests/docs/check_method_numbers.py --root <source dir>

Each worked number of the page is computed here from the formulas the page states, independently
of the library (whose own results the unit tests pin), rounded as the page rounds it, and looked
up in the page's text. An edit that changes a figure, or a formula whose figures no longer follow,
fails the test. Standard library only. Exit status: 0 when every number is found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

MINUS = "\u2212"  # the page writes negative numbers with a minus sign, not a hyphen


def fmt(value: float, decimals: int, sign: bool = False) -> str:
    text = f"{abs(value):.{decimals}f}"
    if value < 0 and float(text) != 0:
        return MINUS + text
    return ("+" + text) if sign else text


def geometric_share(rate: float, done_years: int, all_years: int) -> float:
    """The expected share s on a geometric path."""
    return ((1 + rate) ** done_years - 1) / ((1 + rate) ** all_years - 1)


def worked_numbers() -> list[tuple[str, str]]:
    """(what, the text the page must contain)."""
    out: list[tuple[str, str]] = []

    def add(what: str, text: str) -> None:
        out.append((what, text))

    # §2: the four kinds of percent
    trade_2020, trade_2021 = 4874.5 / 41781.49, 5988.5 / 46063.09
    add("Hunan trade dependence 2020", fmt(trade_2020 * 100, 2) + "% of GDP in 2020")
    add("Hunan trade dependence 2021", fmt(trade_2021 * 100, 2) + "% in 2021")
    add("rise in points", fmt((trade_2021 - trade_2020) * 100, 2) + " percentage points")
    add("relative rise", fmt((trade_2021 / trade_2020 - 1) * 100, 1) + "%**")
    add("the misreading of 提高1.33%", "= " + fmt(round(trade_2020 * 100, 2) * 1.0133, 2) + "%")
    add("two years of +10%", fmt((1.1 * 1.1 - 1) * 100, 0, sign=True) + "%")
    add("8% a year for six years", fmt((1.08**6 - 1) * 100, 1, sign=True) + "%")
    add("-3.8% then -4.1%", fmt((0.962 * 0.959 - 1) * 100, 2) + "%")
    add("three falls of 2.4%", fmt((1 - 0.976**3) * 100, 2) + "%, not 7.2%")

    # §3: the band of 左右 (11th Five-Year Plan)
    tolerance = 0.05 * 20
    add("band, 19.1%", f"|19.1 {MINUS} 20| = {fmt(abs(19.1 - 20), 1)} ≤ {fmt(tolerance, 1)}")
    add("band, 18.9%", f"({fmt(abs(18.9 - 20), 1)} > {fmt(tolerance, 1)})")

    # §4, output 7: required yearly decreases
    add("15% over five years", fmt((1 - 0.85 ** (1 / 5)) * 100, 3) + "%** a year")
    add("20% over five years", fmt((1 - 0.80 ** (1 / 5)) * 100, 3) + "%** a year")
    add("the last two years after -7%", fmt((1 - (0.85 / 0.93) ** 0.5) * 100, 2) + "%** a year each")
    add("the first three years' pace", fmt((1 - 0.93 ** (1 / 3)) * 100, 2) + "% a year)")

    # §4, output 10: the 12th Five-Year Plan's energy intensity
    add("12th FYP over-completion", fmt(19.71 - 16, 2, sign=True) + " points")
    add("12th FYP relative", fmt((19.71 - 16) / 16 * 100, 1, sign=True) + "%** relative")

    # §4: Zhuzhou's urbanization, 超过75%, 2020 -> 2026, as of 2021
    vb, vt, x, b, t, deadline = 71.26, 72.04, 75.0, 2020, 2021, 2026
    e = (t - b) / (deadline - b)
    a = (vt - vb) / (x - vb)
    r_a = (vt / vb) ** (1 / (t - b)) - 1
    r_r = (x / vb) ** (1 / (deadline - b)) - 1
    slope = (vt - vb) / (t - b)
    linear = vt + slope * (deadline - t)
    geometric = vt * (1 + r_a) ** (deadline - t)
    add("e", "= 1/6 | " + fmt(e * 100, 1) + "%")
    add("a", f"= {fmt(vt - vb, 2)} / {fmt(x - vb, 2)} | {fmt(a * 100, 1)}%")
    add("q", "| " + fmt(a / e, 2) + " |")
    add("r_a", fmt(r_a * 100, 2) + "% a year")
    add("r_r", fmt(r_r * 100, 3) + "% a year")
    add("rate ratio", fmt(r_a / r_r, 2) + " → UN 2022 on track")
    add("remaining", fmt(((x / vt) ** (1 / (deadline - t)) - 1) * 100, 2) + "% a year")
    add("linear projection", f"{fmt(linear, 2)}%, P = {fmt((linear - vb) / (x - vb), 2)}")
    add("geometric projection", f"{fmt(geometric, 2)}%, P = {fmt((geometric - vb) / (x - vb), 2)}")
    add("years to target", fmt((x - vt) / slope, 1) + " years")
    add("over-completion", f"{fmt(vt - x, 2)} points; {fmt((vt - x) / x * 100, 2)}%")

    # §4: Zhuzhou's GDP, 从3000亿元迈上5000亿元台阶, as of 2023 (geometric path)
    rate = (5000 / 3000) ** (1 / 6) - 1
    s = geometric_share(rate, 3, 6)
    a = (3667.9 - 3000) / (5000 - 3000)
    add("GDP required rate", fmt(rate * 100, 2) + "% a year")
    add("GDP expected share", fmt(s * 100, 1) + "%** of the way")
    add("GDP achievement share", fmt(a * 100, 1) + "%**, so q")
    add("GDP schedule ratio", "**" + fmt(a / s, 3) + "**")
    add("GDP remaining", fmt(((5000 / 3667.9) ** (1 / 3) - 1) * 100, 1) + "%** a")

    # §4, presets: China's energy intensity, 降低13.5% (2020 -> 2025), -7.3% by 2023
    target, index = 0.865, 0.927
    rate = target ** (1 / 5) - 1
    s = geometric_share(rate, 3, 5)
    a = (index - 1) / (target - 1)
    r_a = index ** (1 / 3) - 1
    projected = index * (1 + r_a) ** 2
    add("energy required rate", fmt(rate * 100, 2) + "% a")
    add("energy expected share", "s = " + fmt(s * 100, 1) + "%")
    add("energy achievement share", "= " + fmt(a * 100, 1) + "%; **q")
    add("energy schedule ratio", "q = " + fmt(a / s, 3))
    add("energy rate ratio", "rate ratio is " + fmt(r_a / rate, 3))
    add("energy projected share", "P = " + fmt((projected - 1) / (target - 1), 3))

    # §4, series of changes: -7.3% over 2021-2023, then -3.8% in 2024
    index = 0.927 * 0.962
    a = (index - 1) / (target - 1)
    s = geometric_share(rate, 4, 5)
    add("chained index", "= **" + fmt(index, 4) + "**")
    add("chained decrease", "**" + fmt((1 - index) * 100, 1) + "%** of the 13.5%")
    add("chained achievement share", fmt(a * 100, 1) + "%, s = " + fmt(s * 100, 1) + "%")
    add("chained schedule ratio", "**q = " + fmt(a / s, 3) + "**")
    add("2025 needs", "fall of **" + fmt((1 - target / index) * 100, 1) + "%**")

    # §4, relative goals: real income and real GDP, 2021-2023
    income = (1.081 * 1.029 * 1.061) ** (1 / 3) - 1
    gdp = (1.081 * 1.030 * 1.052) ** (1 / 3) - 1
    add("income growth", fmt(income * 100, 2) + "% a year")
    add("GDP growth", "real GDP " + fmt(gdp * 100, 2) + "%")
    add("their difference", "difference of " + fmt((income - gdp) * 100, 2) + " points")

    # §4, a target the base already satisfies (示例数据)
    add("margin below the ceiling", "(over-completion " + fmt(5.5 - 5.2, 1, sign=True) + " points)")
    add("beyond the ceiling", fmt(5.5 - 5.6, 1) + " points")

    # §4, cumulative totals: 5500万 new urban jobs over 2020-2025, flows 2021-2023, as of 2023
    flows, total, b, t, deadline = [1269.0, 1206.0, 1244.0], 5500.0, 2020, 2023, 2025
    done = sum(flows)
    a = done / total
    e = (t - b) / (deadline - b)
    pace = done / (t - b)
    add("sum so far", "S = **" + fmt(done, 0) + "万人**")
    add("share of the task done", f"a = {fmt(done, 0)}/{fmt(total, 0)} = **{fmt(a * 100, 1)}%**")
    add("schedule ratio", "s = " + fmt(a / e, 3))
    add("required pace", f"({fmt(total, 0)} {MINUS} {fmt(done, 0)})/2 = **"
        + fmt((total - done) / (deadline - t), 1) + "万人 a year**")
    add("projection", f"{fmt(done, 0)} + {fmt(pace, 1)} × 2 = **"
        + fmt(done + pace * (deadline - t), 1) + "万人**")

    # §4, roll-ups: 2 of 3 assessed goals met, both beyond their targets
    add("completion rate", "2/3 = **" + fmt(2 / 3 * 100, 1) + "%**")
    add("urbanization beyond 65%", fmt(66.16 - 65, 2, sign=True) + " points")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    args = ap.parse_args()
    page = args.root / "docs" / "method.md"
    text = " ".join(page.read_text(encoding="utf-8").split())  # line breaks as blanks
    numbers = worked_numbers()
    missing = [(what, want) for what, want in numbers if " ".join(want.split()) not in text]
    for what, want in missing:
        print(f"docs/method.md: {what}: expected the text '{want}' (recomputed), not found")
    print(f"check_method_numbers: {len(numbers)} worked numbers recomputed, {len(missing)} not on the page")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
