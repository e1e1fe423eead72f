// expect: zzplan: a plain number is given where a share (%) is expected
// expect: write it with _pct: 72.04% is 72.04_pct
//
// A share written as a plain number: an urbanization rate of 72.04% is 72.04_pct (72.04 would
// be 7204%, or 0.7204: the type does not guess).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;

int main() {
#ifdef ZZPLAN_COMPILING_TWIN
  const share urbanization = 72.04_pct;
#else
  const share urbanization = 72.04;
#endif
  return urbanization.percent() > 70.0 ? 0 : 1;
}
