// 07 plan roll-up: every goal of a plan evaluated at once, then counted per label, split binding
// (约束性) / expected (预期性). Counts and completion rates, never an average of percentages.
// China's 14th FYP (zzplan/plans/fyp14.hpp) at its mid-term review year, on the figures found.
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>
#include <span>
#include <tuple>
#include <type_traits>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
using C = change_observation;

constexpr std::array urbanization{
    observation<share>{2020y, 63.89_pct}, observation<share>{2021y, 64.72_pct},
    observation<share>{2022y, 65.22_pct}, observation<share>{2023y, 66.16_pct}};
constexpr std::array energy{C{2023y, -7.3_pct_growth, flag::none, 3}}; // NDRC: 2021-23 about -7.3%
constexpr std::array income{C{2021y, 8.1_pct_growth}, C{2022y, 2.9_pct_growth},
                            C{2023y, 6.1_pct_growth}}; // real growth of income per person
constexpr std::array gdp{C{2021y, 8.1_pct_growth}, C{2022y, 3.0_pct_growth},
                         C{2023y, 5.2_pct_growth}}; // real GDP growth
// The other goals: no figures in this example. A gap stays a gap.

// What evaluate takes for each goal, between the goal and the year.
auto data_for = [](const auto& g) {
  using G = std::remove_cvref_t<decltype(g)>;
  using Q = typename G::quantity_type;
  if constexpr (std::is_same_v<typename G::target_type, relative_target>) {
    const bool ours = g.id == "income_in_step";
    return std::tuple{ours ? std::span<const C>{income} : std::span<const C>{},
                      ours ? std::span<const C>{gdp} : std::span<const C>{}};
  } else if constexpr (std::is_same_v<G, std::remove_cvref_t<decltype(fyp14::energy)>>) {
    return std::tuple{std::span<const C>{energy}};
  } else if constexpr (std::is_same_v<Q, share>) {
    return std::tuple{g.id == "urbanization" ? std::span<const observation<share>>{urbanization}
                                             : std::span<const observation<share>>{}};
  } else {
    return std::tuple{std::span<const observation<Q>>{}};
  }
};

int main() {
  const auto results = evaluate_plan(fyp14::goals, 2023y, data_for);
  std::apply(
      [](const auto&... a) {
        ((std::cout << (a.attr == attribute::binding ? "约束性 " : "预期性 ") << a.wording << ": "
                    << label_zh(a.label) << (a.alert() ? "  ← alert" : "") << '\n'),
         ...);
      },
      results);

  const rollup r = roll_up_tuple(results, method::cn_midterm);
  for (const auto& [name, c] :
       {std::pair{"binding ", r.binding}, std::pair{"expected", r.expected}}) {
    std::cout << name << ": " << c.goals << " goals, " << c.assessed << " assessed, " << c.met
              << " met, " << c.count(schedule_label::achieved_early) << " 提前实现, "
              << c.count(schedule_label::as_expected) << " 基本符合预期, "
              << c.count(schedule_label::lagging) << " 滞后, " << c.count(schedule_label::none)
              << " 数据不足, alerts " << c.alerts << '\n';
  }
  std::cout << "completion rate " << format_number(r.all.completion_rate().value_or(0) * 100, 3)
            << "% of the goals assessed\n";
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 约束性 单位GDP能源消耗降低13.5%: 滞后  ← alert
// expect-output: 预期性 常住人口城镇化率提高到65%: 提前实现
// expect-output: 预期性 居民人均可支配收入增长与国内生产总值增长基本同步: 基本符合预期
// expect-output: binding : 8 goals, 1 assessed, 0 met, 0 提前实现, 0 基本符合预期, 1 滞后, 7 数据不足, alerts 1
// expect-output: expected: 11 goals, 2 assessed, 2 met, 1 提前实现, 1 基本符合预期, 0 滞后, 9 数据不足, alerts 0
// expect-output: completion rate 66.7% of the goals assessed
