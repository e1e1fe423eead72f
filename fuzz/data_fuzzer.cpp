// libFuzzer target: the long CSV reader (io/detail/csv_reader.hpp). Bad input must be an
// input_error; anything else is a bug. A table that reads keeps the invariants of every reader
// (table_invariants.hpp). The same text cut into pieces of a few bytes, which two threads share
// (as a large file's blocks are), must give the same table, or the same error.
#include "table_invariants.hpp"

#include <zzplan/io/data.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {

struct outcome {
  std::optional<zzplan::io::data_table> table;
  std::string error;
};

template <class Parse> outcome read(Parse&& parse) {
  outcome o;
  try {
    o.table = parse();
  } catch (const zzplan::io::input_error& e) {
    o.error = e.what();
  }
  return o;
}

bool same_rows(const zzplan::io::data_table& a, const zzplan::io::data_table& b) {
  if (a.rows.size() != b.rows.size() || a.names != b.names || a.last_year != b.last_year) {
    return false;
  }
  for (std::size_t i = 0; i < a.rows.size(); ++i) {
    const zzplan::io::data_row& x = a.rows[i];
    const zzplan::io::data_row& y = b.rows[i];
    if (x.region != y.region || x.indicator != y.indicator || x.year != y.year ||
        std::bit_cast<std::uint64_t>(x.value) != std::bit_cast<std::uint64_t>(y.value) ||
        x.line != y.line || x.flags != y.flags || x.span != y.span) {
      return false;
    }
  }
  return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  const outcome whole = read([&] { return zzplan::io::parse_data_csv(text, "fuzz.csv"); });
  if (whole.table) {
    check_table_invariants(*whole.table);
    static_cast<void>(zzplan::io::changes_of(*whole.table, "x", ""));
  }
  const zzplan::io::detail::csv_cut cut{1 + size % 23, 0}; // pieces of 1 to 23 bytes, any block
  const outcome pieces =
      read([&] { return zzplan::io::detail::parse_data_csv_cut(text, "fuzz.csv", cut); });
  if (whole.error != pieces.error || whole.table.has_value() != pieces.table.has_value() ||
      (whole.table && !same_rows(*whole.table, *pieces.table))) {
    std::abort(); // the cut changed what was read
  }
  return 0;
}
