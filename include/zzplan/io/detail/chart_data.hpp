#pragma once
// What a chart of one goal needs beyond its words: the observed points as levels (a series of
// changes as the chained index, base = 1), lower bounds marked; the required path from the base
// to the target over the years; the projection at the current pace to the deadline; the target
// line, band or stretch figure.
//
// Nothing here evaluates. The observed points are those the evaluation read (zzplan::points_used,
// over the same years); the path shape, the target's bounds and the lines come from the typed
// assessment itself:
//   required path, geometric: v_b·(1 + r_r)^(y − b), r_r = required_rate (it ends at X');
//   required path, linear:    v_b + (X' − v_b)·(y − b)/(T − b), X' = target_value;
//   projection, geometric:    v_t·(1 + r_a)^(y − t), r_a = actual_rate (it ends at the projected
//                             value); linear: the straight line from (t, v_t) to (T, projected).

#include <zzplan/assessment.hpp>
#include <zzplan/evaluate.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/milestone.hpp>
#include <zzplan/relative.hpp>
#include <zzplan/series.hpp>
#include <zzplan/target.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace zzplan::io {

/// One point of a chart: a year and a level (or index), with what the data says of it.
struct chart_point {
  int year = 0;
  double value = 0.0;
  bool lower_bound = false; ///< "突破4000亿元": at least this value, drawn as ▲ with "≥"
  bool provisional = false;
  bool derived = false;
  bool revised = false;
  bool stated = false; ///< the plan's stated base value, not an observation
};

/// The drawable content of one goal's chart (numbers only: the words come from the record).
struct goal_chart {
  bool has_series = false;   ///< false: drawn from the record alone (base and latest points)
  bool index_series = false; ///< the levels are an index chained from changes (base = 1)
  bool keep_within = false;  ///< the base already met the target: no path to cover
  std::vector<chart_point> observed;
  std::vector<chart_point> reference; ///< relative goals: the reference indicator's index
  std::string reference_zh, reference_en;
  std::optional<path_shape> path;    ///< the shape of `required`
  std::vector<chart_point> required; ///< base → target, every year
  std::optional<projection_method> projected_by;
  std::vector<chart_point> projection;       ///< latest → deadline at the current pace
  std::optional<double> target;              ///< X', the target at the deadline as a level
  std::optional<double> stretch;             ///< increment goals: the upper figure as a level
  std::optional<double> band_low, band_high; ///< range and band goals
  int base_year = 0;
  int deadline = 0;
};

namespace detail {

[[nodiscard]] inline chart_point to_chart_point(const level_point& p) {
  chart_point c;
  c.year = p.year;
  c.value = p.value;
  c.lower_bound = has(p.flags, flag::lower_bound);
  c.provisional = has(p.flags, flag::provisional);
  c.derived = has(p.flags, flag::derived);
  c.revised = has(p.flags, flag::revised);
  return c;
}

/// The points an evaluation read from a series over [base, min(as_of, deadline)], levels in the
/// unit of Level.
template <class Level, class R>
[[nodiscard]] std::vector<chart_point> observed_points(R&& series, const assessment_core& a) {
  const year to = std::min(a.as_of, a.target_year);
  std::vector<chart_point> out;
  for (const level_point& p : points_used<Level>(std::forward<R>(series), a.baseline_year, to)) {
    out.push_back(to_chart_point(p));
  }
  return out;
}

/// The stated base, the required path, the projection and the target of an assessment; `c`
/// already holds the observed points.
template <class L, class O>
[[nodiscard]] goal_chart complete_chart(const assessment<L, O>& a, goal_chart c) {
  c.base_year = static_cast<int>(a.baseline_year);
  c.deadline = static_cast<int>(a.target_year);
  c.keep_within = a.keep_within;
  const int b = c.base_year;
  const int T = c.deadline;
  const std::optional<double> vb = level(a.baseline_value);
  if (vb) { // a stated base is drawn as such
    const bool found = std::any_of(c.observed.begin(), c.observed.end(), [&](const chart_point& p) {
      return p.year == b && !p.lower_bound &&
             std::fabs(p.value - *vb) <= 1e-9 * std::fmax(1.0, std::fabs(p.value));
    });
    if (!found) {
      chart_point s{b, *vb};
      s.stated = true;
      c.observed.insert(c.observed.begin(), s);
    }
  }
  c.target = level(a.target_value);
  c.band_low = level(a.target_low);
  c.band_high = level(a.target_high);
  c.stretch = level(a.stretch_value);
  // ---- the required path: a direct use of required_rate (geometric) or target_value (linear)
  const std::optional<double> rr = rate(a.required_rate);
  if (vb && T > b && !a.keep_within && a.kind != goal_kind::relative) {
    const bool geometric = a.path == path_shape::geometric && rr;
    if (geometric || c.target) {
      for (int y = b; y <= T; ++y) {
        const double v = geometric ? *vb * std::pow(1.0 + *rr, y - b)
                                   : *vb + (*c.target - *vb) * static_cast<double>(y - b) / (T - b);
        if (std::isfinite(v)) {
          c.required.push_back({y, v});
        }
      }
    }
    c.path = geometric ? path_shape::geometric : path_shape::linear;
  }
  // ---- the projection at the current pace, latest → deadline
  const std::optional<double> projected = level(a.projected_value);
  const std::optional<double> vt = level(a.latest_value);
  if (projected && vt && a.latest_year && static_cast<int>(*a.latest_year) < T) {
    const int t = static_cast<int>(*a.latest_year);
    const std::optional<double> ra = rate(a.actual_rate);
    const bool geometric = a.projection == projection_method::geometric && ra;
    c.projected_by = geometric ? projection_method::geometric : projection_method::linear;
    for (int y = t; y <= T; ++y) {
      const double v = geometric ? *vt * std::pow(1.0 + *ra, y - t)
                                 : *vt + (*projected - *vt) * static_cast<double>(y - t) /
                                             static_cast<double>(T - t);
      if (std::isfinite(v)) {
        c.projection.push_back({y, v});
      }
    }
  }
  return c;
}

} // namespace detail

