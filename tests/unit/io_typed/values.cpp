// Numbers written as read: random values at the precision statistics are published at (up to 9
// significant digits, up to 4 decimals) go through a data file, the typed core and the CSV and
// JSON writers, and come back character for character (up to trailing zeros), for a share and for
// money; computed values are the shortest text that reads back to the same double.
#include "support/catch.hpp"

#include <zzplan/io/data.hpp>
#include <zzplan/io/json.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>

#include <charconv>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace zzplan;

namespace {

/// A decimal as written without trailing zeros ("72.00" → "72").
std::string normal(std::string s) {
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') {
      s.pop_back();
    }
    if (s.back() == '.') {
      s.pop_back();
    }
  }
  return s == "-0" ? "0" : s;
}

/// A random decimal of up to 9 significant digits and up to 4 decimals, positive.
std::string published(std::mt19937_64& rng) {
  const int digits = std::uniform_int_distribution<int>(1, 9)(rng);
  const int decimals = std::uniform_int_distribution<int>(0, std::min(4, digits - 1))(rng);
  std::string m;
  for (int i = 0; i < digits; ++i) {
    m += static_cast<char>('0' + std::uniform_int_distribution<int>(i == 0 ? 1 : 0, 9)(rng));
  }
  if (decimals > 0) {
    m.insert(m.size() - static_cast<std::size_t>(decimals), ".");
  }
  return m;
}

std::string csv_cell(const io::assessment_record& r, io::column c) {
  return io::csv_field(r, c);
}

} // namespace

TEST_CASE("values come out of the data file, the core and every writer as they were read",
          "[io][values]") {
  std::mt19937_64 rng(20261129);
  for (const char* unit : {"%", "亿元"}) {
    for (int round = 0; round < 20; ++round) {
      std::vector<std::string> values;
      std::string data = "indicator,year,value\n";
      for (int y = 2001; y <= 2020; ++y) {
        values.push_back(published(rng));
        data += "x," + std::to_string(y) + "," + values.back() + "\n";
      }
      const io::data_table table = io::parse_data_csv(data, "d.csv");
      const std::string target = std::string(unit) == "%" ? "提高到1%" : "达到1亿元";
      const io::plan_spec plan = io::parse_plan_toml(
          "[plan]\nname = \"p\"\nbase_year = 2000\ndeadline = 2030\n[[goal]]\nid = \"g\"\n"
          "indicator = \"x\"\nattribute = \"expected\"\ntarget = \"" +
              target + "\"\nunit = \"" + unit + "\"\nbaseline = { year = 2000, value = 0.5 }\n",
          "p.toml");
      for (int y = 2001; y <= 2020; ++y) {
        io::run_options o;
        o.as_of = year{y};
        const io::plan_result r = io::evaluate_plan_file(plan, table, o);
        REQUIRE(r.records.size() == 1U);
        const io::assessment_record& a = r.records.front();
        const std::string& want = values[static_cast<std::size_t>(y - 2001)];
        CAPTURE(unit, y, want);
        CHECK(normal(csv_cell(a, io::column::latest_value)) == normal(want));
        CHECK(normal(io::to_json(a)["latest_value"].dump()) == normal(want));
        CHECK(csv_cell(a, io::column::baseline_value) == "0.5");
        // a computed value: the shortest text that reads back to the same double
        const std::string share = csv_cell(a, io::column::achievement_share);
        double back = 0.0;
        std::from_chars(share.data(), share.data() + share.size(), back);
        CHECK(back == *a.achievement_share);
        char shortest[32];
        const auto [end, ec] = std::to_chars(shortest, shortest + sizeof shortest, back);
        CHECK(share == std::string(shortest, end));
      }
    }
  }
}

TEST_CASE("a share read in percent is held in percent: 25.57 stays 25.57", "[io][values]") {
  const share s = share::percent(25.57);
  CHECK(s.percent() == 25.57);
  CHECK(level_number(s) == 25.57);
  CHECK(format_shortest(level_number(s)) == "25.57");
  CHECK(format_shortest(level_number(share::percent(59.5251))) == "59.5251");
  CHECK(format_shortest(level_number(share::percent(13.9))) == "13.9");
  CHECK(format_display(4760.621306624001) == "4760.62"); // computed: 6 significant digits
  CHECK(format_display(46063.09) == "46063.09");         // as read
}
