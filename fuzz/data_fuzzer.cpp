// libFuzzer target: the long CSV reader (io/detail/csv_reader.hpp). Bad input must be an
// input_error; anything else is a bug. A table that reads keeps the invariants of every reader
// (table_invariants.hpp).
#include "table_invariants.hpp"

#include <zzplan/io/data.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  try {
    const zzplan::io::data_table t = zzplan::io::parse_data_csv(text, "fuzz.csv");
    check_table_invariants(t);
    static_cast<void>(zzplan::io::changes_of(t, "x", ""));
  } catch (const zzplan::io::input_error&) {
    return 0;
  }
  return 0;
}
