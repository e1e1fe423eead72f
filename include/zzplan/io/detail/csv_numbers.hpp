#pragma once
// The numbers of a data file's cells, read exactly as std::from_chars reads them (the same values,
// the same refusals), the common forms without its general loops: years and spans, and values as
// published figures write them.

#include <bit>
#include <cfloat>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <system_error>

namespace zzplan::io::detail {

/// Reads all of s as std::from_chars reads an int; false if it is not one (out then unchanged).
/// Up to nine digits without a sign (every year, every span) are read here: from_chars' general
/// loop was a thirtieth of the instructions of `zzplan evaluate` on a panel.
[[nodiscard]] inline bool read_whole(std::string_view s, int& out) noexcept {
  if (s.size() == 4 && std::endian::native == std::endian::little) { // a year: four bytes at once
    std::uint32_t v = 0;
    std::memcpy(&v, s.data(), 4);
    // each byte '0' to '9': its high half is 3, and still 3 after adding 6 (no byte carries)
    if ((v & 0xF0F0F0F0U) == 0x30303030U && ((v + 0x06060606U) & 0xF0F0F0F0U) == 0x30303030U) {
      const std::uint32_t d = v - 0x30303030U;       // the digits, the first in the lowest byte
      const std::uint32_t pairs = d * 10 + (d >> 8); // bytes 0 and 2: the two 2-digit halves
      out = static_cast<int>((pairs & 0xFFU) * 100 + ((pairs >> 16) & 0xFFU));
      return true;
    }
  }
  if (!s.empty() && s.size() <= 9) {
    unsigned v = 0; // unsigned: a line of letters wraps around instead of overflowing
    bool digits = true;
    for (const char c : s) {
      const unsigned d = static_cast<unsigned char>(c) - unsigned{'0'};
      digits = digits && d <= 9;
      v = v * 10 + d;
    }
    if (digits) {
      out = static_cast<int>(v);
      return true;
    }
  }
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && end == s.data() + s.size() && !s.empty();
}

/// Reads all of s as std::from_chars reads a double (general format); false if it is not one
/// (out then unchanged). Up to 15 digits with one point, the way published figures are written,
/// are read here: the digits make an integer below 2^53 and the point a power of ten up to 10^15,
/// both exact doubles, so their quotient, rounded once by the division, is the double nearest
/// the decimal, the one from_chars gives (Clinger's fast path). from_chars' own checks and
/// patterns were a sixth of the reading of a panel.
[[nodiscard]] inline bool read_decimal(std::string_view s, double& out) noexcept {
  static constexpr double powers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  const char* p = s.data();
  const char* const last = p + s.size();
  const bool negative = p != last && *p == '-';
  p += negative ? 1 : 0;
  std::uint64_t m = 0;
  int digits = 0;
  int after_point = -1; // digits after the point; -1: no point
  for (; p != last && digits <= 15; ++p) {
    const unsigned d = static_cast<unsigned char>(*p) - unsigned{'0'};
    if (d <= 9) {
      m = m * 10 + d;
      ++digits;
      after_point += after_point >= 0 ? 1 : 0;
    } else if (*p == '.' && after_point < 0) {
      after_point = 0;
    } else {
      break;
    }
  }
  // FLT_EVAL_METHOD 0: a double division rounds once, to double (not through a wider type)
  if (p == last && digits > 0 && digits <= 15 && FLT_EVAL_METHOD == 0) {
    double v = static_cast<double>(m);
    if (after_point > 0) {
      v /= powers[after_point];
    }
    out = negative ? -v : v;
    return true;
  }
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && end == s.data() + s.size();
}

} // namespace zzplan::io::detail
