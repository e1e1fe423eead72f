// expect: zzplan: a mass (公斤, 吨, 万吨, 亿吨, 斤, 亿斤) can be added to or compared with a mass only
// expect: 1 斤 = 0.5 公斤 converts
//
// Grain output (亿吨) compared with farmland (亿亩). The twin compares grain in 亿吨 with grain in
// 亿斤, which converts exactly (1 斤 = 0.5 kg).
#include "support/user_header.hpp"

using namespace zzplan;

bool misuse() {
  const yi_tonnes grain(6.5);
  const yi_mu farmland(18.0);
#ifdef ZZPLAN_COMPILING_TWIN
  (void)farmland;
  return grain < yi_jin(13'000.0);
#else
  return grain < farmland;
#endif
}
