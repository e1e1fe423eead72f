// expect: zzplan: the target is an amount with a unit, but the indicator is a share
// expect: write the target as a share: 15% is 15_pct
//
// A money target on a share indicator: "对外贸易依存度提高到15亿元" mixes a share (%) with money.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

inline constexpr indicator<share> trade_dependence{"对外贸易依存度", "foreign trade dependence",
                                                   direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
inline constexpr goal trade =
    goal{trade_dependence, raise_to(15.0_pct), period{2020y, 2026y}, attribute::expected};
#else
inline constexpr goal trade =
    goal{trade_dependence, raise_to(15.0_yi_yuan), period{2020y, 2026y}, attribute::expected};
#endif

int main() {
  return trade.kind() == goal_kind::level ? 0 : 1;
}
