#pragma once
// The typed route of <zzplan/phrase.hpp>: a phrase given as a template argument, parsed at compile
// time, becomes the target type its kind and unit call for (target_of, target_for).

#include <zzplan/detail/phrase_grammar.hpp>
#include <zzplan/fixed_string.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/units.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace zzplan {

[[nodiscard]] constexpr parse_result parse_phrase(std::string_view s);

namespace detail::phrase {

/// The family of an indicator's quantity type Q (share for zzplan::share).
template <class Q> [[nodiscard]] consteval unit_family family_of_quantity() noexcept {
  if constexpr (std::is_same_v<Q, share>) {
    return unit_family::share;
  } else {
    return family_of_unit_v<typename Q::unit>;
  }
}

// One message per pair of families, both named (a static_assert message must be a literal).
// clang-format off
#define ZZPLAN_FAMILIES(X, W, WTEXT)                                                              \
  X(W, WTEXT, share, "a share (%)")                                                              \
  X(W, WTEXT, points, "percentage points (个百分点)")                                           \
  X(W, WTEXT, money, "money (元, 万元, 亿元…)")                                                  \
  X(W, WTEXT, money_per_person, "money per person (元/人)")                                      \
  X(W, WTEXT, energy_intensity, "an energy intensity (吨标准煤/万元)")                          \
  X(W, WTEXT, energy, "energy (吨标准煤, 万吨标准煤)")                                          \
  X(W, WTEXT, persons, "persons (人, 万人)")                                                     \
  X(W, WTEXT, items, "a count of items (个, 件, 张…)")                                           \
  X(W, WTEXT, other, "a derived quantity")                                                       \
  X(W, WTEXT, duration, "a duration (年, 岁)")                                                   \
  X(W, WTEXT, mass, "a mass (吨, 万吨, 亿吨, 斤…)")                                              \
  X(W, WTEXT, area, "an area (亩, 万亩, 公顷, 平方公里…)")                                       \
  X(W, WTEXT, concentration, "a concentration (微克/立方米)")                                    \
  X(W, WTEXT, co2, "CO2 emissions (吨二氧化碳…)")                                                \
  X(W, WTEXT, co2_intensity, "a CO2 intensity (吨二氧化碳/万元)")                                \
  X(W, WTEXT, electricity, "electricity (千瓦时, 亿千瓦时…)")                                    \
  X(W, WTEXT, volume, "a volume (立方米, 亿立方米…)")                                            \
  X(W, WTEXT, water_intensity, "a water intensity (立方米/万元)")                                \
  X(W, WTEXT, per_population, "a rate per population (件/万人口, 人/千人口…)")
#define ZZPLAN_MISFIT_IF(W, WTEXT, I, ITEXT)                                                       \
  else if constexpr (W_ == unit_family::W && I_ == unit_family::I) {                           \
    static_assert(always_false_v<Q>, "zzplan: the phrase writes " WTEXT                          \
                                     ", but the indicator's quantity is " ITEXT                   \
                                     "; write the target in a unit of the indicator");           \
  }
// clang-format on

/// Stops compilation: a phrase in a unit of family W_ for an indicator of family I_.
template <unit_family W_, class Q> constexpr void misfit() {
  constexpr unit_family I_ = family_of_quantity<Q>();
  if constexpr (W_ == I_) { // one family, two classifiers: 件 for a count of 张
    static_assert(always_false_v<Q>,
                  "zzplan: the phrase counts in one classifier and the indicator in another (件 of "
                  "patents for 张 of beds); a count keeps its classifier: write the target in the "
                  "indicator's (the two are named in 'with Q = ...' above)");
  }
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, share, "a share (%)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, points, "percentage points (个百分点)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, money, "money (元, 万元, 亿元…)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, money_per_person, "money per person (元/人)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, energy_intensity, "an energy intensity (吨标准煤/万元)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, energy, "energy (吨标准煤, 万吨标准煤)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, persons, "persons (人, 万人)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, items, "a count of items (个, 件, 张…)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, duration, "a duration (年, 岁)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, mass, "a mass (吨, 万吨, 亿吨, 斤…)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, area, "an area (亩, 万亩, 公顷, 平方公里…)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, concentration, "a concentration (微克/立方米)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, co2, "CO2 emissions (吨二氧化碳…)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, co2_intensity, "a CO2 intensity (吨二氧化碳/万元)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, electricity, "electricity (千瓦时, 亿千瓦时…)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, volume, "a volume (立方米, 亿立方米…)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, water_intensity, "a water intensity (立方米/万元)")
  ZZPLAN_FAMILIES(ZZPLAN_MISFIT_IF, per_population, "a rate per population (件/万人口, 人/千人口…)")
  else {
    static_assert(always_false_v<Q>, "zzplan: the phrase's unit does not fit the indicator's "
                                     "quantity; write the target in a unit of the indicator");
  }
}
#undef ZZPLAN_MISFIT_IF
#undef ZZPLAN_FAMILIES

template <class Q, unit_id U> [[nodiscard]] consteval bool fits() noexcept {
  if constexpr (std::is_void_v<Q>) {
    return true;
  } else if constexpr (std::is_same_v<Q, share>) {
    return family_of(U) == unit_family::share;
  } else if constexpr (info(U).counted != unit_id::none) { // and the same classifier
    // a count for a rate per population of it (每万人口…12件): the indicator says per what
    const bool rate = family_of(U) == unit_family::items &&
                      family_of_quantity<Q>() == unit_family::per_population;
    return (family_of(U) == family_of_quantity<Q>() || rate) &&
           info(U).counted == classifier_of_v<typename Q::dimension>;
  } else {
    return family_of(U) == family_of_quantity<Q>();
  }
}

