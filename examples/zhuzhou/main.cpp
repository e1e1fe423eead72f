// The main job: the seven Zhuzhou goals of the 13th Party Congress report (2021) and its
// qualitative goals, then the 20 indicators of China's 14th Five-Year Plan (its main-indicator
// table), evaluated against the real published figures in examples/data/ (sources in
// examples/data/SOURCES.md). Gaps stay gaps: a goal without figures says "insufficient data".
//
//   zzplan_report [--lang zh|en] [--method cn_midterm|un2022|un2023|eurostat]
//                 [--format text|markdown|json] [--as-of YEAR] [--data DIR] [--html FILE]
//
// It also writes the one-file HTML report (tables and charts) to --html (default
// zzplan_report.html in the current directory) and says where; with --format json only when
// --html is given.

#include <zzplan/io/data.hpp>
#include <zzplan/io/json.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/report.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/plans/zhuzhou.hpp>
#include <zzplan/zzplan.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#ifndef ZZPLAN_DATA_DIR
#define ZZPLAN_DATA_DIR "examples/data"
#endif

namespace {

using namespace zzplan;

struct settings {
  lang language = lang::zh;
  method how = method::cn_midterm;
  std::string format = "text";
  std::optional<int> as_of;
  std::filesystem::path data = ZZPLAN_DATA_DIR;
  std::filesystem::path html = "zzplan_report.html";
};

/// One evaluated plan, ready to render.
struct evaluated_plan {
  std::string name;
  std::string data_file;
  year as_of;
  std::vector<io::assessment_record> records;
  rollup summary;
  std::vector<io::goal_chart> charts; ///< of the goals (milestones are drawn from their records)
};

/// Evaluates a goal and keeps its chart: the same series, the same assessment.
template <class G, class... S>
auto charted(std::vector<io::goal_chart>& charts, year as_of, const G& g, const S&... series) {
  auto a = evaluate(g, series..., as_of);
  charts.push_back(io::chart_of(g, series..., a));
  return a;
}

template <class... A>
evaluated_plan finish(std::string name, const std::string& file, year as_of, const settings& s,
                      const std::tuple<A...>& assessments,
                      std::vector<assessment<double, double>> milestones = {}) {
  evaluated_plan p{std::move(name),
                   file,
                   as_of,
                   io::to_records(assessments, s.how, s.language),
                   roll_up_tuple(assessments, s.how),
                   {}};
  for (const auto& m : milestones) {
    p.records.push_back(io::to_record(m, s.how, s.language));
    tally(p.summary, m);
  }
  return p;
}

evaluated_plan zhuzhou_plan(const settings& s) {
  const io::data_table d = io::read_data_csv(s.data / "zhuzhou.csv");
  const year as_of{s.as_of.value_or(io::latest_year(d))};
  namespace zz = zzplan::zhuzhou;
  const auto levels = [&](const auto& g) {
    using Q = typename std::remove_cvref_t<decltype(g)>::quantity_type;
    return io::levels_of<Q>(d, g.what.name_zh);
  };
  std::vector<io::goal_chart> charts;
  const auto ev = [&](const auto& g, const auto&... series) {
    return charted(charts, as_of, g, series...);
  };
  const auto assessments =
      std::tuple{// braces: evaluated in order, so the charts are too
                 ev(zz::new_billion_clusters, levels(zz::new_billion_clusters)),
                 ev(zz::tech_progress, levels(zz::tech_progress)), ev(zz::trade, levels(zz::trade)),
                 ev(zz::economy, levels(zz::economy)), ev(zz::urban, levels(zz::urban)),
                 ev(zz::income_growth, levels(zz::income_growth)),
                 // energy intensity is published as yearly changes ("万元GDP能耗下降x%")
                 ev(zz::energy, io::changes_of(d, zz::energy.what.name_zh))};
  // No evidence for the qualitative goals is recorded in the shipped sources: unknown, not "not done".
  std::vector<assessment<double, double>> milestones = {
      evaluate(zz::rail_cluster, milestone_record{}, as_of),
      evaluate(zz::civilized_city, milestone_record{}, as_of)};
  evaluated_plan p = finish(std::string(zz::goals.name), (s.data / "zhuzhou.csv").string(), as_of,
                            s, assessments, milestones);
  p.charts = std::move(charts);
  return p;
}

evaluated_plan national_plan(const settings& s) {
  const io::data_table d = io::read_data_csv(s.data / "china.csv");
  const year as_of{s.as_of.value_or(io::latest_year(d))};
  namespace n = zzplan::fyp14;
  std::vector<io::goal_chart> charts;
  const auto ev = [&](const auto& g, const auto&... series) {
    return charted(charts, as_of, g, series...);
  };
  // levels of a goal's indicator, by the data's name (the indicator's own by default)
  const auto levels = [&](const auto& g, std::string_view name = {}) {
    using Q = typename std::remove_cvref_t<decltype(g)>::quantity_type;
    return io::levels_of<Q>(d, name.empty() ? g.what.name_zh : name);
  };
  const auto changes = [&](std::string_view name) { return io::changes_of(d, name); };
  const auto gdp = changes("国内生产总值实际增长");
  const auto assessments = std::tuple{
      ev(n::productivity, changes("全员劳动生产率"), gdp), ev(n::urban, levels(n::urban)),
      ev(n::research, changes("全社会研发经费投入实际增长")),
      ev(n::high_value_patents, levels(n::high_value_patents)), ev(n::digital, levels(n::digital)),
      ev(n::income, changes("居民人均可支配收入实际增长"), gdp), ev(n::jobs, levels(n::jobs)),
      ev(n::education, levels(n::education)), ev(n::health_workers, levels(n::health_workers)),
      ev(n::pensions, levels(n::pensions)), ev(n::childcare_places, levels(n::childcare_places)),
      ev(n::longevity, levels(n::longevity)),
      // energy and CO2 intensity are published as changes ("单位GDP能耗下降x%")
      ev(n::energy, changes(n::energy.what.name_zh)),
      ev(n::carbon, changes(n::carbon.what.name_zh)), ev(n::air, levels(n::air)),
      ev(n::water, levels(n::water)), ev(n::forests, levels(n::forests)),
      ev(n::food, levels(n::food, "粮食产量")), ev(n::energy_supply, levels(n::energy_supply))};
  // GDP growth has no number (保持在合理区间): a milestone, not judged here.
  std::vector<assessment<double, double>> milestones = {
      evaluate(n::gdp_growth, milestone_record{}, as_of)};
  evaluated_plan p = finish(std::string(n::goals.name), (s.data / "china.csv").string(), as_of, s,
                            assessments, milestones);
  p.charts = std::move(charts);
  return p;
}

void print_text(const evaluated_plan& p, const settings& s) {
  const bool zh = s.language == lang::zh;
  std::cout << "== " << p.name << " ==\n"
            << (zh ? "评估年份：" : "Evaluated as of ") << static_cast<int>(p.as_of)
            << (zh ? "　方法：" : "; method: ") << io::method_title(s.how, s.language)
            << (zh ? "　数据：" : "; data: ") << p.data_file << "\n\n";
  if (s.format == "markdown") {
    std::cout << io::render_markdown_table(p.records, {}, s.language) << "\n"
              << io::render_markdown_summary(p.summary, s.language) << "\n";
  } else {
    std::cout << io::render_table(p.records, {}, s.language) << "\n"
              << io::render_summary(p.summary, s.language) << "\n";
  }
}

/// Writes the HTML report of the plans to s.html and says where on `say`.
void write_html(const std::vector<evaluated_plan>& plans, const settings& s, std::ostream& say) {
  const bool zh = s.language == lang::zh;
  std::vector<io::plan_report> reports;
  for (const evaluated_plan& p : plans) {
    reports.push_back({p.name, static_cast<int>(p.as_of), s.how, p.records, p.summary, p.charts,
                       std::filesystem::proximate(p.data_file).string()});
  }
  io::html_options o;
  o.title = zh ? "株洲市未来五年目标与“十四五”规划主要指标：评估报告"
               : "Zhuzhou's goals and China's 14th Five-Year Plan: evaluation";
  o.sources = {zh ? "数据来源：公开的统计公报、政府工作报告与新闻发布，逐项出处见 "
                    "examples/data/SOURCES.md；缺失的数据按“数据不足”列出，不作估算。"
                  : "Sources: published statistical communiqués, government work reports and press "
                    "releases, one by one in "
                    "examples/data/SOURCES.md; missing figures are shown as insufficient data, "
                    "never estimated."};
  std::ofstream f(s.html, std::ios::binary | std::ios::trunc);
  if (!f || !(f << io::html_report(reports, o, s.language)) || !f.flush()) {
    throw io::input_error(s.html.string(), 0, 0,
                          "cannot write the HTML report; check the directory and permissions");
  }
  say << (zh ? "HTML 报告：" : "HTML report: ") << std::filesystem::absolute(s.html).string()
      << "\n";
}

} // namespace

