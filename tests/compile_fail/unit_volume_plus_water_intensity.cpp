// expect: zzplan: a volume of water (立方米) and a water intensity (立方米/万元) cannot be added or compared
// expect: volume / money (at constant prices) is the intensity
//
// Water used (亿立方米) compared with water per 万元 of GDP. The twin compares volumes.
#include "support/user_header.hpp"

using namespace zzplan;

bool misuse() {
  const yi_cubic_metres water(5'900.0);
#ifdef ZZPLAN_COMPILING_TWIN
  return water < yi_cubic_metres(6'400.0);
#else
  return water < cubic_metres_per_wan_yuan<constant_prices<2020>>(57.2);
#endif
}
