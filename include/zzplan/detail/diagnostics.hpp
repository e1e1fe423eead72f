#pragma once
// Misuse diagnostics. Each misuse of units reaches one static_assert whose message says in plain
// words what the two sides are and what to write instead; what both sides mean also appears in
// the compiler's "with Left = ...; Right = ..." line. The traits here decide what is allowed; the
// operators of quantity.hpp and percent.hpp use the same traits, so a static test of a trait is a
// test of the operator.

#include <type_traits>

namespace zzplan {

/// What a value means, as the compiler prints it in a diagnostic.
namespace meanings {
struct money_at_current_prices {};
template <int Year> struct money_at_constant_prices_of {};
struct energy_in_tce {};
struct persons {};
struct count_of_items {};
struct energy_intensity {};
struct money_per_person {};
struct other_quantity_with_a_unit {};
struct share_in_percent {};
struct percentage_points {};
struct growth_rate {};
struct average_annual_rate {};
// ---- the quantities of real indicator tables ----
struct duration_in_years {};
struct mass {};
struct area {};
struct volume {};
struct concentration {};
struct co2_emissions {};
struct co2_intensity {};
struct electricity {};
struct water_intensity {};
/// A count that keeps its classifier: count_of<unit_id::jian> is a count of 件.
template <auto Classifier> struct count_of {};
/// A count per population: rate_per_population_of<unit_id::jian> is 件 per 万人口 or per 千人口.
template <auto Classifier> struct rate_per_population_of {};
} // namespace meanings

/// Specialised for every zzplan value type: what it means (one of zzplan::meanings).
template <class T> struct meaning_of { using type = void; };
template <class T> using meaning_of_t = typename meaning_of<std::remove_cvref_t<T>>::type;

template <class T>
concept ZzplanValue = !std::is_void_v<meaning_of_t<T>>;

/// What the algebra of docs/method.md §2 allows; specialised beside each type.
template <class A, class B> inline constexpr bool addable_v = false;
template <class A, class B> inline constexpr bool subtractable_v = addable_v<A, B>;
template <class A, class B> inline constexpr bool comparable_v = false;

namespace detail {

template <class> inline constexpr bool always_false_v = false;

template <class K>
inline constexpr bool is_money_v = std::is_same_v<K, meanings::money_at_current_prices>;
template <int Y> inline constexpr bool is_money_v<meanings::money_at_constant_prices_of<Y>> = true;

template <class K>
inline constexpr bool is_percent_v =
    std::is_same_v<K, meanings::share_in_percent> ||
    std::is_same_v<K, meanings::percentage_points> || std::is_same_v<K, meanings::growth_rate> ||
    std::is_same_v<K, meanings::average_annual_rate>;

template <class K> inline constexpr bool is_count_v = std::is_same_v<K, meanings::count_of_items>;
template <auto C> inline constexpr bool is_count_v<meanings::count_of<C>> = true;
template <class K> inline constexpr bool is_rate_per_population_v = false;
template <auto C>
inline constexpr bool is_rate_per_population_v<meanings::rate_per_population_of<C>> = true;

/// Either side means K.
template <class L, class R, class K>
inline constexpr bool either_v = std::is_same_v<L, K> || std::is_same_v<R, K>;

template <class L, class R, class A, class B>
inline constexpr bool is_pair_v = (std::is_same_v<L, A> && std::is_same_v<R, B>) ||
                                  (std::is_same_v<L, B> && std::is_same_v<R, A>);

struct adding {};
struct comparing {};

/// One static_assert per misuse, chosen by what the two sides mean.
template <class Operation, class Left, class Right> constexpr void cannot_combine() {
  using namespace meanings;
  if constexpr (is_money_v<Left> && is_money_v<Right>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: money at current prices (现价) and money at constant prices (可比价), or "
        "at the prices of two different years, cannot be added or compared; convert one "
        "side first with an explicit deflator: zzplan::deflate(amount, deflator)");
  } else if constexpr (std::is_same_v<Operation, adding> &&
                       is_pair_v<Left, Right, share_in_percent, share_in_percent>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a share (%) plus a share (%) is not a share: a share is a part of a "
        "whole; share - share gives percentage points (个百分点); to sum the parts of one "
        "whole write zzplan::sum_of_parts(a, b)");
  } else if constexpr (std::is_same_v<Operation, adding> &&
                       is_pair_v<Left, Right, growth_rate, growth_rate>) {
    static_assert(always_false_v<Left>,
                  "zzplan: a growth rate (%) plus a growth rate (%): growth rates do not add, they "
                  "compound (two years of +10% are +21%, not +20%); write zzplan::compound(a, b)");
  } else if constexpr (std::is_same_v<Operation, adding> &&
                       is_pair_v<Left, Right, average_annual_rate, average_annual_rate>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: an average annual rate (年均%) plus an average annual rate: rates do not "
        "add; compound them over the years with zzplan::over(rate, years)");
  } else if constexpr ((is_money_v<Left> && std::is_same_v<Right, share_in_percent>) ||
                       (is_money_v<Right> && std::is_same_v<Left, share_in_percent>)) {
    static_assert(always_false_v<Left>,
                  "zzplan: money (元/万元/亿元) and a share (%) cannot be added or compared; a "
                  "share of money is money: write share * amount");
  } else if constexpr (is_pair_v<Left, Right, percentage_points, growth_rate> ||
                       is_pair_v<Left, Right, percentage_points, average_annual_rate>) {
    static_assert(always_false_v<Left>,
                  "zzplan: percentage points (个百分点) and a growth rate (%) cannot be combined: "
                  "'rose 5 points' is not 'rose 5%'; a share's relative change is "
                  "zzplan::relative_change(from, to)");
  } else if constexpr (is_pair_v<Left, Right, share_in_percent, growth_rate> ||
                       is_pair_v<Left, Right, share_in_percent, average_annual_rate>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a share (%) is a level and a growth rate (%) a relative change; they "
        "cannot be added or compared; apply the rate to the level: zzplan::apply(rate, level)");
  } else if constexpr (is_pair_v<Left, Right, growth_rate, average_annual_rate>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a growth rate over a period (%) and an average annual rate (年均%) cannot "
        "be combined; convert first: zzplan::over(annual, years) or "
        "zzplan::average_annual(growth, years)");
  } else if constexpr ((is_money_v<Left> && std::is_same_v<Right, energy_in_tce>) ||
                       (is_money_v<Right> && std::is_same_v<Left, energy_in_tce>)) {
    static_assert(always_false_v<Left>,
                  "zzplan: money (元/万元/亿元) and energy (吨标准煤, tce) cannot be added or "
                  "compared; energy / money is an energy intensity (吨标准煤/万元)");
  } else if constexpr (is_pair_v<Left, Right, persons, count_of_items>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: persons (人/万人) and a count of items (个) cannot be added or compared");
  } else if constexpr (is_count_v<Left> && is_count_v<Right>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: counts with different classifiers (件 of patents, 张 of beds, 家 of "
        "firms…) cannot be added or compared: a count keeps its classifier; the two are "
        "named in 'with Left = ...; Right = ...' above; count one thing in one classifier");
  } else if constexpr (is_rate_per_population_v<Left> || is_rate_per_population_v<Right>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a rate per population (件/万人口, 人/千人口) can be added to or compared "
        "with the same count per population only (per 千人口 and per 万人口 convert); the "
        "other side, named in 'with Left = ...; Right = ...' above, is not one; a rate is "
        "a count divided by the population it is per");
  } else if constexpr (is_pair_v<Left, Right, mass, co2_emissions>) {
    static_assert(always_false_v<Left>,
                  "zzplan: a mass (吨, 斤: grain, steel) and CO2 emissions (吨二氧化碳) cannot be "
                  "added or compared: tonnes of grain are not tonnes of CO2; keep CO2 in "
                  "吨二氧化碳, 万吨二氧化碳 or 亿吨二氧化碳");
  } else if constexpr (is_pair_v<Left, Right, energy_in_tce, electricity>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: energy in tce (吨标准煤) and electricity (千瓦时, 度) cannot be added or "
        "compared: kWh becomes tce only by an accounting method (calorific equivalent "
        "0.1229 kgce/kWh, or the coal burnt to generate it); convert explicitly with the "
        "method's factor");
  } else if constexpr (either_v<Left, Right, duration_in_years>) {
    static_assert(always_false_v<Left>,
                  "zzplan: a duration (年 of schooling, 岁 of life expectancy) can be added to or "
                  "compared with a duration only; the other side, named in 'with Left = ...; "
                  "Right = ...' above, is not one (a calendar year is std::chrono::year, not a "
                  "duration)");
  } else if constexpr (either_v<Left, Right, mass>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a mass (公斤, 吨, 万吨, 亿吨, 斤, 亿斤) can be added to or compared with a "
        "mass only; the other side, named in 'with Left = ...; Right = ...' above, is not "
        "one; 1 斤 = 0.5 公斤 converts, tonnes and 亩 do not");
  } else if constexpr (either_v<Left, Right, area>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: an area (亩, 万亩, 亿亩, 公顷, 平方公里) can be added to or compared with "
        "an area only; the other side, named in 'with Left = ...; Right = ...' above, is "
        "not one; 1 亩 = 10000/15 m² converts exactly");
  } else if constexpr (either_v<Left, Right, concentration>) {
    static_assert(always_false_v<Left>,
                  "zzplan: a concentration (微克/立方米, PM2.5) can be added to or compared with a "
                  "concentration only; the other side, named in 'with Left = ...; Right = ...' "
                  "above, is not one; a change of a concentration is a growth rate: "
                  "zzplan::relative_change(from, to)");
  } else if constexpr (either_v<Left, Right, co2_emissions>) {
    static_assert(always_false_v<Left>,
                  "zzplan: CO2 emissions (吨二氧化碳) can be added to or compared with CO2 "
                  "emissions only; the other side, named in 'with Left = ...; Right = ...' above, "
                  "is not; CO2 per money is a CO2 intensity (吨二氧化碳/万元)");
  } else if constexpr (either_v<Left, Right, co2_intensity>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a CO2 intensity (吨二氧化碳/万元) can be added to or compared with a CO2 "
        "intensity on the same price basis only; the other side, named in 'with Left = "
        "...; Right = ...' above, is not; its decrease is a growth rate: "
        "zzplan::decrease_by(18_pct_growth)");
  } else if constexpr (either_v<Left, Right, electricity>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: electricity (千瓦时, 万千瓦时, 亿千瓦时) can be added to or compared with "
        "electricity only; the other side, named in 'with Left = ...; Right = ...' above, "
        "is not");
  } else if constexpr (is_pair_v<Left, Right, volume, water_intensity>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a volume of water (立方米) and a water intensity (立方米/万元) cannot be "
        "added or compared; volume / money (at constant prices) is the intensity");
  } else if constexpr (either_v<Left, Right, volume>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a volume (立方米, 万立方米, 亿立方米) can be added to or compared with a "
        "volume only; the other side, named in 'with Left = ...; Right = ...' above, is "
        "not one");
  } else if constexpr (either_v<Left, Right, water_intensity>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a water intensity (立方米/万元) can be added to or compared with a water "
        "intensity on the same price basis only; the other side, named in 'with Left = "
        "...; Right = ...' above, is not; its decrease is a growth rate: "
        "zzplan::decrease_by(16_pct_growth)");
  } else if constexpr (is_percent_v<Left> != is_percent_v<Right>) {
    static_assert(always_false_v<Left>,
                  "zzplan: a percentage (share, points or rate) and a quantity with a unit cannot "
                  "be added or compared; a share of a quantity is share * quantity");
  } else if constexpr (std::is_same_v<Operation, comparing>) {
    static_assert(always_false_v<Left>,
                  "zzplan: these two values mean different things and cannot be compared (what "
                  "they are is named in 'with Left = ...; Right = ...' above)");
  } else {
    static_assert(always_false_v<Left>,
                  "zzplan: these two values mean different things and cannot be added or "
                  "subtracted (what they are is named in 'with Left = ...; Right = ...' above)");
  }
}

} // namespace detail

// The operators a misuse reaches: viable only where the algebra forbids the pair.
template <ZzplanValue A, ZzplanValue B>
requires(!addable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>) constexpr A
operator+(const A& a, const B&) {
  detail::cannot_combine<detail::adding, meaning_of_t<A>, meaning_of_t<B>>();
  return a;
}
template <ZzplanValue A, ZzplanValue B>
requires(!subtractable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>) constexpr A
operator-(const A& a, const B&) {
  detail::cannot_combine<detail::adding, meaning_of_t<A>, meaning_of_t<B>>();
  return a;
}
template <ZzplanValue A, ZzplanValue B>
requires(!comparable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>) constexpr bool
operator==(const A&, const B&) {
  detail::cannot_combine<detail::comparing, meaning_of_t<A>, meaning_of_t<B>>();
  return false;
}
template <ZzplanValue A, ZzplanValue B>
requires(!comparable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>) constexpr int
operator<=>(const A&, const B&) {
  detail::cannot_combine<detail::comparing, meaning_of_t<A>, meaning_of_t<B>>();
  return 0;
}

} // namespace zzplan
