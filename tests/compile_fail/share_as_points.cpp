// expect: zzplan: increase_by_points takes percentage points, but _pct makes a share
// expect: increase_by_points(1_pp)
//
// A share where percentage points are expected: 提高1个百分点 is increase_by_points(1_pp).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<share> rd_intensity{"研发经费投入强度", "R&D intensity",
                                        direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal rd{rd_intensity, increase_by_points(1_pp), period{2020y, 2025y},
                  attribute::expected};
#else
// snippet-begin: mistake
constexpr goal rd{rd_intensity, increase_by_points(1_pct), period{2020y, 2025y},
                  attribute::expected};
// snippet-end: mistake
#endif

int main() {
  return rd.kind() == goal_kind::points_change ? 0 : 1;
}
