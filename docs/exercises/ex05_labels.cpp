// Exercise 5 (tutorial §6): the four labels and their cut-offs.
//
// China's energy intensity fell about 7.3% from 2020 to 2023 against a binding goal of -13.5% by
// 2025. Which label does the 2023 review give? No official cut-offs are published: which label
// would a reviewer who calls q >= 0.85 "基本符合预期" give?
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
  const auto ours = evaluate(fyp14::energy, china, 2023y); // default: 基本符合预期 needs q >= 0.95

  options lenient;
  lenient.limits.cn.as_expected = 0.85; // another reviewer's cut-off
  const auto theirs = evaluate(fyp14::energy, china, 2023y, lenient);
  // snippet-end: answer

  std::cout << "q = " << format_number(*ours.schedule_ratio, 3) << ": " << label_zh(ours.label)
            << " with the default cut-off 0.95, " << label_zh(theirs.label) << " with 0.85\n";
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: q = 0.876: 滞后 with the default cut-off 0.95, 基本符合预期 with 0.85
