// expect: zzplan: money
// expect: and a share (%) cannot be added or compared
// expect: write share * amount
//
// Money compared with a share: "exports ≥ 15%" needs the share of exports in GDP.
#include "support/user_header.hpp"

using namespace zzplan;

bool misuse() {
  const yi_yuan<> trade(513.0);
  const yi_yuan<> gdp(3420.3);
  const share target = share::percent(15);
#ifdef ZZPLAN_COMPILING_TWIN
  return share_of(trade, gdp) >= target;
#else
  (void)gdp;
  return trade >= target;
#endif
}
