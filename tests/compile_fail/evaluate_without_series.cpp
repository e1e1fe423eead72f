// expect: zzplan: evaluate is given a goal and a year but no series of published figures
// expect: write evaluate(goal, series, 2021y)
//
// An evaluation without its data: evaluate(goal, 2021y) has nothing to judge.
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
  (void)data;
  const auto a = evaluate(urban, 2021y);
#endif
  return a.assessed ? 0 : 1;
}
