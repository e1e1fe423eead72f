// expect: zzplan: the phrase writes a share (%), but the indicator's quantity is money
// (money)
//
// A share target (提高到15%) written for a money indicator (GDP in 亿元): the phrase's unit must
// fit the indicator's quantity.
#include <zzplan/phrase.hpp>

using namespace zzplan;

auto misuse() {
#ifdef ZZPLAN_COMPILING_TWIN
  return target_for<"迈上5000亿元台阶", yi_yuan<>>();
#else
  return target_for<"提高到15%", yi_yuan<>>();
#endif
}
