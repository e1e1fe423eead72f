// expect: zzplan: a percentage-point goal
// expect: needs a share indicator
//
// A points-change goal on a non-share indicator: GDP cannot "rise 1 percentage point"; a level
// in 亿元 rises by a growth rate (increase_by) or to a level (raise_to).
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
    goal{what, increase_by_points(1_pp), period{2020y, 2025y}, attribute::expected};

int main() {
  return g.kind() == goal_kind::points_change ? 0 : 1;
}
