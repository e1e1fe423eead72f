#pragma once
// The reader of wide (yearbook) tables in CSV: one row per indicator, one column per year, as
// statistics yearbooks print them and spreadsheets save them.
//
//   表2-1 主要指标                     title lines: anything above the header
//   单位：亿元                         a unit line (read and skipped, like a unit column)
//   指标,单位,2020年,2021年,2022年      the header: years as 2020 or 2020年; 指标/项目 (or the
//   地区生产总值,亿元,,3420.3p,3616.81   first column), optionally 地区/region and 单位/unit
//   资料来源：…                         footer lines from 资料来源/数据来源/注/说明/Source/Note on
//
// A blank cell, "…" or "-" is a gap. A trailing p marks a preliminary figure (read with the
// provisional flag) and a trailing r a revised one; any other mark after a number is refused
// with the cell named, never dropped. Numbers are read as in the long layout (from_chars), with
// thousands separators allowed when they group by three. Rows go through table_builder, so the
// order, the duplicate check and the evaluation are those of the long layout.

#include <zzplan/io/detail/csv_reader.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/series.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace zzplan::io::detail {

/// A header cell that names a year: 2020 or 2020年 (nullopt: not a year label). `in_range` is
/// false for four digits outside the years a data row may have.
[[nodiscard]] inline std::optional<int> year_label(std::string_view s, bool& in_range) {
  in_range = true;
  if (s.ends_with("年")) {
    s.remove_suffix(std::string_view("年").size());
  }
  if (s.size() != 4) {
    return std::nullopt;
  }
  int y = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
  if (ec != std::errc{} || p != s.data() + s.size() || s.front() == '-' || s.front() == '+') {
    return std::nullopt;
  }
  in_range = data_year_in_range(y);
  return y;
}

/// Does a cell start like a year but is not a year label ("2020E", "2020-2021", "2020年末")?
[[nodiscard]] inline bool looks_like_year(std::string_view s) noexcept {
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') {
    ++digits;
  }
  return digits == 4;
}

[[nodiscard]] inline bool one_of(std::string_view s,
                                 std::initializer_list<std::string_view> words) noexcept {
  for (const std::string_view w : words) {
    if (s == w) {
      return true;
    }
  }
  return false;
}

[[nodiscard]] inline bool indicator_heading(std::string_view s) noexcept {
  return one_of(s, {"指标", "指标名称", "项目", "indicator", "Indicator"});
}
[[nodiscard]] inline bool region_heading(std::string_view s) noexcept {
  return one_of(s, {"地区", "地 区", "region", "Region"});
}
[[nodiscard]] inline bool unit_heading(std::string_view s) noexcept {
  return one_of(s, {"单位", "计量单位", "unit", "Unit"});
}

/// Does a line start a footer (资料来源：…, 注：…, 注1 …, Source: …)? A word followed by a letter
/// ("注册企业数") is an indicator, not a note.
[[nodiscard]] inline bool footer_start(std::string_view s) noexcept {
  for (const std::string_view w :
       {"资料来源", "数据来源", "来源", "注", "说明", "Source", "Sources", "Note", "Notes"}) {
    if (s.starts_with(w)) {
      const std::string_view rest = s.substr(w.size());
      if (rest.empty() || rest.starts_with("：") || rest.starts_with(":") ||
          rest.starts_with(" ") || rest.starts_with("（") || rest.starts_with("(") ||
          (rest.front() >= '0' && rest.front() <= '9') || rest.starts_with("\xE2\x91")) {
        return true; // \xE2\x91: the circled numbers ①, ②, …
      }
    }
  }
  return false;
}

/// A unit line above the header: 单位：亿元, 计量单位: 万人.
[[nodiscard]] inline bool unit_line(std::string_view s) noexcept {
  for (const std::string_view w : {"单位", "计量单位", "Unit", "unit"}) {
    if (s.starts_with(w)) {
      const std::string_view rest = s.substr(w.size());
      return rest.starts_with("：") || rest.starts_with(":");
    }
  }
  return false;
}

/// A cell that is a gap: empty, or the marks yearbooks print for "no figure".
[[nodiscard]] inline bool gap_cell(std::string_view s) noexcept {
  return one_of(s, {"", "…", "……", "...", "-", "－", "—", "--"});
}

/// The number in a cell, with its mark: ok, or a message (without the cell's name).
struct cell_value {
  double value = 0.0;
  flag flags = flag::none;
  std::string error;
};

