// libFuzzer target: the .xlsx data reader (liborcus's filter, our cell collector, the sheet laid
// out as text and read by the CSV readers), on bytes as a workbook's, first sheet. liborcus itself
// is not instrumented (it is the system's); our code is. Bad input must be an input_error; a table
// that reads keeps the invariants of every reader (table_invariants.hpp).
#include "table_invariants.hpp"

#include <zzplan/io/xlsx.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  try {
    const auto sheets = zzplan::io::parse_xlsx_sheets(text, "fuzz.xlsx");
    check_table_invariants(zzplan::io::data_of_sheet(sheets, "fuzz.xlsx"));
  } catch (const zzplan::io::input_error&) {
    return 0;
  }
  return 0;
}
