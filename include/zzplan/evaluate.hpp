#pragma once
// evaluate(goal, series, as_of[, options]) -> assessment: the typed front of the evaluation core.
// A series is any forward range of observation<Q> (levels) or change_observation (yearly or
// multi-year changes, chained to an index with the base = 1). Relative goals (relative.hpp) take
// a second series; milestones (milestone.hpp) take a record of what was done.

#include <zzplan/assessment.hpp>
#include <zzplan/detail/evaluate_core.hpp>
#include <zzplan/detail/gather.hpp>
#include <zzplan/detail/run_core.hpp>
#include <zzplan/goal.hpp>
#include <zzplan/options.hpp>
#include <zzplan/series.hpp>

#include <array>
#include <concepts>
#include <optional>
#include <ranges>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace zzplan {

namespace detail {

template <class Target, class Q> struct target_traits {
  static constexpr bool level_like = true; // level, ceiling, step, range, band of levels
  static constexpr path_shape path = path_shape::linear;
  using over = typename level_traits<Q>::difference;
};
template <class Q> struct target_traits<step_target<Q>, Q> {
  static constexpr bool level_like = true;
  static constexpr path_shape path = path_shape::geometric; // money thresholds grow geometrically
  using over = typename level_traits<Q>::difference;
};
template <class Q> struct target_traits<growth_target, Q> {
  static constexpr bool level_like = false;
  static constexpr path_shape path = path_shape::geometric;
  using over = points;
};
template <class Q> struct target_traits<change_target, Q> : target_traits<growth_target, Q> {};
template <class Q>
struct target_traits<band_target<growth_rate>, Q> : target_traits<growth_target, Q> {};
template <class Q> struct target_traits<multiple_target, Q> {
  static constexpr bool level_like = false;
  static constexpr path_shape path = path_shape::geometric;
  using over = double;
};
template <class Q> struct target_traits<points_target, Q> {
  static constexpr bool level_like = true; // in the share's own unit
  static constexpr path_shape path = path_shape::linear;
  using over = points;
};
template <class Q> struct target_traits<increment_target<Q>, Q> {
  static constexpr bool level_like = true;
  static constexpr path_shape path = path_shape::linear;
  using over = Q;
};
// ---- the targets of real plan tables: totals of a yearly flow, yearly paces, bands on rates ----
template <class Q> struct target_traits<cumulative_total_target<Q>, Q> {
  static constexpr bool level_like = true; // the yearly values themselves
  static constexpr path_shape path = path_shape::linear;
  using over = Q;
};
template <class Q> struct target_traits<points_pace_target, Q> : target_traits<points_target, Q> {};
template <class Q>
struct target_traits<band_target<points>, Q> : target_traits<points_target, Q> {};
template <class Q>
struct target_traits<band_target<points_a_year>, Q> : target_traits<points_target, Q> {};
template <class Q>
struct target_traits<band_target<annual_rate>, Q> : target_traits<growth_target, Q> {};

/// The core's numbers of the targets of real plan tables (target.hpp's last block).
template <class T>
constexpr void real_plan_params(const cumulative_total_target<T>& t, core_goal& c) {
  c.cmp = t.cmp;
  c.x = level_number(t.total);
}
constexpr void real_plan_params(const points_pace_target& t, core_goal& c) {
  c.cmp = t.cmp;
  c.k = t.each_year.pp() * c.span_years(); // a share's level is in percent: points a year × years
}
constexpr void real_plan_params(const band_target<annual_rate>& t, core_goal& c) {
  c.band_on_annual = true;
  c.k = t.center.fraction();
  c.tolerance = t.tolerance;
  c.cmp = t.center.fraction() < 0 ? comparison::at_most : comparison::at_least;
}
constexpr void real_plan_params(const band_target<points>& t, core_goal& c) {
  c.band_on_points = true;
  c.k = t.center.pp();
  c.tolerance = t.tolerance;
  c.cmp = t.center.fraction() < 0 ? comparison::at_most : comparison::at_least;
}
constexpr void real_plan_params(const band_target<points_a_year>& t, core_goal& c) {
  real_plan_params(
      band_target<points>{t.center.each_year * static_cast<double>(c.span_years()), t.tolerance},
      c);
}

/// Writes a goal's numbers into c, the object the core reads (written in place: a copy read back
/// at once stalls on store forwarding, a fifth of a level goal's time).
template <class Q, class Target>
constexpr void fill_params(const goal<Q, Target>& g, bool index_series, core_goal& c) noexcept {
  const Target& t = g.target;
  c.kind = g.kind();
  c.path = target_traits<Target, Q>::path;
  c.base = static_cast<int>(g.when.base);
  c.deadline = static_cast<int>(g.when.deadline);
  c.index_series = index_series;
  if (g.stated_baseline && !index_series) {
    c.stated_base = level_number(g.stated_baseline->value);
  }
  if constexpr (std::is_same_v<Target, level_target<Q>>) {
    c.cmp = t.cmp;
    c.x = level_number(t.value);
  } else if constexpr (std::is_same_v<Target, step_target<Q>>) {
    c.x = level_number(t.to);
    if (!c.stated_base) {
      c.stated_base = level_number(t.from);
      c.stated_is_start = true;
    }
  } else if constexpr (std::is_same_v<Target, growth_target>) {
    c.cmp = t.cmp;
    c.k = t.rate.fraction();
  } else if constexpr (std::is_same_v<Target, change_target>) {
    c.cmp = t.cmp;
    c.k = t.change.fraction();
  } else if constexpr (std::is_same_v<Target, points_target>) {
    c.cmp = t.cmp;
    c.k = t.change.pp(); // a share's level is in percent, so its change is in points
  } else if constexpr (std::is_same_v<Target, multiple_target>) {
    c.k = t.factor;
  } else if constexpr (std::is_same_v<Target, increment_target<Q>>) {
    c.x = level_number(t.floor);
    c.x2 = level_number(t.stretch);
  } else if constexpr (std::is_same_v<Target, range_target<Q>>) {
    c.x = level_number(t.low);
    c.x2 = level_number(t.high);
  } else if constexpr (std::is_same_v<Target, band_target<growth_rate>>) {
    c.band_on_change = true;
    c.k = t.center.fraction();
    c.tolerance = t.tolerance;
    c.cmp = t.center.fraction() < 0 ? comparison::at_most : comparison::at_least;
  } else if constexpr (std::is_same_v<Target, band_target<Q>>) {
    c.x = level_number(t.center);
    c.tolerance = t.tolerance;
  } else {
    real_plan_params(t, c);
  }
  if constexpr (requires { t.every_year; }) {
    c.every_year = t.every_year;
  }
}

/// The levels the core found (NaN: not found) into a's typed fields.
template <class Level, class Over>
constexpr void fill_levels(assessment<Level, Over>& a, const core_levels& lv,
                           double over_scale_pp) {
  const auto put = [&lv](optional_number<Level>& to, core_levels::item i) {
    if (lv.has(i)) {
      to.emplace(level_traits<Level>::make(lv[i]));
    }
  };
  put(a.baseline_value, core_levels::baseline);
  put(a.latest_value, core_levels::latest);
  put(a.target_value, core_levels::target);
  put(a.projected_value, core_levels::projected);
  put(a.target_low, core_levels::target_low);
  put(a.target_high, core_levels::target_high);
  put(a.stretch_value, core_levels::stretch);
  put(a.required_per_year, core_levels::required_per_year); // cumulative totals: in the flow's unit
  if (lv.has(core_levels::over_absolute)) {
    const double over = lv[core_levels::over_absolute];
    if constexpr (std::is_same_v<Over, points>) {
      a.over_completion_absolute.emplace(over_scale_pp > 0 ? points::pp(over)
                                                           : points::fraction(over));
    } else if constexpr (std::is_same_v<Over, double>) {
      a.over_completion_absolute.emplace(over);
    } else {
      a.over_completion_absolute.emplace(level_traits<Over>::make(over));
    }
  }
}

/// The core specialised on the kind a target type makes (a level target makes a level or a
/// ceiling, told apart at run time), given the goal's numbers; run_core decides where its code goes.
template <class Q, class Target, core_options O>
[[gnu::always_inline]] constexpr void
run_core_for_kind(const goal<Q, Target>& g, bool index_series, const point_buffer& buf, int as_of,
                  const O& opt, assessment_core& out, core_levels& lv) {
  if constexpr (requires {
                  typename std::integral_constant<goal_kind, kind_of_target(Target{})>;
                }) {
    constexpr goal_kind k = kind_of_target(Target{});
    if constexpr (k == goal_kind::level) {
      if (g.kind() == goal_kind::ceiling) {
        core_goal_of<goal_kind::ceiling> c;
        fill_params(g, index_series, c);
        run_core(c, buf, as_of, opt, out, lv);
        return;
      }
    }
    // a band on levels, as fill_params tells it from the bands on changes
    constexpr bool level_band =
        std::is_same_v<Target, band_target<Q>> && !std::is_same_v<Target, band_target<growth_rate>>;
    using core_type = std::conditional_t<level_band, core_goal_level_band, core_goal_of<k>>;
    static_assert(!path_fixed_by_kind(k) || path_of_kind(k) == target_traits<Target, Q>::path,
                  "zzplan (internal): the path a kind fixes differs from the target's");
    static_assert(!level_band || target_traits<Target, Q>::path == path_shape::linear);
    core_type c;
    fill_params(g, index_series, c);
    if (c.core_goal::kind == k) {
      run_core(c, buf, as_of, opt, out, lv);
    } else {
      run_core(static_cast<const core_goal&>(c), buf, as_of, opt, out, lv);
    }
  } else {
    core_goal c;
    fill_params(g, index_series, c);
    run_core(c, buf, as_of, opt, out, lv);
  }
}

/// The evaluation of g on the points in buf into a: the core for g's kind, then the levels it
/// found typed into a's fields.
template <class Q, class Target, core_options O, class Level, class Over>
constexpr void evaluate_core_for(const goal<Q, Target>& g, bool index_series,
                                 const point_buffer& buf, int as_of, const O& opt,
                                 assessment<Level, Over>& a) {
  core_levels lv; // a local: where the core is inlined, the levels stay in registers
  run_core_for_kind(g, index_series, buf, as_of, opt, a, lv);
  // Over-completion of level targets on a share is in points of the share's percent.
  constexpr bool pp_scale = std::is_same_v<Q, share> && (target_traits<Target, Q>::level_like ||
                                                         std::is_same_v<Target, points_target>);
  fill_levels(a, lv, pp_scale ? 1.0 : 0.0);
}

} // namespace detail

