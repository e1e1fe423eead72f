// expect: zzplan: converting to a coarser unit
// expect: would truncate silently; use double
//
// An integer representation converted to a coarser unit: 12,345元 as an int number of 万元
// would be 1 (truncated). Converting to a finer unit (万元 -> 元) is exact and allowed.
#include "support/user_header.hpp"

using namespace zzplan;

#ifdef ZZPLAN_COMPILING_TWIN
quantity<units::wan_yuan<>> misuse() {
  const quantity<units::yuan<>, int> income(12'345);
  return income; // double: 1.2345万元
}
#else
quantity<units::wan_yuan<>, int> misuse() {
  const quantity<units::yuan<>, int> income(12'345);
  return income;
}
#endif
