// The data reader's line splitter and its reading of values give exactly what the rules they
// keep give: fields as fast-cpp-csv-parser splits them (blanks trimmed, RFC 4180 quotes), values
// as std::from_chars reads them (the same bits, the same refusals).
#include "support/catch.hpp"

#include <zzplan/io/detail/csv_fields.hpp>
#include <zzplan/io/detail/csv_numbers.hpp>
#include <zzplan/io/detail/csv_reader.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace {

using zzplan::io::detail::csv_fields;

// The rules, written plainly: the fields of a line, or nothing when a quote is not closed.
bool reference_split(std::string_view line, std::vector<std::string>& out) {
  out.clear();
  const auto trim = [](std::string_view f) {
    while (!f.empty() && (f.front() == ' ' || f.front() == '\t')) {
      f.remove_prefix(1);
    }
    while (!f.empty() && (f.back() == ' ' || f.back() == '\t')) {
      f.remove_suffix(1);
    }
    return f;
  };
  std::size_t i = 0;
  while (true) {
    const std::size_t begin = i;
    while (i < line.size() && line[i] != ',') {
      if (line[i] == '"') {
        do {
          ++i;
          while (i < line.size() && line[i] != '"') {
            ++i;
          }
          if (i >= line.size()) {
            return false;
          }
          ++i;
        } while (i < line.size() && line[i] == '"');
      } else {
        ++i;
      }
    }
    std::string_view f = trim(line.substr(begin, i - begin));
    if (f.size() >= 2 && f.front() == '"' && f.back() == '"') {
      std::string s;
      for (std::size_t k = 1; k + 1 < f.size(); ++k) {
        s += f[k];
        if (f[k] == '"' && k + 2 < f.size() && f[k + 1] == '"') {
          ++k;
        }
      }
      out.push_back(s);
    } else {
      out.emplace_back(f);
    }
    if (i >= line.size()) {
      return true;
    }
    ++i;
  }
}

void same_fields(csv_fields& f, std::string_view line) {
  std::vector<std::string> want;
  const bool closed = reference_split(line, want);
  INFO("line '" << std::string(line) << "'");
  const csv_fields::status got = f.split(line);
  REQUIRE((got == csv_fields::status::ok) == closed);
  if (!closed) {
    return;
  }
  REQUIRE(f.size() == want.size());
  for (std::size_t k = 0; k < want.size(); ++k) {
    REQUIRE(f[k] == want[k]);
  }
}

// A text's lines split in one pass (split_next) against its lines found one by one (a line feed
// ends a line, a carriage return before it is dropped, the last line may have none) and split by
// the rules. The text is the whole of a buffer of its own size, so that a read past its end is one
// past an allocation (the sanitizers' build reports it).
void same_lines(csv_fields& f, std::string_view text) {
  const std::unique_ptr<char[]> own(new char[text.size()]);
  std::memcpy(own.get(), text.data(), text.size());
  const std::string_view in(own.get(), text.size());
  INFO("text '" << std::string(text) << "'");
  csv_fields::cursor at(in);
  std::size_t from = 0;
  std::vector<std::string> want;
  while (from < text.size()) {
    REQUIRE(!at.done());
    std::size_t end = text.find('\n', from);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(from, end - from);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    from = end + 1;
    INFO("line '" << std::string(line) << "'");
    const bool closed = reference_split(line, want);
    REQUIRE((f.split_next(at) == csv_fields::status::ok) == closed);
    if (closed) {
      REQUIRE(f.size() == want.size());
      for (std::size_t k = 0; k < want.size(); ++k) {
        REQUIRE(f[k] == want[k]);
        // in a line without quotes, a field is a view of the text
        if (!f[k].empty() && line.find('"') == std::string_view::npos) {
          REQUIRE(f[k].data() >= in.data());
          REQUIRE(f[k].data() + f[k].size() <= in.data() + in.size());
        }
      }
    }
  }
  REQUIRE(at.done());
}

// What the reader asked of std::from_chars before: all of s, a double.
bool by_from_chars(std::string_view s, double& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && end == s.data() + s.size();
}

void same_value(std::string_view s) {
  double ours = -7.25;
  double theirs = -7.25;
  const bool ok = zzplan::io::detail::read_decimal(s, ours);
  const bool want = by_from_chars(s, theirs);
  INFO("'" << std::string(s) << "'");
  REQUIRE(ok == want);
  // the same bits: -0 stays -0, and a refused text leaves the value as it was
  REQUIRE(std::bit_cast<std::uint64_t>(ours) == std::bit_cast<std::uint64_t>(theirs));
}

