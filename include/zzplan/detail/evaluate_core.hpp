#pragma once
// The one evaluation core: docs/method.md §4 on plain numbers in the indicator's own unit. Every typed
// evaluate() (C++ API, command line, reports) reaches this code through evaluate.hpp; nothing
// else computes an assessment. Constant-expression friendly: fixed buffers, no allocation.

#include <zzplan/assessment.hpp>
#include <zzplan/detail/cx_math.hpp>
#include <zzplan/detail/precision.hpp>
#include <zzplan/options.hpp>
#include <zzplan/series.hpp>
#include <zzplan/status.hpp>
#include <zzplan/target.hpp>

#include <array>
#include <limits>
#include <optional>

namespace zzplan::detail {

/// One usable observation: a level (or an index) in the indicator's unit.
using point = level_point;

/// Observations within [base, evaluation year], sorted, checked; the notes say what was dropped.
struct point_buffer {
  static constexpr int capacity = 128;
  std::array<point, capacity> pts; ///< only [0, n) is read: not zero-filled (3 KB a call)
  int n = 0;
  bool fatal = false; ///< duplicates: the assessment cannot be made
  bool empty_input = true;

  /// Inserts in year order; reports duplicates.
  constexpr void insert(point p, note_list& notes) noexcept {
    for (int i = 0; i < n; ++i) {
      if (pts[static_cast<std::size_t>(i)].year == p.year) {
        if (!notes.contains(note_code::duplicate_year)) {
          notes.add(note_code::duplicate_year, p.year);
        }
        fatal = true;
        return;
      }
    }
    if (n == capacity) {
      notes.add(note_code::too_many_observations, 0, capacity);
      return;
    }
    int i = n++;
    while (i > 0 && pts[static_cast<std::size_t>(i - 1)].year > p.year) {
      pts[static_cast<std::size_t>(i)] = pts[static_cast<std::size_t>(i - 1)];
      --i;
    }
    pts[static_cast<std::size_t>(i)] = p;
  }
};

/// A goal reduced to numbers in the indicator's unit (see fill_params in evaluate.hpp).
struct core_goal {
  goal_kind kind = goal_kind::level;
  comparison cmp = comparison::at_least;
  path_shape path = path_shape::linear;
  double x = 0.0;  ///< level target; step's B; range low; band centre; increment floor
  double x2 = 0.0; ///< range high; increment stretch
  double k =
      0.0; ///< cumulative change, annual rate (fractions); points change (in the level's unit); multiple
  double tolerance = 0.0;
  bool band_on_change = false;
  int base = 0;
  int deadline = 0;
  std::optional<double> stated_base{};
  bool stated_is_start = false; ///< the stated value is a step's "从A", used only without data
  bool index_series = false;    ///< levels are an index chained from changes (base = 1)
  bool every_year = false;      ///< 保持在X以上: the target must hold in every observed year
  bool band_on_annual = false;  ///< a band on the average annual growth k (年均增长X%左右)
  bool band_on_points = false; ///< a band on the change of a share, k points (提高2个百分点左右)

