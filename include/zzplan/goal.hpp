#pragma once
// A goal: an indicator, a typed target, a period from the base year to the deadline, and its
// attributes (binding 约束性 or expected 预期性; firm 确保 or aspirational 力争). A target's
// values must be of the indicator's kind: a share target for a share indicator, money for money.
// Invalid definitions are rejected when the goal is built: at compile time for constexpr goals,
// with zzplan::invalid_goal otherwise.

#include <zzplan/calendar.hpp>
#include <zzplan/detail/diagnostics.hpp>
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

namespace detail {
// In a constant expression the throw makes the goal ill-formed and the compiler shows this line.
[[noreturn]] inline void fail_goal(goal_errc code, const char* what) {
  throw invalid_goal(code, what);
}

template <class Q, class T> struct target_fits : std::is_same<Q, T> {};
template <class U1, class R1, class U2, class R2>
struct target_fits<quantity<U1, R1>, quantity<U2, R2>>
    : std::bool_constant<same_dimension_v<U1, U2>> {};
template <class Q, class T> inline constexpr bool target_value_fits_v = target_fits<Q, T>::value;

template <class Q, class T> constexpr void check_target_kind() {
  if constexpr (!target_value_fits_v<Q, T>) {
    static_assert(always_false_v<T>,
                  "zzplan: the target's value is not of the indicator's kind (a share target for a "
                  "share indicator, money for money); the two kinds are named in 'with Q = ...; "
                  "T = ...' above");
  }
}

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
    check_target_kind<Q, T>();
    return {t.cmp, to_indicator_kind<Q>(t.value), t.is_ceiling, t.every_year};
  }
};
template <class Q, class T> struct normalize_target<Q, step_target<T>> {
  using type = step_target<Q>;
  static constexpr type apply(const step_target<T>& t) noexcept {
    check_target_kind<Q, T>();
    return {to_indicator_kind<Q>(t.from), to_indicator_kind<Q>(t.to)};
  }
};
template <class Q, class T> struct normalize_target<Q, increment_target<T>> {
  using type = increment_target<Q>;
  static constexpr type apply(const increment_target<T>& t) noexcept {
    check_target_kind<Q, T>();
    return {to_indicator_kind<Q>(t.floor), to_indicator_kind<Q>(t.stretch)};
  }
};
template <class Q, class T> struct normalize_target<Q, range_target<T>> {
  using type = range_target<Q>;
  static constexpr type apply(const range_target<T>& t) noexcept {
    check_target_kind<Q, T>();
    return {to_indicator_kind<Q>(t.low), to_indicator_kind<Q>(t.high)};
  }
};
template <class Q, class T> struct normalize_target<Q, cumulative_total_target<T>> {
  using type = cumulative_total_target<Q>;
  static constexpr type apply(const cumulative_total_target<T>& t) noexcept {
    check_target_kind<Q, T>();
    return {t.cmp, to_indicator_kind<Q>(t.total)};
  }
};
template <class Q, class T>
requires(!std::is_same_v<T, growth_rate> && !std::is_same_v<T, annual_rate> &&
         !std::is_same_v<T, points> &&
         !std::is_same_v<T, points_a_year>) struct normalize_target<Q, band_target<T>> {
  using type = band_target<Q>;
  static constexpr type apply(const band_target<T>& t) noexcept {
    check_target_kind<Q, T>();
    return {to_indicator_kind<Q>(t.center), t.tolerance};
  }
};

template <class Q, class Target>
using normalized_target_t = typename normalize_target<Q, std::remove_cvref_t<Target>>::type;
} // namespace detail

template <class T> inline constexpr bool is_cumulative_total_v = false;
template <class T> inline constexpr bool is_cumulative_total_v<cumulative_total_target<T>> = true;

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

