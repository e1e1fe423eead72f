// expect: zzplan: the target asks for more (raise_to, above, at_least, increase_by) of a lower_is_better indicator
// expect: write lower_to, within, below or decrease_by
//
// "提高到" on an indicator whose direction is lower_is_better: unemployment should fall, so a
// goal cannot ask it to rise to 5.5%. 控制在5.5%以内 is within(5.5_pct).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<share> unemployment{"城镇调查失业率", "surveyed urban unemployment",
                                        direction::lower_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal jobs{unemployment, within(5.5_pct), period{2020y, 2025y}, attribute::expected};
#else
// snippet-begin: mistake
constexpr goal jobs{unemployment, raise_to(5.5_pct), period{2020y, 2025y}, attribute::expected};
// snippet-end: mistake
#endif

int main() {
  return jobs.kind() == goal_kind::ceiling ? 0 : 1;
}
