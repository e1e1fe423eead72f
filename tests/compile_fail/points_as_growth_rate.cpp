// expect: zzplan: percentage points
// expect: 'rose 5 points' is not 'rose 5%'
// expect: relative_change(from, to)
// expect: written 1_pct_growth
//
// Percentage points where a growth rate is expected: the urbanization rate rose 0.78 points
// (71.26% to 72.04%), which is a relative change of +1.09%, not +0.78%.
#include "support/user_header.hpp"

using namespace zzplan;

growth_rate misuse() {
  const share before = share::percent(71.26);
  const share after = share::percent(72.04);
  const points rise = after - before;
#ifdef ZZPLAN_COMPILING_TWIN
  (void)rise;
  growth_rate g = relative_change(before, after);
#else
  growth_rate g = rise;
#endif
  return g;
}
