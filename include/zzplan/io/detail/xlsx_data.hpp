#pragma once
// Data in an Excel workbook (.xlsx), in any layout a CSV data file may have (long, wide yearbook
// table, SDMX), read with liborcus (CMake target zzplan::xlsx; Debian liborcus-dev). One sheet is
// read: the one named, or the first. Numbers are the doubles the workbook stores, not the text a
// cell displays (a figure shown as 3,420 may be stored as 3420.3). A formula cell is read by its
// saved result; one without (a workbook written by a program that does not calculate) is refused.
// Cells merged inside the table are refused (which cell holds the figure is not said); a merged
// title above the table is read like any title line.
//
// The sheet is laid out as CSV text, one line a row (line n is row n), and read by the same
// readers as a CSV file, so the rules and checks are those of every layout; their messages name
// the workbook, the sheet and the cell: `data.xlsx, sheet 表1, cell D7: …`.

#include <zzplan/io/data.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/xlsx_cells.hpp>
#include <zzplan/io/detail/xlsx_parts.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace zzplan::io {

namespace detail {

/// A cell's name in A1 notation (row and column from 0).
[[nodiscard]] inline std::string cell_name(int row, int col) {
  std::string letters;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return letters + std::to_string(row + 1);
}

/// Where a message about a sheet points: "data.xlsx, sheet 表1, cell D7".
[[nodiscard]] inline std::string sheet_place(const std::string& file, const std::string& sheet,
                                             std::optional<std::pair<int, int>> cell = {},
                                             int row = -1) {
  std::string s = file + ", sheet " + sheet;
  if (cell) {
    s += ", cell " + cell_name(cell->first, cell->second);
  } else if (row >= 0) {
    s += ", row " + std::to_string(row + 1);
  }
  return s;
}

/// A sheet as CSV text: one line a row, as many fields as the widest row; numbers as the
/// shortest text that reads back the stored double. `starts[r][k]` is the character column (from
/// 1) where field k of line r+1 starts.
struct sheet_text {
  std::string text;
  std::vector<std::vector<std::size_t>> starts;
};

[[nodiscard]] inline sheet_text lay_out(const xlsx_sheet& s) {
  sheet_text out;
  int rows = 0;
  int cols = 0;
  for (const auto& [at, c] : s.cells) {
    if (c.what != xlsx_cell::kind::text || !c.text.empty()) {
      rows = std::max(rows, at.first + 1);
      cols = std::max(cols, at.second + 1);
    }
  }
  out.starts.resize(static_cast<std::size_t>(rows));
  auto it = s.cells.begin();
  for (int r = 0; r < rows; ++r) {
    std::size_t column = 1;
    for (int c = 0; c < cols; ++c) {
      if (c > 0) {
        out.text += ',';
        ++column;
      }
      out.starts[static_cast<std::size_t>(r)].push_back(column);
      while (it != s.cells.end() && it->first < std::pair(r, c)) {
        ++it;
      }
      if (it == s.cells.end() || it->first != std::pair(r, c)) {
        continue;
      }
      std::string field;
      if (it->second.what == xlsx_cell::kind::number) {
        char buf[32];
        const double v = it->second.number == 0.0 ? 0.0 : it->second.number;
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
        field.assign(buf, ec == std::errc{} ? end : buf);
      } else {
        for (const char ch : it->second.text) { // a line break in a cell is a space here
          field += ch == '\n' || ch == '\r' ? ' ' : ch;
        }
      }
      if (field.find_first_of(",\"") != std::string::npos) {
        std::string quoted = "\"";
        for (const char ch : field) {
          quoted += ch;
          if (ch == '"') {
            quoted += '"';
          }
        }
        field = quoted + "\"";
      }
      column +=
          utf8::invalid_at(field) == std::string_view::npos ? utf8::count(field) : field.size();
      out.text += field;
    }
    out.text += '\n';
  }
  return out;
}

/// The message of a reader's error at a place in the sheet's text, said of the cell; `hint` is
/// added to it.
[[noreturn]] inline void rethrow_at_cell(const input_error& e, const std::string& file,
                                         const xlsx_sheet& s, const sheet_text& t,
                                         std::string_view hint = {}) {
  std::string prefix = e.file();
  if (e.line()) {
    prefix += ":" + std::to_string(e.line());
  }
  if (e.column()) {
    prefix += ":" + std::to_string(e.column());
  }
  prefix += ": ";
  std::string what = std::string(e.what()).substr(prefix.size());
  for (const std::string_view w : {" on line ", " in line "}) {
    for (std::size_t at = what.find(w); at != std::string::npos; at = what.find(w, at + 1)) {
      what.replace(at + 4, 4, "row");
    }
  }
  what += hint;
  if (e.line() == 0) {
    throw input_error(file + ", sheet " + s.name, 0, 0, what);
  }
  const int row = static_cast<int>(e.line()) - 1;
  if (e.column() == 0 || static_cast<std::size_t>(row) >= t.starts.size()) {
    throw input_error(sheet_place(file, s.name, std::nullopt, row), 0, 0, what);
  }
  const std::vector<std::size_t>& starts = t.starts[static_cast<std::size_t>(row)];
  int col = 0;
  while (static_cast<std::size_t>(col + 1) < starts.size() &&
         starts[static_cast<std::size_t>(col + 1)] <= e.column()) {
    ++col;
  }
  throw input_error(sheet_place(file, s.name, std::pair(row, col)), 0, 0, what);
}

/// Runs the xlsx filter with `read` (a file or bytes); the sheets, or an input_error.
template <class Read>
[[nodiscard]] std::vector<std::unique_ptr<xlsx_sheet>> xlsx_sheets(const std::string& file,
                                                                   Read&& read) {
  xlsx_factory factory;
  try {
    orcus::orcus_xlsx filter(&factory);
    read(filter);
  } catch (const std::exception& e) {
    throw unreadable_xlsx(file, e.what());
  }
  return std::move(factory.sheets);
}

} // namespace detail

