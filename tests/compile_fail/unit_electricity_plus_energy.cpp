// expect: zzplan: energy in tce (吨标准煤) and electricity (千瓦时, 度) cannot be added or compared
// expect: convert explicitly with the method's factor
//
// Electricity (亿千瓦时) added to energy in 万吨标准煤: the conversion depends on the accounting
// method, so it is never implicit. The twin adds electricity to electricity.
#include "support/user_header.hpp"

using namespace zzplan;

yi_kwh misuse() {
  const yi_kwh used(92'241.0);
#ifdef ZZPLAN_COMPILING_TWIN
  return used + yi_kwh(1'000.0);
#else
  return used + wan_tce(1'000.0);
#endif
}
