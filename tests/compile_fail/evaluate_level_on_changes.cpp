// expect: zzplan: a level, step, range, points or count target needs a series of levels
// expect: a series of changes only gives an index with the base = 1
//
// A level target evaluated on a series of changes: "能耗降低到0.40吨标准煤/万元" cannot be judged
// from yearly changes ("下降3.8%"), which give only an index with the base year = 1.
#include "support/user_header.hpp"

#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

using intensity = tce_per_wan_yuan<constant_prices<2020>>;

bool misuse() {
  constexpr indicator<intensity> energy{"万元GDP能耗", "energy intensity",
                                        direction::lower_is_better};
  const goal g{energy, lower_to(intensity(0.40)), period{2020y, 2025y}, attribute::binding};
#ifdef ZZPLAN_COMPILING_TWIN
  const std::vector<observation<intensity>> series{{2020y, intensity(0.50)},
                                                   {2021y, intensity(0.48)}};
#else
  const std::vector<change_observation> series{{2021y, growth_rate::percent(-3.8)}};
#endif
  return evaluate(g, series, 2021y).assessed;
}
