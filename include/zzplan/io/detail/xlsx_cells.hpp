#pragma once
// The cells of an Excel workbook (.xlsx) as liborcus hands them over: an import_factory that
// keeps, for each sheet, every cell's stored content (a number as the double Excel saved, not as
// displayed; a string; a formula's saved result, or the fact that it has none) and the merged
// ranges. Nothing else of the workbook (styles, views, pivot tables) is kept.

#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/import_interface.hpp>

#include <cmath>
#include <cstddef>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zzplan::io::detail {

namespace oss = orcus::spreadsheet;

/// A cell as stored.
struct xlsx_cell {
  enum class kind : unsigned char { text, number, formula_without_value };
  kind what = kind::text;
  double number = 0.0;
  std::string text;
};

/// One sheet: its name, cells by (row, column) from 0, merged ranges.
struct xlsx_sheet {
  std::string name;
  std::map<std::pair<int, int>, xlsx_cell> cells;
  std::vector<oss::range_t> merged;
};

/// The workbook's shared strings (cells refer to them by index).
class xlsx_strings final : public oss::iface::import_shared_strings {
public:
  std::vector<std::string> all;
  std::size_t append(std::string_view s) override {
    all.emplace_back(s);
    return all.size() - 1;
  }
  std::size_t add(std::string_view s) override { return append(s); }
  void set_segment_font(std::size_t) override {}
  void set_segment_bold(bool) override {}
  void set_segment_italic(bool) override {}
  void set_segment_font_name(std::string_view) override {}
  void set_segment_font_size(double) override {}
  void set_segment_font_color(oss::color_elem_t, oss::color_elem_t, oss::color_elem_t,
                              oss::color_elem_t) override {}
  void append_segment(std::string_view s) override { segments_.append(s); }
  std::size_t commit_segments() override {
    const std::size_t i = append(segments_);
    segments_.clear();
    return i;
  }

private:
  std::string segments_;
};

class xlsx_sheet_reader;

/// A formula cell: kept with its saved result, or marked as having none.
class xlsx_formula final : public oss::iface::import_formula {
public:
  explicit xlsx_formula(xlsx_sheet& s) : sheet_(s) {}
  void set_position(oss::row_t row, oss::col_t col) override {
    row_ = row;
    col_ = col;
    cell_ = {xlsx_cell::kind::formula_without_value, 0.0, {}};
  }
  void set_formula(oss::formula_grammar_t, std::string_view) override {}
  void set_shared_formula_index(std::size_t) override {}
  void set_result_string(std::string_view value) override {
    cell_ = {xlsx_cell::kind::text, 0.0, std::string(value)};
  }
  void set_result_value(double value) override {
    if (std::isfinite(value)) { // liborcus gives NaN for a formula saved without its result
      cell_ = {xlsx_cell::kind::number, value, {}};
    }
  }
  void set_result_bool(bool value) override {
    cell_ = {xlsx_cell::kind::text, 0.0, value ? "TRUE" : "FALSE"};
  }
  void set_result_empty() override {}
  void commit() override { sheet_.cells[{row_, col_}] = cell_; }

private:
  xlsx_sheet& sheet_;
  oss::row_t row_ = 0;
  oss::col_t col_ = 0;
  xlsx_cell cell_;
};

/// Merged ranges (the only sheet property kept).
class xlsx_properties final : public oss::iface::import_sheet_properties {
public:
  explicit xlsx_properties(xlsx_sheet& s) : sheet_(s) {}
  void set_column_width(oss::col_t, double, orcus::length_unit_t) override {}
  void set_column_hidden(oss::col_t, bool) override {}
  void set_row_height(oss::row_t, double, orcus::length_unit_t) override {}
  void set_row_hidden(oss::row_t, bool) override {}
  void set_merge_cell_range(const oss::range_t& range) override { sheet_.merged.push_back(range); }

private:
  xlsx_sheet& sheet_;
};

