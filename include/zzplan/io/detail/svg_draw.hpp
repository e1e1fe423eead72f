#pragma once
// The drawing primitives of zzplan's SVG charts (svg.hpp): XML escaping, coordinates that are
// always finite numbers, linear scales with round ticks, label colours, the font list (no
// external fonts: "Noto Sans CJK SC", then the system's sans-serif) and a text-width estimate
// for laying out legends.

#include <zzplan/format.hpp>
#include <zzplan/io/detail/text_table.hpp>
#include <zzplan/status.hpp>
#include <zzplan/utf8.hpp>

#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zzplan::io {

/// Text for XML and HTML (element content and quoted attributes): & < > " ' escaped.
[[nodiscard]] inline std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const char c : s) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

/// The size of charts.
struct svg_options {
  double width = 640.0;
  double height = 340.0; ///< of a goal chart (a placeholder panel is smaller)
};

namespace svg {

/// The font list of every chart and of the HTML report: no web fonts, CJK first.
inline constexpr std::string_view font_family =
    "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

/// A coordinate or length with one decimal; a non-finite number (never expected) becomes 0, so
/// that "nan" or "inf" can never reach a chart.
[[nodiscard]] inline std::string num(double v) {
  if (!std::isfinite(v)) {
    v = 0.0;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s(buf);
  if (s == "-0.0") {
    s = "0.0";
  }
  return s;
}

/// The colour of a schedule label: green achieved, teal faster, blue as expected, orange
/// lagging, red not achieved, grey insufficient data.
[[nodiscard]] constexpr std::string_view label_colour(schedule_label l) noexcept {
  switch (l) {
  case schedule_label::achieved_early:
  case schedule_label::achieved: return "#2e7d32";
  case schedule_label::faster_than_expected: return "#00897b";
  case schedule_label::as_expected: return "#1e88e5";
  case schedule_label::lagging: return "#f57c00";
  case schedule_label::not_achieved: return "#d32f2f";
  case schedule_label::none: break;
  }
  return "#9e9e9e";
}

[[nodiscard]] inline std::string_view label_text(schedule_label l, lang g) noexcept {
  return g == lang::zh ? label_zh(l) : label_en(l);
}

/// Approximate width in pixels of text at a font size (CJK characters count double).
[[nodiscard]] inline double text_width(std::string_view s, double size) {
  return static_cast<double>(utf8::display_width(s)) * size * 0.56;
}

/// A linear map from a domain to a range of pixels; a degenerate domain maps to the middle.
struct scale {
  double d0 = 0.0, d1 = 1.0, r0 = 0.0, r1 = 1.0;
  [[nodiscard]] double operator()(double v) const noexcept {
    const double span = d1 - d0;
    if (!std::isfinite(v) || !(std::fabs(span) > 0.0)) {
      return (r0 + r1) / 2.0;
    }
    return r0 + (v - d0) / span * (r1 - r0);
  }
};

/// Round ticks covering [lo, hi] (about `count` of them); lo and hi are widened to the ticks.
struct ticks {
  double lo = 0.0, hi = 1.0, step = 1.0;
  int decimals = 0;
  [[nodiscard]] std::vector<double> values() const {
    std::vector<double> out;
    for (int i = 0; lo + i * step <= hi + step * 1e-6 && i < 50; ++i) {
      out.push_back(lo + i * step);
    }
    return out;
  }
  /// A tick's label: fixed decimals as the step needs, never "-0".
  [[nodiscard]] std::string label(double v) const {
    return format_fixed(std::fabs(v) < step * 1e-6 ? 0.0 : v, decimals);
  }
};

[[nodiscard]] inline ticks nice_ticks(double lo, double hi, int count = 5) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) {
    lo = 0.0;
    hi = 1.0;
  }
  if (hi < lo) {
    std::swap(lo, hi);
  }
  if (hi - lo < 1e-12 * std::fmax(1.0, std::fabs(hi))) { // one value: a band around it
    const double pad = std::fabs(hi) > 0.0 ? std::fabs(hi) * 0.1 : 1.0;
    lo -= pad;
    hi += pad;
  }
  const double raw = (hi - lo) / count;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  const double f = raw / mag;
  const double step = (f <= 1.0   ? 1.0
                       : f <= 2.0 ? 2.0
                       : f <= 2.5 ? 2.5
                       : f <= 5.0 ? 5.0
                                  : 10.0) *
                      mag;
  ticks t;
  t.step = step;
  t.lo = std::floor(lo / step + 1e-9) * step;
  t.hi = std::ceil(hi / step - 1e-9) * step;
  const double d = -std::floor(std::log10(step) + 1e-9);
  t.decimals = d > 0 ? static_cast<int>(d) + (f > 2.0 && f <= 2.5 ? 1 : 0) : 0;
  return t;
}

