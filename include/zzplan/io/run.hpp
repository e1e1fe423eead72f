#pragma once
// A plan file through the typed core: each goal_spec becomes its goal<Q, Target>
// (detail/typed_goal.hpp: std::visit on the closed variant of quantity types) and is evaluated by
// the one typed zzplan::evaluate against its series from a data file (levels, or yearly changes
// chained to an index); records, the roll-up and, for reports, the charts follow from that one
// evaluation. Nothing here computes an assessment.
//
// One pass over each typed goal does what it is needed for (the typed checks, `zzplan check`'s
// facts, the evaluation, with or without charts), so that each goal type is compiled once.
//
//   const io::plan_spec plan = io::read_plan_toml(path);   // plan.hpp
//   io::check_typed(plan);
//   const io::data_table data = io::read_data_csv(data_path); // data.hpp
//   const io::plan_result r = io::evaluate_plan_file(plan, data, {.as_of = 2025y});

#include <zzplan/evaluate.hpp>
#include <zzplan/io/detail/chart_data.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/plan_spec.hpp>
#include <zzplan/io/detail/typed_goal.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/milestone.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/relative.hpp>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
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
/// region and indicator, so each pair is one run of rows.
class series_index {
public:
  explicit series_index(const data_table& d) : rows_(&d.rows) {
    ids_.reserve(d.names.size());
    for (std::size_t k = 0; k < d.names.size(); ++k) {
      ids_.emplace(d.names[k], static_cast<std::uint32_t>(k));
    }
    for (std::size_t i = 0; i < d.rows.size();) {
      std::size_t j = i;
      while (j < d.rows.size() && d.rows[j].region == d.rows[i].region &&
             d.rows[j].indicator == d.rows[i].indicator) {
        ++j;
      }
      runs_.emplace(key(d.rows[i].region, d.rows[i].indicator), std::pair(i, j));
      i = j;
    }
  }
  /// The rows of an indicator in a region ("" when the data has no region column), in year order.
  [[nodiscard]] std::span<const data_row> rows(std::string_view region,
                                               std::string_view indicator) const {
    const auto r = ids_.find(region);
    const auto i = ids_.find(indicator);
    if (r == ids_.end() || i == ids_.end()) {
      return {};
    }
    const auto run = runs_.find(key(r->second, i->second));
    if (run == runs_.end()) {
      return {};
    }
    return std::span<const data_row>(*rows_).subspan(run->second.first,
                                                     run->second.second - run->second.first);
  }

private:
  static std::uint64_t key(std::uint32_t region, std::uint32_t indicator) noexcept {
    return (std::uint64_t{region} << 32U) | indicator;
  }
  const std::vector<data_row>* rows_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::unordered_map<std::uint64_t, std::pair<std::size_t, std::size_t>> runs_;
};

/// Receives each evaluated goal in order.
using record_sink = std::function<void(evaluated_goal&&)>;

namespace detail {
/// What is done with a typed goal: its typed checks only (building it checks it), its facts, or
/// its evaluation in a region.
struct check_pass {};
struct facts_pass {
  goal_facts& out;
};
struct evaluation_pass {
  const series_index& data;
  const run_options& run;
  const region_name& region;
  const record_sink& emit;
  rollup& summary;
  lang language;
};
/// Evaluation into text: each record written over one reused record and appended to `out`.
struct formatting_pass {
  const series_index& data;
  const run_options& run;
  const region_name& region;
  const std::function<void(std::string&, const assessment_record&)>& format;
  std::string& out;
  assessment_record& record;
  rollup& summary;
  lang language;
};
using typed_pass = std::variant<check_pass, facts_pass, evaluation_pass, formatting_pass>;
} // namespace detail

/// The note said when a goal's price basis was not written but assumed (energy intensity).
[[nodiscard]] inline std::string assumed_basis_note(const goal_spec& g, lang l) {
  const std::string y = std::to_string(g.price_year);
  return l == lang::zh ? "未写明价格基础（price_basis），按" + y + "年可比价"
                       : "price_basis not stated: " + y + " prices assumed";
}