/// A chart from a record alone (no goal or series at hand): its base and latest values, nothing
/// drawn between them.
[[nodiscard]] inline goal_chart chart_of(const assessment_record& r) {
  goal_chart c;
  c.base_year = r.baseline_year.value_or(0);
  c.deadline = r.target_year.value_or(0);
  if (r.kind == goal_kind::milestone) {
    return c;
  }
  if (r.baseline_value && r.baseline_year) {
    c.observed.push_back({*r.baseline_year, *r.baseline_value});
  }
  if (r.latest_value && r.latest_year && r.latest_year != r.baseline_year) {
    c.observed.push_back({*r.latest_year, *r.latest_value});
  }
  c.target = r.target_value;
  return c;
}

/// The chart of a goal evaluated on a series: the points the evaluation read, the lines of its
/// assessment.
template <class Q, class Target, Series R, class L, class O>
requires(!std::is_same_v<Target, relative_target>) [[nodiscard]] goal_chart
    chart_of(const goal<Q, Target>&, R&& series, const assessment<L, O>& a) {
  goal_chart c;
  c.has_series = true;
  c.index_series = ChangeSeries<R>;
  c.observed = detail::observed_points<Q>(std::forward<R>(series), a);
  return detail::complete_chart(a, std::move(c));
}

/// The chart of a relative goal: its own series and the reference's, both as the evaluation read
/// them (the reference's average rate is the pace to keep; no target level, no projection).
template <class Q, Series R, Series Ref, class L, class O>
[[nodiscard]] goal_chart chart_of(const goal<Q, relative_target>& g, R&& own, Ref&& reference,
                                  const assessment<L, O>& a) {
  goal_chart c;
  c.has_series = true;
  c.index_series = ChangeSeries<R>;
  c.reference_zh = std::string(g.target.reference_zh);
  c.reference_en = std::string(g.target.reference_en);
  c.observed = detail::observed_points<Q>(std::forward<R>(own), a);
  c.reference = detail::observed_points<series_level_t<Ref>>(std::forward<Ref>(reference), a);
  return detail::complete_chart(a, std::move(c));
}

/// A milestone has no series: its chart is the placeholder panel.
[[nodiscard]] inline goal_chart chart_of(const milestone&, const assessment<double, double>& a) {
  goal_chart c;
  c.base_year = static_cast<int>(a.baseline_year);
  c.deadline = static_cast<int>(a.target_year);
  return c;
}
[[nodiscard]] inline goal_chart chart_of(const milestone& m, const milestone_record&,
                                         const assessment<double, double>& a) {
  return chart_of(m, a);
}

} // namespace zzplan::io
