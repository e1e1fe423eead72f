// expect: zzplan: the target asks for less (lower_to, within, below, decrease_by) of a higher_is_better indicator
// expect: write raise_to, above or increase_by
//
// "控制在…以内" on an indicator whose direction is higher_is_better: forest cover should rise, so
// 森林覆盖率达到68% is raise_to(68_pct), not within(68_pct).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<share> forest{"森林覆盖率", "forest cover", direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal green{forest, raise_to(68_pct), period{2020y, 2025y}, attribute::binding};
#else
constexpr goal green{forest, within(68_pct), period{2020y, 2025y}, attribute::binding};
#endif

int main() {
  return green.attr == attribute::binding ? 0 : 1;
}
