// expect: zzplan: a goal's fourth argument is its attribute
// expect: say attribute::binding or attribute::expected
//
// 力争 (aspirational) written in the place of the attribute: a goal is 约束性 or 预期性 first, and
// its modality (确保 or 力争) comes after.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal urban{urbanization, above(75_pct), period{2020y, 2026y}, attribute::expected,
                     modality::aspirational};
#else
constexpr goal urban{urbanization, above(75_pct), period{2020y, 2026y}, modality::aspirational};
#endif

int main() {
  return urban.kind() == goal_kind::level ? 0 : 1;
}
