// expect: zzplan: the target is a plain number, but the indicator is money
// expect: write it with its unit: 3000_yi_yuan
//
// A money target written as a plain number: 地区生产总值迈上5000亿元 is raise_to(5000_yi_yuan),
// not raise_to(5000.0) (元? 万元? 亿元?).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal big{gdp, raise_to(5000_yi_yuan), period{2020y, 2025y}, attribute::expected};
#else
constexpr goal big{gdp, raise_to(5000.0), period{2020y, 2025y}, attribute::expected};
#endif

int main() {
  return big.kind() == goal_kind::level ? 0 : 1;
}