class xlsx_sheet_reader final : public oss::iface::import_sheet {
public:
  xlsx_sheet_reader(xlsx_sheet& s, const xlsx_strings& strings)
      : sheet_(s), strings_(strings), formula_(s), properties_(s) {}
  oss::iface::import_sheet_properties* get_sheet_properties() override { return &properties_; }
  oss::iface::import_formula* get_formula() override { return &formula_; }
  void set_auto(oss::row_t row, oss::col_t col, std::string_view s) override {
    sheet_.cells[{row, col}] = {xlsx_cell::kind::text, 0.0, std::string(s)};
  }
  void set_string(oss::row_t row, oss::col_t col, oss::string_id_t i) override {
    sheet_.cells[{row, col}] = {xlsx_cell::kind::text, 0.0,
                                i < strings_.all.size() ? strings_.all[i] : std::string()};
  }
  void set_value(oss::row_t row, oss::col_t col, double value) override {
    sheet_.cells[{row, col}] = {xlsx_cell::kind::number, value, {}};
  }
  void set_bool(oss::row_t row, oss::col_t col, bool value) override {
    sheet_.cells[{row, col}] = {xlsx_cell::kind::text, 0.0, value ? "TRUE" : "FALSE"};
  }
  void set_date_time(oss::row_t row, oss::col_t col, int year, int month, int day, int, int,
                     double) override {
    // a date in a data table is refused by the readers as not a number; show it as written
    sheet_.cells[{row, col}] = {xlsx_cell::kind::text, 0.0,
                                std::to_string(year) + "-" + std::to_string(month) + "-" +
                                    std::to_string(day)};
  }
  void set_format(oss::row_t, oss::col_t, std::size_t) override {}
  void set_format(oss::row_t, oss::col_t, oss::row_t, oss::col_t, std::size_t) override {}
  void fill_down_cells(oss::row_t src_row, oss::col_t src_col, oss::row_t range_size) override {
    const auto it = sheet_.cells.find({src_row, src_col});
    for (oss::row_t r = 1; it != sheet_.cells.end() && r <= range_size; ++r) {
      sheet_.cells[{src_row + r, src_col}] = it->second;
    }
  }
  oss::range_size_t get_sheet_size() const override {
    return {1048576, 16384}; // Excel's limits
  }

private:
  xlsx_sheet& sheet_;
  const xlsx_strings& strings_;
  xlsx_formula formula_;
  xlsx_properties properties_;
};

/// Cell addresses in A1 notation ("D7", "$A$1:D1"), which the xlsx filter asks to have read.
class xlsx_addresses final : public oss::iface::import_reference_resolver {
public:
  oss::src_address_t resolve_address(std::string_view a) override {
    oss::src_address_t r{0, 0, 0};
    std::size_t i = 0;
    const auto skip_dollar = [&] {
      if (i < a.size() && a[i] == '$') {
        ++i;
      }
    };
    skip_dollar();
    int col = 0;
    for (; i < a.size() && a[i] >= 'A' && a[i] <= 'Z'; ++i) {
      col = col * 26 + (a[i] - 'A' + 1);
    }
    skip_dollar();
    int row = 0;
    for (; i < a.size() && a[i] >= '0' && a[i] <= '9'; ++i) {
      row = row * 10 + (a[i] - '0');
    }
    if (col == 0 || row == 0 || i != a.size()) {
      throw std::invalid_argument("not a cell address: " + std::string(a));
    }
    r.row = row - 1;
    r.column = col - 1;
    return r;
  }
  oss::src_range_t resolve_range(std::string_view range) override {
    const std::size_t colon = range.find(':');
    const oss::src_address_t first = resolve_address(range.substr(0, colon));
    return {first,
            colon == std::string_view::npos ? first : resolve_address(range.substr(colon + 1))};
  }
};

/// Every sheet of a workbook.
class xlsx_factory final : public oss::iface::import_factory {
public:
  std::vector<std::unique_ptr<xlsx_sheet>> sheets;

  oss::iface::import_shared_strings* get_shared_strings() override { return &strings_; }
  oss::iface::import_reference_resolver*
  get_reference_resolver(oss::formula_ref_context_t) override {
    return &addresses_;
  }
  oss::iface::import_sheet* append_sheet(oss::sheet_t, std::string_view name) override {
    sheets.push_back(std::make_unique<xlsx_sheet>());
    sheets.back()->name = std::string(name);
    readers_.push_back(std::make_unique<xlsx_sheet_reader>(*sheets.back(), strings_));
    return readers_.back().get();
  }
  oss::iface::import_sheet* get_sheet(std::string_view name) override {
    for (std::size_t i = 0; i < sheets.size(); ++i) {
      if (sheets[i]->name == name) {
        return readers_[i].get();
      }
    }
    return nullptr;
  }
  oss::iface::import_sheet* get_sheet(oss::sheet_t i) override {
    return i >= 0 && static_cast<std::size_t>(i) < readers_.size()
               ? readers_[static_cast<std::size_t>(i)].get()
               : nullptr;
  }
  void finalize() override {}

private:
  xlsx_strings strings_;
  xlsx_addresses addresses_;
  std::vector<std::unique_ptr<xlsx_sheet_reader>> readers_;
};

} // namespace zzplan::io::detail
