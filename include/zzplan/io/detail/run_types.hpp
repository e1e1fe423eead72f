#pragma once
// What a run of a plan file over a data file takes and gives (run_options, plan_result,
// evaluated_goal, goal_facts), the index of the data's series by (region, indicator), and the
// notes it writes of missing data (the closest indicator names) and of an assumed price basis.
// run.hpp does the run; detail/typed_pass.hpp is what is done with each typed goal.

#include <zzplan/detail/edit_distance.hpp>
#include <zzplan/evaluate.hpp>
#include <zzplan/io/detail/chart_data.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/plan_spec.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/relative.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace zzplan::io {

/// How to evaluate a plan file.
struct run_options {
  year as_of{};
  method how = method::cn_midterm;
  std::optional<std::string> region{}; ///< one region of the data (all when empty)
  options evaluation{};
  bool charts = false; ///< also draw each goal's chart (for reports), from the same evaluation
};

/// The records of a plan file's assessments, in plan order per region (milestones last), their
/// roll-up under the method and, when asked for, one chart per record.
struct plan_result {
  std::vector<assessment_record> records;
  std::vector<goal_chart> charts;
  rollup summary;
};

/// One assessment of a plan file as a sink receives it: its record and, when charts were asked
/// for, its chart.
struct evaluated_goal {
  assessment_record record;
  std::optional<goal_chart> chart{};
};

/// What a typed goal says of itself (for `zzplan check`).
struct goal_facts {
  goal_kind kind = goal_kind::level;
  modality mode = modality::firm;
  attribute attr = attribute::expected;
  direction better = direction::higher_is_better;
  std::optional<comparison> cmp{};
  std::optional<relative_target::relation> relation{};
  double tolerance = 0.0; ///< band: a fraction of X; relative: points a year
  std::optional<std::pair<double, double>> range{};
  std::optional<double> target_level{}; ///< X', by evaluate() on the stated base (else 1 or 0)
  bool additive = false;                ///< X' = v_b + N (increments, points)
  bool multiplicative = false;          ///< X' = k · v_b (growth and change targets)
  std::string unit_zh, unit_en;
};

/// A region: its key in the data and the name shown.
using region_name = std::pair<std::string, std::string>;

