// expect: zzplan: a water intensity (立方米/万元) can be added to or compared with a water intensity on the same price basis only
//
// Water per 万元 of GDP compared with energy per 万元 of GDP. The twin compares two water
// intensities on one price basis.
#include "support/user_header.hpp"

using namespace zzplan;

bool misuse() {
  using prices = constant_prices<2020>;
  const cubic_metres_per_wan_yuan<prices> water(57.2);
#ifdef ZZPLAN_COMPILING_TWIN
  return water < cubic_metres_per_wan_yuan<prices>(60.0);
#else
  return water < tce_per_wan_yuan<prices>(0.55);
#endif
}
