// missing_indicators: the goals whose indicator has no rows in the regions evaluated, with the
// regions where it has none, found alike whether an indicator is in every region (counted once
// over the index) or not (looked at region by region).
#include "support/catch.hpp"

#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace zzplan;

constexpr std::string_view plan_text = R"(
[plan]
name = "missing"
region = "株洲市"
base_year = 2020
deadline = 2025

[[goal]]
id = "urban"
indicator = "常住人口城镇化率"
attribute = "expected"
unit = "%"
target = "常住人口城镇化率：达到72%"

[[goal]]
id = "forest"
indicator = "森林覆盖率"
target = "森林覆盖率：提高到60%"
unit = "%"
attribute = "binding"

[[goal]]
id = "water"
indicator = "地表水达标率"
target = "地表水达标率：不低于90%"
unit = "%"
attribute = "binding"
)";

struct series {
  std::string region, indicator;
  int years;
};

// Rows added in the order given: the builder sorts them into a data_table's order.
io::data_table table_of(const std::vector<series>& all, bool with_region = true) {
  io::table_builder b("t.csv");
  b.columns(with_region, false, false);
  std::uint32_t line = 2;
  for (const series& s : all) {
    for (int y = 0; y < s.years; ++y) {
      io::data_row row;
      row.region = b.intern(with_region ? s.region : std::string());
      row.indicator = b.intern(s.indicator);
      row.year = static_cast<std::int16_t>(2020 + y);
      row.value = 50.0 + y;
      row.line = line++;
      b.add(row);
    }
  }
  return std::move(b).finish();
}

const io::missing_indicator* find(const std::vector<io::missing_indicator>& m,
                                  std::string_view goal) {
  for (const io::missing_indicator& x : m) {
    if (x.goal_id == goal) {
      return &x;
    }
  }
  return nullptr;
}

} // namespace

TEST_CASE("missing_indicators names the regions without rows, and only those goals",
          "[io][missing]") {
  const io::plan_spec p = io::parse_plan_toml(plan_text, "missing.toml");
  // 城镇化率 in every region; 森林覆盖率 in all but B; 地表水达标率 nowhere (a near name instead)
  const io::data_table t = table_of({{"C", "常住人口城镇化率", 3},
                                     {"A", "森林覆盖率", 2},
                                     {"A", "常住人口城镇化率", 1},
                                     {"B", "常住人口城镇化率", 2},
                                     {"C", "森林覆盖率", 1},
                                     {"A", "地表水水质达标率", 2}});
  const std::vector<io::missing_indicator> m = io::missing_indicators(p, t);
  CHECK(find(m, "urban") == nullptr);
  const io::missing_indicator* forest = find(m, "forest");
  REQUIRE(forest != nullptr);
  CHECK(forest->regions == std::vector<std::string>{"B"});
  const io::missing_indicator* water = find(m, "water");
  REQUIRE(water != nullptr);
  CHECK(water->regions == std::vector<std::string>{"A", "B", "C"});
  REQUIRE_FALSE(water->closest.empty());
  CHECK(water->closest.front() == "地表水水质达标率");
  CHECK(m.size() == 2);

  // only region A evaluated: 森林覆盖率 is there
  const std::vector<io::missing_indicator> only_a =
      io::missing_indicators(p, t, std::optional<std::string>("A"));
  CHECK(find(only_a, "forest") == nullptr);
  CHECK(find(only_a, "urban") == nullptr);
  REQUIRE(find(only_a, "water") != nullptr);
  CHECK(find(only_a, "water")->regions == std::vector<std::string>{"A"});
  // only region B: 森林覆盖率 is not
  const std::vector<io::missing_indicator> only_b =
      io::missing_indicators(p, t, std::optional<std::string>("B"));
  REQUIRE(find(only_b, "forest") != nullptr);
  CHECK(find(only_b, "forest")->regions == std::vector<std::string>{"B"});
}

TEST_CASE("missing_indicators of data without a region column", "[io][missing]") {
  const io::plan_spec p = io::parse_plan_toml(plan_text, "missing.toml");
  const io::data_table t =
      table_of({{"", "常住人口城镇化率", 3}, {"", "森林覆盖率", 2}}, /*with_region=*/false);
  const std::vector<io::missing_indicator> m = io::missing_indicators(p, t);
  REQUIRE(m.size() == 1);
  CHECK(m[0].goal_id == "water");
  CHECK(m[0].regions.empty()); // no regions to name
}

TEST_CASE("missing_indicators counts a series once when its rows are not together",
          "[io][missing]") {
  // A table made by hand, not in a data_table's order: region B's 森林覆盖率 in two runs apart
  // (the index sorts them next to each other). Counted twice, it would stand for region A's
  // missing one.
  const io::plan_spec p = io::parse_plan_toml(plan_text, "missing.toml");
  io::data_table t;
  t.file = "t.csv";
  t.has_region = true;
  t.names = {"A", "B", "常住人口城镇化率", "森林覆盖率", "地表水达标率"};
  const auto row = [](std::uint32_t region, std::uint32_t indicator, int year) {
    io::data_row r;
    r.region = region;
    r.indicator = indicator;
    r.year = static_cast<std::int16_t>(year);
    r.value = 50.0;
    r.line = 0;
    return r;
  };
  for (const io::data_row& r : {row(0, 2, 2020), row(0, 4, 2020), row(1, 3, 2020), row(1, 2, 2020),
                                row(1, 3, 2021), row(1, 4, 2020)}) {
    t.rows.push_back(r);
  }
  const io::series_index index(t);
  REQUIRE_FALSE(index.in_row_order()); // the runs were sorted
  const std::vector<io::missing_indicator> m = io::missing_indicators(p, t);
  const io::missing_indicator* forest = find(m, "forest");
  REQUIRE(forest != nullptr);
  CHECK(forest->regions == std::vector<std::string>{"A"});
  CHECK(find(m, "urban") == nullptr);
  CHECK(find(m, "water") == nullptr);
}
