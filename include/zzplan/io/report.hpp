#pragma once
// Reports with charts: SVG charts of assessments (one per goal, one per plan) and the one-file
// HTML report, made without a browser or a network; and report_of, a plan file evaluated against
// a data file as a plan_report for html_report (what `zzplan report` writes).
//
// The records, the roll-up and the charts of report_of come from one evaluation of each typed
// goal (evaluate_plan_file with charts): nothing is evaluated differently from `zzplan evaluate`.
//
//   const io::plan_spec plan = io::read_plan_toml(path);      // plan.hpp
//   const io::data_table data = io::read_data_csv(data_path); // data.hpp
//   const io::plan_report rep = io::report_of(plan, data, {.as_of = 2025y});
//   write(io::html_report(rep));

#include <zzplan/io/detail/chart_data.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/html.hpp>
#include <zzplan/io/detail/plan_spec.hpp>
#include <zzplan/io/detail/svg.hpp>
#include <zzplan/io/detail/svg_plan.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/run.hpp>

#include <string>
#include <utility>

namespace zzplan::io {

/// The report of a plan file evaluated against a data file: its records, roll-up and charts, the
/// plan's name in the language l and the data file as source.
[[nodiscard]] inline plan_report report_of(const plan_spec& p, const data_table& d, run_options o,
                                           lang l = lang::zh) {
  o.charts = true;
  plan_result r = evaluate_plan_file(p, d, o, l);
  plan_report rep;
  rep.name = l == lang::en && !p.name_en.empty() ? p.name_en : p.name;
  rep.as_of = static_cast<int>(o.as_of);
  rep.how = o.how;
  rep.charts = std::move(r.charts);
  rep.records = std::move(r.records);
  rep.summary = r.summary;
  rep.source = d.file;
  return rep;
}

} // namespace zzplan::io
