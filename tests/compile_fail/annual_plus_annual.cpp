// expect: zzplan: an average annual rate
// expect: plus an average annual rate: rates do not add
// expect: zzplan::over(rate, years)
//
// Average annual rates (年均增长) of two plans do not add; each compounds over its years.
#include "support/user_header.hpp"

using namespace zzplan;

auto misuse() {
  const annual_rate first_plan = annual_rate::percent(8);
  const annual_rate second_plan = annual_rate::percent(6);
#ifdef ZZPLAN_COMPILING_TWIN
  const growth_rate ten_years = compound(over(first_plan, 5), over(second_plan, 5));
#else
  const auto ten_years = first_plan + second_plan;
#endif
  return ten_years;
}
