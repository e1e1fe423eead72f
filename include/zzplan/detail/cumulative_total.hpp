#pragma once
// The core's evaluation of a total of a yearly flow over the period (累计X以上): the sum of the
// yearly values against the total, on the rules of core_rules.hpp.

#include <zzplan/assessment.hpp>
#include <zzplan/detail/core_goal.hpp>
#include <zzplan/detail/core_rules.hpp>
#include <zzplan/detail/cx_math.hpp>
#include <zzplan/options.hpp>
#include <zzplan/series.hpp>

namespace zzplan::detail {

/// 累计X以上: the sum of the yearly values from b + 1 through the latest year of an unbroken run
/// (a gap stops the sum: a missing year is not a zero), against X. Share of the task done = sum so
/// far / X; required pace = what is left per remaining year; projection at the pace so far.
/// Labels and statuses from decide(), as every goal's.
template <core_options O>
constexpr void evaluate_cumulative_total(const core_goal& g, const point_buffer& buf, int as_of,
                                         int limit, const O& opt, assessment_core& out,
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

} // namespace zzplan::detail
