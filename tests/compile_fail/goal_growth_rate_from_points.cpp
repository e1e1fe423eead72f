// expect: zzplan: decrease_by takes a growth rate, but _pp makes percentage points
// expect: decrease_by_points(1_pp)
//
// A growth rate built from points in a goal: "城镇调查失业率下降1个百分点" written as a relative
// decrease, decrease_by(1_pp), which takes a growth rate. The points goal is decrease_by_points.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

inline constexpr indicator<share> unemployment{"城镇调查失业率", "surveyed urban unemployment",
                                               direction::lower_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
inline constexpr goal jobs =
    goal{unemployment, decrease_by_points(1_pp), period{2020y, 2025y}, attribute::expected};
#else
inline constexpr goal jobs =
    goal{unemployment, decrease_by(1_pp), period{2020y, 2025y}, attribute::expected};
#endif

int main() {
  return jobs.kind() == goal_kind::points_change ? 0 : 1;
}
