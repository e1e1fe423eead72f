#pragma once
// SVG charts of assessments, made without a browser or a network:
//   goal_svg: one goal: the observed values (lower bounds as hollow ▲ with "≥"), the required
//     path from the base to the target (linear or geometric, docs/method.md §4 item 4), the projection
//     at the current pace to the deadline, the target line, band or stretch figure, the deadline,
//     axes with the unit; titled with the goal's wording. A goal with insufficient data (or a
//     milestone) gets a small panel saying so, with its notes: never an empty SVG.
//   plan_svg: one bar per goal, its achievement share against the time elapsed (时间过半、任务
//     过半), coloured by schedule label, binding goals starred and outlined.
// Every number in the markup is finite (svg::num); texts are XML-escaped.

#include <zzplan/io/detail/chart_data.hpp>
#include <zzplan/io/detail/svg_draw.hpp>
#include <zzplan/io/detail/svg_plan.hpp>
#include <zzplan/io/detail/text_table.hpp>
#include <zzplan/io/record.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zzplan::io {

namespace svg {

[[nodiscard]] inline std::string_view tr(lang l, std::string_view zh, std::string_view en) {
  return l == lang::zh ? zh : en;
}

/// "科技进步贡献率 · 预期性 · " and the label, coloured.
inline void subtitle(canvas& c, const assessment_record& r, lang l, double y) {
  const std::string head =
      r.indicator + " · " +
      std::string((r.attribute == attribute::binding) ? tr(l, "★ 约束性", "★ binding")
                                                      : tr(l, "预期性", "expected")) +
      " · ";
  c.raw("<text x=\"16\" y=\"" + num(y) + "\" font-size=\"12\" fill=\"#555\">" + xml_escape(head) +
        "<tspan fill=\"" + std::string(label_colour(r.label)) + "\" font-weight=\"bold\">" +
        xml_escape(label_text(r.label, l)) + "</tspan></text>\n");
}

[[nodiscard]] inline std::string title_of(const assessment_record& r) {
  return r.wording.empty() ? r.indicator : r.wording;
}

/// The panel of a goal that cannot be drawn: 数据不足 (or a milestone's label) and the notes.
[[nodiscard]] inline std::string placeholder(const assessment_record& r, const svg_options& o,
                                             lang l) {
  const std::size_t shown = std::min<std::size_t>(r.notes.size(), 3);
  const double h = 84.0 + 16.0 * static_cast<double>(shown);
  canvas c(o.width, h, title_of(r));
  c.rect(0.5, 0.5, o.width - 1.0, h - 1.0,
         "rx=\"6\" fill=\"#f7f7f7\" stroke=\"#c8c8c8\" stroke-dasharray=\"4 3\"");
  c.text(16, 24, title_of(r), "font-size=\"15\" font-weight=\"bold\" fill=\"#222\"");
  subtitle(c, r, l, 42);
  const bool milestone = r.kind == goal_kind::milestone;
  std::string big = r.assessed ? std::string(label_text(r.label, l))
                               : std::string(tr(l, "数据不足", "insufficient data"));
  if (milestone) {
    big = std::string(tr(l, "定性目标：", "milestone: ")) + big;
  }
  c.text(16, 66, big,
         "font-size=\"16\" font-weight=\"bold\" fill=\"" + std::string(label_colour(r.label)) +
             "\"");
  for (std::size_t i = 0; i < shown; ++i) {
    c.text(16, 86.0 + 16.0 * static_cast<double>(i), r.notes[i], "font-size=\"11\" fill=\"#555\"");
  }
  return std::move(c).finish();
}

[[nodiscard]] inline std::string value_text(double v) {
  return format_display(v, 5);
}

} // namespace svg

