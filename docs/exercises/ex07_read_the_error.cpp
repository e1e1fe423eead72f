// Exercise 7 (tutorial, "read the error, fix the program"): ten first programs, each with one
// mistake that does not compile. Each mistake is a compile-fail test (tests/compile_fail/, the
// region "mistake"); the compiler's first error says what was written, what was expected and
// the fix. These are the ten lines fixed, compiled and run.
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};
constexpr indicator<share> unemployment{"城镇调查失业率", "surveyed urban unemployment",
                                        direction::lower_is_better};
constexpr indicator<share> rd_intensity{"研发经费投入强度", "R&D intensity",
                                        direction::higher_is_better};
constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};
constexpr indicator<yi_yuan<constant_prices<2020>>> real_gdp{"地区生产总值", "GDP",
                                                             direction::higher_is_better};
using intensity = tce_per_wan_yuan<constant_prices<2020>>;
constexpr indicator<intensity> energy{"万元GDP能耗", "energy intensity",
                                      direction::lower_is_better};

namespace fix1 { // period_year_as_int: a year is 2020y, not 2020
// snippet-begin: fix1
constexpr period term{2020y, 2026y};
// snippet-end: fix1
} // namespace fix1

namespace fix2 { // indicator_without_direction: the direction is stated
// snippet-begin: fix2
constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};
// snippet-end: fix2
} // namespace fix2

namespace fix3 { // goal_without_attribute: 预期性 or 约束性
// snippet-begin: fix3
constexpr goal urban{urbanization, above(75_pct), period{2020y, 2026y}, attribute::expected};
// snippet-end: fix3
} // namespace fix3

namespace fix4 { // level_target_as_plain_number: 75% is 75_pct
// snippet-begin: fix4
constexpr goal urban{urbanization, above(75_pct), period{2020y, 2026y}, attribute::expected};
// snippet-end: fix4
} // namespace fix4

namespace fix5 { // share_as_growth_target: 增长15% is 15_pct_growth
// snippet-begin: fix5
constexpr goal grow{gdp, increase_by(15_pct_growth), period{2020y, 2025y}, attribute::expected};
// snippet-end: fix5
} // namespace fix5

namespace fix6 { // share_as_points: 提高1个百分点 is 1_pp
// snippet-begin: fix6
constexpr goal rd{rd_intensity, increase_by_points(1_pp), period{2020y, 2025y},
                  attribute::expected};
// snippet-end: fix6
} // namespace fix6

namespace fix7 { // growth_rate_as_annual_rate: 年均增长8% is 8_pct_a_year
// snippet-begin: fix7
constexpr goal grow{real_gdp, grow_on_average(8_pct_a_year, price_basis::real),
                    period{2020y, 2025y}, attribute::expected};
// snippet-end: fix7
} // namespace fix7

namespace fix8 { // goal_raise_on_lower_is_better: 控制在5.5%以内 is within
// snippet-begin: fix8
constexpr goal jobs{unemployment, within(5.5_pct), period{2020y, 2025y}, attribute::expected};
// snippet-end: fix8
} // namespace fix8

namespace fix9 { // decrease_by_negative: 下降15% is decrease_by(15_pct_growth)
// snippet-begin: fix9
constexpr goal cut{energy, decrease_by(15_pct_growth), period{2020y, 2025y}, attribute::binding};
// snippet-end: fix9
} // namespace fix9

int main() {
  // fix 10, evaluate_year_as_int: the evaluation year is 2021y
  constexpr std::array data{observation<share>{2020y, 71.26_pct, flag::derived},
                            observation<share>{2021y, 72.04_pct}};
  // snippet-begin: fix10
  const auto a = evaluate(fix3::urban, data, 2021y);
  // snippet-end: fix10

  std::cout << "1 " << fix1::term.years() << " years\n";
  std::cout << "2 " << (fix2::urbanization.better == direction::higher_is_better) << '\n';
  std::cout << "3 " << to_string(fix3::urban.kind()) << '\n';
  std::cout << "4 " << to_string(fix4::urban.kind()) << '\n';
  std::cout << "5 " << format_number(fix5::grow.target.change.percent(), 3) << "% in all\n";
  std::cout << "6 " << format_number(fix6::rd.target.change.pp(), 3) << " points\n";
  std::cout << "7 " << format_number(fix7::grow.target.rate.percent(), 3) << "% a year\n";
  std::cout << "8 " << to_string(fix8::jobs.kind()) << '\n';
  std::cout << "9 " << format_number(fix9::cut.target.change.percent(), 3) << "%\n";
  std::cout << "10 " << label_en(a.label) << '\n';
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 1 6 years
// expect-output: 2 1
// expect-output: 3 level
// expect-output: 4 level
// expect-output: 5 15% in all
// expect-output: 6 1 points
// expect-output: 7 8% a year
// expect-output: 8 ceiling
// expect-output: 9 -15%
// expect-output: 10 faster than expected
