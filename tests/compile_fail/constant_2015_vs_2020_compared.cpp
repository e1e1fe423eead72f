// expect: zzplan: money at current prices
// expect: or at the prices of two different years, cannot be added or compared
// expect: zzplan::deflate(amount, deflator)
//
// Money at 2015 prices compared with money at 2020 prices: rebase one of them first.
#include "support/user_header.hpp"

using namespace zzplan;

bool misuse() {
  const yi_yuan<constant_prices<2015>> gdp_at_2015_prices(2750.0);
  const yi_yuan<constant_prices<2020>> target_at_2020_prices(3000.0);
#ifdef ZZPLAN_COMPILING_TWIN
  const deflator<constant_prices<2015>, constant_prices<2020>> rebase{0.93};
  return deflate(gdp_at_2015_prices, rebase) < target_at_2020_prices;
#else
  return gdp_at_2015_prices < target_at_2020_prices;
#endif
}
