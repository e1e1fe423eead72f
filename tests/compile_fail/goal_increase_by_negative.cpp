// expect: zzplan: increase_by(-5_pct_growth) asks for a fall
// expect: write decrease_by(5_pct_growth)
//
// A fall written as a negative increase: 下降5% is decrease_by(5_pct_growth). (Energy use should
// fall, so the indicator is lower_is_better and the goal a decrease.)
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<wan_tce> energy_use{"能源消费总量", "energy consumption",
                                        direction::lower_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal cut{energy_use, decrease_by(5_pct_growth), period{2020y, 2025y}, attribute::binding};
#else
constexpr goal cut{energy_use, increase_by(-5_pct_growth), period{2020y, 2025y},
                   attribute::binding};
#endif

int main() {
  return cut.kind() == goal_kind::cumulative_change ? 0 : 1;
}
