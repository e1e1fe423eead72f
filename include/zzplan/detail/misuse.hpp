#pragma once
// What two values mean and which misuse a pair of them makes: the classifier behind the
// operators of detail/diagnostics.hpp, apart from the messages so that each header stays short.
// The traits here decide what is allowed; the operators of quantity.hpp and percent.hpp use the
// same traits, so a static test of a trait is a test of the operator.

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

/// The misuses of a pair of values, one per message of the operators below.
enum class misuse : unsigned char {
  price_bases,
  share_plus_share,
  growth_plus_growth,
  annual_plus_annual,
  money_and_share,
  points_and_rate,
  share_and_rate,
  growth_and_annual,
  money_and_energy,
  persons_and_items,
  counts_of_classifiers,
  per_population,
  mass_and_co2,
  tce_and_electricity,
  duration,
  mass,
  area,
  concentration,
  co2,
  co2_intensity,
  electricity,
  volume_and_water_intensity,
  volume,
  water_intensity,
  percent_and_quantity,
  points_minus_share,
  other_comparison,
  other_sum,
};

/// Which misuse a pair makes, chosen by what the two sides mean: the first branch that fits.
template <class Operation, class Left, class Right> consteval misuse cannot_combine() {
  using namespace meanings;
  if constexpr (is_money_v<Left> && is_money_v<Right>) {
    return misuse::price_bases;
  } else if constexpr (std::is_same_v<Operation, adding> &&
                       is_pair_v<Left, Right, share_in_percent, share_in_percent>) {
    return misuse::share_plus_share;
  } else if constexpr (std::is_same_v<Operation, adding> &&
                       is_pair_v<Left, Right, growth_rate, growth_rate>) {
    return misuse::growth_plus_growth;
  } else if constexpr (std::is_same_v<Operation, adding> &&
                       is_pair_v<Left, Right, average_annual_rate, average_annual_rate>) {
    return misuse::annual_plus_annual;
  } else if constexpr ((is_money_v<Left> && std::is_same_v<Right, share_in_percent>) ||
                       (is_money_v<Right> && std::is_same_v<Left, share_in_percent>)) {
    return misuse::money_and_share;
  } else if constexpr (is_pair_v<Left, Right, percentage_points, growth_rate> ||
                       is_pair_v<Left, Right, percentage_points, average_annual_rate>) {
    return misuse::points_and_rate;
  } else if constexpr (is_pair_v<Left, Right, share_in_percent, growth_rate> ||
                       is_pair_v<Left, Right, share_in_percent, average_annual_rate>) {
    return misuse::share_and_rate;
  } else if constexpr (is_pair_v<Left, Right, growth_rate, average_annual_rate>) {
    return misuse::growth_and_annual;
  } else if constexpr ((is_money_v<Left> && std::is_same_v<Right, energy_in_tce>) ||
                       (is_money_v<Right> && std::is_same_v<Left, energy_in_tce>)) {
    return misuse::money_and_energy;
  } else if constexpr (is_pair_v<Left, Right, persons, count_of_items>) {
    return misuse::persons_and_items;
  } else if constexpr (is_count_v<Left> && is_count_v<Right>) {
    return misuse::counts_of_classifiers;
  } else if constexpr (is_rate_per_population_v<Left> || is_rate_per_population_v<Right>) {
    return misuse::per_population;
  } else if constexpr (is_pair_v<Left, Right, mass, co2_emissions>) {
    return misuse::mass_and_co2;
  } else if constexpr (is_pair_v<Left, Right, energy_in_tce, electricity>) {
    return misuse::tce_and_electricity;
  } else if constexpr (either_v<Left, Right, duration_in_years>) {
    return misuse::duration;
  } else if constexpr (either_v<Left, Right, mass>) {
    return misuse::mass;
  } else if constexpr (either_v<Left, Right, area>) {
    return misuse::area;
  } else if constexpr (either_v<Left, Right, concentration>) {
    return misuse::concentration;
  } else if constexpr (either_v<Left, Right, co2_emissions>) {
    return misuse::co2;
  } else if constexpr (either_v<Left, Right, co2_intensity>) {
    return misuse::co2_intensity;
  } else if constexpr (either_v<Left, Right, electricity>) {
    return misuse::electricity;
  } else if constexpr (is_pair_v<Left, Right, volume, water_intensity>) {
    return misuse::volume_and_water_intensity;
  } else if constexpr (either_v<Left, Right, volume>) {
    return misuse::volume;
  } else if constexpr (either_v<Left, Right, water_intensity>) {
    return misuse::water_intensity;
  } else if constexpr (std::is_same_v<Operation, adding> &&
                       is_pair_v<Left, Right, percentage_points, share_in_percent>) {
    return misuse::points_minus_share; // share + points, points + share, share - points are allowed
  } else if constexpr (is_percent_v<Left> != is_percent_v<Right>) {
    return misuse::percent_and_quantity;
  } else if constexpr (std::is_same_v<Operation, comparing>) {
    return misuse::other_comparison;
  } else {
    return misuse::other_sum;
  }
}

} // namespace detail

} // namespace zzplan