namespace detail {

// The series of a run of rows, made as data_table.hpp's levels_of and changes_of make them.
template <class Q>
[[nodiscard]] std::vector<observation<Q>> levels(std::span<const data_row> rows) {
  std::vector<observation<Q>> out;
  out.reserve(rows.size());
  for (const data_row& r : rows) {
    out.push_back({year{r.year}, level_traits<Q>::make(r.value), r.flags});
  }
  return out;
}
[[nodiscard]] inline std::vector<change_observation> changes(std::span<const data_row> rows) {
  std::vector<change_observation> out;
  out.reserve(rows.size());
  for (const data_row& r : rows) {
    out.push_back({year{r.year}, growth_rate::percent(r.value), r.flags, r.span});
  }
  return out;
}

/// Calls then(series) with the rows of (region, indicator) read as observed: levels in Q, or
/// yearly changes. One place for the choice, shared by evaluation and the report's charts.
template <class Q, class Then>
void with_series(const series_index& d, std::string_view region, const std::string& indicator,
                 series_form k, Then&& then) {
  if (k == series_form::yearly_change) {
    then(changes(d.rows(region, indicator)));
  } else {
    then(levels<Q>(d.rows(region, indicator)));
  }
}

/// Evaluates a typed goal on its series and calls done(assessment, draw): draw() is its chart, from
/// the same series and assessment (the assessment's type depends on the series: levels in Q, or an
/// index with the base = 1 for changes).
template <class G, class Done>
void evaluate_spec(const G& g, const goal_spec& s, const series_index& d, std::string_view region,
                   const run_options& o, Done&& done) {
  using Q = typename G::quantity_type;
  using T = typename G::target_type;
  const auto series = [&](const std::string& ind, series_form k, auto&& then) {
    with_series<Q>(d, region, ind, k, then);
  };
  if constexpr (std::is_same_v<T, relative_target>) {
    series(s.indicator, s.observed, [&](const auto& own) {
      series(s.reference, s.reference_observed, [&](const auto& ref) {
        const auto a = evaluate(g, own, ref, o.as_of, o.evaluation);
        done(a, [&] { return chart_of(g, own, ref, a); });
      });
    });
  } else if constexpr (needs_levels_v<T, Q>) {
    const auto own = levels<Q>(d.rows(region, s.indicator));
    const auto a = evaluate(g, own, o.as_of, o.evaluation);
    done(a, [&] { return chart_of(g, own, a); });
  } else {
    series(s.indicator, s.observed, [&](const auto& own) {
      const auto a = evaluate(g, own, o.as_of, o.evaluation);
      done(a, [&] { return chart_of(g, own, a); });
    });
  }
}

template <class G> void fill_facts(const G& g, const goal_spec& s, goal_facts& f) {
  using Q = typename G::quantity_type;
  using T = typename G::target_type;
  f.kind = g.kind();
  f.mode = g.mode;
  f.attr = g.attr;
  f.better = g.what.better;
  f.unit_zh = detail::unit_text<Q>::get(lang::zh);
  f.unit_en = detail::unit_text<Q>::get(lang::en);
  if constexpr (requires { g.target.cmp; }) {
    f.cmp = g.target.cmp;
  }
  if constexpr (std::is_same_v<T, relative_target>) {
    f.relation = g.target.rel;
    f.tolerance = g.target.tolerance.pp();
  } else {
    if constexpr (requires { g.target.low; }) {
      f.range = std::pair(level_number(g.target.low), level_number(g.target.high));
    }
    if constexpr (requires { g.target.center; }) {
      f.tolerance = g.target.tolerance;
    }
    f.additive = std::is_same_v<T, points_target> || f.kind == goal_kind::increment;
    f.multiplicative = !needs_levels_v<T, Q>;
    const double v0 = s.baseline ? *s.baseline : (f.additive ? 0.0 : 1.0);
    // the series type of the evaluation, so no new instantiation of evaluate
    const std::vector<observation<Q>> base{{year{s.base_year}, level_traits<Q>::make(v0)}};
    const auto a = evaluate(g, base, year{s.base_year});
    if (a.target_value) {
      f.target_level = level_number(*a.target_value);
    }
  }
}

template <class G> void do_pass(const G&, const goal_spec&, check_pass) {}
template <class G> void do_pass(const G& g, const goal_spec& s, const facts_pass& w) {
  fill_facts(g, s, w.out);
}
template <class G> void do_pass(const G& g, const goal_spec& s, const evaluation_pass& w) {
  evaluate_spec(g, s, w.data, w.region.first, w.run, [&](const auto& a, auto&& draw) {
    tally(w.summary, a);
    evaluated_goal e{to_record(a, w.run.how, w.language, w.region.second)};
    if (!s.price_stated && has_price_basis(s.unit) && s.price_year != 0) {
      e.record.notes.push_back(assumed_basis_note(s, w.language));
    }
    if (w.run.charts) {
      e.chart = draw();
    }
    w.emit(std::move(e));
  });
}

template <class G> void do_pass(const G& g, const goal_spec& s, const formatting_pass& w) {
  evaluate_spec(g, s, w.data, w.region.first, w.run, [&](const auto& a, auto&&) {
    tally(w.summary, a);
    to_record(a, w.run.how, w.language, w.region.second, w.record);
    if (!s.price_stated && has_price_basis(s.unit) && s.price_year != 0) {
      w.record.notes.push_back(assumed_basis_note(s, w.language));
    }
    w.format(w.out, w.record);
  });
}

} // namespace detail

/// Builds the typed goal of a goal_spec and does the pass with it (one instantiation per goal
/// type, whatever the pass).
inline void run_typed(const plan_spec& p, const goal_spec& s, const detail::typed_pass& pass) {
  with_typed_goal(p, s, [&](const auto& g) {
    std::visit([&](const auto& work) { detail::do_pass(g, s, work); }, pass);
  });
}

/// Every goal of a plan built with its types: the typed checks of a plan file.
inline void check_typed(const plan_spec& p) {
  for (const goal_spec& s : p.goals) {
    run_typed(p, s, detail::check_pass{});
  }
}