[[nodiscard]] inline cell_value read_cell(std::string_view text) {
  cell_value c;
  std::string_view s = text;
  if (s.ends_with('p') || s.ends_with('P')) {
    c.flags = flag::provisional;
    s.remove_suffix(1);
  } else if (s.ends_with('r') || s.ends_with('R')) {
    c.flags = flag::revised;
    s.remove_suffix(1);
  }
  while (!s.empty() && s.back() == ' ') {
    s.remove_suffix(1);
  }
  // thousands separators, grouped by three: 3,420.3 → 3420.3
  std::string plain;
  if (s.find(',') != std::string_view::npos) {
    const std::size_t dot = std::min(s.find('.'), s.size());
    bool grouped = true;
    std::size_t run = 0;
    std::size_t first = 0;
    bool first_group = true;
    for (std::size_t i = (s.starts_with('-') ? 1 : 0); i < dot; ++i) {
      if (s[i] == ',') {
        if (first_group ? (first == 0 || first > 3) : run != 3) {
          grouped = false;
        }
        first_group = false;
        run = 0;
      } else {
        ++run;
        if (first_group) {
          ++first;
        }
      }
    }
    if (!grouped || run != 3 || s.find(',', dot) != std::string_view::npos) {
      c.error = value_not_finite_message(text);
      return c;
    }
    for (const char ch : s) {
      if (ch != ',') {
        plain += ch;
      }
    }
    s = plain;
  }
  std::string_view v = s;
  if (!v.empty() && v.front() == '+') {
    v.remove_prefix(1);
  }
  const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), c.value);
  if (v.empty() || ec != std::errc{} || !std::isfinite(c.value)) {
    c.error = value_not_finite_message(text);
  } else if (p != v.data() + v.size()) {
    const std::string_view mark = v.substr(static_cast<std::size_t>(p - v.data()));
    c.error = p == v.data() ? value_not_finite_message(text)
                            : "value '" + std::string(text) +
                                  "' ends with a mark zzplan does not "
                                  "read ('" +
                                  std::string(mark) +
                                  "'); write p after a preliminary figure (3420.3p), r after a "
                                  "revised one, or the number alone";
  }
  return c;
}

/// The roles of a wide table's header cells.
struct wide_header {
  std::size_t line = 0; ///< from 1
  std::vector<std::string> cells;
  int indicator = -1;
  int region = -1;
  int unit = -1;
  std::vector<std::pair<std::size_t, int>> years; ///< (cell, year)
};

/// The character column (from 1) of a field that is a view of its line, else 0.
[[nodiscard]] inline std::size_t column_of(std::string_view line, std::string_view field) {
  if (field.data() < line.data() || field.data() > line.data() + line.size()) {
    return 0;
  }
  return utf8::count(line.substr(0, static_cast<std::size_t>(field.data() - line.data()))) + 1;
}

/// Is any cell of the line a year label (a header candidate)?
[[nodiscard]] inline bool has_year_label(const csv_fields& f) {
  for (std::size_t k = 0; k < f.size(); ++k) {
    bool in_range = true;
    if (year_label(f[k], in_range)) {
      return true;
    }
  }
  return false;
}

/// Reads the header of a wide table from line `line_no` (its fields in `f`).
[[nodiscard]] inline wide_header read_wide_header(const csv_fields& f, std::string_view line,
                                                  std::size_t line_no, const std::string& file) {
  wide_header h;
  h.line = line_no;
  for (std::size_t k = 0; k < f.size(); ++k) {
    h.cells.emplace_back(f[k]);
  }
  const auto fail = [&](std::size_t k, const std::string& what) {
    throw input_error(file, line_no, column_of(line, f[k]), what);
  };
  for (std::size_t k = 0; k < f.size(); ++k) {
    const std::string_view c = f[k];
    bool in_range = true;
    if (const std::optional<int> y = year_label(c, in_range)) {
      if (!in_range) {
        fail(k, year_out_of_range_message(c));
      }
      for (const auto& [other, oy] : h.years) {
        if (oy == *y) {
          fail(k, "year " + std::to_string(*y) + " heads two columns (" +
                      std::to_string(other + 1) + " and " + std::to_string(k + 1) +
                      "); a year has one column");
        }
      }
      h.years.emplace_back(k, *y);
    } else if (region_heading(c) && h.region < 0) {
      h.region = static_cast<int>(k);
    } else if (unit_heading(c) && h.unit < 0) {
      h.unit = static_cast<int>(k);
    } else if (looks_like_year(c)) {
      fail(k, "column '" + std::string(c) +
                  "' is not a year; a wide table's year columns are headed 2020 or 2020年, one "
                  "year a column");
    } else if (h.indicator < 0 && (indicator_heading(c) || c.empty() || k == 0)) {
      h.indicator = static_cast<int>(k);
    } else if (c.empty()) {
      // a blank header cell over blank cells (a spacer column): checked on each row
    } else {
      fail(k, "column '" + std::string(c) +
                  "' is neither a year (2020 or 2020年) nor 指标, 地区 or 单位; remove it or "
                  "read the file with --layout long");
    }
  }
  if (h.indicator < 0) {
    throw input_error(file, line_no, 0,
                      "the header has no indicator column; head the column of indicator names "
                      "指标 (or make it the first column)");
  }
  return h;
}

