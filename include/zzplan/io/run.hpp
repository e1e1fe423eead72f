#pragma once
// A plan file through the typed core: each goal_spec becomes its goal<Q, Target>
// (detail/typed_goal.hpp: std::visit on the closed variant of quantity types) and is evaluated by
// the one typed zzplan::evaluate against its series from a data file (levels, or yearly changes
// chained to an index); records, the roll-up and, for reports, the charts follow from that one
// evaluation. Nothing here computes an assessment.
//
// One pass over each typed goal does what it is needed for (the typed checks, `zzplan check`'s
// facts, the evaluation, with or without charts), so that each goal type is compiled once
// (detail/typed_pass.hpp, which also says how a program compiles those passes apart).
//
//   const io::plan_spec plan = io::read_plan_toml(path);   // plan.hpp
//   io::check_typed(plan);
//   const io::data_table data = io::read_data_csv(data_path); // data.hpp
//   const io::plan_result r = io::evaluate_plan_file(plan, data, {.as_of = 2025y});

#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/ordered_chunks.hpp>
#include <zzplan/io/detail/plan_spec.hpp>
#include <zzplan/io/detail/run_types.hpp>
#include <zzplan/io/detail/typed_pass.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/milestone.hpp>
#include <zzplan/plan.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace zzplan::io {

namespace detail {
/// The id of each region of a table's rows, once, in the rows' order. The rows are ordered by
/// region: a region's rows end where the region id changes, found by steps that double and then
/// halve (a test of every row, hundreds a region, was a fifth of the single-threaded stretch
/// between reading a panel and evaluating it).
[[nodiscard]] inline std::vector<std::uint32_t> row_regions(const data_table& d) {
  std::vector<std::uint32_t> out;
  const row_vector& rows = d.rows;
  for (std::size_t i = 0; i < rows.size();) {
    const std::uint32_t region = rows[i].region;
    out.push_back(region);
    std::size_t in = i; // rows[in] is of the region; rows[out_at] is not, or out_at is the end
    std::size_t out_at = i + 1;
    for (std::size_t step = 1; out_at < rows.size() && rows[out_at].region == region; step *= 2) {
      in = out_at;
      out_at = std::min(rows.size(), in + step);
    }
    while (out_at - in > 1) {
      const std::size_t mid = in + (out_at - in) / 2;
      (rows[mid].region == region ? in : out_at) = mid;
    }
    i = out_at;
  }
  return out;
}

/// regions_of, the ids of the regions given by region_ids() (called only when the data has a
/// region column).
template <class RegionIds>
[[nodiscard]] std::vector<region_name> regions_named(const plan_spec& p, const data_table& d,
                                                     const std::optional<std::string>& only,
                                                     RegionIds&& region_ids) {
  std::vector<region_name> out;
  if (!d.has_region) {
    if (only && *only != p.region) {
      throw input_error(d.file, 0, 0,
                        "--region '" + *only +
                            "': the data has no region column (its rows are the plan's region '" +
                            p.region + "'); leave out --region");
    }
    out.emplace_back("", p.region);
    return out;
  }
  for (const std::uint32_t region : region_ids()) {
    const std::string_view n = d.name(region);
    if (!only || *only == n) {
      out.emplace_back(std::string(n), std::string(n));
    }
  }
  if (only && out.empty()) {
    throw input_error(d.file, 0, 0,
                      "--region '" + *only +
                          "' is not in the data's region column; check its spelling");
  }
  return out;
}
} // namespace detail

/// The regions a data file's rows are evaluated for (in the data's order).
[[nodiscard]] inline std::vector<region_name> regions_of(const plan_spec& p, const data_table& d,
                                                         const std::optional<std::string>& only) {
  return detail::regions_named(p, d, only, [&] { return detail::row_regions(d); });
}

/// The same from the index of the data's series: from its runs, a few per region, rather than
/// the rows (whose reads, a few cache misses a region, ran on one thread of two).
[[nodiscard]] inline std::vector<region_name> regions_of(const plan_spec& p, const data_table& d,
                                                         const series_index& index,
                                                         const std::optional<std::string>& only) {
  return detail::regions_named(
      p, d, only, [&] { return index.in_row_order() ? index.regions() : detail::row_regions(d); });
}

