// Reference examples (docs/reference/goals.md): calendar.hpp, indicator.hpp, series.hpp,
// target.hpp, goal.hpp.
#include <zzplan/calendar.hpp>
#include <zzplan/format.hpp>
#include <zzplan/goal.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/series.hpp>
#include <zzplan/target.hpp>
#include <zzplan/units.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

// snippet-begin: calendar
constexpr period term{2020y, 2026y}; // base year, deadline
static_assert(term.valid() && term.years() == 6 && years_between(2020y, 2023y) == 3);
constexpr baseline<yi_yuan<>> stated{2020y, 3000_yi_yuan}; // "从3000亿元…"
// snippet-end: calendar

// snippet-begin: indicator
constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};
static_assert(sign(urbanization.better) == 1);
static_assert(level_number(72.04_pct) == 72.04 && level_number(3420.3_yi_yuan) == 3420.3);
// snippet-end: indicator

// snippet-begin: series
// Zhuzhou GDP, 亿元, current prices: 2021 provisional, 2025 only "突破4000亿元".
constexpr std::array gdp{observation<yi_yuan<>>{2021y, 3420.3_yi_yuan, flag::provisional},
                         observation<yi_yuan<>>{2025y, 4000_yi_yuan, flag::lower_bound}};
static_assert(LevelSeries<decltype(gdp)> && has(gdp[1].flags, flag::lower_bound));
// China's energy intensity: -7.3% over 2021-2023 (one change, span 3), then -3.8% in 2024.
constexpr std::array energy{change_observation{2023y, -7.3_pct_growth, flag::none, 3},
                            change_observation{2024y, -3.8_pct_growth}};
static_assert(ChangeSeries<decltype(energy)>);
// snippet-end: series

// snippet-begin: target
static_assert(above(70_pct).cmp == comparison::more_than);          // 超过: strict
static_assert(raise_to(15_pct).cmp == comparison::at_least);        // 提高到: inclusive
static_assert(within(5.5_pct).is_ceiling);                          // 控制在…以内
static_assert(decrease_by(15_pct_growth).change == -15_pct_growth); // 下降15%: signed
static_assert(kind_of_target(add_between(2_items, 3_items)) == goal_kind::increment);
static_assert(is_strict(comparison::more_than) && comparison_sign(comparison::at_most) == -1);
// snippet-end: target

// snippet-begin: goal
constexpr goal urban = goal{urbanization, above(75_pct), term, attribute::expected}
                           .with_id("urbanization")
                           .with_wording("全市常住人口城镇化率：超过75%");
static_assert(urban.kind() == goal_kind::level && urban.when.years() == 6);
// snippet-end: goal

// A year read at run time, as from a plan file (here it is simply the number given).
year read_year(int y) {
  return year{y};
}

int main() {
  // snippet-begin: invalid
  try {
    // years known only at run time: the goal is checked when it is built, and throws
    const goal wrong{urbanization, above(75_pct), period{read_year(2026), read_year(2020)},
                     attribute::expected};
    (void)wrong;
  } catch (const invalid_goal& e) {
    std::cout << (e.code() == goal_errc::deadline_not_after_base) << ' ' << e.what() << '\n';
  }
  // snippet-end: invalid
  std::cout << urban.wording << ", " << stated.value << '\n';
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 1 zzplan: the deadline is not after the base year; write the base year first, then a later deadline: period{2020y, 2025y}
// expect-output: 全市常住人口城镇化率：超过75%, 3000亿元
