// expect: zzplan: grow_on_average takes an average annual rate, but _pct_growth makes a growth over the whole period
// expect: is written 8_pct_a_year
//
// A growth over the period where an average annual rate is expected: 年均增长8% is 8_pct_a_year;
// 8_pct_growth is a change over the whole period.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<yi_yuan<constant_prices<2020>>> real_gdp{"地区生产总值", "GDP",
                                                             direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal grow{real_gdp, grow_on_average(8_pct_a_year, price_basis::real),
                    period{2020y, 2025y}, attribute::expected};
#else
// snippet-begin: mistake
constexpr goal grow{real_gdp, grow_on_average(8_pct_growth, price_basis::real),
                    period{2020y, 2025y}, attribute::expected};
// snippet-end: mistake
#endif

int main() {
  return grow.kind() == goal_kind::average_growth ? 0 : 1;
}
