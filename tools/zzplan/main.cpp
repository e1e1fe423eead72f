// zzplan: evaluate a plan file (TOML) against a data file (CSV) through the typed core.
//
//   zzplan evaluate PLAN DATA [--as-of YEAR] [--method cn_midterm|un2022|un2023|eurostat]
//                             [--format text|markdown|csv|json|xlsx] [--lang zh|en] [--region NAME]
//                             [--output FILE] [--threads N]
//   zzplan check PLAN [--lang zh|en]      each goal as understood
//   zzplan explain PHRASE [--format text|json]  how a target phrase is read (zh and en)
//   zzplan units                          the units a plan or data file may write
//   zzplan report PLAN DATA [-o report.html] [--lang zh|en] [--as-of YEAR] [--method M]
//                           [--region NAME] [--xlsx FILE]   the one-file HTML report: tables and
//                                                           charts (and the results as a workbook)
//   zzplan data convert IN OUT            a data file in any layout, written as the long CSV
//   zzplan draft TABLE [--name NAME] [--region NAME] [-o plan.toml]
//                           a plan file drafted from a main-indicator table (CSV/TSV, UTF-8 or
//                           GB18030); the rows it cannot read are named on standard error
//
// A data file is a long CSV, a wide (yearbook) table or SDMX-CSV, in UTF-8 or GB18030: both are
// recognised, or given with --layout long|wide|sdmx and --encoding utf-8|gb18030; or a sheet of
// an .xlsx workbook in any of these layouts (--sheet NAME, default the first), when built with
// liborcus.
//
// evaluate and report warn on standard error of every goal whose indicator has no rows in the
// data (naming the nearest names the data has); with --strict they exit 2 instead.
//
// Exit codes: 0 ok; 2 bad input (the message names the file, line, column and what to fix, and
// nothing is written); 1 internal error.

#include "allocator.hpp"
#include "describe.hpp"
#include "output.hpp"
#if ZZPLAN_HAS_XLSX
#include "workbook_loader.hpp" // .xlsx data and results, by a module loaded when needed
#endif

#include <zzplan/io/report.hpp> // zzplan report

#include <zzplan/io/data.hpp>
#include <zzplan/io/draft.hpp>
#include <zzplan/io/json.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/utf8.hpp>

#include <CLI/CLI.hpp>

#include <cctype>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

using namespace zzplan;

lang lang_of(const std::string& s) {
  return s == "en" ? lang::en : lang::zh;
}

struct evaluate_args {
  std::string plan, data, method = "cn_midterm", format = "text", language = "zh", output;
  std::string layout = "auto", encoding = "auto", sheet;
  std::string xlsx; ///< zzplan report --xlsx FILE
  std::optional<int> as_of;
  std::optional<std::string> region;
  bool strict = false;
  unsigned threads = 2;
};

/// Missing data is loud: a warning on standard error for each goal whose indicator has no rows in
/// the data (with the nearest names the data has); with --strict, the run stops (exit 2).
void warn_missing(const io::plan_spec& plan, const io::prepared_data& data,
                  const evaluate_args& a) {
  const lang l = lang_of(a.language);
  const std::vector<io::missing_indicator> missing = io::missing_indicators(plan, data);
  for (const io::missing_indicator& m : missing) {
    std::cerr << "zzplan: " << (l == lang::zh ? "警告" : "warning") << ": " << plan.file
              << ": goal '" << m.goal_id << "': " << io::missing_text(m, l) << "\n";
  }
  if (a.strict && !missing.empty()) {
    throw io::input_error(data.table->file, 0, 0,
                          "--strict: " + std::to_string(missing.size()) +
                              " goal indicator(s) have no rows in the data (see the warnings); "
                              "name them as the data does, or leave out --strict");
  }
}

method method_of(const std::string& s) {
  if (s == "un2022") {
    return method::un2022;
  }
  if (s == "un2023") {
    return method::un2023;
  }
  return s == "eurostat" ? method::eurostat : method::cn_midterm;
}

io::data_options data_options_of(const std::string& layout, const std::string& encoding) {
  io::data_options o;
  o.layout = layout == "long"   ? io::data_layout::long_csv
             : layout == "wide" ? io::data_layout::wide
             : layout == "sdmx" ? io::data_layout::sdmx
                                : io::data_layout::detect;
  o.encoding = encoding == "utf-8"     ? io::text_encoding::utf8
               : encoding == "gb18030" ? io::text_encoding::gb18030
                                       : io::text_encoding::detect;
  return o;
}

/// A data file: a CSV file in any layout and encoding, or a sheet of a workbook.
io::data_table read_data(const std::string& path, const std::string& layout,
                         const std::string& encoding, const std::string& sheet) {
  if (io::is_workbook(path)) {
#if ZZPLAN_HAS_XLSX
    return cli::workbook(path).read(path, sheet, data_options_of(layout, "auto"));
#else
    throw io::input_error(path, 0, 0,
                          "this zzplan was built without Excel support (liborcus); save the sheet "
                          "as CSV, or build zzplan with liborcus-dev installed");
#endif
  }
  if (!sheet.empty()) {
    throw io::input_error(path, 0, 0,
                          "--sheet is for an .xlsx workbook, and this is a CSV file; leave it out");
  }
  return io::read_data_file(path, data_options_of(layout, encoding));
}

