// expect: zzplan: the conversion factor
// expect: does not fit in this integer representation and would overflow silently
//
// 万亿元 to 元 in int: the factor 10^12 is not an int. A wider integer (or double) holds it.
#include "support/user_header.hpp"

using namespace zzplan;

#ifdef ZZPLAN_COMPILING_TWIN
quantity<units::yuan<>, long long> misuse() {
  const quantity<units::wanyi_yuan<>, int> national_gdp(126);
  return national_gdp;
}
#else
quantity<units::yuan<>, int> misuse() {
  const quantity<units::wanyi_yuan<>, int> national_gdp(126);
  return national_gdp;
}
#endif
