// expect: zzplan: a plain number is given where percentage points
// expect: write it with _pp: 提高1个百分点 is 1_pp
//
// Percentage points written as a plain number: the urbanization rate rose 0.78个百分点, which is
// 0.78_pp (0.78 would be 78 points, or 0.0078: the type does not guess).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;

int main() {
#ifdef ZZPLAN_COMPILING_TWIN
  const points rise = 0.78_pp;
#else
  const points rise = 0.78;
#endif
  return rise.pp() > 0.5 ? 0 : 1;
}
