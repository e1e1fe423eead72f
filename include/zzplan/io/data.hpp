#pragma once
// Data files: CSV in long format (UTF-8, optional BOM, LF or CRLF, quoted fields) with the columns
// indicator, year, value and optionally region, flag and span, in any order. Read with
// fast-cpp-csv-parser (Debian libfccp-dev). Every error names the file, the line (and column where
// it helps) and what to fix; nothing is guessed: a gap is a missing row, never "NA" or "nan".

// fast-cpp-csv-parser declares a global namespace `io`, which would make `io::` ambiguous for
// anyone who writes `using namespace zzplan;`. Its namespace is renamed while it is included,
// after every standard header it includes (so that the macro touches only csv.h).
#include <algorithm>
#include <cassert>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <istream>
#include <memory>
#include <string>
#include <utility>
#include <vector>
#ifndef CSV_IO_NO_THREAD
#define CSV_IO_NO_THREAD
#endif
#define io zzplan_fccp_io
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation" // csv.h's bounded file-name copy
#endif
#include <libfccp/csv.h>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#undef io

#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/series.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace zzplan::io {

namespace detail {

[[nodiscard]] inline flag parse_flags(std::string_view s, bool& ok) {
  flag f = flag::none;
  ok = true;
  while (!s.empty()) {
    const std::size_t bar = s.find('|');
    const std::string_view w = s.substr(0, bar);
    if (w == "provisional") {
      f = f | flag::provisional;
    } else if (w == "lower_bound") {
      f = f | flag::lower_bound;
    } else if (w == "derived") {
      f = f | flag::derived;
    } else if (w == "revised") {
      f = f | flag::revised;
    } else if (w == "series_break") {
      f = f | flag::series_break;
    } else if (!w.empty()) {
      ok = false;
    }
    s = bar == std::string_view::npos ? std::string_view{} : s.substr(bar + 1);
  }
  return f;
}

} // namespace detail

