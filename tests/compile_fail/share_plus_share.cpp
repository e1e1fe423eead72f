// expect: zzplan: a share (%) plus a share (%) is not a share
// expect: share - share gives percentage points
// expect: zzplan::sum_of_parts(a, b)
//
// A share plus a share: two urbanization rates do not add up to a rate. The parts of one whole
// (primary + secondary + tertiary industry shares) are summed explicitly with sum_of_parts.
#include "support/user_header.hpp"

using namespace zzplan;

share misuse() {
  const share secondary = share::percent(38.2);
  const share tertiary = share::percent(52.6);
#ifdef ZZPLAN_COMPILING_TWIN
  return sum_of_parts(secondary, tertiary);
#else
  return secondary + tertiary;
#endif
}
