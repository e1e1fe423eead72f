// expect: zzplan: the phrase was not understood (target_of/target_for)
// expect: zzplan::parse_phrase(phrase).error().message() says what was expected there
// expect-gcc: ErrorOffset = 9
// expect-clang: 9UL>' requested here
//
// 提高到 needs a number in digits (Chinese numerals are not numbers here).
#include <zzplan/phrase.hpp>

using namespace zzplan;

auto misuse() {
#ifdef ZZPLAN_COMPILING_TWIN
  return target_of<"提高到15%">();
#else
  return target_of<"提高到十五%">();
#endif
}
