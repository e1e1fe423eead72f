// expect: zzplan: money
// expect: and energy
// expect: cannot be added or compared
// expect: energy / money is an energy intensity
//
// 万元 compared with tce (吨标准煤): different dimensions. Energy per money is an intensity.
#include "support/user_header.hpp"

using namespace zzplan;

bool misuse() {
  const wan_yuan<> gdp(10'000);
  const tce energy(5'200);
#ifdef ZZPLAN_COMPILING_TWIN
  const tce_per_wan_yuan<> intensity = energy / gdp;
  return intensity < tce_per_wan_yuan<>(0.6);
#else
  return gdp < energy;
#endif
}
