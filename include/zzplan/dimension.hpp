#pragma once
// Dimensions of the economic quantities, as Boost.Units dimensions, and the price basis of money.
//
// Money at current prices and money at constant prices of a year are different Boost.Units base
// dimensions, so the dimensional analysis itself keeps them apart; converting needs a deflator.
// Energy is Boost.Units' own energy dimension, so tce converts exactly to SI joules.

#include <boost/units/base_dimension.hpp>
#include <boost/units/derived_dimension.hpp>
#include <boost/units/physical_dimensions/energy.hpp>
#include <boost/units/static_rational.hpp>

#include <string_view>
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

// ---- what a dimension is, in words -------------------------------------------------------------

/// The kind of a quantity as a planner names it; used in messages and by printing.
enum class quantity_kind {
  money,
  energy,
  persons,
  items,
  energy_intensity,
  money_per_person,
  other,
};

/// Names the kind of a dimension; Basis is the price basis of any money in it (or void).
template <class Dim, class Basis>
[[nodiscard]] consteval quantity_kind kind_of_dimension() noexcept {
  if constexpr (std::is_same_v<Dim, dim::energy>) {
    return quantity_kind::energy;
  } else if constexpr (std::is_same_v<Dim, dim::persons>) {
    return quantity_kind::persons;
  } else if constexpr (std::is_same_v<Dim, dim::items>) {
    return quantity_kind::items;
  } else if constexpr (std::is_void_v<Basis>) {
    return quantity_kind::other;
  } else if constexpr (std::is_same_v<Dim, dim::money<Basis>>) {
    return quantity_kind::money;
  } else if constexpr (std::is_same_v<Dim, dim::energy_per_money<Basis>>) {
    return quantity_kind::energy_intensity;
  } else if constexpr (std::is_same_v<Dim, dim::money_per_person<Basis>>) {
    return quantity_kind::money_per_person;
  } else {
    return quantity_kind::other;
  }
}

[[nodiscard]] constexpr std::string_view kind_name(quantity_kind k, bool zh = false) noexcept {
  switch (k) {
  case quantity_kind::money: return zh ? "货币金额" : "money";
  case quantity_kind::energy: return zh ? "能源消费量" : "energy";
  case quantity_kind::persons: return zh ? "人口" : "persons";
  case quantity_kind::items: return zh ? "个数" : "count of items";
  case quantity_kind::energy_intensity: return zh ? "能耗强度" : "energy intensity";
  case quantity_kind::money_per_person: return zh ? "人均金额" : "money per person";
  case quantity_kind::other: break;
  }
  return zh ? "其他量" : "derived quantity";
}

} // namespace zzplan
