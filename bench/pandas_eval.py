#!/usr/bin/env python3
"""docs/method.md §4 for a panel, in pandas, as an analyst would write it (vectorised: one pass per goal
over numpy columns, no Python loop over rows): the comparison for `zzplan evaluate`.

    python3 bench/pandas_eval.py panel.csv panel_goals.json out.jsonl      # evaluate (JSON lines)
    python3 bench/pandas_eval.py panel.csv panel_goals.json out.csv        # evaluate (CSV)
    python3 bench/pandas_eval.py --check out.jsonl reference.jsonl         # same numbers?
    python3 bench/pandas_eval.py --read-only panel.csv [runs]              # CSV ingestion only

The goals file is written by zzplan_bench_gen_panel (the twenty goals of synthetic_panel.hpp).
It covers what that panel holds: series of levels, gaps, provisional flags, the ten goal kinds
(lower-bound observations, duplicates and series of changes are out of its scope). The output has
one JSON object per (region, indicator) with the fields zzplan_bench_panel_eval writes; --check
compares two such files on the fields both have (numbers to 1e-9 relative; the zzplan command's
JSON through bench/cli_json_to_jsonl.py) and exits 1 on any difference. Timings of the
phases go to stderr.
"""
import json
import os
import statistics
import sys
import time

import numpy as np
import pandas as pd

LABEL_EN = {
    "none": "insufficient data",
    "achieved_early": "achieved early",
    "faster_than_expected": "faster than expected",
    "as_expected": "as expected",
    "lagging": "lagging",
    "achieved": "achieved",
    "not_achieved": "not achieved",
}


# The classes decided by a threshold on a metric. Both sides put a metric within 1e-9 of a
# threshold in the upper class (ge), yet a tie can still differ when the two computations round
# to opposite sides of that margin; --check reports such ties apart.
TIES = {
    "label": ("schedule_ratio", (0.95, 1.05)),
    "cn_midterm": ("schedule_ratio", (0.95, 1.05)),
    "un2022": ("rate_ratio", (0.95, 0.5, -0.1)),
    "eurostat": ("rate_ratio", (0.95, 0.6, 0.0)),
    "un2023": ("projected_share_geometric", (0.95, 0.10)),
}


def ge(v, x):
    """v >= x at the published precision (status.hpp's class thresholds: detail::at_least)."""
    return v >= x - 1e-9 * max(abs(x), 1.0)


def holds(v, cmp, x):
    """The comparator at the published precision (evaluate_core.hpp: holds)."""
    eps = 1e-9 * np.maximum(np.abs(x), 1.0)
    if cmp == "at_least":
        return v >= x - eps
    if cmp == "more_than":
        return v > x + eps
    if cmp == "at_most":
        return v <= x + eps
    return v < x - eps


def met_at(g, v, vb, xt):
    k = g["kind"]
    with np.errstate(invalid="ignore", divide="ignore"):
        if k in ("level", "ceiling"):
            return holds(v, g["cmp"], g["x"])
        if k == "step":
            return holds(v, "at_least", g["x"])
        if k == "average_growth":
            return holds(v, g["cmp"], xt)
        if k == "cumulative_change":
            return (vb > 0) & holds(v / vb - 1.0, g["cmp"], g["k"])
        if k == "points_change":
            return holds(v - vb, g["cmp"], g["k"])
        if k == "multiple":
            return (vb > 0) & holds(v / vb, "at_least", g["k"])
        if k == "increment":
            return holds(v - vb, "at_least", g["x"])
        if k == "range":
            return holds(v, "at_least", g["x"]) & holds(v, "at_most", g["x2"])
        # band on a level
        return holds(np.abs(v - g["x"]), "at_most", g["tolerance"] * abs(g["x"]))


def fin(a):
    """finite_or_none: NaN where not finite."""
    a = np.asarray(a, dtype=float)
    return np.where(np.isfinite(a), a, np.nan)