/// The chart of one goal (see the top of this file).
[[nodiscard]] inline std::string goal_svg(const assessment_record& r, const goal_chart& ch,
                                          const svg_options& o = {}, lang l = lang::zh) {
  using namespace svg;
  std::vector<double> ys;
  const auto take = [&ys](const std::vector<chart_point>& pts) {
    for (const chart_point& p : pts) {
      ys.push_back(p.value);
    }
  };
  take(ch.observed);
  take(ch.reference);
  take(ch.required);
  take(ch.projection);
  for (const auto& v : {ch.target, ch.stretch, ch.band_low, ch.band_high}) {
    if (v) {
      ys.push_back(*v);
    }
  }
  std::erase_if(ys, [](double v) { return !std::isfinite(v); });
  const int b = ch.base_year;
  const int T = ch.deadline;
  if (!r.assessed || r.kind == goal_kind::milestone || ys.empty() || T <= b) {
    return placeholder(r, o, l);
  }
  const auto [lo_it, hi_it] = std::minmax_element(ys.begin(), ys.end());
  const double pad = (*hi_it - *lo_it) * 0.06;
  const ticks yt = nice_ticks(*lo_it - pad, *hi_it + pad, 5);
  const double W = o.width;
  const double H = o.height;
  const double left = 64.0, right = 24.0, top = 70.0, bottom = 84.0;
  const double y0 = top, y1 = H - bottom;
  const scale sx{b - 0.5, T + 0.5, left, W - right};
  const scale sy{yt.lo, yt.hi, y1, y0};
  canvas c(W, H, title_of(r));
  c.text(16, 22, title_of(r), "font-size=\"15\" font-weight=\"bold\" fill=\"#222\"");
  subtitle(c, r, l, 40);
  const std::string unit = !r.unit.empty() ? r.unit
                           : ch.index_series
                               ? std::string(tr(l, "指数(基期=1)", "index (base = 1)"))
                               : std::string();
  if (!unit.empty()) {
    c.text(16, top - 12, std::string(tr(l, "单位：", "unit: ")) + unit,
           "font-size=\"11\" fill=\"#555\"");
  }
  // ---- axes and grid
  for (const double v : yt.values()) {
    c.line(left, sy(v), W - right, sy(v), "stroke=\"#e6e6e6\"");
    c.text(left - 6, sy(v) + 4, yt.label(v), "font-size=\"11\" fill=\"#555\" text-anchor=\"end\"");
  }
  c.line(left, y1, W - right, y1, "stroke=\"#888\"");
  c.line(left, y0, left, y1, "stroke=\"#888\"");
  const int every = T - b > 10 ? 2 : 1;
  for (int y = b; y <= T; y += every) {
    c.line(sx(y), y1, sx(y), y1 + 4, "stroke=\"#888\"");
    c.text(sx(y), y1 + 17, std::to_string(y),
           "font-size=\"11\" fill=\"#555\" text-anchor=\"middle\"");
  }
  c.text(W - right, y1 + 32, tr(l, "年份", "year"),
         "font-size=\"11\" fill=\"#555\" text-anchor=\"end\"");
  // ---- target band, line, stretch; the deadline
  const std::string green = std::string(label_colour(schedule_label::achieved));
  if (ch.band_low && ch.band_high) {
    const double a = sy(*ch.band_high), z = sy(*ch.band_low);
    c.rect(left, std::min(a, z), W - right - left, std::fabs(z - a),
           "fill=\"" + green + "\" fill-opacity=\"0.12\"");
  }
  const auto level_line = [&](double v, std::string_view dashes, const std::string& text) {
    c.line(left, sy(v), W - right, sy(v),
           "stroke=\"" + green + "\" stroke-width=\"1.5\" stroke-dasharray=\"" +
               std::string(dashes) + "\"");
    c.text(left + 6, sy(v) - 4, text, "font-size=\"11\" fill=\"" + green + "\"");
  };
  if (ch.target) {
    level_line(*ch.target, "8 4", std::string(tr(l, "目标 ", "target ")) + value_text(*ch.target));
  }
  if (ch.stretch) {
    level_line(*ch.stretch, "2 3",
               std::string(tr(l, "力争 ", "stretch ")) + value_text(*ch.stretch));
  }
  c.line(sx(T), y0, sx(T), y1, "stroke=\"#616161\" stroke-dasharray=\"3 3\"");
  c.text(sx(T) - 4, y0 + 12, std::string(tr(l, "目标年 ", "deadline ")) + std::to_string(T),
         "font-size=\"11\" fill=\"#616161\" text-anchor=\"end\"");
  // ---- lines: required path, projection, reference, observed
  const auto pts = [&](const std::vector<chart_point>& v, bool points_only) {
    std::vector<std::pair<double, double>> out;
    for (const chart_point& p : v) {
      if (!points_only || !p.lower_bound) {
        out.emplace_back(sx(p.year), sy(p.value));
      }
    }
    return out;
  };
  c.polyline(
      pts(ch.required, false),
      "stroke=\"#1565c0\" stroke-width=\"1.8\" stroke-dasharray=\"7 4\" class=\"zz-required\"");
  c.polyline(
      pts(ch.projection, false),
      "stroke=\"#ef6c00\" stroke-width=\"2\" stroke-dasharray=\"2 3\" class=\"zz-projection\"");
  if (!ch.projection.empty()) {
    const chart_point& e = ch.projection.back();
    c.circle(sx(e.year), sy(e.value), 3.5, "fill=\"#fff\" stroke=\"#ef6c00\" stroke-width=\"1.5\"");
    c.text(sx(e.year) + 6, sy(e.value) + 4, value_text(e.value),
           "font-size=\"10\" fill=\"#ef6c00\"");
  }
  c.polyline(pts(ch.reference, false),
             "stroke=\"#8e24aa\" stroke-width=\"1.5\" stroke-dasharray=\"5 2 1 2\"");
  for (const chart_point& p : ch.reference) {
    c.rect(sx(p.year) - 2.5, sy(p.value) - 2.5, 5, 5, "fill=\"#8e24aa\"");
  }
  c.polyline(pts(ch.observed, true), "stroke=\"#212121\" stroke-width=\"2\" class=\"zz-observed\"");
  const bool label_all = ch.observed.size() <= 8;
  bool any_bound = false, any_stated = false;
  for (std::size_t i = 0; i < ch.observed.size(); ++i) {
    const chart_point& p = ch.observed[i];
    const double x = sx(p.year), y = sy(p.value);
    std::string tip =
        std::to_string(p.year) + ": " + (p.lower_bound ? "≥" : "") + value_text(p.value);
    tip += p.provisional ? std::string(tr(l, "（初步核算）", " (provisional)")) : "";
    tip += p.derived ? std::string(tr(l, "（推算）", " (derived)")) : "";
    tip += p.revised ? std::string(tr(l, "（修订）", " (revised)")) : "";
    tip += p.stated ? std::string(tr(l, "（规划表述基期值）", " (the plan's stated base)")) : "";
    c.raw("<g class=\"zz-point\"><title>" + xml_escape(tip) + "</title>\n");
    if (p.lower_bound) {
      any_bound = true;
      c.triangle(x, y, 6.5,
                 "fill=\"#fff\" stroke=\"#212121\" stroke-width=\"1.6\" class=\"zz-lower-bound\"");
      c.text(x, y - 11, "≥" + value_text(p.value),
             "font-size=\"10\" fill=\"#212121\" text-anchor=\"middle\"");
    } else {
      any_stated = any_stated || p.stated;
      c.circle(x, y, 3.8,
               p.stated ? "fill=\"#fff\" stroke=\"#212121\" stroke-width=\"1.6\""
                        : "fill=\"#212121\"");
      if (label_all || i == 0 || i + 1 == ch.observed.size()) {
        c.text(x, y - 8, value_text(p.value),
               "font-size=\"10\" fill=\"#212121\" text-anchor=\"middle\"");
      }
    }
    c.raw("</g>\n");
  }
  // ---- legend
  legend lg(c, 16, y1 + 50, W - 8);
  const auto swatch = [&c](std::string attrs) {
    return [&c, attrs](double x, double y) { c.line(x, y, x + 18, y, attrs); };
  };
  lg.item(tr(l, "观测值", "observed"), [&c](double x, double y) {
    c.line(x, y, x + 18, y, "stroke=\"#212121\" stroke-width=\"2\"");
    c.circle(x + 9, y, 3.5, "fill=\"#212121\"");
  });
  if (any_bound) {
    lg.item(tr(l, "下限值（≥，不作点值）", "lower bound (≥, not a point value)"),
            [&c](double x, double y) {
              c.triangle(x + 9, y, 5.5, "fill=\"#fff\" stroke=\"#212121\" stroke-width=\"1.5\"");
            });
  }
  if (any_stated) {
    lg.item(tr(l, "规划表述基期值", "stated base"), [&c](double x, double y) {
      c.circle(x + 9, y, 3.5, "fill=\"#fff\" stroke=\"#212121\" stroke-width=\"1.5\"");
    });
  }
  if (!ch.required.empty() && ch.path) {
    const bool geo = *ch.path == path_shape::geometric;
    lg.item(geo ? tr(l, "要求路径（几何）", "required path (geometric)")
                : tr(l, "要求路径（线性）", "required path (linear)"),
            swatch("stroke=\"#1565c0\" stroke-width=\"1.8\" stroke-dasharray=\"7 4\""));
  }
  if (!ch.projection.empty() && ch.projected_by) {
    const bool geo = *ch.projected_by == projection_method::geometric;
    lg.item(geo ? tr(l, "按当前速度预测（几何）", "projection at the current pace (geometric)")
                : tr(l, "按当前速度预测（线性）", "projection at the current pace (linear)"),
            swatch("stroke=\"#ef6c00\" stroke-width=\"2\" stroke-dasharray=\"2 3\""));
  }
  if (!ch.reference.empty()) {
    lg.item(std::string(tr(l, "参照：", "reference: ")) +
                (l == lang::zh || ch.reference_en.empty() ? ch.reference_zh : ch.reference_en),
            swatch("stroke=\"#8e24aa\" stroke-width=\"1.5\" stroke-dasharray=\"5 2 1 2\""));
  }
  if (ch.band_low && ch.band_high) {
    lg.item(tr(l, "目标区间", "target band"), [&c, &green](double x, double y) {
      c.rect(x, y - 5, 18, 10, "fill=\"" + green + "\" fill-opacity=\"0.2\"");
    });
  }
  if (ch.target) {
    lg.item(tr(l, "目标", "target"),
            swatch("stroke=\"" + green + "\" stroke-width=\"1.5\" stroke-dasharray=\"8 4\""));
  }
  lg.item(tr(l, "目标年", "deadline"), [&c](double x, double y) {
    c.line(x + 9, y - 6, x + 9, y + 6, "stroke=\"#616161\" stroke-dasharray=\"3 3\"");
  });
  c.fit_height(lg.bottom() + 8.0);
  return std::move(c).finish();
}

/// The chart of a goal drawn from its record alone.
[[nodiscard]] inline std::string goal_svg(const assessment_record& r, const svg_options& o = {},
                                          lang l = lang::zh) {
  return goal_svg(r, chart_of(r), o, l);
}

} // namespace zzplan::io
