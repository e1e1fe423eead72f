// The writers' byte search, sixteen bytes at a time, against the rule written plainly: the first
// byte of the set at or after a position, for every short text over an alphabet that holds the set,
// its neighbours and UTF-8, at every starting position; the padded search must not see the bytes
// after its text, however many of the set they hold.
#include "support/catch.hpp"

#include <zzplan/io/detail/byte_scan.hpp>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace {

using zzplan::io::detail::find_byte_of;
using zzplan::io::detail::find_byte_of_padded;

// The rule, plainly: a JSON string's escapes (quote, backslash, below 0x20), or a CSV cell's quotes.
std::size_t plain_json(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x20U || s[i] == '"' || s[i] == '\\') {
      return i;
    }
  }
  return s.size();
}
std::size_t plain_csv(std::string_view s, std::size_t from) {
  const std::size_t at = s.find_first_of(",\"\r\n", from);
  return at == std::string_view::npos ? s.size() : at;
}

// Every text of exactly n bytes over the alphabet, one after another.
template <class F> void each_text(std::string_view alphabet, std::size_t n, F&& f) {
  std::vector<std::size_t> digit(n, 0);
  std::string s(n, alphabet[0]);
  while (true) {
    f(std::string_view(s));
    std::size_t k = 0;
    for (; k < n; ++k) {
      if (++digit[k] < alphabet.size()) {
        s[k] = alphabet[digit[k]];
        break;
      }
      digit[k] = 0;
      s[k] = alphabet[0];
    }
    if (k == n) {
      return;
    }
  }
}

} // namespace

TEST_CASE("find_byte_of finds what a byte loop finds", "[io][scan]") {
  // a letter, the set, bytes just beside it (0x1F, 0x20, 0x7F), and a UTF-8 lead and trail byte
  const std::string alphabet = std::string("a\"\\,\r\n\x1F \x7F\xE6\x80", 11);
  for (std::size_t n = 0; n <= 4; ++n) {
    each_text(alphabet, n, [&](std::string_view s) {
      // alone, and with letters before and after it so that it is read in a sixteen-byte block
      for (const std::size_t front : std::initializer_list<std::size_t>{0, 12, 16}) {
        for (const std::size_t back : std::initializer_list<std::size_t>{0, 12}) {
          const std::string t = std::string(front, 'x') + std::string(s) + std::string(back, 'x');
          for (const std::size_t from : {std::size_t{0}, front, front + n / 2}) {
            REQUIRE(find_byte_of<true, '"', '\\'>(t, from) == plain_json(t, from));
            REQUIRE(find_byte_of<false, ',', '"', '\r', '\n'>(t, from) == plain_csv(t, from));
          }
        }
      }
    });
  }
  // one byte of the set at each place of texts long enough for the sixteen-byte blocks
  for (std::size_t n = 1; n <= 70; ++n) {
    for (std::size_t at = 0; at < n; ++at) {
      for (const char c : std::string_view("\"\\\t\x01,\r\n", 7)) {
        std::string s(n, 'x');
        s[at] = c;
        for (const std::size_t from : {std::size_t{0}, at, at + 1, n / 2}) {
          const std::size_t f = std::min(from, n);
          REQUIRE(find_byte_of<true, '"', '\\'>(s, f) == plain_json(s, f));
          REQUIRE(find_byte_of<false, ',', '"', '\r', '\n'>(s, f) == plain_csv(s, f));
        }
      }
    }
  }
}

TEST_CASE("find_byte_of_padded sees only its own bytes", "[io][scan]") {
  const std::string alphabet = std::string("a\"\\,\n\x1F \xE6", 8);
  // the text, then 15 bytes after it, all but the first in both sets (a byte found just past
  // the end would read as "none")
  const std::string after = std::string("x\"\\,\n\r\x01\"\\,\n\r\x01\"\\", 15);
  for (std::size_t n = 0; n <= 4; ++n) {
    each_text(alphabet, n, [&](std::string_view s) {
      for (const std::size_t front : std::initializer_list<std::size_t>{0, 13}) {
        const std::string t = std::string(front, 'x') + std::string(s);
        const std::string buf = t + after;
        REQUIRE(find_byte_of_padded<true, '"', '\\'>(buf.data(), t.size()) == plain_json(t, 0));
        REQUIRE(find_byte_of_padded<false, ',', '"', '\r', '\n'>(buf.data(), t.size()) ==
                plain_csv(t, 0));
      }
    });
  }
  for (std::size_t n = 0; n <= 70; ++n) {
    const std::string clean(n, 'x');
    const std::string buf = clean + after;
    REQUIRE(find_byte_of_padded<true, '"', '\\'>(buf.data(), n) == n);
    for (std::size_t at = 0; at < n; ++at) {
      std::string s = clean;
      s[at] = '\n';
      const std::string b = s + after;
      REQUIRE(find_byte_of_padded<true, '"', '\\'>(b.data(), n) == at);
      REQUIRE(find_byte_of_padded<false, ',', '"', '\r', '\n'>(b.data(), n) == at);
    }
  }
}