/// Whether a target is judged on levels (levels, ceilings, steps, ranges, bands of levels, points,
/// increments) rather than on growth from the base (average growth, cumulative change, bands of
/// changes, multiples); a series of changes, an index with the base = 1, serves only the latter.
template <class Target, class Q>
inline constexpr bool needs_levels_v = detail::target_traits<Target, Q>::level_like;

/// Evaluates a goal against a series at the evaluation year as_of (docs/method.md §4). Without
/// options it uses the defaults as constants (detail::default_options: the class boundaries and
/// the projection rule fold into the code); with an options object it reads them from it.
template <class Q, class Target, Series R, detail::core_options O = detail::default_options,
          bool Never = false>
requires(!std::is_same_v<Target, relative_target>)
    [[nodiscard]] constexpr auto evaluate(const goal<Q, Target>& g, R&& series, year as_of,
                                          const O& opt = O{}) {
  constexpr bool changes = ChangeSeries<R>;
  using traits = detail::target_traits<Target, Q>;
  using level_type = std::conditional_t<changes, double, Q>;
  using over_type = typename traits::over;
  assessment<level_type, over_type> a{g};
  // A series of the wrong kind stops at its message, and nothing below is instantiated for it
  // (that would add errors of its own).
  if constexpr (changes && traits::level_like) {
    static_assert(Never,
                  "zzplan: a level, step, range, points or count target needs a series of levels "
                  "(observation<Q>); a series of changes only gives an index with the base = 1; "
                  "give the levels, or write the goal as a change (decrease_by(15_pct_growth))");
    return a;
  } else if constexpr (!changes && !detail::target_value_fits_v<Q, series_level_t<R>>) {
    static_assert(Never,
                  "zzplan: the series' values are not of the indicator's kind (e.g. money for a "
                  "share indicator); give the indicator's own series: observation<Q> with Q as in "
                  "'with Q = ...' above");
    return a;
  } else {
    const int base = static_cast<int>(g.when.base);
    const int limit = static_cast<int>(as_of) < static_cast<int>(g.when.deadline)
                          ? static_cast<int>(as_of)
                          : static_cast<int>(g.when.deadline);
    detail::point_buffer buf;
    detail::gather_any<Q>(series, base, limit, buf, a.notes);
    detail::evaluate_core_for(g, changes, buf, static_cast<int>(as_of), opt, a);
    if (g.mode == modality::aspirational && a.assessed && !a.met.value_or(false)) {
      a.notes.add(note_code::aspirational_not_reached);
    }
    return a;
  }
}

