#pragma once
// Years, baselines, deadlines and periods. Years are std::chrono::year; a period runs from a base
// year b to a deadline T with b < T (checked where it is built).

#include <chrono>
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

/// From a base year to a deadline.
struct period {
  year base;
  year deadline;

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
