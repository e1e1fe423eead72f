#pragma once
// A plan file through the typed core: each goal_spec becomes its goal<Q, Target> (typed_goal.hpp:
// std::visit on the closed variant of quantity kinds) and is evaluated by the one typed
// zzplan::evaluate against its series from a data file (levels, or yearly changes chained to an
// index); records and the roll-up follow. Nothing here computes an assessment.
//
// One visitor does all that a typed goal is needed for (the typed checks, `zzplan check`'s facts,
// the evaluation), so that each goal type is compiled once.

#include <zzplan/evaluate.hpp>
#include <zzplan/io/data_file.hpp>
#include <zzplan/io/plan_spec.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/typed_goal.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/relative.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace zzplan::io {

/// How to evaluate a plan file.
struct run_options {
  year as_of{};
  method how = method::cn_midterm;
  lang language = lang::zh;
  std::optional<std::string> region{}; ///< one region of the data (all when empty)
  options evaluation{};
};

/// The records of a plan file's assessments, in plan order per region (milestones last), and
/// their roll-up under the method.
struct plan_result {
  std::vector<assessment_record> records;
  rollup summary;
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

/// Receives each assessment record in order.
using record_sink = std::function<void(assessment_record&&)>;

/// The work for a typed goal: nothing (the typed checks), its facts, or its evaluation in a region.
struct typed_work {
  goal_facts* facts = nullptr;
  const series_index* data = nullptr;
  const run_options* run = nullptr;
  const region_name* region = nullptr;
  const record_sink* emit = nullptr;
  rollup* summary = nullptr;
};

/// The note said when a goal's price basis was not written but assumed (energy intensity).
[[nodiscard]] inline std::string assumed_basis_note(const goal_spec& g, lang l) {
  const std::string y = std::to_string(g.price_year);
  return l == lang::zh ? "未写明价格基础（price_basis），按" + y + "年可比价"
                       : "price_basis not stated: " + y + " prices assumed";
}

namespace detail {

// The series of a run of rows, made as data_file.hpp's levels_of and changes_of make them.
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
                 observation_kind k, Then&& then) {
  if (k == observation_kind::yearly_change) {
    then(changes(d.rows(region, indicator)));
  } else {
    then(levels<Q>(d.rows(region, indicator)));
  }
}

/// Evaluates a typed goal on its series and calls done(assessment) (its type depends on the
/// series: levels in Q, or an index with the base = 1 for changes).
template <class G, class Done>
void evaluate_spec(const G& g, const goal_spec& s, const series_index& d, std::string_view region,
                   const run_options& o, Done&& done) {
  using Q = typename G::quantity_type;
  using T = typename G::target_type;
  const auto series = [&](const std::string& ind, observation_kind k, auto&& then) {
    with_series<Q>(d, region, ind, k, then);
  };
  if constexpr (std::is_same_v<T, relative_target>) {
    series(s.indicator, s.observed, [&](const auto& own) {
      series(s.reference, s.reference_observed,
             [&](const auto& ref) { done(evaluate(g, own, ref, o.as_of, o.evaluation)); });
    });
  } else if constexpr (zzplan::detail::target_traits<T, Q>::level_like) {
    done(evaluate(g, levels<Q>(d.rows(region, s.indicator)), o.as_of, o.evaluation));
  } else {
    series(s.indicator, s.observed,
           [&](const auto& own) { done(evaluate(g, own, o.as_of, o.evaluation)); });
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
    f.multiplicative = !zzplan::detail::target_traits<T, Q>::level_like;
    const double v0 = s.baseline ? *s.baseline : (f.additive ? 0.0 : 1.0);
    // the series type of the evaluation, so no new instantiation of evaluate
    const std::vector<observation<Q>> base{{year{s.base_year}, level_traits<Q>::make(v0)}};
    const auto a = evaluate(g, base, year{s.base_year});
    if (a.target_value) {
      f.target_level = level_number(*a.target_value);
    }
  }
}

template <class G> void do_work(const G& g, const goal_spec& s, const typed_work& w) {
  if (w.facts) {
    fill_facts(g, s, *w.facts);
  }
  if (!w.data || !w.run || !w.region || !w.emit || !w.summary) {
    return;
  }
  evaluate_spec(g, s, *w.data, w.region->first, *w.run, [&](const auto& a) {
    add(*w.summary, a);
    assessment_record r = to_record(a, w.run->how, w.run->language, w.region->second);
    if (!s.price_stated && has_price_basis(s.unit) && s.price_year != 0) {
      r.notes.push_back(assumed_basis_note(s, w.run->language));
    }
    (*w.emit)(std::move(r));
  });
}

} // namespace detail

/// Builds the typed goal of a goal_spec and does the work (one instantiation per goal type).
inline void run_typed(const plan_spec& p, const goal_spec& s, const typed_work& w) {
  with_typed_goal(p, s, [&](const auto& g) { detail::do_work(g, s, w); });
}

/// Every goal of a plan built with its types: the typed checks of a plan file.
inline void check_typed(const plan_spec& p) {
  for (const goal_spec& s : p.goals) {
    run_typed(p, s, typed_work{});
  }
}

/// The facts of a goal as its typed goal states them.
[[nodiscard]] inline goal_facts facts_of(const plan_spec& p, const goal_spec& s) {
  goal_facts f;
  typed_work w;
  w.facts = &f;
  run_typed(p, s, w);
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
  for (const data_row& r : d.rows) {
    const std::string n(d.name(r.region));
    if ((out.empty() || out.back().first != n) && (!only || *only == n)) {
      out.emplace_back(n, n);
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
/// plan order), then its milestones, and passes each record to emit as it is made: nothing is
/// kept, so a panel of thousands of regions streams. Returns the roll-up.
[[nodiscard]] inline rollup evaluate_plan_file(const plan_spec& p, const data_table& d,
                                               const run_options& o, const record_sink& emit) {
  rollup summary;
  summary.under = o.how;
  const std::vector<region_name> regions = regions_of(p, d, o.region);
  const series_index index(d);
  typed_work w;
  w.data = &index;
  w.run = &o;
  w.emit = &emit;
  w.summary = &summary;
  for (const region_name& region : regions) {
    w.region = &region;
    for (const goal_spec& s : p.goals) {
      run_typed(p, s, w);
    }
  }
  for (const milestone_spec& m : p.milestones) {
    const milestone typed{m.id, m.name, m.name_en, period{year{m.base_year}, year{m.deadline}},
                          m.attr};
    const milestone_record rec{
        m.done, m.done_in ? std::optional<year>(year{*m.done_in}) : std::nullopt, m.evidence};
    const auto a = evaluate(typed, rec, o.as_of, o.evaluation);
    add(summary, a);
    emit(to_record(a, o.how, o.language, p.region));
  }
  return summary;
}

/// The same, keeping every record.
[[nodiscard]] inline plan_result evaluate_plan_file(const plan_spec& p, const data_table& d,
                                                    const run_options& o) {
  plan_result out;
  out.summary = evaluate_plan_file(
      p, d, o, [&out](assessment_record&& r) { out.records.push_back(std::move(r)); });
  return out;
}

} // namespace zzplan::io
