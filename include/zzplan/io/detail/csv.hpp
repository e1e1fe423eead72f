#pragma once
// Assessment records as CSV (RFC 4180): exactly the JSON columns in their order, a header row of
// the JSON keys, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF (quotes
// doubled), notes joined with "; ", numbers round-trip exact (shortest std::to_chars), booleans
// true/false, an empty cell for null. Optionally a UTF-8 byte order mark, so Excel reads UTF-8.

#include <zzplan/io/record.hpp>

#include <charconv>
#include <cmath>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

namespace zzplan::io {

struct csv_options {
  bool bom = false; ///< start with the UTF-8 byte order mark (EF BB BF) for Excel
};

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

namespace detail {
/// Whether a cell must be quoted. A plain loop: find_first_of tries each of the four characters
/// at every position, and this runs on every cell written.
[[nodiscard]] constexpr bool needs_csv_quote(std::string_view s) noexcept {
  for (const char c : s) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') {
      return true;
    }
  }
  return false;
}
} // namespace detail

/// A field quoted as RFC 4180 requires (only when needed).
[[nodiscard]] inline std::string csv_quote(std::string_view s) {
  if (!detail::needs_csv_quote(s)) {
    return std::string(s);
  }
  std::string out = "\"";
  for (const char c : s) {
    out += c == '"' ? "\"\"" : std::string(1, c);
  }
  return out + "\"";
}

/// The shortest text that reads back as the same double; empty for NaN or infinity.
[[nodiscard]] inline std::string shortest(double v) {
  if (!std::isfinite(v)) {
    return {};
  }
  return format_shortest(v);
}

namespace detail {
/// Appends the shortest text of a finite number (nothing for NaN or infinity).
inline void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    return;
  }
  char buf[32];
  // A whole number below 10^5 (a year, a count) prints as its digits, as the shortest form would
  // print it (for fewer than six digits the exponent form is never shorter), without the
  // general algorithm.
  if (v > -1e5 && v < 1e5 && v == static_cast<double>(static_cast<int>(v))) {
    out.append(buf, std::to_chars(buf, buf + sizeof buf, static_cast<int>(v)).ptr);
    return;
  }
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  if (ec == std::errc{}) {
    out.append(buf, end);
  }
}

/// Appends a record's field as the text of a CSV cell, unquoted.
inline void append_cell(std::string& out, const assessment_record& r, column c) {
  visit_field(r, c, [&out](const auto& v) {
    using T = std::remove_cvref_t<decltype(v)>;
    if constexpr (std::is_same_v<T, std::string>) {
      out.append(v);
    } else if constexpr (requires { text_of(v); }) {
      out.append(text_of(v));
    } else if constexpr (std::is_same_v<T, std::optional<projection_method>>) {
      if (v) {
        out.append(text_of(*v));
      }
    } else if constexpr (std::is_same_v<T, std::optional<int>>) {
      if (v) {
        char buf[16];
        out.append(buf, std::to_chars(buf, buf + sizeof buf, *v).ptr);
      }
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
      if (v) {
        append_number(out, *v);
      }
    } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
      if (v) {
        out.append(*v ? "true" : "false");
      }
    } else {
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) {
          out.append("; ");
        }
        out.append(v[i]);
      }
    }
  });
}

/// Whether a column's cell is text that may hold a comma, a quote or a line end (names, units,
/// notes); numbers, years and the enums' words never do, and are not looked at for quoting.
[[nodiscard]] constexpr bool free_text(column c) noexcept {
  switch (c) {
  case column::id:
  case column::region:
  case column::indicator:
  case column::unit:
  case column::label:
  case column::notes:
  case column::wording: return true;
  default: return false;
  }
}
} // namespace detail

/// A record's field as a CSV cell (unquoted).
[[nodiscard]] inline std::string csv_field(const assessment_record& r, column c) {
  std::string s;
  detail::append_cell(s, r, c);
  return s;
}

/// Appends one record as a CSV row (its cells in data_columns order, quoted where they must be,
/// then CRLF), straight into out: what `zzplan evaluate --format csv` writes for each assessment.
inline void append_csv_row(std::string& out, const assessment_record& r) {
  for (std::size_t i = 0; i < data_columns.size(); ++i) {
    if (i) {
      out += ',';
    }
    const std::size_t at = out.size();
    detail::append_cell(out, r, data_columns[i]);
    if (detail::free_text(data_columns[i]) &&
        detail::needs_csv_quote(std::string_view(out).substr(at))) { // rare: quote it in place
      const std::string cell = out.substr(at);
      out.resize(at);
      out.append(csv_quote(cell));
    }
  }
  out.append("\r\n");
}

/// The header row of the CSV output (the JSON keys), then CRLF.
inline void append_csv_header(std::string& out) {
  for (std::size_t i = 0; i < data_columns.size(); ++i) {
    if (i) {
      out += ',';
    }
    out.append(key(data_columns[i]));
  }
  out.append("\r\n");
}

/// The records as CSV text.
[[nodiscard]] inline std::string to_csv(std::span<const assessment_record> records,
                                        const csv_options& o = {}) {
  std::string out(o.bom ? utf8_bom : std::string_view());
  append_csv_header(out);
  for (const assessment_record& r : records) {
    append_csv_row(out, r);
  }
  return out;
}

/// Writes the records as CSV.
inline std::ostream& write_csv(std::ostream& os, std::span<const assessment_record> records,
                               const csv_options& o = {}) {
  return os << to_csv(records, o);
}

} // namespace zzplan::io