/// A data table made ready for runs of a plan file over it: the regions evaluated (regions_of)
/// and the index of its series, made once and shared by the check for missing indicators and the
/// run itself. The table must outlive it.
struct prepared_data {
  prepared_data(const plan_spec& p, const data_table& d,
                const std::optional<std::string>& only = std::nullopt)
      : table(&d), index(d), regions(regions_of(p, d, index, only)) {}
  const data_table* table;
  series_index index;
  std::vector<region_name> regions;
};

/// The goals whose indicator, or reference indicator, has no rows in the data (in the regions
/// evaluated), each with the nearest indicator names the data has: `zzplan evaluate` warns of them
/// (and with --strict refuses to go on), and each such goal's notes say so.
[[nodiscard]] inline std::vector<missing_indicator> missing_indicators(const plan_spec& p,
                                                                       const prepared_data& data) {
  const data_table& d = *data.table;
  std::vector<std::optional<std::uint32_t>> region_ids; // each name looked up once
  region_ids.reserve(data.regions.size());
  for (const region_name& r : data.regions) {
    region_ids.push_back(data.index.id(r.first));
  }
  // An indicator with rows in every region evaluated (the usual case) is found so by a count made
  // in one pass; the regions are looked at one by one only for the others.
  std::vector<bool> evaluated(d.names.size(), false);
  std::size_t known = 0; // regions evaluated with a name in the table
  for (const std::optional<std::uint32_t>& r : region_ids) {
    if (r && *r < evaluated.size() && !evaluated[*r]) {
      evaluated[*r] = true;
      ++known;
    }
  }
  const std::vector<std::uint32_t> having = data.index.regions_with_rows(evaluated);
  std::vector<missing_indicator> out;
  for (const goal_spec& s : p.goals) {
    for (const std::string* ind : {&s.indicator, &s.reference}) {
      if (ind->empty()) {
        continue;
      }
      const std::optional<std::uint32_t> indicator = data.index.id(*ind);
      if (indicator && known == data.regions.size() && having[*indicator] == known) {
        continue;
      }
      missing_indicator m{s.id, *ind, {}, {}};
      bool any = false;
      for (std::size_t k = 0; k < data.regions.size(); ++k) {
        if (!indicator || !region_ids[k] || data.index.rows(*region_ids[k], *indicator).empty()) {
          any = true;
          if (d.has_region) {
            m.regions.push_back(data.regions[k].second);
          }
        }
      }
      if (any) {
        m.closest = closest_indicators(*ind, d);
        out.push_back(std::move(m));
      }
    }
  }
  return out;
}
[[nodiscard]] inline std::vector<missing_indicator>
missing_indicators(const plan_spec& p, const data_table& d,
                   const std::optional<std::string>& only = std::nullopt) {
  return missing_indicators(p, prepared_data(p, d, only));
}

namespace detail {
/// A milestone of a plan file, typed (its chart draws from it) and evaluated.
[[nodiscard]] inline std::pair<milestone, assessment<double, double>>
evaluate_milestone(const milestone_spec& m, const run_options& o) {
  const milestone typed{m.id, m.name, m.name_en, period{year{m.base_year}, year{m.deadline}},
                        m.attr};
  const milestone_record rec{
      m.done, m.done_in ? std::optional<year>(year{*m.done_in}) : std::nullopt, m.evidence};
  return {typed, evaluate(typed, rec, o.as_of, o.evaluation)};
}
} // namespace detail

/// Evaluates every goal of a plan file for every region of the data (region by region, goals in
/// plan order), then its milestones, and passes each to emit as it is made (with its chart when
/// o.charts): nothing is kept, so a panel of thousands of regions streams. Names and notes are in
/// the language l. Returns the roll-up.
[[nodiscard]] inline rollup evaluate_plan_file(const plan_spec& p, const data_table& d,
                                               const run_options& o, const record_sink& emit,
                                               lang l = lang::zh) {
  rollup summary;
  summary.under = o.how;
  const series_index index(d);
  const std::vector<region_name> regions = regions_of(p, d, index, o.region);
  for (const region_name& region : regions) {
    const detail::typed_pass pass =
        detail::evaluation_pass{region_series(index, region.first), d, o, region, emit, summary, l};
    for (const goal_spec& s : p.goals) {
      run_typed(p, s, pass);
    }
  }
  for (const milestone_spec& m : p.milestones) {
    const auto [typed, a] = detail::evaluate_milestone(m, o);
    tally(summary, a);
    evaluated_goal e{to_record(a, o.how, l, p.region)};
    if (o.charts) {
      e.chart = chart_of(typed, a);
    }
    emit(std::move(e));
  }
  return summary;
}

