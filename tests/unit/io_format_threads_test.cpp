// format_plan_file, the streaming run behind `zzplan evaluate --format csv|json`: the same text
// whatever the number of threads, in region order, and a failed write reaches the caller.
#include "support/catch.hpp"

#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>

#include <atomic>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace zzplan;

constexpr std::string_view plan_text = R"(
[plan]
name = "threads"
base_year = 2020
deadline = 2025

[[goal]]
id = "urban"
indicator = "常住人口城镇化率"
target = "常住人口城镇化率：提高到70%"
unit = "%"
attribute = "expected"

[[goal]]
id = "urban_floor"
indicator = "常住人口城镇化率"
target = "常住人口城镇化率：不低于60%"
unit = "%"
attribute = "binding"
)";

// 301 regions: with 64 regions a thread per batch, several batches and a short last one
io::data_table panel() {
  io::table_builder b("panel.csv");
  b.columns(true, false, false);
  for (int r = 0; r < 301; ++r) {
    char name[16];
    std::snprintf(name, sizeof name, "R%03d", r);
    for (int y = 2020; y <= 2020 + r % 5; ++y) { // some regions have only the base year
      io::data_row row;
      row.region = b.intern(name);
      row.indicator = b.intern("常住人口城镇化率");
      row.year = static_cast<std::int16_t>(y);
      row.value = 55.0 + r % 17 + (y - 2020) * (0.4 + r % 7 / 10.0);
      b.add(row);
    }
  }
  return std::move(b).finish();
}

void csv_row(std::string& out, const io::assessment_record& r) {
  io::append_csv_row(out, r);
}

struct run_text {
  std::string text;
  int writes = 0;
};

run_text run(const io::plan_spec& p, const io::data_table& d, unsigned threads) {
  io::run_options o;
  o.as_of = year{2024};
  run_text out;
  std::atomic<int> inside{0};
  const rollup summary = io::format_plan_file(
      p, d, o, &csv_row,
      [&](std::string_view t) {
        REQUIRE(inside.fetch_add(1) == 0); // never two writes at once
        out.text += t;
        ++out.writes;
        inside.fetch_sub(1);
      },
      lang::en, threads);
  CHECK(summary.all.goals == 602); // 301 regions, two goals each
  CHECK(summary.binding.goals == 301);
  return out;
}

} // namespace

TEST_CASE("format_plan_file writes the same text with 1, 2, 3 and 8 threads",
          "[io][run][threads]") {
  const io::plan_spec p = io::parse_plan_toml(plan_text, "threads.toml");
  const io::data_table d = panel();
  const run_text one = run(p, d, 1);
  CHECK(one.writes == 5); // 301 regions in batches of 64
  // in region order: R000's two rows first, R300's last
  CHECK(one.text.find("urban,R000,") == 0);
  CHECK(one.text.rfind("urban_floor,R300,") != std::string::npos);
  CHECK(one.text.rfind("urban_floor,R300,") > one.text.rfind("urban,R300,"));
  for (const unsigned threads : {2U, 3U, 8U}) {
    CAPTURE(threads);
    CHECK(run(p, d, threads).text == one.text);
  }
}

TEST_CASE("format_plan_file passes on a failed write and writes nothing after it",
          "[io][run][threads]") {
  const io::plan_spec p = io::parse_plan_toml(plan_text, "threads.toml");
  const io::data_table d = panel();
  io::run_options o;
  o.as_of = year{2024};
  for (const unsigned threads : {1U, 2U}) {
    CAPTURE(threads);
    int writes = 0;
    const auto failing = [&](std::string_view) {
      if (++writes == 2) {
        throw std::runtime_error("disk full");
      }
    };
    CHECK_THROWS_WITH(
        static_cast<void>(io::format_plan_file(p, d, o, &csv_row, failing, lang::en, threads)),
        "disk full");
    CHECK(writes == 2); // nothing written after the failure
  }
}
