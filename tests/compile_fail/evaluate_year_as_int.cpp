// expect: zzplan: the evaluation year is written as a number (2021)
// expect: write it with the suffix y: evaluate(goal, series, 2021y)
//
// The evaluation year written as a number: evaluate(goal, series, 2021).
#include "support/user_header.hpp"

#include <array>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
  constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                          direction::higher_is_better};
  constexpr goal urban{urbanization, above(75_pct), period{2020y, 2026y}, attribute::expected};
  constexpr std::array data{observation<share>{2020y, 71.26_pct, flag::derived},
                            observation<share>{2021y, 72.04_pct}};
#ifdef ZZPLAN_COMPILING_TWIN
  const auto a = evaluate(urban, data, 2021y);
#else
  // snippet-begin: mistake
  const auto a = evaluate(urban, data, 2021);
  // snippet-end: mistake
#endif
  return a.assessed ? 0 : 1;
}
