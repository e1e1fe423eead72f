// The numbers of the CSV and JSON output: write_shortest writes every double exactly as
// std::to_chars does (the text the output promises), whichever way it takes.
#include "support/catch.hpp"

#include <zzplan/io/detail/data_unit.hpp>
#include <zzplan/io/detail/shortest.hpp>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using zzplan::io::detail::write_shortest;

std::string standard(double v) {
  char buf[32];
  return {buf, std::to_chars(buf, buf + sizeof buf, v).ptr};
}
std::string ours(double v) {
  char buf[32];
  return {buf, write_shortest(buf, v)};
}

// Counts the values written otherwise than std::to_chars writes them; shows the first few.
std::size_t differences(const std::vector<double>& values) {
  std::size_t bad = 0;
  for (const double v : values) {
    const std::string want = standard(v);
    const std::string got = ours(v);
    if (got != want && ++bad <= 5) {
      UNSCOPED_INFO("write_shortest: " << got << ", std::to_chars: " << want);
    }
  }
  return bad;
}

double from_bits(std::uint64_t b) {
  double v = 0;
  std::memcpy(&v, &b, sizeof v);
  return v;
}

} // namespace

TEST_CASE("write_shortest uses Dragonbox where the build found it", "[io][shortest]") {
#ifdef ZZPLAN_TEST_EXPECT_DRAGONBOX
  // CMake found dragonbox::dragonbox and zzplan::csv links it: the fast way must be the one taken
  CHECK(zzplan::io::detail::shortest_by_dragonbox);
#else
  SUCCEED("Dragonbox not found by this build: std::to_chars writes the numbers");
#endif
}

TEST_CASE("write_shortest writes the published figures and their edge cases as std::to_chars",
          "[io][shortest]") {
  CHECK(ours(59.5251) == "59.5251");
  CHECK(ours(25.57) == "25.57");
  CHECK(ours(0.1 + 0.2) == "0.30000000000000004");
  CHECK(ours(1e22) == "1e+22");            // scientific is shorter
  CHECK(ours(123456789.0) == "123456789"); // a whole number stays whole
  CHECK(ours(0.001) == "0.001");           // a tie with 1e-03: fixed
  CHECK(ours(0.0001) == "1e-04");          // shorter than 0.0001
  CHECK(ours(0.00001) == "1e-05");
  CHECK(ours(-0.0) == "-0");
  CHECK(ours(-3420.3) == "-3420.3");
  CHECK(ours(1e100) == "1e+100");
  CHECK(ours(2.5e-308) == "2.5e-308");

  std::vector<double> edges = {0.0,
                               -0.0,
                               std::numeric_limits<double>::max(),
                               std::numeric_limits<double>::min(),
                               std::numeric_limits<double>::denorm_min(),
                               std::numeric_limits<double>::epsilon(),
                               9007199254740992.0,
                               9007199254740993.0,
                               123456789012345680000.0,
                               1.7976931348623157e308};
  for (int e = -324; e <= 308; ++e) { // every power of ten and its neighbours
    const double p = std::pow(10.0, e);
    for (const double v :
         {p, std::nextafter(p, 0.0), std::nextafter(p, std::numeric_limits<double>::infinity()),
          2 * p, 5 * p, 1.5 * p, 9.999999999999999 * p}) {
      if (std::isfinite(v)) { // the writers never pass NaN or infinity
        edges.push_back(v);
        edges.push_back(-v);
      }
    }
  }
  for (std::uint64_t n = 1; n < 100000; n = n * 3 + 1) { // whole numbers, as counts are
    edges.push_back(static_cast<double>(n));
    edges.push_back(static_cast<double>(n) * 1e10);
  }
  CHECK(differences(edges) == 0);
}

TEST_CASE("write_shortest agrees with std::to_chars on a million random doubles",
          "[io][shortest]") {
  std::mt19937_64 rng(20261130);
  std::vector<double> values;
  values.reserve(1'200'000);
  while (values.size() < 400'000) { // any bit pattern that is a finite number
    const double v = from_bits(rng());
    if (std::isfinite(v)) {
      values.push_back(v);
    }
  }
  for (int k = 0; k < 400'000; ++k) { // published precision: up to 8 digits, 0 to 15 decimals
    const std::uint64_t b = rng();
    const double v = static_cast<double>(b % 100'000'000) / std::pow(10.0, (b >> 40) % 16);
    values.push_back((b >> 63) != 0 ? -v : v);
  }
  for (int k = 0; k < 400'000; ++k) { // computed values: shares, rates, ratios and large sums
    const std::uint64_t b = rng();
    values.push_back(std::ldexp(static_cast<double>(b >> 11), static_cast<int>(b % 120) - 100));
  }
  CHECK(differences(values) == 0);
  for (const double v : values) { // and each reads back as the same double
    const std::string s = ours(v);
    double back = 0;
    std::from_chars(s.data(), s.data() + s.size(), back);
    if (back != v) {
      FAIL("'" << s << "' reads back as " << back);
    }
  }
}

