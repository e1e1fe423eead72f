#pragma once
// Finding the first byte of a set in a text, sixteen bytes at a time where SSE2 is (the x86-64
// baseline), one at a time elsewhere and for the last few. The writers look for the bytes that
// make a JSON string need escapes or a CSV cell need quotes: a byte loop over every string of
// every row was a tenth of what writing a panel's JSON cost.

#include <bit>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace zzplan::io::detail {

/// Whether u is one of Cs, or a control character (below 0x20) when `Controls`.
template <bool Controls, char... Cs>
[[nodiscard]] constexpr bool in_byte_set(unsigned char u) noexcept {
  return (Controls && u < 0x20U) || ((u == static_cast<unsigned char>(Cs)) || ...);
}

#if defined(__SSE2__)
/// A bit for each of the sixteen bytes at p that is in the set (bit k for byte k).
template <bool Controls, char... Cs>
[[nodiscard]] inline unsigned block_hits(const char* p) noexcept {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i hit = _mm_setzero_si128();
  if constexpr (Controls) {
    // a byte <= 0x1F is one that subtracting 0x1F with saturation leaves at zero
    hit = _mm_cmpeq_epi8(_mm_subs_epu8(v, _mm_set1_epi8(0x1F)), _mm_setzero_si128());
  }
  ((hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(Cs)))), ...);
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
}
#endif

/// The position of the first byte of s at or after `from` that is in the set (one of Cs, or below
/// 0x20 when `Controls`), or s.size() if none is.
template <bool Controls, char... Cs>
[[nodiscard]] inline std::size_t find_byte_of(std::string_view s, std::size_t from) noexcept {
  std::size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= s.size(); i += 16) {
    if (const unsigned mask = block_hits<Controls, Cs...>(s.data() + i); mask != 0) {
      return i + static_cast<std::size_t>(std::countr_zero(mask));
    }
  }
#endif
  for (; i < s.size(); ++i) {
    if (in_byte_set<Controls, Cs...>(static_cast<unsigned char>(s[i]))) {
      return i;
    }
  }
  return s.size();
}

/// The same for the n bytes at p, where the 15 bytes after them may be read too (text just copied
/// into a buffer with room to spare): sixteen at a time to the end, the last block masked.
template <bool Controls, char... Cs>
[[nodiscard]] inline std::size_t find_byte_of_padded(const char* p, std::size_t n) noexcept {
#if defined(__SSE2__)
  for (std::size_t i = 0; i < n; i += 16) {
    unsigned mask = block_hits<Controls, Cs...>(p + i);
    if (n - i < 16) {
      mask &= (1U << (n - i)) - 1U; // the bytes after the text are not its own
    }
    if (mask != 0) {
      return i + static_cast<std::size_t>(std::countr_zero(mask));
    }
  }
  return n;
#else
  return find_byte_of<Controls, Cs...>(std::string_view(p, n), 0);
#endif
}

} // namespace zzplan::io::detail
