#pragma once
// The units of the unit table (unit_table.hpp) as C++ types: table_unit<unit_id, Basis> takes its
// dimension from the row's family, its exact scale and English scale from the row's magnitudes,
// and its symbols from the row. Each unit keeps a name of its own in diagnostics
// ("table_unit<unit_id::yi_yuan, current_prices>"); the short names below are aliases.

#include <zzplan/percent.hpp>
#include <zzplan/quantity.hpp>
#include <zzplan/unit_table.hpp>

#include <boost/units/quantity.hpp>
#include <boost/units/systems/si/area.hpp>
#include <boost/units/systems/si/energy.hpp>
#include <boost/units/systems/si/mass.hpp>
#include <boost/units/systems/si/time.hpp>

#include <ratio>
#include <string_view>
#include <type_traits>

namespace zzplan {

namespace units {

/// The unit of a row of the table; Basis is the price basis of its money (void for none).
template <unit_id Id, class Basis = void>
struct table_unit
    : unit_base<typename row_dimension<Id, Basis>::type, std::ratio<info(Id).num, info(Id).den>,
                Basis, std::ratio<info(Id).en_num, info(Id).en_den>> {
  static_assert(is_level_unit(Id) && info(Id).family != unit_family::share,
                "zzplan: table_unit is for units with a dimension; % and ‰ are zzplan::share");
  static_assert(has_price_basis(Id) == !std::is_void_v<Basis>,
                "zzplan: money units take a price basis (current_prices or constant_prices<Y>), "
                "other units none");
  static constexpr unit_id id = Id;
  static constexpr std::string_view zh = info(Id).zh;
  static constexpr std::string_view en = info(Id).en;
};

// ---- short names -------------------------------------------------------------------------------
template <PriceBasis B = current_prices> using yuan = table_unit<unit_id::yuan, B>;
template <PriceBasis B = current_prices> using wan_yuan = table_unit<unit_id::wan_yuan, B>;
template <PriceBasis B = current_prices> using yi_yuan = table_unit<unit_id::yi_yuan, B>;
template <PriceBasis B = current_prices> using wanyi_yuan = table_unit<unit_id::wanyi_yuan, B>;
template <PriceBasis B = current_prices>
using yuan_per_person = table_unit<unit_id::yuan_per_person, B>;
template <PriceBasis B = current_prices>
using tce_per_wan_yuan = table_unit<unit_id::tce_per_wan_yuan, B>;
using tce = table_unit<unit_id::tce>;
using wan_tce = table_unit<unit_id::wan_tce>;
using person = table_unit<unit_id::person>;
using wan_person = table_unit<unit_id::wan_person>;
using item = table_unit<unit_id::item>;
using yi_tce = table_unit<unit_id::yi_tce>;
using years = table_unit<unit_id::year_of_time>;
using years_of_age = table_unit<unit_id::year_of_age>;
using kilogram = table_unit<unit_id::kilogram>;
using tonne = table_unit<unit_id::tonne>;
using wan_tonne = table_unit<unit_id::wan_tonne>;
using yi_tonne = table_unit<unit_id::yi_tonne>;
using jin = table_unit<unit_id::jin>;
using wan_jin = table_unit<unit_id::wan_jin>;
using yi_jin = table_unit<unit_id::yi_jin>;
using square_metre = table_unit<unit_id::square_metre>;
using mu = table_unit<unit_id::mu>;
using wan_mu = table_unit<unit_id::wan_mu>;
using yi_mu = table_unit<unit_id::yi_mu>;
using hectare = table_unit<unit_id::hectare>;
using wan_hectare = table_unit<unit_id::wan_hectare>;
using square_km = table_unit<unit_id::square_km>;
using wan_square_km = table_unit<unit_id::wan_square_km>;
using microgram_per_m3 = table_unit<unit_id::microgram_per_m3>;
using tonne_co2 = table_unit<unit_id::tonne_co2>;
using wan_tonne_co2 = table_unit<unit_id::wan_tonne_co2>;
using yi_tonne_co2 = table_unit<unit_id::yi_tonne_co2>;
template <PriceBasis B = current_prices>
using tonne_co2_per_wan_yuan = table_unit<unit_id::tonne_co2_per_wan_yuan, B>;
using kwh = table_unit<unit_id::kwh>;
using wan_kwh = table_unit<unit_id::wan_kwh>;
using yi_kwh = table_unit<unit_id::yi_kwh>;
using cubic_metre = table_unit<unit_id::cubic_metre>;
using wan_cubic_metre = table_unit<unit_id::wan_cubic_metre>;
using yi_cubic_metre = table_unit<unit_id::yi_cubic_metre>;
template <PriceBasis B = current_prices>
using cubic_metre_per_wan_yuan = table_unit<unit_id::cubic_metre_per_wan_yuan, B>;
using jian = table_unit<unit_id::jian>;
using zhang = table_unit<unit_id::zhang>;
using jia = table_unit<unit_id::jia>;
using suo = table_unit<unit_id::suo>;
using xiang = table_unit<unit_id::xiang>;
using zuo = table_unit<unit_id::zuo>;
using hu = table_unit<unit_id::hu>;
using jian_per_wan_population = table_unit<unit_id::jian_per_wan_population>;
using person_per_qian_population = table_unit<unit_id::person_per_qian_population>;
using person_per_wan_population = table_unit<unit_id::person_per_wan_population>;
using item_per_qian_population = table_unit<unit_id::item_per_qian_population>;
using zhang_per_qian_population = table_unit<unit_id::zhang_per_qian_population>;

} // namespace units

/// The C++ type of a number written in unit Id, money on the price basis B: share for % and ‰,
/// points for 个百分点, double for no unit, quantity<table_unit<Id>> otherwise.
template <unit_id Id, PriceBasis B = current_prices, unit_family F = family_of(Id)>
struct value_type_of {
  using type = quantity<units::table_unit<Id, std::conditional_t<has_price_basis(Id), B, void>>>;
};
template <unit_id Id, PriceBasis B> struct value_type_of<Id, B, unit_family::share> {
  using type = share;
};
template <unit_id Id, PriceBasis B> struct value_type_of<Id, B, unit_family::points> {
  using type = points;
};
template <unit_id Id, PriceBasis B> struct value_type_of<Id, B, unit_family::none> {
  using type = double;
};
template <unit_id Id, PriceBasis B = current_prices>
using value_type_of_t = typename value_type_of<Id, B>::type;

/// The price basis of a quantity type's money (current_prices when it has none).
template <class Q> struct price_basis_of { using type = current_prices; };
template <class U, class R>
requires PriceBasis<typename U::basis>
struct price_basis_of<quantity<U, R>> {
  using type = typename U::basis;
};
template <class Q> using price_basis_of_t = typename price_basis_of<Q>::type;

/// A number written in unit Id as its C++ value (money on the price basis B).
template <unit_id Id, PriceBasis B = current_prices>
[[nodiscard]] constexpr value_type_of_t<Id, B> value_of(double v) noexcept {
  if constexpr (family_of(Id) == unit_family::share) { // 6‰ is 0.6%
    return share::percent(v * static_cast<double>(info(Id).num) /
                          static_cast<double>(info(Id).den));
  } else if constexpr (Id == unit_id::points) {
    return points::pp(v);
  } else if constexpr (Id == unit_id::none) {
    return v;
  } else {
    return value_type_of_t<Id, B>(v);
  }
}

// ---- the quantities a planner writes -----------------------------------------------------------
template <PriceBasis B = current_prices> using yuan = quantity<units::yuan<B>>;
template <PriceBasis B = current_prices> using wan_yuan = quantity<units::wan_yuan<B>>;
template <PriceBasis B = current_prices> using yi_yuan = quantity<units::yi_yuan<B>>;
template <PriceBasis B = current_prices> using wanyi_yuan = quantity<units::wanyi_yuan<B>>;
using tce = quantity<units::tce>;
using wan_tce = quantity<units::wan_tce>;
using persons = quantity<units::person>;
using wan_persons = quantity<units::wan_person>;
using items = quantity<units::item>;
template <PriceBasis B = current_prices>
using tce_per_wan_yuan = quantity<units::tce_per_wan_yuan<B>>;
template <PriceBasis B = current_prices>
using yuan_per_person = quantity<units::yuan_per_person<B>>;
using yi_tce = quantity<units::yi_tce>;
/// A duration in years (年 of schooling): not a calendar year (std::chrono::year).
using years = quantity<units::years>;
/// A duration in years of age (岁 of life expectancy).
using years_of_age = quantity<units::years_of_age>;
using tonnes = quantity<units::tonne>;
using wan_tonnes = quantity<units::wan_tonne>;
using yi_tonnes = quantity<units::yi_tonne>;
using jin = quantity<units::jin>;
using yi_jin = quantity<units::yi_jin>;
using mu = quantity<units::mu>;
using wan_mu = quantity<units::wan_mu>;
using yi_mu = quantity<units::yi_mu>;
using hectares = quantity<units::hectare>;
using square_km = quantity<units::square_km>;
using micrograms_per_m3 = quantity<units::microgram_per_m3>;
using tonnes_co2 = quantity<units::tonne_co2>;
using wan_tonnes_co2 = quantity<units::wan_tonne_co2>;
template <PriceBasis B = current_prices>
using tonnes_co2_per_wan_yuan = quantity<units::tonne_co2_per_wan_yuan<B>>;
using kwh = quantity<units::kwh>;
using yi_kwh = quantity<units::yi_kwh>;
using cubic_metres = quantity<units::cubic_metre>;
using yi_cubic_metres = quantity<units::yi_cubic_metre>;
template <PriceBasis B = current_prices>
using cubic_metres_per_wan_yuan = quantity<units::cubic_metre_per_wan_yuan<B>>;
/// Counted things that keep their classifier: 件 (patents), 张 (beds), 家 (firms), 所 (schools),
/// 项 (projects), 座 (buildings), 户 (households).
using jian = quantity<units::jian>;
using zhang = quantity<units::zhang>;
using jia = quantity<units::jia>;
using suo = quantity<units::suo>;
using xiang = quantity<units::xiang>;
using zuo = quantity<units::zuo>;
using hu = quantity<units::hu>;
/// Rates per population, the base part of the type: 件/万人口, 人/千人口, 个/千人口, 张/千人口.
using jian_per_wan_population = quantity<units::jian_per_wan_population>;
using persons_per_qian_population = quantity<units::person_per_qian_population>;
using persons_per_wan_population = quantity<units::person_per_wan_population>;
using items_per_qian_population = quantity<units::item_per_qian_population>;
using zhang_per_qian_population = quantity<units::zhang_per_qian_population>;

/// Energy in SI joules, through Boost.Units: 1 tce = 29.3076 GJ exactly.
template <class U, class R>
requires std::is_same_v<typename U::dimension, dim::energy>
[[nodiscard]] constexpr boost::units::quantity<boost::units::si::energy, double>
to_si(const quantity<U, R>& q) noexcept {
  return boost::units::quantity<boost::units::si::energy, double>::from_value(
      detail::scale_by<typename U::scale>(static_cast<double>(q.value())));
}

/// A duration in SI seconds, through Boost.Units (a 年 is a Julian year, 365.25 days).
template <class U, class R>
requires std::is_same_v<typename U::dimension, dim::duration>
[[nodiscard]] constexpr boost::units::quantity<boost::units::si::time, double>
to_si(const quantity<U, R>& q) noexcept {
  return boost::units::quantity<boost::units::si::time, double>::from_value(
      detail::scale_by<typename U::scale>(static_cast<double>(q.value())));
}

/// A mass in SI kilograms, through Boost.Units (1 斤 = 0.5 kg).
template <class U, class R>
requires std::is_same_v<typename U::dimension, dim::mass>
[[nodiscard]] constexpr boost::units::quantity<boost::units::si::mass, double>
to_si(const quantity<U, R>& q) noexcept {
  return boost::units::quantity<boost::units::si::mass, double>::from_value(
      detail::scale_by<typename U::scale>(static_cast<double>(q.value())));
}

/// An area in SI square metres, through Boost.Units (1 亩 = 10000/15 m²).
template <class U, class R>
requires std::is_same_v<typename U::dimension, dim::area>
[[nodiscard]] constexpr boost::units::quantity<boost::units::si::area, double>
to_si(const quantity<U, R>& q) noexcept {
  return boost::units::quantity<boost::units::si::area, double>::from_value(
      detail::scale_by<typename U::scale>(static_cast<double>(q.value())));
}

/// An explicit price deflator: the price level of one basis relative to another (现价 / 可比价).
template <PriceBasis From, PriceBasis To> struct deflator {
  double index; ///< price level of From divided by price level of To (e.g. 1.12 for +12%)
};

/// Converts money from one price basis to another with an explicit deflator.
template <unit_id Id, PriceBasis From, PriceBasis To, class R>
[[nodiscard]] constexpr quantity<units::table_unit<Id, To>, R>
deflate(const quantity<units::table_unit<Id, From>, R>& amount, deflator<From, To> d) noexcept {
  return quantity<units::table_unit<Id, To>, R>(amount.value() / d.index);
}

namespace literals {
[[nodiscard]] constexpr yuan<> operator""_yuan(long double v) noexcept {
  return yuan<>(static_cast<double>(v));
}
[[nodiscard]] constexpr yuan<> operator""_yuan(unsigned long long v) noexcept {
  return yuan<>(static_cast<double>(v));
}
[[nodiscard]] constexpr wan_yuan<> operator""_wan_yuan(long double v) noexcept {
  return wan_yuan<>(static_cast<double>(v));
}
[[nodiscard]] constexpr wan_yuan<> operator""_wan_yuan(unsigned long long v) noexcept {
  return wan_yuan<>(static_cast<double>(v));
}
[[nodiscard]] constexpr yi_yuan<> operator""_yi_yuan(long double v) noexcept {
  return yi_yuan<>(static_cast<double>(v));
}
[[nodiscard]] constexpr yi_yuan<> operator""_yi_yuan(unsigned long long v) noexcept {
  return yi_yuan<>(static_cast<double>(v));
}
[[nodiscard]] constexpr tce operator""_tce(long double v) noexcept {
  return tce(static_cast<double>(v));
}
[[nodiscard]] constexpr tce operator""_tce(unsigned long long v) noexcept {
  return tce(static_cast<double>(v));
}
[[nodiscard]] constexpr wan_tce operator""_wan_tce(long double v) noexcept {
  return wan_tce(static_cast<double>(v));
}
[[nodiscard]] constexpr wan_tce operator""_wan_tce(unsigned long long v) noexcept {
  return wan_tce(static_cast<double>(v));
}
[[nodiscard]] constexpr persons operator""_persons(unsigned long long v) noexcept {
  return persons(static_cast<double>(v));
}
[[nodiscard]] constexpr wan_persons operator""_wan_persons(long double v) noexcept {
  return wan_persons(static_cast<double>(v));
}
[[nodiscard]] constexpr wan_persons operator""_wan_persons(unsigned long long v) noexcept {
  return wan_persons(static_cast<double>(v));
}
[[nodiscard]] constexpr items operator""_items(unsigned long long v) noexcept {
  return items(static_cast<double>(v));
}
} // namespace literals

} // namespace zzplan