/// Builds an SVG document piece by piece; every number goes through num().
class canvas {
public:
  canvas(double width, double height, std::string_view label)
      : w_(width), h_(height), label_(label) {}
  [[nodiscard]] double width() const noexcept { return w_; }
  [[nodiscard]] double height() const noexcept { return h_; }
  /// Grows the drawing to at least this height (a legend that wrapped more than planned).
  void fit_height(double h) noexcept { h_ = h > h_ ? h : h_; }

  void rect(double x, double y, double w, double h, std::string_view attrs) {
    s_ += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(std::fmax(w, 0.0)) +
          "\" height=\"" + num(std::fmax(h, 0.0)) + "\" " + std::string(attrs) + "/>\n";
  }
  void line(double x1, double y1, double x2, double y2, std::string_view attrs) {
    s_ += "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" +
          num(y2) + "\" " + std::string(attrs) + "/>\n";
  }
  void circle(double x, double y, double r, std::string_view attrs) {
    s_ += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"" + num(r) + "\" " +
          std::string(attrs) + "/>\n";
  }
  /// A polyline through points (x, y); nothing for fewer than two points.
  void polyline(const std::vector<std::pair<double, double>>& pts, std::string_view attrs) {
    if (pts.size() < 2) {
      return;
    }
    s_ += "<polyline fill=\"none\" points=\"";
    for (const auto& [x, y] : pts) {
      s_ += num(x) + "," + num(y) + " ";
    }
    s_.back() = '"';
    s_ += " " + std::string(attrs) + "/>\n";
  }
  /// A triangle pointing up, centred at (x, y): the mark of a lower bound (▲, "at least").
  void triangle(double x, double y, double r, std::string_view attrs) {
    s_ += "<path d=\"M" + num(x) + " " + num(y - r) + " L" + num(x + r) + " " + num(y + r * 0.8) +
          " L" + num(x - r) + " " + num(y + r * 0.8) + " Z\" " + std::string(attrs) + "/>\n";
  }
  void text(double x, double y, std::string_view content, std::string_view attrs = {}) {
    s_ += "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" +
          (attrs.empty() ? "" : " " + std::string(attrs)) + ">" + xml_escape(content) + "</text>\n";
  }
  void raw(std::string_view markup) { s_ += markup; }
  [[nodiscard]] std::string finish() && {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"zz-chart\" viewBox=\"0 0 " + num(w_) +
           " " + num(h_) + "\" width=\"" + num(w_) + "\" height=\"" + num(h_) +
           "\" role=\"img\" aria-label=\"" + xml_escape(label_) + "\" font-family=\"" +
           std::string(font_family) + "\" font-size=\"12\">\n<title>" + xml_escape(label_) +
           "</title>\n<rect x=\"0\" y=\"0\" width=\"" + num(w_) + "\" height=\"" + num(h_) +
           "\" fill=\"#ffffff\"/>\n" + std::move(s_) + "</svg>\n";
  }

private:
  double w_, h_;
  std::string label_;
  std::string s_;
};

/// A legend laid out left to right, wrapping to a new row when the line is full.
class legend {
public:
  legend(canvas& c, double x0, double y0, double x_max)
      : c_(c), x0_(x0), x_(x0), y_(y0), max_(x_max) {}
  /// `mark` draws the sample at (x, y) within 18 px; then the text.
  template <class Mark> void item(std::string_view label, Mark&& mark) {
    const double w = 24.0 + text_width(label, 11.0) + 14.0;
    if (x_ + w > max_ && x_ > x0_) {
      x_ = x0_;
      y_ += 16.0;
    }
    mark(x_, y_ - 4.0);
    c_.text(x_ + 22.0, y_, label, "font-size=\"11\" fill=\"#333\"");
    x_ += w;
  }
  /// The lowest y the legend reaches.
  [[nodiscard]] double bottom() const noexcept { return y_ + 6.0; }

private:
  canvas& c_;
  double x0_, x_, y_, max_;
};

} // namespace svg
} // namespace zzplan::io
