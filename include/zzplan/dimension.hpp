#pragma once
// Dimensions of the economic quantities, as Boost.Units dimensions, and the price basis of money.
//
// Money at current prices and money at constant prices of a year are different Boost.Units base
// dimensions, so the dimensional analysis itself keeps them apart; converting needs a deflator.
// Energy is Boost.Units' own energy dimension, so tce converts exactly to SI joules.

#include <zzplan/unit_table.hpp>

#include <boost/mpl/divides.hpp>
#include <boost/units/base_dimension.hpp>
#include <boost/units/derived_dimension.hpp>
#include <boost/units/physical_dimensions/area.hpp>
#include <boost/units/physical_dimensions/energy.hpp>
#include <boost/units/physical_dimensions/mass.hpp>
#include <boost/units/physical_dimensions/time.hpp>
#include <boost/units/physical_dimensions/volume.hpp>
#include <boost/units/static_rational.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

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
/// CO2 emitted: not a mass of anything else (tonnes of CO2 and tonnes of grain do not add).
struct co2_base : boost::units::base_dimension<co2_base, 18213> {};
/// Electricity: kWh converts to tce only by a stated accounting method, so it is its own dimension.
struct electricity_base : boost::units::base_dimension<electricity_base, 18214> {};
/// The population a rate is per (每千人口, 每万人口): not the persons being counted.
struct population_base : boost::units::base_dimension<population_base, 18215> {};
/// A counted thing with its classifier (件, 张, 家…): one base dimension per classifier row.
template <unit_id Classifier>
struct count_base
    : boost::units::base_dimension<count_base<Classifier>, 18300 + static_cast<int>(Classifier)> {};

template <PriceBasis B> struct money_base_of { using type = current_money_base; };
template <int Y> struct money_base_of<constant_prices<Y>> { using type = constant_money_base<Y>; };

template <PriceBasis B> using money = typename money_base_of<B>::type::dimension_type;
using energy = boost::units::energy_dimension;
using persons = person_base::dimension_type;
using items = item_base::dimension_type;
using dimensionless = boost::units::dimensionless_type;
using duration = boost::units::time_dimension;
using mass = boost::units::mass_dimension;
using area = boost::units::area_dimension;
using volume = boost::units::volume_dimension;
using concentration =
    typename boost::units::derived_dimension<boost::units::mass_base_dimension, 1,
                                             boost::units::length_base_dimension, -3>::type;
using co2 = co2_base::dimension_type;
using electricity = electricity_base::dimension_type;
using population = population_base::dimension_type;

/// The dimension of what a classifier row counts: 个 is items, 人 persons, 件 its own.
template <unit_id Classifier> struct counted {
  using type = typename count_base<Classifier>::dimension_type;
};
template <> struct counted<unit_id::item> { using type = items; };
template <> struct counted<unit_id::person> { using type = persons; };
template <unit_id Classifier> using counted_t = typename counted<Classifier>::type;

/// A count per person of the population (件/万人口 is this with the scale 1/10000).
template <unit_id Classifier>
using per_population = typename boost::mpl::divides<counted_t<Classifier>, population>::type;

template <PriceBasis B>
using energy_per_money = typename boost::units::derived_dimension<
    boost::units::length_base_dimension, 2, boost::units::mass_base_dimension, 1,
    boost::units::time_base_dimension, -2, typename money_base_of<B>::type, -1>::type;
template <PriceBasis B>
using money_per_person = typename boost::units::derived_dimension<typename money_base_of<B>::type,
                                                                  1, person_base, -1>::type;
template <PriceBasis B>
using co2_per_money =
    typename boost::units::derived_dimension<co2_base, 1, typename money_base_of<B>::type,
                                             -1>::type;
template <PriceBasis B>
using volume_per_money =
    typename boost::units::derived_dimension<boost::units::length_base_dimension, 3,
                                             typename money_base_of<B>::type, -1>::type;

} // namespace dim

// ---- the dimension of a family of the unit table ----------------------------------------------

/// The Boost.Units dimension of a unit family, with money on the price basis B (or void). Counted
/// things and rates per population also depend on their classifier: see row_dimension.
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
template <class B> struct family_dimension<unit_family::duration, B> {
  using type = dim::duration;
};
template <class B> struct family_dimension<unit_family::mass, B> { using type = dim::mass; };
template <class B> struct family_dimension<unit_family::area, B> { using type = dim::area; };
template <class B> struct family_dimension<unit_family::volume, B> { using type = dim::volume; };
template <class B> struct family_dimension<unit_family::concentration, B> {
  using type = dim::concentration;
};
template <class B> struct family_dimension<unit_family::co2, B> { using type = dim::co2; };
template <class B> struct family_dimension<unit_family::electricity, B> {
  using type = dim::electricity;
};
template <class B> struct family_dimension<unit_family::co2_intensity, B> {
  using type = dim::co2_per_money<B>;
};
template <class B> struct family_dimension<unit_family::water_intensity, B> {
  using type = dim::volume_per_money<B>;
};