namespace detail {

/// The checks that need a data file's whole text (its BOM removed): valid UTF-8, not empty.
/// Returns the number of lines (to reserve the rows).
[[nodiscard]] inline std::size_t check_data_text(std::string_view text,
                                                 const std::string& file_name) {
  if (const std::size_t bad = utf8::invalid_at(text); bad != std::string_view::npos) {
    const std::string_view before = text.substr(0, bad);
    const std::size_t line =
        1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    const std::size_t nl = before.rfind('\n');
    const std::size_t col = bad - (nl == std::string_view::npos ? 0 : nl + 1) + 1;
    throw input_error(file_name, line, col,
                      "invalid UTF-8 (byte " + std::to_string(bad) + "); save the file as UTF-8");
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw input_error(
        file_name, 0, 0,
        "the file is empty; it needs a header line: indicator,year,value[,region][,flag][,span]");
  }
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

/// The rows of a checked data file, read by fast-cpp-csv-parser from `source` (its arguments
/// after the file name: a range of memory, or a std::istream).
template <class... Source>
[[nodiscard]] data_table parse_rows(const std::string& file_name, std::size_t lines,
                                    Source&&... source) {
  data_table t;
  t.file = file_name;
  using reader_t = ::zzplan_fccp_io::CSVReader<6, ::zzplan_fccp_io::trim_chars<' ', '\t'>,
                                               ::zzplan_fccp_io::double_quote_escape<',', '"'>>;
  std::unordered_map<std::string, std::uint32_t> ids;
  const auto intern = [&](const char* s) {
    auto [it, fresh] = ids.try_emplace(s, static_cast<std::uint32_t>(t.names.size()));
    if (fresh) {
      t.names.emplace_back(s);
    }
    return it->second;
  };
  t.rows.reserve(lines); // at most one row a line
  try {
    reader_t in(file_name, std::forward<Source>(source)...);
    in.read_header(::zzplan_fccp_io::ignore_missing_column, "indicator", "year", "value", "region",
                   "flag", "span");
    for (const char* required : {"indicator", "year", "value"}) {
      if (!in.has_column(required)) {
        throw input_error(
            file_name, 1, 0,
            std::string("missing column '") + required +
                "'; the header needs indicator,year,value (region, flag and span are optional)");
      }
    }
    t.has_region = in.has_column("region");
    t.has_flag = in.has_column("flag");
    t.has_span = in.has_column("span");
    char* ind = nullptr;
    char* yr = nullptr;
    char* val = nullptr;
    char* reg = nullptr;
    char* flg = nullptr;
    char* spn = nullptr;
    while (in.read_row(ind, yr, val, reg, flg, spn)) {
      const auto line = static_cast<std::uint32_t>(in.get_file_line());
      data_row r;
      r.line = line;
      if (!ind || !*ind) {
        throw input_error(file_name, line, 0, "empty indicator name");
      }
      r.indicator = intern(ind);
      r.region = intern(t.has_region && reg ? reg : "");
      const std::string_view ys = yr ? yr : "";
      const auto [yp, yec] = std::from_chars(ys.data(), ys.data() + ys.size(), r.year);
      if (yec != std::errc{} || yp != ys.data() + ys.size()) {
        throw input_error(file_name, line, 0,
                          "year '" + std::string(ys) + "' is not a whole number such as 2021");
      }
      if (r.year < 1900 || r.year > 2200) {
        throw input_error(file_name, line, 0,
                          "year " + std::string(ys) + " is out of range (1900 to 2200)");
      }
      std::string_view vs = val ? val : "";
      if (vs.empty()) {
        throw input_error(file_name, line, 0,
                          "empty value; for a gap in the data leave the row out");
      }
      if (vs.front() == '+') {
        vs.remove_prefix(1);
      }
      const auto [vp, vec] = std::from_chars(vs.data(), vs.data() + vs.size(), r.value);
      if (vec != std::errc{} || vp != vs.data() + vs.size() || !std::isfinite(r.value)) {
        throw input_error(file_name, line, 0,
                          "value '" + std::string(val) +
                              "' is not a finite number; write digits such as 72.04 (no units, no "
                              "NA/NaN/inf: leave a gap out)");
      }
      bool ok = true;
      r.flags = detail::parse_flags(t.has_flag && flg ? flg : "", ok);
      if (!ok) {
        throw input_error(file_name, line, 0,
                          "unknown flag '" + std::string(flg) +
                              "'; use provisional, lower_bound, derived, revised, series_break or "
                              "leave it empty");
      }
      if (t.has_span && spn && *spn) {
        int s = 0;
        const std::string_view ss = spn;
        const auto [sp, sec] = std::from_chars(ss.data(), ss.data() + ss.size(), s);
        if (sec != std::errc{} || sp != ss.data() + ss.size() || s < 1 || s > 50) {
          throw input_error(file_name, line, 0,
                            "span '" + std::string(ss) +
                                "' must be a whole number of years from 1 to 50");
        }
        r.span = static_cast<std::uint8_t>(s);
      }
      t.rows.push_back(r);
    }
  } catch (const ::zzplan_fccp_io::error::base& e) {
    // fast-cpp-csv-parser's own errors carry the line; keep its words and say what to fix.
    std::size_t line = 0;
    if (const auto* fl = dynamic_cast<const ::zzplan_fccp_io::error::with_file_line*>(&e)) {
      line = fl->file_line > 0 ? static_cast<std::size_t>(fl->file_line) : 0;
    }
    std::string what = e.what();
    if (dynamic_cast<const ::zzplan_fccp_io::error::extra_column_in_header*>(&e) ||
        dynamic_cast<const ::zzplan_fccp_io::error::duplicated_column_in_header*>(&e)) {
      line = 1;
      what += " Known columns: indicator, year, value, region, flag, span, each once.";
    } else if (dynamic_cast<const ::zzplan_fccp_io::error::too_few_columns*>(&e) ||
               dynamic_cast<const ::zzplan_fccp_io::error::too_many_columns*>(&e)) {
      what += " Every row needs as many fields as the header.";
    }
    throw input_error(file_name, line, 0, what);
  }
  // std::sort with the line as the last key: the order of a stable sort, without its buffer.
  // Names compared by their rank in sorted order (integers, not strings, in the sort).
  std::vector<std::uint32_t> by_name(t.names.size());
  for (std::uint32_t k = 0; k < by_name.size(); ++k) {
    by_name[k] = k;
  }
  std::sort(by_name.begin(), by_name.end(),
            [&](std::uint32_t a, std::uint32_t b) { return t.names[a] < t.names[b]; });
  std::vector<std::uint32_t> rank(t.names.size());
  for (std::uint32_t k = 0; k < by_name.size(); ++k) {
    rank[by_name[k]] = k;
  }
  std::sort(t.rows.begin(), t.rows.end(), [&](const data_row& a, const data_row& b) {
    if (a.region != b.region) {
      return rank[a.region] < rank[b.region];
    }
    if (a.indicator != b.indicator) {
      return rank[a.indicator] < rank[b.indicator];
    }
    if (a.year != b.year) {
      return a.year < b.year;
    }
    return a.span != b.span ? a.span < b.span : a.line < b.line;
  });
  for (std::size_t i = 1; i < t.rows.size(); ++i) {
    const data_row& a = t.rows[i - 1];
    const data_row& b = t.rows[i];
    if (a.region == b.region && a.indicator == b.indicator && a.year == b.year &&
        a.span == b.span) {
      throw input_error(
          file_name, std::max(a.line, b.line), 0,
          "duplicate row for (" + (t.has_region ? t.names[a.region] + ", " : std::string()) +
              t.names[a.indicator] + ", " + std::to_string(a.year) + ") also on line " +
              std::to_string(std::min(a.line, b.line)) + "; keep one");
    }
  }
  return t;
}

} // namespace detail

/// Parses the text of a data file; file_name is used in messages.
[[nodiscard]] inline data_table parse_data_csv(std::string_view text,
                                               const std::string& file_name) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  const std::size_t lines = detail::check_data_text(text, file_name);
  return detail::parse_rows(file_name, lines, text.data(), text.data() + text.size());
}

/// Reads and parses a data file.
[[nodiscard]] inline data_table read_data_csv(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  if (!f) {
    throw input_error(p.string(), 0, 0, "cannot open the file; check the path");
  }
  if (std::error_code ec; !std::filesystem::is_regular_file(p, ec)) {
    throw input_error(p.string(), 0, 0, "is not a file; give the path of a CSV file");
  }
  // read straight into one string (a stringstream would hold the file twice)
  f.seekg(0, std::ios::end);
  const std::streamoff size = f.tellg();
  f.seekg(0, std::ios::beg);
  std::string text(size > 0 ? static_cast<std::size_t>(size) : 0U, '\0');
  if (size < 0 || !f.read(text.data(), static_cast<std::streamsize>(text.size()))) {
    throw input_error(p.string(), 0, 0, "cannot read the file; check that it is a regular file");
  }
  const bool bom = text.starts_with("\xEF\xBB\xBF");
  const std::size_t lines =
      detail::check_data_text(std::string_view(text).substr(bom ? 3 : 0), p.string());
  // The parser reads the file again rather than the text: its own buffer would hold a second copy.
  std::string().swap(text);
  f.clear();
  f.seekg(bom ? 3 : 0, std::ios::beg);
  return detail::parse_rows(p.string(), lines, f);
}

} // namespace zzplan::io
