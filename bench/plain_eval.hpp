#pragma once
// The baseline of the zero-overhead benchmark: docs/method.md §4 written by hand on plain doubles,
// one function per goal kind (a template on the kind, so each kind compiles to its own
// straight-line code), no zzplan header. It computes the same outputs as zzplan::evaluate for a
// series of levels (every field of the assessment, the notes, the four presets), so that the
// ratio typed / plain measures the abstraction, not a difference in work. Undefined numbers are
// NaN (where zzplan has std::nullopt); years are int, 0 for none. Shares are in percent.
//
// bench/kinds_bench.cpp checks, before timing, that both give the same numbers.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace plain {

// The same codes, in the same order, as zzplan's enums (so that the check can compare them).
enum kind : unsigned char {
  level,
  ceiling,
  step,
  average_growth,
  cumulative_change,
  points_change,
  multiple,
  increment,
  range,
  band
};
enum cmp : unsigned char { at_least, more_than, at_most, less_than };
enum label : unsigned char {
  none,
  achieved_early,
  faster_than_expected,
  as_expected,
  lagging,
  achieved,
  not_achieved
};
enum status : unsigned char {
  target_met,
  on_track,
  fair_progress,
  acceleration_needed,
  substantial_progress,
  moderate_progress,
  limited_progress,
  stagnation_or_regression,
  deterioration,
  st_achieved_early,
  st_faster_than_expected,
  st_as_expected,
  st_lagging,
  st_achieved,
  st_not_achieved,
  insufficient_data
};
enum note_code : unsigned char {
  baseline_from_data,
  baseline_stated,
  baseline_stated_start,
  no_baseline,
  no_observations,
  no_observation_after_base,
  as_of_before_base,
  duplicate_year,
  unsorted_input,
  non_finite_ignored,
  rate_undefined,
  lower_bound_met,
  lower_bound_not_point,
  flag_provisional,
  flag_derived,
  flag_revised,
  deadline_passed,
  latest_before_deadline,
  keep_within,
  chained_changes,
  chain_broken,
  points_used,
  aspirational_not_reached,
  stretch_met,
  milestone_pending,
  relative_no_reference,
  too_many_observations
};
enum obs_flag : unsigned char { provisional = 1, lower_bound = 2, derived = 4, revised = 8 };

inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

struct obs {
  int year;
  double value; // shares in percent
  unsigned char flags;
};

struct goal {
  const char* id;
  const char* name_zh;
  const char* name_en;
  const char* wording;
  unsigned char attr; // 0 expected, 1 binding
  bool aspirational;
  signed char better; // +1 / -1
  cmp c;
  double x;   // level target; step's B; range low; band centre; increment floor
  double x2;  // range high; increment stretch
  double k;   // cumulative change or annual rate (fractions), points change (pp), multiple
  double tol; // band tolerance (fraction of the centre)
  int base;
  int deadline;
  bool has_stated; // a stated start (step's 从A)
  double stated;
};

struct note {
  unsigned char code;
  int year;
  double value;
};

struct result {
  const char* id;
  const char* name_zh;
  const char* name_en;
  const char* wording;
  unsigned char kind;
  unsigned char attr;
  bool aspirational;
  signed char better;

  bool assessed = false;
  signed char met = -1; // -1 unknown
  signed char stretch_met = -1;
  int first_year_met = 0;
  bool keep_within = false;
  int baseline_year = 0;
  int target_year = 0;
  int latest_year = 0;
  int as_of = 0;

  double achievement_share = nan;
  double time_elapsed = nan;
  double expected_share = nan;
  double schedule_ratio = nan;
  double actual_rate = nan;
  double required_rate = nan;
  double rate_ratio = nan;
  double required_rate_remaining = nan;
  unsigned char projection = 0; // 0 linear, 1 geometric
  double projected_share = nan;
  double projected_share_geometric = nan;
  double years_to_target = nan;
  bool moving_away = false;
  double over_relative = nan;
  double over_number = nan;
  unsigned char lab = none;
  unsigned char un2022 = insufficient_data;
  unsigned char un2023 = insufficient_data;
  unsigned char eurostat = insufficient_data;
  note notes[16];
  int n_notes = 0;