/// The sheets of a workbook held in memory (messages name `file`).
[[nodiscard]] inline std::vector<std::unique_ptr<detail::xlsx_sheet>>
parse_xlsx_sheets(std::string_view bytes, const std::string& file) {
  if (detail::check_xlsx_parts(bytes, file)) {
    throw input_error(file, 0, 0,
                      "its cells hold their text inline (t=\"inlineStr\"), which the workbook "
                      "reader (liborcus 0.17) leaves empty; open it in Excel or LibreOffice and "
                      "save it again as .xlsx");
  }
  return detail::xlsx_sheets(file, [&](orcus::orcus_xlsx& f) { f.read_stream(bytes); });
}

/// The sheets of a workbook, read whole (messages name `file`).
[[nodiscard]] inline std::vector<std::unique_ptr<detail::xlsx_sheet>>
read_xlsx_sheets(const std::filesystem::path& p) {
  const std::string file = p.string();
  std::ifstream in(p, std::ios::binary);
  if (std::error_code ec; !std::filesystem::is_regular_file(p, ec) || !in) {
    throw input_error(file, 0, 0, "cannot open the workbook; check the path");
  }
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse_xlsx_sheets(bytes, file);
}

/// One sheet of a workbook's sheets (`sheet`: its name; empty: the first) as a data table.
[[nodiscard]] inline data_table
data_of_sheet(const std::vector<std::unique_ptr<detail::xlsx_sheet>>& sheets,
              const std::string& file, const std::string& sheet = {}, const data_options& o = {}) {
  const detail::xlsx_sheet* s = nullptr;
  std::string names;
  for (const auto& each : sheets) {
    names += (names.empty() ? "" : ", ") + each->name;
    if (!s && (sheet.empty() || each->name == sheet)) {
      s = each.get();
    }
  }
  if (!s) {
    throw input_error(file, 0, 0,
                      sheets.empty() ? "the workbook has no sheet"
                                     : "has no sheet named '" + sheet + "'; its sheets are: " +
                                           names + " (give one with --sheet)");
  }
  for (const auto& [at, c] : s->cells) {
    if (c.what == detail::xlsx_cell::kind::formula_without_value) {
      throw input_error(detail::sheet_place(file, s->name, at), 0, 0,
                        "a formula without a saved value; open the workbook in Excel or "
                        "LibreOffice and save it (so that its results are stored), or write the "
                        "value");
    }
  }
  // the table starts at the first row with two cells (a title, however merged, has one)
  int table_row = -1;
  {
    int row = -1;
    int in_row = 0;
    for (const auto& [at, c] : s->cells) {
      if (c.what == detail::xlsx_cell::kind::text && c.text.empty()) {
        continue;
      }
      in_row = at.first == row ? in_row + 1 : 1;
      row = at.first;
      if (in_row == 2) {
        table_row = row;
        break;
      }
    }
  }
  for (const orcus::spreadsheet::range_t& m : s->merged) {
    if (table_row >= 0 && m.last.row >= table_row) {
      throw input_error(detail::sheet_place(file, s->name, std::pair(m.first.row, m.first.column)),
                        0, 0,
                        "cells " + detail::cell_name(m.first.row, m.first.column) + ":" +
                            detail::cell_name(m.last.row, m.last.column) +
                            " are merged inside the table; unmerge them and write each "
                            "heading or figure in its own cell (a merged title above the "
                            "table is fine)");
    }
  }
  const detail::sheet_text t = detail::lay_out(*s);
  data_options utf8 = o;
  utf8.encoding = text_encoding::utf8;
  try {
    data_table d = parse_data_file(t.text, file, utf8);
    return d;
  } catch (const input_error& e) {
    // a workbook often opens with a sheet of notes: when the first sheet was read because none
    // was named, the message says so and lists the others
    const std::string hint =
        sheet.empty() && sheets.size() > 1
            ? " (the first sheet, " + s->name +
                  ", was read as none was named; the workbook's sheets are: " + names +
                  "; give one with --sheet)"
            : std::string();
    detail::rethrow_at_cell(e, file, *s, t, hint);
  }
}

/// Reads one sheet of a workbook (`sheet`: its name; empty: the first) into a data table.
[[nodiscard]] inline data_table read_data_xlsx(const std::filesystem::path& p,
                                               const std::string& sheet = {},
                                               const data_options& o = {}) {
  return data_of_sheet(read_xlsx_sheets(p), p.string(), sheet, o);
}

} // namespace zzplan::io
