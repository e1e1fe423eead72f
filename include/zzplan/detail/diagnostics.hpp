#pragma once
// Misuse diagnostics. Each misuse of units reaches one static_assert whose message says in plain
// words what the two sides are and what to write instead; what both sides mean also appears in
// the compiler's "with A = ...; B = ..." line. Which misuse a pair makes is decided in
// detail/misuse.hpp.

#include <zzplan/detail/misuse.hpp>

#include <type_traits>

namespace zzplan {

// The message of each misuse (a static_assert message must be a string literal).
// clang-format off
#define ZZPLAN_SAYS_PRICE_BASES                                                                    \
  "zzplan: money at current prices (现价) and money at constant prices (可比价), or at the prices " \
  "of two different years, cannot be added or compared; convert one side first with an "         \
  "explicit deflator: zzplan::deflate(amount, deflator)"
#define ZZPLAN_SAYS_SHARE_PLUS_SHARE                                                               \
  "zzplan: a share (%) plus a share (%) is not a share: a share is a part of a whole; share - "   \
  "share gives percentage points (个百分点); to sum the parts of one whole write "                \
  "zzplan::sum_of_parts(a, b)"
#define ZZPLAN_SAYS_GROWTH_PLUS_GROWTH                                                             \
  "zzplan: a growth rate (%) plus a growth rate (%): growth rates do not add, they compound (two " \
  "years of +10% are +21%, not +20%); write zzplan::compound(a, b)"
#define ZZPLAN_SAYS_ANNUAL_PLUS_ANNUAL                                                             \
  "zzplan: an average annual rate (年均%) plus an average annual rate: rates do not add; compound " \
  "them over the years with zzplan::over(rate, years)"
#define ZZPLAN_SAYS_MONEY_AND_SHARE                                                                \
  "zzplan: money (元/万元/亿元) and a share (%) cannot be added or compared; a share of money is " \
  "money: write share * amount"
#define ZZPLAN_SAYS_POINTS_AND_RATE                                                                \
  "zzplan: percentage points (个百分点) and a growth rate (%) cannot be combined: 'rose 5 points' " \
  "is not 'rose 5%'; a share's relative change is zzplan::relative_change(from, to)"
#define ZZPLAN_SAYS_SHARE_AND_RATE                                                                 \
  "zzplan: a share (%) is a level and a growth rate (%) a relative change; they cannot be added " \
  "or compared; apply the rate to the level: zzplan::apply(rate, level)"
#define ZZPLAN_SAYS_GROWTH_AND_ANNUAL                                                              \
  "zzplan: a growth rate over a period (%) and an average annual rate (年均%) cannot be combined; " \
  "convert first: zzplan::over(annual, years) or zzplan::average_annual(growth, years)"
#define ZZPLAN_SAYS_MONEY_AND_ENERGY                                                               \
  "zzplan: money (元/万元/亿元) and energy (吨标准煤, tce) cannot be added or compared; energy / " \
  "money is an energy intensity (吨标准煤/万元): write energy / money"
#define ZZPLAN_SAYS_PERSONS_AND_ITEMS                                                              \
  "zzplan: persons (人/万人) and a count of items (个) cannot be added or compared; add like to "  \
  "like, or divide for a ratio: items / persons"
#define ZZPLAN_SAYS_COUNTS_OF_CLASSIFIERS                                                          \
  "zzplan: counts with different classifiers (件 of patents, 张 of beds, 家 of firms…) cannot be " \
  "added or compared: a count keeps its classifier; the two are named in 'with A = ...; B = ...' above; count one " \
  "thing in one classifier"
#define ZZPLAN_SAYS_PER_POPULATION                                                                 \
  "zzplan: a rate per population (件/万人口) can be added to or compared with the same " \
  "count per population only (per 千人口 and per 万人口 convert); the other side, named in "       \
  "'with A = ...; B = ...' above, is not one; a rate is a count divided by the population it is per"
#define ZZPLAN_SAYS_MASS_AND_CO2                                                                   \
  "zzplan: a mass (吨, 斤: grain, steel) and CO2 emissions (吨二氧化碳) cannot be added or compared: " \
  "tonnes of grain are not tonnes of CO2; keep CO2 in 吨二氧化碳, 万吨二氧化碳 or 亿吨二氧化碳"
#define ZZPLAN_SAYS_TCE_AND_ELECTRICITY                                                            \
  "zzplan: energy in tce (吨标准煤) and electricity (千瓦时, 度) cannot be added or compared: kWh " \
  "becomes tce only by an accounting method (calorific equivalent 0.1229 kgce/kWh, or the coal "   \
  "burnt to generate it); convert explicitly with the method's factor"
#define ZZPLAN_SAYS_DURATION                                                                       \
  "zzplan: a duration (年 of schooling, 岁 of life expectancy) can be added to or compared with a " \
  "duration only; the other side, named in 'with A = ...; B = ...' above, is not one (a calendar year is " \
  "std::chrono::year, not a duration)"
#define ZZPLAN_SAYS_MASS                                                                           \
  "zzplan: a mass (公斤, 吨, 万吨, 亿吨, 斤, 亿斤) can be added to or compared with a mass only; the " \
  "other side, named in 'with A = ...; B = ...' above, is not one; 1 斤 = 0.5 公斤 converts, tonnes and 亩 " \
  "do not"
#define ZZPLAN_SAYS_AREA                                                                           \
  "zzplan: an area (亩, 万亩, 亿亩, 公顷, 平方公里) can be added to or compared with an area only; the " \
  "other side, named in 'with A = ...; B = ...' above, is not one; 1 亩 = 10000/15 m² converts exactly"
#define ZZPLAN_SAYS_CONCENTRATION                                                                  \
  "zzplan: a concentration (微克/立方米, PM2.5) can be added to or compared with a concentration " \
  "only; the other side, named in 'with A = ...; B = ...' above, is not one; a change of a concentration is a " \
  "growth rate: zzplan::relative_change(from, to)"
#define ZZPLAN_SAYS_CO2                                                                            \
  "zzplan: CO2 emissions (吨二氧化碳) can be added to or compared with CO2 emissions only; the other " \
  "side, named in 'with A = ...; B = ...' above, is not; CO2 per money is a CO2 intensity (吨二氧化碳/万元)"
#define ZZPLAN_SAYS_CO2_INTENSITY                                                                  \
  "zzplan: a CO2 intensity (吨二氧化碳/万元) can be added to or compared with a CO2 intensity on the " \
  "same price basis only; the other side is not; its fall is a "                                   \
  "growth rate: zzplan::decrease_by(18_pct_growth)"
#define ZZPLAN_SAYS_ELECTRICITY                                                                    \
  "zzplan: electricity (千瓦时, 万千瓦时, 亿千瓦时) can be added to or compared with electricity only; " \
  "the other side, named in 'with A = ...; B = ...' above, is not"
#define ZZPLAN_SAYS_VOLUME_AND_WATER_INTENSITY                                                     \
  "zzplan: a volume of water (立方米) and a water intensity (立方米/万元) cannot be added or "     \
  "compared; volume / money (at constant prices) is the intensity"
#define ZZPLAN_SAYS_VOLUME                                                                         \
  "zzplan: a volume (立方米, 万立方米, 亿立方米) can be added to or compared with a volume only; the " \
  "other side, named in 'with A = ...; B = ...' above, is not one"
#define ZZPLAN_SAYS_WATER_INTENSITY                                                                \
  "zzplan: a water intensity (立方米/万元) can be added to or compared with a water intensity on the " \
  "same price basis only; the other side is not; its fall is a "                                   \
  "growth rate: zzplan::decrease_by(16_pct_growth)"
#define ZZPLAN_SAYS_PERCENT_AND_QUANTITY                                                           \
  "zzplan: a percentage (share, points or rate) and a quantity with a unit cannot be added or "   \
  "compared; a share of a quantity is share * quantity"
#define ZZPLAN_SAYS_POINTS_MINUS_SHARE                                                             \
  "zzplan: percentage points minus a share is not a value: a share moves by points, not the "     \
  "other way round; write share - points (72.04_pct - 0.78_pp is 71.26%)"
#define ZZPLAN_SAYS_OTHER_COMPARISON                                                               \
  "zzplan: these two values mean different things and cannot be compared (what they are is "     \
  "named in 'with A = ...; B = ...' above); compare values of one kind"
#define ZZPLAN_SAYS_OTHER_SUM                                                                      \
  "zzplan: these two values mean different things and cannot be added or subtracted (what they " \
  "are is named in 'with A = ...; B = ...' above); add values of one kind"
// clang-format on

namespace detail {
/// What a refused sum or difference returns: its left operand, which also converts to any type,
/// so that the line that uses the result (share s = rise - level;) adds no second error to the
/// message.
template <class A> struct refused_result : A {
  template <class T> constexpr operator T() const noexcept { // NOLINT(google-explicit-constructor)
    return T{};
  }
};
} // namespace detail

// The operators a misuse reaches: viable only where the algebra forbids the pair. Each one holds
// the static_asserts itself (one per misuse, only the one of M is instantiated): in a helper
// function they would put one more "in instantiation of" level between the message and the
// user's line. A new misuse is a branch of detail::cannot_combine (detail/misuse.hpp), a message
// above, and a line in each of the four operators.
// clang-format off
template <ZzplanValue A, ZzplanValue B,
          detail::misuse M = detail::cannot_combine<detail::adding, meaning_of_t<A>, meaning_of_t<B>>(),
          bool Never = false>
requires(!addable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>)
constexpr detail::refused_result<A> operator+(const A& a, const B&) {
  using enum detail::misuse;
  if constexpr (M == price_bases) static_assert(Never, ZZPLAN_SAYS_PRICE_BASES);
  if constexpr (M == share_plus_share) static_assert(Never, ZZPLAN_SAYS_SHARE_PLUS_SHARE);
  if constexpr (M == growth_plus_growth) static_assert(Never, ZZPLAN_SAYS_GROWTH_PLUS_GROWTH);
  if constexpr (M == annual_plus_annual) static_assert(Never, ZZPLAN_SAYS_ANNUAL_PLUS_ANNUAL);
  if constexpr (M == money_and_share) static_assert(Never, ZZPLAN_SAYS_MONEY_AND_SHARE);
  if constexpr (M == points_and_rate) static_assert(Never, ZZPLAN_SAYS_POINTS_AND_RATE);
  if constexpr (M == share_and_rate) static_assert(Never, ZZPLAN_SAYS_SHARE_AND_RATE);
  if constexpr (M == growth_and_annual) static_assert(Never, ZZPLAN_SAYS_GROWTH_AND_ANNUAL);
  if constexpr (M == money_and_energy) static_assert(Never, ZZPLAN_SAYS_MONEY_AND_ENERGY);
  if constexpr (M == persons_and_items) static_assert(Never, ZZPLAN_SAYS_PERSONS_AND_ITEMS);
  if constexpr (M == counts_of_classifiers) static_assert(Never, ZZPLAN_SAYS_COUNTS_OF_CLASSIFIERS);
  if constexpr (M == per_population) static_assert(Never, ZZPLAN_SAYS_PER_POPULATION);
  if constexpr (M == mass_and_co2) static_assert(Never, ZZPLAN_SAYS_MASS_AND_CO2);
  if constexpr (M == tce_and_electricity) static_assert(Never, ZZPLAN_SAYS_TCE_AND_ELECTRICITY);
  if constexpr (M == duration) static_assert(Never, ZZPLAN_SAYS_DURATION);
  if constexpr (M == mass) static_assert(Never, ZZPLAN_SAYS_MASS);
  if constexpr (M == area) static_assert(Never, ZZPLAN_SAYS_AREA);
  if constexpr (M == concentration) static_assert(Never, ZZPLAN_SAYS_CONCENTRATION);
  if constexpr (M == co2) static_assert(Never, ZZPLAN_SAYS_CO2);
  if constexpr (M == co2_intensity) static_assert(Never, ZZPLAN_SAYS_CO2_INTENSITY);
  if constexpr (M == electricity) static_assert(Never, ZZPLAN_SAYS_ELECTRICITY);
  if constexpr (M == volume_and_water_intensity) static_assert(Never, ZZPLAN_SAYS_VOLUME_AND_WATER_INTENSITY);
  if constexpr (M == volume) static_assert(Never, ZZPLAN_SAYS_VOLUME);
  if constexpr (M == water_intensity) static_assert(Never, ZZPLAN_SAYS_WATER_INTENSITY);
  if constexpr (M == percent_and_quantity) static_assert(Never, ZZPLAN_SAYS_PERCENT_AND_QUANTITY);
  if constexpr (M == points_minus_share) static_assert(Never, ZZPLAN_SAYS_POINTS_MINUS_SHARE);
  if constexpr (M == other_sum) static_assert(Never, ZZPLAN_SAYS_OTHER_SUM);
  return detail::refused_result<A>{a};
}
template <ZzplanValue A, ZzplanValue B,
          detail::misuse M = detail::cannot_combine<detail::adding, meaning_of_t<A>, meaning_of_t<B>>(),
          bool Never = false>
requires(!subtractable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>)
constexpr detail::refused_result<A> operator-(const A& a, const B&) {
  using enum detail::misuse;
  if constexpr (M == price_bases) static_assert(Never, ZZPLAN_SAYS_PRICE_BASES);
  if constexpr (M == share_plus_share) static_assert(Never, ZZPLAN_SAYS_SHARE_PLUS_SHARE);
  if constexpr (M == growth_plus_growth) static_assert(Never, ZZPLAN_SAYS_GROWTH_PLUS_GROWTH);
  if constexpr (M == annual_plus_annual) static_assert(Never, ZZPLAN_SAYS_ANNUAL_PLUS_ANNUAL);
  if constexpr (M == money_and_share) static_assert(Never, ZZPLAN_SAYS_MONEY_AND_SHARE);
  if constexpr (M == points_and_rate) static_assert(Never, ZZPLAN_SAYS_POINTS_AND_RATE);
  if constexpr (M == share_and_rate) static_assert(Never, ZZPLAN_SAYS_SHARE_AND_RATE);
  if constexpr (M == growth_and_annual) static_assert(Never, ZZPLAN_SAYS_GROWTH_AND_ANNUAL);
  if constexpr (M == money_and_energy) static_assert(Never, ZZPLAN_SAYS_MONEY_AND_ENERGY);
  if constexpr (M == persons_and_items) static_assert(Never, ZZPLAN_SAYS_PERSONS_AND_ITEMS);
  if constexpr (M == counts_of_classifiers) static_assert(Never, ZZPLAN_SAYS_COUNTS_OF_CLASSIFIERS);
  if constexpr (M == per_population) static_assert(Never, ZZPLAN_SAYS_PER_POPULATION);
  if constexpr (M == mass_and_co2) static_assert(Never, ZZPLAN_SAYS_MASS_AND_CO2);
  if constexpr (M == tce_and_electricity) static_assert(Never, ZZPLAN_SAYS_TCE_AND_ELECTRICITY);
  if constexpr (M == duration) static_assert(Never, ZZPLAN_SAYS_DURATION);
  if constexpr (M == mass) static_assert(Never, ZZPLAN_SAYS_MASS);
  if constexpr (M == area) static_assert(Never, ZZPLAN_SAYS_AREA);
  if constexpr (M == concentration) static_assert(Never, ZZPLAN_SAYS_CONCENTRATION);
  if constexpr (M == co2) static_assert(Never, ZZPLAN_SAYS_CO2);
  if constexpr (M == co2_intensity) static_assert(Never, ZZPLAN_SAYS_CO2_INTENSITY);
  if constexpr (M == electricity) static_assert(Never, ZZPLAN_SAYS_ELECTRICITY);
  if constexpr (M == volume_and_water_intensity) static_assert(Never, ZZPLAN_SAYS_VOLUME_AND_WATER_INTENSITY);
  if constexpr (M == volume) static_assert(Never, ZZPLAN_SAYS_VOLUME);
  if constexpr (M == water_intensity) static_assert(Never, ZZPLAN_SAYS_WATER_INTENSITY);
  if constexpr (M == percent_and_quantity) static_assert(Never, ZZPLAN_SAYS_PERCENT_AND_QUANTITY);
  if constexpr (M == points_minus_share) static_assert(Never, ZZPLAN_SAYS_POINTS_MINUS_SHARE);
  if constexpr (M == other_sum) static_assert(Never, ZZPLAN_SAYS_OTHER_SUM);
  return detail::refused_result<A>{a};
}
template <ZzplanValue A, ZzplanValue B,
          detail::misuse M = detail::cannot_combine<detail::comparing, meaning_of_t<A>, meaning_of_t<B>>(),
          bool Never = false>
requires(!comparable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>)
constexpr bool operator==(const A&, const B&) {
  using enum detail::misuse;
  if constexpr (M == price_bases) static_assert(Never, ZZPLAN_SAYS_PRICE_BASES);
  if constexpr (M == money_and_share) static_assert(Never, ZZPLAN_SAYS_MONEY_AND_SHARE);
  if constexpr (M == points_and_rate) static_assert(Never, ZZPLAN_SAYS_POINTS_AND_RATE);
  if constexpr (M == share_and_rate) static_assert(Never, ZZPLAN_SAYS_SHARE_AND_RATE);
  if constexpr (M == growth_and_annual) static_assert(Never, ZZPLAN_SAYS_GROWTH_AND_ANNUAL);
  if constexpr (M == money_and_energy) static_assert(Never, ZZPLAN_SAYS_MONEY_AND_ENERGY);
  if constexpr (M == persons_and_items) static_assert(Never, ZZPLAN_SAYS_PERSONS_AND_ITEMS);
  if constexpr (M == counts_of_classifiers) static_assert(Never, ZZPLAN_SAYS_COUNTS_OF_CLASSIFIERS);
  if constexpr (M == per_population) static_assert(Never, ZZPLAN_SAYS_PER_POPULATION);
  if constexpr (M == mass_and_co2) static_assert(Never, ZZPLAN_SAYS_MASS_AND_CO2);
  if constexpr (M == tce_and_electricity) static_assert(Never, ZZPLAN_SAYS_TCE_AND_ELECTRICITY);
  if constexpr (M == duration) static_assert(Never, ZZPLAN_SAYS_DURATION);
  if constexpr (M == mass) static_assert(Never, ZZPLAN_SAYS_MASS);
  if constexpr (M == area) static_assert(Never, ZZPLAN_SAYS_AREA);
  if constexpr (M == concentration) static_assert(Never, ZZPLAN_SAYS_CONCENTRATION);
  if constexpr (M == co2) static_assert(Never, ZZPLAN_SAYS_CO2);
  if constexpr (M == co2_intensity) static_assert(Never, ZZPLAN_SAYS_CO2_INTENSITY);
  if constexpr (M == electricity) static_assert(Never, ZZPLAN_SAYS_ELECTRICITY);
  if constexpr (M == volume_and_water_intensity) static_assert(Never, ZZPLAN_SAYS_VOLUME_AND_WATER_INTENSITY);
  if constexpr (M == volume) static_assert(Never, ZZPLAN_SAYS_VOLUME);
  if constexpr (M == water_intensity) static_assert(Never, ZZPLAN_SAYS_WATER_INTENSITY);
  if constexpr (M == percent_and_quantity) static_assert(Never, ZZPLAN_SAYS_PERCENT_AND_QUANTITY);
  if constexpr (M == other_comparison) static_assert(Never, ZZPLAN_SAYS_OTHER_COMPARISON);
  return false;
}
template <ZzplanValue A, ZzplanValue B,
          detail::misuse M = detail::cannot_combine<detail::comparing, meaning_of_t<A>, meaning_of_t<B>>(),
          bool Never = false>
requires(!comparable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>)
constexpr int operator<=>(const A&, const B&) {
  using enum detail::misuse;
  if constexpr (M == price_bases) static_assert(Never, ZZPLAN_SAYS_PRICE_BASES);
  if constexpr (M == money_and_share) static_assert(Never, ZZPLAN_SAYS_MONEY_AND_SHARE);
  if constexpr (M == points_and_rate) static_assert(Never, ZZPLAN_SAYS_POINTS_AND_RATE);
  if constexpr (M == share_and_rate) static_assert(Never, ZZPLAN_SAYS_SHARE_AND_RATE);
  if constexpr (M == growth_and_annual) static_assert(Never, ZZPLAN_SAYS_GROWTH_AND_ANNUAL);
  if constexpr (M == money_and_energy) static_assert(Never, ZZPLAN_SAYS_MONEY_AND_ENERGY);
  if constexpr (M == persons_and_items) static_assert(Never, ZZPLAN_SAYS_PERSONS_AND_ITEMS);
  if constexpr (M == counts_of_classifiers) static_assert(Never, ZZPLAN_SAYS_COUNTS_OF_CLASSIFIERS);
  if constexpr (M == per_population) static_assert(Never, ZZPLAN_SAYS_PER_POPULATION);
  if constexpr (M == mass_and_co2) static_assert(Never, ZZPLAN_SAYS_MASS_AND_CO2);
  if constexpr (M == tce_and_electricity) static_assert(Never, ZZPLAN_SAYS_TCE_AND_ELECTRICITY);
  if constexpr (M == duration) static_assert(Never, ZZPLAN_SAYS_DURATION);
  if constexpr (M == mass) static_assert(Never, ZZPLAN_SAYS_MASS);
  if constexpr (M == area) static_assert(Never, ZZPLAN_SAYS_AREA);
  if constexpr (M == concentration) static_assert(Never, ZZPLAN_SAYS_CONCENTRATION);
  if constexpr (M == co2) static_assert(Never, ZZPLAN_SAYS_CO2);
  if constexpr (M == co2_intensity) static_assert(Never, ZZPLAN_SAYS_CO2_INTENSITY);
  if constexpr (M == electricity) static_assert(Never, ZZPLAN_SAYS_ELECTRICITY);
  if constexpr (M == volume_and_water_intensity) static_assert(Never, ZZPLAN_SAYS_VOLUME_AND_WATER_INTENSITY);
  if constexpr (M == volume) static_assert(Never, ZZPLAN_SAYS_VOLUME);
  if constexpr (M == water_intensity) static_assert(Never, ZZPLAN_SAYS_WATER_INTENSITY);
  if constexpr (M == percent_and_quantity) static_assert(Never, ZZPLAN_SAYS_PERCENT_AND_QUANTITY);
  if constexpr (M == other_comparison) static_assert(Never, ZZPLAN_SAYS_OTHER_COMPARISON);
  return 0;
}
// clang-format on

} // namespace zzplan

