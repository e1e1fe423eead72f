// expect: zzplan: the target's value is not of the indicator's kind
// expect: (a share target for a share indicator, money for money)
//
// A money target on a share indicator: "对外贸易依存度提高到15亿元" mixes a share (%) with money.
#include <zzplan/goal.hpp>
#include <zzplan/units.hpp>

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
