// expect: zzplan: the phrase counts in one classifier and the indicator in another
// expect: a count keeps its classifier
//
// A target in 张 (beds) for an indicator counted in 件 (patents). The twin writes 件.
#include "support/user_header.hpp"

using namespace zzplan;

auto misuse() {
#ifdef ZZPLAN_COMPILING_TWIN
  return target_for<"达到12件", jian>();
#else
  return target_for<"达到12张", jian>();
#endif
}
