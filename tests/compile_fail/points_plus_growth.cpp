// expect: zzplan: percentage points
// expect: and a growth rate (%) cannot be combined
// expect: zzplan::relative_change(from, to)
//
// Percentage points plus a growth rate: 'rose 5 points' is not 'rose 5%'.
#include "support/user_header.hpp"

using namespace zzplan;

points misuse() {
  const points rise = points::pp(0.78);
  const growth_rate growth = growth_rate::percent(8.3);
#ifdef ZZPLAN_COMPILING_TWIN
  (void)growth;
  return rise + points::pp(0.5);
#else
  return rise + growth;
#endif
}
