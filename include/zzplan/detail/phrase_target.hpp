#pragma once
// The typed route of <zzplan/phrase.hpp>: a phrase given as a template argument, parsed at compile
// time, becomes the target type its kind and unit call for (target_of, target_for). A phrase that
// has none gets a verdict here; target_of and target_for give its message.

#include <zzplan/detail/phrase_grammar.hpp>
#include <zzplan/fixed_string.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/units.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

// clang-format off
// The messages of target_of and target_for (phrase.hpp), which state them in their own bodies so
// that the message is one instantiation level from the user's line; here so that the two share them.
#define ZZPLAN_PHRASE_SAYS_NOT_UNDERSTOOD_LEVEL                                                    \
  "zzplan: the phrase was not understood from the byte offset 'at' on (the 'with' line above); "   \
  "zzplan::parse_phrase(phrase).error().message() says what was expected there; write the "        \
  "wording as the plan writes it, with the figure in digits: 提高到15%"
#define ZZPLAN_PHRASE_SAYS_BASIS_MISSING_OF                                                        \
  "zzplan: 年均增长 (average annual growth) needs a price basis, never guessed: "                      \
  "target_of<\"...\">(zzplan::price_basis::real) or (zzplan::price_basis::nominal)"
#define ZZPLAN_PHRASE_SAYS_RANGE_OF_GROWTH                                                         \
  "zzplan: a range or band of growth rates (增长6%-7%, 年均增长7%左右) has no typed target yet; "          \
  "write one bound: 增长6%以上"
#define ZZPLAN_PHRASE_SAYS_NO_UNIT                                                                 \
  "zzplan: the phrase writes no unit, so the type of its target cannot be chosen; write the "      \
  "unit: %, 亿元, 个, 万人…"
#define ZZPLAN_PHRASE_SAYS_POINTS_AS_LEVEL                                                         \
  "zzplan: 个百分点 (percentage points) is a change, not a level; write 提高X个百分点, or the "              \
  "level in %"
#define ZZPLAN_PHRASE_SAYS_NOT_UNDERSTOOD_GROWTH                                                   \
  "zzplan: the phrase was not understood from the byte offset 'at' on (the 'with' line above); "   \
  "zzplan::parse_phrase(phrase).error().message() says what was expected there; write the "        \
  "wording as the plan writes it, with the figure in digits: 年均增长8%"
#define ZZPLAN_PHRASE_SAYS_BASIS_UNEXPECTED_OF                                                     \
  "zzplan: a price basis is given, but only 年均增长 (average growth) phrases take one; write "        \
  "target_of<\"...\">() without it"
#define ZZPLAN_PHRASE_SAYS_BASIS_MISSING_FOR                                                       \
  "zzplan: 年均增长 (average annual growth) needs a price basis, never guessed: "                      \
  "target_for<\"...\", Q>(zzplan::price_basis::real) or (zzplan::price_basis::nominal)"
#define ZZPLAN_PHRASE_SAYS_POINTS_ON_NON_SHARE                                                     \
  "zzplan: a percentage-point phrase (提高1个百分点, 每年提高1个百分点, 提高2个百分点左右) needs a " \
  "share indicator; an amount rises by a growth (增长8%) or to a level in its unit (迈上5000亿元台阶)"
#define ZZPLAN_PHRASE_SAYS_CLASSIFIER                                                              \
  "zzplan: the phrase counts in one classifier and the indicator in another (件 of patents for 张 " \
  "of beds); a count keeps its classifier: write the target in the indicator's (the two are "      \
  "named in 'with Q = ...' above)"
#define ZZPLAN_PHRASE_SAYS_MISFIT_SHARE                                                            \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is a share (%); write the target in %: 提高到15%"
#define ZZPLAN_PHRASE_SAYS_MISFIT_MONEY                                                            \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is money (元, 万元, 亿元…); write the target in money: 迈上5000亿元台阶"
#define ZZPLAN_PHRASE_SAYS_MISFIT_MONEY_PER_PERSON                                                 \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is money per person (元/人); write the target in 元 per person: 达到10万元"
#define ZZPLAN_PHRASE_SAYS_MISFIT_ENERGY_INTENSITY                                                 \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is an energy intensity (吨标准煤/万元); write the target in it: 降低到0.4吨标准煤/万元"
#define ZZPLAN_PHRASE_SAYS_MISFIT_ENERGY                                                           \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is energy (吨标准煤, 万吨标准煤); write the target in it: 控制在500万吨标准煤以内"
#define ZZPLAN_PHRASE_SAYS_MISFIT_PERSONS                                                          \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is persons (人, 万人); write the target in persons: 达到180万人"
#define ZZPLAN_PHRASE_SAYS_MISFIT_ITEMS                                                            \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator "      \
  "counts items (个); write the target in items: 新增2-3个"
