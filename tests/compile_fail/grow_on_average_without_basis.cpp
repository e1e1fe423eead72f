// expect: zzplan: an average growth goal states its price basis
// expect: price_basis::real) or price_basis::nominal
//
// An average growth goal without its price basis: "年均增长8%" at current or at constant prices?
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal grow{gdp, grow_on_average(8_pct_a_year, price_basis::nominal), period{2020y, 2025y},
                    attribute::expected};
#else
constexpr goal grow{gdp, grow_on_average(8_pct_a_year), period{2020y, 2025y}, attribute::expected};
#endif

int main() {
  return grow.kind() == goal_kind::average_growth ? 0 : 1;
}