/// Parses a wide table (UTF-8 text without a byte order mark).
[[nodiscard]] inline data_table parse_wide_csv(std::string_view text, const std::string& file) {
  require_utf8(text, file);
  table_builder b(file);
  std::optional<wide_header> h;
  bool footer = false;
  bool any_flag = false;
  csv_fields f;
  std::size_t line_no = 0;
  for (std::size_t at = 0; at < text.size() && !footer;) {
    ++line_no;
    const std::string_view line = next_line(text, at);
    if (f.split(line) == csv_fields::status::not_closed) {
      throw input_error(file, line_no, 0,
                        "a quoted field is not closed; end it with \" on the same line");
    }
    std::size_t first = 0; // the first non-blank cell
    while (first < f.size() && f[first].empty()) {
      ++first;
    }
    if (first == f.size()) {
      continue; // a blank line
    }
    if (!h) {
      if (has_year_label(f)) {
        h = read_wide_header(f, line, line_no, file);
        b.columns(h->region >= 0, false, false);
      }
      continue; // a title or unit line above the header
    }
    if (footer_start(f[first])) {
      footer = true;
      break;
    }
    const std::string_view name = static_cast<std::size_t>(h->indicator) < f.size()
                                      ? f[static_cast<std::size_t>(h->indicator)]
                                      : std::string_view{};
    if ((name.empty() || indicator_heading(name)) && has_year_label(f)) {
      bool same = f.size() == h->cells.size();
      for (std::size_t k = 0; same && k < f.size(); ++k) {
        same = f[k] == h->cells[k];
      }
      if (same) {
        continue; // the header again (a table printed over several pages)
      }
      throw input_error(file, line_no, 0,
                        "a second header that disagrees with the header on line " +
                            std::to_string(h->line) +
                            "; a table has one header: make its years one row, or split the "
                            "table in two files");
    }
    if (f.size() > h->cells.size()) {
      for (std::size_t k = h->cells.size(); k < f.size(); ++k) {
        if (!f[k].empty()) {
          throw input_error(file, line_no, column_of(line, f[k]),
                            "a cell beyond the header's " + std::to_string(h->cells.size()) +
                                " columns ('" + std::string(f[k]) +
                                "'); give it a heading or remove it");
        }
      }
    }
    if (name.empty()) {
      throw input_error(file, line_no, 0,
                        empty_indicator_message() + " in column " +
                            std::to_string(h->indicator + 1) + " of a row with figures");
    }
    for (std::size_t k = 0; k < f.size() && k < h->cells.size(); ++k) {
      if (h->cells[k].empty() && static_cast<int>(k) != h->indicator && !f[k].empty()) {
        throw input_error(file, line_no, column_of(line, f[k]),
                          "a cell under a blank heading ('" + std::string(f[k]) +
                              "'); head its column (a year, 指标, 地区 or 单位) or remove it");
      }
    }
    data_row r;
    r.line = static_cast<std::uint32_t>(line_no);
    r.indicator = b.intern(name);
    r.region = b.intern(h->region >= 0 && static_cast<std::size_t>(h->region) < f.size()
                            ? f[static_cast<std::size_t>(h->region)]
                            : std::string_view{});
    for (const auto& [k, y] : h->years) {
      const std::string_view cell = k < f.size() ? f[k] : std::string_view{};
      if (gap_cell(cell)) {
        continue;
      }
      const cell_value c = read_cell(cell);
      if (!c.error.empty()) {
        throw input_error(file, line_no, column_of(line, cell),
                          "cell (" + std::string(name) + ", " + h->cells[k] + "): " + c.error);
      }
      r.year = static_cast<std::int16_t>(y);
      r.value = c.value;
      r.flags = c.flags;
      any_flag = any_flag || c.flags != flag::none;
      b.add(r);
    }
  }
  if (!h) {
    throw input_error(file, 0, 0,
                      "no header with years as columns (2020 or 2020年) was found; a wide table "
                      "needs one, a long table the header indicator,year,value");
  }
  b.columns(h->region >= 0, any_flag, false);
  return std::move(b).finish();
}

} // namespace zzplan::io::detail
