#pragma once
// The reader of data files in long CSV (data.hpp): lines split with memchr, fields as RFC 4180
// quotes them, numbers with std::from_chars (correctly rounded: a value comes back as it was
// written), names interned by comparing with the previous row's before any hashing (rows come in
// runs of one region and one indicator). A file is read in blocks of whole lines, each split in
// two parts read by two threads; the parts are joined in file order, so the table, and the first
// error reported, are the same as with one thread.
//
// Its messages are those the project gave with fast-cpp-csv-parser, whose tokenizing rules it
// keeps: blanks and tabs around a field are trimmed, a field in double quotes may hold commas and
// doubled quotes, a quoted field does not span lines.

#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/huge_pages.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/series.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace zzplan::io::detail {

/// The columns a data file may have, by name.
enum class data_column : unsigned char { indicator, year, value, region, flag, span };
inline constexpr std::array<std::string_view, 6> data_column_names = {"indicator", "year", "value",
                                                                      "region",    "flag", "span"};

/// Where each known column is in a file's header (-1: absent) and how many fields a row has.
struct csv_header {
  std::array<int, 6> at{-1, -1, -1, -1, -1, -1};
  std::size_t fields = 0;
  [[nodiscard]] bool has(data_column c) const noexcept {
    return at[static_cast<std::size_t>(c)] >= 0;
  }
};

/// A line's fields as fast-cpp-csv-parser reads them.
class csv_fields {
public:
  enum class status : unsigned char { ok, not_closed };

  /// Splits a line (no line end) into fields, trimmed and unquoted. The bytes up to
  /// `readable_end` (past the line's end, in the same buffer) may be read, not used, by the scan.
  status split(std::string_view line, const char* readable_end = nullptr) {
    n_ = 0;
    if (!scratch_.empty()) {
      scratch_.clear();
    }
    // With room for every field the line can hold (one more than its commas; for a short line,
    // one more than its bytes, not worth counting), the loops below store without a check of
    // capacity: a push_back per field of a few bytes was a fifth of the reading of a panel.
    std::size_t most = line.size() + 1;
    if (most > 256) {
      most = static_cast<std::size_t>(std::count(line.begin(), line.end(), ',')) + 1;
    }
    if (fields_.size() < most) {
      fields_.resize(most);
    }
    const char* const first = line.data();
    const char* const last = first + line.size();
    const char* from = first;
#if defined(__SSE2__)
    // Sixteen bytes at a time: a mask of the commas and one of the quotes, then one step per
    // comma. A test of each byte was 10 instructions a byte, most of the reading.
    if (readable_end == nullptr || readable_end < last) {
      readable_end = last;
    }
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i quote = _mm_set1_epi8('"');
    for (const char* p = first; p < last; p += 16) {
      __m128i v;
      if (readable_end - p >= 16) {
        v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      } else { // the buffer's last bytes: a copy, not a read past its end
        alignas(16) char tail[16] = {};
        std::memcpy(tail, p, static_cast<std::size_t>(readable_end - p));
        v = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
      }
      const unsigned in_line =
          last - p >= 16 ? 0xFFFFU : (1U << static_cast<unsigned>(last - p)) - 1U;
      if ((static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote))) & in_line) != 0) {
        return split_quoted(line);
      }
      for (unsigned m =
               static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma))) & in_line;
           m != 0; m &= m - 1) {
        const char* const at = p + std::countr_zero(m);
        fields_[n_++] = trim(from, at);
        from = at + 1;
      }
    }
#else
    static_cast<void>(readable_end);
    // one pass over the line (a memchr per field costs more than it saves on fields of a few
    // bytes)
    for (const char* p = first; p != last; ++p) {
      if (*p == ',') {
        fields_[n_++] = trim(from, p);
        from = p + 1;
      } else if (*p == '"') {
        return split_quoted(line);
      }
    }
#endif
    fields_[n_++] = trim(from, last);
    return status::ok;
  }
  [[nodiscard]] std::size_t size() const noexcept {
    return n_;
  }
  [[nodiscard]] std::string_view operator[](std::size_t k) const noexcept {
    return fields_[k];
  }

