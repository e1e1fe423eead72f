// expect: zzplan: money
// expect: and a share (%) cannot be added or compared
// expect: write share * amount
//
// Money plus a share: "GDP 3420.3亿元 plus 15%" has no meaning; 15% of GDP is share * GDP.
#include "support/user_header.hpp"

using namespace zzplan;

yi_yuan<> misuse() {
  const yi_yuan<> gdp(3420.3);
  const share trade_dependence = share::percent(15);
#ifdef ZZPLAN_COMPILING_TWIN
  return gdp + trade_dependence * gdp;
#else
  return gdp + trade_dependence;
#endif
}