#define ZZPLAN_PHRASE_SAYS_MISFIT_DURATION                                                         \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is a duration (年, 岁); write the target in it: 达到11.3年"
#define ZZPLAN_PHRASE_SAYS_MISFIT_MASS                                                             \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is a mass (吨, 万吨, 亿吨, 斤…); write the target in it: 1.3万亿斤以上"
#define ZZPLAN_PHRASE_SAYS_MISFIT_AREA                                                             \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is an area (亩, 万亩, 公顷, 平方公里…); write the target in it: 不低于18.65亿亩"
#define ZZPLAN_PHRASE_SAYS_MISFIT_CONCENTRATION                                                    \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is a concentration (微克/立方米); write the target in it: 控制在35微克/立方米以内"
#define ZZPLAN_PHRASE_SAYS_MISFIT_CO2                                                              \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is CO2 emissions (吨二氧化碳…); write the target in it: 控制在100亿吨二氧化碳以内"
#define ZZPLAN_PHRASE_SAYS_MISFIT_CO2_INTENSITY                                                    \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is a CO2 intensity (吨二氧化碳/万元); write the target in it, or its fall: 下降18%"
#define ZZPLAN_PHRASE_SAYS_MISFIT_ELECTRICITY                                                      \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is electricity (千瓦时, 亿千瓦时…); write the target in it: 达到9万亿千瓦时"
#define ZZPLAN_PHRASE_SAYS_MISFIT_VOLUME                                                           \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is a volume (立方米, 亿立方米…); write the target in it: 控制在6400亿立方米以内"
#define ZZPLAN_PHRASE_SAYS_MISFIT_WATER_INTENSITY                                                  \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is a water intensity (立方米/万元); write the target in it, or its fall: 下降16%"
#define ZZPLAN_PHRASE_SAYS_MISFIT_PER_POPULATION                                                   \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above), but the indicator's "    \
  "quantity is a rate per population (件/万人口, 人/千人口…); write the count per population: 达到12件"
#define ZZPLAN_PHRASE_SAYS_MISFIT_OTHER                                                            \
  "zzplan: the phrase writes a unit ('written' in the 'with' line above) that does not fit "       \
  "the indicator's quantity; write the target in a unit of the indicator"
#define ZZPLAN_PHRASE_SAYS_BASIS_UNEXPECTED_FOR                                                    \
  "zzplan: a price basis is given, but only 年均增长 (average growth) phrases take one; write "        \
  "target_for<\"...\", Q>() without it"
// clang-format on

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

/// What stops a phrase from having a typed target: target_of and target_for say it, each in its
/// own body (one message each, next to the user's line).
enum class problem : unsigned char {
  none,
  not_understood,
  basis_missing,
  basis_unexpected,
  range_or_band_of_growth,
  no_unit,
  points_as_level,
  points_on_non_share,
  classifier,
  misfit,
};

struct verdict {
  problem what = problem::none;
  std::size_t offset = 0;                  ///< where the phrase was not understood (bytes)
  unit_family written = unit_family::none; ///< the family of the phrase's unit
};

/// The verdict on phrase S for an indicator of quantity Q (void: the phrase's own unit), in the
/// order typed_target takes its branches.
template <class Q, fixed_string S, bool WithBasis> [[nodiscard]] consteval verdict verdict_of() {
  constexpr parse_result r = parse_phrase(S.view());
  if constexpr (!r.has_value()) {
    return {problem::not_understood, r.error().offset};
  } else {
    constexpr parsed_phrase p = r.value();
    constexpr unit_id U = p.unit;
    const unit_family W = family_of(U);
    if constexpr (p.kind == goal_kind::average_growth) {
      return {WithBasis ? problem::none : problem::basis_missing, 0, W};
    } else if constexpr (WithBasis) {
      return {problem::basis_unexpected, 0, W};
    } else if constexpr (p.kind == goal_kind::cumulative_change || p.kind == goal_kind::multiple ||
                         p.kind == goal_kind::relative) {
      return {problem::none, 0, W};
    } else if constexpr (p.kind == goal_kind::points_change ||
                         (p.kind == goal_kind::band && p.measure != phrase_measure::level &&
                          U == unit_id::points)) { // a change, a yearly pace or a band of points
      constexpr bool on_share = std::is_void_v<Q> || std::is_same_v<Q, share>;
      return {on_share ? problem::none : problem::points_on_non_share, 0, W};
    } else if constexpr (p.kind == goal_kind::band && p.measure != phrase_measure::level) {
      return {problem::none, 0, W}; // 下降20%左右, 年均增长6.5%左右
    } else if constexpr (p.kind != goal_kind::increment && p.kind != goal_kind::cumulative_total &&
                         p.measure != phrase_measure::level) {
      return {problem::range_or_band_of_growth, 0, W};
    } else if constexpr (U == unit_id::none) {
      return {problem::no_unit, 0, W};
    } else if constexpr (U == unit_id::points) {
      return {problem::points_as_level, 0, W};
    } else if constexpr (!fits<Q, U>()) {
      // one family (or a count for a rate of counts) in two classifiers: 件 for a count of 张
      constexpr unit_family I = family_of_quantity<Q>();
      constexpr bool counts = family_of(U) == I || (family_of(U) == unit_family::items &&
                                                    I == unit_family::per_population);
      return {counts ? problem::classifier : problem::misfit, 0, W};
    } else {
      return {problem::none, 0, W};
    }
  }
}

template <class Q, fixed_string S, bool WithBasis>
[[nodiscard]] constexpr auto typed_target([[maybe_unused]] price_basis basis) {
  constexpr parse_result r = parse_phrase(S.view());
  if constexpr (!r.has_value()) {
    return 0;
  } else {
    constexpr parsed_phrase p = r.value();
    constexpr unit_id U = p.unit;
    constexpr auto x = [](auto v) { return as_target_value<Q, U>(v); }; // instantiated when used
    if constexpr (p.kind == goal_kind::average_growth) {
      return growth_target{p.cmp, annual_rate::percent(p.value), basis};
    } else if constexpr (WithBasis) {
      return 0;
    } else if constexpr (p.kind == goal_kind::cumulative_change) {
      return change_target{p.cmp, growth_rate::percent(p.value)};
    } else if constexpr (p.kind == goal_kind::points_change) {
      if constexpr (!std::is_void_v<Q> && !std::is_same_v<Q, share>) {
        return 0;
      } else if constexpr (p.measure == phrase_measure::annual_change) { // 每年提高X个百分点
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
          return 0;
        } else if constexpr (p.measure == phrase_measure::annual_change) { // 每年提高1个百分点左右
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
      return 0;
    } else if constexpr (U == unit_id::none || U == unit_id::points || !fits<Q, U>()) {
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
