// How-to (docs/howto/load-data.md): the shapes a series can take in C++.
// A series is any forward range of observation<Q> (levels) or change_observation (changes).
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/zzplan.hpp>

#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>

#include <array>
#include <iostream>
#include <ranges>
#include <span>
#include <string_view>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
  // snippet-begin: array
  // 1. Known at compile time: a std::array, flags as published (China's urbanization rate).
  constexpr std::array urban{observation<share>{2020y, 63.89_pct}, // 7th census
                             observation<share>{2021y, 64.72_pct},
                             observation<share>{2022y, 65.22_pct}};
  // snippet-end: array

  // snippet-begin: vector
  // 2. Built at run time from numbers read elsewhere: convert each number into its unit once.
  struct raw {
    int year;
    double percent;
  };
  const std::vector<raw> rows{{2020, 63.89}, {2021, 64.72}, {2022, 65.22}, {2023, 66.16}};
  std::vector<observation<share>> series;
  for (const raw& r : rows) {
    series.push_back({year{r.year}, share::percent(r.percent)});
  }
  // snippet-end: vector

  // snippet-begin: views
  // 3. A view over a wider table (std::views or range-v3): no copy is made.
  struct cell {
    std::string_view indicator;
    observation<share> obs;
  };
  const std::array table{cell{"urbanization", {2020y, 63.89_pct}},
                         cell{"trade_dependence", {2024y, 32.5_pct, flag::derived}},
                         cell{"urbanization", {2024y, 67.00_pct}}};
  auto urbanization =
      table | ranges::views::filter([](const cell& c) { return c.indicator == "urbanization"; }) |
      ranges::views::transform([](const cell& c) { return c.obs; });
  // snippet-end: views

  // snippet-begin: changes
  // 4. Changes instead of levels: yearly by default, or over several years (span).
  constexpr std::array energy{change_observation{2023y, -7.3_pct_growth, flag::none, 3},
                              change_observation{2024y, -3.8_pct_growth}};
  // snippet-end: changes

  // snippet-begin: evaluate
  const auto a1 = evaluate(fyp14::urban, urban, 2022y);
  const auto a2 = evaluate(fyp14::urban, series, 2023y);
  const auto a3 = evaluate(fyp14::urban, std::span{series}.first(2), 2021y);
  const auto a4 = evaluate(fyp14::urban, urbanization, 2024y);
  const auto a5 = evaluate(fyp14::energy, energy, 2024y);
  // snippet-end: evaluate
  for (const assessment_core* a : std::array<const assessment_core*, 5>{&a1, &a2, &a3, &a4, &a5}) {
    std::cout << static_cast<int>(a->as_of) << " " << a->wording << ": " << label_zh(a->label)
              << '\n';
  }

  // snippet-begin: problems
  // 5. What the data cannot give is said, not guessed: a duplicate year stops the assessment.
  const std::array twice{observation<share>{2020y, 63.89_pct}, observation<share>{2021y, 64.72_pct},
                         observation<share>{2021y, 64.7_pct}};
  for (const std::string& n : describe_notes(evaluate(fyp14::urban, twice, 2021y), lang::en)) {
    std::cout << n << '\n';
  }
  // snippet-end: problems
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 2022 常住人口城镇化率提高到65%: 提前实现
// expect-output: 2021 常住人口城镇化率提高到65%: 快于预期
// expect-output: 2024 单位GDP能源消耗降低13.5%: 基本符合预期
// expect-output: invalid data: two observations for 2021; remove one
