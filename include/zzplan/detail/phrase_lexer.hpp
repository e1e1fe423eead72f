#pragma once
// The lexical layer of the target-phrase parser (zzplan/phrase.hpp): UTF-8 text as planners type
// it, with half-width and full-width forms alike (15% / １５％, 2.5 / ２．５, 2~3 / 2～3, : / ：).
// Everything here is constexpr and allocation-free; offsets are byte offsets into the phrase.
// Also the units a phrase may write (phrase_unit, unit_symbol, parse_unit: public, in zzplan).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace zzplan::detail::phrase {

/// The length of the UTF-8 sequence that starts with this byte; 0 for a byte that cannot start one.
[[nodiscard]] constexpr std::size_t utf8_length(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  if (b < 0x80U) {
    return 1;
  }
  if (b >= 0xC2U && b <= 0xDFU) {
    return 2;
  }
  if (b >= 0xE0U && b <= 0xEFU) {
    return 3;
  }
  if (b >= 0xF0U && b <= 0xF4U) {
    return 4;
  }
  return 0;
}

/// The offset of the first byte that is not well-formed UTF-8, or npos.
[[nodiscard]] constexpr std::size_t invalid_utf8_at(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t n = utf8_length(s[i]);
    if (n == 0 || i + n > s.size()) {
      return i;
    }
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0U) != 0x80U) {
        return i;
      }
    }
    i += n;
  }
  return std::string_view::npos;
}

/// The code point at a valid UTF-8 position.
[[nodiscard]] constexpr char32_t code_point_at(std::string_view s, std::size_t i) noexcept {
  const std::size_t n = utf8_length(s[i]);
  const auto lead = static_cast<unsigned char>(s[i]);
  char32_t cp =
      n == 1 ? lead : (n == 2 ? (lead & 0x1FU) : (n == 3 ? (lead & 0x0FU) : (lead & 0x07U)));
  for (std::size_t k = 1; k < n && i + k < s.size(); ++k) {
    cp = (cp << 6U) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
  }
  return cp;
}

[[nodiscard]] constexpr bool is_space(std::string_view s, std::size_t i) noexcept {
  return s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
         s.substr(i).starts_with("\u3000");
}

/// s without leading and trailing spaces (ASCII and the ideographic space U+3000).
[[nodiscard]] constexpr std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(s, 0)) {
    s.remove_prefix(utf8_length(s[0]));
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

/// Text in a fixed buffer (a message composed in a constant expression, no allocation).
template <std::size_t Capacity> struct fixed_text {
  char data[Capacity]{};
  std::size_t size = 0;

  /// Appends as much as fits, never cutting a UTF-8 sequence in two; keeps a terminating NUL.
  constexpr void append(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
      const std::size_t n = utf8_length(s[i]) == 0 ? 1 : utf8_length(s[i]);
      if (size + n >= Capacity || i + n > s.size()) {
        return;
      }
      for (std::size_t k = 0; k < n; ++k) {
        data[size++] = s[i + k];
      }
      i += n;
    }
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, size}; }
  friend constexpr bool operator==(const fixed_text& a, const fixed_text& b) noexcept {
    return a.view() == b.view();
  }
};

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
[[nodiscard]] constexpr double value_of(decimal d, int magnitude = 0) noexcept {
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
      pos += utf8_length(s[pos]);
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

/// The display width of text in a terminal: East Asian wide and full-width characters count 2.
[[nodiscard]] constexpr std::size_t display_width(std::string_view s) noexcept {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_length(s[i]) == 0 ? 1 : utf8_length(s[i]);
    const char32_t cp = n == 1 ? static_cast<unsigned char>(s[i]) : code_point_at(s, i);
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    w += wide ? 2 : 1;
    i += n;
  }
  return w;
}

} // namespace zzplan::detail::phrase

namespace zzplan {

// g++ 12 -Wshadow wrongly flags scoped enumerators (items, persons…) that share a name with a
// type in the enclosing namespace (zzplan::items); they cannot collide.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
/// The unit a phrase writes after its number. Magnitudes that belong to a unit stay in the unit:
/// "5000亿元" is 5000 in yi_yuan; a bare magnitude multiplies ("1.5万个" is 15000 items).
enum class phrase_unit : unsigned char {
  none,
  percent,          ///< %
  points,           ///< 个百分点
  yuan,             ///< 元
  wan_yuan,         ///< 万元
  yi_yuan,          ///< 亿元
  wanyi_yuan,       ///< 万亿元
  tce_per_wan_yuan, ///< 吨标准煤/万元
  items,            ///< 个
  persons,          ///< 人
  wan_persons,      ///< 万人
  tce,              ///< 吨标准煤
  wan_tce,          ///< 万吨标准煤
};
#pragma GCC diagnostic pop

namespace detail::phrase {
struct unit_word {
  std::string_view text;
  phrase_unit unit;
};
// Longest first where one is a prefix of another.
inline constexpr unit_word unit_words[] = {
    {"个百分点", phrase_unit::points},
    {"百分点", phrase_unit::points},
    {"%", phrase_unit::percent},
    {"％", phrase_unit::percent},
    {"﹪", phrase_unit::percent},
    {"万亿元", phrase_unit::wanyi_yuan},
    {"亿元", phrase_unit::yi_yuan},
    {"万元", phrase_unit::wan_yuan},
    {"吨标准煤/万元", phrase_unit::tce_per_wan_yuan},
    {"吨标准煤／万元", phrase_unit::tce_per_wan_yuan},
    {"万吨标准煤", phrase_unit::wan_tce},
    {"吨标准煤", phrase_unit::tce},
    {"元", phrase_unit::yuan},
    {"万人", phrase_unit::wan_persons},
    {"人", phrase_unit::persons},
    {"个", phrase_unit::items},
};
} // namespace detail::phrase

/// The symbol of a unit as planners write it ("" for none).
[[nodiscard]] constexpr std::string_view unit_symbol(phrase_unit u) noexcept {
  switch (u) {
  case phrase_unit::none: return "";
  case phrase_unit::percent: return "%";
  case phrase_unit::points: return "个百分点";
  case phrase_unit::yuan: return "元";
  case phrase_unit::wan_yuan: return "万元";
  case phrase_unit::yi_yuan: return "亿元";
  case phrase_unit::wanyi_yuan: return "万亿元";
  case phrase_unit::tce_per_wan_yuan: return "吨标准煤/万元";
  case phrase_unit::items: return "个";
  case phrase_unit::persons: return "人";
  case phrase_unit::wan_persons: return "万人";
  case phrase_unit::tce: return "吨标准煤";
  case phrase_unit::wan_tce: return "万吨标准煤";
  }
  return "";
}

/// The unit written exactly as s (also ％ and 百分点); "" is none; nullopt when unknown.
[[nodiscard]] constexpr std::optional<phrase_unit> parse_unit(std::string_view s) noexcept {
  s = detail::phrase::trim(s);
  if (s.empty()) {
    return phrase_unit::none;
  }
  for (const auto& w : detail::phrase::unit_words) {
    if (w.text == s) {
      return w.unit;
    }
  }
  return std::nullopt;
}

} // namespace zzplan
