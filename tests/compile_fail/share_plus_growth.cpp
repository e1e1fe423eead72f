// expect: zzplan: a share (%) is a level and a growth rate (%) a relative change
// expect: cannot be added or compared
// expect: zzplan::apply(rate, level)
//
// A share plus a growth rate: a 13% trade dependence "plus 10%" is apply(+10%, 13%) = 14.3%.
#include "support/user_header.hpp"

using namespace zzplan;

share misuse() {
  const share trade_dependence = share::percent(13);
  const growth_rate growth = growth_rate::percent(10);
#ifdef ZZPLAN_COMPILING_TWIN
  return apply(growth, trade_dependence);
#else
  return trade_dependence + growth;
#endif
}
