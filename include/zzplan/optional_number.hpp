#pragma once
// optional_number<T>: a number that may be absent, stored as the number alone. The assessment's
// outputs (ratios, rates, levels) are each present or not; a std::optional keeps a flag beside
// each, 8 bytes more and two stores (cleared, then set) for every output an evaluation writes, a
// tenth of a level goal's time on a loaded machine (docs/performance.md §1). Here "absent" is a
// NaN, which no output is: the core writes only finite numbers, and one that is not a number is
// read as absent, so that no NaN reaches a user. The interface is std::optional's, and it converts
// to std::optional<T> where one is wanted.

#include <zzplan/percent.hpp>
#include <zzplan/quantity.hpp>

#include <limits>
#include <optional>
#include <type_traits>
#include <utility>

namespace zzplan {

/// How a number type is held as one double and made back from it, exactly.
template <class T> struct number_codec;

template <> struct number_codec<double> {
  [[nodiscard]] static constexpr double raw(double v) noexcept { return v; }
  [[nodiscard]] static constexpr double make(double d) noexcept { return d; }
};
template <> struct number_codec<share> {
  [[nodiscard]] static constexpr double raw(share v) noexcept { return v.percent(); }
  [[nodiscard]] static constexpr share make(double d) noexcept { return share::percent(d); }
};
template <> struct number_codec<points> {
  [[nodiscard]] static constexpr double raw(points v) noexcept { return v.pp(); }
  [[nodiscard]] static constexpr points make(double d) noexcept { return points::pp(d); }
};
template <> struct number_codec<annual_rate> {
  [[nodiscard]] static constexpr double raw(annual_rate v) noexcept { return v.fraction(); }
  [[nodiscard]] static constexpr annual_rate make(double d) noexcept {
    return annual_rate::fraction(d);
  }
};
template <class U, class R> struct number_codec<quantity<U, R>> {
  static_assert(std::is_floating_point_v<R>,
                "zzplan: an assessment holds its levels as floating-point numbers; give the "
                "indicator a quantity with a floating-point representation (the default, double)");
  [[nodiscard]] static constexpr double raw(const quantity<U, R>& v) noexcept {
    return static_cast<double>(v.value());
  }
  [[nodiscard]] static constexpr quantity<U, R> make(double d) noexcept {
    return quantity<U, R>(static_cast<R>(d));
  }
};

/// A number type optional_number can hold: one with a number_codec.
template <class T>
concept OptionalNumberValue = requires(const T& v, double d) {
  { number_codec<T>::raw(v) } -> std::same_as<double>;
  { number_codec<T>::make(d) } -> std::same_as<T>;
};

template <OptionalNumberValue T> class optional_number {
public:
  using value_type = T;

  constexpr optional_number() noexcept = default;
  constexpr optional_number(std::nullopt_t) noexcept {}     // NOLINT(google-explicit-constructor)
  constexpr optional_number(const T& v) noexcept : v_(v) {} // NOLINT(google-explicit-constructor)
  constexpr optional_number(const std::optional<T>& o) noexcept // NOLINT
      : v_(o ? *o : none()) {}

  constexpr optional_number& operator=(std::nullopt_t) noexcept {
    v_ = none();
    return *this;
  }
  constexpr optional_number& operator=(const T& v) noexcept {
    v_ = v;
    return *this;
  }

  /// False also for a value that is not a number (NaN): it is read as absent.
  [[nodiscard]] constexpr bool has_value() const noexcept {
    const double r = number_codec<T>::raw(v_);
    return r == r;
  }
  constexpr explicit operator bool() const noexcept { return has_value(); }

  // As std::optional's: reading an absent value through these is a mistake (the NaN, unchecked).
  [[nodiscard]] constexpr const T& operator*() const noexcept { return v_; }
  [[nodiscard]] constexpr T& operator*() noexcept { return v_; }
  [[nodiscard]] constexpr const T* operator->() const noexcept { return &v_; }
  [[nodiscard]] constexpr T* operator->() noexcept { return &v_; }

  /// The value; std::bad_optional_access when absent.
  [[nodiscard]] constexpr const T& value() const {
    if (!has_value()) {
      throw std::bad_optional_access();
    }
    return v_;
  }
  template <class U> [[nodiscard]] constexpr T value_or(U&& fallback) const {
    return has_value() ? v_ : static_cast<T>(std::forward<U>(fallback));
  }

  template <class... A> constexpr T& emplace(A&&... args) noexcept {
    v_ = T(std::forward<A>(args)...);
    return v_;
  }
  constexpr void reset() noexcept { v_ = none(); }

  /// Where a std::optional is wanted (an argument, a variable of that type).
  constexpr operator std::optional<T>() const noexcept { // NOLINT(google-explicit-constructor)
    return has_value() ? std::optional<T>(v_) : std::nullopt;
  }

  // Equality as std::optional's: absent equals absent and no value (no ordering is offered).
  [[nodiscard]] friend constexpr bool operator==(const optional_number& a,
                                                 std::nullopt_t) noexcept {
    return !a.has_value();
  }
  [[nodiscard]] friend constexpr bool operator==(const optional_number& a,
                                                 const optional_number& b) noexcept {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }
  [[nodiscard]] friend constexpr bool operator==(const optional_number& a, const T& b) noexcept {
    return a.has_value() && *a == b;
  }

private:
  [[nodiscard]] static constexpr T none() noexcept {
    return number_codec<T>::make(std::numeric_limits<double>::quiet_NaN());
  }
  T v_ = none();
};

} // namespace zzplan
