// expect: zzplan: a yearly pace in percentage points
// expect: needs a share indicator
//
// 每年提高1个百分点 on an amount: only a share moves by points a year; GDP grows at a yearly
// rate.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

#ifdef ZZPLAN_COMPILING_TWIN
inline constexpr indicator<share> what{"城镇化率", "urbanization rate",
                                       direction::higher_is_better};
#else
inline constexpr indicator<yi_yuan<>> what{"地区生产总值", "GDP", direction::higher_is_better};
#endif

inline constexpr goal g =
    goal{what, increase_points_each_year(1_pp), period{2020y, 2025y}, attribute::expected};

int main() {
  return g.kind() == goal_kind::points_change ? 0 : 1;
}