#if ZZPLAN_SHORTEST_DRAGONBOX
TEST_CASE("decimals of one to four places take the short way, and are written as std::to_chars",
          "[io][shortest]") {
  using zzplan::io::detail::write_few_places;
  const auto few = [](double v) {
    char buf[32];
    char* const end = write_few_places(buf, v);
    return end == nullptr ? std::string("(general)") : std::string(buf, end);
  };
  CHECK(few(50.33) == "50.33");
  CHECK(few(-3420.3) == "-3420.3");
  CHECK(few(0.8) == "0.8");
  CHECK(few(0.05) == "0.05");
  CHECK(few(0.001) == "0.001"); // the tie with 1e-03: fixed, as std::to_chars
  CHECK(few(0.0012) == "0.0012");
  CHECK(few(100.5) == "100.5"); // zeros inside the whole part
  CHECK(few(999999999.9999) == "999999999.9999");
  // the others are left to the general way: whole numbers, five places or more, 0.0009 and
  // below (1e-04 is shorter), 10^9 and above, sums that are not their decimal
  for (const double v : {70.0, -123.0, 0.12345, 0.0009, 0.0001, 1e9, 1234567890.5, 0.1 + 0.2,
                         59.525099999999995, 1.0 / 3.0}) {
    INFO(v);
    CHECK(few(v) == "(general)");
  }
  // every decimal of one to four places, up to thirteen digits, and its two neighbours
  std::mt19937_64 rng(20261201);
  std::vector<double> values;
  values.reserve(1'200'000);
  std::size_t taken = 0;
  for (int i = 0; i < 400'000; ++i) {
    const std::uint64_t b = rng();
    std::uint64_t limit = 1;
    for (std::uint64_t d = 0; d <= (b >> 4) % 13; ++d) {
      limit *= 10;
    }
    const double v = static_cast<double>((b >> 12) % limit) / std::pow(10.0, 1 + b % 4);
    const double signed_v = (b >> 63) != 0 ? -v : v;
    for (const double w : {signed_v, std::nextafter(signed_v, 0.0),
                           std::nextafter(signed_v, std::numeric_limits<double>::infinity())}) {
      values.push_back(w);
      taken += few(w) != "(general)" ? 1U : 0U;
    }
  }
  CHECK(differences(values) == 0);
  CHECK(taken > 300'000); // the short way is taken, not only the general one
}
#endif

namespace {
// printf's %.15g read back: what the data's numbers are brought back to after a unit conversion.
double at_15_digits(double v) {
  char buf[40];
  const char* end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 15).ptr;
  double out = v;
  std::from_chars(buf, end, out);
  return out;
}
// Whether v's shortest form has 16 digits, the last a 5: a tie when rounded to 15.
bool ties_at_15_digits(double v) {
  char buf[40];
  const std::string_view text(
      buf, std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific).ptr);
  const std::string_view digits = text.substr(0, text.find('e'));
  return digits.size() == 17 && digits.back() == '5'; // "d.ddd…" holds the point
}
} // namespace

