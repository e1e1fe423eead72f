#pragma once
// A data file in memory: rows of (region, indicator, year, value, flags, span), names interned,
// ordered by region (alphabetically), indicator and year; and the series of one indicator read
// from it. Whatever reads a file (data.hpp, any layout) or a data frame fills a data_table through
// table_builder, which orders and checks it; evaluation (run.hpp) reads one.

#include <zzplan/indicator.hpp>
#include <zzplan/io/detail/uninitialized.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/series.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace zzplan::io {

/// One row of a data file (24 bytes: a panel of 60 million rows fits in 1.4 GB). Region and
/// indicator are indices into the table's names.
struct data_row {
  double value = 0.0;
  std::uint32_t region = 0;
  std::uint32_t indicator = 0;
  std::uint32_t line = 0; ///< where it was read (for messages), 0 when not from a file
  std::int16_t year = 0;
  flag flags = flag::none;
  std::uint8_t span = 1; ///< years a change covers (1: a yearly change)
};

/// A table's rows. resize() leaves the new rows unwritten (detail/uninitialized.hpp): whoever
/// resizes writes every new row before anything reads it.
using row_vector = std::vector<data_row, detail::uninitialized_allocator<data_row>>;

/// A data file in memory. Rows are ordered by region (by name), then indicator (in the order the
/// file first names them), year and span, so that the rows of one (region, indicator) are one
/// run in year order.
struct data_table {
  std::string file;
  bool has_region = false;
  bool has_flag = false;
  bool has_span = false;
  std::vector<std::string> names; ///< region and indicator names, interned
  row_vector rows;
  std::vector<std::uint32_t> rank;    ///< of each name, in alphabetical order
  std::vector<std::uint32_t> by_rank; ///< the name of each rank
  int last_year = 0;                  ///< the latest year of any row (0 for no rows)

  [[nodiscard]] std::string_view name(std::uint32_t i) const { return names[i]; }
  /// The index of a name, or -1 when the file does not have it.
  [[nodiscard]] long find(std::string_view n) const {
    const auto it = std::lower_bound(
        by_rank.begin(), by_rank.end(), n,
        [&](std::uint32_t id, std::string_view v) { return std::string_view(names[id]) < v; });
    return it != by_rank.end() && names[*it] == n ? static_cast<long>(*it) : -1;
  }
  /// The rows of (region, indicator) by their ids: one run, in year order.
  [[nodiscard]] std::pair<std::size_t, std::size_t> run(std::uint32_t region,
                                                        std::uint32_t indicator) const {
    const auto key = [&](const data_row& r) { return std::pair(rank[r.region], r.indicator); };
    const std::pair<std::uint32_t, std::uint32_t> want(rank[region], indicator);
    const auto lo = std::partition_point(rows.begin(), rows.end(),
                                         [&](const data_row& r) { return key(r) < want; });
    const auto hi =
        std::partition_point(lo, rows.end(), [&](const data_row& r) { return key(r) == want; });
    return {static_cast<std::size_t>(lo - rows.begin()),
            static_cast<std::size_t>(hi - rows.begin())};
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
         "'; use provisional, lower_bound, derived, revised, series_break or leave it empty";
}
[[nodiscard]] constexpr bool data_span_in_range(int s) noexcept {
  return s >= 1 && s <= max_data_span;
}
[[nodiscard]] inline std::string bad_span_message(std::string_view text) {
  return "span '" + std::string(text) + "' must be a whole number of years from 1 to 50";
}

/// The words of a data row's flags, as the flag column writes them (combined with '|').
inline constexpr std::array<std::pair<flag, std::string_view>, 5> flag_words{{
    {flag::provisional, "provisional"},
    {flag::lower_bound, "lower_bound"},
    {flag::derived, "derived"},
    {flag::revised, "revised"},
    {flag::series_break, "series_break"},
}};

/// The flags of a data row ("provisional|revised"); ok is false for a word that is not a flag.
[[nodiscard]] inline flag parse_flags(std::string_view s, bool& ok) {
  flag f = flag::none;
  ok = true;
  while (!s.empty()) {
    const std::size_t bar = s.find('|');
    const std::string_view w = s.substr(0, bar);
    const auto it = std::find_if(flag_words.begin(), flag_words.end(),
                                 [&](const auto& fw) { return fw.second == w; });
    if (it != flag_words.end()) {
      f = f | it->first;
    } else if (!w.empty()) {
      ok = false;
    }
    s = bar == std::string_view::npos ? std::string_view{} : s.substr(bar + 1);
  }
  return f;
}

/// Appends the words of flags f, joined by '|' (nothing for no flag).
inline void append_flag_words(std::string& out, flag f) {
  std::string_view bar;
  for (const auto& [bit, word] : flag_words) {
    if ((f & bit) != flag::none) {
      out.append(bar).append(word);
      bar = "|";
    }
  }
}

} // namespace detail

/// Fills a data_table: names interned as they come, rows appended in any order; finish() orders
/// them and refuses two rows for one (region, indicator, year, span), naming both lines.
class table_builder {
public:
  explicit table_builder(std::string file) { t_.file = std::move(file); }

  void columns(bool has_region, bool has_flag, bool has_span) {
    t_.has_region = has_region;
    t_.has_flag = has_flag;
    t_.has_span = has_span;
  }
  /// Room for `rows` rows (row_vector's allocator asks for huge pages for a large table).
  void reserve(std::size_t rows) { t_.rows.reserve(rows); }

