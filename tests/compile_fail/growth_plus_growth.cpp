// expect: zzplan: a growth rate (%) plus a growth rate (%): growth rates do not add
// expect: they compound
// expect: zzplan::compound(a, b)
//
// Growth rates compound: two years of +10% are +21%, not +20%.
#include "support/user_header.hpp"

using namespace zzplan;

growth_rate misuse() {
  const growth_rate first_year = growth_rate::percent(10);
  const growth_rate second_year = growth_rate::percent(10);
#ifdef ZZPLAN_COMPILING_TWIN
  return compound(first_year, second_year);
#else
  return first_year + second_year;
#endif
}
