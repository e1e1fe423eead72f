// expect: zzplan: increase_by takes a growth rate, not a plain number
// expect: increase_by(15_pct_growth)
//
// A plain number where a growth rate is expected: 增长15% is increase_by(15_pct_growth).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal grow{gdp, increase_by(15_pct_growth), period{2020y, 2025y}, attribute::expected};
#else
constexpr goal grow{gdp, increase_by(15), period{2020y, 2025y}, attribute::expected};
#endif

int main() {
  return grow.kind() == goal_kind::cumulative_change ? 0 : 1;
}
