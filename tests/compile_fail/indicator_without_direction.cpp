// expect: zzplan: an indicator states which way is better, never guessed
// expect: say direction::higher_is_better or direction::lower_is_better
//
// An indicator without its direction: whether more is better is stated, never guessed.
#include "support/user_header.hpp"

using namespace zzplan;

#ifdef ZZPLAN_COMPILING_TWIN
constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};
#else
// snippet-begin: mistake
constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate"};
// snippet-end: mistake
#endif

int main() {
  return urbanization.better == direction::higher_is_better ? 0 : 1;
}
