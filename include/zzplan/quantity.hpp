#pragma once
// zzplan::quantity: a value in a unit whose dimension is a Boost.Units dimension and whose scale
// to the coherent unit (元, J, 人, 个) is an exact std::ratio. The class is ours, not
// boost::units::quantity, so that every misuse reaches a zzplan message that names both sides
// (Boost's own ~40-line errors never reach the user) and so that printing of 万/亿 is ours.

#include <zzplan/detail/diagnostics.hpp>
#include <zzplan/dimension.hpp>

#include <boost/mpl/divides.hpp>
#include <boost/mpl/times.hpp>
#include <boost/units/dimension.hpp>

#include <compare>
#include <cstdint>
#include <limits>
#include <ratio>
#include <string_view>
#include <type_traits>
#include <utility>

namespace zzplan {

/// A unit: a Boost.Units dimension, an exact scale to the coherent unit, the price basis of any
/// money in it (or void), and its symbols. English display may use another magnitude
/// (亿元 → billion yuan): en_scale converts this unit's number to the English one.
template <class U>
concept Unit = requires {
  typename U::dimension;
  typename U::scale;
  typename U::basis;
  typename U::en_scale;
  { U::zh } -> std::convertible_to<std::string_view>;
  { U::en } -> std::convertible_to<std::string_view>;
};

template <class Dim, class Scale, class Basis = void, class EnScale = std::ratio<1>>
struct unit_base {
  using dimension = Dim;
  using scale = Scale;
  using basis = Basis;
  using en_scale = EnScale;
};

template <class U1, class U2>
inline constexpr bool same_dimension_v =
    std::is_same_v<typename U1::dimension, typename U2::dimension>;

namespace detail {
template <class R> inline constexpr bool is_integral_ratio_v = (R::den == 1);

// The price basis a product or quotient of two units carries (one of them holds the money).
template <class B1, class B2>
using combined_basis_t = std::conditional_t<std::is_void_v<B1>, B2, B1>;

/// v * num / den, exact for the powers of ten used here.
template <class R, class Rep> [[nodiscard]] constexpr Rep scale_by(Rep v) noexcept {
  if constexpr (R::num == 1 && R::den == 1) {
    return v;
  } else if constexpr (std::is_floating_point_v<Rep>) {
    return v * static_cast<Rep>(R::num) / static_cast<Rep>(R::den);
  } else {
    return static_cast<Rep>(v * static_cast<Rep>(R::num) / static_cast<Rep>(R::den));
  }
}

/// Converting From (in FromRep) to To (in ToRep) loses nothing: a floating target, or an integer
/// source going to a finer unit (one step of the coarse unit is a whole number of fine ones).
template <class From, class FromRep, class To, class ToRep>
inline constexpr bool converts_exactly_v =
    std::is_floating_point_v<ToRep> ||
    (std::is_integral_v<FromRep> &&
     is_integral_ratio_v<std::ratio_divide<typename From::scale, typename To::scale>>);

/// The factor of that conversion is a number of ToRep (10^12 for 万亿元 -> 元 is not an int).
template <class From, class To, class ToRep> [[nodiscard]] consteval bool factor_fits() noexcept {
  if constexpr (std::is_floating_point_v<ToRep>) {
    return true;
  } else {
    return std::cmp_less_equal(std::ratio_divide<typename From::scale, typename To::scale>::num,
                               std::numeric_limits<ToRep>::max());
  }
}
template <class From, class To, class ToRep>
inline constexpr bool factor_fits_v = factor_fits<From, To, ToRep>();
} // namespace detail

template <Unit U, class Rep = double> class quantity;

template <class T> struct is_quantity : std::false_type {};
template <class U, class R> struct is_quantity<quantity<U, R>> : std::true_type {};
template <class T> inline constexpr bool is_quantity_v = is_quantity<std::remove_cvref_t<T>>::value;

template <class T>
concept Quantity = is_quantity_v<T>;

/// The family of a unit (money, energy, persons, ...; other for a product or quotient).
template <Unit U>
inline constexpr unit_family
    family_of_unit_v = family_of_dimension<typename U::dimension, typename U::basis>();

/// Units A and B can be added, subtracted and compared when their dimensions agree.
template <class U1, class U2> inline constexpr bool units_compatible_v = same_dimension_v<U1, U2>;

/// A product or quotient of two units (tce per 万元, 元 per person, ...).
template <class Dim, class Scale, class Basis, class Left, class Right, bool IsQuotient>
struct
    derived_unit // its English number scales as its parts' do (万吨/亿元 -> thousand tce/billion)
    : unit_base<
          Dim, Scale, Basis,
          std::conditional_t<
              IsQuotient, std::ratio_divide<typename Left::en_scale, typename Right::en_scale>,
              std::ratio_multiply<typename Left::en_scale, typename Right::en_scale>>> {
  static constexpr std::string_view zh = "";
  static constexpr std::string_view en = "";
  using left = Left;
  using right = Right;
  static constexpr bool is_quotient = IsQuotient;
};

namespace detail {
template <class U1, class U2>
using product_unit_t =
    derived_unit<typename boost::mpl::times<typename U1::dimension, typename U2::dimension>::type,
                 std::ratio_multiply<typename U1::scale, typename U2::scale>,
                 combined_basis_t<typename U1::basis, typename U2::basis>, U1, U2, false>;
template <class U1, class U2>
using quotient_unit_t =
    derived_unit<typename boost::mpl::divides<typename U1::dimension, typename U2::dimension>::type,
                 std::ratio_divide<typename U1::scale, typename U2::scale>,
                 combined_basis_t<typename U1::basis, typename U2::basis>, U1, U2, true>;

// Finer of two units of one dimension: sums are exact in it (as std::chrono does).
template <class U1, class U2>
using finer_unit_t =
    std::conditional_t<std::ratio_less_equal_v<typename U1::scale, typename U2::scale>, U1, U2>;
} // namespace detail

template <Unit U, class Rep> class quantity {
  static_assert(std::is_arithmetic_v<Rep> && !std::is_same_v<Rep, bool>,
                "zzplan: a quantity's representation is a number type (double by default)");

public:
  using unit = U;
  using rep = Rep;
  using dimension = typename U::dimension;

  constexpr quantity() noexcept = default;

  template <class T>
  requires std::is_arithmetic_v<T>
  constexpr explicit quantity(T v) noexcept : value_(static_cast<Rep>(v)) {
    static_assert(!(std::is_floating_point_v<T> && std::is_integral_v<Rep>),
                  "zzplan: a floating-point number stored in an integer quantity would be "
                  "truncated; use the default representation, double");
  }

  /// Conversion between units of one dimension (亿元 → 万元). Exact for double; an integer
  /// representation may only convert to a finer unit, where nothing is lost.
  template <class U2, class R2>
  requires same_dimension_v<U, U2>
  constexpr quantity(const quantity<U2, R2>& other) noexcept // NOLINT(google-explicit-constructor)
      : value_(detail::scale_by<std::ratio_divide<typename U2::scale, typename U::scale>>(
            static_cast<Rep>(other.value()))) {
    static_assert(detail::converts_exactly_v<U2, R2, U, Rep>,
                  "zzplan: converting to a coarser unit (元 → 万元) or from a floating value in an "
                  "integer representation would truncate silently; use double");
    static_assert(
        detail::factor_fits_v<U2, U, Rep>,
        "zzplan: the conversion factor (万亿元 → 元 is 10^12) does not fit in this integer "
        "representation and would overflow silently; use double or a wider integer");
  }

  [[nodiscard]] constexpr Rep value() const noexcept { return value_; }

  /// The number of this quantity in another unit of the same dimension.
  template <Unit U2> [[nodiscard]] constexpr quantity<U2, Rep> in() const noexcept {
    return quantity<U2, Rep>(*this);
  }

  [[nodiscard]] constexpr quantity operator+() const noexcept { return *this; }
  [[nodiscard]] constexpr quantity operator-() const noexcept { return quantity(-value_); }

  template <class U2, class R2>
  requires same_dimension_v<U, U2>
  constexpr quantity& operator+=(const quantity<U2, R2>& o) noexcept {
    value_ += quantity(o).value();
    return *this;
  }
  template <class U2, class R2>
  requires same_dimension_v<U, U2>
  constexpr quantity& operator-=(const quantity<U2, R2>& o) noexcept {
    value_ -= quantity(o).value();
    return *this;
  }
  constexpr quantity& operator*=(Rep k) noexcept {
    value_ *= k;
    return *this;
  }
  constexpr quantity& operator/=(Rep k) noexcept {
    value_ /= k;
    return *this;
  }

  // ---- same-dimension arithmetic (other pairs reach the diagnostics below) ----
  template <class U2, class R2>
  requires same_dimension_v<U, U2>
  [[nodiscard]] friend constexpr auto operator+(const quantity& a,
                                                const quantity<U2, R2>& b) noexcept {
    using out = quantity<detail::finer_unit_t<U, U2>, std::common_type_t<Rep, R2>>;
    return out(out(a).value() + out(b).value());
  }
  template <class U2, class R2>
  requires same_dimension_v<U, U2>
  [[nodiscard]] friend constexpr auto operator-(const quantity& a,
                                                const quantity<U2, R2>& b) noexcept {
    using out = quantity<detail::finer_unit_t<U, U2>, std::common_type_t<Rep, R2>>;
    return out(out(a).value() - out(b).value());
  }
  template <class U2, class R2>
  requires same_dimension_v<U, U2>
  [[nodiscard]] friend constexpr bool operator==(const quantity& a,
                                                 const quantity<U2, R2>& b) noexcept {
    using out = quantity<detail::finer_unit_t<U, U2>, std::common_type_t<Rep, R2>>;
    return out(a).value() == out(b).value();
  }
  template <class U2, class R2>
  requires same_dimension_v<U, U2>
  [[nodiscard]] friend constexpr auto operator<=>(const quantity& a,
                                                  const quantity<U2, R2>& b) noexcept {
    using out = quantity<detail::finer_unit_t<U, U2>, std::common_type_t<Rep, R2>>;
    return out(a).value() <=> out(b).value();
  }

  // ---- scaling by a plain number ----
  // (in the common type of both, as std::chrono does: an int quantity * 1.5 is a double quantity)
  template <class T>
  requires std::is_arithmetic_v<T>
  [[nodiscard]] friend constexpr auto operator*(const quantity& a, T k) noexcept {
    using out_rep = std::common_type_t<Rep, T>;
    return quantity<U, out_rep>(static_cast<out_rep>(a.value_) * static_cast<out_rep>(k));
  }
  template <class T>
  requires std::is_arithmetic_v<T>
  [[nodiscard]] friend constexpr auto operator*(T k, const quantity& a) noexcept {
    using out_rep = std::common_type_t<Rep, T>;
    return quantity<U, out_rep>(static_cast<out_rep>(k) * static_cast<out_rep>(a.value_));
  }
  template <class T>
  requires std::is_arithmetic_v<T>
  [[nodiscard]] friend constexpr auto operator/(const quantity& a, T k) noexcept {
    using out_rep = std::common_type_t<Rep, T>;
    return quantity<U, out_rep>(static_cast<out_rep>(a.value_) / static_cast<out_rep>(k));
  }

  // ---- products and quotients: the dimension is Boost.Units' product or quotient ----
  template <class U2, class R2>
  [[nodiscard]] friend constexpr auto operator*(const quantity& a,
                                                const quantity<U2, R2>& b) noexcept {
    using out_unit = detail::product_unit_t<U, U2>;
    using out_rep = std::common_type_t<Rep, R2>;
    if constexpr (std::is_same_v<typename out_unit::dimension, dim::dimensionless>) {
      return detail::scale_by<typename out_unit::scale>(static_cast<out_rep>(a.value()) *
                                                        b.value());
    } else {
      return quantity<out_unit, out_rep>(a.value() * b.value());
    }
  }
  template <class U2, class R2>
  [[nodiscard]] friend constexpr auto operator/(const quantity& a,
                                                const quantity<U2, R2>& b) noexcept {
    using out_unit = detail::quotient_unit_t<U, U2>;
    using out_rep = std::common_type_t<Rep, R2, double>;
    if constexpr (std::is_same_v<typename out_unit::dimension, dim::dimensionless>) {
      return detail::scale_by<typename out_unit::scale>(static_cast<out_rep>(a.value()) /
                                                        b.value());
    } else {
      return quantity<out_unit, out_rep>(static_cast<out_rep>(a.value()) / b.value());
    }
  }

private:
  Rep value_{};
};

namespace detail {
template <Unit U> [[nodiscard]] consteval auto unit_meaning() {
  constexpr unit_family f = family_of_unit_v<U>;
  if constexpr (f == unit_family::money) {
    if constexpr (U::basis::is_constant) {
      return meanings::money_at_constant_prices_of<U::basis::year>{};
    } else {
      return meanings::money_at_current_prices{};
    }
  } else if constexpr (f == unit_family::energy) {
    return meanings::energy_in_tce{};
  } else if constexpr (f == unit_family::persons) {
    return meanings::persons{};
  } else if constexpr (f == unit_family::items) {
    if constexpr (classifier_of_v<typename U::dimension> == unit_id::item) {
      return meanings::count_of_items{};
    } else {
      return meanings::count_of<classifier_of_v<typename U::dimension>>{};
    }
  } else if constexpr (f == unit_family::per_population) {
    return meanings::rate_per_population_of<classifier_of_v<typename U::dimension>>{};
  } else if constexpr (f == unit_family::duration) {
    return meanings::duration_in_years{};
  } else if constexpr (f == unit_family::mass) {
    return meanings::mass{};
  } else if constexpr (f == unit_family::area) {
    return meanings::area{};
  } else if constexpr (f == unit_family::volume) {
    return meanings::volume{};
  } else if constexpr (f == unit_family::concentration) {
    return meanings::concentration{};
  } else if constexpr (f == unit_family::co2) {
    return meanings::co2_emissions{};
  } else if constexpr (f == unit_family::co2_intensity) {
    return meanings::co2_intensity{};
  } else if constexpr (f == unit_family::electricity) {
    return meanings::electricity{};
  } else if constexpr (f == unit_family::water_intensity) {
    return meanings::water_intensity{};
  } else if constexpr (f == unit_family::energy_intensity) {
    return meanings::energy_intensity{};
  } else if constexpr (f == unit_family::money_per_person) {
    return meanings::money_per_person{};
  } else {
    return meanings::other_quantity_with_a_unit{};
  }
}
} // namespace detail

template <class U, class R> struct meaning_of<quantity<U, R>> {
  using type = decltype(detail::unit_meaning<U>());
};
template <class U1, class R1, class U2, class R2>
inline constexpr bool addable_v<quantity<U1, R1>, quantity<U2, R2>> = same_dimension_v<U1, U2>;
template <class U1, class R1, class U2, class R2>
inline constexpr bool comparable_v<quantity<U1, R1>, quantity<U2, R2>> = same_dimension_v<U1, U2>;

/// The number of q expressed in unit U2 (q.in<U2>().value()).
template <Unit U2, class U, class R>
[[nodiscard]] constexpr R value_in(const quantity<U, R>& q) noexcept {
  return q.template in<U2>().value();
}

} // namespace zzplan