  double baseline_value = nan;
  double latest_value = nan;
  double target_value = nan;
  double projected_value = nan;
  double over_absolute = nan;

  void add(unsigned char c, int y = 0, double v = 0.0) {
    if (n_notes < 16) {
      notes[n_notes++] = note{c, y, v};
    }
  }
  bool has(unsigned char c) const {
    for (int i = 0; i < n_notes; ++i) {
      if (notes[i].code == c) {
        return true;
      }
    }
    return false;
  }
};

// v >= bound at the published precision (the class thresholds, as zzplan's status.hpp).
inline bool ge(double v, double x) {
  return v >= x - 1e-9 * (std::fabs(x) > 1.0 ? std::fabs(x) : 1.0);
}

inline bool holds(double v, cmp c, double x) {
  const double eps = 1e-9 * (std::fabs(x) > 1.0 ? std::fabs(x) : 1.0);
  switch (c) {
  case at_least: return v >= x - eps;
  case more_than: return v > x + eps;
  case at_most: return v <= x + eps;
  case less_than: return v < x - eps;
  }
  return false;
}

inline double finite_or_nan(double v) {
  return std::isfinite(v) ? v : nan;
}

template <kind K> inline bool met_at(const goal& g, double v, double vb, double xt) {
  if constexpr (K == level || K == ceiling) {
    return holds(v, g.c, g.x);
  } else if constexpr (K == step) {
    return holds(v, at_least, g.x);
  } else if constexpr (K == average_growth) {
    return holds(v, g.c, xt);
  } else if constexpr (K == cumulative_change) {
    return vb > 0 && holds(v / vb - 1.0, g.c, g.k);
  } else if constexpr (K == points_change) {
    return holds(v - vb, g.c, g.k);
  } else if constexpr (K == multiple) {
    return vb > 0 && holds(v / vb, at_least, g.k);
  } else if constexpr (K == increment) {
    return holds(v - vb, at_least, g.x);
  } else if constexpr (K == range) {
    return holds(v, at_least, g.x) && holds(v, at_most, g.x2);
  } else {
    return holds(std::fabs(v - g.x), at_most, g.tol * std::fabs(g.x));
  }
}

inline void carry_flags(const obs& p, result& r) {
  if (p.flags & provisional) {
    r.add(flag_provisional, p.year);
  }
  if (p.flags & derived) {
    r.add(flag_derived, p.year);
  }
  if (p.flags & revised) {
    r.add(flag_revised, p.year);
  }
}

/// 力争: an aspirational goal not met is reported as not reached, not as a failure.
inline void finish(const goal& g, result& r) {
  if (g.aspirational && r.assessed && r.met != 1) {
    r.add(aspirational_not_reached);
  }
}

