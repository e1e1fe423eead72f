// expect: zzplan: an indicator measures a share
// expect: write indicator<share> for a rate in %
//
// An indicator of plain numbers: indicator<double>. A rate in % is a share; an amount has a unit.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

#ifdef ZZPLAN_COMPILING_TWIN
constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};
constexpr goal urban{urbanization, above(75_pct), period{2020y, 2026y}, attribute::expected};
#else
constexpr indicator<double> urbanization{"常住人口城镇化率", "urbanization rate",
                                         direction::higher_is_better};
constexpr goal urban{urbanization, above(75.0), period{2020y, 2026y}, attribute::expected};
#endif

int main() {
  return urban.kind() == goal_kind::level ? 0 : 1;
}
