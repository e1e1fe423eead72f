#pragma once
// Plan files in TOML (read with toml++): a [plan] table, [[goal]] tables whose `target` is a
// target phrase (docs/method.md §3) and [[milestone]] tables. Everything that can be checked without
// the goal's types is checked here, with file:line:column messages that say what to fix; the
// typed checks (a goal that cannot be meant) follow in dispatch.hpp when the goal is built.

#include <zzplan/io/detail/plan_rules.hpp>
#include <zzplan/io/detail/plan_spec.hpp>
#include <zzplan/io/detail/toml_text.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/utf8.hpp>

#include <toml++/toml.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace zzplan::io {

namespace detail {

[[nodiscard]] inline std::string_view toml_type_name(const toml::node& n) noexcept {
  switch (n.type()) {
  case toml::node_type::string: return "a string";
  case toml::node_type::integer: return "an integer";
  case toml::node_type::floating_point: return "a number with a fraction";
  case toml::node_type::boolean: return "true or false";
  case toml::node_type::table: return "a table";
  case toml::node_type::array: return "an array";
  case toml::node_type::date:
  case toml::node_type::time:
  case toml::node_type::date_time: return "a date or time";
  case toml::node_type::none: break;
  }
  return "nothing";
}

/// Reads one TOML table: typed values with their positions, unknown keys rejected.
class toml_reader {
public:
  toml_reader(const std::string& file, const toml::table& t, std::string what,
              const std::vector<std::string_view>& known)
      : file_(file), t_(t), what_(std::move(what)) {
    for (auto&& [k, v] : t) {
      static_cast<void>(v);
      bool ok = false;
      for (const std::string_view n : known) {
        ok = ok || k.str() == n;
      }
      if (!ok) {
        const auto& at = k.source().begin;
        std::string msg = "unknown key '" + std::string(k.str()) + "' in " + what_;
        const std::string_view near = closest_word(k.str(), known);
        msg += near.empty() ? "; known keys: " + join(known)
                            : "; did you mean '" + std::string(near) + "'?";
        throw input_error(file_, at.line, at.column, msg);
      }
    }
  }
  void name(std::string what) { what_ = std::move(what); }
  [[nodiscard]] const std::string& what() const noexcept { return what_; }
  [[nodiscard]] const toml::node* node(std::string_view key) const { return t_.get(key); }
  [[nodiscard]] file_position pos(std::string_view key) const {
    if (const toml::node* n = t_.get(key)) {
      return {n->source().begin.line, n->source().begin.column};
    }
    return {t_.source().begin.line, t_.source().begin.column};
  }
  [[noreturn]] void fail(std::string_view key, const std::string& msg) const {
    const file_position p = pos(key);
    throw input_error(file_, p.line, p.column, msg);
  }
  [[noreturn]] void missing(std::string_view key, std::string_view example) const {
    fail(key, what_ + " has no '" + std::string(key) + "'; add " + std::string(key) + " = " +
                  std::string(example));
  }
  [[noreturn]] void wrong_type(std::string_view key, std::string_view want) const {
    fail(key, "'" + std::string(key) + "' in " + what_ + " must be " + std::string(want) +
                  ", not " + std::string(toml_type_name(*t_.get(key))));
  }

