// expect: zzplan: decrease_by(-15_pct_growth) is a double negative
// expect: write decrease_by(15_pct_growth)
//
// A double negative: 下降15% is decrease_by(15_pct_growth); decrease_by(-15_pct_growth) would be
// "a decrease of minus 15%".
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

using intensity = tce_per_wan_yuan<constant_prices<2020>>;
constexpr indicator<intensity> energy{"万元GDP能耗", "energy intensity",
                                      direction::lower_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal cut{energy, decrease_by(15_pct_growth), period{2020y, 2025y}, attribute::binding};
#else
// snippet-begin: mistake
constexpr goal cut{energy, decrease_by(-15_pct_growth), period{2020y, 2025y}, attribute::binding};
// snippet-end: mistake
#endif

int main() {
  return cut.kind() == goal_kind::cumulative_change ? 0 : 1;
}
