#pragma once
// Printing in Chinese and in English: 72.04%, 0.78个百分点 / 0.78 pp, 3420.3亿元 / 342.03 billion
// yuan, 0.52吨标准煤/万元. Boost.Units prints scaled units badly (percent as "5 c", 万元 not at
// all), so printing is ours.

#include <zzplan/lang.hpp>
#include <zzplan/percent.hpp>
#include <zzplan/quantity.hpp>

#include <charconv>
#include <cmath>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>

namespace zzplan {

/// The shortest decimal that reads back as the same double (std::to_chars): a number read from a
/// file comes back as it was written (59.5251, never 59.525099999999995); "—" for NaN or infinity.
[[nodiscard]] inline std::string format_shortest(double v) {
  if (!std::isfinite(v)) {
    return "—";
  }
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v == 0.0 ? 0.0 : v);
  return ec == std::errc{} ? std::string(buf, end) : std::string("—");
}

/// A number with at most `digits` significant digits, no trailing zeros, no exponent for the
/// magnitudes statistics use; never "nan" or "inf" (those print as "—").
[[nodiscard]] inline std::string format_number(double v, int digits = 10) {
  if (!std::isfinite(v)) {
    return "—";
  }
  if (v == 0.0) {
    return "0"; // also turns -0 into 0
  }
  if (v == std::floor(v) && std::fabs(v) < 1e15) { // a count or a year: no formatting to do
    char whole[24];
    return std::string(whole,
                       std::to_chars(whole, whole + sizeof whole, static_cast<long long>(v)).ptr);
  }
  char buf[64];
  const double mag = std::fabs(v);
  if (mag >= 1e15 || mag < 1e-6) {
    // to_chars with a precision prints as printf's %.*g does, without its locale and its
    // multi-precision arithmetic (printf was a tenth of `zzplan evaluate`'s CPU time on a panel)
    return std::string(
        buf, std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, digits).ptr);
  }
  const int int_digits = mag >= 1.0 ? static_cast<int>(std::floor(std::log10(mag))) + 1 : 0;
  int decimals = digits - int_digits;
  if (mag < 1.0) {
    decimals = digits - static_cast<int>(std::floor(std::log10(mag))) - 1;
  }
  decimals = decimals < 0 ? 0 : (decimals > 15 ? 15 : decimals);
  std::string s(buf,
                std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals).ptr);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') {
      s.pop_back();
    }
    if (!s.empty() && s.back() == '.') {
      s.pop_back();
    }
  }
  return s == "-0" ? "0" : s;
}

/// A number for people to read: as read when it came from a file (its shortest form has at most
/// 10 significant digits, as published statistics do), else at `digits` significant digits (a
/// computed value such as 4760.621306624001 shows as 4760.62).
[[nodiscard]] inline std::string format_display(double v, int digits = 6) {
  const std::string s = format_shortest(v);
  std::size_t significant = 0;
  bool leading = true;
  for (const char c : s) {
    if (c == 'e') {
      break;
    }
    leading = leading && !(c >= '1' && c <= '9');
    significant += (!leading && c >= '0' && c <= '9') ? 1U : 0U;
  }
  return significant <= 10 ? s : format_number(v, digits);
}

/// A unit's symbol: 亿元 in Chinese, "billion yuan" in English (the name of the unit its English
/// number is in); a derived unit joins its parts (亿元/万人).
template <class U> [[nodiscard]] std::string unit_symbol_text(lang l = lang::zh) {
  if constexpr (U::zh.empty()) { // a derived unit: left·right or left/right
    const std::string sep =
        U::is_quotient ? (l == lang::zh ? "/" : " per ") : (l == lang::zh ? "·" : " ");
    return unit_symbol_text<typename U::left>(l) + sep + unit_symbol_text<typename U::right>(l);
  } else {
    return std::string(l == lang::zh ? U::zh : U::en);
  }
}
/// The price basis of a unit's money when it is constant prices: （2020年价格） / " (2020 prices)";
/// empty otherwise.
template <class U> [[nodiscard]] std::string price_basis_text(lang l = lang::zh) {
  if constexpr (!std::is_void_v<typename U::basis>) {
    if constexpr (U::basis::is_constant) {
      const std::string y = std::to_string(U::basis::year);
      return l == lang::zh ? "（" + y + "年价格）" : " (" + y + " prices)";
    }
  }
  return {};
}

template <class U, class R>
[[nodiscard]] std::string to_string(const quantity<U, R>& q, lang l = lang::zh) {
  const double v = static_cast<double>(q.value());
  if (l == lang::zh) {
    return format_number(v) + unit_symbol_text<U>(l) + price_basis_text<U>(l);
  }
  const double en_v = detail::scale_by<typename U::en_scale>(v);
  return format_number(en_v) + " " + unit_symbol_text<U>(l) + price_basis_text<U>(l);
}

[[nodiscard]] inline std::string to_string(share s, lang = lang::zh) {
  return format_number(s.percent()) + "%";
}
[[nodiscard]] inline std::string to_string(points p, lang l = lang::zh) {
  return format_number(p.pp()) + (l == lang::zh ? "个百分点" : " pp");
}
[[nodiscard]] inline std::string to_string(growth_rate g, lang = lang::zh) {
  return format_number(g.percent()) + "%";
}
[[nodiscard]] inline std::string to_string(annual_rate r, lang l = lang::zh) {
  return l == lang::zh ? "年均" + format_number(r.percent()) + "%"
                       : format_number(r.percent()) + "% a year";
}

/// Streams print in Chinese, the language of the plans; use to_string(x, lang::en) for English.
template <class U, class R> std::ostream& operator<<(std::ostream& os, const quantity<U, R>& q) {
  return os << to_string(q);
}
inline std::ostream& operator<<(std::ostream& os, share s) {
  return os << to_string(s);
}
inline std::ostream& operator<<(std::ostream& os, points p) {
  return os << to_string(p);
}
inline std::ostream& operator<<(std::ostream& os, growth_rate g) {
  return os << to_string(g);
}
inline std::ostream& operator<<(std::ostream& os, annual_rate r) {
  return os << to_string(r);
}

} // namespace zzplan
