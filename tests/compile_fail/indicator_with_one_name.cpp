// expect: zzplan: an indicator has two names, Chinese then English, before its direction
// expect: direction::higher_is_better}
//
// An indicator with one name: reports are printed in Chinese and in English, so both are given.
#include "support/user_header.hpp"

using namespace zzplan;

#ifdef ZZPLAN_COMPILING_TWIN
constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                        direction::higher_is_better};
#else
constexpr indicator<share> urbanization{"常住人口城镇化率", direction::higher_is_better};
#endif

int main() {
  return urbanization.better == direction::higher_is_better ? 0 : 1;
}
