// expect: zzplan: persons
// expect: and a count of items
// expect: cannot be added or compared
//
// Persons (人/万人) plus a count of items (个): residents and enterprises do not add.
#include "support/user_header.hpp"

using namespace zzplan;

persons misuse() {
  const wan_persons residents(390.27);
  const items enterprises(1'620);
#ifdef ZZPLAN_COMPILING_TWIN
  (void)enterprises;
  return residents + persons(1'620);
#else
  return residents + enterprises;
#endif
}