#undef ZZPLAN_SAYS_PRICE_BASES
#undef ZZPLAN_SAYS_SHARE_PLUS_SHARE
#undef ZZPLAN_SAYS_GROWTH_PLUS_GROWTH
#undef ZZPLAN_SAYS_ANNUAL_PLUS_ANNUAL
#undef ZZPLAN_SAYS_MONEY_AND_SHARE
#undef ZZPLAN_SAYS_POINTS_AND_RATE
#undef ZZPLAN_SAYS_SHARE_AND_RATE
#undef ZZPLAN_SAYS_GROWTH_AND_ANNUAL
#undef ZZPLAN_SAYS_MONEY_AND_ENERGY
#undef ZZPLAN_SAYS_PERSONS_AND_ITEMS
#undef ZZPLAN_SAYS_COUNTS_OF_CLASSIFIERS
#undef ZZPLAN_SAYS_PER_POPULATION
#undef ZZPLAN_SAYS_MASS_AND_CO2
#undef ZZPLAN_SAYS_TCE_AND_ELECTRICITY
#undef ZZPLAN_SAYS_DURATION
#undef ZZPLAN_SAYS_MASS
#undef ZZPLAN_SAYS_AREA
#undef ZZPLAN_SAYS_CONCENTRATION
#undef ZZPLAN_SAYS_CO2
#undef ZZPLAN_SAYS_CO2_INTENSITY
#undef ZZPLAN_SAYS_ELECTRICITY
#undef ZZPLAN_SAYS_VOLUME_AND_WATER_INTENSITY
#undef ZZPLAN_SAYS_VOLUME
#undef ZZPLAN_SAYS_WATER_INTENSITY
#undef ZZPLAN_SAYS_PERCENT_AND_QUANTITY
#undef ZZPLAN_SAYS_OTHER_COMPARISON
#undef ZZPLAN_SAYS_OTHER_SUM
