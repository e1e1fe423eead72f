// expect: zzplan: an area (亩, 万亩, 亿亩, 公顷, 平方公里) can be added to or compared with an area only
// expect: 1 亩 = 10000/15 m² converts exactly
//
// Forest area (公顷) plus forest stock (立方米): an area is not a volume. The twin adds 公顷 and 亩.
#include "support/user_header.hpp"

using namespace zzplan;

hectares misuse() {
  const hectares forest(2.47e8);
  const cubic_metres stock(1.9e10);
#ifdef ZZPLAN_COMPILING_TWIN
  (void)stock;
  return forest + mu(15.0);
#else
  return forest + stock;
#endif
}
