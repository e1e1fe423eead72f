#pragma once
// Dimensions of the economic quantities, as Boost.Units dimensions, and the price basis of money.
//
// Money at current prices and money at constant prices of a year are different Boost.Units base
// dimensions, so the dimensional analysis itself keeps them apart; converting needs a deflator.
// Energy is Boost.Units' own energy dimension, so tce converts exactly to SI joules.

#include <zzplan/unit_table.hpp>

#include <boost/units/base_dimension.hpp>
#include <boost/units/derived_dimension.hpp>
#include <boost/units/physical_dimensions/energy.hpp>
#include <boost/units/static_rational.hpp>

#include <type_traits>

namespace zzplan {

// ---- price basis -------------------------------------------------------------------------------

/// Money valued at the prices of the year it is measured in (现价).
struct current_prices {
  static constexpr bool is_constant = false;
  static constexpr int year = 0;
};

/// Money valued at the prices of a fixed base year (可比价, "2020 prices").
template <int Year> struct constant_prices {
  static_assert(Year >= 1900 && Year <= 2200,
                "zzplan: constant_prices<Year> needs a calendar year");
  static constexpr bool is_constant = true;
  static constexpr int year = Year;
};

template <class T> struct is_price_basis : std::false_type {};
template <> struct is_price_basis<current_prices> : std::true_type {};
template <int Y> struct is_price_basis<constant_prices<Y>> : std::true_type {};

template <class T>
concept PriceBasis = is_price_basis<T>::value;

// ---- base dimensions ---------------------------------------------------------------------------

namespace dim {

// Ordinals are program-wide in Boost.Units; ours sit far from Boost's own (negative) ones.
struct current_money_base : boost::units::base_dimension<current_money_base, 18210> {};
template <int Year>
struct constant_money_base : boost::units::base_dimension<constant_money_base<Year>, 20000 + Year> {
};
struct person_base : boost::units::base_dimension<person_base, 18211> {};
struct item_base : boost::units::base_dimension<item_base, 18212> {};

template <PriceBasis B> struct money_base_of { using type = current_money_base; };
template <int Y> struct money_base_of<constant_prices<Y>> { using type = constant_money_base<Y>; };

template <PriceBasis B> using money = typename money_base_of<B>::type::dimension_type;
using energy = boost::units::energy_dimension;
using persons = person_base::dimension_type;
using items = item_base::dimension_type;
using dimensionless = boost::units::dimensionless_type;

template <PriceBasis B>
using energy_per_money = typename boost::units::derived_dimension<
    boost::units::length_base_dimension, 2, boost::units::mass_base_dimension, 1,
    boost::units::time_base_dimension, -2, typename money_base_of<B>::type, -1>::type;
template <PriceBasis B>
using money_per_person = typename boost::units::derived_dimension<typename money_base_of<B>::type,
                                                                  1, person_base, -1>::type;

} // namespace dim

// ---- the dimension of a family of the unit table ----------------------------------------------

/// The Boost.Units dimension of a unit family, with money on the price basis B (or void).
template <unit_family F, class B> struct family_dimension {
  using type = void; // share, points and none are not quantities with a dimension
};
template <class B> struct family_dimension<unit_family::money, B> { using type = dim::money<B>; };
template <class B> struct family_dimension<unit_family::money_per_person, B> {
  using type = dim::money_per_person<B>;
};
template <class B> struct family_dimension<unit_family::energy_intensity, B> {
  using type = dim::energy_per_money<B>;
};
template <class B> struct family_dimension<unit_family::energy, B> { using type = dim::energy; };
template <class B> struct family_dimension<unit_family::persons, B> { using type = dim::persons; };
template <class B> struct family_dimension<unit_family::items, B> { using type = dim::items; };

/// The family of a dimension (the inverse of family_dimension); Basis is the price basis of any
/// money in it (or void). A product or quotient that is none of them is unit_family::other.
template <class Dim, class Basis>
[[nodiscard]] consteval unit_family family_of_dimension() noexcept {
  if constexpr (std::is_same_v<Dim, dim::energy>) {
    return unit_family::energy;
  } else if constexpr (std::is_same_v<Dim, dim::persons>) {
    return unit_family::persons;
  } else if constexpr (std::is_same_v<Dim, dim::items>) {
    return unit_family::items;
  } else if constexpr (std::is_void_v<Basis>) {
    return unit_family::other;
  } else if constexpr (std::is_same_v<Dim, dim::money<Basis>>) {
    return unit_family::money;
  } else if constexpr (std::is_same_v<Dim, dim::energy_per_money<Basis>>) {
    return unit_family::energy_intensity;
  } else if constexpr (std::is_same_v<Dim, dim::money_per_person<Basis>>) {
    return unit_family::money_per_person;
  } else {
    return unit_family::other;
  }
}

} // namespace zzplan
