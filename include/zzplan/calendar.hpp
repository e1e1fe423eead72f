#pragma once
// Years, baselines, deadlines and periods. Years are std::chrono::year; a period runs from a base
// year b to a deadline T with b < T (checked where it is built).

#include <chrono>
#include <concepts>
#include <optional>

namespace zzplan {

using std::chrono::year;

/// A base year and its value, as a plan states it ("2020年 3000亿元"); vintage is the year the
/// figure was published, when known (figures are revised).
template <class Q> struct baseline {
  year when;
  Q value;
  std::optional<year> vintage{};
};

/// The year of a period whose years were written as numbers: already refused with a message, so
/// that nothing reports that period again (year{-32768} is not a valid year).
inline constexpr year refused_year{-32768};

/// From a base year to a deadline.
struct period {
  year base;
  year deadline;

  constexpr period() noexcept = default;
  constexpr period(year b, year d) noexcept : base(b), deadline(d) {}
  /// A year written as a number (period{2020, 2026}) stops here, with the fix: a std::chrono::year
  /// has no implicit conversion from int, and without this the compiler only says so.
  // clang-format off
  template <class B, class D, bool Never = false>
  requires(std::integral<B> || std::integral<D>)
  constexpr period(B, D) noexcept // NOLINT(google-explicit-constructor)
      : base(refused_year), deadline(refused_year) {
    static_assert(Never,
                  "zzplan: a year is written as a number (2020) where a std::chrono::year is "
                  "expected; write it with the suffix y: period{2020y, 2026y} (using namespace "
                  "std::chrono_literals)");
  }
  // clang-format on

  [[nodiscard]] constexpr int years() const noexcept {
    return static_cast<int>(deadline) - static_cast<int>(base);
  }
  [[nodiscard]] constexpr bool valid() const noexcept {
    return base.ok() && deadline.ok() && base < deadline;
  }
  friend constexpr bool operator==(const period&, const period&) noexcept = default;
};

/// The number of whole years from a to b (b - a).
[[nodiscard]] constexpr int years_between(year a, year b) noexcept {
  return static_cast<int>(b) - static_cast<int>(a);
}

} // namespace zzplan
