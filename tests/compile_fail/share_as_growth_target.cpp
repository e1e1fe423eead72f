// expect: zzplan: increase_by takes a growth rate, but _pct makes a share
// expect: increase_by(15_pct_growth)
//
// A share where a growth rate is expected: 增长15% is increase_by(15_pct_growth), not
// increase_by(15_pct) (15_pct is a share, a level such as an urbanization rate).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal grow{gdp, increase_by(15_pct_growth), period{2020y, 2025y}, attribute::expected};
#else
// snippet-begin: mistake
constexpr goal grow{gdp, increase_by(15_pct), period{2020y, 2025y}, attribute::expected};
// snippet-end: mistake
#endif

int main() {
  return grow.kind() == goal_kind::cumulative_change ? 0 : 1;
}
