// expect: zzplan: a band of percentage points
// expect: needs a share indicator
//
// 提高2个百分点左右 on an amount: a band of points is a band of a share's change; an amount's
// band is written in its unit.
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

inline constexpr goal g = goal{what, about(2_pp), period{2020y, 2025y}, attribute::expected};

int main() {
  return g.kind() == goal_kind::band ? 0 : 1;
}
