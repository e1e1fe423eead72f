#pragma once
// An indicator: what is measured (its quantity type), its names, and which way is better. The
// direction is always stated: nothing here guesses whether more is better.

#include <zzplan/percent.hpp>
#include <zzplan/quantity.hpp>

#include <string_view>
#include <type_traits>

namespace zzplan {

enum class direction : signed char {
  lower_is_better = -1,
  higher_is_better = 1,
};

[[nodiscard]] constexpr int sign(direction d) noexcept {
  return static_cast<int>(d);
}

/// Quantity types an indicator may have: a zzplan quantity or a share.
template <class Q>
concept IndicatorQuantity = is_quantity_v<Q> || std::is_same_v<Q, share>;

// Q is checked in the constructors, not by a constraint: a constraint failure lists the concept's
// clauses, and every later use of the indicator would fail again.
template <class Q> struct indicator {
  using quantity_type = Q;

  std::string_view name_zh;
  std::string_view name_en;
  direction better;

  // clang-format off
  template <bool Never = false>
  constexpr indicator(std::string_view zh, std::string_view en, direction d) noexcept
      : name_zh(zh), name_en(en), better(d) {
    if constexpr (!IndicatorQuantity<Q>) {
      static_assert(Never,
                    "zzplan: an indicator measures a share (zzplan::share, a rate in %) or a "
                    "quantity with a unit (yi_yuan<>, wan_persons, items, tce...), not a plain "
                    "number; write indicator<share> for a rate in %, or the unit's type");
    }
  }
  /// With one name: the Chinese name and the English one are both stated.
  template <bool Never = false>
  constexpr indicator(std::string_view name, direction d) noexcept : name_zh(name), name_en(name), better(d) {
    static_assert(Never,
                  "zzplan: an indicator has two names, Chinese then English, before its direction; "
                  "write indicator<share>{\"城镇化率\", \"urbanization rate\", direction::higher_is_better}");
  }
  /// Without its direction: more is better, or less, is always stated, never guessed.
  template <bool Never = false>
  constexpr indicator(std::string_view zh, std::string_view en) noexcept : name_zh(zh), name_en(en), better() {
    static_assert(Never,
                  "zzplan: an indicator states which way is better, never guessed; say "
                  "direction::higher_is_better or direction::lower_is_better");
  }
  // clang-format on
};

// ---- levels as plain numbers in the indicator's own unit (13.9 for 13.9%) ----------------------

template <class Q> struct level_traits;

template <class U, class R> struct level_traits<quantity<U, R>> {
  [[nodiscard]] static constexpr double number(const quantity<U, R>& q) noexcept {
    return static_cast<double>(q.value());
  }
  [[nodiscard]] static constexpr quantity<U, R> make(double v) noexcept {
    return quantity<U, R>(v);
  }
  using difference = quantity<U, R>;
  [[nodiscard]] static constexpr difference make_difference(double v) noexcept { return make(v); }
};

template <> struct level_traits<share> {
  [[nodiscard]] static constexpr double number(share s) noexcept { return s.percent(); }
  [[nodiscard]] static constexpr share make(double v) noexcept { return share::percent(v); }
  using difference = points; ///< share - share
  [[nodiscard]] static constexpr difference make_difference(double v) noexcept {
    return points::pp(v);
  }
};

/// An index with the base = 1, the level of a series observed as yearly changes.
template <> struct level_traits<double> {
  [[nodiscard]] static constexpr double number(double v) noexcept { return v; }
  [[nodiscard]] static constexpr double make(double v) noexcept { return v; }
  using difference = double;
  [[nodiscard]] static constexpr difference make_difference(double v) noexcept { return v; }
};

template <class Q> [[nodiscard]] constexpr double level_number(const Q& q) noexcept {
  return level_traits<Q>::number(q);
}

} // namespace zzplan