def evaluate_goal(g, sub, as_of):
    """All outputs for one goal; sub holds the indicator's rows (region, year, value, flag)."""
    b, T = g["base"], g["deadline"]
    limit = min(as_of, T)
    span = T - b
    regions = pd.unique(sub["region"])  # every region with a row, as the library's chunks
    win = sub[(sub["year"] >= b) & (sub["year"] <= limit)]
    cols = list(range(b, limit + 1))
    V = win.pivot(index="region", columns="year", values="value").reindex(index=regions, columns=cols)
    P = win.pivot(index="region", columns="year", values="provisional").reindex(index=regions, columns=cols)
    V = V.to_numpy(dtype=float)
    P = P.fillna(False).to_numpy(dtype=bool)
    n, m = V.shape
    has = ~np.isnan(V)
    rows = np.arange(n)
    years = np.array(cols)

    out = {"region": regions, "indicator": g["indicator"], "kind": g["kind"]}
    nan = np.full(n, np.nan)

    # ---- the base ----
    from_data = has[:, 0]
    v0 = V[:, 0].copy()
    notes = np.where(from_data, "baseline_from_data", "")
    notes = np.where(from_data & P[:, 0], np.char.add(notes, ";flag_provisional"), notes)
    if g["stated_start"] is not None:
        v0 = np.where(from_data, v0, g["stated_start"])
        notes = np.where(from_data, notes, "baseline_stated_start")
    have_base = ~np.isnan(v0)
    notes = np.where(have_base, notes, "no_baseline")

    # ---- the latest point observation ----
    H = has[:, 1:]
    any_after = H.any(axis=1)
    last = np.where(any_after, m - 1 - np.argmax(H[:, ::-1], axis=1), 0)  # column of the latest
    vt = np.where(any_after, V[rows, last], np.nan)
    t = np.where(any_after, years[last], 0)
    used = has.sum(axis=1)

    # ---- a target relative to the base needs a positive base ----
    kind = g["kind"]
    alive = have_base.copy()
    if kind in ("average_growth", "cumulative_change", "multiple"):
        bad = alive & ~(v0 > 0)
        notes = np.where(bad, np.char.add(notes, ";rate_undefined"), notes)
        alive &= ~bad

    # ---- the target as a level X', kept or not, direction ----
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        if kind == "average_growth":
            xt = v0 * (1.0 + g["k"]) ** span
        elif kind == "cumulative_change":
            xt = v0 * (1.0 + g["k"])
        elif kind == "points_change":
            xt = v0 + g["k"]
        elif kind == "multiple":
            xt = v0 * g["k"]
        elif kind == "increment":
            xt = v0 + g["x"]
        elif kind == "range":
            xt = np.where(v0 < g["x"], g["x"], np.where(v0 > g["x2"], g["x2"], v0))
        else:
            xt = np.full(n, float(g["x"]))
    xt = np.where(alive, xt, np.nan)
    if kind in ("level", "ceiling", "step", "range", "band"):
        keep = met_at(g, v0, v0, xt)
    else:
        keep = xt == v0
    if kind in ("step", "multiple", "increment"):
        d = np.ones(n)
    elif kind in ("range", "band"):
        d = np.where(xt >= v0, 1.0, -1.0)
    else:
        d = np.full(n, 1.0 if g["cmp"] in ("at_least", "more_than") else -1.0)

    # ---- met, and the first year it held ----
    met = alive & any_after & met_at(g, vt, v0, xt)
    first = np.zeros(n, dtype=int)
    for j in range(m - 1, 0, -1):  # over the years (at most a plan's length), not the rows
        cond = has[:, j] & (j <= last) & met_at(g, V[:, j], v0, xt)
        first = np.where(cond, years[j], first)
    assessed = alive & any_after
    notes = np.where(alive & ~any_after, np.char.add(notes, ";no_observation_after_base"), notes)
    prov = assessed & P[rows, last]
    notes = np.where(prov, np.char.add(notes, ";flag_provisional"), notes)
    notes = np.where(assessed, np.char.add(notes, ";points_used"), notes)

    # ---- over-completion, on what the target names ----
    with np.errstate(invalid="ignore", divide="ignore"):
        if kind in ("level", "ceiling", "step", "range"):
            ref, over, have = xt, d * (vt - xt), np.ones(n, dtype=bool)
            if kind == "range":
                have = ~keep
        elif kind == "band":
            ref, over, have = np.full(n, float(g["x"])), d * (vt - g["x"]), np.ones(n, dtype=bool)
        elif kind == "cumulative_change":
            ref, have = np.full(n, g["k"]), v0 > 0
            over = np.where(have, d * ((vt / v0 - 1.0) - g["k"]), 0.0)
        elif kind == "average_growth":
            ref, have = np.full(n, g["k"]), (v0 > 0) & (vt > 0)
            over = np.where(have, d * (((vt / v0) ** (1.0 / (t - b)) - 1.0) - g["k"]), 0.0)
        elif kind == "points_change":
            ref, over, have = np.full(n, g["k"]), d * ((vt - v0) - g["k"]), np.ones(n, dtype=bool)
        elif kind == "multiple":
            ref, have = np.full(n, g["k"]), v0 > 0
            over = np.where(have, vt / v0 - g["k"], 0.0)
        else:  # increment
            ref, over, have = np.full(n, float(g["x"])), (vt - v0) - g["x"], np.ones(n, dtype=bool)
        ok = assessed & have & np.isfinite(over)
        over_abs = np.where(ok, over, np.nan)
        over_rel = np.where(ok & (ref != 0), fin(over / np.abs(ref)), np.nan)
    stretch = np.full(n, None, dtype=object)
    if kind == "increment":
        s = holds(vt - v0, "at_least", g["x2"])
        stretch = np.where(assessed, s, None)
        notes = np.where(assessed & s, np.char.add(notes, ";stretch_met"), notes)

    # ---- kept targets: met or not, each year ----
    after = as_of >= T
    kept = assessed & keep
    notes = np.where(kept, np.char.add(notes, ";keep_within"), notes)
    prog = assessed & ~keep

    # ---- progress ----
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        e = (t - b) / span
        a = fin((vt - v0) / (xt - v0))
        rates_ok = (v0 > 0) & (xt > 0) & (vt > 0)
        notes = np.where(prog & ~rates_ok, np.char.add(notes, ";rate_undefined"), notes)
        ra = np.where(rates_ok, fin((vt / v0) ** (1.0 / (t - b)) - 1.0), np.nan)
        rr = np.where(rates_ok, fin((xt / v0) ** (1.0 / span) - 1.0), np.nan)
        ratio = np.where(rr != 0, fin(ra / rr), np.nan)
        rem = np.where(rates_ok & (t < T), fin((xt / vt) ** (1.0 / (T - t)) - 1.0), np.nan)
        if g["path"] == "linear":
            s_exp = e.astype(float)
        else:
            s_exp = np.where(rr != 0, fin(((1.0 + rr) ** (t - b) - 1.0) / ((1.0 + rr) ** span - 1.0)), np.nan)
        q = np.where(s_exp != 0, fin(a / s_exp), np.nan)
        slope = (vt - v0) / (t - b)
        geo = fin(vt * (1.0 + ra) ** (T - t))
        proj = fin(vt + slope * (T - t)) if g["path"] == "linear" else geo
        p_share = fin((proj - v0) / (xt - v0))
        p_geo = fin((geo - v0) / (xt - v0))
        if g["path"] == "geometric":
            ytt = np.where(~np.isnan(ra) & (ra > -1.0) & (ra != 0.0), fin(np.log(xt / vt) / np.log(1.0 + ra)), np.nan)
            known = ~np.isnan(ra)
        else:
            ytt = np.where(slope != 0.0, fin((xt - vt) / slope), np.nan)
            known = np.ones(n, dtype=bool)
    ytt_pos = ytt > 0
    years_to = np.where(met & (prog | kept), 0.0, np.where(prog & ytt_pos, ytt, np.nan))
    moving_away = prog & ~met & ~ytt_pos & known

    # ---- labels and statuses ----
    if after:
        label = np.where(assessed, np.where(met, "achieved", "not_achieved"), "none")
    else:
        lab_q = np.where(ge(q, 1.05), "faster_than_expected", np.where(ge(q, 0.95), "as_expected", "lagging"))
        lab_q = np.where(np.isnan(q), "none", lab_q)
        label = np.where(kept, np.where(met, "as_expected", "lagging"), np.where(met, "achieved_early", lab_q))
        label = np.where(assessed, label, "none")
    r = ratio
    un2022 = np.where(ge(r, 0.95), "on_track", np.where(ge(r, 0.5), "fair_progress", np.where(ge(r, -0.1), "limited_progress", "deterioration")))
    euro = np.where(ge(r, 0.95), "substantial_progress", np.where(ge(r, 0.6), "moderate_progress", np.where(ge(r, 0.0), "limited_progress", "deterioration")))
    un2022 = np.where(np.isnan(r), "insufficient_data", un2022)
    euro = np.where(np.isnan(r), "insufficient_data", euro)
    un2023 = np.where(ge(p_geo, 0.95), "on_track", np.where(ge(p_geo, 0.10), "acceleration_needed", "stagnation_or_regression"))
    un2023 = np.where(np.isnan(p_geo), "insufficient_data", un2023)
    un2022 = np.where(kept, np.where(met, "target_met", "deterioration"), np.where(met, "target_met", un2022))
    un2023 = np.where(kept, np.where(met, "target_met", "stagnation_or_regression"), np.where(met, "target_met", un2023))
    euro = np.where(kept, np.where(met, "target_met", "deterioration"), np.where(met, "target_met", euro))
    un2022 = np.where(prog | kept, un2022, "insufficient_data")
    un2023 = np.where(prog | kept, un2023, "insufficient_data")
    euro = np.where(prog | kept, euro, "insufficient_data")
    if g["aspirational"]:
        notes = np.where(assessed & ~met, np.char.add(notes, ";aspirational_not_reached"), notes)

    def on(mask, x):
        return np.where(mask, x, np.nan)

    out.update(
        assessed=assessed,
        met=np.where(assessed, met, None),
        stretch_met=stretch,
        first_year_met=pd.array(np.where(assessed & (first > 0), first, 0), dtype="Int64"),
        keep_within=kept,
        latest_year=pd.array(np.where(assessed, t, 0), dtype="Int64"),
        baseline_value=np.where(have_base, v0, np.nan),
        latest_value=on(assessed, vt),
        target_value=xt,
        achievement_share=on(prog, a),
        time_elapsed=on(prog, e),
        expected_share=on(prog, s_exp),
        schedule_ratio=on(prog, q),
        actual_rate=on(prog, ra),
        required_rate=on(prog, rr),
        rate_ratio=on(prog, ratio),
        required_rate_remaining=on(prog, rem),
        projection=np.where(prog, g["path"], "linear"),
        projected_value=on(prog, proj),
        projected_share=on(prog, p_share),
        projected_share_geometric=on(prog, p_geo),
        years_to_target=years_to,
        moving_away=moving_away,
        over_completion=over_abs,
        over_completion_relative=over_rel,
        label=pd.Series(label, dtype=object).map(LABEL_EN).to_numpy(),
        cn_midterm=np.where(label == "none", "insufficient_data", label),
        un2022=un2022,
        un2023=un2023,
        eurostat=euro,
        notes=np.char.lstrip(notes.astype(str), ";"),
    )
    res = pd.DataFrame(out)
    for c in ("first_year_met", "latest_year"):
        res[c] = res[c].mask(res[c] == 0)
    return res