TEST_CASE("read_back_at_15_digits gives what %.15g reads back as, where it gives anything",
          "[io][shortest]") {
  using zzplan::io::detail::read_back_at_15_digits;
  using zzplan::io::detail::unscale;
  if (zzplan::io::detail::shortest_by_dragonbox) { // published figures after a trip through 元
    CHECK(read_back_at_15_digits(3420.3e8 / 1e8) == 3420.3e8 / 1e8);
    CHECK(read_back_at_15_digits(59.5251) == 59.5251);
    CHECK(read_back_at_15_digits(0.1 + 0.2) == 0.3); // 17 digits, rounded to 15
    CHECK(read_back_at_15_digits(-(0.1 + 0.2)) == -0.3);
    CHECK(read_back_at_15_digits(999999999999999.9) == 1e15); // rounds up to a 16th digit
    // a tie at the 15th digit: only v's exact value can tell which way it goes
    CHECK_FALSE(read_back_at_15_digits(0.1000000000000005).has_value());
  }
  CHECK_FALSE(read_back_at_15_digits(1024.0).has_value()); // a power of two: print it and see
  CHECK_FALSE(read_back_at_15_digits(0.0).has_value());
  CHECK_FALSE(read_back_at_15_digits(-0.0).has_value());
  CHECK_FALSE(read_back_at_15_digits(std::numeric_limits<double>::infinity()).has_value());
  CHECK_FALSE(read_back_at_15_digits(std::numeric_limits<double>::quiet_NaN()).has_value());
  CHECK_FALSE(read_back_at_15_digits(1.2345678901234567e-30).has_value()); // beyond 10^-22

  std::mt19937_64 rng(15);
  std::size_t wrong = 0;
  std::size_t known = 0;
  std::size_t ties = 0;
  for (int k = 0; k < 1'000'000; ++k) {
    const std::uint64_t b = rng();
    double v = 0;
    switch (k % 5) {
    case 0: v = from_bits(b); break; // any double
    case 1:                          // a published figure converted: 3420.3亿元 in 元 and back
      v = static_cast<double>(b % 100'000'000) / std::pow(10.0, (b >> 40) % 9) *
          std::pow(10.0, static_cast<double>((b >> 50) % 9)) / std::pow(10.0, (b >> 20) % 9);
      break;
    case 2: v = std::ldexp(static_cast<double>(b >> 11), static_cast<int>(b % 120) - 100); break;
    default: { // a decimal of 16 or 17 digits, half of them ties at the 15th (a 16th digit of 5)
      const std::uint64_t whole = (b >> 8) % 9'000'000'000'000'000U + 1'000'000'000'000'000U;
      const std::uint64_t digits = k % 2 == 0 ? whole / 10 * 10 + 5 : whole * 10 + b % 10;
      const std::string text =
          std::to_string(digits) + "e" + std::to_string(static_cast<int>(b % 40) - 30);
      std::from_chars(text.data(), text.data() + text.size(), v);
      ties += ties_at_15_digits(v) ? 1U : 0U;
    }
    }
    if (!std::isfinite(v)) {
      continue;
    }
    if (const std::optional<double> fast = read_back_at_15_digits(v)) {
      ++known;
      if (std::bit_cast<std::uint64_t>(*fast) != std::bit_cast<std::uint64_t>(at_15_digits(v))) {
        if (++wrong <= 5) {
          UNSCOPED_INFO(v << " gave " << *fast << " where %.15g reads back " << at_15_digits(v));
        }
      }
    }
    // and unscale gives what the trip through 15 digits gives, whichever way it goes
    for (const double scale : {1e8, 1e4, 1e3, 0.1}) {
      if (unscale(v, scale) != at_15_digits(v / scale)) {
        FAIL("unscale(" << v << ", " << scale << ") differs from the 15-digit trip");
      }
    }
  }
  CHECK(wrong == 0);
  if (zzplan::io::detail::shortest_by_dragonbox) {
    CHECK(known > 500'000); // the fast way is taken for most values
    CHECK(ties > 100'000);  // and the ties were tried
  }
}

#if ZZPLAN_SHORTEST_DRAGONBOX
TEST_CASE("eight_digits writes the eight digits of a number below 10^8", "[io][shortest]") {
  const auto check = [](std::uint32_t x) {
    char want[16];
    std::snprintf(want, sizeof want, "%08u", x);
    char got[8];
    zzplan::io::detail::eight_digits(got, x);
    if (std::string_view(got, 8) != std::string_view(want, 8)) {
      FAIL(x << ": '" << std::string_view(got, 8) << "', not " << want);
    }
  };
  // the ends of each lane's range, every number below 10^5, and a stride across the rest
  for (std::uint32_t x = 0; x < 100'000; ++x) {
    check(x);
    check(99'999'999 - x);
  }
  for (std::uint32_t x = 0; x < 100'000'000; x += 997) {
    check(x);
  }
  for (const std::uint32_t x : {9'999U, 10'000U, 99'990'000U, 10'000'000U, 12'345'678U}) {
    check(x);
  }
  // and in place: the digits of 17-digit and 16-digit significands, right-aligned
  char buf[24];
  const auto in_place = [&buf](std::uint64_t d) {
    char want[24];
    std::snprintf(want, sizeof want, "%llu", static_cast<unsigned long long>(d));
    const char* const at = zzplan::io::detail::digits_before(buf + 24, d);
    if (std::string_view(at, static_cast<std::size_t>(buf + 24 - at)) != want) {
      FAIL(d << ": '" << std::string_view(at, static_cast<std::size_t>(buf + 24 - at)) << "'");
    }
  };
  // every length from 1 to 20 digits, at its ends, and random 16- and 17-digit significands
  for (std::uint64_t p = 1; p <= 1'000'000'000'000'000'000U; p *= 10) {
    for (std::uint64_t k = 0; k < 50 && k < p; ++k) {
      in_place(p + k);
      in_place(p * 10 - 1 - k);
    }
  }
  std::mt19937_64 rng(20261201);
  for (int k = 0; k < 2'000'000; ++k) {
    in_place(1'000'000'000'000'000U + rng() % 99'000'000'000'000'000U);
  }
  for (const std::uint64_t d :
       {9'999'999'999'999'999U, 10'000'000'000'000'000U, 99'999'999'999'999'999U,
        1'000'000'099'990'000U, 12'345'678'900'000'000U}) {
    in_place(d);
  }
  const char* from = zzplan::io::detail::digits_before(buf + 24, 12'345'678'901'234'567U);
  CHECK(std::string_view(from, static_cast<std::size_t>(buf + 24 - from)) == "12345678901234567");
  from = zzplan::io::detail::digits_before(buf + 24, 1'000'000'000'000'000U);
  CHECK(std::string_view(from, static_cast<std::size_t>(buf + 24 - from)) == "1000000000000000");
  from = zzplan::io::detail::digits_before(buf + 24, 10'000'000U);
  CHECK(std::string_view(from, static_cast<std::size_t>(buf + 24 - from)) == "10000000");
}
#endif