private:
  static bool blank(char c) noexcept {
    return c == ' ' || c == '\t';
  }
  /// The field [from, to) without blanks at either end.
  static std::string_view trim(const char* from, const char* to) noexcept {
    if (from != to && (blank(*from) || blank(to[-1]))) { // rare: test the ends once
      while (from != to && blank(*from)) {
        ++from;
      }
      while (from != to && blank(to[-1])) {
        --to;
      }
    }
    return {from, static_cast<std::size_t>(to - from)};
  }
  status split_quoted(std::string_view line) {
    n_ = 0;
    std::size_t i = 0;
    while (true) {
      const std::size_t begin = i;
      while (i < line.size() && line[i] != ',') {
        if (line[i] != '"') {
          ++i;
          continue;
        }
        do { // a quoted part: up to the closing quote; a doubled quote stays inside
          ++i;
          while (i < line.size() && line[i] != '"') {
            ++i;
          }
          if (i >= line.size()) {
            return status::not_closed;
          }
          ++i;
        } while (i < line.size() && line[i] == '"');
      }
      fields_[n_++] = clean(line.substr(begin, i - begin));
      if (i >= line.size()) {
        return status::ok;
      }
      ++i; // the comma
    }
  }
  std::string_view clean(std::string_view f) {
    f = trim(f.data(), f.data() + f.size());
    if (f.size() >= 2 && f.front() == '"' && f.back() == '"') {
      // unquoted into storage that keeps its address (a deque does not move its elements)
      std::string& s = scratch_.emplace_back();
      for (std::size_t k = 1; k + 1 < f.size(); ++k) {
        s += f[k];
        if (f[k] == '"' && k + 2 < f.size() && f[k + 1] == '"') {
          ++k;
        }
      }
      return s;
    }
    return f;
  }
  std::vector<std::string_view> fields_; ///< [0, n_) hold the line's fields; never shrinks
  std::size_t n_ = 0;
  std::deque<std::string> scratch_;
};

/// The header line: the known columns, each once.
[[nodiscard]] inline csv_header read_csv_header(std::string_view line, const std::string& file) {
  csv_fields f;
  if (f.split(line) == csv_fields::status::not_closed) {
    throw input_error(file, 1, 0,
                      "Escaped string was not closed in line 1 in file \"" + file + "\".");
  }
  csv_header h;
  h.fields = f.size();
  const auto known = [&](std::string_view what, std::string_view name) {
    std::string msg(what);
    msg.append(" column \"").append(name).append("\" in header of file \"").append(file);
    msg.append("\". Known columns: indicator, year, value, region, flag, span, each once.");
    return msg;
  };
  for (std::size_t k = 0; k < f.size(); ++k) {
    bool found = false;
    for (std::size_t c = 0; c < data_column_names.size(); ++c) {
      if (f[k] == data_column_names[c]) {
        if (h.at[c] >= 0) {
          throw input_error(file, 1, 0, known("Duplicated", f[k]));
        }
        h.at[c] = static_cast<int>(k);
        found = true;
      }
    }
    if (!found) {
      throw input_error(file, 1, 0, known("Extra", f[k]));
    }
  }
  for (const data_column c : {data_column::indicator, data_column::year, data_column::value}) {
    if (!h.has(c)) {
      throw input_error(file, 1, 0,
                        missing_column_message(data_column_names[static_cast<std::size_t>(c)]));
    }
  }
  return h;
}

/// The line of `text` that starts at `at`, without its line end (LF or CRLF); `at` moves past it.
[[nodiscard]] inline std::string_view next_line(std::string_view text, std::size_t& at) noexcept {
  const void* nl = std::memchr(text.data() + at, '\n', text.size() - at);
  const std::size_t end =
      nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
  std::string_view line = text.substr(at, end - at);
  at = end + 1;
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  return line;
}

