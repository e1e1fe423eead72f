#pragma once
// The words of a record's units and over-completions, as a plan's reader expects them: 亿元 or
// "100 million yuan", "+1.50个百分点" or "+1.50 pp"; made once per quantity type and language.

#include <zzplan/format.hpp>
#include <zzplan/percent.hpp>
#include <zzplan/quantity.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

namespace zzplan::io::detail {

/// "10,000" for 1e4; "100 million" for 1e8 (a magnitude word of U::en times en_scale).
[[nodiscard]] inline std::string magnitude(double m) {
  constexpr std::array<std::pair<double, std::string_view>, 3> words = {
      {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}};
  for (const auto& [w, word] : words) {
    if (m >= w) {
      return m == w ? std::string(word) : format_number(m / w) + " " + std::string(word);
    }
  }
  const std::string digits = format_number(m);
  const std::size_t point =
      digits.find('.') == std::string::npos ? digits.size() : digits.find('.');
  std::string grouped; // appended, not insert()ed: g++ 12 -O3 warns (-Wrestrict) on the insert
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && i < point && (point - i) % 3 == 0) {
      grouped += ',';
    }
    grouped += digits[i];
  }
  return grouped;
}

/// The English name of a unit whose numbers are not rescaled: 亿元 is "100 million yuan".
template <class U> [[nodiscard]] std::string english_unit() {
  using S = typename U::en_scale;
  std::string name = unit_symbol_text<U>(lang::en);
  if constexpr (S::num != S::den) {
    double m = static_cast<double>(S::num) / static_cast<double>(S::den);
    constexpr std::array<std::pair<std::string_view, double>, 4> words = {
        {{"thousand ", 1e3}, {"million ", 1e6}, {"billion ", 1e9}, {"trillion ", 1e12}}};
    for (const auto& [word, w] : words) {
      if (name.starts_with(word)) {
        m *= w;
        name.erase(0, word.size());
        break;
      }
    }
    name = magnitude(m) + " " + name;
  }
  return name + price_basis_text<U>(lang::en);
}

template <class Level> struct unit_text {
  static std::string get(lang) { return {}; }
};
template <> struct unit_text<share> {
  static std::string get(lang) { return "%"; }
};
template <> struct unit_text<double> { // a series of changes chained to an index
  static std::string get(lang l) { return l == lang::zh ? "指数(基期=1)" : "index (base = 1)"; }
};
template <class U, class R> struct unit_text<quantity<U, R>> {
  static std::string get(lang l) {
    return l == lang::zh ? unit_symbol_text<U>(l) + price_basis_text<U>(l) : english_unit<U>();
  }
};

/// Appends the text of an over-completion ("+1.50个百分点", "+120亿元"), nothing when it is not
/// finite: into a record's string, which keeps its storage from record to record.
template <class Over> void append_over_text(std::string& out, const Over& o, lang l) {
  double n = 0.0;
  if constexpr (std::is_same_v<Over, points>) {
    n = o.pp();
  } else if constexpr (std::is_same_v<Over, double>) {
    n = o;
  } else {
    n = level_number(o);
  }
  if (!std::isfinite(n)) {
    return;
  }
  if (n > 0) {
    out += '+';
  }
  if constexpr (std::is_same_v<Over, points>) {
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n, std::chars_format::fixed, 2);
    if (ec == std::errc{}) {
      out.append(buf, end);
    } else {
      out += format_shortest(n); // > 10^28 points
    }
    out += l == lang::zh ? "个百分点" : " pp";
  } else if constexpr (std::is_same_v<Over, double>) {
    out += format_number(o, 4);
  } else {
    out += to_string(o, l); // English rescales: -100 billion yuan
  }
}

template <class Over> [[nodiscard]] std::string over_text(const Over& o, lang l) {
  std::string s;
  append_over_text(s, o, l);
  return s;
}

/// unit_text<L>::get(l), made once per type and language.
template <class L> [[nodiscard]] const std::string& unit_text_of(lang l) {
  static const std::string zh = unit_text<L>::get(lang::zh);
  static const std::string en = unit_text<L>::get(lang::en);
  return l == lang::zh ? zh : en;
}

} // namespace zzplan::io::detail