/// --layout, --encoding and --sheet, for every command that reads a data file.
void add_data_options(CLI::App* cmd, std::string& layout, std::string& encoding,
                      std::string& sheet) {
  cmd->add_option("--sheet", sheet, "The sheet of an .xlsx workbook to read (default: the first)");
  cmd->add_option("--layout", layout,
                  "Data layout: long (indicator,year,value), wide (a yearbook table: years as "
                  "columns) or sdmx (SDMX-CSV, Open SDG); auto recognises it from the header")
      ->check(CLI::IsMember({"auto", "long", "wide", "sdmx"}))
      ->capture_default_str();
  cmd->add_option("--encoding", encoding,
                  "Data encoding: utf-8 or gb18030 (GBK, GB2312); auto recognises it")
      ->check(CLI::IsMember({"auto", "utf-8", "gb18030"}))
      ->capture_default_str();
}

/// Writes the results as a workbook at `path`, which appears only when it is complete.
void write_workbook(const std::string& path, const std::vector<io::assessment_record>& records,
                    const rollup& summary, lang l) {
#if ZZPLAN_HAS_XLSX
  const cli::workbook_api& module = cli::workbook(path);
  const std::string part = path + ".zzplan-part";
  try {
    module.write(part, records, summary, l);
  } catch (const std::runtime_error&) {
    std::error_code ec;
    std::filesystem::remove(part, ec);
    throw io::input_error(path, 0, 0,
                          "cannot write the workbook; check the directory and permissions");
  }
  std::error_code ec;
  cli::replace_file(part, path, ec);
  if (ec) {
    std::filesystem::remove(part, ec);
    throw io::input_error(path, 0, 0, "cannot write the workbook; check the directory");
  }
#else
  static_cast<void>(records);
  static_cast<void>(summary);
  static_cast<void>(l);
  throw io::input_error(path, 0, 0,
                        "this zzplan was built without Excel support (libxlsxwriter); use "
                        "--format csv, or build zzplan with libxlsxwriter-dev installed");
#endif
}

int run_convert(const std::string& in, const std::string& out_path, const std::string& layout,
                const std::string& encoding, const std::string& sheet) {
  const io::data_table data = read_data(in, layout, encoding, sheet);
  cli::output out(out_path == "-" ? std::string() : out_path);
  out.stream() << io::to_long_csv(data);
  out.commit(); // the file appears only now
  return 0;
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
  const io::data_table data = read_data(a.data, a.layout, a.encoding, a.sheet);
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
  // every input checked (the regions among them) before anything is written; made once for the
  // warnings and the run
  const io::prepared_data prepared(plan, data, o.region);
  warn_missing(plan, prepared, a);
  if (a.format == "xlsx") {
    if (a.output.empty()) {
      throw io::input_error("--format xlsx", 0, 0,
                            "a workbook is not written to the terminal; give the file with -o");
    }
    const io::plan_result r = io::evaluate_plan_file(plan, data, o, l);
    write_workbook(a.output, r.records, r.summary, l);
    return 0;
  }
  cli::output out(a.output);
  if (a.format == "json") {
    cli::json_stream json(out, plan.name, o.as_of, o.how);
    const rollup summary = io::format_plan_file(
        plan, prepared, o, &cli::json_stream::format,
        [&](std::span<const std::string_view> t) { json.write(t); }, l, a.threads,
        io::record_fields::data_only);
    json.finish(summary);
  } else if (a.format == "csv") {
    cli::csv_stream csv(out);
    static_cast<void>(io::format_plan_file(
        plan, prepared, o, &cli::csv_stream::format,
        [&](std::span<const std::string_view> t) { csv.write(t); }, l, a.threads,
        io::record_fields::data_only));
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
  const io::data_table data = read_data(a.data, a.layout, a.encoding, a.sheet);
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
  warn_missing(plan, io::prepared_data(plan, data, o.region), a);
  const io::plan_report report = io::report_of(plan, data, o, l);
  io::html_options h;
  h.title = report.name;
  cli::output out(a.output);
  out.stream() << io::html_report(report, h, l);
  if (!a.xlsx.empty()) {
    write_workbook(a.xlsx, report.records, report.summary, l);
  }
  out.commit(); // the file appears only now
  return 0;
}

// ---- end of zzplan report ----------------------------------------------------------------------

// ---- zzplan draft: a plan file from a main-indicator table (io/draft.hpp) ----------------------

/// The text of a table in UTF-8: as it is, or converted from GB18030 (the encoding of many
/// statistical offices' files), recognised as data files are (io/detail/text_encoding.hpp).
std::string table_text(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    throw io::input_error(path, 0, 0, "cannot open the file; check the path");
  }
  std::ostringstream ss;
  ss << f.rdbuf();
  return io::detail::to_utf8(ss.str(), path, io::text_encoding::detect);
}

