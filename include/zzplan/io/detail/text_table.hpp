#pragma once
// Plain-text tables of assessment records and of a plan's roll-up, aligned by display width
// (Chinese characters take two columns), numbers right-aligned, "—" where a value is undefined.
// The grids built here (table_grid, summary_grid) are also what markdown.hpp and html.hpp render.

#include <zzplan/io/record.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace zzplan::io {

// ---- formatting ------------------------------------------------------------------------------

inline constexpr std::string_view dash = "—";

/// A number with fixed decimals; "—" for nullopt, NaN or infinity; never "-0.0".
[[nodiscard]] inline std::string format_fixed(std::optional<double> v, int decimals,
                                              std::string_view suffix = {}, bool plus = false) {
  if (!v || !std::isfinite(*v)) {
    return std::string(dash);
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, plus ? "%+.*f" : "%.*f", decimals, *v);
  std::string s(buf);
  if (s.find_first_of("123456789") == std::string::npos) { // rounds to zero: no sign
    s.erase(0, s.find_first_not_of("+-"));
  }
  return s + std::string(suffix);
}
/// A fraction as a percentage: 0.4512 → "45.1%".
[[nodiscard]] inline std::string format_percent(std::optional<double> fraction, int decimals = 1) {
  return format_fixed(fraction ? std::optional<double>(*fraction * 100.0) : std::nullopt, decimals,
                      "%");
}
/// A rate as a percentage: 0.131942 → "13.19%".
[[nodiscard]] inline std::string format_rate(std::optional<double> fraction, int decimals = 2) {
  return format_percent(fraction, decimals);
}
/// A level or count in its unit: as read (3902.4, 72.04, 46063.09), a computed one at `digits`
/// significant digits (format_display).
[[nodiscard]] inline std::string format_value(std::optional<double> v, int digits = 6) {
  return v && std::isfinite(*v) ? format_display(*v, digits) : std::string(dash);
}

// ---- words ----------------------------------------------------------------------------------

/// A status in words: 正常推进 / on track.
[[nodiscard]] inline std::string status_text(status s, lang l) {
  if (l == lang::en) {
    std::string w(to_string(s));
    for (char& c : w) {
      c = c == '_' ? ' ' : c;
    }
    return w;
  }
  switch (s) {
  case status::target_met: return "已达标";
  case status::on_track: return "正常推进";
  case status::fair_progress: return "有进展需加快";
  case status::acceleration_needed: return "需加快";
  case status::substantial_progress: return "显著进展";
  case status::moderate_progress: return "中等进展";
  case status::limited_progress: return "进展有限";
  case status::stagnation_or_regression: return "停滞或倒退";
  case status::deterioration: return "恶化";
  case status::achieved_early: return std::string(label_zh(schedule_label::achieved_early));
  case status::faster_than_expected:
    return std::string(label_zh(schedule_label::faster_than_expected));
  case status::as_expected: return std::string(label_zh(schedule_label::as_expected));
  case status::lagging: return std::string(label_zh(schedule_label::lagging));
  case status::achieved: return std::string(label_zh(schedule_label::achieved));
  case status::not_achieved: return std::string(label_zh(schedule_label::not_achieved));
  case status::insufficient_data: break;
  }
  return "数据不足";
}

namespace detail {
// At namespace scope, not local to heading(): see column_keys in record.hpp.
// clang-format off
inline constexpr std::array<std::string_view, 33> headings_zh = {
    "编号", "地区", "指标", "类型", "属性", "单位", "基期", "基期值", "目标年", "目标值",
    "最新年份", "最新值", "已达标", "状态", "进度评价", "完成进度", "时间进度", "时序进度",
    "进度比", "实际年均", "要求年均", "速度比", "后续年均需", "后续每年需", "预计值", "预测方法", "预计完成",
    "达标年数", "超额(绝对)", "超额(相对)", "说明", "目标表述", "语气"};
inline constexpr std::array<std::string_view, 33> headings_en = {
    "id", "region", "indicator", "kind", "attribute", "unit", "base year", "base", "target year",
    "target", "latest year", "latest", "met", "status", "label", "achieved", "time elapsed",
    "expected", "schedule ratio", "actual rate", "required rate", "rate ratio", "needed from now",
    "needed a year", "projected", "projection", "projected share", "years to target", "over (absolute)",
    "over (relative)", "notes", "wording", "modality"};
// clang-format on
} // namespace detail

/// A column's heading, Chinese or English.
[[nodiscard]] inline std::string_view heading(column c, lang l) noexcept {
  return (l == lang::zh ? detail::headings_zh : detail::headings_en)[static_cast<std::size_t>(c)];
}

/// Whether a column holds numbers (right-aligned): years, levels, shares, rates, ratios.
[[nodiscard]] constexpr bool is_numeric(column c) noexcept {
  const auto in = [c](column lo, column hi) { return c >= lo && c <= hi; };
  return in(column::baseline_year, column::latest_value) ||
         in(column::achievement_share, column::projected_value) ||
         in(column::projected_share, column::over_completion_relative);
}

