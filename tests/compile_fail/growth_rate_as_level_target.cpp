// expect: zzplan: the target is a growth rate (a change) where a level is expected
// expect: increase_by(8_pct_growth)
//
// A growth rate where a level is expected: "城镇化率提高到75%" is raise_to(75_pct); a growth rate
// (8_pct_growth) is a change, written with increase_by.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal urban{urbanization, raise_to(75_pct), period{2020y, 2026y}, attribute::expected};
#else
constexpr goal urban{urbanization, raise_to(75_pct_growth), period{2020y, 2026y},
                     attribute::expected};
#endif

int main() {
  return urban.kind() == goal_kind::level ? 0 : 1;
}
