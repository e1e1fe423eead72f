#pragma once
// Observations as published: a year, a value, and flags (provisional, lower bound, derived,
// revised, a break in the series). A series is any forward range of observations: a std::array, a std::vector, a span,
// a range-v3 view. Levels are observation<Q>; a series of yearly changes is a range of
// change_observation ("单位GDP能耗下降3.8%"), chained to an index with the base = 1.

#include <zzplan/calendar.hpp>
#include <zzplan/percent.hpp>

#include <concepts>
#include <cstdint>
#include <ranges>
#include <type_traits>
#include <utility>

namespace zzplan {

enum class flag : std::uint8_t {
  none = 0,
  provisional = 1,   ///< 初步核算: to be revised
  lower_bound = 2,   ///< "突破4000亿元": at least this value; never a point value for rates
  derived = 4,       ///< computed by arithmetic from published figures
  revised = 8,       ///< a revised figure (e.g. after an economic census)
  series_break = 16, ///< the first value on a new basis (a method change, a census re-basing):
                     ///< not comparable with the values before it
};

[[nodiscard]] constexpr flag operator|(flag a, flag b) noexcept {
  return static_cast<flag>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
[[nodiscard]] constexpr flag operator&(flag a, flag b) noexcept {
  return static_cast<flag>(static_cast<std::uint8_t>(a) & static_cast<std::uint8_t>(b));
}
[[nodiscard]] constexpr bool has(flag set, flag f) noexcept {
  return (set & f) != flag::none;
}

/// One published level.
template <class Q> struct observation {
  year when;
  Q value;
  flag flags = flag::none;

  constexpr observation() noexcept = default;
  constexpr observation(year w, Q v, flag f = flag::none) noexcept : when(w), value(v), flags(f) {}
  /// A value written as a plain number for an indicator with a unit ({2021y, 3420.3}) stops
  /// here, with the fix (for a share, share's own constructor says it).
  // clang-format off
  template <class V, bool Never = false>
  requires(std::is_arithmetic_v<V> && is_quantity_v<Q>)
  constexpr observation(year w, V, flag f = flag::none) noexcept // NOLINT(google-explicit-constructor)
      : when(w), value(), flags(f) {
    static_assert(Never,
                  "zzplan: the value of an observation is a plain number, but the indicator has a "
                  "unit; write it with its unit: {2021y, 3420.3_yi_yuan} or yi_yuan<>(3420.3)");
  }
  // clang-format on
  /// A year written as a number ({2021, 72.04_pct}) stops here, with the fix.
  // clang-format off
  template <std::integral Y, class V, bool Never = false>
  constexpr observation(Y, const V&, flag f = flag::none) noexcept // NOLINT(google-explicit-constructor)
      : when(refused_year), value(), flags(f) {
    static_assert(Never,
                  "zzplan: the year of an observation is written as a number (2021) where a "
                  "std::chrono::year is expected; write it with the suffix y: {2021y, 72.04_pct}");
  }
  // clang-format on
};

/// One published change: the growth of the level from `span` years before `when` to `when`
/// (span 1 for a yearly change; "前三年累计降低7.3%" is span 3).
struct change_observation {
  year when;
  growth_rate change;
  flag flags = flag::none;
  int span = 1;

  constexpr change_observation() noexcept = default;
  constexpr change_observation(year w, growth_rate g, flag f = flag::none, int s = 1) noexcept
      : when(w), change(g), flags(f), span(s) {}
  /// A year written as a number ({2021, -3.8_pct_growth}) stops here, with the fix.
  // clang-format off
  template <std::integral Y, class G, bool Never = false>
  constexpr change_observation(Y, const G&, flag f = flag::none, int s = 1) noexcept // NOLINT(google-explicit-constructor)
      : when(refused_year), change(), flags(f), span(s) {
    static_assert(Never,
                  "zzplan: the year of an observation is written as a number (2021) where a "
                  "std::chrono::year is expected; write it with the suffix y: {2021y, -3.8_pct_growth}");
  }
  // clang-format on
};

template <class R> using observation_t = std::ranges::range_value_t<R>;

template <class T> struct is_observation : std::false_type {};
template <class Q> struct is_observation<observation<Q>> : std::true_type {};

/// A forward range of level observations.
template <class R>
concept LevelSeries = std::ranges::forward_range<R> && is_observation<observation_t<R>>::value;

/// A forward range of change observations.
template <class R>
concept ChangeSeries =
    std::ranges::forward_range<R> && std::is_same_v<observation_t<R>, change_observation>;

template <class R>
concept Series = LevelSeries<R> || ChangeSeries<R>;

/// The level type of a series: the value type of its observations for levels; for changes,
/// double (the index they chain to, with the base = 1).
template <class R> struct series_level { using type = double; };
template <LevelSeries R> struct series_level<R> {
  using type = std::remove_cvref_t<decltype(std::declval<const observation_t<R>&>().value)>;
};
template <class R> using series_level_t = typename series_level<R>::type;

/// A level as the evaluation reads it: a number in the indicator's own unit (13.9 for 13.9%), or
/// the index chained from changes (the base year = 1).
struct level_point { // no default member initializers: buffers of them are not zero-filled
  int year;
  double value;
  flag flags;
};

} // namespace zzplan
