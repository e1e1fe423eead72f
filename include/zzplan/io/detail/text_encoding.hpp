#pragma once
// The encoding of a data file: UTF-8 (with or without a byte order mark) or GB18030, the
// national standard that contains GBK and GB2312, in which many statistics offices still save
// their CSV files. A file is either given its encoding or has it recognised: text that is
// well-formed UTF-8 is UTF-8; otherwise text that converts from GB18030 without error is GB18030
// (GB18030 Chinese text is seldom well-formed UTF-8, so such a file fails as UTF-8 early), unless
// some lines are UTF-8 Chinese and others are not: a file in two encodings is refused. GB18030
// is converted with iconv (part of the C library on glibc: nothing to link).

#include <zzplan/io/error.hpp>
#include <zzplan/utf8.hpp>

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace zzplan::io {

/// How the bytes of a data file are read.
enum class text_encoding : unsigned char { detect, utf8, gb18030 };

namespace detail {

/// The line (from 1) and column (in characters of the part before, from 1) of byte `at`.
[[nodiscard]] inline file_position position_of_byte(std::string_view text, std::size_t at) {
  const std::string_view before = text.substr(0, at);
  const std::size_t nl = before.rfind('\n');
  const std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
  const std::string_view part = before.substr(start);
  const std::size_t column = utf8::invalid_at(part) == std::string_view::npos
                                 ? utf8::count(part)
                                 : part.size(); // not UTF-8 before it: count bytes
  return {static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1, column + 1};
}

/// The bytes of a GB18030 file as UTF-8, or npos-free failure: `bad` is set to the offset of the
/// first byte that is not GB18030 (std::string_view::npos when everything converted).
[[nodiscard]] inline std::string gb18030_to_utf8(std::string_view in, std::size_t& bad) {
  bad = std::string_view::npos;
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    bad = 0;
    return {};
  }
  std::string out(in.size() * 2 + 16, '\0'); // a GB18030 character takes at most 4 UTF-8 bytes
  char* src = const_cast<char*>(in.data());  // iconv's signature; it does not write there
  std::size_t src_left = in.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  while (src_left > 0) {
    const std::size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    if (r != static_cast<std::size_t>(-1)) {
      break;
    }
    if (errno == E2BIG) {
      const std::size_t used = out.size() - dst_left;
      out.resize(out.size() * 2);
      dst = out.data() + used;
      dst_left = out.size() - used;
      continue;
    }
    bad = static_cast<std::size_t>(src - in.data()); // EILSEQ or EINVAL (cut at the end)
    break;
  }
  iconv_close(cd);
  out.resize(out.size() - dst_left);
  return out;
}

[[nodiscard]] inline std::string invalid_gb18030_message(std::size_t byte) {
  return "invalid GB18030 (byte " + std::to_string(byte) +
         "); save the file as UTF-8, or give the encoding it was saved in with --encoding";
}

/// How many three-byte UTF-8 sequences (Chinese characters, among others) a UTF-8 text has.
[[nodiscard]] inline std::size_t three_byte_sequences(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t k = utf8::sequence_length(s, i);
    n += k == 3 ? 1 : 0;
    i += k == 0 ? 1 : k;
  }
  return n;
}

/// The encoding of text that is not well-formed UTF-8 (`bad`: its first bad byte); `converted`
/// holds the text as UTF-8 when it is GB18030 without a bad byte (else it is left empty). Throws
/// for a file whose lines are in two encodings: one line is well-formed UTF-8 with a Chinese
/// character (a three-byte sequence: GB18030 lines are seldom well-formed UTF-8 by chance, and
/// --encoding gb18030 reads one that is) and another is not UTF-8.
[[nodiscard]] inline text_encoding recognise_encoding(std::string_view text, std::size_t bad,
                                                      const std::string& file,
                                                      std::string& converted) {
  std::size_t utf8_line = 0;
  std::size_t line = 1;
  for (std::size_t at = 0; at < text.size() && utf8_line == 0; ++line) {
    const std::size_t nl = text.find('\n', at);
    const std::string_view l = text.substr(at, nl == std::string_view::npos ? nl : nl - at);
    if (utf8::invalid_at(l) == std::string_view::npos && three_byte_sequences(l) >= 1) {
      utf8_line = line;
    }
    at = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  if (utf8_line != 0) {
    const file_position bad_at = position_of_byte(text, bad);
    throw input_error(file, bad_at,
                      "the file mixes encodings: line " + std::to_string(utf8_line) +
                          " is UTF-8, this line is not (byte " + std::to_string(bad) +
                          "); save the whole file in one encoding, UTF-8 or GB18030");
  }
  std::size_t gb_bad = 0;
  std::string gb = gb18030_to_utf8(text, gb_bad);
  if (gb_bad == std::string_view::npos) {
    converted = std::move(gb);
    return text_encoding::gb18030;
  }
  // Neither: UTF-8 when UTF-8 Chinese characters come before its first bad byte (a damaged UTF-8
  // file), else GB18030; each is reported as that encoding.
  return three_byte_sequences(text.substr(0, bad)) > 0 ? text_encoding::utf8
                                                       : text_encoding::gb18030;
}

/// The text of a data file as UTF-8 without a byte order mark. UTF-8 is returned as it is (its
/// bad bytes are reported by the reader that reads it, with their line); GB18030 is converted,
/// and a byte that is not GB18030 is reported here with its line and column.
[[nodiscard]] inline std::string to_utf8(std::string bytes, const std::string& file,
                                         text_encoding e) {
  constexpr std::string_view bom = "\xEF\xBB\xBF";
  if (std::string_view(bytes).starts_with(bom)) {
    if (e == text_encoding::gb18030) {
      throw input_error(file, 1, 1,
                        "the file starts with a UTF-8 byte order mark but --encoding gb18030 was "
                        "given; leave --encoding out");
    }
    bytes.erase(0, bom.size());
    e = text_encoding::utf8;
  }
  if (e == text_encoding::detect) {
    const std::size_t bad = utf8::invalid_at(bytes);
    if (bad == std::string_view::npos) {
      return bytes;
    }
    std::string converted;
    e = recognise_encoding(bytes, bad, file, converted);
    if (e == text_encoding::gb18030 && !converted.empty()) {
      return converted;
    }
  }
  if (e == text_encoding::utf8) {
    return bytes;
  }
  std::size_t bad = 0;
  std::string out = gb18030_to_utf8(bytes, bad);
  if (bad != std::string_view::npos) {
    throw input_error(file, position_of_byte(bytes, bad), invalid_gb18030_message(bad));
  }
  return out;
}

} // namespace detail
} // namespace zzplan::io
