#pragma once
// The rules a goal keeps, each with its sentence, and the traits that match a target to its
// indicator. A separate header so that goal.hpp stays readable: the rules are needed both by the
// goal's constructor (a compile error on the user's line) and by the checks at run time.

#include <zzplan/calendar.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/target.hpp>

#include <cstddef>
#include <type_traits>

namespace zzplan {

namespace detail {
/// A message as a template argument, in a fixed capacity so that g++ prints it as the text alone
/// (sentence{"zzplan: ..."}); the terminating zero is not copied.
struct sentence {
  char text[256]{};
  template <std::size_t N> consteval sentence(const char (&s)[N]) noexcept { // NOLINT
    static_assert(N <= sizeof(text), "zzplan: a sentence has at most 255 characters");
    for (std::size_t i = 0; i + 1 < N; ++i) {
      text[i] = s[i];
    }
  }
};

/// Stops a constant evaluation with a sentence: a goal that cannot be meant reads one past this
/// object (refused<why>)[1], which is not a constant expression, and g++ prints that read, with its
/// template argument, the sentence, as the error line and adds no note. (A call of a function that
/// is not constexpr would also name it, and then repeat it in a "declared here" note.)
template <sentence why> inline constexpr bool refused = false;

template <class Q, class T> struct target_fits : std::is_same<Q, T> {};
template <class U1, class R1, class U2, class R2>
struct target_fits<quantity<U1, R1>, quantity<U2, R2>>
    : std::bool_constant<same_dimension_v<U1, U2>> {};
template <class Q, class T> inline constexpr bool target_value_fits_v = target_fits<Q, T>::value;

/// The type of the values a target holds (75_pct in above(75_pct)); void for targets of changes.
template <class Target> struct target_value { using type = void; };
template <class T> struct target_value<level_target<T>> { using type = T; };
template <class T> struct target_value<step_target<T>> { using type = T; };
template <class T> struct target_value<increment_target<T>> { using type = T; };
template <class T> struct target_value<range_target<T>> { using type = T; };
template <class T> struct target_value<band_target<T>> { using type = T; };
template <class T> struct target_value<cumulative_total_target<T>> { using type = T; };
// Bands of changes hold no level: 下降20%左右, 年均增长6%左右, 提高2个百分点左右.
template <> struct target_value<band_target<growth_rate>> { using type = void; };
template <> struct target_value<band_target<annual_rate>> { using type = void; };
template <> struct target_value<band_target<points>> { using type = void; };
template <> struct target_value<band_target<points_a_year>> { using type = void; };
template <class Target>
using target_value_t = typename target_value<std::remove_cvref_t<Target>>::type;

/// The family of an indicator's quantity type (share for zzplan::share, none for other types).
template <class Q> [[nodiscard]] consteval unit_family family_of_indicator() noexcept {
  if constexpr (is_quantity_v<Q>) {
    return family_of_unit_v<typename Q::unit>;
  } else if constexpr (std::is_same_v<Q, share>) {
    return unit_family::share;
  } else {
    return unit_family::none;
  }
}
template <class Q> inline constexpr unit_family family_of_indicator_v = family_of_indicator<Q>();

/// Targets that move a share by percentage points, once, each year or about so much: they need a
/// share indicator, since points of anything else mean nothing.
template <class Target>
inline constexpr bool is_points_change_v =
    std::is_same_v<Target, points_target> || std::is_same_v<Target, points_pace_target> ||
    std::is_same_v<Target, band_target<points>> ||
    std::is_same_v<Target, band_target<points_a_year>>;

/// A target of the indicator's kind (the goal's constructor says why not, when not).
template <class Q, class Target> [[nodiscard]] consteval bool target_kind_fits() noexcept {
  using V = target_value_t<Target>;
  if constexpr (!IndicatorQuantity<Q>) {
    return false;
  } else if constexpr (is_points_change_v<std::remove_cvref_t<Target>>) {
    return std::is_same_v<Q, share>;
  } else if constexpr (std::is_void_v<V>) {
    return true;
  } else {
    return target_value_fits_v<Q, V>;
  }
}
template <class Q, class Target>
inline constexpr bool target_kind_fits_v = target_kind_fits<Q, Target>();

template <class Q, class T> [[nodiscard]] constexpr Q to_indicator_kind(const T& v) noexcept {
  if constexpr (target_value_fits_v<Q, T>) {
    return Q(v);
  } else {
    return Q{};
  }
}

// Normalises a target to the indicator's quantity type (亿元 target on a 万元 indicator, ...).
template <class Q, class Target> struct normalize_target {
  using type = Target;
  static constexpr Target apply(const Target& t) noexcept { return t; }
};
template <class Q, class T> struct normalize_target<Q, level_target<T>> {
  using type = level_target<Q>;
  static constexpr type apply(const level_target<T>& t) noexcept {
    return {t.cmp, to_indicator_kind<Q>(t.value), t.is_ceiling, t.every_year};
  }
};
template <class Q, class T> struct normalize_target<Q, step_target<T>> {
  using type = step_target<Q>;
  static constexpr type apply(const step_target<T>& t) noexcept {
    return {to_indicator_kind<Q>(t.from), to_indicator_kind<Q>(t.to)};
  }
};
template <class Q, class T> struct normalize_target<Q, increment_target<T>> {
  using type = increment_target<Q>;
  static constexpr type apply(const increment_target<T>& t) noexcept {
    return {to_indicator_kind<Q>(t.floor), to_indicator_kind<Q>(t.stretch)};
  }
};
template <class Q, class T> struct normalize_target<Q, range_target<T>> {
  using type = range_target<Q>;
  static constexpr type apply(const range_target<T>& t) noexcept {
    return {to_indicator_kind<Q>(t.low), to_indicator_kind<Q>(t.high)};
  }
};
template <class Q, class T> struct normalize_target<Q, cumulative_total_target<T>> {
  using type = cumulative_total_target<Q>;
  static constexpr type apply(const cumulative_total_target<T>& t) noexcept {
    return {t.cmp, to_indicator_kind<Q>(t.total)};
  }
};
// (a band of a change keeps its own type: its centre is no level of the indicator)
template <class T>
inline constexpr bool is_band_of_change_v = std::is_void_v<target_value_t<band_target<T>>>;
template <class Q, class T>
requires is_band_of_change_v<T>
struct normalize_target<Q, band_target<T>> {
  using type = band_target<T>;
  static constexpr type apply(const band_target<T>& t) noexcept { return t; }
};
template <class Q, class T>
requires(!is_band_of_change_v<T>) struct normalize_target<Q, band_target<T>> {
  using type = band_target<Q>;
  static constexpr type apply(const band_target<T>& t) noexcept {
    return {to_indicator_kind<Q>(t.center), t.tolerance};
  }
};

template <class Q, class Target>
using normalized_target_t = typename normalize_target<Q, std::remove_cvref_t<Target>>::type;
} // namespace detail

template <class T> inline constexpr bool is_cumulative_total_v = false;
template <class T> inline constexpr bool is_cumulative_total_v<cumulative_total_target<T>> = true;

// ---- the rules a goal must keep, each with its sentence ------------------------------------------

namespace detail {

/// Which rule a goal breaks, if any: one sentence each (ZZPLAN_GOAL_* below), one goal_errc each.
enum class refusal : unsigned char {
  none,
  deadline,
  wording_up_on_lower,
  wording_down_on_higher,
  decrease_negative,
  decrease_zero,
  increase_negative,
  points_decrease_negative,
  points_decrease_zero,
  points_increase_negative,
  step,
  increment,
  range,
  tolerance,
  multiple,
  nominal_on_constant,
  real_on_current,
  decrease_above_base,
  increase_below_base,
  total,
};

/// The first rule a goal of quantity Q with this (normalized) target and period breaks.
template <class Q, class Target>
[[nodiscard]] constexpr refusal refusal_of(direction better, const Target& target,
                                           const period& when) noexcept {
  const int want = sign(better);
  // While compiling, a mistake already reported where it was written (a year written as a number,
  // an indicator without its direction, a figure of the wrong kind) is not reported again here.
  if (std::is_constant_evaluated()) {
    if (when.base == refused_year || want == 0) {
      return refusal::none;
    }
    if constexpr (requires { target.rate; }) {
      if (is_refused(target.rate.fraction())) {
        return refusal::none;
      }
    }
    // (points hold the figure in percent: pp() reads it without arithmetic, which a refused
    // figure, not a number, would make fail in a constant expression)
    if constexpr (requires { target.change.pp(); }) {
      if (is_refused(target.change.pp())) {
        return refusal::none;
      }
    } else if constexpr (requires { target.each_year.pp(); }) {
      if (is_refused(target.each_year.pp())) {
        return refusal::none;
      }
    } else if constexpr (requires { target.change; }) {
      if (is_refused(target.change.fraction())) {
        return refusal::none;
      }
    }
  }
  if (!when.valid()) {
    return refusal::deadline;
  }
  // The sign of a change is checked before the direction: increase_by(-5_pct_growth) on an
  // indicator that should fall is a fall written the wrong way, whose fix is
  // decrease_by(5_pct_growth), not another wording.
  if constexpr (std::is_same_v<Target, change_target>) {
    const double f = target.change.fraction();
    if (comparison_sign(target.cmp) < 0 && !(f < 0)) {
      return f > 0 ? refusal::decrease_negative : refusal::decrease_zero;
    }
    if (comparison_sign(target.cmp) > 0 && f < 0) {
      return refusal::increase_negative;
    }
  }
  // A yearly pace of points keeps the same sign rule as a change of points: it is one each year.
  if constexpr (std::is_same_v<Target, points_target> ||
                std::is_same_v<Target, points_pace_target>) {
    const double f = [&] {
      if constexpr (requires { target.change; }) {
        return target.change.fraction();
      } else {
        return target.each_year.fraction();
      }
    }();
    if (comparison_sign(target.cmp) < 0 && !(f < 0)) {
      return f > 0 ? refusal::points_decrease_negative : refusal::points_decrease_zero;
    }
    if (comparison_sign(target.cmp) > 0 && f < 0) {
      return refusal::points_increase_negative;
    }
  }
  if constexpr (requires { target.cmp; }) {
    if (comparison_sign(target.cmp) != want) {
      return want < 0 ? refusal::wording_up_on_lower : refusal::wording_down_on_higher;
    }
  }
  if constexpr (std::is_same_v<Target, step_target<Q>>) {
    if (!(level_number(target.to) > level_number(target.from)) || want < 0) {
      return refusal::step;
    }
  }
  if constexpr (std::is_same_v<Target, increment_target<Q>>) {
    if (!(level_number(target.floor) > 0) ||
        level_number(target.stretch) < level_number(target.floor) || want < 0) {
      return refusal::increment;
    }
  }
  if constexpr (std::is_same_v<Target, range_target<Q>>) {
    if (level_number(target.high) < level_number(target.low)) {
      return refusal::range;
    }
  }
  if constexpr (requires {
                  target.tolerance;
                  target.center;
                }) {
    if (!(target.tolerance >= 0.0)) {
      return refusal::tolerance;
    }
  }
  if constexpr (std::is_same_v<Target, growth_target> && is_quantity_v<Q>) {
    using basis = typename Q::unit::basis;
    if constexpr (!std::is_void_v<basis>) {
      if ((target.basis == price_basis::real) != basis::is_constant) {
        return basis::is_constant ? refusal::nominal_on_constant : refusal::real_on_current;
      }
    }
  }
  if constexpr (std::is_same_v<Target, multiple_target>) {
    if (!(target.factor > 1.0) || want < 0) {
      return refusal::multiple;
    }
  }
  if constexpr (is_cumulative_total_v<Target>) {
    if (!(level_number(target.total) > 0)) {
      return refusal::total;
    }
  }
  return refusal::none;
}

/// The rule a stated base-year value breaks against a level target, if any.
template <class Q, class Target>
[[nodiscard]] constexpr refusal baseline_refusal_of(const Target& target, const Q& base) noexcept {
  if constexpr (std::is_same_v<Target, level_target<Q>>) {
    if (!target.is_ceiling) {
      const double b = level_number(base);
      const double x = level_number(target.value);
      if (target.cmp == comparison::at_most && x > b) {
        return refusal::decrease_above_base;
      }
      if (target.cmp == comparison::at_least && x < b) {
        return refusal::increase_below_base;
      }
    }
  }
  return refusal::none;
}

/// The same for the arguments of goal's constructor (the target as written: normalized first).
template <class Q, class TargetIn>
[[nodiscard]] constexpr refusal refusal_for(const indicator<Q>& ind, const TargetIn& t,
                                            const period& p) noexcept {
  return refusal_of<Q>(ind.better, normalize_target<Q, TargetIn>::apply(t), p);
}

} // namespace detail

// clang-format off
// The sentences, in ASCII: g++ prints the template argument of refused with every byte
// above 127 escaped. Each one is a string literal for clang's diagnose_if too.
#define ZZPLAN_GOAL_DEADLINE                                                                       \
  "zzplan: the deadline is not after the base year; write the base year first, then a later "     \
  "deadline: period{2020y, 2025y}"
#define ZZPLAN_GOAL_UP_ON_LOWER                                                                    \
  "zzplan: the target asks for more (raise_to, above, at_least, increase_by) of a "               \
  "lower_is_better indicator; write lower_to, within, below or decrease_by (or state "            \
  "direction::higher_is_better)"
#define ZZPLAN_GOAL_DOWN_ON_HIGHER                                                                 \
  "zzplan: the target asks for less (lower_to, within, below, decrease_by) of a "                 \
  "higher_is_better indicator; write raise_to, above or increase_by (or state "                   \
  "direction::lower_is_better)"
#define ZZPLAN_GOAL_DECREASE_NEGATIVE                                                              \
  "zzplan: decrease_by(-15_pct_growth) is a double negative: decrease_by takes the size of the "   \
  "fall as a positive figure; write decrease_by(15_pct_growth)"
#define ZZPLAN_GOAL_DECREASE_ZERO                                                                  \
  "zzplan: decrease_by(0_pct_growth) asks for no fall at all; write the size of the fall: "       \
  "decrease_by(15_pct_growth)"
#define ZZPLAN_GOAL_INCREASE_NEGATIVE                                                              \
  "zzplan: increase_by(-5_pct_growth) asks for a fall; a fall is written with decrease_by and a "  \
  "positive figure: write decrease_by(5_pct_growth)"
#define ZZPLAN_GOAL_POINTS_DECREASE_NEGATIVE                                                       \
  "zzplan: decrease_by_points(-1_pp) is a double negative: it takes the size of the fall as a "    \
  "positive figure; write decrease_by_points(1_pp)"
#define ZZPLAN_GOAL_POINTS_DECREASE_ZERO                                                           \
  "zzplan: decrease_by_points(0_pp) asks for no fall at all; write the size of the fall: "         \
  "decrease_by_points(1_pp)"
#define ZZPLAN_GOAL_POINTS_INCREASE_NEGATIVE                                                       \
  "zzplan: increase_by_points(-1_pp) asks for a fall; a fall is written with decrease_by_points "  \
  "and a positive figure: write decrease_by_points(1_pp)"
#define ZZPLAN_GOAL_STEP                                                                           \
  "zzplan: a step goal climbs from a lower level to a higher one, on a higher_is_better "          \
  "indicator; write step_from_to(3000_yi_yuan, 5000_yi_yuan)"
#define ZZPLAN_GOAL_INCREMENT                                                                      \
  "zzplan: an increment goal adds 0 < floor <= stretch, on a higher_is_better indicator; write "   \
  "add_between(2_items, 3_items)"
#define ZZPLAN_GOAL_RANGE                                                                          \
  "zzplan: a range goal is written low end first; write between(low, high)"
#define ZZPLAN_GOAL_TOLERANCE                                                                      \
  "zzplan: a band's tolerance is a fraction of its centre and cannot be negative; write about(x) " \
  "for +-5%, or about(x, 0.1) for +-10%"
#define ZZPLAN_GOAL_MULTIPLE                                                                       \
  "zzplan: a multiple goal needs a factor above 1, on a higher_is_better indicator; write "        \
  "multiply_by(2) for doubling"
#define ZZPLAN_GOAL_NOMINAL_ON_CONSTANT                                                            \
  "zzplan: a nominal growth goal (price_basis::nominal) is set on an indicator at constant "       \
  "prices; say price_basis::real"
#define ZZPLAN_GOAL_REAL_ON_CURRENT                                                                \
  "zzplan: a real growth goal (price_basis::real) is set on an indicator at current prices; say "  \
  "price_basis::nominal, or measure the indicator at constant_prices<2020>"
#define ZZPLAN_GOAL_DECREASE_ABOVE_BASE                                                            \
  "zzplan: the target of a decrease lies above the stated base-year value; check the target and "  \
  "the base figure"
#define ZZPLAN_GOAL_INCREASE_BELOW_BASE                                                            \
  "zzplan: the target of an increase lies below the stated base-year value; check the target and " \
  "the base figure"
#define ZZPLAN_GOAL_TOTAL                                                                          \
  "zzplan: a cumulative total (sum_at_least) adds up a yearly flow over the period and needs a "   \
  "total above 0; write the sum the plan states: sum_at_least(5500_wan_persons)"
// clang-format on

namespace detail {
[[nodiscard]] constexpr const char* sentence_of(refusal r) noexcept {
  switch (r) {
  case refusal::deadline: return ZZPLAN_GOAL_DEADLINE;
  case refusal::wording_up_on_lower: return ZZPLAN_GOAL_UP_ON_LOWER;
  case refusal::wording_down_on_higher: return ZZPLAN_GOAL_DOWN_ON_HIGHER;
  case refusal::decrease_negative: return ZZPLAN_GOAL_DECREASE_NEGATIVE;
  case refusal::decrease_zero: return ZZPLAN_GOAL_DECREASE_ZERO;
  case refusal::increase_negative: return ZZPLAN_GOAL_INCREASE_NEGATIVE;
  case refusal::points_decrease_negative: return ZZPLAN_GOAL_POINTS_DECREASE_NEGATIVE;
  case refusal::points_decrease_zero: return ZZPLAN_GOAL_POINTS_DECREASE_ZERO;
  case refusal::points_increase_negative: return ZZPLAN_GOAL_POINTS_INCREASE_NEGATIVE;
  case refusal::step: return ZZPLAN_GOAL_STEP;
  case refusal::increment: return ZZPLAN_GOAL_INCREMENT;
  case refusal::range: return ZZPLAN_GOAL_RANGE;
  case refusal::tolerance: return ZZPLAN_GOAL_TOLERANCE;
  case refusal::multiple: return ZZPLAN_GOAL_MULTIPLE;
  case refusal::total: return ZZPLAN_GOAL_TOTAL;
  case refusal::nominal_on_constant: return ZZPLAN_GOAL_NOMINAL_ON_CONSTANT;
  case refusal::real_on_current: return ZZPLAN_GOAL_REAL_ON_CURRENT;
  // (run-time texts that the io layer quotes in its own sentence, which gives the fix)
  case refusal::decrease_above_base: return "zzplan: a decrease goal's target lies above its base";
  case refusal::increase_below_base: return "zzplan: an increase goal's target lies below its base";
  case refusal::none: break;
  }
  return "zzplan: the goal keeps its rules";
}
} // namespace detail

} // namespace zzplan
