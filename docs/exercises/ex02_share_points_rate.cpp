// Exercise 2 (tutorial §3): a share, percentage points, a growth rate.
//
// Hunan's foreign trade was 11.67% of GDP in 2020 and 13.00% in 2021 (both derived from the
// published trade and GDP totals). By how much did trade dependence rise: in points, and as a
// growth rate? Which sentence is right: "提高1.33%" or "提高1.33个百分点"?
#include <zzplan/zzplan.hpp>

#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;

int main() {
  // snippet-begin: answer
  const share dependence_2020 = share_of(4874.5_yi_yuan, 41781.49_yi_yuan); // trade / GDP, 2020
  const share dependence_2021 = share_of(5988.5_yi_yuan, 46063.09_yi_yuan); // trade / GDP, 2021

  const points rise = dependence_2021 - dependence_2020; // share - share
  const growth_rate relative =
      relative_change(dependence_2020, dependence_2021); // (to - from) / from
  // growth_rate wrong = rise;  // does not compile: points are not a growth rate
  // snippet-end: answer

  std::cout << format_number(dependence_2020.percent(), 4) << "% → "
            << format_number(dependence_2021.percent(), 4) << "%: 提高"
            << format_number(rise.pp(), 3) << "个百分点, a relative rise of "
            << format_number(relative.percent(), 3) << "%\n";
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 11.67% → 13%: 提高1.33个百分点, a relative rise of 11.4%
