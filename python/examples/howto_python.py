# docs/howto/python.md: from a published table in a CSV to a DataFrame of assessments, a pivot by
# status and a chart. Run from the repository root:  python3 python/examples/howto_python.py [OUT]
# (OUT: where the chart goes, default build/python_howto.png). Its tests: python/tests/test_examples.py.
import sys
from pathlib import Path

import pandas as pd
import zzplan

out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/python_howto.png")

# snippet-begin: read
# The table as the statistical communiqué publishes it: one row per indicator, one column a year.
table = pd.read_csv("python/examples/data/china_table.csv")
long = table.melt(id_vars=["指标", "单位"], var_name="year", value_name="value")
long = long.dropna(subset=["value"])  # a gap is a missing row, never a number
long["year"] = long["year"].astype(int)
print(long.head(3).to_string(index=False))
# snippet-end: read

# snippet-begin: plan
plan = zzplan.Plan(
    name="“十四五”规划（节选）", base_year=2020, deadline=2025, region="全国",
    goals=[
        zzplan.Goal(id="urbanization", indicator="常住人口城镇化率",
                    target="常住人口城镇化率提高到65%", unit="%", attribute="expected"),
        zzplan.Goal(id="income", indicator="居民人均可支配收入实际增长",
                    target="居民人均可支配收入增长与经济增长基本同步", unit="元/人",
                    attribute="expected", direction="higher", price_basis="constant:2020",
                    observed_as="yearly_change", reference="国内生产总值实际增长"),
    ])
print([g["kind"] for g in zzplan.check(plan)])
# snippet-end: plan

# snippet-begin: evaluate
# The table's column 指标 is zzplan's indicator column.
runs = [zzplan.evaluate(plan, long, method=m, as_of=2023, columns={"指标": "indicator"})
        .assign(method=m) for m in zzplan.METHODS]
df = pd.concat(runs, ignore_index=True)
print(df.loc[df["method"] == "cn_midterm",
             ["id", "latest_year", "latest_value", "target_value", "label"]].to_string(index=False))
# snippet-end: evaluate

# snippet-begin: pivot
by_status = df.pivot_table(index="status", columns="method", values="id", aggfunc="count",
                           fill_value=0, observed=True)
print(by_status.to_string())
# snippet-end: pivot

# snippet-begin: chart
import matplotlib
matplotlib.use("Agg")  # no display needed

ax = by_status.T.plot.barh(stacked=True, figsize=(7, 3), title="14th FYP goals, as of 2023")
ax.set_xlabel("goals")
out.parent.mkdir(parents=True, exist_ok=True)
ax.figure.savefig(out, dpi=80, bbox_inches="tight")
print("chart:", out.name)
# snippet-end: chart

# The output (python/tests/test_examples.py checks each line):
# expect-output:         指标 单位  year  value
# expect-output:   常住人口城镇化率  %  2020  63.89
# expect-output:   常住人口城镇化率  %  2021  64.72
# expect-output: 国内生产总值实际增长  %  2021   8.10
# expect-output: ['level', 'relative']
# expect-output:           id  latest_year  latest_value  target_value  label
# expect-output: urbanization         2023     66.160000          65.0   提前实现
# expect-output:       income         2023      1.180202           NaN 基本符合预期
# expect-output: method          cn_midterm  eurostat  un2022  un2023
# expect-output: status
# expect-output: achieved_early           1         0       0       0
# expect-output: as_expected              1         0       0       0
# expect-output: target_met               0         2       2       2
# expect-output: chart: python_howto.png