/// Where the first byte of `text` that is not UTF-8 is: its line (from 0) and its column in bytes
/// (from 1), as every reader of a data file reports it; false when the text is valid UTF-8.
[[nodiscard]] inline bool invalid_utf8_position(std::string_view text, std::size_t& byte,
                                                std::size_t& line, std::size_t& column) {
  byte = utf8::invalid_at(text);
  if (byte == std::string_view::npos) {
    return false;
  }
  const std::string_view before = text.substr(0, byte);
  const std::size_t nl = before.rfind('\n');
  line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  column = byte - (nl == std::string_view::npos ? 0 : nl + 1) + 1;
  return true;
}

/// Throws input_error, naming its line and column, for a text that is not valid UTF-8.
inline void require_utf8(std::string_view text, const std::string& file) {
  std::size_t byte = 0;
  std::size_t line = 0;
  std::size_t column = 0;
  if (invalid_utf8_position(text, byte, line, column)) {
    throw input_error(file, line + 1, column, invalid_utf8_message(byte));
  }
}

/// Reads all of s as std::from_chars reads an int; false if it is not one (out then unchanged).
/// Up to nine digits without a sign (every year, every span) are read here: from_chars' general
/// loop was a thirtieth of the instructions of `zzplan evaluate` on a panel.
[[nodiscard]] inline bool read_whole(std::string_view s, int& out) noexcept {
  if (!s.empty() && s.size() <= 9) {
    unsigned v = 0; // unsigned: a line of letters wraps around instead of overflowing
    bool digits = true;
    for (const char c : s) {
      const unsigned d = static_cast<unsigned char>(c) - unsigned{'0'};
      digits = digits && d <= 9;
      v = v * 10 + d;
    }
    if (digits) {
      out = static_cast<int>(v);
      return true;
    }
  }
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && end == s.data() + s.size() && !s.empty();
}

/// Reads all of s as std::from_chars reads a double (general format); false if it is not one
/// (out then unchanged). Up to 15 digits with one point, the way published figures are written,
/// are read here: the digits make an integer below 2^53 and the point a power of ten up to 10^15,
/// both exact doubles, so their quotient, rounded once by the division, is the double nearest
/// the decimal, the one from_chars gives (Clinger's fast path). from_chars' own checks and
/// patterns were a sixth of the reading of a panel.
[[nodiscard]] inline bool read_decimal(std::string_view s, double& out) noexcept {
  static constexpr double powers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  const char* p = s.data();
  const char* const last = p + s.size();
  const bool negative = p != last && *p == '-';
  p += negative ? 1 : 0;
  std::uint64_t m = 0;
  int digits = 0;
  int after_point = -1; // digits after the point; -1: no point
  for (; p != last && digits <= 15; ++p) {
    const unsigned d = static_cast<unsigned char>(*p) - unsigned{'0'};
    if (d <= 9) {
      m = m * 10 + d;
      ++digits;
      after_point += after_point >= 0 ? 1 : 0;
    } else if (*p == '.' && after_point < 0) {
      after_point = 0;
    } else {
      break;
    }
  }
  // FLT_EVAL_METHOD 0: a double division rounds once, to double (not through a wider type)
  if (p == last && digits > 0 && digits <= 15 && FLT_EVAL_METHOD == 0) {
    double v = static_cast<double>(m);
    if (after_point > 0) {
      v /= powers[after_point];
    }
    out = negative ? -v : v;
    return true;
  }
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && end == s.data() + s.size();
}

/// A part of a file, whole lines, read into rows with ids of its own; the first error stops it.
/// Lines are counted from the part's start (0), the rows' too: the part does not need to know
/// where it starts, so that two parts can be read at once.
struct csv_part {
  std::vector<std::string> names;
  std::size_t lines = 0;      ///< lines read
  std::string error;          ///< empty: no error
  std::size_t error_line = 0; ///< from the part's start
  std::size_t error_column = 0;
};

