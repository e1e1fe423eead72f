#pragma once
// The economic units of docs/method.md §2: money with magnitudes (元, 万元, 亿元, 万亿元) and a price
// basis, energy in tce (exactly 29.3076 GJ), persons, counts of items, and the intensities
// between them. Every unit is a named type so that diagnostics print "yi_yuan<current_prices>",
// not a Boost.Units dimension list.

#include <zzplan/quantity.hpp>

#include <boost/units/quantity.hpp>
#include <boost/units/systems/si/energy.hpp>

#include <ratio>
#include <string_view>

namespace zzplan {

namespace units {

// ---- money -------------------------------------------------------------------------------------
template <PriceBasis B = current_prices> struct yuan : unit_base<dim::money<B>, std::ratio<1>, B> {
  static constexpr std::string_view zh = "元";
  static constexpr std::string_view en = "yuan";
};
template <PriceBasis B = current_prices>
struct wan_yuan : unit_base<dim::money<B>, std::ratio<10'000>, B, std::ratio<10>> {
  static constexpr std::string_view zh = "万元";
  static constexpr std::string_view en = "thousand yuan";
};
template <PriceBasis B = current_prices>
struct yi_yuan : unit_base<dim::money<B>, std::ratio<100'000'000>, B, std::ratio<1, 10>> {
  static constexpr std::string_view zh = "亿元";
  static constexpr std::string_view en = "billion yuan";
};
template <PriceBasis B = current_prices>
struct wanyi_yuan : unit_base<dim::money<B>, std::ratio<1'000'000'000'000>, B> {
  static constexpr std::string_view zh = "万亿元";
  static constexpr std::string_view en = "trillion yuan";
};

// ---- energy: scale in joules, so the SI conversion is exact -----------------------------------
struct tce : unit_base<dim::energy, std::ratio<29'307'600'000>> {
  static constexpr std::string_view zh = "吨标准煤";
  static constexpr std::string_view en = "tce";
};
struct wan_tce : unit_base<dim::energy, std::ratio<293'076'000'000'000>, void, std::ratio<10>> {
  static constexpr std::string_view zh = "万吨标准煤";
  static constexpr std::string_view en = "thousand tce";
};

// ---- persons and items -------------------------------------------------------------------------
struct person : unit_base<dim::persons, std::ratio<1>> {
  static constexpr std::string_view zh = "人";
  static constexpr std::string_view en = "persons";
};
struct wan_person : unit_base<dim::persons, std::ratio<10'000>, void, std::ratio<10>> {
  static constexpr std::string_view zh = "万人";
  static constexpr std::string_view en = "thousand persons";
};
struct item : unit_base<dim::items, std::ratio<1>> {
  static constexpr std::string_view zh = "个";
  static constexpr std::string_view en = "items";
};

// ---- intensities -------------------------------------------------------------------------------
template <PriceBasis B = current_prices>
struct tce_per_wan_yuan
    : unit_base<dim::energy_per_money<B>, std::ratio<2'930'760, 1>, B> { // 29307600000 J / 10^4 元
  static constexpr std::string_view zh = "吨标准煤/万元";
  static constexpr std::string_view en = "tce per 10,000 yuan";
};
template <PriceBasis B = current_prices>
struct yuan_per_person : unit_base<dim::money_per_person<B>, std::ratio<1>, B> {
  static constexpr std::string_view zh = "元/人";
  static constexpr std::string_view en = "yuan per person";
};

} // namespace units

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
template <template <class> class MoneyUnit, PriceBasis From, PriceBasis To, class R>
[[nodiscard]] constexpr quantity<MoneyUnit<To>, R>
deflate(const quantity<MoneyUnit<From>, R>& amount, deflator<From, To> d) noexcept {
  return quantity<MoneyUnit<To>, R>(amount.value() / d.index);
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
