// Exercise 3 (tutorial §4): average annual growth.
//
// (1) China's per-capita disposable income was 35128元 in 2021 and 43377元 in 2025 (current
// prices). What was its average annual nominal growth? (2) Zhuzhou's goal 居民收入年均增长8%以上
// runs from 2020 to 2026: by how much must income grow over the six years in all?
#include <zzplan/zzplan.hpp>

#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;

int main() {
  // snippet-begin: answer
  const yuan_per_person<> income_2021(35128);
  const yuan_per_person<> income_2025(43377);
  const growth_rate four_years = relative_change(income_2021, income_2025); // +23.5% in all
  const annual_rate per_year = average_annual(four_years, 4);               // (1 + g)^(1/4) - 1

  const growth_rate six_years = over(8_pct_a_year, 6); // (1 + 8%)^6 - 1, not 6 × 8% = 48%
  // snippet-end: answer

  std::cout << "(1) " << format_number(four_years.percent(), 3)
            << "% in four years = " << format_number(per_year.percent(), 3) << "% a year\n"
            << "(2) 8% a year for six years = " << format_number(six_years.percent(), 3)
            << "% in all\n";
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: (1) 23.5% in four years = 5.41% a year
// expect-output: (2) 8% a year for six years = 58.7% in all