/// A record's cell in a column, for people to read.
[[nodiscard]] inline std::string cell(const assessment_record& r, column c, lang l) {
  const bool zh = l == lang::zh;
  const auto year_text = [](std::optional<int> y) {
    return y ? std::to_string(*y) : std::string(dash);
  };
  // clang-format off
  switch (c) {
  case column::kind: return std::string(text_of(r.kind));
  case column::attribute: return zh ? (r.attribute == attribute::binding ? "约束性" : "预期性") : std::string(text_of(r.attribute));
  case column::modality: return zh ? (r.modality == modality::aspirational ? "力争" : "确保") : std::string(text_of(r.modality));
  case column::baseline_year: return year_text(r.baseline_year);
  case column::target_year: return year_text(r.target_year);
  case column::latest_year: return year_text(r.latest_year);
  case column::baseline_value: return format_value(r.baseline_value);
  case column::target_value: return format_value(r.target_value);
  case column::latest_value: return format_value(r.latest_value);
  case column::projected_value: return format_value(r.projected_value);
  case column::met: return !r.met ? std::string(dash) : *r.met ? (zh ? "是" : "yes") : (zh ? "否" : "no");
  case column::status: return status_text(r.status, l);
  case column::label: return std::string(zh ? label_zh(r.label) : label_en(r.label));
  case column::achievement_share: return format_percent(r.achievement_share);
  case column::time_elapsed: return format_percent(r.time_elapsed);
  case column::expected_share: return format_percent(r.expected_share);
  case column::projected_share: return format_percent(r.projected_share);
  case column::schedule_ratio: return format_fixed(r.schedule_ratio, 2);
  case column::rate_ratio: return format_fixed(r.rate_ratio, 2);
  case column::actual_rate: return format_rate(r.actual_rate);
  case column::required_rate: return format_rate(r.required_rate);
  case column::required_rate_remaining: return format_rate(r.required_rate_remaining);
  case column::required_per_year: return format_value(r.required_per_year);
  case column::years_to_target: return format_fixed(r.years_to_target, 1);
  case column::projection_method:
    return !r.projection_method ? std::string(dash)
           : zh ? (*r.projection_method == projection_method::linear ? "线性" : "几何") : std::string(text_of(*r.projection_method));
    // clang-format on
  case column::over_completion_absolute:
    return r.over_completion_text.empty() ? format_value(r.over_completion_absolute, 4)
                                          : r.over_completion_text;
  case column::over_completion_relative:
    return format_fixed(r.over_completion_relative
                            ? std::optional<double>(*r.over_completion_relative * 100.0)
                            : std::nullopt,
                        1, "%", true);
  case column::notes: {
    std::string s;
    for (const std::string& n : r.notes) {
      s += (s.empty() ? "" : "; ") + n;
    }
    return s;
  }
  default: {
    const std::string& s = visit_field(r, c, [](const auto& v) -> const std::string& {
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(v)>, std::string>) {
        return v;
      } else {
        static const std::string none;
        return none;
      }
    });
    return s.empty() ? std::string(dash) : s;
  }
  }
}

// ---- grids ----------------------------------------------------------------------------------

/// A table of text cells: the shared input of the text and Markdown renderers.
struct grid {
  std::vector<std::string> header;
  std::vector<bool> right; ///< per column: right-aligned (numbers)
  std::vector<std::vector<std::string>> rows;
};

struct table_options {
  std::vector<column> columns{}; ///< empty: default_columns(method of the records)
  bool notes_below = true;       ///< list each goal's notes under the table
};

/// The columns shown by default; the status column is added for methods other than cn_midterm.
[[nodiscard]] inline std::vector<column> default_columns(method m = method::cn_midterm) {
  std::vector<column> c = {column::indicator,
                           column::attribute,
                           column::baseline_value,
                           column::latest_year,
                           column::latest_value,
                           column::target_value,
                           column::unit,
                           column::achievement_share,
                           column::expected_share,
                           column::schedule_ratio,
                           column::actual_rate,
                           column::required_rate_remaining,
                           column::over_completion_absolute,
                           column::label};
  if (m != method::cn_midterm) {
    c.push_back(column::status);
  }
  return c;
}

[[nodiscard]] inline grid table_grid(std::span<const assessment_record> records,
                                     const table_options& o = {}, lang l = lang::zh) {
  const std::vector<column> cols =
      !o.columns.empty()
          ? o.columns
          : default_columns(records.empty() ? method::cn_midterm : records.front().method_used);
  grid g;
  for (const column c : cols) {
    g.header.emplace_back(heading(c, l));
    g.right.push_back(is_numeric(c));
  }
  for (const assessment_record& r : records) {
    std::vector<std::string>& row = g.rows.emplace_back();
    for (const column c : cols) {
      row.push_back(cell(r, c, l));
    }
  }
  return g;
}

