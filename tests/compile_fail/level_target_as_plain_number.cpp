// expect: zzplan: the target is a plain number, but the indicator is a share
// expect: write it with _pct: 75% is 75_pct
//
// A target written as a plain number: above(75.0) on a share indicator. 75% is 75_pct.
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
constexpr goal urban{urbanization, above(75.0), period{2020y, 2026y}, attribute::expected};
// snippet-end: mistake
#endif

int main() {
  return urban.kind() == goal_kind::level ? 0 : 1;
}
