// expect: zzplan: the value of an observation is a plain number, but the indicator has a unit
// expect: write it with its unit: {2021y, 3420.3_yi_yuan}
//
// A published figure written as a plain number: Zhuzhou's GDP in 2021 was 3420.3亿元, which is
// 3420.3_yi_yuan, not 3420.3.
#include "support/user_header.hpp"

#include <array>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
#ifdef ZZPLAN_COMPILING_TWIN
  constexpr std::array gdp{observation<yi_yuan<>>{2021y, 3420.3_yi_yuan, flag::provisional}};
#else
  constexpr std::array gdp{observation<yi_yuan<>>{2021y, 3420.3, flag::provisional}};
#endif
  return gdp.size() == 1 ? 0 : 1;
}