/// Evaluates goal g of kind K on n level observations at the evaluation year as_of.
template <kind K> inline result evaluate(const goal& g, const obs* data, std::size_t n, int as_of) {
  constexpr bool geometric =
      K == step || K == average_growth || K == cumulative_change || K == multiple;
  result r;
  r.id = g.id;
  r.name_zh = g.name_zh;
  r.name_en = g.name_en;
  r.wording = g.wording;
  r.kind = K;
  r.attr = g.attr;
  r.aspirational = g.aspirational;
  r.better = g.better;
  const int b = g.base;
  const int T = g.deadline;
  const int limit = as_of < T ? as_of : T;

  // The observations within [b, limit], sorted by year.
  obs pts[128];
  int np = 0;
  bool fatal = false;
  unsigned char seen = 0; // the flags of the points held, together
  int previous = -2147483647;
  for (std::size_t i = 0; i < n; ++i) {
    const obs& o = data[i];
    if (o.year < previous && !r.has(unsorted_input)) {
      r.add(unsorted_input);
    }
    previous = o.year;
    if (!std::isfinite(o.value)) {
      r.add(non_finite_ignored, o.year);
      continue;
    }
    if (o.year < b || o.year > limit) {
      continue;
    }
    if (np < 128 && (np == 0 || pts[np - 1].year < o.year)) { // after every year held
      pts[np++] = o;
      seen |= o.flags;
      continue;
    }
    bool dup = false;
    for (int j = 0; j < np; ++j) {
      dup = dup || pts[j].year == o.year;
    }
    if (dup) {
      if (!r.has(duplicate_year)) {
        r.add(duplicate_year, o.year);
      }
      fatal = true;
      continue;
    }
    if (np == 128) {
      r.add(too_many_observations, 0, 128);
      continue;
    }
    int j = np++;
    while (j > 0 && pts[j - 1].year > o.year) {
      pts[j] = pts[j - 1];
      --j;
    }
    pts[j] = o;
    seen |= o.flags;
  }

  r.baseline_year = b;
  r.target_year = T;
  r.as_of = as_of;
  if (as_of < b) {
    r.add(as_of_before_base, as_of);
    return r;
  }
  if (fatal) {
    return r;
  }

  // The base.
  double v0 = nan;
  for (int i = 0; i < np; ++i) {
    if (pts[i].year == b && !(pts[i].flags & lower_bound)) {
      v0 = pts[i].value;
      r.add(baseline_from_data, b);
      carry_flags(pts[i], r);
    }
  }
  if (std::isnan(v0) && g.has_stated) {
    v0 = g.stated;
    r.add(baseline_stated_start, b, v0);
  }
  if (std::isnan(v0)) {
    r.add(n == 0 ? no_observations : no_baseline, b);
    return r;
  }
  r.baseline_value = v0;

  // The latest point observation.
  int latest = -1;
  int used = 0;
  for (int i = 0; i < np; ++i) {
    if (!(pts[i].flags & lower_bound)) {
      latest = pts[i].year > b ? i : latest;
      ++used;
    }
  }

  // The target as a level, X'; one relative to the base needs a positive base.
  const int span = T - b;
  if constexpr (K == average_growth || K == cumulative_change || K == multiple) {
    if (!(v0 > 0.0)) {
      r.add(rate_undefined, 0, v0);
      return r;
    }
  }
  double xt = g.x;
  if constexpr (K == average_growth) {
    xt = v0 * std::pow(1.0 + g.k, span);
  } else if constexpr (K == cumulative_change) {
    xt = v0 * (1.0 + g.k);
  } else if constexpr (K == points_change) {
    xt = v0 + g.k;
  } else if constexpr (K == multiple) {
    xt = v0 * g.k;
  } else if constexpr (K == increment) {
    xt = v0 + g.x;
  } else if constexpr (K == range) {
    xt = v0 < g.x ? g.x : (v0 > g.x2 ? g.x2 : v0);
  }
  if (!std::isfinite(xt)) {
    r.add(rate_undefined, 0, v0);
    return r;
  }
  r.target_value = xt;
  bool keep;
  if constexpr (K == level || K == ceiling || K == step || K == range || K == band) {
    keep = met_at<K>(g, v0, v0, xt);
  } else {
    keep = xt == v0;
  }
  int d;
  if constexpr (K == step || K == multiple || K == increment) {
    d = 1;
  } else if constexpr (K == range || K == band) {
    d = xt >= v0 ? 1 : -1;
  } else {
    d = (g.c == at_least || g.c == more_than) ? 1 : -1;
  }

  // Met, and the first year it held.
  bool met = false;
  if (latest >= 0) {
    met = met_at<K>(g, pts[latest].value, v0, xt);
    r.met = met;
    for (int i = 0; i <= latest; ++i) {
      if (pts[i].year > b && !(pts[i].flags & lower_bound) && met_at<K>(g, pts[i].value, v0, xt)) {
        r.first_year_met = pts[i].year;
        break;
      }
    }
  }
  // Lower bounds: proof of an upward threshold, never a point value.
  constexpr bool monotone_up = K == step || K == increment || K == multiple || K == level ||
                               K == average_growth || K == cumulative_change || K == points_change;
  for (int i = 0; (seen & lower_bound) && i < np; ++i) {
    const obs& p = pts[i];
    if (p.year <= b || !(p.flags & lower_bound)) {
      continue;
    }
    const bool up = monotone_up && (K == step || K == increment || K == multiple ||
                                    g.c == at_least || g.c == more_than);
    if (up && met_at<K>(g, p.value, v0, xt)) {
      if (latest < 0 || p.year > pts[latest].year) {
        r.met = 1;
        met = true;
      }
      if (r.first_year_met == 0 || p.year < r.first_year_met) {
        r.first_year_met = p.year;
      }
      r.add(lower_bound_met, p.year, p.value);
    } else {
      r.add(lower_bound_not_point, p.year, p.value);
    }
  }
  if (latest < 0) {
    if (!met) {
      r.met = -1;
      r.add(n == 0 ? no_observations : no_observation_after_base, b);
      return r;
    }
  } else {
    r.latest_value = pts[latest].value;
    r.latest_year = pts[latest].year;
    carry_flags(pts[latest], r);
    r.add(points_used, 0, used);
  }
  r.assessed = true;
  const bool after = as_of >= T;
  if (after) {
    r.add(deadline_passed, T);
    if (latest >= 0 && pts[latest].year < T) {
      r.add(latest_before_deadline, pts[latest].year);
    }
  }

  // Over-completion, on what the target names.
  if (latest >= 0) {
    const double vt = pts[latest].value;
    double over = 0.0;
    double ref = 0.0;
    bool have = true;
    if constexpr (K == level || K == ceiling || K == step || K == range) {
      ref = xt;
      over = d * (vt - xt);
      have = !(K == range && keep);
    } else if constexpr (K == band) {
      ref = g.x;
      over = d * (vt - g.x);
    } else if constexpr (K == cumulative_change) {
      ref = g.k;
      have = v0 > 0;
      over = have ? d * ((vt / v0 - 1.0) - g.k) : 0.0;
    } else if constexpr (K == average_growth) {
      ref = g.k;
      have = v0 > 0 && vt > 0;
      over = have ? d * ((std::pow(vt / v0, 1.0 / (pts[latest].year - b)) - 1.0) - g.k) : 0.0;
    } else if constexpr (K == points_change) {
      ref = g.k;
      over = d * ((vt - v0) - g.k);
    } else if constexpr (K == multiple) {
      ref = g.k;
      have = v0 > 0;
      over = have ? vt / v0 - g.k : 0.0;
    } else {
      ref = g.x;
      over = (vt - v0) - g.x;
    }
    if (have && std::isfinite(over)) {
      r.over_absolute = over;
      r.over_number = over;
      if (ref != 0.0) {
        r.over_relative = finite_or_nan(over / std::fabs(ref));
      }
    }
    if constexpr (K == increment) {
      r.stretch_met = holds(vt - v0, at_least, g.x2);
      if (r.stretch_met) {
        r.add(stretch_met, 0, g.x2);
      }
    }
  }

  if (keep) { // the base already satisfies the target: met or not, each year
    r.keep_within = true;
    r.add(keep_within);
    r.lab = after ? (met ? achieved : not_achieved) : (met ? as_expected : lagging);
    r.un2022 = met ? target_met : deterioration;
    r.un2023 = met ? target_met : stagnation_or_regression;
    r.eurostat = met ? target_met : deterioration;
    if (met) {
      r.years_to_target = 0.0;
    }
    finish(g, r);
    return r;
  }
  if (latest < 0) { // met through a lower bound only
    r.lab = after ? achieved : achieved_early;
    r.un2022 = r.un2023 = r.eurostat = target_met;
    r.years_to_target = 0.0;
    finish(g, r);
    return r;
  }

  // Progress.
  const int t = pts[latest].year;
  const double vt = pts[latest].value;
  const double e = static_cast<double>(t - b) / span;
  r.time_elapsed = e;
  r.achievement_share = finite_or_nan((vt - v0) / (xt - v0));
  double ra = nan;
  double rr = nan;
  if (v0 > 0 && xt > 0 && vt > 0) {
    ra = finite_or_nan(std::pow(vt / v0, 1.0 / (t - b)) - 1.0);
    rr = finite_or_nan(std::pow(xt / v0, 1.0 / span) - 1.0);
    r.actual_rate = ra;
    r.required_rate = rr;
    if (!std::isnan(ra) && !std::isnan(rr) && rr != 0.0) {
      r.rate_ratio = finite_or_nan(ra / rr);
    }
    if (t < T) {
      r.required_rate_remaining = finite_or_nan(std::pow(xt / vt, 1.0 / (T - t)) - 1.0);
    }
  } else {
    r.add(rate_undefined, 0, v0 <= 0 ? v0 : (xt <= 0 ? xt : vt));
  }
  if constexpr (!geometric) {
    r.expected_share = e;
  } else if (!std::isnan(rr) && rr != 0.0) {
    r.expected_share =
        finite_or_nan((std::pow(1.0 + rr, t - b) - 1.0) / (std::pow(1.0 + rr, span) - 1.0));
  }
  if (!std::isnan(r.achievement_share) && !std::isnan(r.expected_share) &&
      r.expected_share != 0.0) {
    r.schedule_ratio = finite_or_nan(r.achievement_share / r.expected_share);
  }

  // Projection to the deadline at the current pace, on the path's shape; years to target.
  r.projection = geometric ? 1 : 0;
  const double slope = (vt - v0) / (t - b);
  const double geo = std::isnan(ra) ? nan : finite_or_nan(vt * std::pow(1.0 + ra, T - t));
  const double proj = geometric ? geo : finite_or_nan(vt + slope * (T - t));
  if (!std::isnan(proj)) {
    r.projected_value = proj;
    r.projected_share = finite_or_nan((proj - v0) / (xt - v0));
  }
  if (!std::isnan(geo)) {
    r.projected_share_geometric = finite_or_nan((geo - v0) / (xt - v0));
  }
  if (met) {
    r.years_to_target = 0.0;
  } else {
    double ytt = nan;
    if constexpr (geometric) {
      if (!std::isnan(ra) && ra > -1.0 && ra != 0.0) {
        ytt = finite_or_nan(std::log(xt / vt) / std::log(1.0 + ra));
      }
    } else if (slope != 0.0) {
      ytt = finite_or_nan((xt - vt) / slope);
    }
    if (ytt > 0.0) {
      r.years_to_target = ytt;
    } else if (!geometric || !std::isnan(ra)) { // an unknown pace is not "moving away"
      r.moving_away = true;
    }
  }

  // Labels and statuses (the default thresholds).
  if (after) {
    r.lab = met ? achieved : not_achieved;
  } else if (met) {
    r.lab = achieved_early;
  } else if (!std::isnan(r.schedule_ratio)) {
    const double q = r.schedule_ratio;
    r.lab = ge(q, 1.05) ? faster_than_expected : (ge(q, 0.95) ? as_expected : lagging);
  }
  if (met) {
    r.un2022 = r.un2023 = r.eurostat = target_met;
  } else {
    if (!std::isnan(r.rate_ratio)) {
      const double x = r.rate_ratio;
      r.un2022 = ge(x, 0.95)   ? on_track
                 : ge(x, 0.5)  ? fair_progress
                 : ge(x, -0.1) ? limited_progress
                               : deterioration;
      r.eurostat = ge(x, 0.95)  ? substantial_progress
                   : ge(x, 0.6) ? moderate_progress
                   : ge(x, 0.0) ? limited_progress
                                : deterioration;
    }
    if (!std::isnan(r.projected_share_geometric)) {
      const double p = r.projected_share_geometric;
      r.un2023 =
          ge(p, 0.95) ? on_track : (ge(p, 0.10) ? acceleration_needed : stagnation_or_regression);
    }
  }
  finish(g, r);
  return r;
}

} // namespace plain