  [[nodiscard]] std::optional<std::string> text(std::string_view key) const {
    const toml::node* n = t_.get(key);
    if (!n) {
      return std::nullopt;
    }
    if (!n->is_string()) {
      wrong_type(key, "a string in double quotes");
    }
    std::string s = n->as_string()->get();
    if (s.find_first_not_of(" \t") == std::string::npos) {
      fail(key, "'" + std::string(key) + "' in " + what_ +
                    " is empty; write a value or leave the key out");
    }
    return s;
  }
  [[nodiscard]] std::string required_text(std::string_view key, std::string_view example) const {
    auto s = text(key);
    if (!s) {
      missing(key, example);
    }
    return *s;
  }
  [[nodiscard]] std::optional<int> year_of(std::string_view key) const {
    const toml::node* n = t_.get(key);
    if (!n) {
      return std::nullopt;
    }
    if (!n->is_integer()) {
      wrong_type(key, "a year such as 2020 (an integer, no quotes)");
    }
    const std::int64_t y = n->as_integer()->get();
    if (y < 1900 || y > 2200) {
      fail(key, "year " + std::to_string(y) + " is out of range; write a year from 1900 to 2200");
    }
    return static_cast<int>(y);
  }
  [[nodiscard]] std::optional<double> number(std::string_view key) const {
    const toml::node* n = t_.get(key);
    if (!n) {
      return std::nullopt;
    }
    double v = 0.0;
    if (n->is_integer()) {
      v = static_cast<double>(n->as_integer()->get());
    } else if (n->is_floating_point()) {
      v = n->as_floating_point()->get();
    } else {
      wrong_type(key, "a number such as 11.2");
    }
    if (!std::isfinite(v)) {
      fail(key,
           "'" + std::string(key) + "' in " + what_ + " must be a finite number, not nan or inf");
    }
    return v;
  }
  [[nodiscard]] std::optional<bool> flag(std::string_view key) const {
    const toml::node* n = t_.get(key);
    if (!n) {
      return std::nullopt;
    }
    if (!n->is_boolean()) {
      wrong_type(key, "true or false (no quotes)");
    }
    return n->as_boolean()->get();
  }

private:
  static std::string join(const std::vector<std::string_view>& v) {
    std::string s;
    for (const std::string_view w : v) {
      s += (s.empty() ? "" : ", ") + std::string(w);
    }
    return s;
  }
  const std::string& file_;
  const toml::table& t_;
  std::string what_;
};

inline void read_header(const toml_reader& r, plan_spec& p) {
  p.name = r.required_text("name", "\"株洲市未来五年主要奋斗目标\"");
  p.name_en = r.text("name_en").value_or("");
  p.region = r.text("region").value_or("");
  const auto b = r.year_of("base_year");
  const auto d = r.year_of("deadline");
  if (!b) {
    r.missing("base_year", "2020");
  }
  if (!d) {
    r.missing("deadline", "2025");
  }
  p.base_year = *b;
  p.deadline = *d;
  if (p.deadline <= p.base_year) {
    r.fail("deadline", "deadline " + std::to_string(p.deadline) + " is not after base_year " +
                           std::to_string(p.base_year) + "; the deadline must be a later year");
  }
}

inline goal_spec read_goal(const std::string& file, const toml::table& t, const plan_spec& p) {
  toml_reader r(file, t, "[[goal]]",
                {"id", "indicator", "target", "unit", "attribute", "name", "name_en", "baseline",
                 "deadline", "direction", "price_basis", "observed_as", "reference",
                 "reference_observed_as", "tolerance", "across_breaks"});
  goal_spec g;
  g.line = t.source().begin.line;
  g.column = t.source().begin.column;
  g.id = r.required_text("id", "\"gdp\" (unique in the plan)");
  r.name("[[goal]] '" + g.id + "'");
  g.indicator =
      r.required_text("indicator", "\"全市经济总量\" (as in the data's indicator column)");
  g.target = r.required_text("target", "\"提高到15%\" (a target phrase)");
  g.unit_text = r.required_text("unit", "\"%\" (the unit of the data)");
  g.name = r.text("name").value_or(g.indicator);
  g.name_en = r.text("name_en").value_or("");
  g.reference = r.text("reference").value_or("");
  g.across_breaks = r.flag("across_breaks").value_or(false);
  g.base_year = p.base_year;
  g.deadline = r.year_of("deadline").value_or(p.deadline);
  if (g.deadline <= g.base_year) {
    r.fail("deadline", "deadline " + std::to_string(g.deadline) + " of " + r.what() +
                           " is not after the base year " + std::to_string(g.base_year) +
                           "; the deadline must be a later year");
  }
  const std::string a = r.required_text("attribute", "\"expected\" (or \"binding\")");
  if (a == "expected" || a == "预期性") {
    g.attr = attribute::expected;
  } else if (a == "binding" || a == "约束性") {
    g.attr = attribute::binding;
  } else {
    r.fail("attribute", "attribute '" + a + "' of " + r.what() +
                            " is not known; write \"expected\" (预期性) or \"binding\" (约束性)");
  }
  if (const auto d = r.text("direction")) {
    if (*d == "higher") {
      g.better = direction::higher_is_better;
    } else if (*d == "lower") {
      g.better = direction::lower_is_better;
    } else {
      r.fail("direction", "direction '" + *d + "' of " + r.what() +
                              " is not known; write \"higher\" or \"lower\" (which is better)");
    }
    g.direction_stated = true;
  }
  const auto observed = [&](std::string_view key) {
    const auto o = r.text(key);
    if (!o || *o == "level") {
      return series_form::level;
    }
    if (*o != "yearly_change") {
      r.fail(key, std::string(key) + " '" + *o + "' of " + r.what() +
                      " is not known; write \"level\" or \"yearly_change\"");
    }
    return series_form::yearly_change;
  };
  g.observed = observed("observed_as");
  g.reference_observed =
      r.node("reference_observed_as") ? observed("reference_observed_as") : g.observed;
  if (const toml::node* b = r.node("baseline")) {
    if (!b->is_table()) {
      r.wrong_type("baseline", "a table such as { year = 2020, value = 11.2 }");
    }
    toml_reader br(file, *b->as_table(), "the baseline of " + r.what(), {"year", "value"});
    const auto y = br.year_of("year");
    g.baseline = br.number("value");
    if (!y || !g.baseline) {
      br.missing(y ? "value" : "year", y ? "11.2" : std::to_string(g.base_year));
    }
    if (*y != g.base_year) {
      br.fail("year", "the baseline year " + std::to_string(*y) + " is not the plan's base_year " +
                          std::to_string(g.base_year) + "; state the value of the base year");
    }
  }
  g.keys = {{"target", r.pos("target")},           {"unit", r.pos("unit")},
            {"direction", r.pos("direction")},     {"price_basis", r.pos("price_basis")},
            {"observed_as", r.pos("observed_as")}, {"reference", r.pos("reference")},
            {"tolerance", r.pos("tolerance")},     {"baseline", r.pos("baseline")},
            {"deadline", r.pos("deadline")}};
  const std::optional<std::string> basis = r.text("price_basis");
  const std::optional<std::string> tolerance = r.text("tolerance");
  check_goal(g, basis, tolerance, file);
  return g;
}

inline milestone_spec read_milestone(const std::string& file, const toml::table& t,
                                     const plan_spec& p) {
  toml_reader r(file, t, "[[milestone]]",
                {"id", "name", "name_en", "attribute", "deadline", "done", "year", "evidence"});
  milestone_spec m;
  m.line = t.source().begin.line;
  m.id = r.required_text("id", "\"civilized_city\" (unique in the plan)");
  r.name("[[milestone]] '" + m.id + "'");
  m.name = r.required_text("name", "\"全国文明城市\"");
  m.name_en = r.text("name_en").value_or("");
  m.base_year = p.base_year;
  m.deadline = r.year_of("deadline").value_or(p.deadline);
  if (m.deadline <= m.base_year) {
    r.fail("deadline", "deadline " + std::to_string(m.deadline) + " of " + r.what() +
                           " is not after the base year " + std::to_string(m.base_year) +
                           "; the deadline must be a later year");
  }
  const std::string a = r.text("attribute").value_or("expected");
  if (a == "binding" || a == "约束性") {
    m.attr = attribute::binding;
  } else if (a != "expected" && a != "预期性") {
    r.fail("attribute", "attribute '" + a + "' of " + r.what() +
                            " is not known; write \"expected\" (预期性) or \"binding\" (约束性)");
  }
  m.done = r.flag("done");
  m.done_in = r.year_of("year");
  m.evidence = r.text("evidence").value_or("");
  if (m.done_in && !m.done.value_or(false)) {
    r.fail("year",
           "'year' is the year " + r.what() + " was done; set done = true or remove 'year'");
  }
  return m;
}

} // namespace detail

