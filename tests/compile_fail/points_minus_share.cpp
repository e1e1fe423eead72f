// expect: zzplan: percentage points minus a share is not a value
// expect: write share - points (72.04_pct - 0.78_pp is 71.26%)
//
// Points minus a share, where the share minus the points was meant: a share moves by points
// (71.26% = 72.04% - 0.78个百分点). The result is used as a share, and that adds no second error.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;

share misuse() {
  const share level = 72.04_pct;
  const points rise = 0.78_pp;
#ifdef ZZPLAN_COMPILING_TWIN
  return level - rise;
#else
  return rise - level;
#endif
}

int main() {
  return misuse().percent() > 70.0 ? 0 : 1;
}
