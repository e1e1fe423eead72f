#pragma once
// What a chart of one goal needs beyond its assessment_record: the observed points as levels (a
// series of changes as the chained index, base = 1), lower bounds marked; the required path from
// the base to the target over the years; the projection at the current pace to the deadline;
// the target line, band or stretch figure.
//
// Nothing here evaluates. The observed points are the point buffer the evaluation core itself
// uses, built by the same zzplan::detail::gather / gather_changes over the same years; the goal's
// numbers (path shape, range, band) are zzplan::detail::params_of, the core's own reading of the
// goal. The lines are direct uses of the assessment's outputs (via its record):
//   required path, geometric: v_b·(1 + r_r)^(y − b), r_r = required_rate (it ends at X');
//   required path, linear:    v_b + (X' − v_b)·(y − b)/(T − b), X' = target_value;
//   projection, geometric:    v_t·(1 + r_a)^(y − t), r_a = actual_rate (it ends at
//   projected_value); projection, linear:       the straight line from (t, v_t) to (T,
//   projected_value).

#include <zzplan/assessment.hpp>
#include <zzplan/evaluate.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/relative.hpp>
#include <zzplan/series.hpp>
#include <zzplan/target.hpp>

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

[[nodiscard]] inline bool finite_number(double v) noexcept {
  return std::isfinite(v);
}

[[nodiscard]] inline chart_point to_chart_point(const zzplan::detail::point& p) {
  chart_point c;
  c.year = p.year;
  c.value = p.v;
  c.lower_bound = has(p.flags, flag::lower_bound);
  c.provisional = has(p.flags, flag::provisional);
  c.derived = has(p.flags, flag::derived);
  c.revised = has(p.flags, flag::revised);
  return c;
}

/// The core's point buffer of a series (levels of Q, or changes chained to an index), as points.
template <class Q, class R>
[[nodiscard]] std::vector<chart_point> observed_points(R&& series, int base, int limit) {
  note_list ignored;                // the assessment already carries these notes
  zzplan::detail::point_buffer buf; // only [0, n) is filled and read
  zzplan::detail::gather_any<Q>(std::forward<R>(series), base, limit, ignored, buf);
  std::vector<chart_point> out;
  for (int i = 0; i < buf.n; ++i) {
    const auto& p = buf.pts[static_cast<std::size_t>(i)];
    if (finite_number(p.v)) {
      out.push_back(to_chart_point(p));
    }
  }
  return out;
}

/// The level type of a series of levels (a reference may be of another kind than the goal's
/// indicator: income against GDP); double, unused, for a series of changes.
template <class R> struct level_of_series { using type = double; };
template <class R>
requires LevelSeries<R>
struct level_of_series<R> {
  using type = std::remove_cvref_t<decltype(std::declval<const observation_t<R>&>().value)>;
};

/// The shape of the required path when only the record is known: docs/method.md §4 item 4.
[[nodiscard]] inline path_shape shape_of_kind(const assessment_record& r) noexcept {
  switch (r.kind_value) {
  case goal_kind::step:
  case goal_kind::average_growth:
  case goal_kind::cumulative_change:
  case goal_kind::multiple: return path_shape::geometric;
  default: return path_shape::linear;
  }
}

[[nodiscard]] inline int limit_of(const assessment_record& r, int as_of) noexcept {
  const int t = r.target_year.value_or(as_of);
  return as_of < t ? as_of : t;
}

} // namespace detail

/// The required path, the projection and the target line from the record's numbers; `c` may
/// already hold the observed points and the goal's shape, band and stretch.
[[nodiscard]] inline goal_chart complete_chart(const assessment_record& r, goal_chart c) {
  c.base_year = r.baseline_year.value_or(0);
  c.deadline = r.target_year.value_or(0);
  const int b = c.base_year;
  const int T = c.deadline;
  if (!c.has_series) { // the record alone: its base and latest values
    if (r.baseline_value && r.baseline_year) {
      c.observed.push_back({*r.baseline_year, *r.baseline_value});
    }
    if (r.latest_value && r.latest_year && r.latest_year != r.baseline_year) {
      c.observed.push_back({*r.latest_year, *r.latest_value});
    }
  } else if (r.baseline_value && r.baseline_year) { // a stated base is drawn as such
    bool found = false;
    for (const chart_point& p : c.observed) {
      found = found ||
              (p.year == b && !p.lower_bound &&
               std::fabs(p.value - *r.baseline_value) <= 1e-9 * std::fmax(1.0, std::fabs(p.value)));
    }
    if (!found) {
      chart_point s{b, *r.baseline_value};
      s.stated = true;
      c.observed.insert(c.observed.begin(), s);
    }
  }
  c.target = r.target_value;
  if (!c.path) {
    c.path = detail::shape_of_kind(r);
  }
  const std::optional<double> vb = r.baseline_value;
  // ---- the required path: a direct use of required_rate (geometric) or target_value (linear)
  if (vb && T > b && !c.keep_within && r.kind_value != goal_kind::relative) {
    const bool geometric = *c.path == path_shape::geometric && r.required_rate;
    if (geometric || r.target_value) {
      for (int y = b; y <= T; ++y) {
        const double v = geometric
                             ? *vb * std::pow(1.0 + *r.required_rate, y - b)
                             : *vb + (*r.target_value - *vb) * static_cast<double>(y - b) / (T - b);
        if (detail::finite_number(v)) {
          c.required.push_back({y, v});
        }
      }
    }
    if (!geometric) {
      c.path = path_shape::linear;
    }
  } else {
    c.path.reset();
  }
  // ---- the projection at the current pace, latest → deadline
  if (r.projected_value && r.latest_value && r.latest_year && *r.latest_year < T &&
      r.projection_method) {
    const int t = *r.latest_year;
    const double vt = *r.latest_value;
    const bool geometric = *r.projection_method == "geometric" && r.actual_rate;
    c.projected_by = geometric ? projection_method::geometric : projection_method::linear;
    for (int y = t; y <= T; ++y) {
      const double v = geometric ? vt * std::pow(1.0 + *r.actual_rate, y - t)
                                 : vt + (*r.projected_value - vt) * static_cast<double>(y - t) /
                                            static_cast<double>(T - t);
      if (detail::finite_number(v)) {
        c.projection.push_back({y, v});
      }
    }
  }
  return c;
}

