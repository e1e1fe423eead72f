// expect: zzplan: the year of an observation is written as a number (2021)
// expect: write it with the suffix y: {2021y, 72.04_pct}
//
// A published figure whose year is written as a number: observation<share>{2021, 72.04_pct}.
#include "support/user_header.hpp"

#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
#ifdef ZZPLAN_COMPILING_TWIN
  const std::vector<observation<share>> data{{2020y, 71.26_pct}, {2021y, 72.04_pct}};
#else
  const std::vector<observation<share>> data{{2020, 71.26_pct}, {2021, 72.04_pct}};
#endif
  return data.size() == 2 ? 0 : 1;
}
