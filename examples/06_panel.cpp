// 06 panel: one goal evaluated for many regions with range-v3 views, then ranked.
// Real GDP levels (亿元, current prices) of Zhuzhou, Hunan and China; the goal is a teaching goal
// (示例目标), not one any of them set.
#include <zzplan/panel.hpp>
#include <zzplan/zzplan.hpp>

#include <range/v3/algorithm/sort.hpp>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/filter.hpp>

#include <array>
#include <functional>
#include <iostream>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
using row = panel_row<observation<yi_yuan<>>>;

// Rows of one region are adjacent; a gap is a missing row (Zhuzhou 2025 is only "突破4000亿元").
constexpr std::array rows{
    row{"株洲", {2021y, 3420.3_yi_yuan, flag::provisional}},
    row{"株洲", {2022y, 3616.81_yi_yuan}},
    row{"株洲", {2023y, 3667.90_yi_yuan}},
    row{"株洲", {2024y, 3902.4_yi_yuan}},
    row{"株洲", {2025y, 4000_yi_yuan, flag::lower_bound}},
    row{"湖南", {2021y, 46063.09_yi_yuan}},
    row{"湖南", {2022y, 48670.4_yi_yuan}},
    row{"湖南", {2023y, 50012.85_yi_yuan}},
    row{"湖南", {2024y, 53230.99_yi_yuan}},
    row{"湖南", {2025y, 55308.65_yi_yuan}},
    row{"全国", {2021y, 1143670_yi_yuan}},
    row{"全国", {2022y, 1210207_yi_yuan}},
    row{"全国", {2024y, 1349084_yi_yuan}}, // 2023 level not found: a gap, not filled
    row{"全国", {2025y, 1401879_yi_yuan}},
};

int main() {
  constexpr indicator<yi_yuan<>> gdp{"地区生产总值（现价）", "GDP at current prices",
                                     direction::higher_is_better};
  constexpr goal g{gdp, grow_on_average(5_pct_a_year, price_basis::nominal), period{2021y, 2025y},
                   attribute::expected};
  std::cout << "示例目标: 地区生产总值（现价）年均增长5%以上, 2021-2025\n";

  // snippet-begin: panel
  // Lazy: one assessment per region, read from the rows where they are; keep those assessed.
  auto results = evaluate_panel(g, rows, 2025y) |
                 ranges::views::filter([](const auto& r) { return r.result.assessed; }) |
                 ranges::to<std::vector>();
  ranges::sort(results, std::greater<>{},
               [](const auto& r) { return r.result.actual_rate->fraction(); });
  // snippet-end: panel

  int rank = 0;
  for (const auto& [region, a] : results) {
    std::cout << ++rank << ". " << region << ": " << format_number(a.actual_rate->percent(), 3)
              << "% a year " << static_cast<int>(a.baseline_year) << "-"
              << static_cast<int>(*a.latest_year) << ", rate ratio "
              << format_number(*a.rate_ratio, 3) << ", " << label_zh(a.label) << " / "
              << to_string(a.status_under(method::eurostat)) << '\n';
  }
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 1. 全国: 5.22% a year 2021-2025, rate ratio 1.04, 已实现 / target_met
// expect-output: 2. 湖南: 4.68% a year 2021-2025, rate ratio 0.936, 未实现 / moderate_progress
// expect-output: 3. 株洲: 4.49% a year 2021-2024
