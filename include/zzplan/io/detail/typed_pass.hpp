#pragma once
// What is done with each typed goal of a plan file (its typed checks, `zzplan check`'s facts, its
// evaluation into records or straight into text), in one pass per goal so that each goal type is
// compiled once, and run_typed, which builds the goal<Q, Target> of a goal_spec
// (detail/typed_goal.hpp) and does the pass with it.
//
// Those instantiations (every target type for each quantity type) are most of the compile time of
// a program that reads plan files. They are dealt into run_parts parts, so that a program of
// several files can compile them once, in parallel, apart from its own code: define
// ZZPLAN_RUN_APART wherever zzplan/io/run.hpp is included and compile, once in the program, each
// part k < run_parts in a file of its own holding
//
//   #include <zzplan/io/run.hpp>
//   ZZPLAN_RUN_PART(k)
//
// Without ZZPLAN_RUN_APART nothing changes: the header compiles everything it uses.

#include <zzplan/evaluate.hpp>
#include <zzplan/io/detail/chart_data.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/data_unit.hpp>
#include <zzplan/io/detail/plan_spec.hpp>
#include <zzplan/io/detail/run_types.hpp>
#include <zzplan/io/detail/typed_goal.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/milestone.hpp>
#include <zzplan/relative.hpp>

#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace zzplan::io {

namespace detail {
/// What is done with a typed goal: its typed checks only (building it checks it), its facts, or
/// its evaluation in a region.
struct check_pass {};
struct facts_pass {
  goal_facts& out;
};
struct evaluation_pass {
  region_series data;
  const data_table& table;
  const run_options& run;
  const region_name& region;
  const record_sink& emit;
  rollup& summary;
  lang language;
};
/// Evaluation into text: each record written over one reused record and appended to `out`.
struct formatting_pass {
  region_series data;
  const data_table& table;
  const run_options& run;
  const region_name& region;
  const std::function<void(std::string&, const assessment_record&)>& format;
  std::string& out;
  assessment_record& record;
  rollup& summary;
  lang language;
  record_fields fields; ///< what `format` reads of a record
};
using typed_pass = std::variant<check_pass, facts_pass, evaluation_pass, formatting_pass>;
} // namespace detail