def read_panel(path):
    return pd.read_csv(
        path,
        dtype={"region": str, "indicator": str, "year": np.int32, "value": np.float64, "flag": str},
        keep_default_na=False,
        na_values={"value": [""]},
    )


def run(csv, goals_file, out_path):
    c0 = time.process_time()
    t0 = time.perf_counter()
    df = read_panel(csv)
    t_read = time.perf_counter() - t0
    t1 = time.perf_counter()
    with open(goals_file, encoding="utf-8") as f:
        spec = json.load(f)
    df["provisional"] = df["flag"].str.contains("provisional", regex=False)
    groups = dict(tuple(df.groupby("indicator", sort=False)))
    parts = [evaluate_goal(g, groups[g["indicator"]], spec["as_of"]) for g in spec["goals"] if g["indicator"] in groups]
    res = pd.concat(parts, ignore_index=True)
    t_eval = time.perf_counter() - t1
    t2 = time.perf_counter()
    if out_path.endswith(".csv"):  # the same outputs as CSV, as `zzplan evaluate --format csv`
        res.to_csv(out_path, index=False)
    else:
        res.to_json(out_path, orient="records", lines=True, double_precision=15, force_ascii=False)
    t_write = time.perf_counter() - t2
    print(
        f"pandas_eval: {len(res)} assessments; read {t_read:.3f} s, evaluate {t_eval:.3f} s, "
        f"write {t_write:.3f} s, total {time.perf_counter() - t0:.3f} s (wall); CPU {time.process_time() - c0:.3f} s",
        file=sys.stderr,
    )


