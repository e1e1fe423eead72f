// expect: zzplan: a goal states its attribute
// expect: say attribute::binding or attribute::expected
//
// A goal without its attribute: every target of a plan is 约束性 (binding) or 预期性 (expected).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal urban{urbanization, above(75_pct), period{2020y, 2026y}, attribute::expected};
#else
// snippet-begin: mistake
constexpr goal urban{urbanization, above(75_pct), period{2020y, 2026y}};
// snippet-end: mistake
#endif

int main() {
  return urban.kind() == goal_kind::level ? 0 : 1;
}
