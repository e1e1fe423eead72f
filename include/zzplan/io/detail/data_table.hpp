#pragma once
// A data file in memory: rows of (region, indicator, year, value, flags, span), names interned,
// sorted by region, indicator and year; and the series of one indicator read from it. Whatever
// reads a file (data.hpp) fills a data_table; evaluation (run.hpp) reads one.

#include <zzplan/indicator.hpp>
#include <zzplan/series.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace zzplan::io {

/// One row of a data file. Region and indicator are indices into the table's names.
struct data_row {
  std::uint32_t region = 0;
  std::uint32_t indicator = 0;
  int year = 0;
  double value = 0.0;
  flag flags = flag::none;
  std::uint8_t span = 1; ///< years a change covers (1: a yearly change)
  std::uint32_t line = 0;
};

/// A data file in memory, sorted by (region, indicator, year).
struct data_table {
  std::string file;
  bool has_region = false;
  bool has_flag = false;
  bool has_span = false;
  std::vector<std::string> names; ///< region and indicator names, interned
  std::vector<data_row> rows;

  [[nodiscard]] std::string_view name(std::uint32_t i) const { return names[i]; }
  /// The index of a name, or -1 when the file does not have it.
  [[nodiscard]] long find(std::string_view n) const {
    const auto it = std::find(names.begin(), names.end(), n);
    return it == names.end() ? -1 : static_cast<long>(it - names.begin());
  }
};

/// The rows of one indicator (and region, when the file has regions), in year order.
template <class F>
void for_each_row(const data_table& t, std::string_view indicator, std::string_view region, F&& f) {
  // The rows are sorted by (region, indicator, year, span) names (parse_data_csv): the rows of one
  // (region, indicator) are found by binary search, not by a scan of the whole table per call
  // (which made a panel's evaluation quadratic in its number of regions).
  const auto before = [&](const data_row& r) {
    const int c = t.name(r.region).compare(region);
    return c != 0 ? c < 0 : t.name(r.indicator) < indicator;
  };
  auto it = std::partition_point(t.rows.begin(), t.rows.end(), before);
  for (; it != t.rows.end() && t.name(it->region) == region && t.name(it->indicator) == indicator;
       ++it) {
    f(*it);
  }
}

/// Level observations of one indicator, in the unit the file gives (make converts a number).
template <class Q, class Make>
[[nodiscard]] std::vector<observation<Q>> levels_of(const data_table& t, std::string_view indicator,
                                                    std::string_view region, Make&& make) {
  std::vector<observation<Q>> out;
  for_each_row(t, indicator, region, [&](const data_row& r) {
    out.push_back({year{r.year}, make(r.value), r.flags});
  });
  return out;
}

/// Level observations of one indicator, the file's numbers read in Q's own unit (13.9 → 13.9%).
template <class Q>
[[nodiscard]] std::vector<observation<Q>> levels_of(const data_table& t, std::string_view indicator,
                                                    std::string_view region = {}) {
  return levels_of<Q>(t, indicator, region, [](double v) { return level_traits<Q>::make(v); });
}

/// The latest year in the file (the default evaluation year), or 0 for an empty table.
[[nodiscard]] inline int latest_year(const data_table& t) noexcept {
  int y = 0;
  for (const data_row& r : t.rows) {
    y = r.year > y ? r.year : y;
  }
  return y;
}

/// Change observations of one indicator (values are changes in percent: -3.8 for -3.8%).
[[nodiscard]] inline std::vector<change_observation>
changes_of(const data_table& t, std::string_view indicator, std::string_view region = {}) {
  std::vector<change_observation> out;
  for_each_row(t, indicator, region, [&](const data_row& r) {
    out.push_back({year{r.year}, growth_rate::percent(r.value), r.flags, r.span});
  });
  return out;
}

} // namespace zzplan::io
