#pragma once
// A goal: an indicator, a typed target, a period from the base year to the deadline, and its
// attributes (binding 约束性 or expected 预期性; firm 确保 or aspirational 力争). A target's
// values must be of the indicator's kind: a share target for a share indicator, money for money.
// Invalid definitions are rejected when the goal is built: at compile time for constexpr goals
// (and, with clang, for every goal written with constant figures), with zzplan::invalid_goal
// otherwise. Every rejection says in words what was written, what was expected, and the fix.

#include <zzplan/calendar.hpp>
#include <zzplan/detail/diagnostics.hpp>
#include <zzplan/detail/goal_rules.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/target.hpp>

#include <optional>
#include <stdexcept>
#include <string_view>
#include <type_traits>

namespace zzplan {

enum class attribute : unsigned char { expected, binding }; ///< 预期性 / 约束性
enum class modality : unsigned char { firm, aspirational }; ///< 确保 / 力争

enum class goal_errc : unsigned char {
  deadline_not_after_base,
  direction_conflict,
  decrease_target_above_base,
  increase_target_below_base,
  empty_range,
  bad_increment,
  bad_step,
  bad_tolerance,
  bad_multiple,
  change_sign_conflict,
  price_basis_conflict,
  bad_total,
};

/// Thrown (at run time) for a goal that cannot be meant: its code says which rule it breaks.
class invalid_goal : public std::invalid_argument {
public:
  invalid_goal(goal_errc code, const char* what) : std::invalid_argument(what), code_(code) {}
  [[nodiscard]] goal_errc code() const noexcept { return code_; }

private:
  goal_errc code_;
};

/// The kind of goal a target makes.
template <class Target> [[nodiscard]] constexpr goal_kind kind_of_target(const Target& t) noexcept {
  using T = std::remove_cvref_t<Target>;
  if constexpr (is_cumulative_total_v<T>) {
    return goal_kind::cumulative_total;
  } else if constexpr (std::is_same_v<T, points_pace_target>) {
    return goal_kind::points_change;
  } else if constexpr (std::is_same_v<T, growth_target>) {
    return goal_kind::average_growth;
  } else if constexpr (std::is_same_v<T, change_target>) {
    return goal_kind::cumulative_change;
  } else if constexpr (std::is_same_v<T, points_target>) {
    return goal_kind::points_change;
  } else if constexpr (std::is_same_v<T, multiple_target>) {
    return goal_kind::multiple;
  } else if constexpr (std::is_same_v<T, relative_target>) {
    return goal_kind::relative;
  } else if constexpr (requires { t.is_ceiling; }) {
    return t.is_ceiling ? goal_kind::ceiling : goal_kind::level;
  } else if constexpr (requires {
                         t.from;
                         t.to;
                       }) {
    return goal_kind::step;
  } else if constexpr (requires {
                         t.floor;
                         t.stretch;
                       }) {
    return goal_kind::increment;
  } else if constexpr (requires {
                         t.low;
                         t.high;
                       }) {
    return goal_kind::range;
  } else {
    return goal_kind::band;
  }
}

namespace detail {
[[nodiscard]] constexpr goal_errc code_of(refusal r) noexcept {
  switch (r) {
  case refusal::deadline: return goal_errc::deadline_not_after_base;
  case refusal::wording_up_on_lower:
  case refusal::wording_down_on_higher: return goal_errc::direction_conflict;
  case refusal::step: return goal_errc::bad_step;
  case refusal::increment: return goal_errc::bad_increment;
  case refusal::range: return goal_errc::empty_range;
  case refusal::tolerance: return goal_errc::bad_tolerance;
  case refusal::multiple: return goal_errc::bad_multiple;
  case refusal::total: return goal_errc::bad_total;
  case refusal::nominal_on_constant:
  case refusal::real_on_current: return goal_errc::price_basis_conflict;
  case refusal::decrease_above_base: return goal_errc::decrease_target_above_base;
  case refusal::increase_below_base: return goal_errc::increase_target_below_base;
  default: return goal_errc::change_sign_conflict;
  }
}
} // namespace detail

// With clang, a goal written with constant figures is checked where it is written: the
// constructor below is chosen only when the rules can be evaluated on its arguments (enable_if),
// and each broken rule is an error on the user's line with its sentence (diagnose_if). Its body
// does not check again, so a constexpr goal gives one error, not two.
#if defined(__clang__) && defined(__has_attribute)
#if __has_attribute(diagnose_if) && __has_attribute(enable_if)
#define ZZPLAN_CHECKS_CONSTANT_ARGUMENTS 1
#endif
#endif

// Q is checked by indicator<Q>, which says what to write: a constraint here would add a second
// error for the same mistake.
template <class Q, class Target> class goal {
public:
  using quantity_type = Q;
  using target_type = Target;

  indicator<Q> what;
  Target target;
  period when;
  attribute attr;
  modality mode = modality::firm;
  std::optional<baseline<Q>> stated_baseline{};
  std::string_view id{};
  std::string_view wording{};

  // Each message is checked where the user's code instantiates it, in this body: a static_assert
  // in a helper would add an "in instantiation of" level before the user's line, and a failed
  // constant evaluation in a helper one more "in 'constexpr' expansion of" line.
  // clang-format off
  template <class TargetIn, bool Never = false>
  constexpr goal(const indicator<Q>& ind, const TargetIn& t, period p, attribute a, modality m = modality::firm)
      : what(ind), target(detail::normalize_target<Q, TargetIn>::apply(t)), when(p), attr(a), mode(m) {
    using V = detail::target_value_t<TargetIn>;
    using detail::target_value_fits_v;
    if constexpr (!IndicatorQuantity<Q>) {
      // indicator<Q> has said what to write
    } else if constexpr (std::is_same_v<TargetIn, points_target> && !std::is_same_v<Q, share>) {
      static_assert(Never,
                    "zzplan: a percentage-point goal (increase_by_points, 提高X个百分点) needs a share indicator; "
                    "an amount rises by a growth rate, increase_by(8_pct_growth), or to a level, raise_to(...)");
    } else if constexpr (std::is_same_v<TargetIn, points_pace_target> && !std::is_same_v<Q, share>) {
      static_assert(Never,
                    "zzplan: a yearly pace in percentage points (increase_points_each_year, 每年提高X个百分点) needs a "
                    "share indicator; an amount grows at a yearly rate, grow_on_average(8_pct_a_year, basis)");
    } else if constexpr (detail::is_points_change_v<TargetIn> && !std::is_same_v<Q, share>) {
      static_assert(Never,
                    "zzplan: a band of percentage points (提高2个百分点左右, about(2_pp)) needs a share indicator; "
                    "an amount's band is written in its unit, about(3000_yi_yuan)");
    } else if constexpr (std::is_void_v<V> || target_value_fits_v<Q, V>) {
      // the target is of the indicator's kind
    } else if constexpr (std::is_arithmetic_v<V> && std::is_same_v<Q, share>) {
      static_assert(Never,
                    "zzplan: the target is a plain number, but the indicator is a share (a rate in %); "
                    "write it with _pct: 75% is 75_pct");
    } else if constexpr (std::is_arithmetic_v<V> && detail::family_of_indicator_v<Q> == unit_family::money) {
      static_assert(Never,
                    "zzplan: the target is a plain number, but the indicator is money; write it with its unit: "
                    "3000_yi_yuan, 500_wan_yuan, or yi_yuan<constant_prices<2020>>(3000)");
    } else if constexpr (std::is_arithmetic_v<V> && detail::family_of_indicator_v<Q> == unit_family::items) {
      static_assert(Never,
                    "zzplan: the target is a plain number, but the indicator counts items (个); write it with "
                    "its unit: 2_items, add_between(2_items, 3_items)");
    } else if constexpr (std::is_arithmetic_v<V> && detail::family_of_indicator_v<Q> == unit_family::persons) {
      static_assert(Never,
                    "zzplan: the target is a plain number, but the indicator counts persons (人); write it with "
                    "its unit: 180_wan_persons, 5000_persons");
    } else if constexpr (std::is_arithmetic_v<V> && detail::family_of_indicator_v<Q> == unit_family::energy) {
      static_assert(Never,
                    "zzplan: the target is a plain number, but the indicator is energy; write it with its "
                    "unit: 500_wan_tce, 1000_tce");
    } else if constexpr (std::is_arithmetic_v<V>) {
      static_assert(Never,
                    "zzplan: the target is a plain number, but the indicator has a unit; write the target as "
                    "the indicator's quantity type, e.g. tce_per_wan_yuan<constant_prices<2020>>(0.4)");
    } else if constexpr (std::is_same_v<V, growth_rate> || std::is_same_v<V, annual_rate>) {
      static_assert(Never,
                    "zzplan: the target is a growth rate (a change) where a level is expected; a growth goal is "
                    "increase_by(8_pct_growth) or grow_on_average(8_pct_a_year, basis); a level is written "
                    "in the indicator's unit (75_pct, 3000_yi_yuan)");
    } else if constexpr (std::is_same_v<V, points>) {
      static_assert(Never,
                    "zzplan: the target is percentage points (_pp, a change) where a level is expected; "
                    "提高1个百分点 is increase_by_points(1_pp); a level is written 75_pct");
    } else if constexpr (std::is_same_v<Q, share>) {
      static_assert(Never,
                    "zzplan: the target is an amount with a unit, but the indicator is a share (a rate in %); "
                    "write the target as a share: 15% is 15_pct");
    } else if constexpr (std::is_same_v<V, share>) {
      static_assert(Never,
                    "zzplan: the target is a share (_pct), but the indicator is an amount with a unit; write "
                    "the target in the indicator's unit (3000_yi_yuan, 2_items...), or make it an indicator<share>");
    } else {
      static_assert(Never,
                    "zzplan: the target's unit is of another kind than the indicator's (money for money, "
                    "items for items); write it in a unit of the indicator (both named in 'with' above)");
    }
    if constexpr (detail::target_kind_fits_v<Q, TargetIn>) {
      const detail::refusal r = detail::refusal_of<Q>(what.better, target, when);
      if (std::is_constant_evaluated()) {
        [[maybe_unused]] bool stop = false; // the read of refused<why> below fails, with its sentence
        switch (r) {
        case detail::refusal::deadline:
          stop = (&detail::refused<ZZPLAN_GOAL_DEADLINE>)[1];
          break;
        case detail::refusal::wording_up_on_lower:
          stop = (&detail::refused<ZZPLAN_GOAL_UP_ON_LOWER>)[1];
          break;
        case detail::refusal::wording_down_on_higher:
          stop = (&detail::refused<ZZPLAN_GOAL_DOWN_ON_HIGHER>)[1];
          break;
        case detail::refusal::decrease_negative:
          stop = (&detail::refused<ZZPLAN_GOAL_DECREASE_NEGATIVE>)[1];
          break;
        case detail::refusal::decrease_zero:
          stop = (&detail::refused<ZZPLAN_GOAL_DECREASE_ZERO>)[1];
          break;
        case detail::refusal::increase_negative:
          stop = (&detail::refused<ZZPLAN_GOAL_INCREASE_NEGATIVE>)[1];
          break;
        case detail::refusal::points_decrease_negative:
          stop = (&detail::refused<ZZPLAN_GOAL_POINTS_DECREASE_NEGATIVE>)[1];
          break;
        case detail::refusal::points_decrease_zero:
          stop = (&detail::refused<ZZPLAN_GOAL_POINTS_DECREASE_ZERO>)[1];
          break;
        case detail::refusal::points_increase_negative:
          stop = (&detail::refused<ZZPLAN_GOAL_POINTS_INCREASE_NEGATIVE>)[1];
          break;
        case detail::refusal::step:
          stop = (&detail::refused<ZZPLAN_GOAL_STEP>)[1];
          break;
        case detail::refusal::increment:
          stop = (&detail::refused<ZZPLAN_GOAL_INCREMENT>)[1];
          break;
        case detail::refusal::range:
          stop = (&detail::refused<ZZPLAN_GOAL_RANGE>)[1];
          break;
        case detail::refusal::tolerance:
          stop = (&detail::refused<ZZPLAN_GOAL_TOLERANCE>)[1];
          break;
        case detail::refusal::multiple:
          stop = (&detail::refused<ZZPLAN_GOAL_MULTIPLE>)[1];
          break;
        case detail::refusal::nominal_on_constant:
          stop = (&detail::refused<ZZPLAN_GOAL_NOMINAL_ON_CONSTANT>)[1];
          break;
        case detail::refusal::real_on_current:
          stop = (&detail::refused<ZZPLAN_GOAL_REAL_ON_CURRENT>)[1];
          break;
        case detail::refusal::total:
          stop = (&detail::refused<ZZPLAN_GOAL_TOTAL>)[1];
          break;
        default: break;
        }
      }
      if (r != detail::refusal::none) {
        throw invalid_goal(detail::code_of(r), detail::sentence_of(r));
      }
    }
  }
#ifdef ZZPLAN_CHECKS_CONSTANT_ARGUMENTS
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wgcc-compat" // diagnose_if and enable_if: clang only, on purpose
  template <class TargetIn, bool Never = false>
  requires detail::target_kind_fits_v<Q, TargetIn>
  constexpr goal(const indicator<Q>& ind, const TargetIn& t, period p, attribute a, modality m = modality::firm)
      // viable only where the rules can be evaluated on the arguments (and then always true):
      __attribute__((enable_if(detail::refusal_for(ind, t, p) != detail::refusal::increase_below_base, "")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::deadline, ZZPLAN_GOAL_DEADLINE, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::wording_up_on_lower, ZZPLAN_GOAL_UP_ON_LOWER, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::wording_down_on_higher, ZZPLAN_GOAL_DOWN_ON_HIGHER, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::decrease_negative, ZZPLAN_GOAL_DECREASE_NEGATIVE, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::decrease_zero, ZZPLAN_GOAL_DECREASE_ZERO, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::increase_negative, ZZPLAN_GOAL_INCREASE_NEGATIVE, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::points_decrease_negative, ZZPLAN_GOAL_POINTS_DECREASE_NEGATIVE, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::points_decrease_zero, ZZPLAN_GOAL_POINTS_DECREASE_ZERO, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::points_increase_negative, ZZPLAN_GOAL_POINTS_INCREASE_NEGATIVE, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::step, ZZPLAN_GOAL_STEP, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::increment, ZZPLAN_GOAL_INCREMENT, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::range, ZZPLAN_GOAL_RANGE, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::tolerance, ZZPLAN_GOAL_TOLERANCE, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::multiple, ZZPLAN_GOAL_MULTIPLE, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::nominal_on_constant, ZZPLAN_GOAL_NOMINAL_ON_CONSTANT, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::real_on_current, ZZPLAN_GOAL_REAL_ON_CURRENT, "error")))
      __attribute__((diagnose_if(
          detail::refusal_for(ind, t, p) == detail::refusal::total, ZZPLAN_GOAL_TOTAL, "error")))
      : what(ind), target(detail::normalize_target<Q, TargetIn>::apply(t)), when(p), attr(a), mode(m) {}
#pragma clang diagnostic pop
#endif
  /// The period written before the target.
  template <class TargetIn, bool Never = false>
  constexpr goal(const indicator<Q>& ind, period p, const TargetIn& t, attribute a, modality m = modality::firm)
      : what(ind), target(detail::normalize_target<Q, TargetIn>::apply(t)), when(p), attr(a), mode(m) {
    static_assert(Never,
                  "zzplan: the goal's period is written before its target, but the target comes first; write the "
                  "indicator, the target, the period, the attribute: "
                  "goal{urbanization, above(75_pct), period{2020y, 2026y}, attribute::expected}");
  }
  /// Without its attribute (约束性 or 预期性), or with something else in its place.
  template <class TargetIn, bool Never = false>
  constexpr goal(const indicator<Q>& ind, const TargetIn& t, period p)
      : what(ind), target(detail::normalize_target<Q, TargetIn>::apply(t)), when(p), attr(attribute::expected) {
    static_assert(Never,
                  "zzplan: a goal states its attribute, binding (约束性) or expected (预期性), after its period; "
                  "say attribute::binding or attribute::expected: goal{indicator, target, period, attribute::expected}");
  }
  template <class TargetIn, class A, bool Never = false>
  requires(!std::is_same_v<A, attribute>)
  constexpr goal(const indicator<Q>& ind, const TargetIn& t, period p, const A&)
      : what(ind), target(detail::normalize_target<Q, TargetIn>::apply(t)), when(p), attr(attribute::expected) {
    static_assert(Never,
                  "zzplan: a goal's fourth argument is its attribute, binding (约束性) or expected (预期性); "
                  "say attribute::binding or attribute::expected (a modality comes after it)");
  }
  // clang-format on

