#pragma once
// A data file in memory: rows of (region, indicator, year, value, flags, span), names interned,
// sorted by region, indicator and year; and the series of one indicator read from it. Whatever
// reads a file (data.hpp) fills a data_table; evaluation (run.hpp) reads one.

#include <zzplan/indicator.hpp>
#include <zzplan/series.hpp>

#include <zzplan/io/error.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
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

// ---- filling a table: the checks and messages of every reader ----------------------------------
//
// A data file (data.hpp) and a pandas DataFrame (the Python package) are read into a data_table
// with the same checks, the same messages and the same order of rows: only where a bad field is
// (a file's line, a frame's row and column) is said by the reader.

namespace detail {

/// Years a data row may have.
inline constexpr int first_data_year = 1900;
inline constexpr int last_data_year = 2200;
/// The longest change a row may cover (its span, in years).
inline constexpr int max_data_span = 50;

[[nodiscard]] inline std::string missing_column_message(std::string_view column) {
  return "missing column '" + std::string(column) +
         "'; the header needs indicator,year,value (region, flag and span are optional)";
}
[[nodiscard]] inline std::string invalid_utf8_message(std::size_t byte) {
  return "invalid UTF-8 (byte " + std::to_string(byte) + "); save the file as UTF-8";
}
[[nodiscard]] inline std::string empty_indicator_message() {
  return "empty indicator name";
}
[[nodiscard]] inline std::string year_not_whole_message(std::string_view text) {
  return "year '" + std::string(text) + "' is not a whole number such as 2021";
}
[[nodiscard]] constexpr bool data_year_in_range(int y) noexcept {
  return y >= first_data_year && y <= last_data_year;
}
[[nodiscard]] inline std::string year_out_of_range_message(std::string_view text) {
  return "year " + std::string(text) + " is out of range (1900 to 2200)";
}
[[nodiscard]] inline std::string empty_value_message() {
  return "empty value; for a gap in the data leave the row out";
}
[[nodiscard]] inline std::string value_not_finite_message(std::string_view text) {
  return "value '" + std::string(text) +
         "' is not a finite number; write digits such as 72.04 (no units, no NA/NaN/inf: leave a "
         "gap out)";
}
[[nodiscard]] inline std::string unknown_flag_message(std::string_view text) {
  return "unknown flag '" + std::string(text) +
         "'; use provisional, lower_bound, derived, revised or leave it empty";
}
[[nodiscard]] constexpr bool data_span_in_range(int s) noexcept {
  return s >= 1 && s <= max_data_span;
}
[[nodiscard]] inline std::string bad_span_message(std::string_view text) {
  return "span '" + std::string(text) + "' must be a whole number of years from 1 to 50";
}

} // namespace detail

namespace detail {

/// The order of the rows of one series: year, span, then their place in the input.
[[nodiscard]] constexpr bool before_in_series(const data_row& a, const data_row& b) noexcept {
  if (a.year != b.year) {
    return a.year < b.year;
  }
  return a.span != b.span ? a.span < b.span : a.line < b.line;
}

/// Most tables come grouped: the rows of a (region, indicator) together and in year order, as
/// statistics are published and panels are built. Such a table is put in order by sorting its
/// runs as wholes (by the ranks of their names), not row by row. Returns false, leaving the rows
/// as they were, when a run is out of order or two runs are of one (region, indicator).
[[nodiscard]] inline bool sort_runs(data_table& t, const std::vector<std::uint32_t>& rank) {
  struct run {
    std::uint32_t region, indicator;
    std::size_t begin, end;
  };
  std::vector<run> runs;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const data_row& r = t.rows[i];
    if (i == 0 || r.region != t.rows[i - 1].region || r.indicator != t.rows[i - 1].indicator) {
      runs.push_back({rank[r.region], rank[r.indicator], i, i + 1});
    } else if (before_in_series(r, t.rows[i - 1])) {
      return false;
    } else {
      runs.back().end = i + 1;
    }
  }
  const auto key = [](const run& a) { return std::pair(a.region, a.indicator); };
  std::sort(runs.begin(), runs.end(), [&](const run& a, const run& b) { return key(a) < key(b); });
  for (std::size_t k = 1; k < runs.size(); ++k) {
    if (key(runs[k - 1]) == key(runs[k])) {
      return false; // one series in two places: the rows must be merged
    }
  }
  std::vector<data_row> sorted;
  sorted.reserve(t.rows.size());
  for (const run& r : runs) {
    sorted.insert(sorted.end(), t.rows.begin() + static_cast<std::ptrdiff_t>(r.begin),
                  t.rows.begin() + static_cast<std::ptrdiff_t>(r.end));
  }
  t.rows = std::move(sorted);
  return true;
}

} // namespace detail

/// Puts a filled table in the order evaluation needs, (region, indicator, year, span) by name, and
/// throws input_error for two rows of the same (region, indicator, year, span). A row's `line`
/// is its place in the input, from 1 (the last key of the sort, so equal keys keep their order);
/// the message calls it `row_word` and numbers it from `first` (a file: "line" from 1; a
/// DataFrame: "row" from 0, its position).
inline void finish_table(data_table& t, std::string_view row_word = "line",
                         std::uint32_t first = 1) {
  // Sorted with the line as the last key: the order of a stable sort, without its buffer.
  // Names compared by their rank in sorted order (integers, not strings, in the sort).
  std::vector<std::uint32_t> by_name(t.names.size());
  for (std::uint32_t k = 0; k < by_name.size(); ++k) {
    by_name[k] = k;
  }
  std::sort(by_name.begin(), by_name.end(),
            [&](std::uint32_t a, std::uint32_t b) { return t.names[a] < t.names[b]; });
  std::vector<std::uint32_t> rank(t.names.size());
  for (std::uint32_t k = 0; k < by_name.size(); ++k) {
    rank[by_name[k]] = k;
  }
  if (!detail::sort_runs(t, rank)) {
    std::sort(t.rows.begin(), t.rows.end(), [&](const data_row& a, const data_row& b) {
      if (a.region != b.region) {
        return rank[a.region] < rank[b.region];
      }
      if (a.indicator != b.indicator) {
        return rank[a.indicator] < rank[b.indicator];
      }
      return detail::before_in_series(a, b);
    });
  }
  for (std::size_t i = 1; i < t.rows.size(); ++i) {
    const data_row& a = t.rows[i - 1];
    const data_row& b = t.rows[i];
    if (a.region == b.region && a.indicator == b.indicator && a.year == b.year &&
        a.span == b.span) {
      throw input_error(t.file, std::max(a.line, b.line), 0,
                        "duplicate row for (" +
                            (t.has_region ? t.names[a.region] + ", " : std::string()) +
                            t.names[a.indicator] + ", " + std::to_string(a.year) + ") also on " +
                            std::string(row_word) + " " +
                            std::to_string(std::min(a.line, b.line) - 1 + first) + "; keep one");
    }
  }
}

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
