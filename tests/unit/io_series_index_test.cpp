// The index of a data table's series by (region, indicator): every run found, nothing invented.
#include "support/catch.hpp"

#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/run_types.hpp>

#include <string>
#include <vector>

namespace {

using zzplan::io::data_row;
using zzplan::io::data_table;
using zzplan::io::series_index;
using zzplan::io::table_builder;

constexpr int regions = 300;
constexpr int indicators = 7;

// Some pairs have no rows at all (a gap in the panel), the others one to four years.
bool has_rows(int r, int i) {
  return (r * indicators + i) % 5 != 0;
}
int years_of(int r, int i) {
  return (r + i) % 4 + 1;
}

std::string region_name(int r) {
  return "region " + std::to_string(r);
}
std::string indicator_name(int i) {
  return "indicator " + std::to_string(i);
}

data_table panel() {
  table_builder b("panel.csv");
  b.columns(true, false, false);
  std::uint32_t line = 2;
  // written indicator-major, so the table's sort has to bring each region's rows together
  for (int i = 0; i < indicators; ++i) {
    for (int r = regions - 1; r >= 0; --r) {
      for (int y = 0; has_rows(r, i) && y < years_of(r, i); ++y) {
        data_row row;
        row.region = b.intern(region_name(r));
        row.indicator = b.intern(indicator_name(i));
        row.year = static_cast<std::int16_t>(2020 + y);
        row.value = r * 100.0 + i + y / 10.0;
        row.line = line++;
        b.add(row);
      }
    }
  }
  return std::move(b).finish();
}

} // namespace

TEST_CASE("series_index finds the rows of every (region, indicator) and no others",
          "[io][series_index]") {
  const data_table t = panel();
  const series_index index(t);
  int runs = 0;
  for (int r = 0; r < regions; ++r) {
    for (int i = 0; i < indicators; ++i) {
      const auto rows = index.rows(region_name(r), indicator_name(i));
      if (!has_rows(r, i)) {
        CHECK(rows.empty());
        continue;
      }
      ++runs;
      REQUIRE(rows.size() == static_cast<std::size_t>(years_of(r, i)));
      for (std::size_t y = 0; y < rows.size(); ++y) {
        CHECK(t.name(rows[y].region) == region_name(r));
        CHECK(t.name(rows[y].indicator) == indicator_name(i));
        CHECK(rows[y].year == 2020 + static_cast<int>(y));
        CHECK(rows[y].value == r * 100.0 + i + static_cast<double>(y) / 10.0);
      }
    }
  }
  CHECK(runs == 1680); // 2,100 pairs, one in five without rows
  // names that are not a region or not an indicator of the table, and a region used as indicator
  CHECK(index.rows("region 300", indicator_name(0)).empty());
  CHECK(index.rows(region_name(0), "indicator 7").empty());
  CHECK(index.rows(indicator_name(1), region_name(1)).empty());
  CHECK(index.rows(region_name(1), region_name(2)).empty());
}

TEST_CASE("series_index of a table without rows finds nothing", "[io][series_index]") {
  table_builder b("empty.csv");
  b.columns(true, false, false);
  const data_table t = std::move(b).finish();
  const series_index index(t);
  CHECK(index.rows("", "").empty());
  CHECK(index.rows("a", "b").empty());
}

TEST_CASE("series_index groups rows that are not in a data_table's order", "[io][series_index]") {
  // made by hand, not by table_builder::finish: a region's runs apart, indicators out of order
  data_table t;
  t.names = {"A", "B", "x", "y"};
  const auto row = [](std::uint32_t region, std::uint32_t indicator, std::int16_t year) {
    data_row r;
    r.region = region;
    r.indicator = indicator;
    r.year = year;
    r.value = region * 10.0 + indicator + year / 10000.0;
    return r;
  };
  t.rows = {row(0, 3, 2020), row(0, 3, 2021), row(1, 2, 2020), row(0, 2, 2020),
            row(1, 3, 2020), row(1, 3, 2021), row(1, 3, 2022)};
  const series_index index(t);
  CHECK(index.rows("A", "x").size() == 1);
  CHECK(index.rows("A", "y").size() == 2);
  CHECK(index.rows("B", "x").size() == 1);
  REQUIRE(index.rows("B", "y").size() == 3);
  CHECK(index.rows("B", "y")[2].year == 2022);
  CHECK(index.rows("A", "y")[0].value == 3.2020);
  CHECK(index.rows("x", "A").empty());
}

TEST_CASE("series_index of a large table: two halves cut where a run ends, joined in row order",
          "[io][series_index]") {
  // 72,000 rows, so the runs are found by two threads; the middle row falls inside one run of
  // 30,000 rows, which the cut must not split
  table_builder b("large.csv");
  b.columns(true, false, false);
  std::uint32_t line = 2;
  const auto add = [&](const std::string& region, const char* indicator, int year) {
    data_row row;
    row.region = b.intern(region);
    row.indicator = b.intern(indicator);
    row.year = static_cast<std::int16_t>(year);
    row.value = year / 4.0;
    row.line = line++;
    b.add(row);
  };
  for (const char first : {'A', 'M', 'Z'}) {
    if (first == 'M') {
      for (int y = -14000; y < 16000; ++y) {
        add("M", "a", y);
      }
      continue;
    }
    for (int r = 0; r < 1500; ++r) {
      const std::string region = first + std::to_string(10000 + r);
      for (const char* indicator : {"a", "b"}) {
        for (int y = 2014; y < 2021; ++y) {
          add(region, indicator, y);
        }
      }
    }
  }
  const data_table t = std::move(b).finish();
  REQUIRE(t.rows.size() == 72000);
  const series_index index(t);
  CHECK(index.in_row_order());
  // every run of the rows, found by a test of every row, is the index's
  std::vector<std::uint32_t> in_order; // the regions, once each, as the rows give them
  std::size_t runs = 0;
  for (std::size_t i = 0; i < t.rows.size();) {
    std::size_t j = i + 1;
    while (j < t.rows.size() && t.rows[j].region == t.rows[i].region &&
           t.rows[j].indicator == t.rows[i].indicator) {
      ++j;
    }
    const auto got = index.rows(t.rows[i].region, t.rows[i].indicator);
    REQUIRE(got.data() == t.rows.data() + i);
    REQUIRE(got.size() == j - i);
    if (in_order.empty() || in_order.back() != t.rows[i].region) {
      in_order.push_back(t.rows[i].region);
    }
    ++runs;
    i = j;
  }
  CHECK(runs == 6001);
  CHECK(index.rows("M", "a").size() == 30000);
  CHECK(index.rows("M", "b").empty());
  CHECK(index.regions() == in_order);
  CHECK(in_order.size() == 3001);
}

TEST_CASE("series_index says when its regions are not in the rows' order", "[io][series_index]") {
  data_table t;
  t.names = {"A", "B", "x"};
  data_row a, b;
  a.region = 1; // B's row, then A's: grouped, but not by a data_table's order of names
  a.indicator = 2;
  b.region = 0;
  b.indicator = 2;
  t.rows = {a, b, a};
  t.rows[2].year = 1;
  const series_index index(t);
  CHECK_FALSE(index.in_row_order());
  CHECK(index.rows("B", "x").size() == 1);
  CHECK(index.regions() == std::vector<std::uint32_t>{0, 1});
}
