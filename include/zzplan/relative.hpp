#pragma once
// Relative goals (与…基本同步, 高于…): the average growth of one indicator from the base year
// against another's, over the same years. A relation to keep: met or not each year, like a
// ceiling the base already satisfies; its verdict is the core's (detail::decide).

#include <zzplan/evaluate.hpp>

#include <concepts>
#include <type_traits>
#include <utility>

namespace zzplan {

namespace detail {
/// The value of the year y in a buffer (not a lower bound), if any.
[[nodiscard]] constexpr std::optional<double> value_at(const point_buffer& b, int y) noexcept {
  for (int i = 0; i < b.n; ++i) {
    const point& p = b.pts[static_cast<std::size_t>(i)];
    if (p.year == y && !has(p.flags, flag::lower_bound)) {
      return p.value;
    }
  }
  return std::nullopt;
}
} // namespace detail

/// Evaluates a relative goal: this indicator's series against the reference indicator's.
template <class Q, Series R, Series Ref>
[[nodiscard]] constexpr assessment<double, points> evaluate(const goal<Q, relative_target>& g,
                                                            R&& own, Ref&& reference, year as_of,
                                                            const options& opt = {}) {
  assessment<double, points> a{g};
  const int b = static_cast<int>(g.when.base);
  const int T = static_cast<int>(g.when.deadline);
  a.baseline_year = g.when.base;
  a.target_year = g.when.deadline;
  a.as_of = as_of;
  if (static_cast<int>(as_of) < b) {
    a.notes.add(note_code::as_of_before_base, static_cast<int>(as_of));
    return a;
  }
  const int limit = static_cast<int>(as_of) < T ? static_cast<int>(as_of) : T;
  note_list ref_notes;
  detail::point_buffer mine; // filled in place: a point_buffer is not zero-filled, so never copied
  detail::gather_any<Q>(own, b, limit, mine, a.notes);
  detail::point_buffer theirs; // the reference may be of another quantity: income against GDP
  detail::gather_any<series_level_t<Ref>>(reference, b, limit, theirs, ref_notes);
  if (mine.fatal || theirs.fatal) {
    return a;
  }
  const std::optional<double> v0 =
      g.stated_baseline ? std::optional<double>(level_number(g.stated_baseline->value))
                        : detail::value_at(mine, b);
  const std::optional<double> w0 = detail::value_at(theirs, b);
  if (!v0) {
    a.notes.add(mine.empty_input ? note_code::no_observations : note_code::no_baseline, b);
    return a;
  }
  if (!w0) {
    a.notes.add(note_code::relative_no_reference, b);
    return a;
  }
  // the latest year both series have
  int t = 0;
  for (int y = limit; y > b && t == 0; --y) {
    if (detail::value_at(mine, y) && detail::value_at(theirs, y)) {
      t = y;
    }
  }
  if (t == 0) {
    a.notes.add(note_code::no_observation_after_base, b);
    return a;
  }
  const double vt = *detail::value_at(mine, t);
  const double wt = *detail::value_at(theirs, t);
  if (!(*v0 > 0 && vt > 0 && *w0 > 0 && wt > 0)) {
    a.notes.add(note_code::rate_undefined, 0, *v0);
    return a;
  }
  const double r_own = detail::pow(vt / *v0, 1.0 / (t - b)) - 1.0;
  const double r_ref = detail::pow(wt / *w0, 1.0 / (t - b)) - 1.0;
  a.assessed = true;
  a.latest_year = year{t};
  a.baseline_value = *v0;
  a.latest_value = vt;
  a.time_elapsed = static_cast<double>(t - b) / (T - b);
  a.actual_rate = annual_rate::fraction(r_own);
  a.required_rate = annual_rate::fraction(r_ref);
  if (r_ref != 0.0) {
    a.rate_ratio = r_own / r_ref;
  }
  const double diff = r_own - r_ref;
  bool met = false;
  switch (g.target.rel) {
  case relative_target::relation::in_step:
    met = detail::holds(detail::abs(diff), comparison::at_most, g.target.tolerance.fraction());
    break;
  case relative_target::relation::faster_than:
    met = detail::holds(diff, comparison::more_than, 0.0);
    break;
  case relative_target::relation::slower_than:
    met = detail::holds(diff, comparison::less_than, 0.0);
    break;
  }
  a.met = met;
  a.over_completion_absolute = points::fraction(diff);
  a.over_completion_number = diff;
  a.keep_within = true;
  // As for every goal (evaluate_core): the final verdict needs the deadline's own figure, or a
  // relation that holds.
  const bool after = static_cast<int>(as_of) >= T && (t == T || met);
  if (static_cast<int>(as_of) >= T) {
    a.notes.add(note_code::deadline_passed, T);
    if (t < T) {
      a.notes.add(note_code::latest_before_deadline, t);
    }
  }
  detail::decide(a, met, after, true, opt.limits);
  return a;
}

/// The evaluation year written as a number stops here, with the fix (see evaluate.hpp).
// clang-format off
template <class Q, Series R, Series Ref, std::integral Y, bool Never = false>
[[nodiscard]] constexpr assessment<double, points> evaluate(const goal<Q, relative_target>& g, R&& own, Ref&& reference, Y as_of, const options& opt = {}) {
  static_assert(Never,
                "zzplan: the evaluation year is written as a number (2021) where a "
                "std::chrono::year is expected; write it with the suffix y: "
                "evaluate(goal, series, reference, 2021y)");
  return evaluate(g, std::forward<R>(own), std::forward<Ref>(reference), year{static_cast<int>(as_of)}, opt);
}
// clang-format on

} // namespace zzplan