// Every string of exactly len characters over an alphabet, given to check.
template <class Check> void every_string(std::string_view alphabet, std::size_t len, Check check) {
  std::size_t count = 1;
  for (std::size_t k = 0; k < len; ++k) {
    count *= alphabet.size();
  }
  std::string s(len, ' ');
  for (std::size_t n = 0; n < count; ++n) {
    for (std::size_t k = 0, m = n; k < len; ++k, m /= alphabet.size()) {
      s[k] = alphabet[m % alphabet.size()];
    }
    check(std::string_view(s));
  }
}

} // namespace

TEST_CASE("csv_fields splits lines as the rules say", "[io][csv]") {
  csv_fields f;
  for (const char* line : {"", ",", "a", "a,b", " a , b ", "\ta\t,", "\"a,b\",c", "\"a\"\"b\"",
                           "\"open", "a,\"b", " \"q\" ", "x\"y\",z", "R001,gdp,2020,1.5,,1"}) {
    same_fields(f, line);
  }
  // every line of up to six characters over the characters that matter and a letter
  for (std::size_t len = 1; len <= 6; ++len) {
    every_string("a,\" \t", len, [&](std::string_view s) { same_fields(f, s); });
  }
  // a long line after short ones (the room for fields grows) and a short one after it
  std::string wide;
  for (int k = 0; k < 2000; ++k) {
    wide += (k % 7 == 0 ? " \"x,\"\"y\" " : "v") + std::to_string(k) + ",";
  }
  same_fields(f, wide);
  same_fields(f, std::string(3000, ','));
  same_fields(f, std::string(3000, 'a'));
  same_fields(f, "a,b");
}

TEST_CASE("split_next splits a text's lines as the rules say, in one pass", "[io][csv]") {
  csv_fields f;
  for (const char* text : {"", "\n", "\n\n", "a", "a\n", "a\r\n", "\r", "\r\n\r", "a,b\nc,d",
                           "a,b\r\nc,d\r\n", " a , b \n\t\"x,\"\"y\" ,\n", "\"open\nb,c\n",
                           "R001,gdp,2020,1.5,,1\nR001,gdp,2021,1.6,p,1\n"}) {
    same_lines(f, text);
  }
  // an empty view without bytes behind it: no line, nothing read
  csv_fields::cursor none{std::string_view{}};
  REQUIRE(none.done());
  // every text of up to six bytes over the bytes that matter and a letter
  for (std::size_t len = 1; len <= 6; ++len) {
    every_string("a,\" \t\r\n", len, [&](std::string_view s) { same_lines(f, s); });
  }
  // panel-like lines of every length around the sixteen-byte blocks, some with blanks, quotes or
  // CRLF, at every offset from the text's start, and lines wider than the room for fields
  std::mt19937_64 rng(17);
  for (int k = 0; k < 3000; ++k) {
    std::string text(rng() % 16, 'x');
    text += '\n';
    const std::size_t lines = 1 + rng() % 12;
    for (std::size_t l = 0; l < lines; ++l) {
      const std::size_t fields = 1 + rng() % (k % 10 == 0 ? 90 : 7);
      for (std::size_t i = 0; i < fields; ++i) {
        if (i != 0) {
          text += ',';
        }
        const std::uint64_t kind = rng() % 40;
        std::string cell(rng() % 20, 'v');
        if (kind == 0) {
          cell = "\"" + cell + ",\"\"\"";
        } else if (kind == 1) {
          cell = " " + cell + "\t";
        } else if (kind == 2) {
          cell.insert(cell.size() / 2, " ");
        }
        text += cell;
      }
      text += rng() % 8 == 0 ? "\r\n" : "\n";
    }
    if (rng() % 3 == 0) { // the last line without a line end
      text.pop_back();
    }
    same_lines(f, text);
  }
}

