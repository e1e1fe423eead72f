// expect: zzplan: decrease_by_points(-1_pp) is a double negative
// expect: write decrease_by_points(1_pp)
//
// A double negative in points: 下降1个百分点 is decrease_by_points(1_pp); with -1_pp it would be
// "a fall of minus one point".
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<share> unemployment{"城镇调查失业率", "surveyed urban unemployment",
                                        direction::lower_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal jobs{unemployment, decrease_by_points(1_pp), period{2020y, 2025y},
                    attribute::expected};
#else
constexpr goal jobs{unemployment, decrease_by_points(-1_pp), period{2020y, 2025y},
                    attribute::expected};
#endif

int main() {
  return jobs.kind() == goal_kind::points_change ? 0 : 1;
}
