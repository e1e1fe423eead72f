// expect: zzplan: the phrase writes a unit
// expect: but the indicator's quantity is money
// expect: write the target in money
// expect-gcc: unit_family written = zzplan::unit_family::share
// (money)
//
// A share target (提高到15%) written for a money indicator (GDP in 亿元): the phrase's unit must
// fit the indicator's quantity.
#include "support/user_header.hpp"

using namespace zzplan;

auto misuse() {
#ifdef ZZPLAN_COMPILING_TWIN
  return target_for<"迈上5000亿元台阶", yi_yuan<>>();
#else
  return target_for<"提高到15%", yi_yuan<>>();
#endif
}
