#pragma once
// `zzplan check`: each goal of a plan file as the typed core understands it: kind, comparator,
// target as a level (X' of docs/method.md §4, computed by zzplan::evaluate itself on the stated base,
// or as a multiple of the base year's value), direction, unit, attribute, and the phrase in words.
// The typed goal only fills io::goal_facts; the words are written from them here.

#include <zzplan/format.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/phrase.hpp>

#include <optional>
#include <string>

namespace zzplan::cli {

using io::goal_facts;

[[nodiscard]] inline std::string comparator_text(const goal_facts& f, lang l) {
  const bool zh = l == lang::zh;
  if (f.relation) {
    const std::string pp = format_number(f.tolerance);
    switch (*f.relation) {
    case relative_target::relation::in_step:
      return zh ? "增速差在±" + pp + "个百分点/年以内"
                : "growth within ±" + pp + " pp a year of the reference";
    case relative_target::relation::faster_than:
      return zh ? "增速高于参照指标" : "growth faster than the reference";
    case relative_target::relation::slower_than:
      return zh ? "增速低于参照指标" : "growth slower than the reference";
    }
  }
  if (f.range) {
    return zh ? "区间内（含两端）" : "within the range (both ends included)";
  }
  if (f.kind == goal_kind::band) {
    const std::string tol = format_number(f.tolerance * 100.0) + "%";
    return zh ? "与目标相差不超过±" + tol : "within ±" + tol + " of the target";
  }
  switch (f.cmp.value_or(comparison::at_least)) {
  case comparison::at_least: return zh ? "≥（含本数）" : "≥ (inclusive)";
  case comparison::more_than: return zh ? ">（不含本数）" : "> (strict)";
  case comparison::at_most: return zh ? "≤（含本数）" : "≤ (inclusive)";
  case comparison::less_than: return zh ? "<（不含本数）" : "< (strict)";
  }
  return {};
}

[[nodiscard]] inline std::string target_text(const goal_facts& f, const io::goal_spec& s, lang l) {
  const bool zh = l == lang::zh;
  const std::string& unit = f.unit_zh; // after a number: 5000亿元
  const std::string vb = (zh ? "基期值v(" : "v(") + std::to_string(s.base_year) + ")";
  const std::string by =
      zh ? "（" + std::to_string(s.deadline) + "年）" : " by " + std::to_string(s.deadline);
  if (f.relation) {
    return zh ? "无（相对于“" + s.reference + "”的增速）"
              : "none (relative to the growth of '" + s.reference + "')";
  }
  if (f.range) {
    return format_number(f.range->first) + (zh ? "至" : " to ") + format_number(f.range->second) +
           unit + by;
  }
  if (!f.target_level) {
    return zh ? "无法计算" : "undefined";
  }
  const std::string x = format_number(*f.target_level);
  if (s.observed == io::series_form::yearly_change) {
    return (zh ? "指数" : "index ") + x + (zh ? "（基期=1）" : " (base = 1)") + by;
  }
  if (s.baseline || (!f.additive && !f.multiplicative)) {
    return x + unit + by;
  }
  return f.additive ? vb + " + " + x + unit + by : x + " × " + vb + by;
}

/// One goal as understood, in lines.
[[nodiscard]] inline std::string describe_goal(const io::plan_spec& p, const io::goal_spec& s,
                                               lang l) {
  const bool zh = l == lang::zh;
  const goal_facts f = io::facts_of(p, s);
  std::string out = "[" + s.id + "] " + s.target + "\n";
  const auto line = [&](const char* en, const char* z, const std::string& v) {
    out += "  " + std::string(zh ? z : en) + ": " + v + "\n";
  };
  const std::string& unit = zh ? f.unit_zh : f.unit_en;
  std::string name = zh || s.name_en.empty() ? s.name : s.name_en;
  if (s.indicator != s.name) {
    name += zh ? "（数据中：" + s.indicator + "）" : " (in the data: " + s.indicator + ")";
  }
  line("indicator", "指标", name);
  line("kind", "类型",
       std::string(to_string(f.kind)) +
           (f.mode == modality::aspirational ? (zh ? "，力争" : ", aspirational (力争)") : ""));
  line("comparator", "比较", comparator_text(f, l));
  line("target as a level", "目标（水平值）", target_text(f, s, l));
  line("direction", "方向",
       f.better == direction::higher_is_better ? (zh ? "越高越好" : "higher is better")
                                               : (zh ? "越低越好" : "lower is better"));
  line("unit", "单位", unit.empty() ? (zh ? "（无）" : "(none)") : unit);
  line("attribute", "属性",
       f.attr == attribute::binding ? (zh ? "约束性" : "binding") : (zh ? "预期性" : "expected"));
  if (s.baseline) {
    line("baseline", "基期值",
         format_number(*s.baseline) + f.unit_zh + " (" + std::to_string(s.base_year) + ")");
  }
  if (has_price_basis(s.unit)) {
    const std::string y = std::to_string(s.price_year);
    line("price basis", "价格基础",
         s.price_year == 0 ? (zh ? "现价（名义）" : "current prices (nominal)")
                           : (zh ? y + "年可比价（实际）" : "constant " + y + " prices (real)"));
  }
  const auto series_text = [&](io::series_form k) {
    return k == io::series_form::level
               ? std::string(zh ? "水平值" : "levels")
               : std::string(zh ? "逐年变化率，连乘为指数（基期=1）"
                                : "yearly changes, chained to an index (base = 1)");
  };
  line("data", "数据", series_text(s.observed));
  if (!s.reference.empty()) {
    line("reference", "参照指标", s.reference + " (" + series_text(s.reference_observed) + ")");
  }
  if (!s.price_stated && has_price_basis(s.unit) && s.price_year != 0) {
    line("note", "说明", io::assumed_basis_note(s, l));
  }
  line("reads as", "释义", explain(s.phrase_view(), l));
  return out;
}

} // namespace zzplan::cli
