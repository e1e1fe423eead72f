#pragma once
// Shares, percentage points, growth rates and average annual rates: the algebra of docs/method.md §2.
//   share - share = points        share ± points = share        points ± points = points
//   growth rates compound (compound, over), never add    a rate applies to a level (apply)
//   a share of a quantity is that quantity (share * money = money)
// Shares and points keep the number as written in percent (72.04 for 72.04%), so that a figure
// read from a statistic comes back exactly as it was read (72.04, not 72.04000000000001); rates
// keep fractions (0.08 for 8%), as they are used in products. Factories say which reading is meant.

#include <zzplan/detail/cx_math.hpp>
#include <zzplan/detail/diagnostics.hpp>
#include <zzplan/quantity.hpp>

#include <compare>
#include <concepts>
#include <type_traits>

namespace zzplan {

class share;
class points;
class growth_rate;
class annual_rate;

// ---- what they mean and what may be combined (detail/diagnostics.hpp) ----------------------------------
template <> struct meaning_of<share> { using type = meanings::share_in_percent; };
template <> struct meaning_of<points> { using type = meanings::percentage_points; };
template <> struct meaning_of<growth_rate> { using type = meanings::growth_rate; };
template <> struct meaning_of<annual_rate> { using type = meanings::average_annual_rate; };

template <> inline constexpr bool addable_v<share, points> = true;
template <> inline constexpr bool addable_v<points, share> = true;
template <> inline constexpr bool addable_v<points, points> = true;
template <> inline constexpr bool subtractable_v<share, share> = true;
template <> inline constexpr bool subtractable_v<share, points> = true;
template <> inline constexpr bool subtractable_v<points, points> = true;
template <>
inline constexpr bool subtractable_v<points, share> = false; // not inherited from addable_v
template <> inline constexpr bool subtractable_v<growth_rate, growth_rate> = true;
template <> inline constexpr bool subtractable_v<annual_rate, annual_rate> = true;
template <class T>
requires(std::same_as<T, share> || std::same_as<T, points> || std::same_as<T, growth_rate> ||
         std::same_as<T, annual_rate>) inline constexpr bool comparable_v<T, T> = true;

/// A share: a level that is a proportion of a whole (城镇化率 72.04%).
class share {
public:
  constexpr share() noexcept = default;
  [[nodiscard]] static constexpr share percent(double p) noexcept { return share(p); }
  [[nodiscard]] static constexpr share fraction(double f) noexcept { return share(f * 100.0); }
  // A plain number written where a share is expected (share s = 72.04) stops here with the fix;
  // share(double) stays private, so a share is still not constructible from a number.
  // clang-format off
  template <class N, bool Never = false>
  requires std::is_arithmetic_v<N>
  constexpr share(N) noexcept { // NOLINT(google-explicit-constructor)
    static_assert(Never,
                  "zzplan: a plain number is given where a share (%) is expected; write it with "
                  "_pct: 72.04% is 72.04_pct");
  }
  // clang-format on
  [[nodiscard]] constexpr double fraction() const noexcept { return p_ / 100.0; }
  [[nodiscard]] constexpr double percent() const noexcept { return p_; }
  friend constexpr bool operator==(share, share) noexcept = default;
  friend constexpr auto operator<=>(share, share) noexcept = default;

private:
  constexpr explicit share(double p) noexcept : p_(p) {}
  double p_{}; ///< in percent
};

/// Percentage points (个百分点): the difference of two shares, or of two rates.
class points {
public:
  constexpr points() noexcept = default;
  [[nodiscard]] static constexpr points pp(double p) noexcept { return points(p); }
  [[nodiscard]] static constexpr points fraction(double f) noexcept { return points(f * 100.0); }
  // clang-format off
  template <class N, bool Never = false>
  requires std::is_arithmetic_v<N>
  constexpr points(N) noexcept { // NOLINT(google-explicit-constructor)
    static_assert(Never,
                  "zzplan: a plain number is given where percentage points (个百分点) are "
                  "expected; write it with _pp: 提高1个百分点 is 1_pp");
  }
  // clang-format on
  [[nodiscard]] constexpr double fraction() const noexcept { return p_ / 100.0; }
  [[nodiscard]] constexpr double pp() const noexcept { return p_; }
  [[nodiscard]] constexpr points operator-() const noexcept { return points(-p_); }
  friend constexpr bool operator==(points, points) noexcept = default;
  friend constexpr auto operator<=>(points, points) noexcept = default;
  [[nodiscard]] friend constexpr points operator+(points a, points b) noexcept {
    return points(a.p_ + b.p_);
  }
  [[nodiscard]] friend constexpr points operator-(points a, points b) noexcept {
    return points(a.p_ - b.p_);
  }
  [[nodiscard]] friend constexpr points operator*(double k, points a) noexcept {
    return points(k * a.p_);
  }
  [[nodiscard]] friend constexpr points operator*(points a, double k) noexcept {
    return points(a.p_ * k);
  }

private:
  constexpr explicit points(double p) noexcept : p_(p) {}
  double p_{}; ///< in percentage points
};

/// A growth rate: the relative change (v1 - v0) / v0 over some period; signed, so "下降15%" is -15%.
class growth_rate {
public:
  constexpr growth_rate() noexcept = default;
  [[nodiscard]] static constexpr growth_rate percent(double p) noexcept {
    return growth_rate(p / 100.0);
  }
  [[nodiscard]] static constexpr growth_rate fraction(double f) noexcept { return growth_rate(f); }
  // The conversions below exist only to explain a mistake: each stops at its own static_assert,
  // so that the message comes first, next to the line that wrote the wrong kind of percent.
  // clang-format off
  template <class N, bool Never = false>
  requires std::is_arithmetic_v<N>
  constexpr growth_rate(N) noexcept { // NOLINT(google-explicit-constructor)
    static_assert(Never,
                  "zzplan: a plain number is given where a growth rate is expected; write it "
                  "with _pct_growth: 增长15% is 15_pct_growth");
  }
  template <std::same_as<share> S, bool Never = false>
  constexpr growth_rate(S) noexcept { // NOLINT(google-explicit-constructor)
    static_assert(Never,
                  "zzplan: a share (15_pct, a level such as a rate in %) is written where a "
                  "growth rate is expected; the change between two shares is "
                  "relative_change(from, to); a growth of 15% is written 15_pct_growth");
  }
  template <std::same_as<points> P, bool Never = false>
  constexpr growth_rate(P) noexcept { // NOLINT(google-explicit-constructor)
    static_assert(Never,
                  "zzplan: percentage points (个百分点, 1_pp) are the difference of two shares, not a "
                  "growth rate: 'rose 5 points' is not 'rose 5%'; the relative change of a share "
                  "is relative_change(from, to); a growth of 1% is written 1_pct_growth");
  }
  template <std::same_as<annual_rate> A, bool Never = false>
  constexpr growth_rate(A) noexcept { // NOLINT(google-explicit-constructor)
    static_assert(Never,
                  "zzplan: an average annual rate (8_pct_a_year, 年均) is written where a growth "
                  "over the whole period is expected; compound it with over(rate, years), or "
                  "write the period's growth as 15_pct_growth");
  }
  // clang-format on
  [[nodiscard]] constexpr double fraction() const noexcept { return f_; }
  [[nodiscard]] constexpr double percent() const noexcept { return f_ * 100.0; }
  /// The growth factor 1 + g.
  [[nodiscard]] constexpr double factor() const noexcept { return 1.0 + f_; }
  [[nodiscard]] constexpr growth_rate operator-() const noexcept { return growth_rate(-f_); }
  friend constexpr bool operator==(growth_rate, growth_rate) noexcept = default;
  friend constexpr auto operator<=>(growth_rate, growth_rate) noexcept = default;
  /// The difference of two rates is in percentage points.
  [[nodiscard]] friend constexpr points operator-(growth_rate a, growth_rate b) noexcept {
    return points::fraction(a.f_ - b.f_);
  }

private:
  constexpr explicit growth_rate(double f) noexcept : f_(f) {}
  double f_{};
};

/// An average annual rate (年均增长率): the constant yearly r with v_T = v_b (1 + r)^(T - b).
class annual_rate {
public:
  constexpr annual_rate() noexcept = default;
  [[nodiscard]] static constexpr annual_rate percent(double p) noexcept {
    return annual_rate(p / 100.0);
  }
  [[nodiscard]] static constexpr annual_rate fraction(double f) noexcept { return annual_rate(f); }
  // clang-format off
  template <class N, bool Never = false>
  requires std::is_arithmetic_v<N>
  constexpr annual_rate(N) noexcept { // NOLINT(google-explicit-constructor)
    static_assert(Never,
                  "zzplan: a plain number is given where an average annual rate is expected; "
                  "write it with _pct_a_year: 年均增长8% is 8_pct_a_year");
  }
  template <std::same_as<share> S, bool Never = false>
  constexpr annual_rate(S) noexcept { // NOLINT(google-explicit-constructor)
    static_assert(Never,
                  "zzplan: a share (8_pct, a level such as a rate in %) is written where an "
                  "average annual rate is expected; 年均增长8% is written 8_pct_a_year");
  }
  template <std::same_as<points> P, bool Never = false>
  constexpr annual_rate(P) noexcept { // NOLINT(google-explicit-constructor)
    static_assert(Never,
                  "zzplan: percentage points (个百分点, 1_pp) are the difference of two shares, not "
                  "an average annual rate; 年均增长8% is written 8_pct_a_year");
  }
  template <std::same_as<growth_rate> G, bool Never = false>
  constexpr annual_rate(G) noexcept { // NOLINT(google-explicit-constructor)
    static_assert(Never,
                  "zzplan: a growth over the whole period (8_pct_growth) is written where an "
                  "average annual rate is expected; average_annual(growth, years) converts it; "
                  "年均增长8% is written 8_pct_a_year");
  }
  // clang-format on
  [[nodiscard]] constexpr double fraction() const noexcept { return f_; }
  [[nodiscard]] constexpr double percent() const noexcept { return f_ * 100.0; }
  [[nodiscard]] constexpr annual_rate operator-() const noexcept { return annual_rate(-f_); }
  friend constexpr bool operator==(annual_rate, annual_rate) noexcept = default;
  friend constexpr auto operator<=>(annual_rate, annual_rate) noexcept = default;
  [[nodiscard]] friend constexpr points operator-(annual_rate a, annual_rate b) noexcept {
    return points::fraction(a.f_ - b.f_);
  }

private:
  constexpr explicit annual_rate(double f) noexcept : f_(f) {}
  double f_{};
};

// ---- the algebra between them ------------------------------------------------------------------

[[nodiscard]] constexpr points operator-(share a, share b) noexcept {
  return points::pp(a.percent() - b.percent());
}
[[nodiscard]] constexpr share operator+(share a, points p) noexcept {
  return share::percent(a.percent() + p.pp());
}
[[nodiscard]] constexpr share operator+(points p, share a) noexcept {
  return a + p;
}
[[nodiscard]] constexpr share operator-(share a, points p) noexcept {
  return share::percent(a.percent() - p.pp());
}

/// A share of a quantity is that quantity (30% of 1000亿元 is 300亿元).
template <class U, class R>
[[nodiscard]] constexpr auto operator*(share s, const quantity<U, R>& q) noexcept {
  return q * s.fraction();
}
template <class U, class R>
[[nodiscard]] constexpr auto operator*(const quantity<U, R>& q, share s) noexcept {
  return q * s.fraction();
}

/// The share that part is of whole (both of one dimension).
template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2>
[[nodiscard]] constexpr share share_of(const quantity<U1, R1>& part,
                                       const quantity<U2, R2>& whole) noexcept {
  return share::fraction(static_cast<double>(part / whole));
}

/// The explicit sum of the parts of one whole (shares do not add by operator+).
template <std::same_as<share>... S>
[[nodiscard]] constexpr share sum_of_parts(share first, S... rest) noexcept {
  return share::percent((first.percent() + ... + rest.percent()));
}

/// Growth rates compound: (1 + a)(1 + b) - 1.
template <std::same_as<growth_rate>... G>
[[nodiscard]] constexpr growth_rate compound(growth_rate first, G... rest) noexcept {
  return growth_rate::fraction((first.factor() * ... * rest.factor()) - 1.0);
}

/// An average annual rate compounded over whole or fractional years: (1 + r)^n - 1.
[[nodiscard]] constexpr growth_rate over(annual_rate r, double years) noexcept {
  return growth_rate::fraction(detail::pow(1.0 + r.fraction(), years) - 1.0);
}

/// The average annual rate that compounds to g over the years: (1 + g)^(1/n) - 1.
[[nodiscard]] constexpr annual_rate average_annual(growth_rate g, double years) noexcept {
  return annual_rate::fraction(detail::pow(g.factor(), 1.0 / years) - 1.0);
}

/// The relative change from one level to another, (to - from) / from.
template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2>
[[nodiscard]] constexpr growth_rate relative_change(const quantity<U1, R1>& from,
                                                    const quantity<U2, R2>& to) noexcept {
  return growth_rate::fraction(static_cast<double>(to / from) - 1.0);
}
[[nodiscard]] constexpr growth_rate relative_change(share from, share to) noexcept {
  return growth_rate::fraction(to.percent() / from.percent() - 1.0);
}

/// A growth rate applied to a level: v (1 + g).
template <class U, class R>
[[nodiscard]] constexpr auto apply(growth_rate g, const quantity<U, R>& level) noexcept {
  return level * g.factor();
}
[[nodiscard]] constexpr share apply(growth_rate g, share level) noexcept {
  return share::percent(level.percent() * g.factor());
}

namespace literals {
[[nodiscard]] constexpr share operator""_pct(long double v) noexcept {
  return share::percent(static_cast<double>(v));
}
[[nodiscard]] constexpr share operator""_pct(unsigned long long v) noexcept {
  return share::percent(static_cast<double>(v));
}
[[nodiscard]] constexpr points operator""_pp(long double v) noexcept {
  return points::pp(static_cast<double>(v));
}
[[nodiscard]] constexpr points operator""_pp(unsigned long long v) noexcept {
  return points::pp(static_cast<double>(v));
}
[[nodiscard]] constexpr growth_rate operator""_pct_growth(long double v) noexcept {
  return growth_rate::percent(static_cast<double>(v));
}
[[nodiscard]] constexpr growth_rate operator""_pct_growth(unsigned long long v) noexcept {
  return growth_rate::percent(static_cast<double>(v));
}
[[nodiscard]] constexpr annual_rate operator""_pct_a_year(long double v) noexcept {
  return annual_rate::percent(static_cast<double>(v));
}
[[nodiscard]] constexpr annual_rate operator""_pct_a_year(unsigned long long v) noexcept {
  return annual_rate::percent(static_cast<double>(v));
}
} // namespace literals

} // namespace zzplan
