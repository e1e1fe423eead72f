#pragma once
// The display width of UTF-8 text in a terminal or a monospaced font: East Asian wide and
// full-width characters take two columns, combining marks none (used to align tables).

#include <cstddef>
#include <string_view>

namespace zzplan::io {

// ---- display width ---------------------------------------------------------------------------

/// Columns a code point takes in a terminal: 0 for combining marks, zero-width and control
/// characters; 2 for East Asian wide and full-width characters (CJK, Hangul, kana, full-width
/// forms, CJK symbols and punctuation); 1 otherwise (ambiguous-width characters such as "—" are 1).
[[nodiscard]] constexpr int code_point_width(char32_t c) noexcept {
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

/// The display width of UTF-8 text; a malformed byte counts as one column.
[[nodiscard]] constexpr std::size_t display_width(std::string_view s) noexcept {
  std::size_t width = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80           ? 1
                      : (b >> 5) == 0x6  ? 2
                      : (b >> 4) == 0xE  ? 3
                      : (b >> 3) == 0x1E ? 4
                                         : 0;
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1Fu) : len == 3 ? (b & 0x0Fu) : (b & 0x07u);
    for (std::size_t k = 1; k < len; ++k) {
      const char32_t cb = i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0U;
      if ((cb & 0xC0) != 0x80) {
        len = 0; // truncated sequence
        break;
      }
      c = (c << 6) | (cb & 0x3Fu);
    }
    if (len == 0) {
      ++width;
      ++i;
      continue;
    }
    width += static_cast<std::size_t>(code_point_width(c));
    i += len;
  }
  return width;
}

} // namespace zzplan::io
