# The README's example: a plan file and a DataFrame in, a DataFrame of assessments out.
import pandas as pd
import zzplan

data = pd.read_csv("examples/data/zhuzhou.csv")  # indicator, year, value, flag: as published
df = zzplan.evaluate("examples/zhuzhou.toml", data, lang="en")  # one row per goal
print(df[["id", "latest_value", "target_value", "label", "status"]].to_string(index=False))
print(df["status"].value_counts()[lambda n: n > 0].to_dict())
print(df.loc[df["id"] == "urbanization", "schedule_ratio"].round(3).item())
# expect-output:                   id  latest_value  target_value label               status
# expect-output:     billion_clusters          3.00          4.00    滞后              lagging
# expect-output:    tech_contribution           NaN           NaN  数据不足    insufficient_data
# expect-output:     trade_dependence           NaN           NaN  数据不足    insufficient_data
# expect-output:                  gdp       3902.40       5000.00    滞后              lagging
# expect-output:         urbanization         72.04         75.00  快于预期 faster_than_expected
# expect-output:        income_growth           NaN           NaN  数据不足    insufficient_data
# expect-output:     energy_intensity           NaN          0.85  数据不足    insufficient_data
# expect-output: rail_transit_cluster           NaN           NaN  数据不足    insufficient_data
# expect-output:       civilized_city           NaN           NaN  数据不足    insufficient_data
# expect-output: {'insufficient_data': 6, 'lagging': 2, 'faster_than_expected': 1}
# expect-output: 1.251
