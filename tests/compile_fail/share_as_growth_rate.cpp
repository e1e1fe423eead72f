// expect: zzplan: a share (15_pct
// expect: where a growth rate is expected
// expect: relative_change(from, to)
// expect: written 15_pct_growth
//
// A share where a growth rate is expected: an urbanization rate of 72.04% is a level.
#include "support/user_header.hpp"

using namespace zzplan;

growth_rate misuse() {
  const share before = share::percent(71.26);
  const share urbanization = share::percent(72.04);
#ifdef ZZPLAN_COMPILING_TWIN
  growth_rate g = relative_change(before, urbanization);
#else
  (void)before;
  growth_rate g = urbanization;
#endif
  return g;
}