namespace detail {

// The series of a run of rows, made as data_table.hpp's levels_of and changes_of make them; scale
// turns the data's number into Q's (1e8 for 亿元 data evaluated in 元; see data_unit.hpp).
template <class Q>
[[nodiscard]] std::vector<observation<Q>> levels(std::span<const data_row> rows,
                                                 double scale = 1.0) {
  std::vector<observation<Q>> out;
  out.reserve(rows.size());
  for (const data_row& r : rows) {
    out.push_back({year{r.year}, level_traits<Q>::make(r.value * scale), r.flags});
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

/// The rows of a goal's indicator and of its reference indicator (empty when it has none) in one
/// region, each looked up once: the evaluation reads them, the record says when they are missing.
struct goal_rows {
  std::span<const data_row> own, reference;
};
[[nodiscard]] inline goal_rows rows_of(const goal_spec& s, const region_series& d) {
  return {d.rows(s.indicator),
          s.reference.empty() ? std::span<const data_row>{} : d.rows(s.reference)};
}

/// Calls then(series) with rows read as observed: levels in Q, or yearly changes. One place for
/// the choice, shared by evaluation and the report's charts.
template <class Q, class Then>
void with_series(std::span<const data_row> rows, series_form k, Then&& then, double scale = 1.0) {
  if (k == series_form::yearly_change) {
    then(changes(rows));
  } else {
    then(levels<Q>(rows, scale));
  }
}

/// Evaluates a typed goal on its series and calls done(assessment, draw): draw() is its chart, from
/// the same series and assessment (the assessment's type depends on the series: levels in Q, or an
/// index with the base = 1 for changes).
template <class G, class Done>
void evaluate_spec(const G& g, const goal_spec& s, const goal_rows& d, const run_options& o,
                   Done&& done) {
  using Q = typename G::quantity_type;
  using T = typename G::target_type;
  const double scale = data_scale<Q>(s.unit);
  options eo = o.evaluation; // across a series break only when the plan says so
  eo.across_breaks = eo.across_breaks || s.across_breaks;
  const auto series = [&](std::span<const data_row> rows, series_form k, auto&& then) {
    with_series<Q>(rows, k, then, scale);
  };
  if constexpr (std::is_same_v<T, relative_target>) {
    series(d.own, s.observed, [&](const auto& own) {
      series(d.reference, s.reference_observed, [&](const auto& ref) {
        const auto a = evaluate(g, own, ref, o.as_of, eo);
        done(a, [&] { return chart_of(g, own, ref, a); });
      });
    });
  } else if constexpr (needs_levels_v<T, Q>) {
    const auto own = levels<Q>(d.own, scale);
    const auto a = evaluate(g, own, o.as_of, eo);
    done(a, [&] { return chart_of(g, own, a); });
  } else {
    series(d.own, s.observed, [&](const auto& own) {
      const auto a = evaluate(g, own, o.as_of, eo);
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
  const bool converted = detail::shown_converted<Q>(s.unit); // facts in the data's unit
  const double k = detail::data_scale<Q>(s.unit);
  f.unit_zh =
      converted ? detail::data_unit_text<Q>(s.unit, lang::zh) : detail::unit_text<Q>::get(lang::zh);
  f.unit_en =
      converted ? detail::data_unit_text<Q>(s.unit, lang::en) : detail::unit_text<Q>::get(lang::en);
  if constexpr (requires { g.target.cmp; }) {
    f.cmp = g.target.cmp;
  }
  if constexpr (std::is_same_v<T, relative_target>) {
    f.relation = g.target.rel;
    f.tolerance = g.target.tolerance.pp();
  } else {
    if constexpr (requires { g.target.low; }) {
      f.range = std::pair(level_number(g.target.low), level_number(g.target.high));
      if (converted) {
        f.range =
            std::pair(detail::unscale(f.range->first, k), detail::unscale(f.range->second, k));
      }
    }
    if constexpr (requires { g.target.center; }) {
      f.tolerance = g.target.tolerance;
    }
    f.additive = std::is_same_v<T, points_target> || f.kind == goal_kind::increment;
    f.multiplicative = !needs_levels_v<T, Q>;
    const double v0 = s.baseline ? *s.baseline : (f.additive ? 0.0 : 1.0);
    // the series and options types of the evaluation, so no new instantiation of evaluate
    const std::vector<observation<Q>> base{{year{s.base_year}, level_traits<Q>::make(v0 * k)}};
    const auto a = evaluate(g, base, year{s.base_year}, options{});
    if (a.target_value) {
      f.target_level = level_number(*a.target_value);
      if (converted) {
        f.target_level = detail::unscale(*f.target_level, k);
      }
    }
  }
}

template <class G> void do_pass(const G&, const goal_spec&, check_pass) {}
template <class G> void do_pass(const G& g, const goal_spec& s, const facts_pass& w) {
  fill_facts(g, s, w.out);
}
/// The record of an assessment a of a goal of quantity Q, as every output shows it: its numbers
/// and the notes that carry a level in the data's unit, the assumed price basis said, and an
/// indicator without rows in the data named with the closest names the data has.
template <class Q, class A>
void record_of(const A& a, const goal_spec& s, const goal_rows& data, const data_table& table,
               const run_options& run, const region_name& region, lang l, assessment_record& out,
               record_fields fields) {
  using L = typename A::level_type;
  if (notes_shown_converted<Q, L>(s.unit)) {
    const note_list shown = notes_in_data_unit<Q, L>(a.notes, s.unit);
    fill_record(a, std::span<const note>(shown.begin(), shown.end()), run.how, l, region.second,
                out, fields);
  } else { // the assessment's own notes, not copied
    to_record(a, run.how, l, region.second, out, fields);
  }
  show_in_data_unit<Q, L, typename A::over_type>(out, s.unit, l, fields);
  if (!s.price_stated && has_price_basis(s.unit) && s.price_year != 0) {
    out.notes.push_back(assumed_basis_note(s, l));
  }
  const std::pair<const std::string*, std::span<const data_row>> series[] = {
      {&s.indicator, data.own}, {&s.reference, data.reference}};
  for (const auto& [ind, rows] : series) { // missing data is loud
    if (!ind->empty() && rows.empty()) {
      out.notes.push_back(missing_text({s.id, *ind, {}, closest_indicators(*ind, table)}, l));
    }
  }
}

template <class G> void do_pass(const G& g, const goal_spec& s, const evaluation_pass& w) {
  const goal_rows rows = rows_of(s, w.data);
  evaluate_spec(g, s, rows, w.run, [&](const auto& a, auto&& draw) {
    using Q = typename G::quantity_type;
    using A = std::remove_cvref_t<decltype(a)>;
    tally(w.summary, a);
    evaluated_goal e;
    record_of<Q>(a, s, rows, w.table, w.run, w.region, w.language, e.record, record_fields::all);
    if (w.run.charts) {
      e.chart = draw();
      show_in_data_unit<Q, typename A::level_type>(*e.chart, s.unit,
                                                   s.reference_observed == series_form::level);
    }
    w.emit(std::move(e));
  });
}

template <class G> void do_pass(const G& g, const goal_spec& s, const formatting_pass& w) {
  const goal_rows rows = rows_of(s, w.data);
  evaluate_spec(g, s, rows, w.run, [&](const auto& a, auto&&) {
    tally(w.summary, a);
    record_of<typename G::quantity_type>(a, s, rows, w.table, w.run, w.region, w.language, w.record,
                                         w.fields);
    w.format(w.out, w.record);
  });
}

} // namespace detail

/// The number of parts the typed passes are dealt into (by the index of the goal's quantity type
/// in quantity_types, modulo run_parts): four files compile them in parallel on two cores.
inline constexpr std::size_t run_parts = 4;

namespace detail {

/// Builds the typed goal of a goal_spec whose quantity type is Q and does the pass with it.
template <class Q>
void run_typed_as(const plan_spec& p, const goal_spec& s, const typed_pass& pass) {
  with_typed_goal_as<Q>(p, s, [&](const auto& g) {
    std::visit([&](const auto& work) { do_pass(g, s, work); }, pass);
  });
}

/// run_typed_as for the goals whose quantity type is alternative `index` of quantity_types, for
/// the indexes of part Part (index % run_parts == Part). Not inline: a program may compile it
/// apart (ZZPLAN_RUN_PART).
template <std::size_t Part>
void run_typed_part(std::size_t index, const plan_spec& p, const goal_spec& s,
                    const typed_pass& pass) {
  constexpr std::size_t n = std::variant_size_v<quantity_types>;
  const auto one = [&]<std::size_t I>(std::integral_constant<std::size_t, I>) {
    if constexpr (I < n) {
      if (index == I) {
        run_typed_as<typename std::variant_alternative_t<I, quantity_types>::type>(p, s, pass);
        return true;
      }
    }
    return false;
  };
  const bool ran = [&]<std::size_t... K>(std::index_sequence<K...>) {
    return (one(std::integral_constant<std::size_t, K * run_parts + Part>{}) || ...);
  }
  (std::make_index_sequence<(n + run_parts - 1) / run_parts>{});
  if (!ran) {
    throw std::logic_error("zzplan: run_typed_part<" + std::to_string(Part) +
                           "> called for quantity type " + std::to_string(index) +
                           ", not one of its part");
  }
}

} // namespace detail
} // namespace zzplan::io

/// The explicit instantiation of part k of the typed passes, for the one file of a program that
/// compiles it (see the top of this header).
#define ZZPLAN_RUN_PART(k)                                                                         \
  template void zzplan::io::detail::run_typed_part<k>(std::size_t, const zzplan::io::plan_spec&,   \
                                                      const zzplan::io::goal_spec&,                \
                                                      const zzplan::io::detail::typed_pass&);

#ifdef ZZPLAN_RUN_APART // compiled in the program's ZZPLAN_RUN_PART files, not here
extern template void zzplan::io::detail::run_typed_part<0>(std::size_t,
                                                           const zzplan::io::plan_spec&,
                                                           const zzplan::io::goal_spec&,
                                                           const zzplan::io::detail::typed_pass&);
extern template void zzplan::io::detail::run_typed_part<1>(std::size_t,
                                                           const zzplan::io::plan_spec&,
                                                           const zzplan::io::goal_spec&,
                                                           const zzplan::io::detail::typed_pass&);
extern template void zzplan::io::detail::run_typed_part<2>(std::size_t,
                                                           const zzplan::io::plan_spec&,
                                                           const zzplan::io::goal_spec&,
                                                           const zzplan::io::detail::typed_pass&);
extern template void zzplan::io::detail::run_typed_part<3>(std::size_t,
                                                           const zzplan::io::plan_spec&,
                                                           const zzplan::io::goal_spec&,
                                                           const zzplan::io::detail::typed_pass&);
#endif

namespace zzplan::io {

/// Builds the typed goal of a goal_spec and does the pass with it (one instantiation per goal
/// type, whatever the pass).
inline void run_typed(const plan_spec& p, const goal_spec& s, const detail::typed_pass& pass) {
  const std::size_t index = quantity_type_of(s.unit, s.price_year).index();
  static_assert(run_parts == 4, "one case per part");
  switch (index % run_parts) {
  case 0: detail::run_typed_part<0>(index, p, s, pass); break;
  case 1: detail::run_typed_part<1>(index, p, s, pass); break;
  case 2: detail::run_typed_part<2>(index, p, s, pass); break;
  default: detail::run_typed_part<3>(index, p, s, pass); break;
  }
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

} // namespace zzplan::io
