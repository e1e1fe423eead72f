#pragma once
// The reader of data files in long CSV (data.hpp): lines and their fields (as RFC 4180 quotes
// them) found in one pass, sixteen bytes at a time, numbers correctly rounded (a value comes back as it
// was written: Clinger's fast path, else std::from_chars), names interned by comparing with the
// previous row's before any hashing (rows come in runs of one region and one indicator). A file
// is read in blocks of whole lines, each cut into pieces that two threads read into their own
// ranges of the table's rows, in file order, so the table, and the first error reported, are the
// same as with one thread (csv_rows.hpp).
//
// Its messages are those the project gave with fast-cpp-csv-parser, whose tokenizing rules it
// keeps: blanks and tabs around a field are trimmed, a field in double quotes may hold commas and
// doubled quotes, a quoted field does not span lines.

#include <zzplan/io/detail/csv_fields.hpp>
#include <zzplan/io/detail/csv_numbers.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/series.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

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

/// a == b, without a call to memcmp for a name of up to 16 bytes (a call for each of a row's two
/// names was a fortieth of reading a panel).
[[nodiscard]] inline bool same_text(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = a.size();
  if (n != b.size()) {
    return false;
  }
  const auto differ = [&]<class Word>(Word, std::size_t at) {
    Word x;
    Word y;
    std::memcpy(&x, a.data() + at, sizeof x);
    std::memcpy(&y, b.data() + at, sizeof y);
    return x ^ y;
  };
  if (n >= 8 && n <= 16) { // two words that overlap when n < 16
    return (differ(std::uint64_t{}, 0) | differ(std::uint64_t{}, n - 8)) == 0;
  }
  if (n >= 4 && n < 8) {
    return (differ(std::uint32_t{}, 0) | differ(std::uint32_t{}, n - 4)) == 0;
  }
  return a == b;
}

/// read_csv_part on text that is valid UTF-8.
inline void read_utf8_lines(std::string_view text, const csv_header& h, const std::string& file,
                            csv_part& out, data_row* rows);

/// Reads the whole lines of `text` into rows[0, lines) with `out`'s ids (`rows` has room for
/// count_lines(text) rows: every line is a row, or an error that stops the part); `offset` is the
/// byte offset of text in the file, for messages. The error named is the first in the text,
/// whatever its kind, so the same however a file is cut into parts.
inline void read_csv_part(std::string_view text, std::size_t offset, const csv_header& h,
                          const std::string& file, csv_part& out, data_row* rows) {
  std::size_t bad = 0;
  std::size_t bad_line = 0;
  std::size_t bad_column = 0;
  if (!invalid_utf8_position(text, bad, bad_line, bad_column)) {
    read_utf8_lines(text, h, file, out, rows);
    return;
  }
  // The text is checked whole at once (a pass of 16 bytes at a time); the lines before the bad
  // byte's are then read as usual, and an error among them comes first.
  const std::size_t nl = text.rfind('\n', bad);
  read_utf8_lines(text.substr(0, nl == std::string_view::npos ? 0 : nl + 1), h, file, out, rows);
  if (out.error.empty()) {
    out.error = invalid_utf8_message(offset + bad);
    out.error_line = bad_line;
    out.error_column = bad_column;
  }
}

/// The name of the previous row's region or indicator, and its id: rows come in runs of one.
struct previous_name {
  bool set = false;
  std::string_view name;
  std::uint32_t id = 0;
};

/// The names of a part being read, each with its id (its index in names).
struct part_names {
  std::string_view text; ///< the part's text: names in it are views of it
  std::unordered_map<std::string_view, std::uint32_t> ids;
  std::deque<std::string> own; ///< names that were unquoted (the line's storage does not last)
  std::vector<std::string>* names = nullptr;

  /// The id of a name that differs from the previous row's. Out of line: inline, every row paid
  /// for the registers the lookup needs (about 35 instructions a name, a tenth of reading a row).
  [[gnu::noinline]] void look_up(std::string_view name, previous_name& last) {
    if (!name.empty() && (name.data() < text.data() || name.data() >= text.data() + text.size())) {
      name = own.emplace_back(name); // not a view of the text: keep a copy
    }
    const auto [it, fresh] = ids.try_emplace(name, static_cast<std::uint32_t>(names->size()));
    if (fresh) {
      names->emplace_back(name);
    }
    last = {true, name, it->second};
  }
  [[nodiscard]] std::uint32_t intern(std::string_view name, previous_name& last) {
    if (!last.set || !same_text(name, last.name)) {
      look_up(name, last);
    }
    return last.id;
  }
};

inline void read_utf8_lines(std::string_view text, const csv_header& h, const std::string& file,
                            csv_part& out, data_row* rows) {
  part_names names{text, {}, {}, &out.names};
  previous_name last_region, last_indicator;
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
  for (csv_fields::cursor at(text); !at.done(); ++line) {
    if (f.split_next(at) == csv_fields::status::not_closed) {
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
    r.indicator = names.intern(ind, last_indicator);
    r.region = names.intern(field(data_column::region), last_region);
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
      r.flags = fl.empty() ? flag::none : parse_flags(fl, ok); // most rows have no flag
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

} // namespace zzplan::io::detail
