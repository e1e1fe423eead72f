// expect: zzplan: a concentration (微克/立方米, PM2.5) can be added to or compared with a concentration only
// expect: zzplan::relative_change(from, to)
//
// PM2.5 in μg/m³ compared with a share: "PM2.5浓度下降10%" is a change of the concentration, not
// a level of 10%. The twin compares two concentrations.
#include "support/user_header.hpp"

using namespace zzplan;

bool misuse() {
  const micrograms_per_m3 pm25(28.0);
#ifdef ZZPLAN_COMPILING_TWIN
  return pm25 < micrograms_per_m3(35.0);
#else
  return pm25 < share::percent(10.0);
#endif
}