int main(int argc, char** argv) {
  settings s;
  CLI::App app{"zzplan_report: the Zhuzhou goals and the national 14th Five-Year Plan, evaluated "
               "on real figures"};
  std::string language = "zh";
  std::string how = "cn_midterm";
  app.add_option("--lang", language, "zh or en")->check(CLI::IsMember({"zh", "en"}));
  app.add_option("--method", how, "the evaluation method")
      ->check(CLI::IsMember({"cn_midterm", "un2022", "un2023", "eurostat"}));
  app.add_option("--format", s.format, "text, markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  app.add_option("--as-of", s.as_of,
                 "the evaluation year (default: the latest year in each data file)");
  app.add_option("--data", s.data, "the folder of zhuzhou.csv and china.csv");
  app.add_option("--html", s.html,
                 "where to write the HTML report (default: zzplan_report.html here)");
  CLI11_PARSE(app, argc, argv);
  s.language = language == "en" ? lang::en : lang::zh;
  const std::map<std::string, method> methods = {{"cn_midterm", method::cn_midterm},
                                                 {"un2022", method::un2022},
                                                 {"un2023", method::un2023},
                                                 {"eurostat", method::eurostat}};
  s.how = methods.at(how);
  try {
    const std::vector<evaluated_plan> plans = {zhuzhou_plan(s), national_plan(s)};
    if (s.format == "json") {
      nlohmann::ordered_json all = nlohmann::ordered_json::array();
      for (const evaluated_plan& p : plans) {
        all.push_back(io::json_document(p.name, p.as_of, s.how, p.records, p.summary));
      }
      std::cout << all.dump(2) << "\n";
      if (app.count("--html") > 0) {
        write_html(plans, s, std::cerr); // stdout stays JSON
      }
      return 0;
    }
    for (const evaluated_plan& p : plans) {
      print_text(p, s);
    }
    write_html(plans, s, std::cout);
  } catch (const io::input_error& e) {
    std::cerr << "zzplan_report: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
