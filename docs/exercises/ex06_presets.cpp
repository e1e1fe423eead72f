// Exercise 6 (tutorial §7): the international presets.
//
// Classify China's energy-intensity progress in 2023 (about -7.3% since 2020, goal -13.5% by
// 2025) under each preset: China's mid-term labels, UN 2022, UN 2023 and Eurostat. Why do they
// differ?
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
  constexpr std::array china{change_observation{2023y, -7.3_pct_growth, flag::none, 3}};
  // snippet-begin: answer
  const auto a = evaluate(fyp14::energy, china, 2023y);
  for (const method m : {method::cn_midterm, method::un2022, method::un2023, method::eurostat}) {
    std::cout << to_string(m) << ": " << to_string(a.status_under(m)) << '\n';
  }
  // cn_midterm: q = a / s; un2022 and eurostat: r_a / r_r; un2023: projected share P
  std::cout << "q " << format_number(*a.schedule_ratio, 3) << ", r_a/r_r "
            << format_number(*a.rate_ratio, 3) << ", P "
            << format_number(*a.projected_share_geometric, 3) << '\n';
  // snippet-end: answer
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: cn_midterm: lagging
// expect-output: un2022: fair_progress
// expect-output: un2023: acceleration_needed
// expect-output: eurostat: moderate_progress
// expect-output: q 0.876, r_a/r_r 0.873, P 0.879