template <IndicatorQuantity Q, class Target> class goal {
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

  template <class TargetIn>
  constexpr goal(indicator<Q> ind, const TargetIn& t, period p, attribute a,
                 modality m = modality::firm)
      : what(ind), target(detail::normalize_target<Q, TargetIn>::apply(t)), when(p), attr(a),
        mode(m) {
    validate();
  }

  [[nodiscard]] constexpr goal_kind kind() const noexcept { return kind_of_target(target); }

  /// The base-year value as the plan states it; it is used instead of the data's.
  [[nodiscard]] constexpr goal with_baseline(Q value) const {
    goal g = *this;
    g.stated_baseline = baseline<Q>{when.base, value};
    g.validate();
    return g;
  }
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

private:
  // Each fail_goal call stays on one line: in a failed constant evaluation the compiler shows the
  // line of the call, and that line must hold the message (clang 14 shows no more).
  // clang-format off
  constexpr void validate() const {
    if (!when.valid()) {
      detail::fail_goal(goal_errc::deadline_not_after_base, "zzplan: the deadline must be after the base year");
    }
    const int want = sign(what.better);
    if constexpr (requires { target.cmp; }) {
      if (comparison_sign(target.cmp) != want) {
        detail::fail_goal(goal_errc::direction_conflict,
                          "zzplan: the target's wording points the other way from the indicator's stated direction");
      }
    }
    if constexpr (std::is_same_v<Target, change_target>) {
      if ((target.change.fraction() < 0) != (comparison_sign(target.cmp) < 0)) {
        detail::fail_goal(goal_errc::change_sign_conflict, "zzplan: a decrease goal needs a negative change and an increase goal a positive one");
      }
    }
    if constexpr (std::is_same_v<Target, points_target>) {
      static_assert(std::is_same_v<Q, share>, "zzplan: a percentage-point goal (提高X个百分点) needs a share indicator");
      if ((target.change.fraction() < 0) != (comparison_sign(target.cmp) < 0)) {
        detail::fail_goal(goal_errc::change_sign_conflict, "zzplan: a decrease goal needs a negative change and an increase goal a positive one");
      }
    }
    if constexpr (std::is_same_v<Target, level_target<Q>>) {
      if (stated_baseline && !target.is_ceiling) {
        const double b = level_number(stated_baseline->value);
        const double x = level_number(target.value);
        if (target.cmp == comparison::at_most && x > b) {
          detail::fail_goal(goal_errc::decrease_target_above_base, "zzplan: a decrease goal's target lies above its base");
        }
        if (target.cmp == comparison::at_least && x < b) {
          detail::fail_goal(goal_errc::increase_target_below_base, "zzplan: an increase goal's target lies below its base");
        }
      }
    }
    if constexpr (std::is_same_v<Target, step_target<Q>>) {
      if (!(level_number(target.to) > level_number(target.from)) || want < 0) {
        detail::fail_goal(goal_errc::bad_step, "zzplan: a step goal climbs from a lower level to a higher one");
      }
    }
    if constexpr (std::is_same_v<Target, increment_target<Q>>) {
      if (!(level_number(target.floor) > 0) || level_number(target.stretch) < level_number(target.floor) || want < 0) {
        detail::fail_goal(goal_errc::bad_increment, "zzplan: an increment goal needs 0 < floor <= stretch on a higher-is-better indicator");
      }
    }
    if constexpr (std::is_same_v<Target, range_target<Q>>) {
      if (level_number(target.high) < level_number(target.low)) {
        detail::fail_goal(goal_errc::empty_range, "zzplan: a range goal needs low <= high");
      }
    }
    if constexpr (requires { target.tolerance; target.center; }) {
      if (!(target.tolerance >= 0.0)) {
        detail::fail_goal(goal_errc::bad_tolerance, "zzplan: a band's tolerance cannot be negative");
      }
    }
    if constexpr (std::is_same_v<Target, growth_target> && is_quantity_v<Q>) {
      using basis = typename Q::unit::basis;
      if constexpr (!std::is_void_v<basis>) {
        if ((target.basis == price_basis::real) != basis::is_constant) {
          detail::fail_goal(goal_errc::price_basis_conflict,
                            "zzplan: a nominal growth goal needs an indicator at current prices, a real one an indicator at constant prices");
        }
      }
    }
    if constexpr (std::is_same_v<Target, multiple_target>) {
      if (!(target.factor > 1.0) || want < 0) {
        detail::fail_goal(goal_errc::bad_multiple, "zzplan: a multiple goal (翻一番) needs a factor above 1 on a higher-is-better indicator");
      }
    }
    validate_real_plan_target(want);
  }
  // The targets of real plan tables (target.hpp's last block): totals, yearly paces.
  constexpr void validate_real_plan_target([[maybe_unused]] int want) const {
    if constexpr (is_cumulative_total_v<Target>) {
      if (!(level_number(target.total) > 0)) {
        detail::fail_goal(goal_errc::bad_total, "zzplan: a cumulative total (累计X以上) needs a total above 0");
      }
    }
    if constexpr (std::is_same_v<Target, points_pace_target>) {
      static_assert(std::is_same_v<Q, share>, "zzplan: a yearly pace in percentage points (每年提高X个百分点) needs a share indicator");
      if ((target.each_year.fraction() < 0) != (comparison_sign(target.cmp) < 0)) {
        detail::fail_goal(goal_errc::change_sign_conflict, "zzplan: a decrease goal needs a negative change and an increase goal a positive one");
      }
    }
    if constexpr (std::is_same_v<Target, band_target<points>> || std::is_same_v<Target, band_target<points_a_year>>) {
      static_assert(std::is_same_v<Q, share>, "zzplan: a band of percentage points (提高2个百分点左右) needs a share indicator");
    }
  }
  // clang-format on
};

template <class Q, class TargetIn>
goal(indicator<Q>, const TargetIn&, period, attribute, modality)
    -> goal<Q, detail::normalized_target_t<Q, TargetIn>>;
template <class Q, class TargetIn>
goal(indicator<Q>, const TargetIn&, period, attribute)
    -> goal<Q, detail::normalized_target_t<Q, TargetIn>>;

} // namespace zzplan