/// The roll-up as rows (goals, assessed, met, exceeded, alerts, completion and over-completion
/// rates, counts per label and, for methods other than cn_midterm, per status) by all / binding /
/// expected.
[[nodiscard]] inline grid summary_grid(const rollup& r, lang l = lang::zh) {
  const bool zh = l == lang::zh;
  grid g;
  g.header = {zh ? "汇总" : "summary", zh ? "全部" : "all", zh ? "约束性" : "binding",
              zh ? "预期性" : "expected"};
  g.right = {false, true, true, true};
  const auto row = [&](std::string name, auto value) {
    g.rows.push_back({std::move(name), value(r.all), value(r.binding), value(r.expected)});
  };
  const auto count = [](std::size_t rollup_counts::*m) {
    return [m](const rollup_counts& c) { return std::to_string(c.*m); };
  };
  row(zh ? "目标数" : "goals", count(&rollup_counts::goals));
  row(zh ? "已评估" : "assessed", count(&rollup_counts::assessed));
  row(zh ? "已达标" : "met", count(&rollup_counts::met));
  row(zh ? "超额完成" : "exceeded", count(&rollup_counts::exceeded));
  row(zh ? "预警(约束性滞后)" : "alerts (binding, lagging)", count(&rollup_counts::alerts));
  row(zh ? "完成率" : "completion rate",
      [](const rollup_counts& c) { return format_percent(c.completion_rate()); });
  row(zh ? "超额完成率" : "over-completion rate",
      [](const rollup_counts& c) { return format_percent(c.over_completion_rate()); });
  for (std::size_t i = 1; i <= label_count; ++i) { // 数据不足 (none) last
    const auto lab = static_cast<schedule_label>(i % label_count);
    row(std::string(zh ? label_zh(lab) : label_en(lab)),
        [lab](const rollup_counts& c) { return std::to_string(c.count(lab)); });
  }
  if (r.under != method::cn_midterm) {
    for (const status s : summary_statuses(r)) {
      row((zh ? std::string("状态：") : std::string("status: ")) + status_text(s, l),
          [s](const rollup_counts& c) { return std::to_string(c.count(s)); });
    }
  }
  return g;
}

// ---- plain text -----------------------------------------------------------------------------

/// Pads to a display width, on the right (left-aligned) or on the left (right-aligned).
[[nodiscard]] inline std::string pad(std::string_view s, std::size_t width, bool right) {
  const std::size_t w = utf8::display_width(s);
  const std::string fill(w < width ? width - w : 0, ' ');
  return right ? fill + std::string(s) : std::string(s) + fill;
}

/// A grid as aligned text: a header, a rule, the rows; columns two spaces apart.
[[nodiscard]] inline std::string render_text(const grid& g) {
  std::vector<std::size_t> width(g.header.size(), 0);
  const auto measure = [&width](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size() && i < width.size(); ++i) {
      width[i] = std::max(width[i], utf8::display_width(row[i]));
    }
  };
  measure(g.header);
  for (const auto& row : g.rows) {
    measure(row);
  }
  const auto line = [&](const std::vector<std::string>& row) {
    std::string out;
    for (std::size_t i = 0; i < width.size(); ++i) {
      const std::string_view s = i < row.size() ? std::string_view(row[i]) : std::string_view();
      out += (i ? "  " : "") + pad(s, width[i], i < g.right.size() && g.right[i]);
    }
    out.erase(out.find_last_not_of(' ') + 1);
    return out + "\n";
  };
  std::string out = line(g.header);
  std::vector<std::string> rule;
  for (const std::size_t w : width) {
    rule.emplace_back(w, '-');
  }
  out += line(rule);
  for (const auto& row : g.rows) {
    out += line(row);
  }
  return out;
}

/// Each goal's notes, "[id] note", one a line, under a heading.
[[nodiscard]] inline std::string notes_text(std::span<const assessment_record> records,
                                            lang l = lang::zh) {
  std::string out;
  for (const assessment_record& r : records) {
    for (const std::string& n : r.notes) {
      out += "  [" + (r.id.empty() ? r.indicator : r.id) + "] " + n + "\n";
    }
  }
  return out.empty() ? out : (l == lang::zh ? "说明：\n" : "Notes:\n") + out;
}

/// The assessments as an aligned text table (with their notes below, by default).
[[nodiscard]] inline std::string render_table(std::span<const assessment_record> records,
                                              const table_options& o = {}, lang l = lang::zh) {
  std::string out = render_text(table_grid(records, o, l));
  return o.notes_below ? out + notes_text(records, l) : out;
}

/// The roll-up as an aligned text table, under a title naming the method.
[[nodiscard]] inline std::string render_summary(const rollup& r, lang l = lang::zh) {
  const std::string m(to_string(r.under));
  return (l == lang::zh ? "汇总（评估方法：" + m + "）\n" : "Summary (method: " + m + ")\n") +
         render_text(summary_grid(r, l));
}

} // namespace zzplan::io