/// A chart from the record alone (no series at hand: milestones, or a record from elsewhere).
[[nodiscard]] inline goal_chart chart_of(const assessment_record& r) {
  goal_chart c;
  if (r.kind_value == goal_kind::milestone) {
    c.base_year = r.baseline_year.value_or(0);
    c.deadline = r.target_year.value_or(0);
    return c;
  }
  return complete_chart(r, std::move(c));
}

/// The chart of a goal evaluated on a series: the same points the core used (gather /
/// gather_changes), the goal's shape and band (params_of), the lines from the assessment.
template <class Q, class Target, Series R, class L, class O>
requires(!std::is_same_v<Target, relative_target>) [[nodiscard]] goal_chart
    chart_of(const goal<Q, Target>& g, R&& series, const assessment<L, O>& a) {
  constexpr bool changes = ChangeSeries<R>;
  const zzplan::detail::core_goal p = zzplan::detail::params_of(g, changes);
  goal_chart c;
  c.has_series = true;
  c.index_series = changes;
  c.keep_within = a.keep_within;
  c.path = p.path;
  const assessment_record r = to_record(a, method::cn_midterm, lang::zh);
  c.observed = detail::observed_points<Q>(std::forward<R>(series), p.base,
                                          detail::limit_of(r, static_cast<int>(a.as_of)));
  const double vb = r.baseline_value.value_or(0.0);
  switch (p.kind) {
  case goal_kind::range:
    c.band_low = p.x;
    c.band_high = p.x2;
    break;
  case goal_kind::band:
    if (p.band_on_change) {
      if (r.baseline_value) {
        c.band_low = vb * (1.0 + p.k - p.tolerance * std::fabs(p.k));
        c.band_high = vb * (1.0 + p.k + p.tolerance * std::fabs(p.k));
      }
    } else {
      c.band_low = p.x - p.tolerance * std::fabs(p.x);
      c.band_high = p.x + p.tolerance * std::fabs(p.x);
    }
    break;
  case goal_kind::increment:
    if (r.baseline_value && p.x2 > p.x) {
      c.stretch = vb + p.x2;
    }
    break;
  default: break;
  }
  return complete_chart(r, std::move(c));
}

/// The chart of a relative goal: its own series and the reference's, both as the core gathers
/// them (the reference's average rate is the pace to keep; no target level, no projection).
template <class Q, Series R, Series Ref, class L, class O>
[[nodiscard]] goal_chart chart_of(const goal<Q, relative_target>& g, R&& own, Ref&& reference,
                                  const assessment<L, O>& a) {
  goal_chart c;
  c.has_series = true;
  c.index_series = ChangeSeries<R>;
  c.keep_within = true;
  c.reference_zh = std::string(g.target.reference_zh);
  c.reference_en = std::string(g.target.reference_en);
  const assessment_record r = to_record(a, method::cn_midterm, lang::zh);
  const int b = static_cast<int>(g.when.base);
  const int limit = detail::limit_of(r, static_cast<int>(a.as_of));
  c.observed = detail::observed_points<Q>(std::forward<R>(own), b, limit);
  c.reference = detail::observed_points<typename detail::level_of_series<Ref>::type>(
      std::forward<Ref>(reference), b, limit);
  return complete_chart(r, std::move(c));
}

/// A milestone has no series: its chart is the placeholder panel.
[[nodiscard]] inline goal_chart chart_of(const milestone&, const assessment<double, double>& a) {
  return chart_of(to_record(a, method::cn_midterm, lang::zh));
}
[[nodiscard]] inline goal_chart chart_of(const milestone& m, const milestone_record&,
                                         const assessment<double, double>& a) {
  return chart_of(m, a);
}

} // namespace zzplan::io
