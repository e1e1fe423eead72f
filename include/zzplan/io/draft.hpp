#pragma once
// A plan file drafted from a published main-indicator table (主要指标表): `zzplan draft TABLE`.
// Every Chinese five-year plan prints one: 类别, 指标 with its unit in brackets, the base-year
// value, the target-year value, 年均/累计, 属性. Values in [] or 〔〕 are totals or changes over the
// period, > and < are bounds, 左右 a band, * marks a figure of another year. Each row becomes one
// [[goal]] whose target phrase says what the row says; a row that cannot be read is left out with
// its line and why, in the file (a comment) and in the problems. The text is CSV or TSV, UTF-8
// (the command converts GB18030 first).
//
//   const io::drafted_plan d = io::draft_plan(text, {.name = "“十四五”规划主要指标"});
//   std::cout << d.toml;            // then: zzplan check / zzplan evaluate

#include <zzplan/format.hpp>
#include <zzplan/io/detail/draft_cells.hpp>
#include <zzplan/io/detail/plan_rules.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/utf8.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zzplan::io {

/// How to draft: the plan's name (default: the table's first line when it is a title) and region.
struct draft_options {
  std::string name{};
  std::string region{};
};

/// A row of the table that was not drafted: its line and why.
struct draft_problem {
  std::size_t line = 0;
  std::string why;
};

/// The drafted plan file (TOML text) and the rows left out.
struct drafted_plan {
  std::string toml;
  std::vector<draft_problem> problems;
  int goals = 0;
};

