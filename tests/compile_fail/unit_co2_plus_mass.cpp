// expect: zzplan: a mass (吨, 斤: grain, steel) and CO2 emissions (吨二氧化碳) cannot be added or compared
// expect: keep CO2 in 吨二氧化碳
//
// Tonnes of CO2 plus tonnes of steel. The twin adds CO2 to CO2.
#include "support/user_header.hpp"

using namespace zzplan;

wan_tonnes_co2 misuse() {
  const wan_tonnes_co2 emitted(1'200.0);
  const wan_tonnes steel(300.0);
#ifdef ZZPLAN_COMPILING_TWIN
  (void)steel;
  return emitted + wan_tonnes_co2(300.0);
#else
  return emitted + steel;
#endif
}
