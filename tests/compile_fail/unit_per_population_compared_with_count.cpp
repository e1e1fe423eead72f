// expect: zzplan: a rate per population (件/万人口) can be added to or compared with the same count per population only
// expect: a rate is a count divided by the population it is per
//
// High-value patents per 10,000 population compared with a count of patents. The twin compares
// two rates: per 万人口 and per 千人口 convert exactly (12 per 10,000 is 1.2 per 1,000).
#include "support/user_header.hpp"

using namespace zzplan;

bool misuse() {
  const jian_per_wan_population patents(9.4);
#ifdef ZZPLAN_COMPILING_TWIN
  return patents < jian_per_wan_population(12.0);
#else
  return patents < jian(12.0);
#endif
}
