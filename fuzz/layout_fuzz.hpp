#pragma once
// The body of the fuzzers of the layouts read through the encoding step (UTF-8 or GB18030,
// recognised): bad input must be an input_error, anything else is a bug. A table that reads keeps
// the invariants of every reader (table_invariants.hpp), and writing it as the long CSV and
// reading that back gives the same rows (their order may differ: indicators are ordered as a
// file first names them).
#include "table_invariants.hpp"

#include <zzplan/io/data.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

inline std::vector<std::string> sorted_lines(const std::string& text) {
  std::vector<std::string> lines;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t nl = text.find('\n', at);
    lines.push_back(text.substr(at, nl - at));
    at = nl == std::string::npos ? text.size() : nl + 1;
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

inline int fuzz_layout(const std::uint8_t* bytes, std::size_t size,
                       zzplan::io::data_layout layout) {
  std::string text(reinterpret_cast<const char*>(bytes), size);
  zzplan::io::data_options o;
  o.layout = layout;
  try {
    const zzplan::io::data_table t = zzplan::io::parse_data_file(std::move(text), "fuzz.csv", o);
    check_table_invariants(t);
    const std::string long_csv = zzplan::io::to_long_csv(t);
    if (sorted_lines(zzplan::io::to_long_csv(zzplan::io::parse_data_csv(long_csv, "back.csv"))) !=
        sorted_lines(long_csv)) {
      std::abort();
    }
  } catch (const zzplan::io::input_error&) {
    return 0;
  }
  return 0;
}