/// Drafts a plan file from a main-indicator table (CSV or TSV text, UTF-8).
[[nodiscard]] inline drafted_plan draft_plan(std::string_view text, const draft_options& o = {}) {
  using namespace detail;
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
  }
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at <= text.size();) {
    const std::size_t nl = text.find('\n', at);
    lines.push_back(text.substr(at, nl == std::string_view::npos ? text.size() - at : nl - at));
    if (nl == std::string_view::npos) {
      break;
    }
    at = nl + 1;
  }
  drafted_plan out;
  const auto problem = [&](std::size_t line, std::string why) {
    out.problems.push_back({line, std::move(why)});
  };
  // ---- the heading: 指标, two years, 年均/累计, 属性 ----
  std::size_t head = lines.size();
  char sep = ',';
  std::vector<std::string> heading;
  std::string title;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    sep = lines[i].find('\t') != std::string_view::npos ? '\t' : ',';
    const std::vector<std::string> cells = split_cells(lines[i], sep);
    bool has_indicator = false;
    for (const std::string& c : cells) {
      has_indicator = has_indicator || c == "指标" || c.starts_with("指标");
    }
    if (has_indicator) {
      head = i;
      heading = cells;
      break;
    }
    if (title.empty() && !cells.empty() && !cells[0].empty()) {
      title = cells[0];
    }
  }
  if (head == lines.size()) {
    problem(0, "no heading row with 指标 (the indicator column); a main-indicator table has "
               "类别, 指标, base year, target year, 年均/累计, 属性");
    return out;
  }
  int col_category = -1, col_name = -1, col_base = -1, col_target = -1, col_period = -1,
      col_attr = -1, base_year = 0, deadline = 0;
  for (std::size_t j = 0; j < heading.size(); ++j) {
    const std::string& c = heading[j];
    words::lexer lx{c, 0};
    words::decimal d{};
    const int jj = static_cast<int>(j);
    if (c.starts_with("类别")) {
      col_category = jj;
    } else if (c.starts_with("指标")) {
      col_name = jj;
    } else if (c.find("属性") != std::string::npos) {
      col_attr = jj;
    } else if (c.find("年均") != std::string::npos || c.find("累计") != std::string::npos) {
      col_period = jj;
    } else if (lx.number(d) == words::number_status::ok && d.decimals == 0 && d.mantissa >= 1900 &&
               d.mantissa <= 2200) {
      if (col_base < 0) {
        col_base = jj;
        base_year = static_cast<int>(d.mantissa);
      } else {
        col_target = jj;
        deadline = static_cast<int>(d.mantissa);
      }
    }
  }
  if (col_base < 0 || col_target < 0) {
    problem(head + 1, "the heading has no base year and target year columns (2020年, 2025年)");
    return out;
  }
  std::string body;
  std::string category;
  int n = 0;
  for (std::size_t i = head + 1; i < lines.size(); ++i) {
    const std::size_t line = i + 1;
    const std::vector<std::string> cells = split_cells(lines[i], sep);
    const auto cell = [&](int j) -> std::string {
      return j >= 0 && static_cast<std::size_t>(j) < cells.size()
                 ? cells[static_cast<std::size_t>(j)]
                 : std::string();
    };
    if (col_category >= 0 && !cell(col_category).empty()) {
      category = cell(col_category);
    }
    const std::string raw = without_number(cell(col_name));
    if (raw.empty()) {
      continue;
    }
    if (raw.starts_with("注") || cell(0).starts_with("注")) {
      break; // the notes under the table
    }
    std::string name, unit_text;
    split_unit(raw, name, unit_text);
    // ---- the unit, with a base per population taken from the name ----
    std::optional<unit_id> unit = find_unit(unit_text);
    if (unit && (family_of(*unit) == unit_family::items || *unit == unit_id::person)) {
      const unit_id counted = *unit == unit_id::person ? unit_id::person : info(*unit).counted;
      for (const auto& [word, per] :
           {std::pair<std::string_view, std::intmax_t>{"每千人口", 1000},
            std::pair<std::string_view, std::intmax_t>{"每万人口", 10000}}) {
        if (name.find(word) != std::string::npos) {
          for (const unit_info& row : unit_table) {
            if (row.family == unit_family::per_population && row.counted == counted &&
                row.den == per) {
              unit = row.id;
            }
          }
        }
      }
    }
    if (!unit || !is_level_unit(*unit)) {
      problem(line, name + ": the unit '" + unit_text + "' is not in the unit table (" +
                        unit_list() + "); not drafted");
      continue;
    }
    const std::string u(unit_symbol(*unit));
    const std::string shown = *unit == unit_id::percent ? "%" : std::string(unit_text);
    // ---- a change verb at the end of the name: the indicator is what changes ----
    std::string verb;
    for (const std::string_view v :
         {std::string_view("降低"), std::string_view("下降"), std::string_view("减少"),
          std::string_view("增长"), std::string_view("提高")}) {
      if (name.size() > v.size() && name.ends_with(v)) {
        verb = std::string(v);
        name.erase(name.size() - v.size());
        break;
      }
    }
    const bool down = verb == "降低" || verb == "下降" || verb == "减少";
    const draft_cell base = read_draft_cell(cell(col_base));
    const draft_cell target = read_draft_cell(cell(col_target));
    const draft_cell period = read_draft_cell(cell(col_period));
    std::string phrase, reference, comment;
    bool changes = !verb.empty() && *unit == unit_id::percent; // the data are yearly changes
    const bool flow =
        name.find("新增") != std::string::npos || name.find("累计") != std::string::npos;
    const std::string_view lower_word = lower_is_better_word(name);
    if (target.number) {
      const std::string x = number_text(*target.number) + shown;
      if (target.more) {
        phrase = x + "以上";
        comment = "> read as 以上 (at least), as the plan's text words its bounds";
      } else if (target.less) {
        phrase = x + "以内";
        comment = "< read as 以内 (within), as the plan's text words its bounds";
      } else if (target.about) {
        phrase = x + "左右";
      } else if ((base.number && !base.other_year && *target.number < *base.number) ||
                 (!base.number && !lower_word.empty())) {
        phrase = "降低到" + x;
      } else {
        phrase = "达到" + x;
      }
      changes = false;
    } else if (period.number) {
      const std::string x = number_text(*period.number) + shown;
      if (period.bracketed && flow) {
        phrase = "累计" + x + "以上";
        changes = false;
      } else if (period.bracketed && *unit != unit_id::percent) {
        phrase = (down ? "减少" : "提高") + x; // 人均预期寿命〔1〕: the level moves by X
        if (down) {
          problem(line, name + ": a decrease of a level in its unit (〔" +
                            number_text(*period.number) + "〕" + u +
                            ") has no goal kind; not drafted");
          continue;
        }
      } else if (period.bracketed) {
        phrase = (down ? "下降" : "增长") + x + (period.about ? "左右" : "");
      } else if (verb.empty()) { // a level in every year (城镇调查失业率 <5.5: 控制在5.5%以内)
        phrase = period.less    ? "保持在" + x + "以内"
                 : period.more  ? "保持在" + x + "以上"
                 : period.about ? x + "左右"
                                : "保持在" + x;
        comment = "a figure of every year: the level must hold in each year of the period";
        changes = false;
      } else { // a yearly figure: 年均增长X%
        phrase = (down ? "年均下降" : "年均增长") + x +
                 (period.about ? "左右" : (period.less ? "以内" : "以上"));
        if (period.less) {
          problem(line,
                  name + ": <" + number_text(*period.number) +
                      " a year (an upper bound on a growth rate) has no goal kind; not drafted");
          continue;
        }
      }
    } else if (!period.text.empty() || !target.text.empty()) {
      const std::string words = !period.text.empty() ? period.text : target.text;
      phrase = words;
      for (const std::string_view w : {std::string_view("高于"), std::string_view("快于"),
                                       std::string_view("低于"), std::string_view("慢于")}) {
        if (words.starts_with(w)) {
          reference = words.substr(w.size());
        }
      }
      const std::size_t with = words.find("与");
      const std::size_t step = words.find("同步");
      if (with != std::string::npos && step != std::string::npos && step > with) {
        reference =
            std::string(words::trim(std::string_view(words).substr(with + 3, step - with - 3)));
        for (const std::string_view f : {std::string_view("基本"), std::string_view("保持")}) {
          if (reference.ends_with(f)) {
            reference.erase(reference.size() - f.size());
          }
        }
      }
    } else {
      problem(line, name + ": no target in the table (both the target year and 年均/累计 are "
                           "empty); not drafted");
      continue;
    }
    const parse_result r = parse_phrase(phrase);
    if (!r) {
      problem(line, name + ": '" + phrase + "' is not a quantitative target: " +
                        std::string(r.error().message()) + "; not drafted");
      continue;
    }
    if (r->kind == goal_kind::relative && reference.empty()) {
      problem(line, name + ": '" + phrase +
                        "' compares with another indicator that the table "
                        "does not name; not drafted");
      continue;
    }
    // ---- the attribute ----
    const std::string a = cell(col_attr);
    std::string attr = "expected";
    if (a.find("约束") != std::string::npos) {
      attr = "binding";
    } else if (a.find("预期") == std::string::npos) {
      problem(line, name + ": no attribute (约束性/预期性) in the row; drafted as expected");
    }
    ++n;
    char id[16];
    std::snprintf(id, sizeof id, "g%02d", n);
    body += "\n";
    if (!category.empty()) {
      body += "# " + category + "\n";
    }
    body += "[[goal]]\nid = \"" + std::string(id) + "\"\nindicator = " + toml_quoted(name) +
            "\ntarget = " + toml_quoted(phrase) + "\nunit = " + toml_quoted(u) +
            "\nattribute = \"" + attr + "\"\n";
    const std::optional<direction> implied = implied_direction(*r);
    if (!implied) {
      body += std::string("direction = \"") + (lower_word.empty() ? "higher" : "lower") +
              "\" # the wording does not say; check\n";
    }
    if (changes || r->kind == goal_kind::relative) {
      body += "observed_as = \"yearly_change\" # the row is a rate of change\n";
    }
    if (!reference.empty()) {
      body += "reference = " + toml_quoted(reference) +
              " # the name of the reference indicator in your data\n";
    }
    if (base.number && !base.other_year && !changes && r->kind != goal_kind::relative &&
        r->kind != goal_kind::cumulative_total) {
      body += "baseline = { year = " + std::to_string(base_year) +
              ", value = " + number_text(*base.number) + " }\n";
    } else if (base.number && base.other_year) {
      body += "# the table's base " + number_text(*base.number) +
              "* is a figure of another year, not used as the base\n";
    }
    if (!comment.empty()) {
      body += "# " + comment + "\n";
    }
    const std::string rest = !target.rest.empty() ? target.rest : period.rest;
    if (!rest.empty()) {
      body += "# the table also says: " + rest + "\n";
    }
  }
  out.goals = n;
  const std::string name = !o.name.empty() ? o.name : (!title.empty() ? title : "主要指标");
  out.toml = "# Drafted by `zzplan draft` from a main-indicator table: check each goal (zzplan "
             "check),\n# name the indicators as your data does, and add price_basis where money "
             "grows.\n\n[plan]\nname = " +
             toml_quoted(name) + "\n" +
             (o.region.empty() ? std::string() : "region = " + toml_quoted(o.region) + "\n") +
             "base_year = " + std::to_string(base_year) +
             "\ndeadline = " + std::to_string(deadline) + "\n" + body;
  for (const draft_problem& p : out.problems) {
    out.toml += "\n# line " + std::to_string(p.line) + ": " + p.why;
  }
  if (!out.problems.empty()) {
    out.toml += "\n";
  }
  return out;
}

} // namespace zzplan::io
