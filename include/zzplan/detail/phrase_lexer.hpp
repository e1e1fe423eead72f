#pragma once
// The lexical layer of the target-phrase parser (zzplan/phrase.hpp): UTF-8 text as planners type
// it, with half-width and full-width forms alike (15% / １５％, 2.5 / ２．５, 2~3 / 2～3, : / ：).
// Everything here is constexpr and allocation-free; offsets are byte offsets into the phrase.
// The units a phrase may write are the unit table's (unit_table.hpp).

#include <zzplan/utf8.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace zzplan::detail::phrase {

using utf8::step;

[[nodiscard]] constexpr bool is_space(std::string_view s, std::size_t i) noexcept {
  return s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
         s.substr(i).starts_with("\u3000");
}

/// s without leading and trailing spaces (ASCII and the ideographic space U+3000).
[[nodiscard]] constexpr std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(s, 0)) {
    s.remove_prefix(step(s[0]));
  }
  while (!s.empty()) {
    if (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r') {
      s.remove_suffix(1);
    } else if (s.ends_with("\u3000")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s;
}

/// A decimal number as written: mantissa and number of decimals (exact, no rounding yet).
struct decimal {
  std::uint64_t mantissa = 0;
  int decimals = 0;
};

enum class number_status : unsigned char { none, ok, too_long, no_fraction_digits };

[[nodiscard]] constexpr double pow10(int n) noexcept {
  double p = 1.0;
  for (int i = 0; i < n; ++i) {
    p *= 10.0; // exact up to 1e22
  }
  return p;
}

/// The value of d times 10^magnitude, correctly rounded when the digits fit in 53 bits (so "0.78"
/// gives the same double as the literal 0.78).
[[nodiscard]] constexpr double decimal_value(decimal d, int magnitude = 0) noexcept {
  const int shift = magnitude - d.decimals;
  const auto m = static_cast<double>(d.mantissa);
  return shift >= 0 ? m * pow10(shift) : m / pow10(-shift);
}

/// A cursor over the phrase.
struct lexer {
  std::string_view s;
  std::size_t pos = 0;

  [[nodiscard]] constexpr bool at_end() const noexcept { return pos >= s.size(); }
  [[nodiscard]] constexpr std::string_view rest() const noexcept { return s.substr(pos); }
  [[nodiscard]] constexpr bool peek(std::string_view w) const noexcept {
    return rest().starts_with(w);
  }
  constexpr bool eat(std::string_view w) noexcept {
    if (!peek(w)) {
      return false;
    }
    pos += w.size();
    return true;
  }
  template <std::size_t N> constexpr bool eat_any(const std::string_view (&words)[N]) noexcept {
    for (const std::string_view w : words) {
      if (eat(w)) {
        return true;
      }
    }
    return false;
  }
  constexpr void skip_space() noexcept {
    while (!at_end() && is_space(s, pos)) {
      pos += step(s[pos]);
    }
  }
  /// The digit here (0-9 or full-width ０-９) and its length in bytes, or -1.
  [[nodiscard]] constexpr int digit(std::size_t& len) const noexcept {
    if (!at_end() && s[pos] >= '0' && s[pos] <= '9') {
      len = 1;
      return s[pos] - '0';
    }
    if (rest().starts_with("\xEF\xBC") && pos + 2 < s.size()) { // U+FF10..U+FF19
      const auto b = static_cast<unsigned char>(s[pos + 2]);
      if (b >= 0x90U && b <= 0x99U) {
        len = 3;
        return static_cast<int>(b - 0x90U);
      }
    }
    return -1;
  }
  [[nodiscard]] constexpr bool at_digit() const noexcept {
    std::size_t len = 0;
    return digit(len) >= 0;
  }
  constexpr bool eat_percent() noexcept { return eat("%") || eat("％") || eat("﹪"); }
  constexpr bool eat_range_separator() noexcept {
    constexpr std::string_view seps[] = {"——", "—", "–", "－", "-", "~", "～", "〜", "至", "到"};
    return eat_any(seps);
  }

  /// Digits [point digits]: at most 15 significant digits in all.
  constexpr number_status number(decimal& out) noexcept {
    out = {};
    int digits = 0;
    std::size_t len = 0;
    for (int d = digit(len); d >= 0; d = digit(len)) {
      if (++digits > 15) {
        return number_status::too_long;
      }
      out.mantissa = out.mantissa * 10U + static_cast<std::uint64_t>(d);
      pos += len;
    }
    if (digits == 0) {
      return number_status::none;
    }
    if (eat(".") || eat("．")) {
      if (!at_digit()) {
        return number_status::no_fraction_digits;
      }
      for (int d = digit(len); d >= 0; d = digit(len)) {
        if (++digits > 15) {
          return number_status::too_long;
        }
        out.mantissa = out.mantissa * 10U + static_cast<std::uint64_t>(d);
        ++out.decimals;
        pos += len;
      }
    }
    return number_status::ok;
  }

  /// A small count in Chinese numerals or digits (翻一番, 翻两番, 翻3番): 1..10, or -1.
  constexpr int small_count() noexcept {
    constexpr std::string_view numerals[] = {"一", "二", "三", "四", "五",
                                             "六", "七", "八", "九", "十"};
    if (eat("两")) {
      return 2;
    }
    for (int i = 0; i < 10; ++i) {
      if (eat(numerals[i])) {
        return i + 1;
      }
    }
    std::size_t len = 0;
    const int d = digit(len);
    if (d >= 1) {
      pos += len;
      return d;
    }
    return -1;
  }
};

} // namespace zzplan::detail::phrase