/// The lines of `text`: its line ends, and one more if its last line has none.
[[nodiscard]] inline std::size_t count_lines(std::string_view text) noexcept {
  std::size_t n = 0;
  const char* p = text.data();
  const char* const last = p + text.size();
#if defined(__SSE2__)
  // Sixteen bytes at a time, each lane counting its line ends (a compare gives -1 for a match),
  // summed before a lane can pass 255. (std::popcount of a mask is a call into libgcc unless the
  // target has POPCNT.)
  const __m128i nl = _mm_set1_epi8('\n');
  const __m128i zero = _mm_setzero_si128();
  while (last - p >= 16) {
    __m128i lanes = zero;
    for (int k = 0; k < 255 && last - p >= 16; ++k, p += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(v, nl));
    }
    const __m128i sums = _mm_sad_epu8(lanes, zero); // two 64-bit sums of eight lanes each
    n += static_cast<std::size_t>(_mm_cvtsi128_si64(sums)) +
         static_cast<std::size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  n += static_cast<std::size_t>(std::count(p, last, '\n'));
  return n + (!text.empty() && text.back() != '\n' ? 1 : 0);
}

/// Reads the whole lines of `text` into rows[0, lines) with `out`'s ids (`rows` has room for
/// count_lines(text) rows: every line is a row, or an error that stops the part); `offset` is the
/// byte offset of text in the file, for messages.
inline void read_csv_part(std::string_view text, std::size_t offset, const csv_header& h,
                          const std::string& file, csv_part& out, data_row* rows) {
  if (std::size_t bad = 0; invalid_utf8_position(text, bad, out.error_line, out.error_column)) {
    out.error = invalid_utf8_message(offset + bad);
    return;
  }
  std::unordered_map<std::string_view, std::uint32_t> ids;
  std::deque<std::string> own; // names that were unquoted (the line's storage does not last)
  struct last_name {
    bool set = false;
    std::string_view name;
    std::uint32_t id = 0;
  };
  const auto intern = [&](std::string_view name, last_name& last) {
    if (!last.set || name != last.name) {
      if (!name.empty() &&
          (name.data() < text.data() || name.data() >= text.data() + text.size())) {
        name = own.emplace_back(name); // not a view of the text: keep a copy
      }
      const auto [it, fresh] = ids.try_emplace(name, static_cast<std::uint32_t>(out.names.size()));
      if (fresh) {
        out.names.emplace_back(name);
      }
      last = {true, name, it->second};
    }
    return last.id;
  };
  last_name last_region, last_indicator;
  csv_fields f;
  const auto field = [&](data_column c) {
    const int k = h.at[static_cast<std::size_t>(c)];
    return k >= 0 ? f[static_cast<std::size_t>(k)] : std::string_view{};
  };
  std::size_t line = 0; // from the part's start
  const auto fail = [&](std::string what) {
    out.error_line = line;
    out.error = std::move(what);
  };
  for (std::size_t at = 0; at < text.size(); ++line) {
    const std::string_view l = next_line(text, at);
    if (f.split(l, text.data() + text.size()) == csv_fields::status::not_closed) {
      return fail("Escaped string was not closed in line @ in file \"" + file + "\".");
    }
    if (f.size() != h.fields) {
      return fail(std::string(f.size() < h.fields ? "Too few" : "Too many") +
                  " columns in line @ in file \"" + file +
                  "\". Every row needs as many fields as the header.");
    }
    data_row r;
    r.line = static_cast<std::uint32_t>(line);
    const std::string_view ind = field(data_column::indicator);
    if (ind.empty()) {
      return fail(empty_indicator_message());
    }
    r.indicator = intern(ind, last_indicator);
    r.region = intern(field(data_column::region), last_region);
    const std::string_view ys = field(data_column::year);
    int y = 0;
    if (!read_whole(ys, y)) {
      return fail(year_not_whole_message(ys));
    }
    if (!data_year_in_range(y)) {
      return fail(year_out_of_range_message(ys));
    }
    r.year = static_cast<std::int16_t>(y);
    const std::string_view val = field(data_column::value);
    std::string_view vs = val;
    if (vs.empty()) {
      return fail(empty_value_message());
    }
    if (vs.front() == '+') {
      vs.remove_prefix(1);
    }
    if (!read_decimal(vs, r.value) || !std::isfinite(r.value)) {
      return fail(value_not_finite_message(val));
    }
    if (h.has(data_column::flag)) {
      bool ok = true;
      const std::string_view fl = field(data_column::flag);
      r.flags = parse_flags(fl, ok);
      if (!ok) {
        return fail(unknown_flag_message(fl));
      }
    }
    if (const std::string_view ss = field(data_column::span); !ss.empty()) {
      int sp = 0;
      if (!read_whole(ss, sp) || !data_span_in_range(sp)) {
        return fail(bad_span_message(ss));
      }
      r.span = static_cast<std::uint8_t>(sp);
    }
    rows[line] = r;
  }
  out.lines = line;
}

