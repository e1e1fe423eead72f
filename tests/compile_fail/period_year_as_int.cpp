// expect: zzplan: a year is written as a number (2020)
// expect: write it with the suffix y: period{2020y, 2026y}
//
// A year written as a number: period{2020, 2026}. A year is a std::chrono::year, 2020y.
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr period term{2020y, 2026y};
#else
// snippet-begin: mistake
constexpr period term{2020, 2026};
// snippet-end: mistake
#endif

constexpr goal urban{urbanization, above(75_pct), term, attribute::expected};

int main() {
  return urban.when.years() == 6 ? 0 : 1;
}
