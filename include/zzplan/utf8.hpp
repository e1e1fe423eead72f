#pragma once
// UTF-8 as zzplan reads and prints it: well-formed sequences only (RFC 3629: no overlong forms,
// no surrogates, nothing above U+10FFFF), code points, and the display width of text in a
// terminal or a monospaced font (East Asian wide and full-width characters take two columns,
// combining marks none). One helper for the phrase parser, the file readers and the tables.
// Everything is constexpr and allocation-free.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace zzplan::utf8 {

/// The length of the well-formed sequence at s[i], or 0 when the bytes there are not one.
[[nodiscard]] constexpr std::size_t sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto at = [&](std::size_t k) {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0U;
  };
  const unsigned b = at(0);
  const auto cont = [&](std::size_t k, unsigned lo = 0x80U, unsigned hi = 0xBFU) {
    return i + k < s.size() && at(k) >= lo && at(k) <= hi;
  };
  if (b < 0x80U) {
    return 1;
  }
  if (b >= 0xC2U && b <= 0xDFU) {
    return cont(1) ? 2 : 0;
  }
  if (b >= 0xE0U && b <= 0xEFU) {
    const unsigned lo = b == 0xE0U ? 0xA0U : 0x80U; // no overlong forms
    const unsigned hi = b == 0xEDU ? 0x9FU : 0xBFU; // no surrogates
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xF0U && b <= 0xF4U) {
    const unsigned lo = b == 0xF0U ? 0x90U : 0x80U;
    const unsigned hi = b == 0xF4U ? 0x8FU : 0xBFU; // nothing above U+10FFFF
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0; // a continuation byte, C0, C1 or F5..FF
}

/// The length of the sequence a lead byte announces (1 for ASCII and for bytes that start none:
/// a step that always advances, for text already checked or shown as it is).
[[nodiscard]] constexpr std::size_t step(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0xF0U && b <= 0xF4U ? 4 : (b >= 0xE0U ? 3 : (b >= 0xC2U && b < 0xE0U ? 2 : 1));
}

/// The offset of the first byte that is not well-formed UTF-8, or npos.
[[nodiscard]] constexpr std::size_t invalid_at(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    // ASCII, the bulk of a data file: 32 bytes at a time (four words tested at once), then eight
    if (!std::is_constant_evaluated()) {
      while (i + 32 <= s.size()) {
        std::uint64_t w[4];
        std::memcpy(w, s.data() + i, sizeof w);
        if (((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ULL) != 0) {
          break;
        }
        i += 32;
      }
    }
    while (i + 8 <= s.size()) {
      std::uint64_t word = 0;
      if (std::is_constant_evaluated()) {
        for (std::size_t k = 0; k < 8; ++k) {
          word |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i + k])) << (8U * k);
        }
      } else {
        std::memcpy(&word, s.data() + i, 8); // one load
      }
      if ((word & 0x8080808080808080ULL) != 0) {
        break;
      }
      i += 8;
    }
    if (i >= s.size()) {
      break;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80U) {
      ++i;
      continue;
    }
    const std::size_t n = sequence_length(s, i);
    if (n == 0) {
      return i;
    }
    i += n;
  }
  return std::string_view::npos;
}

/// The code point of the well-formed sequence at s[i] (its byte value when there is none).
[[nodiscard]] constexpr char32_t code_point_at(std::string_view s, std::size_t i) noexcept {
  const std::size_t n = sequence_length(s, i);
  const auto lead = static_cast<unsigned char>(s[i]);
  if (n <= 1) {
    return lead;
  }
  char32_t cp = n == 2 ? (lead & 0x1FU) : (n == 3 ? (lead & 0x0FU) : (lead & 0x07U));
  for (std::size_t k = 1; k < n; ++k) {
    cp = (cp << 6U) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
  }
  return cp;
}

/// The number of code points of well-formed text (a column number in a message).
[[nodiscard]] constexpr std::size_t count(std::string_view s) noexcept {
  std::size_t n = 0;
  for (const char c : s) {
    n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1U : 0U;
  }
  return n;
}

/// Columns a code point takes: 0 for combining marks, zero-width and control characters; 2 for
/// East Asian wide and full-width characters (CJK, Hangul, kana, full-width forms, CJK symbols and
/// punctuation); 1 otherwise (ambiguous-width characters such as "—" are 1).
[[nodiscard]] constexpr int width(char32_t c) noexcept {
  if (c == 0 || c < 0x20 || (c >= 0x7F && c < 0xA0)) {
    return 0;
  }
  struct range {
    char32_t lo, hi;
  };
  constexpr range zero[] = {{0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD},  {0x0610, 0x061A},
                            {0x064B, 0x065F}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A},  {0x1AB0, 0x1AFF},
                            {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x202A, 0x202E},  {0x2060, 0x2064},
                            {0x20D0, 0x20FF}, {0x302A, 0x302D}, {0x3099, 0x309A},  {0xFE00, 0xFE0F},
                            {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF}};
  constexpr range wide[] = {{0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},
                            {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
                            {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
                            {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},
                            {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF},
                            {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}};
  for (const range& r : zero) {
    if (c >= r.lo && c <= r.hi) {
      return 0;
    }
  }
  for (const range& r : wide) {
    if (c >= r.lo && c <= r.hi) {
      return 2;
    }
  }
  return 1;
}

/// The display width of text; a byte that starts no well-formed sequence counts as one column.
[[nodiscard]] constexpr std::size_t display_width(std::string_view s) noexcept {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = sequence_length(s, i);
    if (n == 0) {
      ++w;
      ++i;
      continue;
    }
    w += static_cast<std::size_t>(width(code_point_at(s, i)));
    i += n;
  }
  return w;
}

} // namespace zzplan::utf8