/// The rows of each (region, indicator) of a data table, found once: the table is sorted by
/// region and indicator, so each pair is one run of rows, and a region's runs follow each other.
/// A region's runs are found by its id, then the indicator's among them: the runs of the regions
/// evaluated one after the other lie one after the other in memory (a hash table of all the pairs
/// cost a cache miss a goal).
class series_index {
public:
  explicit series_index(const data_table& d) : rows_(&d.rows) {
    if (d.rows.size() > std::numeric_limits<std::uint32_t>::max()) {
      throw std::length_error("zzplan: a data table of more than 2^32 rows");
    }
    ids_.reserve(d.names.size());
    for (std::size_t k = 0; k < d.names.size(); ++k) {
      ids_.emplace(d.names[k], static_cast<std::uint32_t>(k));
    }
    // The runs of a large table are found by two threads, each in its half (cut where a run
    // ends): the scan reads every row once and runs on its own between reading a panel and
    // evaluating it.
    const std::size_t n = d.rows.size();
    std::size_t mid = n >= (std::size_t{1} << 16) ? n / 2 : n;
    while (mid < n && same_run(d.rows[mid - 1], d.rows[mid])) {
      ++mid;
    }
    std::vector<run> second;
    std::thread other;
    if (mid < n) {
      try {
        other = std::thread([&] { second = runs_in(d.rows, mid, n); });
      } catch (const std::system_error&) {
        mid = n; // no thread to be had: one scan of all
      }
    }
    runs_ = runs_in(d.rows, 0, mid);
    if (other.joinable()) {
      other.join();
      runs_.insert(runs_.end(), second.begin(), second.end());
    }
    bool grouped = true; // each region's runs together, in indicator order
    for (std::size_t k = 1; k < runs_.size(); ++k) {
      if (runs_[k - 1].region == runs_[k].region) {
        grouped = grouped && runs_[k - 1].indicator < runs_[k].indicator;
      }
    }
    if (!grouped || !find_regions(d.names.size())) { // not in a data_table's order: group them
      in_row_order_ = false;
      std::sort(runs_.begin(), runs_.end(), [](const run& a, const run& b) {
        return a.region != b.region ? a.region < b.region : a.indicator < b.indicator;
      });
      static_cast<void>(find_regions(d.names.size()));
    }
  }
  /// Whether regions() gives the regions in the order of the table's rows: true for a table in a
  /// data_table's order (as every reader makes it).
  [[nodiscard]] bool in_row_order() const noexcept { return in_row_order_; }
  /// The id of each region, once, in the order of its runs: the table's row order when
  /// in_row_order(). Made from the runs (one per region and indicator), not the rows.
  [[nodiscard]] std::vector<std::uint32_t> regions() const {
    std::vector<std::uint32_t> out;
    for (std::size_t k = 0; k < runs_.size(); ++k) {
      if (k == 0 || runs_[k].region != runs_[k - 1].region) {
        out.push_back(runs_[k].region);
      }
    }
    return out;
  }
  /// The rows of an indicator in a region ("" when the data has no region column), in year order.
  [[nodiscard]] std::span<const data_row> rows(std::string_view region,
                                               std::string_view indicator) const {
    const std::optional<std::uint32_t> r = id(region);
    const std::optional<std::uint32_t> i = id(indicator);
    return r && i ? rows(*r, *i) : std::span<const data_row>{};
  }
  /// The same by the ids of the names (id()): for a loop that looks each name up once.
  [[nodiscard]] std::span<const data_row> rows(std::uint32_t region,
                                               std::uint32_t indicator) const {
    const auto [first, end] = by_region_[region];
    const auto at = std::lower_bound(runs_.begin() + first, runs_.begin() + end, indicator,
                                     [](const run& r, std::uint32_t i) { return r.indicator < i; });
    if (at == runs_.begin() + end || at->indicator != indicator) {
      return {};
    }
    return std::span<const data_row>(*rows_).subspan(at->first, at->count);
  }
  /// For each name id, the number of regions among `evaluated` (by id: true for a region
  /// evaluated) with rows of it as their indicator: one pass over the runs, not a search per
  /// region and indicator.
  [[nodiscard]] std::vector<std::uint32_t>
  regions_with_rows(const std::vector<bool>& evaluated) const {
    std::vector<std::uint32_t> out(evaluated.size(), 0);
    for (std::size_t k = 0; k < runs_.size(); ++k) {
      const run& r = runs_[k];
      const bool again = // the same series as the run before (a table not in a data_table's order)
          k > 0 && runs_[k - 1].region == r.region && runs_[k - 1].indicator == r.indicator;
      if (!again && r.region < evaluated.size() && evaluated[r.region] &&
          r.indicator < out.size()) {
        ++out[r.indicator];
      }
    }
    return out;
  }
  /// The id of a name of the table (a region or an indicator); none if the table has no such name.
  [[nodiscard]] std::optional<std::uint32_t> id(std::string_view name) const {
    const auto at = ids_.find(name);
    return at == ids_.end() ? std::nullopt : std::optional<std::uint32_t>(at->second);
  }

private:
  struct run {
    std::uint32_t region, indicator, first, count;
  };
  static bool same_run(const data_row& a, const data_row& b) noexcept {
    return a.region == b.region && a.indicator == b.indicator;
  }
  /// The runs of rows[from, to), in row order.
  static std::vector<run> runs_in(const row_vector& rows, std::size_t from, std::size_t to) {
    std::vector<run> out;
    for (std::size_t i = from; i < to;) {
      std::size_t j = i + 1;
      while (j < to && same_run(rows[i], rows[j])) {
        ++j;
      }
      out.push_back({rows[i].region, rows[i].indicator, static_cast<std::uint32_t>(i),
                     static_cast<std::uint32_t>(j - i)});
      i = j;
    }
    return out;
  }
  /// by_region_ from runs_; false if a region's runs are not next to each other.
  bool find_regions(std::size_t names) {
    by_region_.assign(names, {0, 0});
    bool together = true;
    for (std::size_t k = 0; k < runs_.size(); ++k) {
      auto& [first, end] = by_region_[runs_[k].region];
      if (first == end) {
        first = static_cast<std::uint32_t>(k);
      } else {
        together = together && end == k;
      }
      end = static_cast<std::uint32_t>(k + 1);
    }
    return together;
  }
  const row_vector* rows_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::vector<run> runs_; ///< in row order when in_row_order_, else by region and indicator
  std::vector<std::pair<std::uint32_t, std::uint32_t>> by_region_; ///< by name id: its runs
  bool in_row_order_ = true;
};