def load(path):
    if path.endswith(".csv"):
        return pd.read_csv(path, keep_default_na=False, na_values=[""], dtype={"notes": str})
    return pd.read_json(path, lines=True, dtype=False)


def check(mine, reference):
    a = load(mine)
    b = load(reference)
    keys = ["region", "indicator"]
    if len(a) != len(b):
        print(f"check: {len(a)} assessments against {len(b)}", file=sys.stderr)
        return 1
    j = a.merge(b, on=keys, suffixes=("_a", "_b"), how="outer", indicator=True)
    missing = (j["_merge"] != "both").sum()
    bad = {}
    ties = {}
    common = [c for c in a.columns if c not in keys and c in b.columns]  # what both files have
    for c in common:
        x, y = j[c + "_a"], j[c + "_b"]
        numeric = c not in ("kind", "label", "cn_midterm", "un2022", "un2023", "eurostat", "notes", "projection",
                            "assessed", "met", "stretch_met", "keep_within", "moving_away")
        if numeric:
            xn = pd.to_numeric(x, errors="coerce").to_numpy(dtype=float)
            yn = pd.to_numeric(y, errors="coerce").to_numpy(dtype=float)
            both_nan = np.isnan(xn) & np.isnan(yn)
            close = np.isclose(xn, yn, rtol=1e-9, atol=1e-12)
            diff = ~(both_nan | close)
        else:
            diff = x.astype(str).to_numpy() != y.astype(str).to_numpy()
            if c in TIES:  # a class decided by a metric lying on a class boundary
                metric, bounds = TIES[c]
                v = pd.to_numeric(j[metric + "_b"], errors="coerce").to_numpy(dtype=float)
                on_bound = np.zeros(len(v), dtype=bool)
                for bound in bounds:
                    on_bound |= np.abs(v - bound) <= 1e-9
                tie = diff & on_bound
                if tie.any():
                    ties[c] = (int(tie.sum()), j.loc[tie, keys + [metric + "_a", metric + "_b", c + "_a", c + "_b"]].head(3).to_dict("records"))
                diff &= ~on_bound
        if diff.any():
            bad[c] = (int(diff.sum()), j.loc[diff, keys + [c + "_a", c + "_b"]].head(3).to_dict("records"))
    if missing or bad:
        print(f"check: {missing} unmatched assessments; fields that differ:", file=sys.stderr)
        for c, (k, ex) in bad.items():
            print(f"  {c}: {k} rows, e.g. {ex}", file=sys.stderr)
        return 1
    for c, (k, ex) in ties.items():
        print(f"check: {c}: {k} assessments on a class boundary (the metric equals a threshold to 1e-9;"
              f" float rounding decides the side), e.g. {ex}")
    print(f"check: the same outputs for all {len(a)} assessments ({len(common)} fields each)"
          + (", up to the class-boundary ties above" if ties else ""))
    return 0


def main(argv):
    if len(argv) == 3 and argv[0] == "--check":
        return check(argv[1], argv[2])
    if argv and argv[0] == "--read-only" and len(argv) in (2, 3):
        runs = int(argv[2]) if len(argv) == 3 else 5
        cpu, wall = [], []
        for _ in range(runs):
            c0, t0 = time.process_time(), time.perf_counter()
            df = read_panel(argv[1])
            cpu.append(time.process_time() - c0)
            wall.append(time.perf_counter() - t0)
        mb = os.path.getsize(argv[1]) / 1e6
        c, w = statistics.median(cpu), statistics.median(wall)
        print(f"pandas.read_csv: {len(df)} rows, {mb:.1f} MB, median of {runs}: CPU {c:.3f} s = {mb / c:.1f} MB/s "
              f"(wall {w:.3f} s = {mb / w:.1f} MB/s)")
        return 0
    if len(argv) == 3:
        run(*argv)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