/// The Boost.Units dimension of a row of the unit table: its family's, except that counted things
/// keep their classifier (件 is not 张) and a rate per population counts its row per population.
template <unit_id Id, class B> struct row_dimension {
  static consteval auto pick() noexcept {
    constexpr unit_info row = info(Id);
    if constexpr (row.family == unit_family::items) {
      return std::type_identity<dim::counted_t<row.counted>>{};
    } else if constexpr (row.family == unit_family::per_population) {
      return std::type_identity<dim::per_population<row.counted>>{};
    } else {
      return std::type_identity<typename family_dimension<row.family, B>::type>{};
    }
  }
  using type = typename decltype(pick())::type;
};

namespace detail {
/// The classifier row whose counted dimension (Per = false) or rate per population (Per = true)
/// is Dim; none when no row's is.
template <class Dim, bool Per> [[nodiscard]] consteval unit_id classifier_of_dimension() noexcept {
  unit_id out = unit_id::none;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    static_cast<void>(
        ((unit_table[I].counted != unit_id::none &&
                  std::is_same_v<Dim,
                                 std::conditional_t<Per, dim::per_population<unit_table[I].counted>,
                                                    dim::counted_t<unit_table[I].counted>>>
              ? (out = unit_table[I].counted, true)
              : false) ||
         ...));
  }
  (std::make_index_sequence<unit_table.size()>{});
  return out;
}
} // namespace detail

/// The classifier a dimension counts (件 for counts of 件 and for 件/万人口), or none.
template <class Dim>
inline constexpr unit_id
    classifier_of_v = detail::classifier_of_dimension<Dim, false>() != unit_id::none
                          ? detail::classifier_of_dimension<Dim, false>()
                          : detail::classifier_of_dimension<Dim, true>();

/// The family of a dimension (the inverse of row_dimension); Basis is the price basis of any
/// money in it (or void). A product or quotient that is none of them is unit_family::other.
template <class Dim, class Basis>
[[nodiscard]] consteval unit_family family_of_dimension() noexcept {
  if constexpr (std::is_same_v<Dim, dim::energy>) {
    return unit_family::energy;
  } else if constexpr (std::is_same_v<Dim, dim::persons>) {
    return unit_family::persons;
  } else if constexpr (std::is_same_v<Dim, dim::duration>) {
    return unit_family::duration;
  } else if constexpr (std::is_same_v<Dim, dim::mass>) {
    return unit_family::mass;
  } else if constexpr (std::is_same_v<Dim, dim::area>) {
    return unit_family::area;
  } else if constexpr (std::is_same_v<Dim, dim::volume>) {
    return unit_family::volume;
  } else if constexpr (std::is_same_v<Dim, dim::concentration>) {
    return unit_family::concentration;
  } else if constexpr (std::is_same_v<Dim, dim::co2>) {
    return unit_family::co2;
  } else if constexpr (std::is_same_v<Dim, dim::electricity>) {
    return unit_family::electricity;
  } else if constexpr (detail::classifier_of_dimension<Dim, false>() != unit_id::none) {
    return unit_family::items;
  } else if constexpr (detail::classifier_of_dimension<Dim, true>() != unit_id::none) {
    return unit_family::per_population;
  } else if constexpr (std::is_void_v<Basis>) {
    return unit_family::other;
  } else if constexpr (std::is_same_v<Dim, dim::money<Basis>>) {
    return unit_family::money;
  } else if constexpr (std::is_same_v<Dim, dim::energy_per_money<Basis>>) {
    return unit_family::energy_intensity;
  } else if constexpr (std::is_same_v<Dim, dim::money_per_person<Basis>>) {
    return unit_family::money_per_person;
  } else if constexpr (std::is_same_v<Dim, dim::co2_per_money<Basis>>) {
    return unit_family::co2_intensity;
  } else if constexpr (std::is_same_v<Dim, dim::volume_per_money<Basis>>) {
    return unit_family::water_intensity;
  } else {
    return unit_family::other;
  }
}

} // namespace zzplan
