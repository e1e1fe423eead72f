#pragma once
// The units of the unit table (unit_table.hpp) as C++ types: table_unit<unit_id, Basis> takes its
// dimension from the row's family, its exact scale and English scale from the row's magnitudes,
// and its symbols from the row. Each unit keeps a name of its own in diagnostics
// ("table_unit<unit_id::yi_yuan, current_prices>"); the short names below are aliases.

#include <zzplan/percent.hpp>
#include <zzplan/quantity.hpp>
#include <zzplan/unit_table.hpp>

#include <boost/units/quantity.hpp>
#include <boost/units/systems/si/energy.hpp>

#include <ratio>
#include <string_view>
#include <type_traits>

namespace zzplan {

namespace units {

/// The unit of a row of the table; Basis is the price basis of its money (void for none).
template <unit_id Id, class Basis = void>
struct table_unit : unit_base<typename family_dimension<info(Id).family, Basis>::type,
                              std::ratio<info(Id).num, info(Id).den>, Basis,
                              std::ratio<info(Id).en_num, info(Id).en_den>> {
  static_assert(is_level_unit(Id) && info(Id).family != unit_family::share,
                "zzplan: table_unit is for units with a dimension; % is zzplan::share");
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

} // namespace units

/// The C++ type of a number written in unit Id, money on the price basis B: share for %, points
/// for 个百分点, double for no unit, quantity<table_unit<Id>> otherwise.
template <unit_id Id, PriceBasis B = current_prices> struct value_type_of {
  using type = quantity<units::table_unit<Id, std::conditional_t<has_price_basis(Id), B, void>>>;
};
template <PriceBasis B> struct value_type_of<unit_id::percent, B> { using type = share; };
template <PriceBasis B> struct value_type_of<unit_id::points, B> { using type = points; };
template <PriceBasis B> struct value_type_of<unit_id::none, B> { using type = double; };
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
  if constexpr (Id == unit_id::percent) {
    return share::percent(v);
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

/// Energy in SI joules, through Boost.Units: 1 tce = 29.3076 GJ exactly.
template <class U, class R>
requires std::is_same_v<typename U::dimension, dim::energy>
[[nodiscard]] constexpr boost::units::quantity<boost::units::si::energy, double>
to_si(const quantity<U, R>& q) noexcept {
  return boost::units::quantity<boost::units::si::energy, double>::from_value(
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
