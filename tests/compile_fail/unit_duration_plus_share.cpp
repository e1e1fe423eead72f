// expect: zzplan: a duration (年 of schooling, 岁 of life expectancy) can be added to or compared with a duration only
// expect: a calendar year is std::chrono::year
//
// Years of schooling (年) plus a share (%): a duration is an indicator's value in years, not a
// rate. The twin adds a duration to a duration.
#include "support/user_header.hpp"

using namespace zzplan;

years misuse() {
  const years schooling(10.8);
#ifdef ZZPLAN_COMPILING_TWIN
  return schooling + years(0.5);
#else
  return schooling + share::percent(5.0);
#endif
}
