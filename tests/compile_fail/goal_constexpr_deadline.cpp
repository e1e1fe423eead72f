// expect: zzplan: the deadline is not after the base year
// expect: period{2020y, 2025y}
//
// A constexpr goal whose deadline is not after its base year is rejected at compile time, with
// the sentence on the error line (at run time the same goal throws zzplan::invalid_goal with
// goal_errc::deadline_not_after_base).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

inline constexpr indicator<share> trade_dependence{"对外贸易依存度", "foreign trade dependence",
                                                   direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
inline constexpr period term{2020y, 2026y};
#else
inline constexpr period term{2026y, 2020y};
#endif

inline constexpr goal trade = goal{trade_dependence, raise_to(15_pct), term, attribute::expected};

int main() {
  return trade.kind() == goal_kind::level ? 0 : 1;
}