/// Options written in place (evaluate(g, s, 2024y, {.across_breaks = true})): an options object.
template <class Q, class Target, Series R>
requires(!std::is_same_v<Target, relative_target>)
    [[nodiscard]] constexpr auto evaluate(const goal<Q, Target>& g, R&& series, year as_of,
                                          const options& opt) {
  return evaluate<Q, Target, R, options>(g, std::forward<R>(series), as_of, opt);
}

/// An evaluation without its series (evaluate(goal, 2021y)) stops here, with the fix.
// clang-format off
template <class Q, class Target, bool Never = false>
requires(!std::is_same_v<Target, relative_target>)
[[nodiscard]] constexpr auto evaluate(const goal<Q, Target>& g, year as_of, const options& opt = {}) {
  static_assert(Never,
                "zzplan: evaluate is given a goal and a year but no series of published figures; it "
                "takes the goal, the series, then the evaluation year: write "
                "evaluate(goal, series, 2021y)");
  return evaluate(g, std::array<observation<Q>, 0>{}, as_of, opt);
}
// clang-format on

/// An evaluation year written as a number (evaluate(goal, series, 2021)) stops here, with the fix;
/// without it the compiler lists every evaluate() that does not take an int.
// clang-format off
template <class Q, class Target, Series R, std::integral Y, bool Never = false>
requires(!std::is_same_v<Target, relative_target>)
[[nodiscard]] constexpr auto evaluate(const goal<Q, Target>& g, R&& series, Y as_of, const options& opt = {}) {
  static_assert(Never,
                "zzplan: the evaluation year is written as a number (2021) where a "
                "std::chrono::year is expected; write it with the suffix y: "
                "evaluate(goal, series, 2021y)");
  return evaluate(g, std::forward<R>(series), year{static_cast<int>(as_of)}, opt);
}
// clang-format on

/// The observations an evaluation reads from a series for the years [from, to], as it reads them:
/// levels in the series' own unit (13.9 for 13.9%) or, for a series of changes, the index chained
/// from them (from = 1); in year order, flags kept, non-finite values and duplicates left out. What
/// a chart of the assessment draws as "observed". Level is the unit levels are read in (an
/// indicator's quantity type: its goal's evaluation reads the series in it).
template <class Level = void, Series R>
[[nodiscard]] std::vector<level_point> points_used(R&& series, year from, year to) {
  using level = std::conditional_t<std::is_void_v<Level>, series_level_t<R>, Level>;
  note_list ignored;        // the assessment carries these notes already
  detail::point_buffer buf; // only [0, n) is filled and read
  detail::gather_any<level>(std::forward<R>(series), static_cast<int>(from), static_cast<int>(to),
                            buf, ignored);
  std::vector<level_point> out;
  out.reserve(static_cast<std::size_t>(buf.n));
  for (int i = 0; i < buf.n; ++i) {
    const level_point& p = buf.pts[static_cast<std::size_t>(i)];
    if (detail::is_finite(p.value)) {
      out.push_back(p);
    }
  }
  return out;
}

} // namespace zzplan
