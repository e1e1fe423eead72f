#pragma once
// The precision at which zzplan compares computed figures with targets and class boundaries.
// Statistics are published to a few decimals; a share kept as a fraction and read back in percent
// (25.57 -> 25.569999999999997) must not fall on the other side of a bound it equals. Two values
// closer than 1e-9 of the bound (absolute below 1) are taken as equal.

#include <zzplan/detail/cx_math.hpp>

namespace zzplan::detail {

[[nodiscard]] constexpr double published_eps(double bound) noexcept {
  const double m = abs(bound);
  return 1e-9 * (m > 1.0 ? m : 1.0);
}

/// v >= bound at the published precision.
[[nodiscard]] constexpr bool at_least(double v, double bound) noexcept {
  return v >= bound - published_eps(bound);
}

} // namespace zzplan::detail