/// The facts of a goal as its typed goal states them.
[[nodiscard]] inline goal_facts facts_of(const plan_spec& p, const goal_spec& s) {
  goal_facts f;
  run_typed(p, s, detail::facts_pass{f});
  return f;
}

/// The regions a data file's rows are evaluated for (in the data's order).
[[nodiscard]] inline std::vector<region_name> regions_of(const plan_spec& p, const data_table& d,
                                                         const std::optional<std::string>& only) {
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
  // the rows are ordered by region: a region begins where the region id changes
  for (std::size_t i = 0; i < d.rows.size(); ++i) {
    if (i > 0 && d.rows[i].region == d.rows[i - 1].region) {
      continue;
    }
    const std::string_view n = d.name(d.rows[i].region);
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

/// Evaluates every goal of a plan file for every region of the data (region by region, goals in
/// plan order), then its milestones, and passes each to emit as it is made (with its chart when
/// o.charts): nothing is kept, so a panel of thousands of regions streams. Names and notes are in
/// the language l. Returns the roll-up.
[[nodiscard]] inline rollup evaluate_plan_file(const plan_spec& p, const data_table& d,
                                               const run_options& o, const record_sink& emit,
                                               lang l = lang::zh) {
  rollup summary;
  summary.under = o.how;
  const std::vector<region_name> regions = regions_of(p, d, o.region);
  const series_index index(d);
  for (const region_name& region : regions) {
    const detail::typed_pass pass = detail::evaluation_pass{index, o, region, emit, summary, l};
    for (const goal_spec& s : p.goals) {
      run_typed(p, s, pass);
    }
  }
  for (const milestone_spec& m : p.milestones) {
    const milestone typed{m.id, m.name, m.name_en, period{year{m.base_year}, year{m.deadline}},
                          m.attr};
    const milestone_record rec{
        m.done, m.done_in ? std::optional<year>(year{*m.done_in}) : std::nullopt, m.evidence};
    const auto a = evaluate(typed, rec, o.as_of, o.evaluation);
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
/// appends one record's text, write(text) receives the text of each batch of regions in region
/// order, then of the milestones. Up to `threads` threads evaluate and format the regions of a
/// batch, each its own slice into its own buffer; the text is the same whatever their number.
/// Memory stays bounded by a batch, whatever the number of regions.
template <class Write>
[[nodiscard]] rollup
format_plan_file(const plan_spec& p, const data_table& d, const run_options& o,
                 const std::function<void(std::string&, const assessment_record&)>& format,
                 Write&& write, lang l = lang::zh, unsigned threads = 2) {
  const std::vector<region_name> regions = regions_of(p, d, o.region);
  const series_index index(d);
  threads = std::max(1U, std::min(threads, std::max(1U, std::thread::hardware_concurrency())));
  struct worker {
    std::string out;
    assessment_record record;
    rollup summary;
  };
  std::vector<worker> workers(threads);
  for (worker& w : workers) {
    w.summary.under = o.how;
  }
  const auto slice = [&](worker& w, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      const detail::typed_pass pass =
          detail::formatting_pass{index, o, regions[k], format, w.out, w.record, w.summary, l};
      for (const goal_spec& s : p.goals) {
        run_typed(p, s, pass);
      }
    }
  };
  constexpr std::size_t per_slice = 128; // regions a thread formats before its text is written
  std::vector<std::exception_ptr> failed(threads);
  for (std::size_t first = 0; first < regions.size(); first += per_slice * threads) {
    const auto run = [&](unsigned t) {
      const std::size_t from = std::min(regions.size(), first + per_slice * t);
      try {
        slice(workers[t], from, std::min(regions.size(), from + per_slice));
      } catch (...) {
        failed[t] = std::current_exception(); // rethrown once every thread has stopped
      }
    };
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < threads && first + per_slice * t < regions.size(); ++t) {
      helpers.emplace_back(run, t);
    }
    run(0);
    for (std::thread& h : helpers) {
      h.join();
    }
    for (const std::exception_ptr& e : failed) {
      if (e) {
        std::rethrow_exception(e);
      }
    }
    for (worker& w : workers) {
      write(std::string_view(w.out));
      w.out.clear();
    }
  }
  rollup summary;
  summary.under = o.how;
  for (const worker& w : workers) {
    merge(summary, w.summary);
  }
  for (const milestone_spec& m : p.milestones) {
    const milestone typed{m.id, m.name, m.name_en, period{year{m.base_year}, year{m.deadline}},
                          m.attr};
    const milestone_record rec{
        m.done, m.done_in ? std::optional<year>(year{*m.done_in}) : std::nullopt, m.evidence};
    const auto a = evaluate(typed, rec, o.as_of, o.evaluation);
    tally(summary, a);
    to_record(a, o.how, l, p.region, workers[0].record);
    format(workers[0].out, workers[0].record);
  }
  if (!workers[0].out.empty()) {
    write(std::string_view(workers[0].out));
  }
  return summary;
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