  /// The id of a name (a region or an indicator), the same for every use of the name.
  std::uint32_t intern(std::string_view name) {
    const auto [it, fresh] =
        ids_.try_emplace(std::string(name), static_cast<std::uint32_t>(t_.names.size()));
    if (fresh) {
      t_.names.emplace_back(name);
    }
    return it->second;
  }
  void add(const data_row& r) { t_.rows.push_back(r); }
  /// The rows [from, to) of rows(), made with another builder's ids (`names`), take this
  /// builder's ids; `first_line` is added to their lines.
  void adopt(const std::vector<std::string>& names, std::size_t from, std::size_t to_row,
             std::uint32_t first_line) {
    std::vector<std::uint32_t> to(names.size());
    for (std::size_t k = 0; k < names.size(); ++k) {
      to[k] = intern(names[k]);
    }
    for (std::size_t i = from; i < to_row; ++i) {
      data_row& r = t_.rows[i];
      r.region = to[r.region];
      r.indicator = to[r.indicator];
      r.line += first_line;
    }
  }
  [[nodiscard]] const std::vector<std::string>& names() const noexcept { return t_.names; }
  [[nodiscard]] row_vector& rows() noexcept { return t_.rows; }

  /// The table, ordered and checked. Throws input_error for a duplicate row, which names the
  /// other row as `row_word` numbered from `first` (a file: "line" from 1; a data frame: "row"
  /// from 0, its position).
  [[nodiscard]] data_table finish(std::string_view row_word = "line", std::uint32_t first = 1) && {
    data_table& t = t_;
    const std::size_t n = t.names.size();
    t.by_rank.resize(n);
    for (std::uint32_t k = 0; k < n; ++k) {
      t.by_rank[k] = k;
    }
    std::sort(t.by_rank.begin(), t.by_rank.end(),
              [&](std::uint32_t a, std::uint32_t b) { return t.names[a] < t.names[b]; });
    t.rank.resize(n);
    for (std::uint32_t k = 0; k < n; ++k) {
      t.rank[t.by_rank[k]] = k;
    }
    // A file is usually written region by region: then it is in order already, and checking
    // that costs one pass instead of a sort. The line is the last key: the order of a stable
    // sort, without its buffer.
    const auto before = [&](const data_row& a, const data_row& b) {
      if (a.region != b.region) {
        return t.rank[a.region] < t.rank[b.region];
      }
      if (a.indicator != b.indicator) {
        return a.indicator < b.indicator;
      }
      if (a.year != b.year) {
        return a.year < b.year;
      }
      return a.span != b.span ? a.span < b.span : a.line < b.line;
    };
    // The rows [from, to): whether they follow the row before them in order, then (if so) the
    // first that repeats the row before it (to: none) and the latest year.
    struct scan {
      bool sorted = true;
      std::size_t repeat = 0;
      int last = 0;
    };
    const auto scan_rows = [&](std::size_t from, std::size_t to) {
      scan out{true, to, 0};
      const auto begin = t.rows.begin() + static_cast<std::ptrdiff_t>(from == 0 ? 0 : from - 1);
      out.sorted = std::is_sorted(begin, t.rows.begin() + static_cast<std::ptrdiff_t>(to), before);
      for (std::size_t i = from; out.sorted && i < to; ++i) {
        const data_row& b = t.rows[i];
        out.last = b.year > out.last ? b.year : out.last;
        if (i > 0 && out.repeat == to) {
          const data_row& a = t.rows[i - 1];
          if (a.year == b.year && a.span == b.span && a.indicator == b.indicator &&
              a.region == b.region) {
            out.repeat = i;
          }
        }
      }
      return out;
    };
    // Two halves at once for a large table: this stretch runs on one thread between reading a
    // file on two and evaluating it on two.
    const std::size_t n_rows = t.rows.size();
    const std::size_t mid = n_rows >= (std::size_t{1} << 16) ? n_rows / 2 : n_rows;
    scan second{true, n_rows, 0};
    std::thread other;
    if (mid < n_rows) {
      try {
        other = std::thread([&] { second = scan_rows(mid, n_rows); });
      } catch (const std::system_error&) {
        second = scan_rows(mid, n_rows); // no thread to be had
      }
    }
    scan all = scan_rows(0, mid);
    if (other.joinable()) {
      other.join();
    }
    if (all.sorted && second.sorted) {
      all.last = std::max(all.last, second.last);
      all.repeat = all.repeat != mid ? all.repeat : second.repeat;
    } else {
      std::sort(t.rows.begin(), t.rows.end(), before);
      all = scan_rows(0, n_rows);
    }
    if (all.repeat != n_rows) {
      const data_row& a = t.rows[all.repeat - 1];
      const data_row& b = t.rows[all.repeat];
      std::string what = "duplicate row for (";
      if (t.has_region) {
        what.append(t.names[a.region]).append(", ");
      }
      what.append(t.names[a.indicator]).append(", ").append(std::to_string(a.year));
      what.append(") also on ").append(row_word).append(" ");
      what.append(std::to_string(std::min(a.line, b.line) - 1 + first));
      what.append("; keep one");
      throw input_error(t.file, std::max(a.line, b.line), 0, what);
    }
    t.last_year = all.last;
    ids_.clear();
    return std::move(t_);
  }

private:
  data_table t_;
  std::unordered_map<std::string, std::uint32_t> ids_;
};

/// The rows of one indicator (and region, when the file has regions), in year order.
template <class F>
void for_each_row(const data_table& t, std::string_view indicator, std::string_view region, F&& f) {
  const long r = t.find(region);
  const long i = t.find(indicator);
  if (r < 0 || i < 0) {
    return;
  }
  const auto [from, to] = t.run(static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(i));
  for (std::size_t k = from; k < to; ++k) {
    f(t.rows[k]);
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
  return t.last_year;
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
