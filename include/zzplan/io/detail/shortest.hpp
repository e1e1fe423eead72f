#pragma once
// The shortest decimal that reads back as the same double, written exactly as std::to_chars(first,
// last, v) writes it (fixed or scientific, whichever is shorter, fixed on a tie: "1e+22", "0.001",
// "1e-04", "-0"), in about two thirds of its time where Dragonbox (Debian libdragonbox-dev, CMake
// target dragonbox::dragonbox, which zzplan::csv links when it is found) is on the include path:
// its shortest digits, then the text placed here. A panel's output is a dozen such numbers per
// assessment, and libstdc++'s to_chars was a sixth of `zzplan evaluate`'s CPU time. Without
// Dragonbox the standard's to_chars does it all; the text is the same either way (tested on
// millions of values against std::to_chars).

#include <zzplan/detail/cx_math.hpp>

#include <array>
#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if __has_include(<dragonbox/dragonbox.h>)
#include <dragonbox/dragonbox.h>
#define ZZPLAN_SHORTEST_DRAGONBOX 1
#else
#define ZZPLAN_SHORTEST_DRAGONBOX 0
#endif

namespace zzplan::io::detail {

/// Whether write_shortest uses Dragonbox's digits (else std::to_chars alone).
inline constexpr bool shortest_by_dragonbox = ZZPLAN_SHORTEST_DRAGONBOX != 0;

/// "00" to "99": two digits at a time.
inline constexpr char digit_pairs[] = "00010203040506070809101112131415161718192021222324"
                                      "25262728293031323334353637383940414243444546474849"
                                      "50515253545556575859606162636465666768697071727374"
                                      "75767778798081828384858687888990919293949596979899";

// The two ways are two functions, so that programs whose files differ in what they see do not hold
// two definitions of one.
#if ZZPLAN_SHORTEST_DRAGONBOX
inline namespace by_dragonbox {

/// The eight decimal digits of x (below 10^8, leading zeros written) at out. All at once in one
/// 64-bit word: split into two numbers of four digits (32-bit lanes), then of two (16-bit lanes),
/// then into single digits (bytes), each split of every lane by one multiply and shift that is
/// exact for the lane's range; the first digit lands in the lowest byte (little-endian).
inline void eight_digits(char* out, std::uint32_t x) noexcept {
  const std::uint64_t v = x;
  const std::uint64_t high4 = (v * 109951163U) >> 40; // v / 10^4 (exact below 10^8)
  const std::uint64_t fours = high4 | ((v - high4 * 10000U) << 32);
  const std::uint64_t high2 = ((fours * 10486U) >> 20) & 0x0000007F0000007FU; // each / 100
  const std::uint64_t twos = high2 | ((fours - high2 * 100U) << 16);
  const std::uint64_t high1 = ((twos * 103U) >> 10) & 0x000F000F000F000FU; // each / 10
  const std::uint64_t ones = high1 | ((twos - high1 * 10U) << 8);
  const std::uint64_t text = ones + 0x3030303030303030U;
  std::memcpy(out, &text, 8);
}

#if defined(__SSE2__)
/// The sixteen decimal digits of x (below 10^16, leading zeros written) at out: eight_digits on
/// the two halves at once, in the lanes of one SSE2 register (x86-64's baseline), each split of
/// every lane by one multiply and shift exact for its range (four digits by 109951163 / 2^40, two
/// by 5243 / 2^19, one by 6554 / 2^16). Most numbers written are computed ratios of 16 or 17
/// digits; their digits took twice the instructions eight at a time.
inline void sixteen_digits(char* out, std::uint64_t x) noexcept {
  const __m128i v = _mm_set_epi64x(static_cast<long long>(x % 100000000U),
                                   static_cast<long long>(x / 100000000U)); // first half first
  const __m128i high4 = _mm_srli_epi64(_mm_mul_epu32(v, _mm_set1_epi32(109951163)), 40);
  const __m128i low4 = _mm_sub_epi64(v, _mm_mul_epu32(high4, _mm_set1_epi32(10000)));
  const __m128i fours = _mm_or_si128(high4, _mm_slli_epi64(low4, 32)); // 32-bit lanes < 10^4
  const __m128i high2 = _mm_srli_epi16(_mm_mulhi_epu16(fours, _mm_set1_epi16(5243)), 3);
  const __m128i low2 = _mm_sub_epi16(fours, _mm_mullo_epi16(high2, _mm_set1_epi16(100)));
  const __m128i twos = _mm_or_si128(high2, _mm_slli_epi32(low2, 16)); // 16-bit lanes < 100
  const __m128i high1 = _mm_mulhi_epu16(twos, _mm_set1_epi16(6554));
  const __m128i low1 = _mm_sub_epi16(twos, _mm_mullo_epi16(high1, _mm_set1_epi16(10)));
  const __m128i ones = _mm_or_si128(high1, _mm_slli_epi16(low1, 8)); // bytes < 10
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_add_epi8(ones, _mm_set1_epi8('0')));
}
#endif

/// The decimal digits of d (0 < d < 10^20) written right-aligned to end at `end`; returns where
/// they start. Sixteen at once for 16 or 17 digits where SSE2 is; otherwise eight at a time while
/// there are eight (on little-endian machines), then two at a time from a table.
inline char* digits_before(char* end, std::uint64_t d) noexcept {
#if defined(__SSE2__)
  constexpr std::uint64_t e15 = 1'000'000'000'000'000U;
  if (d >= e15 && d < 100 * e15) {
    if (d >= 10 * e15) {
      const std::uint64_t first = d / (10 * e15);
      end -= 17;
      *end = static_cast<char>('0' + first);
      sixteen_digits(end + 1, d - first * (10 * e15));
      return end;
    }
    end -= 16;
    sixteen_digits(end, d);
    return end;
  }
#endif
  const auto two = [&](std::uint32_t x) {
    end -= 2;
    std::memcpy(end, digit_pairs + 2 * x, 2);
  };
  constexpr bool little = std::endian::native == std::endian::little;
  while (d >= 100000000U) {
    auto low = static_cast<std::uint32_t>(d % 100000000U);
    d /= 100000000U;
    if constexpr (little) {
      end -= 8;
      eight_digits(end, low);
    } else {
      for (int k = 0; k < 4; ++k, low /= 100) {
        two(low % 100);
      }
    }
  }
  auto x = static_cast<std::uint32_t>(d);
  if (little && x >= 10000000U) {
    end -= 8;
    eight_digits(end, x);
    return end;
  }
  for (; x >= 100; x /= 100) {
    two(x % 100);
  }
  if (x >= 10) {
    two(x);
  } else {
    *--end = static_cast<char>('0' + x);
  }
  return end;
}

/// The number of decimal digits of d (0 < d < 10^20).
inline int digit_count(std::uint64_t d) noexcept {
  static constexpr auto powers = [] {
    std::array<std::uint64_t, 20> p{};
    std::uint64_t v = 1;
    for (std::uint64_t& e : p) {
      e = v;
      v *= 10; // wraps after 10^19, unused
    }
    return p;
  }();
  // log10 from log2 (1233 / 4096 is just above log10(2)), then one compare to correct it
  const int guess = (static_cast<int>(std::bit_width(d)) * 1233) >> 12;
  return guess + (d >= powers[static_cast<std::size_t>(guess)] ? 1 : 0);
}

/// Writes v at out as its shortest text when that is a decimal of one to four places and
/// 0.001 <= |v| < 10^9 (most figures of a data file: 50.33, -3420.3, 0.8), and returns its end;
/// returns nullptr, having written nothing, for any other v. About a third of the general way's
/// instructions for these, and about twenty for the others (one multiply tells most apart).
///
/// Why the text is the shortest, and std::to_chars's: m = round(|v| · 10^4) is kept only if
/// m / 10^4 == |v| (both exact doubles, so the division is the correctly rounded reading of the
/// decimal m · 10^-4: it reads back as v); its trailing zeros are then left out. Below 10^9 the
/// doubles are less than 10^-7 apart, so no other decimal of four places or fewer reads back as v.
/// In this range the fixed form is never longer than the exponent form (equal at 0.001, where
/// to_chars keeps the fixed one).
[[gnu::always_inline]] inline char* write_few_places(char* out, double v) noexcept {
  const double a = zzplan::detail::abs(v);
  const double scaled = a * 1e4;
  if (!(scaled >= 10.0 && scaled < 1e13)) {
    return nullptr;
  }
  const auto m = static_cast<std::int64_t>(scaled + 0.5);
  const double off = scaled - static_cast<double>(m);
  if (off > 1e-2 || off < -1e-2 || static_cast<double>(m) / 1e4 != a) {
    return nullptr; // more than four places (most computed values)
  }
  const auto whole = static_cast<std::uint64_t>(m) / 10000U;
  const auto places = static_cast<std::uint32_t>(static_cast<std::uint64_t>(m) % 10000U);
  if (places == 0) {
    return nullptr; // a whole number: the general way knows when its zeros make it 1e+09
  }
  if (v < 0) {
    *out++ = '-';
  }
  if (whole == 0) {
    *out++ = '0';
  } else {
    const int n = digit_count(whole);
    digits_before(out + n, whole);
    out += n;
  }
  *out++ = '.';
  std::memcpy(out, digit_pairs + 2 * (places / 100), 2);
  std::memcpy(out + 2, digit_pairs + 2 * (places % 100), 2);
  // the four places without their trailing zeros (places is not 0)
  const int zeros = places % 1000 == 0 ? 3 : (places % 100 == 0 ? 2 : (places % 10 == 0 ? 1 : 0));
  return out + 4 - zeros;
}

/// Writes the shortest round-trip text of a finite v at out (at least 25 bytes free); returns its
/// end. The digits are written where they end up (the point put in by moving the few digits
/// before it), not through a buffer.
inline char* write_shortest(char* out, double v) noexcept {
  if (v == 0.0) {
    return std::to_chars(out, out + 25, v).ptr; // "0" or "-0"
  }
  if (char* const end = write_few_places(out, v)) {
    return end;
  }
  const auto r = jkj::dragonbox::to_decimal(v); // trailing zeros removed
  const int n = digit_count(r.significand);
  const int x = r.exponent + n - 1; // v = d.ddd × 10^x
  const int ax = x < 0 ? -x : x;
  const int scientific = n + (n > 1 ? 1 : 0) + 2 + (ax >= 100 ? 3 : 2);
  const int fixed = r.exponent >= 0 ? n + r.exponent : (x >= 0 ? n + 1 : n + 1 - x);
  if (r.exponent > 0 && fixed <= scientific) {
    // a whole number written with zeros after its digits: rare, and the standard's rule for
    // which digits follow is its own; let it write it
    return std::to_chars(out, out + 25, v).ptr;
  }
  if (r.is_negative) {
    *out++ = '-';
  }
  if (fixed <= scientific) {
    if (x < 0) { // 0.000ddd: fixed is the shorter only while the zeros are few (at most 4)
      std::memcpy(out, "0.0000", 6);
      out += 1 - x;
    } else if (x + 1 < n) { // ddd.ddd
      digits_before(out + n + 1, r.significand);
      for (int k = 0; k <= x; ++k) {
        out[k] = out[k + 1];
      }
      out[x + 1] = '.';
      return out + n + 1;
    }
    digits_before(out + n, r.significand); // also ddd (exponent 0)
    return out + n;
  }
  digits_before(out + n + (n > 1 ? 1 : 0), r.significand);
  if (n > 1) {
    out[0] = out[1];
    out[1] = '.';
    out += n + 1;
  } else {
    ++out;
  }
  *out++ = 'e';
  *out++ = x < 0 ? '-' : '+';
  if (ax >= 100) {
    *out++ = static_cast<char>('0' + ax / 100);
  }
  *out++ = static_cast<char>('0' + ax / 10 % 10);
  *out++ = static_cast<char>('0' + ax % 10);
  return out;
}

/// What v printed with 15 significant digits (printf's %.15g) reads back as, where that is known
/// without printing: std::nullopt means "print it and see". From Dragonbox's shortest form s:
/// - s of at most 15 digits: v itself. The nearest 15-digit decimal is at least as close to v as s
///   and so lies inside v's rounding interval, which is symmetric unless v's significand bits are
///   all zero (a power of two: the doubles below are closer together; those are printed).
/// - s of 16 or 17 digits: s rounded to 15 digits, read back exactly. Rounding v's exact value
///   gives the same unless a 15-digit midpoint m (16 digits, the last a 5) lies between v and s.
///   It cannot lie strictly between: m would be inside the rounding interval too, and so either
///   shorter than a 17-digit s or closer to v than a 16-digit one, and Dragonbox gives the
///   shortest, then the closest. A tie at s itself is printed, and so are results that are not
///   q · 10^k with |k| <= 22, the only ones one exact multiply or divide reads back (Clinger).
inline std::optional<double> read_back_at_15_digits(double v) noexcept {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  constexpr std::uint64_t significand_bits = (std::uint64_t{1} << 52) - 1;
  constexpr std::uint64_t exponent_bits = std::uint64_t{0x7FF} << 52;
  if ((bits & ~(std::uint64_t{1} << 63)) == 0 || (bits & exponent_bits) == exponent_bits) {
    return std::nullopt; // zero, infinity or NaN
  }
  const auto d = jkj::dragonbox::to_decimal(v);
  constexpr std::uint64_t e15 = 1'000'000'000'000'000U;
  if (d.significand < e15) {
    if ((bits & significand_bits) == 0) {
      return std::nullopt;
    }
    return v;
  }
  const bool seventeen = d.significand >= 10 * e15;
  const std::uint64_t unit = seventeen ? 100U : 10U;
  std::uint64_t q = d.significand / unit;
  const std::uint64_t rest = d.significand - q * unit;
  if (2 * rest == unit) {
    return std::nullopt; // a tie at 15 digits: v's exact value decides
  }
  q += 2 * rest > unit ? 1U : 0U; // at most 10^15: exact as a double
  static constexpr double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  const int k = d.exponent + (seventeen ? 2 : 1);
  if (k < -22 || k > 22) {
    return std::nullopt;
  }
  const double m = static_cast<double>(q);
  const double out = k >= 0 ? m * powers[k] : m / powers[-k];
  return d.is_negative ? -out : out;
}

} // namespace by_dragonbox
#else
inline namespace by_std {
/// Writes the shortest round-trip text of a finite v at out (at least 25 bytes free); returns its
/// end.
inline char* write_shortest(char* out, double v) noexcept {
  return std::to_chars(out, out + 25, v).ptr;
}
/// What v printed with 15 significant digits reads back as: not known without Dragonbox.
inline std::optional<double> read_back_at_15_digits(double) noexcept {
  return std::nullopt;
}
} // namespace by_std
#endif

} // namespace zzplan::io::detail