/// Parses the text of a plan file; file_name is used in messages. Throws input_error.
[[nodiscard]] inline plan_spec parse_plan_toml(std::string_view text,
                                               const std::string& file_name) {
  if (text.starts_with("\xEF\xBB\xBF")) { // a byte order mark, as Windows editors write
    text.remove_prefix(3);
  }
  if (const std::size_t bad = utf8::invalid_at(text); bad != std::string_view::npos) {
    const std::string_view before = text.substr(0, bad);
    const std::size_t line =
        1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    const std::size_t nl = before.rfind('\n');
    const std::size_t col =
        1 + utf8::count(before.substr(nl == std::string_view::npos ? 0 : nl + 1));
    throw input_error(file_name, line, col,
                      "invalid UTF-8 (byte " + std::to_string(bad) + "); save the file as UTF-8");
  }
  detail::check_toml_text(text, file_name);
  toml::table doc;
  try {
    doc = toml::parse(text, file_name);
  } catch (const toml::parse_error& e) {
    throw input_error(file_name, e.source().begin.line, e.source().begin.column,
                      "TOML syntax error: " + std::string(e.description()) +
                          "; fix the syntax (see toml.io)");
  }
  plan_spec p;
  p.file = file_name;
  const detail::toml_reader top(p.file, doc, "the plan file", {"plan", "goal", "milestone"});
  const toml::node* head = doc.get("plan");
  if (!head) {
    throw input_error(file_name, 1, 0,
                      "no [plan] table; add [plan] with name, base_year and deadline");
  }
  if (!head->is_table()) {
    top.wrong_type("plan", "a table: [plan]");
  }
  detail::read_header(detail::toml_reader(p.file, *head->as_table(), "[plan]",
                                          {"name", "name_en", "region", "base_year", "deadline"}),
                      p);
  std::map<std::string, std::size_t> ids; // id -> line of its table
  const auto tables = [&](std::string_view key, auto&& each) {
    const toml::node* n = doc.get(key);
    if (!n) {
      return;
    }
    if (!n->is_array_of_tables()) {
      top.wrong_type(key, "an array of tables: [[" + std::string(key) + "]]");
    }
    for (const toml::node& e : *n->as_array()) {
      each(*e.as_table());
    }
  };
  const auto unique = [&](const std::string& id, std::size_t line, const toml::table& t) {
    if (const auto [it, fresh] = ids.try_emplace(id, line); !fresh) {
      const auto& at = t.get("id")->source().begin;
      throw input_error(file_name, at.line, at.column,
                        "duplicate id '" + id + "' (also the id of the table on line " +
                            std::to_string(it->second) +
                            "); every goal and milestone needs its own id");
    }
  };
  tables("goal", [&](const toml::table& t) {
    p.goals.push_back(detail::read_goal(p.file, t, p));
    unique(p.goals.back().id, p.goals.back().line, t);
  });
  tables("milestone", [&](const toml::table& t) {
    p.milestones.push_back(detail::read_milestone(p.file, t, p));
    unique(p.milestones.back().id, p.milestones.back().line, t);
  });
  if (p.goals.empty() && p.milestones.empty()) {
    throw input_error(file_name, 0, 0,
                      "the plan has no goals; add a [[goal]] table (or a [[milestone]])");
  }
  return p;
}

/// Reads and parses a plan file.
[[nodiscard]] inline plan_spec read_plan_toml(const std::filesystem::path& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    throw input_error(path.string(), 0, 0, "cannot open the file; check the path");
  }
  if (std::error_code ec; !std::filesystem::is_regular_file(path, ec)) {
    throw input_error(path.string(), 0, 0, "is not a file; give the path of a TOML plan file");
  }
  std::ostringstream ss;
  ss << f.rdbuf();
  return parse_plan_toml(ss.str(), path.string());
}

} // namespace zzplan::io
