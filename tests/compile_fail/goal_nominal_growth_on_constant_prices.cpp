// expect: zzplan: a nominal growth goal (price_basis::nominal) is set on an indicator at constant prices
// expect: say price_basis::real
//
// A nominal growth goal on an indicator at constant prices: "人均可支配收入年均增长6%" read at
// current prices cannot be judged on figures at 2020 prices.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

using real_income = yuan_per_person<constant_prices<2020>>;
constexpr indicator<real_income> income{"居民人均可支配收入", "per-capita disposable income",
                                        direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal grow{income, grow_on_average(6_pct_a_year, price_basis::real), period{2020y, 2025y},
                    attribute::expected};
#else
constexpr goal grow{income, grow_on_average(6_pct_a_year, price_basis::nominal),
                    period{2020y, 2025y}, attribute::expected};
#endif

int main() {
  return grow.kind() == goal_kind::average_growth ? 0 : 1;
}