  [[nodiscard]] constexpr int span_years() const noexcept { return deadline - base; }
};

/// A goal whose kind is known when compiling: `kind` hides core_goal's run-time field, so the
/// core's tests of the kind fold away and each kind compiles to straight-line code, as a
/// function written by hand for that kind would (docs/performance.md §1).
template <goal_kind K> struct core_goal_of : core_goal { static constexpr goal_kind kind = K; };

/// The required path's shape, where the kind alone decides it (money thresholds, growth, changes
/// and multiples compound; levels, points and counts move linearly); a band's depends on what it
/// is a band of.
[[nodiscard]] constexpr bool path_fixed_by_kind(goal_kind k) noexcept {
  return k != goal_kind::band && k != goal_kind::relative && k != goal_kind::milestone;
}
[[nodiscard]] constexpr path_shape path_of_kind(goal_kind k) noexcept {
  return k == goal_kind::step || k == goal_kind::average_growth ||
                 k == goal_kind::cumulative_change || k == goal_kind::multiple
             ? path_shape::geometric
             : path_shape::linear;
}

/// A goal whose kind fixes its path: the path is a constant as well.
template <goal_kind K>
requires(path_fixed_by_kind(K)) struct core_goal_of<K> : core_goal {
  static constexpr goal_kind kind = K;
  static constexpr path_shape path = path_of_kind(K);
};

/// A band on levels (X左右 of a level): the flags that tell the bands on changes, rates and points
/// apart are constants too, so the band's five to six tests of the condition fold to one compare.
struct core_goal_level_band : core_goal_of<goal_kind::band> {
  static constexpr path_shape path = path_shape::linear;
  static constexpr bool band_on_change = false;
  static constexpr bool band_on_annual = false;
  static constexpr bool band_on_points = false;
};

/// The levels an evaluation finds, in the indicator's unit, before they are typed. Held as plain
/// numbers and one bit each for "set": nine std::optional<double> cost a 144-byte zero fill and a
/// 16-byte copy through the stack for each one set, a quarter of a level goal's time.
class core_levels {
public:
  enum item : unsigned char {
    baseline,
    latest,
    target,
    projected,
    over_absolute,
    target_low,        ///< ranges, bands
    target_high,       ///< ranges, bands
    stretch,           ///< increments: the upper figure as a level
    required_per_year, ///< cumulative totals: what is left, a remaining year
    count
  };
  constexpr void set(item i, double v) noexcept {
    values_[i] = v;
    set_ |= 1u << i;
  }
  [[nodiscard]] constexpr bool has(item i) const noexcept { return (set_ >> i) & 1u; }
  [[nodiscard]] constexpr double operator[](item i) const noexcept { return values_[i]; }

private:
  std::array<double, count> values_{}; // 72 bytes: cleared with a few vector stores
  unsigned set_ = 0;
};

/// o = v when v is finite. Written in place: assigning a std::optional<double> made elsewhere goes
/// through the stack as a 16-byte copy, which stalls on store forwarding.
constexpr void set_finite(std::optional<double>& o, double v) noexcept {
  if (is_finite(v)) {
    o.emplace(v);
  }
}

/// The label of China's mid-term reviews and the statuses of the international presets, from
/// what an evaluation established: whether the target is met at the latest value, whether the
/// deadline's verdict is due, and whether the goal is a relation to keep (met or not each year:
/// a ceiling the base already satisfied, a relative goal) rather than a distance to cover. The one
/// place where labels and statuses are decided: every goal kind, relative goals and milestones
/// come here.
[[gnu::always_inline]] constexpr inline void decide(assessment_core& out, bool met,
                                                    bool after_deadline, bool keep,
                                                    const thresholds& limits) noexcept {
  if (after_deadline) {
    out.label = met ? schedule_label::achieved : schedule_label::not_achieved;
  } else if (met) {
    out.label = keep ? schedule_label::as_expected : schedule_label::achieved_early;
  } else if (keep) {
    out.label = schedule_label::lagging;
  } else if (out.schedule_ratio) {
    out.label = label_for_ratio(*out.schedule_ratio, limits);
  }
  if (met) {
    out.un2022 = out.un2023 = out.eurostat = status::target_met;
  } else if (keep) {
    out.un2022 = status::deterioration;
    out.un2023 = status::stagnation_or_regression;
    out.eurostat = status::deterioration;
  } else {
    if (out.rate_ratio) {
      out.un2022 = classify_un2022(*out.rate_ratio, limits);
      out.eurostat = classify_eurostat(*out.rate_ratio, limits);
    }
    if (out.projected_share_geometric) {
      out.un2023 = classify_un2023(*out.projected_share_geometric, limits);
    }
  }
}

[[nodiscard]] constexpr bool holds(double v, comparison c, double x) noexcept {
  const double eps = published_eps(x); // the published precision, not float noise
  switch (c) {
  case comparison::at_least: return v >= x - eps;
  case comparison::more_than: return v > x + eps;
  case comparison::at_most: return v <= x + eps;
  case comparison::less_than: return v < x - eps;
  }
  return false;
}

/// A band on the average annual growth (the level at T within v_b·(1 + k ∓ tol·|k|)^(T − b)) or on
/// the points a share moves (v − v_b within k ∓ tol·|k|).
[[nodiscard]] constexpr bool band_on_rate_holds(const core_goal& g, double v, double vb) noexcept {
  const double half = g.tolerance * abs(g.k);
  if (g.band_on_points) {
    return holds(abs((v - vb) - g.k), comparison::at_most, half);
  }
  if (!(vb > 0)) {
    return false;
  }
  const int n = g.span_years();
  return holds(v, comparison::at_least, vb * pow(1.0 + g.k - half, n)) &&
         holds(v, comparison::at_most, vb * pow(1.0 + g.k + half, n));
}

/// Whether the deadline condition holds for level v, given the base vb and target level xt.
/// Always inlined: called 5 to 6 times an evaluation (docs/performance.md §1).
template <class G>
[[nodiscard, gnu::always_inline]] constexpr inline bool met_at(const G& g, double v, double vb,
                                                               double xt) noexcept {
  switch (g.kind) {
  case goal_kind::level:
  case goal_kind::ceiling: return holds(v, g.cmp, g.x);
  case goal_kind::step: return holds(v, comparison::at_least, g.x);
  case goal_kind::average_growth: return holds(v, g.cmp, xt);
  case goal_kind::cumulative_change: return vb > 0 && holds(v / vb - 1.0, g.cmp, g.k);
  case goal_kind::points_change: return holds(v - vb, g.cmp, g.k);
  case goal_kind::multiple: return vb > 0 && holds(v / vb, comparison::at_least, g.k);
  case goal_kind::increment: return holds(v - vb, comparison::at_least, g.x);
  case goal_kind::range:
    return holds(v, comparison::at_least, g.x) && holds(v, comparison::at_most, g.x2);
  case goal_kind::band:
    if (g.band_on_change) {
      return vb > 0 &&
             holds(abs((v / vb - 1.0) - g.k), comparison::at_most, g.tolerance * abs(g.k));
    }
    if (g.band_on_annual || g.band_on_points) {
      return band_on_rate_holds(g, v, vb);
    }
    return holds(abs(v - g.x), comparison::at_most, g.tolerance * abs(g.x));
  case goal_kind::cumulative_total: return holds(v, g.cmp, g.x); // v: the sum so far
  case goal_kind::relative:
  case goal_kind::milestone: break;
  }
  return false;
}

/// Goals whose met condition only gets easier as the level rises: a lower bound can prove them.
template <class G> [[nodiscard]] constexpr bool monotone_up(const G& g) noexcept {
  switch (g.kind) {
  case goal_kind::level: return comparison_sign(g.cmp) > 0;
  case goal_kind::step:
  case goal_kind::increment:
  case goal_kind::multiple: return true;
  case goal_kind::average_growth:
  case goal_kind::cumulative_change:
  case goal_kind::points_change: return comparison_sign(g.cmp) > 0;
  default: return false;
  }
}

constexpr void carry_flags(const point& p, note_list& notes) noexcept {
  if (has(p.flags, flag::provisional)) {
    notes.add(note_code::flag_provisional, p.year);
  }
  if (has(p.flags, flag::derived)) {
    notes.add(note_code::flag_derived, p.year);
  }
  if (has(p.flags, flag::revised)) {
    notes.add(note_code::flag_revised, p.year);
  }
}

/// The first series break in (b, limit], or 0: values from it on are on another basis (a method
/// change, a census re-basing) and not comparable with the base's.
[[nodiscard]] constexpr int first_break_after(const point_buffer& buf, int b, int limit) noexcept {
  for (int i = 0; i < buf.n; ++i) {
    const point& p = buf.pts[static_cast<std::size_t>(i)];
    if (p.year > b && p.year <= limit && has(p.flags, flag::series_break)) {
      return p.year;
    }
  }
  return 0;
}

/// 累计X以上: the sum of the yearly values from b + 1 through the latest year of an unbroken run
/// (a gap stops the sum: a missing year is not a zero), against X. Share of the task done = sum so
/// far / X; required pace = what is left per remaining year; projection at the pace so far.
/// Labels and statuses from decide(), as every goal's.
constexpr void evaluate_cumulative_total(const core_goal& g, const point_buffer& buf, int as_of,
                                         int limit, const options& opt, assessment_core& out,
                                         core_levels& lv) noexcept {
  const int b = g.base;
  const int T = g.deadline;
  double sum = 0.0;
  int through = b; // the last year summed
  for (int i = 0; i < buf.n; ++i) {
    const point& p = buf.pts[static_cast<std::size_t>(i)];
    if (p.year <= b || p.year > limit) {
      continue;
    }
    if (has(p.flags, flag::lower_bound)) {
      out.notes.add(note_code::lower_bound_not_point, p.year, p.value);
      break;
    }
    if (p.year != through + 1) {
      out.notes.add(note_code::cumulative_gap, through + 1);
      break;
    }
    sum += p.value;
    through = p.year;
    carry_flags(p, out.notes);
  }
  lv.set(core_levels::baseline, 0.0);
  lv.set(core_levels::target, g.x);
  if (through == b) {
    out.notes.add(
        buf.empty_input ? note_code::no_observations : note_code::no_observation_after_base, b);
    return;
  }
  const int t = through;
  out.assessed = true;
  out.latest_year = year{t};
  lv.set(core_levels::latest, sum);
  out.notes.add(note_code::cumulative_sum, t, sum);
  const bool met = holds(sum, g.cmp, g.x);
  out.met = met;
  // the first year the running sum reached X
  double running = 0.0;
  for (int i = 0; i < buf.n; ++i) {
    const point& p = buf.pts[static_cast<std::size_t>(i)];
    if (p.year > b && p.year <= t) {
      running += p.value;
      if (holds(running, g.cmp, g.x)) {
        out.first_year_met = year{p.year};
        break;
      }
    }
  }
  const bool after_deadline = as_of >= T && (t == T || met);
  if (as_of >= T) {
    out.notes.add(note_code::deadline_passed, T);
    if (t < T) {
      out.notes.add(note_code::latest_before_deadline, t);
    }
  }
  const double over = sum - g.x;
  lv.set(core_levels::over_absolute, over);
  out.over_completion_number = over;
  if (g.x != 0.0) {
    set_finite(out.over_completion_relative, over / abs(g.x));
  }
  const double e = static_cast<double>(t - b) / (T - b);
  const double pace = sum / (t - b); // a year, so far
  out.time_elapsed = e;
  set_finite(out.achievement_share, sum / g.x);
  out.expected_share = e;
  if (out.achievement_share && e != 0.0) {
    set_finite(out.schedule_ratio, *out.achievement_share / e);
  }
  // the pace so far against the pace required from the start (UN 2022, Eurostat: the rate ratio)
  set_finite(out.rate_ratio, pace / (g.x / (T - b)));
  if (t < T) {
    if (const double left = (g.x - sum) / (T - t); is_finite(left)) {
      lv.set(core_levels::required_per_year, left);
    }
  }
  const double projected = sum + pace * (T - t);
  out.projection = projection_method::linear;
  if (is_finite(projected)) {
    lv.set(core_levels::projected, projected);
    set_finite(out.projected_share, projected / g.x);
    out.projected_share_geometric = out.projected_share; // UN 2023's P: the same projection
  }
  if (met) {
    out.years_to_target = 0.0;
  } else if (pace > 0.0) {
    set_finite(out.years_to_target, (g.x - sum) / pace);
  } else {
    out.moving_away = true;
  }
  decide(out, met, after_deadline, false, opt.limits);
}

/// docs/method.md §4, in its order of checks: data suffice, already met, then ratios.
/// G: core_goal (the kind read at run time) or core_goal_of<K> (the kind fixed when compiling).
template <class G>
constexpr void evaluate_core(const G& g, const point_buffer& buf, int as_of, const options& opt,
                             assessment_core& out, core_levels& lv) noexcept {
  const int b = g.base;
  const int T = g.deadline;
  out.baseline_year = year{b};
  out.target_year = year{T};
  out.as_of = year{as_of};
  out.path = g.path;
  if (g.kind == goal_kind::range) { // the target's bounds as levels (what charts draw)
    lv.set(core_levels::target_low, g.x);
    lv.set(core_levels::target_high, g.x2);
  } else if (g.kind == goal_kind::band && !g.band_on_change) {
    lv.set(core_levels::target_low, g.x - g.tolerance * abs(g.x));
    lv.set(core_levels::target_high, g.x + g.tolerance * abs(g.x));
  }
  if (as_of < b) {
    out.notes.add(note_code::as_of_before_base, as_of);
    return;
  }
  if (buf.fatal) {
    return;
  }
  int limit = as_of < T ? as_of : T;
  // ---- a break in the series: progress is not measured across it unless the plan says so ----
  if (const int br = first_break_after(buf, b, limit); br != 0) {
    if (opt.across_breaks) {
      out.notes.add(note_code::series_break_crossed, br);
    } else {
      out.notes.add(note_code::series_break, br);
      limit = br - 1;
    }
  }
  if (g.kind == goal_kind::cumulative_total) {
    evaluate_cumulative_total(g, buf, as_of, limit, opt, out, lv);
    return;
  }

  // ---- the base ----
  std::optional<double> vb;
  if (g.stated_base && !g.stated_is_start) {
    vb = *g.stated_base;
    out.notes.add(g.index_series ? note_code::chained_changes : note_code::baseline_stated, b, *vb);
  } else {
    for (int i = 0; i < buf.n; ++i) {
      const point& p = buf.pts[static_cast<std::size_t>(i)];
      if (p.year == b && !has(p.flags, flag::lower_bound)) {
        vb = p.value;
        if (!g.index_series) {
          out.notes.add(note_code::baseline_from_data, b);
          carry_flags(p, out.notes);
        }
      }
    }
    if (!vb && g.stated_base) {
      vb = *g.stated_base;
      out.notes.add(note_code::baseline_stated_start, b, *vb);
    }
  }
  if (!vb) {
    out.notes.add(buf.empty_input ? note_code::no_observations : note_code::no_baseline, b);
    return;
  }
  lv.set(core_levels::baseline, *vb);

  // ---- the latest point observation, and lower bounds ----
  const point* latest = nullptr;
  int used = 0;
  for (int i = 0; i < buf.n; ++i) { // the buffer is in year order
    const point& p = buf.pts[static_cast<std::size_t>(i)];
    if (p.year > limit) {
      break;
    }
    if (p.year >= b && !has(p.flags, flag::lower_bound)) {
      ++used;
      latest = p.year > b ? &p : latest;
    }
  }

  // ---- the target as a level, X' ----
  const double v0 = *vb;
  const int span = T - b;
  // A target stated relative to the base (a growth rate, a change, a multiple) needs a positive
  // base: otherwise it is undefined, not "already met" (X' would equal v_b).
  const bool relative_to_base =
      g.kind == goal_kind::average_growth || g.kind == goal_kind::cumulative_change ||
      g.kind == goal_kind::multiple ||
      (g.kind == goal_kind::band && (g.band_on_change || g.band_on_annual));
  if (relative_to_base && !(v0 > 0.0)) {
    out.notes.add(note_code::rate_undefined, 0, v0);
    return;
  }
  double xt = g.x;
  bool keep = false;
  switch (g.kind) {
  case goal_kind::average_growth: xt = v0 * pow(1.0 + g.k, span); break;
  case goal_kind::cumulative_change: xt = v0 * (1.0 + g.k); break;
  case goal_kind::points_change: xt = v0 + g.k; break;
  case goal_kind::multiple: xt = v0 * g.k; break;
  case goal_kind::increment: xt = v0 + g.x; break;
  case goal_kind::range: xt = v0 < g.x ? g.x : (v0 > g.x2 ? g.x2 : v0); break;
  case goal_kind::band:
    xt = g.band_on_change   ? v0 * (1.0 + g.k)
         : g.band_on_annual ? v0 * pow(1.0 + g.k, span)
         : g.band_on_points ? v0 + g.k
                            : g.x;
    break;
  default: break;
  }
  if (!is_finite(xt)) {
    out.notes.add(note_code::rate_undefined, 0, v0);
    return;
  }
  lv.set(core_levels::target, xt);
  if (g.kind == goal_kind::band && g.band_on_change) { // bounds relative to the base
    lv.set(core_levels::target_low, v0 * (1.0 + g.k - g.tolerance * abs(g.k)));
    lv.set(core_levels::target_high, v0 * (1.0 + g.k + g.tolerance * abs(g.k)));
  } else if (g.kind == goal_kind::band && g.band_on_annual) {
    lv.set(core_levels::target_low, v0 * pow(1.0 + g.k - g.tolerance * abs(g.k), span));
    lv.set(core_levels::target_high, v0 * pow(1.0 + g.k + g.tolerance * abs(g.k), span));
  } else if (g.kind == goal_kind::band && g.band_on_points) {
    lv.set(core_levels::target_low, v0 + g.k - g.tolerance * abs(g.k));
    lv.set(core_levels::target_high, v0 + g.k + g.tolerance * abs(g.k));
  } else if (g.kind == goal_kind::increment && g.x2 > g.x) {
    lv.set(core_levels::stretch, v0 + g.x2);
  }
  switch (g.kind) {
  case goal_kind::level:
  case goal_kind::ceiling:
  case goal_kind::step:
  case goal_kind::range: keep = met_at(g, v0, v0, xt); break;
  case goal_kind::band:
    keep = !g.band_on_change && !g.band_on_annual && !g.band_on_points && met_at(g, v0, v0, xt);
    break;
  default: keep = (xt == v0); break;
  }
  int d = comparison_sign(g.cmp);
  if (g.kind == goal_kind::step || g.kind == goal_kind::multiple ||
      g.kind == goal_kind::increment) {
    d = 1;
  } else if (g.kind == goal_kind::range || g.kind == goal_kind::band) {
    d = xt >= v0 ? 1 : -1;
  }

  // ---- met, the first year it held, and what lower bounds prove ----
  if (latest) {
    out.met = met_at(g, latest->value, v0, xt);
    for (int i = 0; i < buf.n; ++i) {
      const point& p = buf.pts[static_cast<std::size_t>(i)];
      if (p.year > b && p.year <= latest->year && !has(p.flags, flag::lower_bound) &&
          met_at(g, p.value, v0, xt)) {
        out.first_year_met = year{p.year};
        break;
      }
    }
  }
  if (g.every_year && latest) { // 保持在X以上: every year of the period so far must hold it
    for (int i = 0; i < buf.n; ++i) {
      const point& p = buf.pts[static_cast<std::size_t>(i)];
      if (p.year > b && p.year <= latest->year && !has(p.flags, flag::lower_bound) &&
          !met_at(g, p.value, v0, xt)) {
        out.met = false;
        out.notes.add(note_code::not_held, p.year, p.value);
        break;
      }
    }
  }
  for (int i = 0; i < buf.n; ++i) {
    const point& p = buf.pts[static_cast<std::size_t>(i)];
    if (p.year <= b || p.year > limit || !has(p.flags, flag::lower_bound)) {
      continue;
    }
    if (monotone_up(g) && met_at(g, p.value, v0, xt)) {
      // `met` is the condition on the latest value: a lower bound later than the latest point
      // value shows it; an earlier one shows only that the threshold was crossed then.
      if (!latest || p.year > latest->year) {
        out.met = true;
      }
      if (!out.first_year_met || p.year < static_cast<int>(*out.first_year_met)) {
        out.first_year_met = year{p.year};
      }
      out.notes.add(note_code::lower_bound_met, p.year, p.value);
    } else {
      out.notes.add(note_code::lower_bound_not_point, p.year, p.value);
    }
  }
  if (!latest) {
    if (!out.met.value_or(false)) {
      out.met.reset();
      out.notes.add(
          buf.empty_input ? note_code::no_observations : note_code::no_observation_after_base, b);
      return;
    }
  } else {
    lv.set(core_levels::latest, latest->value);
    out.latest_year = year{latest->year};
    carry_flags(*latest, out.notes);
    out.notes.add(note_code::points_used, 0, used);
  }
  out.assessed = true;
  // The final verdict (已实现/未实现) needs the deadline's own figure, or a met target.
  const bool after_deadline =
      as_of >= T && ((latest && latest->year == T) || out.met.value_or(false));
  if (as_of >= T) {
    out.notes.add(note_code::deadline_passed, T);
    if (latest && latest->year < T) {
      out.notes.add(note_code::latest_before_deadline, latest->year);
    }
  }
  const bool met = out.met.value_or(false);

  // ---- over-completion, measured on what the target names ----
  if (latest) {
    const double vt = latest->value;
    double abs_v = 0.0;
    double ref = 0.0;
    bool have = true;
    switch (g.kind) {
    case goal_kind::level:
    case goal_kind::ceiling:
    case goal_kind::step:
    case goal_kind::range:
      ref = xt;
      abs_v = d * (vt - xt);
      break;
    case goal_kind::band:
      if (g.band_on_change) {
        ref = g.k;
        abs_v = v0 > 0 ? d * ((vt / v0 - 1.0) - g.k) : 0.0;
        have = v0 > 0;
      } else if (g.band_on_annual) {
        ref = g.k;
        have = v0 > 0 && vt > 0;
        abs_v = have ? d * ((pow(vt / v0, 1.0 / (latest->year - b)) - 1.0) - g.k) : 0.0;
      } else if (g.band_on_points) {
        ref = g.k;
        abs_v = d * ((vt - v0) - g.k);
      } else {
        ref = g.x;
        abs_v = d * (vt - g.x);
      }
      break;
    case goal_kind::cumulative_change:
      ref = g.k;
      have = v0 > 0;
      abs_v = have ? d * ((vt / v0 - 1.0) - g.k) : 0.0;
      break;
    case goal_kind::average_growth:
      ref = g.k;
      have = v0 > 0 && vt > 0;
      abs_v = have ? d * ((pow(vt / v0, 1.0 / (latest->year - b)) - 1.0) - g.k) : 0.0;
      break;
    case goal_kind::points_change:
      ref = g.k;
      abs_v = d * ((vt - v0) - g.k);
      break;
    case goal_kind::multiple:
      ref = g.k;
      have = v0 > 0;
      abs_v = have ? vt / v0 - g.k : 0.0;
      break;
    case goal_kind::increment:
      ref = g.x;
      abs_v = (vt - v0) - g.x;
      break;
    default: have = false; break;
    }
    if (keep && g.kind == goal_kind::range) {
      have = false; // inside the range: nothing to be beyond
    }
    if (have && is_finite(abs_v)) {
      lv.set(core_levels::over_absolute, abs_v);
      out.over_completion_number.emplace(abs_v);
      if (ref != 0.0) {
        set_finite(out.over_completion_relative, abs_v / abs(ref));
      }
    }
    if (g.kind == goal_kind::increment) {
      out.stretch_met = holds(vt - v0, comparison::at_least, g.x2);
      if (*out.stretch_met) {
        out.notes.add(note_code::stretch_met, 0, g.x2);
      }
    }
  }

  // ---- a target the base already satisfies: met or not, each year ----
  if (keep) {
    out.keep_within = true;
    out.notes.add(note_code::keep_within);
    decide(out, met, after_deadline, true, opt.limits);
    if (met) {
      out.years_to_target = 0.0;
    }
    return;
  }

  if (!latest) { // met through a lower bound only
    decide(out, true, after_deadline, false, opt.limits);
    out.years_to_target = 0.0;
    return;
  }

  // ---- progress ----
  const int t = latest->year;
  const double vt = latest->value;
  const double e = static_cast<double>(t - b) / span;
  out.time_elapsed = e;
  set_finite(out.achievement_share, (vt - v0) / (xt - v0));

  // Rates as plain numbers, NaN where undefined (kept in registers; optionals are set once).
  constexpr double undefined = std::numeric_limits<double>::quiet_NaN();
  double ra = undefined;
  double rr = undefined;
  if (v0 > 0 && xt > 0 && vt > 0) {
    ra = pow(vt / v0, 1.0 / (t - b)) - 1.0;
    rr = pow(xt / v0, 1.0 / span) - 1.0;
    ra = is_finite(ra) ? ra : undefined;
    rr = is_finite(rr) ? rr : undefined;
    if (is_finite(ra)) {
      out.actual_rate.emplace(annual_rate::fraction(ra));
    }
    if (is_finite(rr)) {
      out.required_rate.emplace(annual_rate::fraction(rr));
      if (is_finite(ra) && rr != 0.0) {
        set_finite(out.rate_ratio, ra / rr);
      }
    }
    if (t < T) {
      if (const double rem = pow(xt / vt, 1.0 / (T - t)) - 1.0; is_finite(rem)) {
        out.required_rate_remaining.emplace(annual_rate::fraction(rem));
      }
    }
  } else {
    out.notes.add(note_code::rate_undefined, 0, v0 <= 0 ? v0 : (xt <= 0 ? xt : vt));
  }

  if (g.path == path_shape::linear) {
    out.expected_share.emplace(e);
  } else if (is_finite(rr) && rr != 0.0) {
    set_finite(out.expected_share, (pow(1.0 + rr, t - b) - 1.0) / (pow(1.0 + rr, span) - 1.0));
  }
  if (out.achievement_share && out.expected_share && *out.expected_share != 0.0) {
    set_finite(out.schedule_ratio, *out.achievement_share / *out.expected_share);
  }

  // ---- projection to the deadline at the current pace, and years to target ----
  const projection_method pm = opt.projection.value_or(
      g.path == path_shape::linear ? projection_method::linear : projection_method::geometric);
  out.projection = pm;
  const double slope = (vt - v0) / (t - b);
  const double geo = is_finite(ra) ? vt * pow(1.0 + ra, T - t) : undefined;
  const double proj = pm == projection_method::linear ? vt + slope * (T - t) : geo;
  if (is_finite(proj)) {
    lv.set(core_levels::projected, proj);
    set_finite(out.projected_share, (proj - v0) / (xt - v0));
  }
  if (is_finite(geo)) {
    set_finite(out.projected_share_geometric, (geo - v0) / (xt - v0));
  }
  if (met) {
    out.years_to_target.emplace(0.0);
  } else {
    double ytt = undefined;
    if (pm == projection_method::geometric) {
      if (is_finite(ra) && ra > -1.0 && ra != 0.0) {
        ytt = log(xt / vt) / log(1.0 + ra);
      }
    } else if (slope != 0.0) {
      ytt = (xt - vt) / slope;
    }
    if (is_finite(ytt) && ytt > 0.0) {
      out.years_to_target.emplace(ytt);
    } else if (pm == projection_method::linear || is_finite(ra)) {
      out.moving_away = true; // an unknown pace is not "moving away"
    }
  }

  // ---- labels and statuses ----
  decide(out, met, after_deadline, false, opt.limits);
}

} // namespace zzplan::detail
