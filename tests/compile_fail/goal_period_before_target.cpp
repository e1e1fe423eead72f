// expect: zzplan: the goal's period is written before its target, but the target comes first
// expect: write the indicator, the target, the period, the attribute: goal{urbanization
//
// The arguments of a goal out of order: the target comes before the period.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal urban{urbanization, above(75_pct), period{2020y, 2026y}, attribute::expected};
#else
constexpr goal urban{urbanization, period{2020y, 2026y}, above(75_pct), attribute::expected};
#endif

int main() {
  return urban.kind() == goal_kind::level ? 0 : 1;
}
