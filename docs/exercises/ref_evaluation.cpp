// Reference examples (docs/reference/evaluation.md): evaluate.hpp, relative.hpp, assessment.hpp,
// status.hpp, notes.hpp. Figures: examples/data/zhuzhou.csv.
#include <zzplan/evaluate.hpp>
#include <zzplan/notes.hpp>
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/plans/zhuzhou.hpp>
#include <zzplan/relative.hpp>
#include <zzplan/status.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
  // snippet-begin: evaluate
  // Levels: China's urbanization rate against 提高到65% (2020 → 2025).
  constexpr std::array urban{observation<share>{2020y, 63.89_pct},
                             observation<share>{2021y, 64.72_pct}};
  const auto a = evaluate(fyp14::urban, urban, 2021y);
  // Changes: China's energy intensity against 降低13.5%, with a straight-line projection.
  constexpr std::array energy{change_observation{2023y, -7.3_pct_growth, flag::none, 3}};
  options opt;
  opt.projection = projection_method::linear;
  const auto b = evaluate(fyp14::energy, energy, 2023y, opt);
  // A milestone: done or not, with evidence (none recorded yet).
  const auto c = evaluate(zhuzhou::rail_cluster, milestone_record{}, 2025y);
  std::cout << label_zh(a.label) << ", " << label_zh(b.label) << " (" << to_string(b.projection)
            << "), " << label_zh(c.label) << '\n';
  // snippet-end: evaluate

  // snippet-begin: relative
  // 居民人均可支配收入增长与经济增长基本同步: real growth of income and of GDP, 2021-2023.
  constexpr std::array income{change_observation{2021y, 8.1_pct_growth},
                              change_observation{2022y, 2.9_pct_growth},
                              change_observation{2023y, 6.1_pct_growth}};
  constexpr std::array gdp{change_observation{2021y, 8.1_pct_growth},
                           change_observation{2022y, 3.0_pct_growth},
                           change_observation{2023y, 5.2_pct_growth}};
  const auto r = evaluate(fyp14::income, income, gdp, 2023y);
  std::cout << format_number(r.actual_rate->percent(), 3) << "% vs "
            << format_number(r.required_rate->percent(), 3)
            << "% a year: " << (*r.met ? "in step" : "not in step") << '\n';
  // snippet-end: relative

  // snippet-begin: assessment
  if (a.assessed) { // every output is optional: absent when it cannot be computed
    std::cout << static_cast<int>(*a.latest_year) << ": " << *a.latest_value << " of "
              << *a.target_value << ", e " << format_number(*a.time_elapsed, 3) << ", a "
              << format_number(*a.achievement_share, 3) << ", q "
              << format_number(*a.schedule_ratio, 3) << ", to go "
              << format_number(-a.over_completion_absolute->pp(), 3) << " points\n";
  }
  std::cout << "alert: " << b.alert() << ", exceeded: " << a.exceeded() << '\n';
  // snippet-end: assessment

  // snippet-begin: status
  for (const method m : {method::cn_midterm, method::un2022, method::un2023, method::eurostat}) {
    std::cout << to_string(m) << '=' << to_string(b.status_under(m)) << ' ';
  }
  thresholds t;       // the published boundaries (UN, Eurostat) and ours (China)
  t.cn.faster = 1.10; // ours are configurable
  std::cout << '\n'
            << label_zh(label_for_ratio(1.07, t)) << ", " << to_string(classify_un2022(0.7, t))
            << ", " << to_string(classify_eurostat(0.7, t)) << ", "
            << to_string(classify_un2023(0.7, t)) << '\n';
  // snippet-end: status

  // snippet-begin: notes
  const auto none = evaluate(zhuzhou::urban, std::array<observation<share>, 0>{}, 2025y);
  for (const note& n : none.notes) {
    std::cout << describe(n) << " / " << describe(n, lang::en) << '\n';
  }
  // snippet-end: notes
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 快于预期, 滞后 (linear), 数据不足
// expect-output: 5.68% vs 5.41% a year: in step
// expect-output: 2021: 64.72% of 65%, e 0.2, a 0.748, q 3.74, to go 0.28 points
// expect-output: alert: 1, exceeded: 0
// expect-output: cn_midterm=lagging un2022=fair_progress un2023=acceleration_needed eurostat=moderate_progress
// expect-output: 基本符合预期, fair_progress, moderate_progress, acceleration_needed
// expect-output: 数据不足：无观测值 / insufficient data: no observations
