#pragma once
// Assessments as an Excel workbook (libxlsxwriter; CMake target zzplan::xlsx), for the people
// who receive an evaluation and work in Excel. Three sheets:
//   assessments  the CSV output's columns and values (numbers as numbers, equal to the CSV's to
//                16 significant digits, as libxlsxwriter writes them; shares and rates shown as
//                percents, levels with thousands separators,
//                status and label coloured as in the HTML report), header frozen, widths that
//                fit Chinese text;
//   summary      the roll-up, all goals and by attribute (binding, expected);
//   notes        each assessment's notes, one a row.
// The workbook is written to `path` only by write_results_xlsx's end; a failure throws.

#include <zzplan/io/detail/csv.hpp>
#include <zzplan/io/detail/svg_draw.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/utf8.hpp>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace zzplan::io {

namespace detail {

/// How a numeric column is shown (the stored number is the CSV's either way).
enum class xlsx_number_style : unsigned char { plain, percent, thousands, year };

[[nodiscard]] constexpr xlsx_number_style number_style(column c) noexcept {
  switch (c) {
  case column::baseline_year:
  case column::target_year:
  case column::latest_year: return xlsx_number_style::year;
  case column::achievement_share:
  case column::time_elapsed:
  case column::expected_share:
  case column::actual_rate:
  case column::required_rate:
  case column::required_rate_remaining:
  case column::projected_share:
  case column::over_completion_relative: return xlsx_number_style::percent;
  case column::baseline_value:
  case column::target_value:
  case column::latest_value:
  case column::projected_value: return xlsx_number_style::thousands;
  default: return xlsx_number_style::plain;
  }
}

[[nodiscard]] inline std::uint32_t rgb(std::string_view hex) noexcept {
  std::uint32_t v = 0;
  for (const char c : hex.substr(1)) {
    v = v * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  return v;
}

/// Column widths in Excel's units (characters of the default font; a CJK character takes two).
class xlsx_widths {
public:
  void see(std::size_t col, std::string_view text) {
    if (col >= w_.size()) {
      w_.resize(col + 1, 6.0);
    }
    const double w = static_cast<double>(utf8::display_width(text)) + 2.0;
    w_[col] = std::min(60.0, std::max(w_[col], w));
  }
  void apply(lxw_worksheet* ws) const {
    for (std::size_t c = 0; c < w_.size(); ++c) {
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w_[c],
                           nullptr);
    }
  }

private:
  std::vector<double> w_;
};

inline void check(lxw_error e, const std::string& what) {
  if (e != LXW_NO_ERROR) {
    throw std::runtime_error(what + ": " + lxw_strerror(e));
  }
}

} // namespace detail

