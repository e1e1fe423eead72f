// libFuzzer target: the target-phrase parser (parse_phrase), its explanation in both languages and
// the caret display of its errors. Invariants: an error's offset lies within the text; a parsed
// phrase has finite numbers and a known unit symbol.
#include <zzplan/phrase.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const zzplan::parse_result r = zzplan::parse_phrase(text);
  if (!r) {
    if (r.error().offset > text.size() || r.error().message().empty()) {
      std::abort();
    }
    static_cast<void>(zzplan::show_error(text, r.error()));
    return 0;
  }
  const zzplan::parsed_phrase& p = *r;
  if (!std::isfinite(p.value) || !std::isfinite(p.factor) ||
      (p.second && !std::isfinite(*p.second))) {
    std::abort();
  }
  static_cast<void>(zzplan::explain(p, zzplan::lang::zh));
  static_cast<void>(zzplan::explain(p, zzplan::lang::en));
  return 0;
}