/// Reads a data file's text after its header, block by block: feed() whole lines, then finish().
class csv_rows {
public:
  csv_rows(const std::string& file, const csv_header& h, std::size_t expected_rows)
      : file_(file), header_(h), builder_(file) {
    builder_.columns(h.has(data_column::region), h.has(data_column::flag),
                     h.has(data_column::span));
    builder_.reserve(expected_rows);
  }

  /// Reads whole lines: the first is line first_line, at byte `offset` of the file (without its
  /// byte order mark). Two threads for a large block. Returns the number of lines read.
  std::size_t feed(std::string_view lines, std::size_t first_line, std::size_t offset) {
    constexpr std::size_t two_parts_from = 1U << 20; // a thread costs more than a small part
    std::size_t cut = lines.size();
    if (lines.size() >= two_parts_from && std::thread::hardware_concurrency() > 1) {
      const std::size_t nl = lines.find('\n', lines.size() / 2);
      cut = nl == std::string_view::npos ? lines.size() : nl + 1;
    }
    // Both parts are read straight into the table's rows, each into its own range (a line is a
    // row): the second part's rows copied after the first's were a tenth of the command's time,
    // on one thread. Each part has ids of its own; the first takes the table's as soon as it is
    // read, while the second is still being read.
    const std::string_view first_text = lines.substr(0, cut);
    const std::string_view second_text = lines.substr(cut);
    const std::size_t first_rows = count_lines(first_text);
    std::vector<data_row>& rows = builder_.rows();
    const std::size_t from = rows.size();
    rows.resize(from + first_rows + count_lines(second_text));
    csv_part first, second;
    std::thread other;
    if (!second_text.empty()) {
      other = std::thread([&] {
        read_csv_part(second_text, offset + cut, header_, file_, second,
                      rows.data() + from + first_rows);
      });
    }
    try {
      read_csv_part(first_text, offset, header_, file_, first, rows.data() + from);
      if (first.error.empty()) {
        builder_.adopt(first.names, from, from + first.lines,
                       static_cast<std::uint32_t>(first_line));
      }
    } catch (...) { // out of memory: the other thread must not outlive its part
      if (other.joinable()) {
        other.join();
      }
      throw;
    }
    if (other.joinable()) {
      other.join();
    }
    const auto check = [&](const csv_part& p, std::size_t at) {
      if (!p.error.empty()) {
        std::string what = p.error;
        if (const std::size_t mark = what.find(" line @ "); mark != std::string::npos) {
          what.replace(mark + 6, 1, std::to_string(at + p.error_line));
        }
        throw input_error(file_, at + p.error_line, p.error_column, what);
      }
    };
    check(first, first_line);
    const std::size_t second_line = first_line + first.lines;
    check(second, second_line);
    const std::size_t second_from = from + first_rows;
    builder_.adopt(second.names, second_from, second_from + second.lines,
                   static_cast<std::uint32_t>(second_line));
    return first.lines + second.lines;
  }
  [[nodiscard]] data_table finish() && { return std::move(builder_).finish(); }

private:
  const std::string& file_;
  csv_header header_;
  table_builder builder_;
};

} // namespace zzplan::io::detail
