// libFuzzer target: the data reader (io/detail/csv_reader.hpp). Bad input must be an input_error;
// anything else is a bug. Invariants of a table that reads: years 1900-2200, finite values, spans
// 1-50, rows sorted by (region name, indicator id, year, span) without duplicates, every name
// found again by find().
#include <zzplan/io/data.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <tuple>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  try {
    const zzplan::io::data_table t = zzplan::io::parse_data_csv(text, "fuzz.csv");
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const zzplan::io::data_row& r = t.rows[i];
      if (r.year < 1900 || r.year > 2200 || !std::isfinite(r.value) || r.span < 1 || r.span > 50 ||
          r.region >= t.names.size() || r.indicator >= t.names.size()) {
        std::abort();
      }
      if (i > 0) {
        const zzplan::io::data_row& q = t.rows[i - 1];
        const auto key = [&](const zzplan::io::data_row& x) {
          return std::tuple(t.name(x.region), x.indicator, x.year, x.span);
        };
        if (!(key(q) < key(r))) {
          std::abort();
        }
      }
    }
    for (std::uint32_t k = 0; k < t.names.size(); ++k) {
      if (t.find(t.names[k]) != static_cast<long>(k)) {
        std::abort();
      }
    }
    static_cast<void>(zzplan::io::changes_of(t, "x", ""));
  } catch (const zzplan::io::input_error&) {
    return 0;
  }
  return 0;
}