/// The value as the target's type: the phrase's own (Q = void) or the indicator's Q.
template <class Q, unit_id U> [[nodiscard]] constexpr auto as_target_value(double v) noexcept {
  if constexpr (std::is_void_v<Q>) {
    return value_of<U>(v);
  } else if constexpr (family_of(U) == unit_family::items &&
                       family_of_quantity<Q>() == unit_family::per_population) {
    return Q(v); // 12件 for 件/万人口: the number in the indicator's rate
  } else {
    return Q(value_of<U, price_basis_of_t<Q>>(v));
  }
}

template <fixed_string Phrase, std::size_t ErrorOffset> constexpr void phrase_not_understood() {
  static_assert(always_false_v<decltype(Phrase)>,
                "zzplan: the phrase was not understood (target_of/target_for); the byte offset of "
                "the problem is ErrorOffset in the 'with' line above, and "
                "zzplan::parse_phrase(phrase).error().message() says what was expected there");
}

template <class Q, fixed_string S, bool WithBasis>
[[nodiscard]] constexpr auto typed_target([[maybe_unused]] price_basis basis) {
  constexpr parse_result r = parse_phrase(S.view());
  if constexpr (!r.has_value()) {
    phrase_not_understood<S, r.error().offset>();
    return 0;
  } else {
    constexpr parsed_phrase p = r.value();
    constexpr unit_id U = p.unit;
    constexpr auto x = [](auto v) { return as_target_value<Q, U>(v); }; // instantiated when used
    if constexpr (p.kind == goal_kind::average_growth) {
      static_assert(WithBasis,
                    "zzplan: 年均增长 (average annual growth) needs a price basis, never "
                    "guessed: target_of<\"...\">(zzplan::price_basis::real) or "
                    "(zzplan::price_basis::nominal)");
      return growth_target{p.cmp, annual_rate::percent(p.value), basis};
    } else if constexpr (WithBasis) {
      static_assert(
          always_false_v<decltype(S)>,
          "zzplan: a price basis is given, but only 年均增长 (average growth) phrases take one");
      return 0;
    } else if constexpr (p.kind == goal_kind::cumulative_change) {
      return change_target{p.cmp, growth_rate::percent(p.value)};
    } else if constexpr (p.kind == goal_kind::points_change) {
      if constexpr (!std::is_void_v<Q> && !std::is_same_v<Q, share>) {
        misfit<family_of(U), Q>();
      }
      if constexpr (p.measure == phrase_measure::annual_change) { // 每年提高X个百分点
        return points_pace_target{p.cmp, points::pp(p.value)};
      } else {
        return points_target{p.cmp, points::pp(p.value)};
      }
    } else if constexpr (p.kind == goal_kind::multiple) {
      return multiply_by(p.factor);
    } else if constexpr (p.kind == goal_kind::relative) {
      const bool in_step = p.relation == relative_target::relation::in_step;
      return relative_target{p.relation, points::pp(in_step ? 1.0 : 0.0), p.reference, {}};
    } else if constexpr (p.kind == goal_kind::band && p.measure != phrase_measure::level) {
      constexpr double tol = p.tolerance ? *p.tolerance : 0.05;
      if constexpr (U == unit_id::points) {
        if constexpr (!std::is_void_v<Q> && !std::is_same_v<Q, share>) {
          misfit<family_of(U), Q>();
        }
        if constexpr (p.measure == phrase_measure::annual_change) { // 每年提高1个百分点左右
          return about(points_a_year{points::pp(p.value)}, tol);
        } else {
          return about(points::pp(p.value), tol); // 提高2个百分点左右
        }
      } else if constexpr (p.measure == phrase_measure::annual_change) {
        return about(annual_rate::percent(p.value), tol); // 年均增长6.5%左右
      } else {
        return about(growth_rate::percent(p.value), tol); // 下降20%左右
      }
    } else if constexpr (p.kind != goal_kind::increment && p.kind != goal_kind::cumulative_total &&
                         p.measure != phrase_measure::level) {
      static_assert(
          always_false_v<decltype(S)>,
          "zzplan: a range or band of growth rates (增长6%-7%, 年均增长7%左右) has no typed "
          "target yet; write one bound (增长6%以上)");
      return 0;
    } else if constexpr (U == unit_id::none) {
      static_assert(always_false_v<decltype(S)>,
                    "zzplan: the phrase writes no unit (%, 亿元, 个, 万人…), so the type of its "
                    "target cannot be chosen; write the unit");
      return 0;
    } else if constexpr (U == unit_id::points) {
      static_assert(always_false_v<decltype(S)>,
                    "zzplan: 个百分点 (percentage points) is a change, not a level: write "
                    "提高X个百分点, or the level in %");
      return 0;
    } else if constexpr (!fits<Q, U>()) {
      misfit<family_of(U), Q>();
      return 0;
    } else if constexpr (p.kind == goal_kind::level || p.kind == goal_kind::ceiling) {
      return level_target<decltype(x(0.0))>{p.cmp, x(p.value), p.kind == goal_kind::ceiling,
                                            p.every_year};
    } else if constexpr (p.kind == goal_kind::cumulative_total) {
      return cumulative_total_target<decltype(x(0.0))>{p.cmp, x(p.value)};
    } else if constexpr (p.kind == goal_kind::step) {
      return step_from_to(p.second ? x(*p.second) : decltype(x(0.0)){}, x(p.value));
    } else if constexpr (p.kind == goal_kind::increment) {
      return add_between(x(p.value), x(p.second.value_or(p.value)));
    } else if constexpr (p.kind == goal_kind::range) {
      return between(x(p.value), x(*p.second));
    } else {
      return p.tolerance ? about(x(p.value), *p.tolerance) : about(x(p.value));
    }
  }
}

} // namespace detail::phrase

} // namespace zzplan