struct draft_args {
  std::string table, name, region, output;
};

int run_draft(const draft_args& a) {
  const std::string text = table_text(a.table);
  io::draft_options o;
  o.name = a.name;
  o.region = a.region;
  const io::drafted_plan d = io::draft_plan(text, o);
  if (d.goals == 0) {
    std::string why;
    for (const io::draft_problem& p : d.problems) {
      why +=
          (why.empty() ? "" : "; ") + std::string("line ") + std::to_string(p.line) + ": " + p.why;
    }
    throw io::input_error(a.table, d.problems.empty() ? 0 : d.problems.front().line, 0,
                          "no goal could be drafted from the table" +
                              (why.empty() ? std::string() : ": " + why));
  }
  for (const io::draft_problem& p : d.problems) {
    std::cerr << a.table << ":" << p.line << ": " << p.why << "\n";
  }
  cli::output out(a.output);
  out.stream() << d.toml;
  out.commit();
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  zzplan::cli::keep_freed_memory();
  CLI::App app{"zzplan: evaluate five-year-plan goals (TOML plan, CSV data) as statisticians do"};
  app.require_subcommand(1);
  evaluate_args ev;
  CLI::App* evaluate = app.add_subcommand("evaluate", "Evaluate a plan file against a data file");
  evaluate->add_option("PLAN", ev.plan, "Plan file (TOML)")->required();
  evaluate
      ->add_option("DATA", ev.data,
                   "Data file (CSV: indicator,year,value[,region][,flag][,span]; a wide "
                   "yearbook table; SDMX-CSV)")
      ->required();
  evaluate
      ->add_option("--as-of", ev.as_of, "Evaluation year (default: the latest year in the data)")
      ->check(CLI::Range(1900, 2200));
  evaluate->add_option("--method", ev.method, "Status method")
      ->check(CLI::IsMember({"cn_midterm", "un2022", "un2023", "eurostat"}))
      ->capture_default_str();
  evaluate->add_option("--format", ev.format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "csv", "json", "xlsx"}))
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
  add_data_options(evaluate, ev.layout, ev.encoding, ev.sheet);
  evaluate->add_flag("--strict", ev.strict,
                     "Exit 2 (writing nothing) when a goal's indicator has no rows in the data");
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
  report->add_option("DATA", rp.data, "Data file (long or wide CSV, SDMX-CSV)")->required();
  report->add_option("--output,-o", rp.output, "The HTML file (default: stdout)");
  report->add_option("--xlsx", rp.xlsx,
                     "Also write the assessments, summary and notes as an Excel workbook");
  report->add_option("--lang", rp.language, "Language")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  report->add_option("--as-of", rp.as_of, "Evaluation year (default: the latest in the data)")
      ->check(CLI::Range(1900, 2200));
  report->add_option("--method", rp.method, "Status method")
      ->check(CLI::IsMember({"cn_midterm", "un2022", "un2023", "eurostat"}))
      ->capture_default_str();
  report->add_option("--region", rp.region, "Only this region of the data");
  add_data_options(report, rp.layout, rp.encoding, rp.sheet);
  CLI::App* data_cmd = app.add_subcommand("data", "Data files");
  data_cmd->require_subcommand(1);
  std::string convert_in, convert_out, convert_layout = "auto", convert_encoding = "auto",
                                       convert_sheet;
  CLI::App* convert = data_cmd->add_subcommand(
      "convert", "Read a data file in any layout and encoding and write it as the long CSV "
                 "(to see how it was read)");
  convert->add_option("IN", convert_in, "Data file (long, wide or SDMX-CSV; UTF-8 or GB18030)")
      ->required();
  convert->add_option("OUT", convert_out, "The long CSV to write (- for stdout)")->required();
  add_data_options(convert, convert_layout, convert_encoding, convert_sheet);
  report->add_flag("--strict", rp.strict,
                   "Exit 2 (writing nothing) when a goal's indicator has no rows in the data");
  draft_args dr; // zzplan draft
  CLI::App* draft = app.add_subcommand(
      "draft", "Draft a plan file from a main-indicator table (CSV or TSV, UTF-8 or GB18030)");
  draft
      ->add_option("TABLE", dr.table,
                   "The table: 类别, 指标（单位）, base year, target year, "
                   "年均/累计, 属性")
      ->required();
  draft->add_option("--name", dr.name, "The plan's name (default: the table's title line)");
  draft->add_option("--region", dr.region, "The plan's region");
  draft->add_option("--output,-o", dr.output, "Write the plan file here instead of stdout");
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
    if (*convert) {
      return run_convert(convert_in, convert_out, convert_layout, convert_encoding, convert_sheet);
    }
    if (*draft) {
      return run_draft(dr);
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
