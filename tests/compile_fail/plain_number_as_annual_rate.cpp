// expect: zzplan: grow_on_average takes an average annual rate, not a plain number
// expect: 8_pct_a_year
//
// 年均增长6% written as a plain number: an average annual rate is 6_pct_a_year.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<yi_yuan<constant_prices<2020>>> gdp{"地区生产总值", "GDP",
                                                        direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal grow{gdp, grow_on_average(6_pct_a_year, price_basis::real), period{2020y, 2025y},
                    attribute::expected};
#else
constexpr goal grow{gdp, grow_on_average(6, price_basis::real), period{2020y, 2025y},
                    attribute::expected};
#endif

int main() {
  return grow.kind() == goal_kind::average_growth ? 0 : 1;
}
