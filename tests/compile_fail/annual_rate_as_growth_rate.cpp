// expect: zzplan: increase_by takes the growth over the whole period, but _pct_a_year makes an average annual rate
// expect: increase_by(15_pct_growth)
//
// An average annual rate where a growth over the period is expected: increase_by takes the whole
// change (增长15%); 年均增长 is grow_on_average.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal grow{gdp, grow_on_average(8_pct_a_year, price_basis::nominal), period{2020y, 2025y},
                    attribute::expected};
#else
constexpr goal grow{gdp, increase_by(8_pct_a_year), period{2020y, 2025y}, attribute::expected};
#endif

int main() {
  return grow.kind() != goal_kind::level ? 0 : 1;
}
