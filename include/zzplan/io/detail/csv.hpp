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

/// A field quoted as RFC 4180 requires (only when needed).
[[nodiscard]] inline std::string csv_quote(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
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
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v == 0.0 ? 0.0 : v);
  return ec == std::errc{} ? std::string(buf, end) : std::string();
}

/// A record's field as a CSV cell (unquoted).
[[nodiscard]] inline std::string csv_field(const assessment_record& r, column c) {
  return visit_field(r, c, [](const auto& v) -> std::string {
    using T = std::remove_cvref_t<decltype(v)>;
    if constexpr (std::is_same_v<T, std::string>) {
      return v;
    } else if constexpr (requires { text_of(v); }) {
      return std::string(text_of(v));
    } else if constexpr (std::is_same_v<T, std::optional<projection_method>>) {
      return v ? std::string(text_of(*v)) : std::string();
    } else if constexpr (std::is_same_v<T, std::optional<int>>) {
      return v ? std::to_string(*v) : std::string();
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
      return v ? shortest(*v) : std::string();
    } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
      return v ? (*v ? "true" : "false") : "";
    } else {
      std::string s;
      for (const std::string& n : v) {
        s += (s.empty() ? "" : "; ") + n;
      }
      return s;
    }
  });
}

/// Appends one record as a CSV row (its cells in data_columns order, then CRLF).
inline void append_csv_row(std::string& out, const assessment_record& r) {
  for (std::size_t i = 0; i < data_columns.size(); ++i) {
    out.append(i ? "," : "").append(csv_quote(csv_field(r, data_columns[i])));
  }
  out += "\r\n";
}

/// The records as CSV text.
[[nodiscard]] inline std::string to_csv(std::span<const assessment_record> records,
                                        const csv_options& o = {}) {
  std::string out(o.bom ? utf8_bom : std::string_view());
  for (std::size_t i = 0; i < data_columns.size(); ++i) {
    out.append(i ? "," : "").append(key(data_columns[i]));
  }
  out += "\r\n";
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
