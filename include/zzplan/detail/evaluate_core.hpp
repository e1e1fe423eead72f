#pragma once
// The one evaluation core: docs/method.md §4 on plain numbers in the indicator's own unit. Every typed
// evaluate() (C++ API, command line, reports) reaches this code through evaluate.hpp; nothing
// else computes an assessment. Constant-expression friendly: fixed buffers, no allocation. What
// it works on is in core_goal.hpp, its rules in core_rules.hpp, totals in cumulative_total.hpp.

#include <zzplan/assessment.hpp>
#include <zzplan/detail/core_goal.hpp>
#include <zzplan/detail/core_rules.hpp>
#include <zzplan/detail/cumulative_total.hpp>
#include <zzplan/detail/cx_math.hpp>
#include <zzplan/options.hpp>
#include <zzplan/series.hpp>
#include <zzplan/target.hpp>

#include <limits>
#include <optional>

namespace zzplan::detail {

/// docs/method.md §4, in its order of checks: data suffice, already met, then ratios.
/// G: core_goal (the kind read at run time) or core_goal_of<K> (the kind fixed when compiling);
/// O: options, or default_options (the defaults as constants). Called through run_core
/// (run_core.hpp), which decides where its code goes.
template <class G, core_options O>
[[gnu::always_inline]] constexpr void evaluate_core(const G& g, const point_buffer& buf, int as_of,
                                                    const O& opt, assessment_core& out,
                                                    core_levels& lv) noexcept {
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
  if (has(buf.seen, flag::lower_bound)) { // most series have none
    apply_lower_bounds(g, buf, b, limit, latest, v0, xt, out);
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
