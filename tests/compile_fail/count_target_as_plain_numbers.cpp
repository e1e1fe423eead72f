// expect: zzplan: the target is a plain number, but the indicator counts items
// expect: write it with its unit: 2_items
//
// A count written as plain numbers: 新增2-3个千亿产业集群 is add_between(2_items, 3_items).
#include "support/user_header.hpp"

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

constexpr indicator<items> clusters{"千亿产业集群", "industrial clusters over 100 billion yuan",
                                    direction::higher_is_better};

#ifdef ZZPLAN_COMPILING_TWIN
constexpr goal more{clusters, add_between(2_items, 3_items), period{2020y, 2026y},
                    attribute::expected};
#else
constexpr goal more{clusters, add_between(2, 3), period{2020y, 2026y}, attribute::expected};
#endif

int main() {
  return more.kind() == goal_kind::increment ? 0 : 1;
}
