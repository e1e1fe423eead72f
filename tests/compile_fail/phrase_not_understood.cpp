// expect: zzplan: the phrase was not understood from the byte offset
// expect: zzplan::parse_phrase(phrase).error().message() says what was expected there
// expect: with the figure in digits
// expect-gcc: long unsigned int at = 9
// expect-clang: false, 9UL>' requested here
//
// 提高到 needs a number in digits (Chinese numerals are not numbers here).
#include "support/user_header.hpp"

using namespace zzplan;

auto misuse() {
#ifdef ZZPLAN_COMPILING_TWIN
  return target_of<"提高到15%">();
#else
  return target_of<"提高到十五%">();
#endif
}
