// expect: zzplan: a cumulative total (sum_at_least) adds up a yearly flow over the period and needs a total above 0
// expect: write the sum the plan states: sum_at_least(5500_wan_persons)
//
// 累计X以上 written with no total: a sum of new urban jobs over five years is a positive number of
// persons, as the plan's table states it (5500万人).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<wan_persons> new_jobs{"城镇新增就业", "new urban jobs",
                                          direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal jobs{new_jobs, sum_at_least(5500_wan_persons), period{2020y, 2025y},
                    attribute::expected};
#else
constexpr goal jobs{new_jobs, sum_at_least(0_wan_persons), period{2020y, 2025y},
                    attribute::expected};
#endif

int main() {
  return jobs.kind() == goal_kind::cumulative_total ? 0 : 1;
}
