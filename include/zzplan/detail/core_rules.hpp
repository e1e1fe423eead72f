#pragma once
// The evaluation core's rules: the labels and statuses decided from what an evaluation found
// (decide), whether a value meets a goal at the published precision (holds, met_at), which goals
// a lower bound can prove, flags carried into notes, series breaks.

#include <zzplan/assessment.hpp>
#include <zzplan/detail/core_goal.hpp>
#include <zzplan/detail/cx_math.hpp>
#include <zzplan/detail/precision.hpp>
#include <zzplan/series.hpp>
#include <zzplan/status.hpp>
#include <zzplan/target.hpp>

namespace zzplan::detail {

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

// Always inlined, as the classifiers (status.hpp): a call here spills the core's live numbers.
[[nodiscard, gnu::always_inline]] constexpr bool holds(double v, comparison c, double x) noexcept {
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

[[gnu::always_inline]] constexpr void carry_flags(const point& p, note_list& notes) noexcept {
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

/// What the lower bounds in (b, limit] prove ("突破4000亿元": at least this value): an upward
/// threshold met, and from which year; never a point value, so never the latest level.
template <class G>
constexpr void apply_lower_bounds(const G& g, const point_buffer& buf, int b, int limit,
                                  const point* latest, double v0, double xt,
                                  assessment_core& out) noexcept {
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
}

/// The first series break in (b, limit], or 0: values from it on are on another basis (a method
/// change, a census re-basing) and not comparable with the base's.
[[nodiscard]] constexpr int first_break_after(const point_buffer& buf, int b, int limit) noexcept {
  if (!has(buf.seen, flag::series_break)) { // most series have none: no scan
    return 0;
  }
  for (int i = 0; i < buf.n; ++i) {
    const point& p = buf.pts[static_cast<std::size_t>(i)];
    if (p.year > b && p.year <= limit && has(p.flags, flag::series_break)) {
      return p.year;
    }
  }
  return 0;
}

} // namespace zzplan::detail
