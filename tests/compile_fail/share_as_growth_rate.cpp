// expect: zzplan: a share (%) is a level, not a growth rate (%)
// expect: zzplan::relative_change(from, to)
//
// A share where a growth rate is expected: an urbanization rate of 72.04% is a level.
#include <zzplan/percent.hpp>

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
