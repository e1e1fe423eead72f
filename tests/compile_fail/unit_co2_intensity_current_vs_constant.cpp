// expect: zzplan: a CO2 intensity (吨二氧化碳/万元) can be added to or compared with a CO2 intensity on the same price basis only
//
// CO2 per 万元 of GDP at current prices compared with CO2 per 万元 at 2020 prices: the two GDPs are
// different money. The twin compares two intensities at 2020 prices.
#include "support/user_header.hpp"

using namespace zzplan;

bool misuse() {
  const tonnes_co2_per_wan_yuan<constant_prices<2020>> base(1.05);
#ifdef ZZPLAN_COMPILING_TWIN
  return tonnes_co2_per_wan_yuan<constant_prices<2020>>(0.9) < base;
#else
  return tonnes_co2_per_wan_yuan<>(0.9) < base;
#endif
}