TEST_CASE("read_decimal reads values as std::from_chars does", "[io][csv]") {
  for (const char* s : {"",
                        "0",
                        "-0",
                        "-0.0",
                        "0.1",
                        "59.5251",
                        "25.57",
                        "1.",
                        ".5",
                        "-.5",
                        ".",
                        "-",
                        "+1",
                        "1e5",
                        "1E-5",
                        "0x10",
                        "inf",
                        "nan",
                        "1..2",
                        "1.2.3",
                        " 1",
                        "1 ",
                        "999999999999999",
                        "9999999999999999",
                        "0.000000000000001",
                        "00000000000000.5",
                        "123456789012345.",
                        "1234567890123456",
                        "9007199254740993",
                        "1e400",
                        "1e-400",
                        "٣.٥"}) {
    same_value(s);
  }
  // every string of up to five characters over digits, point, signs, exponent and neighbours
  for (std::size_t len = 1; len <= 5; ++len) {
    every_string("019.-+e /", len, same_value);
  }
  std::mt19937_64 rng(11);
  // published figures: up to 18 digits, the point anywhere, signed or not
  for (int k = 0; k < 300000; ++k) {
    std::string s = rng() % 4 == 0 ? "-" : "";
    const std::size_t digits = 1 + rng() % 18;
    const std::size_t point = rng() % (digits + 2); // digits + 1: no point
    for (std::size_t d = 0; d < digits; ++d) {
      if (d == point) {
        s += '.';
      }
      s += static_cast<char>('0' + rng() % 10);
    }
    same_value(s);
  }
  // random doubles written at 15 and 17 significant digits, both notations
  for (int k = 0; k < 100000; ++k) {
    const double v = std::bit_cast<double>(rng());
    char buf[400];
    for (const auto& [format, precision] :
         {std::pair{std::chars_format::general, 15}, std::pair{std::chars_format::general, 17},
          std::pair{std::chars_format::fixed, 6}}) {
      const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, format, precision);
      if (ec == std::errc{}) {
        same_value(std::string_view(buf, static_cast<std::size_t>(end - buf)));
      }
    }
  }
}

TEST_CASE("count_lines counts line ends, and a last line without one", "[io][csv]") {
  using zzplan::io::detail::count_lines;
  const auto reference = [](std::string_view s) {
    const auto ends = static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
    return ends + (!s.empty() && s.back() != '\n' ? 1 : 0);
  };
  for (const char* s : {"", "\n", "a", "a\n", "a\nb", "\n\n", "a\r\nb\r\n"}) {
    REQUIRE(count_lines(s) == reference(s));
  }
  // every lane full of line ends for longer than a byte can count
  const std::string ends(16 * 255 * 3 + 7, '\n');
  REQUIRE(count_lines(ends) == ends.size());
  std::mt19937_64 rng(13);
  for (int k = 0; k < 2000; ++k) {
    std::string s(rng() % 9000, 'x');
    const std::uint64_t density = 1 + rng() % 40;
    for (char& c : s) {
      c = rng() % density == 0 ? '\n' : 'x';
    }
    const std::size_t from = s.empty() ? 0 : rng() % s.size(); // any alignment
    INFO("size " << s.size() << ", from " << from);
    REQUIRE(count_lines(std::string_view(s).substr(from)) ==
            reference(std::string_view(s).substr(from)));
  }
}

TEST_CASE("same_text compares names as == does", "[io][csv]") {
  using zzplan::io::detail::same_text;
  // every length up to 20, equal, and differing in each byte in turn; and different lengths
  for (std::size_t n = 0; n <= 20; ++n) {
    std::string a(n, 'x');
    for (std::size_t k = 0; k < n; ++k) {
      a[k] = static_cast<char>('a' + k);
    }
    const std::string b = a;
    REQUIRE(same_text(a, b));
    for (std::size_t k = 0; k < n; ++k) {
      std::string c = a;
      c[k] = static_cast<char>(c[k] ^ 0x80);
      INFO("length " << n << ", byte " << k);
      REQUIRE_FALSE(same_text(a, c));
      REQUIRE_FALSE(same_text(c, a));
    }
    REQUIRE_FALSE(same_text(a, a + "x"));
    REQUIRE_FALSE(same_text(a + "x", a));
  }
}

TEST_CASE("utf8::invalid_at finds the first bad byte wherever it is", "[io][csv]") {
  // The rule byte by byte: ASCII, or a well-formed sequence, or the offset of the first bad byte.
  const auto reference = [](std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      if (static_cast<unsigned char>(s[i]) < 0x80U) {
        ++i;
        continue;
      }
      const std::size_t n = zzplan::utf8::sequence_length(s, i);
      if (n == 0) {
        return i;
      }
      i += n;
    }
    return std::string_view::npos;
  };
  std::mt19937_64 rng(19);
  for (int k = 0; k < 20000; ++k) {
    std::string s(rng() % 100, 'a');
    // a few sequences (good, cut short, or a lone byte) anywhere, around the 8- and 32-byte steps
    for (std::uint64_t m = rng() % 4; m != 0; --m) {
      static constexpr std::string_view pieces[] = {
          "\xE5\xB9\xB4", "\xC3\xA9", "\xF0\x9F\x98\x80", "\xE5\xB9",
          "\x80",         "\xFF",     "\xC0\xAF",         "\xED\xA0\x80"};
      const std::string_view piece = pieces[rng() % std::size(pieces)];
      s.insert(s.empty() ? 0 : rng() % s.size(), piece);
    }
    INFO("size " << s.size());
    REQUIRE(zzplan::utf8::invalid_at(s) == reference(s));
  }
}
