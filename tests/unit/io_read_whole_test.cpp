// read_whole, the data reader's whole numbers (years, spans), reads exactly what std::from_chars
// reads in full, and refuses what it refuses, leaving the number as it was.
#include "support/catch.hpp"

#include <zzplan/io/detail/csv_numbers.hpp>

#include <charconv>
#include <random>
#include <string>
#include <string_view>
#include <system_error>

namespace {

// What the reader asked of std::from_chars before: all of s, an int.
bool by_from_chars(std::string_view s, int& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && end == s.data() + s.size() && !s.empty();
}

void same(std::string_view s) {
  int ours = -7;
  int theirs = -7;
  const bool ok = zzplan::io::detail::read_whole(s, ours);
  const bool want = by_from_chars(s, theirs);
  INFO("'" << std::string(s) << "'");
  REQUIRE(ok == want);
  REQUIRE(ours == theirs); // the value read, or unchanged
}

} // namespace

TEST_CASE("read_whole reads whole numbers as std::from_chars does", "[io][csv]") {
  for (const char* s :
       {"",           "0",          "2020",       "02020",       "-2020",       "+2020",
        " 2020",      "2020 ",      "20 20",      "2020.0",      "2e3",         "999999999",
        "1000000000", "2147483647", "2147483648", "-2147483648", "-2147483649", "0000000000001",
        "٢٠٢٠",       "20\x80"}) {
    same(s);
  }
  // every string of up to four characters over digits, signs, blanks and their neighbours
  const std::string alphabet = "0159-+ ./:a";
  for (std::size_t len = 1; len <= 4; ++len) {
    std::size_t count = 1;
    for (std::size_t k = 0; k < len; ++k) {
      count *= alphabet.size();
    }
    for (std::size_t n = 0; n < count; ++n) {
      std::string s;
      for (std::size_t k = 0, m = n; k < len; ++k, m /= alphabet.size()) {
        s += alphabet[m % alphabet.size()];
      }
      same(s);
    }
  }
  std::mt19937_64 rng(9); // long runs of digits, around the int's limit
  for (int k = 0; k < 20000; ++k) {
    std::string s(rng() % 13, '0');
    for (char& c : s) {
      c = static_cast<char>('0' + rng() % 10);
    }
    same(s);
  }
}