/// Evaluates a plan file as evaluate_plan_file does and writes it as text: format(out, record)
/// appends one record's text, write(text) receives the text of each chunk of regions in region
/// order, then of the milestones, always on the calling thread (or write(texts), the texts of
/// several chunks at once, when it takes a std::span<const std::string_view>). Up to `threads`
/// threads evaluate and format the chunks (detail/ordered_chunks.hpp); the text is the same
/// whatever their number.
/// Memory stays bounded by a few chunks, whatever the number of regions. If a region's evaluation
/// throws, the text of the chunks before its own has been written, nothing after. `data` must
/// have been prepared for o.region. `fields`: what format reads of a record (data_only spares
/// making the text tables' fields for a CSV or JSON writer).
template <class Write>
[[nodiscard]] rollup
format_plan_file(const plan_spec& p, const prepared_data& data, const run_options& o,
                 const std::function<void(std::string&, const assessment_record&)>& format,
                 Write&& write, lang l = lang::zh, unsigned threads = 2,
                 record_fields fields = record_fields::all) {
  const data_table& d = *data.table;
  const std::vector<region_name>& regions = data.regions;
  const series_index& index = data.index;
  threads = std::max(1U, std::min(threads, std::max(1U, std::thread::hardware_concurrency())));
  struct worker {
    assessment_record record;
    rollup summary;
  };
  std::vector<worker> workers(threads);
  for (worker& w : workers) {
    w.summary.under = o.how;
  }
  // 32 regions a chunk: about 0.4 MB of JSON, 0.25 MB of CSV on bench's panel
  constexpr std::size_t per_chunk = 32;
  detail::ordered_chunks(
      workers, (regions.size() + per_chunk - 1) / per_chunk, std::size_t{1} << 20,
      [&](worker& w, std::size_t chunk, std::string& out) {
        const std::size_t from = chunk * per_chunk;
        for (std::size_t k = from; k < std::min(regions.size(), from + per_chunk); ++k) {
          const detail::typed_pass pass =
              detail::formatting_pass{region_series(index, regions[k].first),
                                      d,
                                      o,
                                      regions[k],
                                      format,
                                      out,
                                      w.record,
                                      w.summary,
                                      l,
                                      fields};
          for (const goal_spec& s : p.goals) {
            run_typed(p, s, pass);
          }
        }
      },
      write);
  rollup summary;
  summary.under = o.how;
  for (const worker& w : workers) {
    merge(summary, w.summary);
  }
  std::string milestones;
  for (const milestone_spec& m : p.milestones) {
    const assessment<double, double> a = detail::evaluate_milestone(m, o).second;
    tally(summary, a);
    to_record(a, o.how, l, p.region, workers[0].record, fields);
    format(milestones, workers[0].record);
  }
  if (!milestones.empty()) {
    if constexpr (detail::writes_batches<Write>) {
      const std::string_view text = milestones;
      write(std::span<const std::string_view>(&text, 1));
    } else {
      write(std::string_view(milestones));
    }
  }
  return summary;
}

template <class Write>
[[nodiscard]] rollup
format_plan_file(const plan_spec& p, const data_table& d, const run_options& o,
                 const std::function<void(std::string&, const assessment_record&)>& format,
                 Write&& write, lang l = lang::zh, unsigned threads = 2,
                 record_fields fields = record_fields::all) {
  return format_plan_file(p, prepared_data(p, d, o.region), o, format, std::forward<Write>(write),
                          l, threads, fields);
}

/// The same, keeping every record (and chart).
[[nodiscard]] inline plan_result evaluate_plan_file(const plan_spec& p, const data_table& d,
                                                    const run_options& o, lang l = lang::zh) {
  plan_result out;
  out.summary = evaluate_plan_file(
      p, d, o,
      [&out](evaluated_goal&& e) {
        out.records.push_back(std::move(e.record));
        if (e.chart) {
          out.charts.push_back(std::move(*e.chart));
        }
      },
      l);
  return out;
}

} // namespace zzplan::io
