#pragma once
// The plan chart (时间过半、任务过半): one bar per goal for its achievement share, a tick at its
// expected share on schedule (时序进度), a vertical line at the plan's time elapsed at the
// evaluation year; bars coloured by schedule label (提前实现/已实现 green, 快于预期 teal, 基本符合
// 预期 blue, 滞后 orange, 未实现 red, 数据不足 grey), binding goals starred and outlined. Shares
// beyond the axis are clipped with an arrow and their value written out.

#include <zzplan/io/detail/svg_draw.hpp>
#include <zzplan/io/detail/text_table.hpp>
#include <zzplan/io/record.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace zzplan::io {

/// The plan chart of a plan's records evaluated at as_of, titled with the plan's name.
[[nodiscard]] inline std::string plan_svg(std::span<const assessment_record> records, int as_of,
                                          std::string_view plan_name, const svg_options& o = {},
                                          lang l = lang::zh) {
  using namespace svg;
  const auto tr = [l](std::string_view zh, std::string_view en) {
    return std::string(l == lang::zh ? zh : en);
  };
  // ---- the plan's period and time elapsed at as_of
  std::optional<double> elapsed;
  int b = 0, T = 0;
  for (const assessment_record& r : records) {
    if (r.baseline_year && r.target_year && *r.target_year > *r.baseline_year) {
      b = *r.baseline_year;
      T = *r.target_year;
      elapsed = std::clamp(static_cast<double>(as_of - b) / static_cast<double>(T - b), 0.0, 1.0);
      break;
    }
  }
  // ---- the axis: at least 0..100%, widened to the shares within [-50%, 150%]
  double lo = 0.0, hi = 1.0;
  for (const assessment_record& r : records) {
    for (const auto& v : {r.achievement_share, r.expected_share}) {
      if (v && std::isfinite(*v)) {
        lo = std::min(lo, std::max(*v, -0.5));
        hi = std::max(hi, std::min(*v, 1.5));
      }
    }
  }
  lo = lo < 0.0 ? std::floor(lo * 4.0) / 4.0 : 0.0;
  hi = std::ceil(hi * 4.0) / 4.0;
  double name_w = 100.0;
  for (const assessment_record& r : records) {
    name_w = std::max(
        name_w, text_width(((r.attribute == attribute::binding) ? "★ " : "") + r.indicator, 12.0));
  }
  name_w = std::min(name_w, 240.0);
  const double W = o.width;
  const double x0 = 20.0 + name_w, x1 = W - 170.0;
  const double row = 26.0, top = 64.0;
  const double bottom = top + row * static_cast<double>(records.size());
  const double H = bottom + 60.0;
  const scale sx{lo, hi, x0, x1};
  const std::string title =
      std::string(plan_name) + tr("：完成进度与时间进度", ": achievement against time elapsed");
  canvas c(W, H, title);
  c.text(16, 22, title, "font-size=\"15\" font-weight=\"bold\" fill=\"#222\"");
  std::string sub = tr("评估年份 ", "as of ") + std::to_string(as_of);
  if (elapsed) {
    sub += tr(" · 时间进度 ", " · time elapsed ") + format_percent(elapsed) + " (" +
           std::to_string(b) + "–" + std::to_string(T) + ")";
  }
  c.text(16, 40, sub, "font-size=\"12\" fill=\"#555\"");
  // ---- grid and axis labels (every 25%, or 50% on a wide axis)
  const double step = hi - lo > 1.6 ? 0.5 : 0.25;
  for (double v = lo; v <= hi + 1e-9; v += step) {
    const bool key = std::fabs(v) < 1e-9 || std::fabs(v - 1.0) < 1e-9;
    c.line(sx(v), top - 4, sx(v), bottom, key ? "stroke=\"#9e9e9e\"" : "stroke=\"#e6e6e6\"");
    c.text(sx(v), bottom + 14, format_percent(v, 0),
           "font-size=\"10\" fill=\"#555\" text-anchor=\"middle\"");
  }
  c.text(x1, bottom + 28, tr("完成进度（占目标的份额）", "achievement share (of the task)"),
         "font-size=\"11\" fill=\"#555\" text-anchor=\"end\"");
  // ---- one row per goal
  for (std::size_t i = 0; i < records.size(); ++i) {
    const assessment_record& r = records[i];
    const double y = top + row * static_cast<double>(i);
    const std::string colour(label_colour(r.label));
    std::string tip = r.indicator + ": " + std::string(label_text(r.label, l));
    if (r.achievement_share) {
      tip += tr("；完成进度 ", "; achieved ") + format_percent(r.achievement_share);
    }
    if (r.expected_share) {
      tip += tr("；时序进度 ", "; expected ") + format_percent(r.expected_share);
    }
    if (r.schedule_ratio) {
      tip += tr("；进度比 ", "; schedule ratio ") + format_fixed(r.schedule_ratio, 2);
    }
    c.raw("<g class=\"zz-bar\"><title>" + xml_escape(tip) + "</title>\n");
    c.text(x0 - 8, y + row / 2 + 4, ((r.attribute == attribute::binding) ? "★ " : "") + r.indicator,
           std::string("font-size=\"12\" text-anchor=\"end\" fill=\"#222\"") +
               ((r.attribute == attribute::binding) ? " font-weight=\"bold\"" : ""));
    if (r.achievement_share && std::isfinite(*r.achievement_share)) {
      const double a = *r.achievement_share;
      const double shown = std::clamp(a, lo, hi);
      const double xa = sx(std::min(0.0, shown)), xb = sx(std::max(0.0, shown));
      c.rect(xa, y + 6, xb - xa, row - 12,
             "fill=\"" + colour + "\"" +
                 ((r.attribute == attribute::binding) ? " stroke=\"#111\" stroke-width=\"1.8\""
                                                      : " fill-opacity=\"0.9\""));
      if (shown != a) {
        c.text(a > 0 ? xb - 2 : xa + 2, y + row / 2 + 4, a > 0 ? "▶" : "◀",
               std::string("font-size=\"11\" fill=\"#fff\" text-anchor=\"") +
                   (a > 0 ? "end" : "start") + "\"");
      }
      const double after = r.expected_share && std::isfinite(*r.expected_share)
                               ? std::max(xb, sx(std::clamp(*r.expected_share, lo, hi)))
                               : xb;
      c.text(std::max(after, sx(0.0)) + 6, y + row / 2 + 4,
             format_percent(a) + "  " + std::string(label_text(r.label, l)),
             "font-size=\"11\" fill=\"" + colour + "\"");
    } else {
      c.circle(sx(0.0) + 6, y + row / 2, 4, "fill=\"" + colour + "\"");
      c.text(sx(0.0) + 16, y + row / 2 + 4,
             r.assessed ? std::string(label_text(r.label, l)) +
                              tr("（逐年判断，无完成进度）", " (judged each year, no share)")
                        : tr("数据不足", "insufficient data"),
             "font-size=\"11\" fill=\"" + colour + "\"");
    }
    if (r.expected_share && std::isfinite(*r.expected_share)) {
      const double xs = sx(std::clamp(*r.expected_share, lo, hi));
      c.line(xs, y + 3, xs, y + row - 3,
             "stroke=\"#111\" stroke-width=\"2\" class=\"zz-expected\"");
    }
    c.raw("</g>\n");
  }
  if (elapsed) {
    c.line(sx(*elapsed), top - 8, sx(*elapsed), bottom,
           "stroke=\"#424242\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" class=\"zz-elapsed\"");
    c.text(sx(*elapsed), top - 12, tr("时间进度 ", "time elapsed ") + format_percent(elapsed, 0),
           "font-size=\"11\" fill=\"#424242\" text-anchor=\"middle\"");
  }
  // ---- legend
  legend lg(c, 16, bottom + 50, W - 8);
  for (const schedule_label s :
       {schedule_label::achieved_early, schedule_label::faster_than_expected,
        schedule_label::as_expected, schedule_label::lagging, schedule_label::not_achieved,
        schedule_label::none}) {
    const std::string name = s == schedule_label::achieved_early
                                 ? std::string(label_text(s, l)) + " / " +
                                       std::string(label_text(schedule_label::achieved, l))
                                 : std::string(label_text(s, l));
    lg.item(name, [&c, s](double x, double y) {
      c.rect(x + 2, y - 6, 14, 12, "fill=\"" + std::string(label_colour(s)) + "\"");
    });
  }
  lg.item(tr("约束性目标（★，黑框）", "binding goal (★, outlined)"), [&c](double x, double y) {
    c.rect(x + 2, y - 6, 14, 12, "fill=\"#bdbdbd\" stroke=\"#111\" stroke-width=\"1.8\"");
  });
  lg.item(tr("时序进度", "expected share on schedule"), [&c](double x, double y) {
    c.line(x + 9, y - 7, x + 9, y + 7, "stroke=\"#111\" stroke-width=\"2\"");
  });
  lg.item(tr("时间进度", "time elapsed"), [&c](double x, double y) {
    c.line(x + 9, y - 7, x + 9, y + 7,
           "stroke=\"#424242\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"");
  });
  c.fit_height(lg.bottom() + 8.0);
  return std::move(c).finish();
}

} // namespace zzplan::io
