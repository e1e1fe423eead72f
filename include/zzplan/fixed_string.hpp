#pragma once
// A string literal as a template argument: target_of<"提高到15%">() (<zzplan/phrase.hpp>).

#include <cstddef>
#include <string_view>

namespace zzplan {

/// A string literal as a template argument: target_of<"提高到15%">().
template <std::size_t N> struct fixed_string {
  char data[N]{};
  constexpr fixed_string(const char (&s)[N]) noexcept { // NOLINT: implicit on purpose
    for (std::size_t i = 0; i < N; ++i) {
      data[i] = s[i];
    }
  }
  constexpr fixed_string(const char8_t (&s)[N]) noexcept { // NOLINT: u8"…" literals
    for (std::size_t i = 0; i < N; ++i) {
      data[i] = static_cast<char>(s[i]);
    }
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N - 1}; }
};
template <std::size_t N> fixed_string(const char (&)[N]) -> fixed_string<N>;
template <std::size_t N> fixed_string(const char8_t (&)[N]) -> fixed_string<N>;

/// The same class under the name of its purpose.
template <std::size_t N> using phrase_literal = fixed_string<N>;

} // namespace zzplan