/// Writes the records and their roll-up as a workbook at `path`.
inline void write_results_xlsx(const std::string& path, std::span<const assessment_record> records,
                               const rollup& summary, lang l = lang::zh) {
  using detail::check;
  lxw_workbook_options wo{};
  wo.constant_memory = LXW_FALSE;
  wo.tmpdir = nullptr;
  wo.use_zip64 = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &wo);
  if (!wb) {
    throw std::runtime_error("cannot create the workbook " + path);
  }
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_bg_color(head, detail::rgb("#f0f4f8"));
  format_set_border(head, LXW_BORDER_THIN);
  lxw_format* percent = workbook_add_format(wb);
  format_set_num_format(percent, "0.0%");
  lxw_format* thousands = workbook_add_format(wb);
  format_set_num_format(thousands, "#,##0.00");
  lxw_format* year_format = workbook_add_format(wb);
  format_set_num_format(year_format, "0");
  lxw_format* plain = workbook_add_format(wb);
  format_set_num_format(plain, "0.000");
  std::vector<lxw_format*> label_formats(label_count);
  for (std::size_t i = 0; i < label_count; ++i) {
    label_formats[i] = workbook_add_format(wb);
    format_set_bold(label_formats[i]);
    format_set_font_color(
        label_formats[i],
        detail::rgb(svg::label_colour(static_cast<schedule_label>(static_cast<unsigned char>(i)))));
  }

  // ---- assessments: the CSV's columns ----
  lxw_worksheet* ws = workbook_add_worksheet(wb, l == lang::zh ? "评估结果" : "assessments");
  detail::xlsx_widths widths;
  for (std::size_t c = 0; c < data_columns.size(); ++c) {
    const std::string k(key(data_columns[c]));
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), k.c_str(), head);
    widths.see(c, k);
  }
  worksheet_freeze_panes(ws, 1, 0);
  lxw_row_t row = 1;
  for (const assessment_record& r : records) {
    lxw_format* coloured = label_formats[static_cast<std::size_t>(r.label)];
    for (std::size_t c = 0; c < data_columns.size(); ++c) {
      const column col = data_columns[c];
      const auto cc = static_cast<lxw_col_t>(c);
      visit_field(r, col, [&](const auto& v) {
        using T = std::remove_cvref_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::optional<double>> ||
                      std::is_same_v<T, std::optional<int>>) {
          if (v) {
            const detail::xlsx_number_style s = detail::number_style(col);
            lxw_format* f = s == detail::xlsx_number_style::percent     ? percent
                            : s == detail::xlsx_number_style::thousands ? thousands
                            : s == detail::xlsx_number_style::year      ? year_format
                                                                        : plain;
            worksheet_write_number(ws, row, cc, static_cast<double>(*v), f);
            widths.see(c, "0,000,000.00");
          }
        } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
          if (v) {
            worksheet_write_boolean(ws, row, cc, *v ? 1 : 0, nullptr);
          }
        } else {
          const std::string text = csv_field(r, col);
          if (!text.empty()) {
            const bool status_cell = col == column::status || col == column::label;
            worksheet_write_string(ws, row, cc, text.c_str(), status_cell ? coloured : nullptr);
            widths.see(c, text);
          }
        }
      });
    }
    ++row;
  }
  widths.apply(ws);

  // ---- summary: by attribute ----
  lxw_worksheet* sum = workbook_add_worksheet(wb, l == lang::zh ? "汇总" : "summary");
  detail::xlsx_widths sum_widths;
  const std::vector<std::string> sum_head =
      l == lang::zh ? std::vector<std::string>{"分组",     "目标数", "已评估", "已实现",
                                               "超额完成", "预警",   "完成率"}
                    : std::vector<std::string>{"group",    "goals",  "assessed",       "met",
                                               "exceeded", "alerts", "completion_rate"};
  for (std::size_t c = 0; c < sum_head.size(); ++c) {
    worksheet_write_string(sum, 0, static_cast<lxw_col_t>(c), sum_head[c].c_str(), head);
    sum_widths.see(c, sum_head[c]);
  }
  worksheet_freeze_panes(sum, 1, 0);
  const struct {
    std::string_view zh, en;
    const rollup_counts& counts;
  } groups[] = {{"全部", "all", summary.all},
                {"约束性", "binding", summary.binding},
                {"预期性", "expected", summary.expected}};
  lxw_row_t srow = 1;
  for (const auto& g : groups) {
    const std::string name(l == lang::zh ? g.zh : g.en);
    worksheet_write_string(sum, srow, 0, name.c_str(), nullptr);
    sum_widths.see(0, name);
    worksheet_write_number(sum, srow, 1, static_cast<double>(g.counts.goals), nullptr);
    worksheet_write_number(sum, srow, 2, static_cast<double>(g.counts.assessed), nullptr);
    worksheet_write_number(sum, srow, 3, static_cast<double>(g.counts.met), nullptr);
    worksheet_write_number(sum, srow, 4, static_cast<double>(g.counts.exceeded), nullptr);
    worksheet_write_number(sum, srow, 5, static_cast<double>(g.counts.alerts), nullptr);
    if (const std::optional<double> rate = g.counts.completion_rate()) {
      worksheet_write_number(sum, srow, 6, *rate, percent);
    }
    ++srow;
  }
  ++srow;
  for (std::size_t i = 0; i < label_count; ++i) { // counts by schedule label, all goals
    const auto lab = static_cast<schedule_label>(static_cast<unsigned char>(i));
    const std::string name(svg::label_text(lab, l));
    worksheet_write_string(sum, srow, 0, name.c_str(), label_formats[i]);
    sum_widths.see(0, name);
    worksheet_write_number(sum, srow, 1, static_cast<double>(summary.all.count(lab)), nullptr);
    ++srow;
  }
  sum_widths.apply(sum);

  // ---- notes: one a row ----
  lxw_worksheet* notes = workbook_add_worksheet(wb, l == lang::zh ? "说明" : "notes");
  detail::xlsx_widths note_widths;
  const char* note_head[] = {"id", "region", "note"};
  for (lxw_col_t c = 0; c < 3; ++c) {
    worksheet_write_string(notes, 0, c, note_head[c], head);
    note_widths.see(c, note_head[c]);
  }
  worksheet_freeze_panes(notes, 1, 0);
  lxw_row_t nrow = 1;
  for (const assessment_record& r : records) {
    for (const std::string& n : r.notes) {
      worksheet_write_string(notes, nrow, 0, r.id.c_str(), nullptr);
      note_widths.see(0, r.id);
      if (!r.region.empty()) {
        worksheet_write_string(notes, nrow, 1, r.region.c_str(), nullptr);
        note_widths.see(1, r.region);
      }
      worksheet_write_string(notes, nrow, 2, n.c_str(), nullptr);
      note_widths.see(2, n);
      ++nrow;
    }
  }
  note_widths.apply(notes);
  check(workbook_close(wb), "cannot write the workbook " + path);
}

} // namespace zzplan::io