/// The series of one region: its name looked up once, each indicator's name once per call.
class region_series {
public:
  region_series(const series_index& index, std::string_view region)
      : index_(&index), region_(index.id(region)) {}
  [[nodiscard]] std::span<const data_row> rows(std::string_view indicator) const {
    const std::optional<std::uint32_t> i = region_ ? index_->id(indicator) : std::nullopt;
    return i ? index_->rows(*region_, *i) : std::span<const data_row>{};
  }

private:
  const series_index* index_;
  std::optional<std::uint32_t> region_;
};

/// Receives each evaluated goal in order.
using record_sink = std::function<void(evaluated_goal&&)>;

/// A goal whose indicator (or reference indicator) has no rows in the data: loud, not a quiet 数据不足.
struct missing_indicator {
  std::string goal_id;
  std::string indicator;
  std::vector<std::string> regions; ///< where it is missing (empty: the data has no regions)
  std::vector<std::string> closest; ///< the data's indicator names nearest to it
};

namespace detail {
/// The edit distance of two names, in characters (code points).
[[nodiscard]] inline std::size_t name_distance(std::string_view a, std::string_view b) {
  const auto chars = [](std::string_view s) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < s.size();) {
      const std::size_t n = std::min<std::size_t>(utf8::step(s[i]), s.size() - i);
      out.push_back(s.substr(i, n));
      i += n;
    }
    return out;
  };
  const std::vector<std::string_view> x = chars(a), y = chars(b);
  std::vector<std::size_t> row(y.size() + 1);
  return zzplan::detail::edit_distance<std::string_view>(x, y, row);
}
} // namespace detail

/// The data's indicator names nearest to a name (at most two, within half its length).
[[nodiscard]] inline std::vector<std::string> closest_indicators(std::string_view name,
                                                                 const data_table& d) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  std::vector<std::uint32_t> seen;
  for (const data_row& r : d.rows) {
    if (std::find(seen.begin(), seen.end(), r.indicator) != seen.end()) {
      continue;
    }
    seen.push_back(r.indicator);
    const std::string_view other = d.name(r.indicator);
    const std::size_t dist = detail::name_distance(name, other);
    const std::size_t len = utf8::count(name);
    if (dist <= std::max<std::size_t>(2, len / 2)) {
      scored.emplace_back(dist, std::string(other));
    }
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && i < 2; ++i) {
    out.push_back(scored[i].second);
  }
  return out;
}

/// "the data has no rows for 对外贸易依存度; did you mean 对外贸易依存率?" (zh or en).
[[nodiscard]] inline std::string missing_text(const missing_indicator& m, lang l) {
  const bool zh = l == lang::zh;
  std::string s = zh ? "数据中没有指标“" + m.indicator + "”的数据"
                     : "the data has no rows for '" + m.indicator + "'";
  if (!m.regions.empty()) {
    std::string where;
    for (std::size_t i = 0; i < m.regions.size() && i < 3; ++i) {
      where += (i ? ", " : "") + m.regions[i];
    }
    if (m.regions.size() > 3) {
      where += zh ? "等" + std::to_string(m.regions.size()) + "个地区"
                  : " and " + std::to_string(m.regions.size() - 3) + " more regions";
    }
    s += zh ? "（" + where + "）" : " (" + where + ")";
  }
  if (!m.closest.empty()) {
    s += zh ? "；是否指“" : "; did you mean '";
    for (std::size_t i = 0; i < m.closest.size(); ++i) {
      s += (i ? (zh ? "”或“" : "' or '") : "") + m.closest[i];
    }
    s += zh ? "”？" : "'?";
  } else {
    s += zh ? "；请检查指标名称（indicator）" : "; check the goal's indicator name";
  }
  return s;
}

/// The note said when a goal's price basis was not written but assumed (energy intensity).
[[nodiscard]] inline std::string assumed_basis_note(const goal_spec& g, lang l) {
  const std::string y = std::to_string(g.price_year);
  return l == lang::zh ? "未写明价格基础（price_basis），按" + y + "年可比价"
                       : "price_basis not stated: " + y + " prices assumed";
}

} // namespace zzplan::io
