#pragma once
// Assessment records as CSV (RFC 4180): exactly the JSON columns in their order, a header row of
// the JSON keys, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF (quotes
// doubled), notes joined with "; ", numbers round-trip exact (shortest, as std::to_chars writes
// them: detail/shortest.hpp), booleans true/false, an empty cell for null. Optionally a UTF-8 byte
// order mark, so Excel reads UTF-8.

#include <zzplan/io/detail/byte_scan.hpp>
#include <zzplan/io/detail/shortest.hpp>
#include <zzplan/io/record.hpp>

#include <charconv>
#include <cmath>
#include <cstring>
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
/// Whether a cell must be quoted: it holds a comma, a quote, a CR or an LF.
[[nodiscard]] constexpr bool needs_csv_quote(std::string_view s) noexcept {
  if (!std::is_constant_evaluated()) {
    return find_byte_of<false, ',', '"', '\r', '\n'>(s, 0) != s.size();
  }
  for (const char c : s) {
    if (in_byte_set<false, ',', '"', '\r', '\n'>(static_cast<unsigned char>(c))) {
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
/// Writes v as std::to_chars(first, last, v) does (12 bytes free at out); returns its end. From 0
/// to 9999 (a record's three years, most whole figures) two digits at a time from a table, without
/// to_chars' length count and loop: a year in about a third of its instructions, the same text.
inline char* write_whole(char* out, int v) noexcept {
  if (v < 0 || v >= 10000) {
    return std::to_chars(out, out + 12, v).ptr;
  }
  const auto u = static_cast<unsigned>(v);
  const unsigned high = u / 100;
  const unsigned low = u % 100;
  if (high != 0) {
    const bool one = high < 10; // 100 to 999: the first pair's leading zero left out
    std::memcpy(out, digit_pairs + 2 * high + (one ? 1 : 0), 2);
    out += one ? 1 : 2;
    std::memcpy(out, digit_pairs + 2 * low, 2);
    return out + 2;
  }
  if (low < 10) {
    *out = static_cast<char>('0' + low);
    return out + 1;
  }
  std::memcpy(out, digit_pairs + 2 * low, 2);
  return out + 2;
}

/// Writes the shortest text of a finite number at out (32 bytes free); returns its end.
inline char* write_number(char* out, double v) noexcept {
  // A whole number below 10^5 (a year, a count) prints as its digits, as the shortest form would
  // print it (for fewer than six digits the exponent form is never shorter), without the
  // general algorithm.
  if (v > -1e5 && v < 1e5 && v == static_cast<double>(static_cast<int>(v))) {
    return write_whole(out, static_cast<int>(v));
  }
  return write_shortest(out, v);
}

/// Where a row's text goes (a CSV row, a JSON line): a buffer on the stack, appended to the output
/// in one piece when full and by flush() at the row's end. Appending each piece to the std::string
/// (a capacity check and a call to copy a few bytes, 60 times a row) cost more than the cells'
/// own text.
class row_buffer {
public:
  explicit row_buffer(std::string& out) noexcept : out_(out) {}
  row_buffer(const row_buffer&) = delete;
  row_buffer& operator=(const row_buffer&) = delete;

  // The common case, a piece that fits, is inlined where it is put (g++ would otherwise call it
  // 35 times a JSON row); the rest is out of line.
  [[gnu::always_inline]] void put(std::string_view s) {
    if (s.size() <= room()) [[likely]] {
      std::memcpy(at_, s.data(), s.size());
      at_ += s.size();
    } else {
      put_past_end(s);
    }
  }
  [[gnu::always_inline]] void put(char c) {
    if (room() == 0) [[unlikely]] {
      flush();
    }
    *at_++ = c;
  }
  /// Where n bytes can be written next (flushing first if they do not fit), or nullptr if n is
  /// more than the buffer holds; advance(end) then takes what was written up to end.
  [[nodiscard]] char* room_for(std::size_t n) {
    if (n > room()) {
      if (n > sizeof buf_) {
        return nullptr;
      }
      flush();
    }
    return at_;
  }
  void advance(char* end) noexcept { at_ = end; }
  void put_number(double v) {
    if (!std::isfinite(v)) {
      return;
    }
    if (room() < 32) {
      flush();
    }
    at_ = write_number(at_, v);
  }
  void put_whole(int v) {
    if (room() < 12) {
      flush();
    }
    at_ = write_whole(at_, v);
  }
  void flush() {
    out_.append(buf_, at_);
    at_ = buf_;
  }

private:
  [[gnu::noinline]] void put_past_end(std::string_view s) {
    flush();
    if (s.size() > sizeof buf_) {
      out_.append(s);
    } else {
      std::memcpy(at_, s.data(), s.size());
      at_ += s.size();
    }
  }
  [[nodiscard]] std::size_t room() const noexcept {
    return static_cast<std::size_t>(buf_ + sizeof buf_ - at_);
  }
  std::string& out_;
  char buf_[2048];
  char* at_ = buf_;
};

/// Puts text as a cell, quoted if `quote` and it must be.
inline void put_text(row_buffer& out, std::string_view s, bool quote) {
  if (!quote) {
    out.put(s);
    return;
  }
  // Copied, then checked where it was copied (the scan may read 15 bytes past it, inside the
  // buffer); put again, quoted, in the rare case it must be.
  if (char* at = out.room_for(s.size() + 15)) {
    std::memcpy(at, s.data(), s.size());
    if (find_byte_of_padded<false, ',', '"', '\r', '\n'>(at, s.size()) == s.size()) {
      out.advance(at + s.size());
      return;
    }
  }
  if (needs_csv_quote(s)) { // a name or note with a comma, quote or line end
    out.put(std::string_view(csv_quote(s)));
  } else {
    out.put(s);
  }
}

/// Puts a field's value (a member of assessment_record) as the text of a CSV cell, quoted where a
/// CSV row needs it if `quote`.
template <class T> void put_value(row_buffer& out, const T& v, bool quote) {
  if constexpr (std::is_same_v<T, std::string>) {
    put_text(out, v, quote);
  } else if constexpr (requires { text_of(v); }) {
    put_text(out, text_of(v), quote);
  } else if constexpr (std::is_same_v<T, std::optional<projection_method>>) {
    if (v) {
      put_text(out, text_of(*v), quote);
    }
  } else if constexpr (std::is_same_v<T, std::optional<int>>) {
    if (v) {
      out.put_whole(*v);
    }
  } else if constexpr (std::is_same_v<T, std::optional<double>>) {
    if (v) {
      out.put_number(*v);
    }
  } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
    if (v) {
      out.put(std::string_view(*v ? "true" : "false"));
    }
  } else { // the notes, joined with "; "
    static_assert(std::is_same_v<T, std::vector<std::string>>, "a data column of a new type");
    bool must_quote = false;
    for (const std::string& n : v) {
      must_quote = must_quote || (quote && needs_csv_quote(n));
    }
    if (must_quote) {
      std::string joined;
      row_buffer all(joined);
      put_value(all, v, false);
      all.flush();
      out.put(std::string_view(csv_quote(joined)));
      return;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) {
        out.put(std::string_view("; "));
      }
      out.put(std::string_view(v[i]));
    }
  }
}

/// Puts a record's field as the text of a CSV cell, quoted where a CSV row needs it if `quote`.
inline void put_cell(row_buffer& out, const assessment_record& r, column c, bool quote) {
  visit_field(r, c, [&](const auto& v) { put_value(out, v, quote); });
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
  detail::row_buffer cells(s);
  detail::put_cell(cells, r, c, false);
  cells.flush();
  return s;
}

/// Appends one record as a CSV row (its cells in data_columns order, quoted where they must be,
/// then CRLF), straight into out: what `zzplan evaluate --format csv` writes for each assessment.
inline void append_csv_row(std::string& out, const assessment_record& r) {
  detail::row_buffer cells(out);
  for_each_data_column([&](auto c) {
    constexpr column col = decltype(c)::value;
    if constexpr (col != data_columns.front()) {
      cells.put(',');
    }
    detail::put_value(cells, field<col>(r), detail::free_text(col));
  });
  cells.put(std::string_view("\r\n"));
  cells.flush();
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
