// zzplan: evaluate a plan file (TOML) against a data file (CSV) through the typed core.
//
//   zzplan evaluate PLAN DATA [--as-of YEAR] [--method cn_midterm|un2022|un2023|eurostat]
//                             [--format text|markdown|csv|json] [--lang zh|en] [--region NAME]
//                             [--output FILE] [--threads N]
//   zzplan check PLAN [--lang zh|en]      each goal as understood
//   zzplan explain PHRASE [--format text|json]  how a target phrase is read (zh and en)
//   zzplan units                          the units a plan or data file may write
//   zzplan report PLAN DATA [-o report.html] [--lang zh|en] [--as-of YEAR] [--method M]
//                           [--region NAME]   the one-file HTML report: tables and charts
//
// Exit codes: 0 ok; 2 bad input (the message names the file, line, column and what to fix, and
// nothing is written); 1 internal error.

#include "describe.hpp"
#include "output.hpp"

#include <zzplan/io/report.hpp> // zzplan report

#include <zzplan/io/data.hpp>
#include <zzplan/io/json.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/unit_table.hpp>

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <map>
#include <optional>
#include <string>

namespace {

using namespace zzplan;

struct evaluate_args {
  std::string plan, data, method = "cn_midterm", format = "text", language = "zh", output;
  std::optional<int> as_of;
  std::optional<std::string> region;
  unsigned threads = 2;
};

method method_of(const std::string& s) {
  if (s == "un2022") {
    return method::un2022;
  }
  if (s == "un2023") {
    return method::un2023;
  }
  return s == "eurostat" ? method::eurostat : method::cn_midterm;
}

lang lang_of(const std::string& s) {
  return s == "en" ? lang::en : lang::zh;
}

/// The text or Markdown report (tables need every row).
std::string render_tables(const io::plan_spec& plan, const io::plan_result& r,
                          const evaluate_args& a, year as_of) {
  const lang l = lang_of(a.language);
  const std::string name = l == lang::en && !plan.name_en.empty() ? plan.name_en : plan.name;
  const std::string y = std::to_string(static_cast<int>(as_of));
  if (a.format == "markdown") {
    return "# " + io::markdown_escape(name) + "\n\n" +
           (l == lang::zh ? "评估年份：" + y + "\n\n" : "Evaluated as of " + y + "\n\n") +
           io::render_markdown_table(r.records, {}, l) + "\n" +
           io::render_markdown_summary(r.summary, l);
  }
  return name + (l == lang::zh ? "（评估年份：" + y + "）\n\n" : " (as of " + y + ")\n\n") +
         io::render_table(r.records, {}, l) + "\n" + io::render_summary(r.summary, l);
}

int run_evaluate(const evaluate_args& a) {
  const lang l = lang_of(a.language);
  const io::plan_spec plan = io::read_plan_toml(a.plan);
  io::check_typed(plan);
  const io::data_table data = io::read_data_csv(a.data);
  io::run_options o;
  o.how = method_of(a.method);
  o.region = a.region;
  if (a.as_of) {
    o.as_of = year{*a.as_of};
  } else if (data.rows.empty()) {
    throw io::input_error(
        data.file, 0, 0,
        "the data file has no rows, so the evaluation year is unknown; give --as-of YEAR");
  } else {
    o.as_of = year{io::latest_year(data)};
  }
  static_cast<void>(io::regions_of(plan, data, o.region)); // every input checked: now write
  cli::output out(a.output);
  if (a.format == "json") {
    cli::json_stream json(out.stream(), plan.name, o.as_of, o.how);
    const rollup summary = io::format_plan_file(
        plan, data, o, &cli::json_stream::format, [&](std::string_view t) { json.write(t); }, l,
        a.threads);
    json.finish(summary);
  } else if (a.format == "csv") {
    cli::csv_stream csv(out.stream());
    static_cast<void>(io::format_plan_file(
        plan, data, o, &cli::csv_stream::format, [&](std::string_view t) { csv.write(t); }, l,
        a.threads));
  } else {
    out.stream() << render_tables(plan, io::evaluate_plan_file(plan, data, o, l), a, o.as_of);
  }
  out.commit(); // the file appears only now
  return 0;
}

int run_check(const std::string& path, const std::string& language) {
  const io::plan_spec plan = io::read_plan_toml(path);
  io::check_typed(plan);
  const lang l = lang_of(language);
  std::string out =
      plan.name + (l == lang::zh ? "（基期" : " (base year ") + std::to_string(plan.base_year) +
      (l == lang::zh ? "年，目标年" : ", deadline ") + std::to_string(plan.deadline) +
      (l == lang::zh ? "年）：" : "): ") + std::to_string(plan.goals.size()) +
      (l == lang::zh ? "个目标，" : " goals, ") + std::to_string(plan.milestones.size()) +
      (l == lang::zh ? "个定性目标\n" : " milestones\n");
  for (const io::goal_spec& g : plan.goals) {
    out += "\n" + cli::describe_goal(plan, g, l);
  }
  for (const io::milestone_spec& m : plan.milestones) {
    const std::string done = !m.done ? (l == lang::zh ? "未知" : "unknown")
                                     : (*m.done ? (l == lang::zh ? "已完成" : "done")
                                                : (l == lang::zh ? "未完成" : "not done"));
    out += "\n[" + m.id + "] " + (l == lang::en && !m.name_en.empty() ? m.name_en : m.name) +
           "\n  " +
           (l == lang::zh ? "类型: milestone（定性目标），截止" : "kind: milestone, deadline ") +
           std::to_string(m.deadline) + "; " + done +
           (m.done_in ? " (" + std::to_string(*m.done_in) + ")" : "") +
           (m.evidence.empty() ? "" : "; " + m.evidence) + "\n";
  }
  std::cout << out << (l == lang::zh ? "\n检查通过。\n" : "\nThe plan is valid.\n");
  return 0;
}

int run_explain(const std::string& phrase, const std::string& format) {
  const parse_result r = parse_phrase(phrase);
  if (format == "json") {
    std::cout << (r ? io::to_json(*r) : io::to_json(r.error())).dump(2) << "\n";
    return r ? 0 : 2;
  }
  if (!r) {
    std::cerr << "zzplan: the phrase is not understood (at byte " << r.error().offset << "):\n"
              << show_error(phrase, r.error()) << "\n";
    return 2;
  }
  std::cout << phrase << "\n";
  if (!r->name.empty()) {
    std::cout << "  indicator / 指标: " << r->name << "\n";
  }
  std::cout << "  zh: " << explain(*r, lang::zh) << "\n  en: " << explain(*r, lang::en) << "\n";
  return 0;
}

// ---- zzplan units: the unit table ----------------------------------------------------------------

/// The unit table as a Markdown table (docs/reference/units.md holds a copy, kept equal by a test).
std::string units_markdown() {
  std::string out = "| symbol | English | also read | family | magnitude | price basis |\n"
                    "|---|---|---|---|---|---|\n";
  for (const unit_info& row : unit_table) {
    std::string also;
    static_cast<void>(any_spelling(row, [&](std::string_view w) {
      if (w != row.zh) {
        also += (also.empty() ? "" : ", ") + std::string(w);
      }
      return false;
    }));
    std::string magnitude = std::to_string(row.num);
    if (row.den != 1) {
      magnitude += "/" + std::to_string(row.den);
    }
    const std::string_view prices = row.prices == price_rule::any ? "current or constant"
                                    : row.prices == price_rule::constant_only ? "constant only"
                                                                              : "—";
    out += "| " + std::string(row.zh) + " | " + std::string(row.en) + " | " +
           (also.empty() ? "—" : also) + " | " + std::string(family_name(row.family, lang::en)) +
           " | " + magnitude + " | " + std::string(prices) + " |\n";
  }
  return out;
}

// ---- zzplan report: the one-file HTML report (io/report.hpp, io/html.hpp) ----------------------

int run_report(const evaluate_args& a) {
  const io::plan_spec plan = io::read_plan_toml(a.plan);
  io::check_typed(plan);
  const io::data_table data = io::read_data_csv(a.data);
  io::run_options o;
  o.how = method_of(a.method);
  o.region = a.region;
  if (a.as_of) {
    o.as_of = year{*a.as_of};
  } else if (data.rows.empty()) {
    throw io::input_error(
        data.file, 0, 0,
        "the data file has no rows, so the evaluation year is unknown; give --as-of YEAR");
  } else {
    o.as_of = year{io::latest_year(data)};
  }
  const lang l = lang_of(a.language);
  const io::plan_report report = io::report_of(plan, data, o, l);
  io::html_options h;
  h.title = report.name;
  cli::output out(a.output);
  out.stream() << io::html_report(report, h, l);
  out.commit(); // the file appears only now
  return 0;
}

// ---- end of zzplan report ----------------------------------------------------------------------

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"zzplan: evaluate five-year-plan goals (TOML plan, CSV data) as statisticians do"};
  app.require_subcommand(1);
  evaluate_args ev;
  CLI::App* evaluate = app.add_subcommand("evaluate", "Evaluate a plan file against a data file");
  evaluate->add_option("PLAN", ev.plan, "Plan file (TOML)")->required();
  evaluate
      ->add_option("DATA", ev.data, "Data file (CSV: indicator,year,value[,region][,flag][,span])")
      ->required();
  evaluate
      ->add_option("--as-of", ev.as_of, "Evaluation year (default: the latest year in the data)")
      ->check(CLI::Range(1900, 2200));
  evaluate->add_option("--method", ev.method, "Status method")
      ->check(CLI::IsMember({"cn_midterm", "un2022", "un2023", "eurostat"}))
      ->capture_default_str();
  evaluate->add_option("--format", ev.format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "csv", "json"}))
      ->capture_default_str();
  evaluate->add_option("--lang", ev.language, "Language of names and notes")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  evaluate->add_option("--region", ev.region, "Only this region of the data");
  evaluate
      ->add_option("--threads", ev.threads,
                   "Threads that evaluate and write JSON or CSV (the output is the same for any)")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  evaluate->add_option("--output,-o", ev.output,
                       "Write to this file (only when everything succeeded) instead of stdout");
  std::string check_plan, check_lang = "zh";
  CLI::App* check =
      app.add_subcommand("check", "Validate a plan file and print each goal as understood");
  check->add_option("PLAN", check_plan, "Plan file (TOML)")->required();
  check->add_option("--lang", check_lang, "Language")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  CLI::App* units = app.add_subcommand(
      "units", "List the units a plan or data file may write (the unit table), as Markdown");
  std::string phrase;
  CLI::App* explain_cmd =
      app.add_subcommand("explain", "Show how a target phrase is read, e.g. \"下降15%以上\"");
  explain_cmd->add_option("PHRASE", phrase, "A target phrase")->required();
  std::string explain_format = "text";
  explain_cmd->add_option("--format", explain_format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  evaluate_args rp; // zzplan report
  CLI::App* report = app.add_subcommand(
      "report", "Write the one-file HTML report (summary, tables, charts, notes) of a plan file");
  report->add_option("PLAN", rp.plan, "Plan file (TOML)")->required();
  report->add_option("DATA", rp.data, "Data file (CSV)")->required();
  report->add_option("--output,-o", rp.output, "The HTML file (default: stdout)");
  report->add_option("--lang", rp.language, "Language")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  report->add_option("--as-of", rp.as_of, "Evaluation year (default: the latest in the data)")
      ->check(CLI::Range(1900, 2200));
  report->add_option("--method", rp.method, "Status method")
      ->check(CLI::IsMember({"cn_midterm", "un2022", "un2023", "eurostat"}))
      ->capture_default_str();
  report->add_option("--region", rp.region, "Only this region of the data");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  try {
    if (*evaluate) {
      return run_evaluate(ev);
    }
    if (*check) {
      return run_check(check_plan, check_lang);
    }
    if (*report) {
      return run_report(rp);
    }
    if (*units) {
      std::cout << units_markdown();
      return 0;
    }
    return run_explain(phrase, explain_format);
  } catch (const io::input_error& e) {
    std::cerr << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "zzplan: internal error: " << e.what() << "\n";
    return 1;
  }
}
