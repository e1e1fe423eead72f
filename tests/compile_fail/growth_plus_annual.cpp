// expect: zzplan: a growth rate over a period (%) and an average annual rate
// expect: cannot be combined
// expect: zzplan::over(annual, years)
//
// A growth rate over a period plus an average annual rate: convert one into the other first.
#include "support/user_header.hpp"

using namespace zzplan;

growth_rate misuse() {
  const growth_rate first_three_years = growth_rate::percent(-7);
  const annual_rate last_two_years = annual_rate::percent(-4.4);
#ifdef ZZPLAN_COMPILING_TWIN
  return compound(first_three_years, over(last_two_years, 2));
#else
  return first_three_years + last_two_years;
#endif
}
