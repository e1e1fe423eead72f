// Reference examples (docs/reference/plans.md): plan.hpp, zhuzhou.hpp, fyp14.hpp, zzplan.hpp.
// Zhuzhou's seven goals of 2021 on the figures found (examples/data/zhuzhou.csv).
// snippet-begin: umbrella
#include <zzplan/zzplan.hpp> // the core: every header outside io/, plans/ and panel.hpp

#include <zzplan/plans/fyp14.hpp> // encoded plans: included on their own
#include <zzplan/plans/zhuzhou.hpp>
// snippet-end: umbrella

#include <array>
#include <iostream>
#include <span>
#include <tuple>
#include <type_traits>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

// snippet-begin: data
constexpr std::array clusters{observation<items>{2020y, 2_items},
                              observation<items>{2025y, 3_items}};
constexpr std::array gdp{observation<yi_yuan<>>{2021y, 3420.3_yi_yuan, flag::provisional},
                         observation<yi_yuan<>>{2024y, 3902.4_yi_yuan},
                         observation<yi_yuan<>>{2025y, 4000_yi_yuan, flag::lower_bound}};
constexpr std::array urban{observation<share>{2020y, 71.26_pct, flag::derived},
                           observation<share>{2021y, 72.04_pct}};
// Trade, S&T contribution, income and energy intensity: not found. Empty series, no guesses.
auto data_for = [](const auto& g) {
  using Q = typename std::remove_cvref_t<decltype(g)>::quantity_type;
  if constexpr (std::is_same_v<Q, items>) {
    return std::tuple{std::span{clusters}};
  } else if constexpr (std::is_same_v<Q, yi_yuan<>>) {
    return std::tuple{std::span{gdp}};
  } else if constexpr (std::is_same_v<Q, share>) { // three goals share this type: pick by id
    return std::tuple{g.id == "urbanization" ? std::span<const observation<share>>{urban}
                                             : std::span<const observation<share>>{}};
  } else {
    return std::tuple{std::span<const observation<Q>>{}};
  }
};
// snippet-end: data

int main() {
  // snippet-begin: plan
  const auto results = evaluate_plan(zhuzhou::goals, 2025y, data_for);
  const rollup r = roll_up_tuple(results); // method::cn_midterm by default
  std::cout << zhuzhou::goals.name << ": " << r.all.goals << " goals, " << r.all.assessed
            << " assessed, " << r.all.met << " met, " << r.all.count(schedule_label::none)
            << " 数据不足; binding " << r.binding.goals << " (" << r.binding.assessed
            << " assessed)\n";

  // roll_up takes any range of assessments (or pointers to them), e.g. from a panel.
  std::vector<const assessment_core*> some{&std::get<0>(results), &std::get<3>(results)};
  std::cout << "completion rate " << format_number(*roll_up(some).all.completion_rate(), 3) << '\n';
  // snippet-end: plan

  // snippet-begin: zhuzhou
  static_assert(zhuzhou::economy.kind() == goal_kind::step && zhuzhou::goals.size() == 7);
  std::cout << zhuzhou::energy.wording << ": " << to_string(zhuzhou::energy.kind()) << ", "
            << zhuzhou::energy.what.name_en << '\n';
  // snippet-end: zhuzhou

  // snippet-begin: fyp14
  std::cout << fyp14::goals.name << ": " << fyp14::goals.size() << " goals; "
            << fyp14::energy.wording << " is "
            << (fyp14::energy.attr == attribute::binding ? "约束性" : "预期性") << '\n';
  // snippet-end: fyp14
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 株洲市未来五年主要奋斗目标: 7 goals, 3 assessed, 0 met, 4 数据不足; binding 1 (0 assessed)
// expect-output: completion rate 0
// expect-output: 万元GDP能耗下降：15%以上: cumulative_change, energy use per 10,000 yuan of GDP
// expect-output: “十四五”规划主要指标: 19 goals; 单位GDP能源消耗降低13.5% is 约束性
