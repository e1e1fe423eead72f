// expect: zzplan: money at current prices
// expect: and money at constant prices
// expect: cannot be added or compared
// expect: zzplan::deflate(amount, deflator)
//
// Current-price money (现价) plus constant-price money (可比价): convert with a stated deflator.
#include "support/user_header.hpp"

using namespace zzplan;

using prices_2020 = constant_prices<2020>;

yi_yuan<prices_2020> misuse() {
  const yi_yuan<prices_2020> gdp_2020(3105.8);
  const yi_yuan<> increase_2021_nominal(314.5);
#ifdef ZZPLAN_COMPILING_TWIN
  const deflator<current_prices, prices_2020> d{1.031};
  return gdp_2020 + deflate(increase_2021_nominal, d);
#else
  return gdp_2020 + increase_2021_nominal;
#endif
}
