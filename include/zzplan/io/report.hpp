#pragma once
// A plan file evaluated against a data file, as a plan_report for html_report (html.hpp): what
// `zzplan report PLAN DATA -o report.html` needs.
//
// The records and the roll-up are those of evaluate_plan_file (dispatch.hpp), unchanged; the
// charts come from the same typed goals (with_typed_goal) on the same series, through chart_of
// (chart_data.hpp). Nothing is evaluated differently from `zzplan evaluate`.
//
//   const io::plan_spec plan = io::read_plan_toml(path);   // plan_file.hpp
//   io::check_typed(plan);
//   const io::data_table data = io::read_data_csv(data_path);
//   const io::plan_result r = io::evaluate_plan_file(plan, data, o);
//   const io::plan_report rep = io::report_of(plan, data, o, r);
//   write(io::html_report(rep, {.language = o.language}));

#include <zzplan/io/chart_data.hpp>
#include <zzplan/io/data_file.hpp>
#include <zzplan/io/dispatch.hpp>
#include <zzplan/io/html.hpp>
#include <zzplan/io/plan_spec.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/typed_goal.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace zzplan::io {

namespace detail {

/// The chart of one goal of a plan file: the series chosen as evaluate_spec chooses them.
template <class G>
[[nodiscard]] goal_chart chart_of_spec(const G& g, const goal_spec& s, const series_index& d,
                                       std::string_view region, const run_options& o) {
  using Q = typename G::quantity_type;
  using T = typename G::target_type;
  goal_chart out;
  const auto series = [&](const std::string& ind, observation_kind k, auto&& then) {
    with_series<Q>(d, region, ind, k, then);
  };
  if constexpr (std::is_same_v<T, relative_target>) {
    series(s.indicator, s.observed, [&](const auto& own) {
      series(s.reference, s.reference_observed, [&](const auto& ref) {
        out = chart_of(g, own, ref, evaluate(g, own, ref, o.as_of, o.evaluation));
      });
    });
  } else if constexpr (zzplan::detail::target_traits<T, Q>::level_like) {
    const auto own = levels<Q>(d.rows(region, s.indicator));
    out = chart_of(g, own, evaluate(g, own, o.as_of, o.evaluation));
  } else {
    series(s.indicator, s.observed, [&](const auto& own) {
      out = chart_of(g, own, evaluate(g, own, o.as_of, o.evaluation));
    });
  }
  return out;
}

} // namespace detail

/// The charts of a plan file's goals, in the order of evaluate_plan_file's records (goals per
/// region, then milestones, drawn from their records).
[[nodiscard]] inline std::vector<goal_chart>
charts_of_plan_file(const plan_spec& p, const data_table& d, const run_options& o,
                    const std::vector<assessment_record>& records) {
  std::vector<goal_chart> out;
  const series_index index(d);
  for (const region_name& region : regions_of(p, d, o.region)) {
    for (const goal_spec& s : p.goals) {
      with_typed_goal(p, s, [&](const auto& g) {
        out.push_back(detail::chart_of_spec(g, s, index, region.first, o));
      });
    }
  }
  while (out.size() < records.size()) {
    out.push_back(chart_of(records[out.size()]));
  }
  if (out.size() != records.size()) {
    throw std::logic_error("zzplan: the charts do not match the records of the plan file");
  }
  return out;
}

/// The report of a plan file evaluated against a data file: evaluate_plan_file's records and
/// roll-up, the charts, the plan's name in the chosen language and the data file as source.
[[nodiscard]] inline plan_report report_of(const plan_spec& p, const data_table& d,
                                           const run_options& o, plan_result r) {
  plan_report rep;
  rep.name = o.language == lang::en && !p.name_en.empty() ? p.name_en : p.name;
  rep.as_of = static_cast<int>(o.as_of);
  rep.how = o.how;
  rep.charts = charts_of_plan_file(p, d, o, r.records);
  rep.records = std::move(r.records);
  rep.summary = r.summary;
  rep.source = d.file;
  return rep;
}

/// The same, evaluating the plan file here.
[[nodiscard]] inline plan_report report_of(const plan_spec& p, const data_table& d,
                                           const run_options& o) {
  return report_of(p, d, o, evaluate_plan_file(p, d, o));
}

} // namespace zzplan::io