  [[nodiscard]] constexpr goal_kind kind() const noexcept {
    return kind_of_target(target);
  }

  /// The base-year value as the plan states it; it is used instead of the data's.
  // clang-format off
  [[nodiscard]] constexpr goal with_baseline(Q value) const {
    goal g = *this;
    g.stated_baseline = baseline<Q>{when.base, value};
    const detail::refusal r = detail::baseline_refusal_of(target, value);
    if (std::is_constant_evaluated()) {
      [[maybe_unused]] bool stop = false; // the read of refused<why> below fails, with its sentence
      switch (r) {
      case detail::refusal::decrease_above_base:
        stop = (&detail::refused<ZZPLAN_GOAL_DECREASE_ABOVE_BASE>)[1];
        break;
      case detail::refusal::increase_below_base:
        stop = (&detail::refused<ZZPLAN_GOAL_INCREASE_BELOW_BASE>)[1];
        break;
      default: break;
      }
    }
    if (r != detail::refusal::none) {
      throw invalid_goal(detail::code_of(r), detail::sentence_of(r));
    }
    return g;
  }
  // clang-format on
  [[nodiscard]] constexpr goal with_id(std::string_view s) const noexcept {
    goal g = *this;
    g.id = s;
    return g;
  }
  /// The plan's own words, e.g. "对外贸易依存度提高到15%".
  [[nodiscard]] constexpr goal with_wording(std::string_view s) const noexcept {
    goal g = *this;
    g.wording = s;
    return g;
  }
};

template <class Q, class TargetIn>
goal(indicator<Q>, const TargetIn&, period, attribute, modality)
    -> goal<Q, detail::normalized_target_t<Q, TargetIn>>;
template <class Q, class TargetIn, class A>
goal(indicator<Q>, const TargetIn&, period, A) -> goal<Q, detail::normalized_target_t<Q, TargetIn>>;
template <class Q, class TargetIn>
goal(indicator<Q>, const TargetIn&, period) -> goal<Q, detail::normalized_target_t<Q, TargetIn>>;
template <class Q, class TargetIn>
goal(indicator<Q>, period, const TargetIn&, attribute)
    -> goal<Q, detail::normalized_target_t<Q, TargetIn>>;
template <class Q, class TargetIn>
goal(indicator<Q>, period, const TargetIn&, attribute, modality)
    -> goal<Q, detail::normalized_target_t<Q, TargetIn>>;

} // namespace zzplan
