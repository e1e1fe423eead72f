// expect: zzplan: the series' values are not of the indicator's kind
// expect: (e.g. money for a share indicator)
//
// A series of the wrong kind: the urbanization goal evaluated on a series of GDP figures.
#include "support/user_header.hpp"

#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

bool misuse() {
  constexpr indicator<share> urbanization{"城镇化率", "urbanization rate",
                                          direction::higher_is_better};
  const goal g{urbanization, above(75_pct), period{2020y, 2026y}, attribute::expected};
#ifdef ZZPLAN_COMPILING_TWIN
  const std::vector<observation<share>> series{{2020y, 71.26_pct}, {2021y, 72.04_pct}};
#else
  const std::vector<observation<yi_yuan<>>> series{{2020y, 3000_yi_yuan}, {2021y, 3420.3_yi_yuan}};
#endif
  return evaluate(g, series, 2021y).assessed;
}
