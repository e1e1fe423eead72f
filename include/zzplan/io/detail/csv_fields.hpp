#pragma once
// A data file's lines and their fields: the line splitter of every CSV layout (long, wide, SDMX),
// with fast-cpp-csv-parser's tokenizing rules (blanks and tabs around a field trimmed, a field in
// double quotes may hold commas and doubled quotes, a quoted field does not span lines), and the
// count of a text's lines. Both look at sixteen bytes at a time where the target has SSE2 (every
// x86-64), a byte at a time elsewhere: on a panel's lines of 33 bytes in 5 or 6 fields, testing
// each byte was most of the reading.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace zzplan::io::detail {

/// A line's fields as fast-cpp-csv-parser reads them.
class csv_fields {
public:
  enum class status : unsigned char { ok, not_closed };

  /// Splits a line (no line end) into fields, trimmed and unquoted. The bytes up to
  /// `readable_end` (past the line's end, in the same buffer) may be read, not used, by the scan.
  status split(std::string_view line, const char* readable_end = nullptr) {
    n_ = 0;
    if (!scratch_.empty()) {
      scratch_.clear();
    }
    // With room for every field the line can hold (one more than its commas; for a short line,
    // one more than its bytes, not worth counting), the loops below store without a check of
    // capacity: a push_back per field of a few bytes was a fifth of the reading of a panel.
    std::size_t most = line.size() + 1;
    if (most > 256) {
      most = static_cast<std::size_t>(std::count(line.begin(), line.end(), ',')) + 1;
    }
    if (fields_.size() < most) {
      fields_.resize(most);
    }
    const char* const first = line.data();
    const char* const last = first + line.size();
    const char* from = first;
#if defined(__SSE2__)
    // Sixteen bytes at a time: a mask of the commas and one of the quotes, then one step per
    // comma. A test of each byte was 10 instructions a byte, most of the reading.
    if (readable_end == nullptr || readable_end < last) {
      readable_end = last;
    }
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i quote = _mm_set1_epi8('"');
    for (const char* p = first; p < last; p += 16) {
      __m128i v;
      if (readable_end - p >= 16) {
        v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      } else { // the buffer's last bytes: a copy, not a read past its end
        alignas(16) char tail[16] = {};
        std::memcpy(tail, p, static_cast<std::size_t>(readable_end - p));
        v = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
      }
      const unsigned in_line =
          last - p >= 16 ? 0xFFFFU : (1U << static_cast<unsigned>(last - p)) - 1U;
      if ((static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote))) & in_line) != 0) {
        return split_quoted(line);
      }
      for (unsigned m =
               static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma))) & in_line;
           m != 0; m &= m - 1) {
        const char* const at = p + std::countr_zero(m);
        fields_[n_++] = trim(from, at);
        from = at + 1;
      }
    }
#else
    static_cast<void>(readable_end);
    // one pass over the line (a memchr per field costs more than it saves on fields of a few
    // bytes)
    for (const char* p = first; p != last; ++p) {
      if (*p == ',') {
        fields_[n_++] = trim(from, p);
        from = p + 1;
      } else if (*p == '"') {
        return split_quoted(line);
      }
    }
#endif
    fields_[n_++] = trim(from, last);
    return status::ok;
  }
  [[nodiscard]] std::size_t size() const noexcept {
    return n_;
  }
  [[nodiscard]] std::string_view operator[](std::size_t k) const noexcept {
    return fields_[k];
  }

private:
  static bool blank(char c) noexcept {
    return c == ' ' || c == '\t';
  }
  /// The field [from, to) without blanks at either end.
  static std::string_view trim(const char* from, const char* to) noexcept {
    if (from != to && (blank(*from) || blank(to[-1]))) { // rare: test the ends once
      while (from != to && blank(*from)) {
        ++from;
      }
      while (from != to && blank(to[-1])) {
        --to;
      }
    }
    return {from, static_cast<std::size_t>(to - from)};
  }
  status split_quoted(std::string_view line) {
    n_ = 0;
    std::size_t i = 0;
    while (true) {
      const std::size_t begin = i;
      while (i < line.size() && line[i] != ',') {
        if (line[i] != '"') {
          ++i;
          continue;
        }
        do { // a quoted part: up to the closing quote; a doubled quote stays inside
          ++i;
          while (i < line.size() && line[i] != '"') {
            ++i;
          }
          if (i >= line.size()) {
            return status::not_closed;
          }
          ++i;
        } while (i < line.size() && line[i] == '"');
      }
      fields_[n_++] = clean(line.substr(begin, i - begin));
      if (i >= line.size()) {
        return status::ok;
      }
      ++i; // the comma
    }
  }
  std::string_view clean(std::string_view f) {
    f = trim(f.data(), f.data() + f.size());
    if (f.size() >= 2 && f.front() == '"' && f.back() == '"') {
      // unquoted into storage that keeps its address (a deque does not move its elements)
      std::string& s = scratch_.emplace_back();
      for (std::size_t k = 1; k + 1 < f.size(); ++k) {
        s += f[k];
        if (f[k] == '"' && k + 2 < f.size() && f[k + 1] == '"') {
          ++k;
        }
      }
      return s;
    }
    return f;
  }
  std::vector<std::string_view> fields_; ///< [0, n_) hold the line's fields; never shrinks
  std::size_t n_ = 0;
  std::deque<std::string> scratch_;
};

/// The line of `text` that starts at `at`, without its line end (LF or CRLF); `at` moves past it.
[[nodiscard]] inline std::string_view next_line(std::string_view text, std::size_t& at) noexcept {
  const void* nl = std::memchr(text.data() + at, '\n', text.size() - at);
  const std::size_t end =
      nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
  std::string_view line = text.substr(at, end - at);
  at = end + 1;
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  return line;
}

/// The lines of `text`: its line ends, and one more if its last line has none.
[[nodiscard]] inline std::size_t count_lines(std::string_view text) noexcept {
  std::size_t n = 0;
  const char* p = text.data();
  const char* const last = p + text.size();
#if defined(__SSE2__)
  // Sixteen bytes at a time, each lane counting its line ends (a compare gives -1 for a match),
  // summed before a lane can pass 255. (std::popcount of a mask is a call into libgcc unless the
  // target has POPCNT.)
  const __m128i nl = _mm_set1_epi8('\n');
  const __m128i zero = _mm_setzero_si128();
  while (last - p >= 16) {
    __m128i lanes = zero;
    for (int k = 0; k < 255 && last - p >= 16; ++k, p += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(v, nl));
    }
    const __m128i sums = _mm_sad_epu8(lanes, zero); // two 64-bit sums of eight lanes each
    n += static_cast<std::size_t>(_mm_cvtsi128_si64(sums)) +
         static_cast<std::size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  n += static_cast<std::size_t>(std::count(p, last, '\n'));
  return n + (!text.empty() && text.back() != '\n' ? 1 : 0);
}

} // namespace zzplan::io::detail
