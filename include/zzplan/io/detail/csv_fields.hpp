#pragma once
// A data file's lines and their fields: the line splitter of every CSV layout (long, wide, SDMX),
// with fast-cpp-csv-parser's tokenizing rules (blanks and tabs around a field trimmed, a field in
// double quotes may hold commas and doubled quotes, a quoted field does not span lines), and the
// count of a text's lines. They look at sixteen bytes at a time where the target has SSE2 (every
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

  /// Where split_next is in a text of whole lines: at the start of a line, with what it found in
  /// the sixteen bytes it looks at.
  class cursor {
  public:
    explicit cursor(std::string_view text) noexcept
        : line_(text.data()), end_(text.data() + text.size()) {
#if defined(__SSE2__)
      if (line_ != end_) { // an empty view may have no bytes at all (a null data())
        look_at(line_);
      }
#endif
    }
    /// Whether every line of the text has been split.
    [[nodiscard]] bool done() const noexcept {
      return line_ == end_;
    }

  private:
    friend class csv_fields;
#if defined(__SSE2__)
    /// What split_next looks for in a block of sixteen bytes: a bit for each byte (bit k for
    /// byte k).
    struct block_masks {
      unsigned comma; ///< commas
      unsigned stop;  ///< line feeds, and the bytes past the text's end
      unsigned quote; ///< quotes
      unsigned odd;   ///< quotes, blanks and tabs (which only some fields have)
    };
    /// The masks of the sixteen bytes from b (or of the text's last bytes, those past its end
    /// taken as a line end, for a line without one).
    [[nodiscard]] block_masks masks_at(const char* b) const noexcept {
      __m128i v;
      unsigned past = 0;
      if (end_ - b >= 16) {
        v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b));
      } else { // a copy, not a read past the text's end
        alignas(16) char tail[16] = {};
        std::memcpy(tail, b, static_cast<std::size_t>(end_ - b));
        v = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
        past = (0xFFFFU << static_cast<unsigned>(end_ - b)) & 0xFFFFU;
      }
      const auto mask = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
      const __m128i quote = mask('"');
      return {static_cast<unsigned>(_mm_movemask_epi8(mask(','))),
              static_cast<unsigned>(_mm_movemask_epi8(mask('\n'))) | past,
              static_cast<unsigned>(_mm_movemask_epi8(quote)),
              static_cast<unsigned>(
                  _mm_movemask_epi8(_mm_or_si128(quote, _mm_or_si128(mask(' '), mask('\t')))))};
    }
    /// Looks at the block from b. A bit is cleared once its byte is used.
    void look_at(const char* b) noexcept {
      block_ = b;
      masks_ = masks_at(b);
    }
    /// The position in its block of the first line end m holds (it holds one); that byte and
    /// those before it are used.
    [[nodiscard]] static int use_line_end(block_masks& m) noexcept {
      const unsigned low = m.stop & (0U - m.stop);
      const unsigned used = low | (low - 1U);
      m.comma &= ~used;
      m.stop &= ~used;
      m.quote &= ~used;
      m.odd &= ~used;
      return std::countr_zero(low);
    }
    /// The line's end (its line feed, or the text's end), found from the bytes not yet used; the
    /// bytes up to it are used.
    const char* take_line_end() noexcept {
      while (masks_.stop == 0) { // a next block: this one holds neither a line end nor the end
        look_at(block_ + 16);
      }
      return block_ + use_line_end(masks_);
    }
    const char* block_ = nullptr;
    block_masks masks_{}; ///< of the block's bytes not yet used
#endif
    /// The next line after the one that ends at e.
    void next_after(const char* e) noexcept {
      line_ = e == end_ ? end_ : e + 1;
    }
    const char* line_;
    const char* end_;
  };

  /// Splits the line at c (a text's next line) into fields, as split does, and moves c past it:
  /// the line's end and its fields are found in one pass over the text, not a search for its end
  /// and then one for its commas (on a panel, they were an eighth of reading its file).
  status split_next(cursor& c) {
#if defined(__SSE2__)
    if (!scratch_.empty()) {
      scratch_.clear();
    }
    // The cursor's block and masks are kept in locals, written back once: the stores of the fields
    // (a pointer and a size) may alias the cursor's pointer, which was reloaded after each one.
    const char* from = c.line_;
    const char* block = c.block_;
    cursor::block_masks m = c.masks_;
    std::string_view* out = fields_.data();
    std::size_t room = fields_.size();
    std::size_t n = 0;
    bool blanks = false;
    while (true) {
      if (room - n < 17) { // room for the block's commas and the last field
        fields_.resize(n + 64);
        out = fields_.data();
        room = fields_.size();
      }
      const unsigned in_line = m.stop != 0 ? (m.stop & (0U - m.stop)) - 1U : 0xFFFFU;
      if ((m.odd & in_line) != 0) {
        if ((m.quote & in_line) != 0) { // rare: quoted fields
          c.block_ = block;
          c.masks_ = m;
          const char* line = c.line_;
          const char* const e = c.take_line_end();
          c.next_after(e);
          return split(without_cr({line, static_cast<std::size_t>(e - line)}));
        }
        blanks = true;
      }
      for (unsigned k = m.comma & in_line; k != 0; k &= k - 1) {
        const char* const at = block + std::countr_zero(k);
        out[n++] = {from, static_cast<std::size_t>(at - from)};
        from = at + 1;
      }
      if (m.stop != 0) {
        break;
      }
      block += 16;
      m = c.masks_at(block);
    }
    const char* const e = block + cursor::use_line_end(m);
    c.block_ = block;
    c.masks_ = m;
    c.next_after(e);
    const char* last = e;
    if (last != from && last[-1] == '\r') {
      --last;
    }
    out[n++] = {from, static_cast<std::size_t>(last - from)};
    n_ = n;
    if (blanks) { // rare: blanks or tabs somewhere in the line, perhaps at a field's end
      for (std::size_t k = 0; k < n; ++k) {
        out[k] = trim(out[k].data(), out[k].data() + out[k].size());
      }
    }
    return status::ok;
#else
    const std::size_t left = static_cast<std::size_t>(c.end_ - c.line_);
    const void* nl = std::memchr(c.line_, '\n', left);
    const char* const e = nl ? static_cast<const char*>(nl) : c.end_;
    const char* const line = c.line_;
    c.next_after(e);
    return split(without_cr({line, static_cast<std::size_t>(e - line)}));
#endif
  }

  /// Splits a line (no line end) into fields, trimmed and unquoted.
  status split(std::string_view line) {
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
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i quote = _mm_set1_epi8('"');
    for (const char* p = first; p < last; p += 16) {
      __m128i v;
      if (last - p >= 16) {
        v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      } else { // the line's last bytes: a copy, not a read past its end
        alignas(16) char tail[16] = {};
        std::memcpy(tail, p, static_cast<std::size_t>(last - p));
        v = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
      }
      if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)) != 0) {
        return split_quoted(line);
      }
      for (auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma))); m != 0;
           m &= m - 1) {
        const char* const at = p + std::countr_zero(m);
        fields_[n_++] = trim(from, at);
        from = at + 1;
      }
    }
#else
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
  static std::string_view without_cr(std::string_view line) noexcept {
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    return line;
  }
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
