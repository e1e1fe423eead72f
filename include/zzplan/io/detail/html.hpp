#pragma once
// One self-contained HTML page reporting one or more plans: per plan the
// evaluation year and method, the summary (summary_grid), the plan chart, the assessments table
// (table_grid), a chart per goal and the data notes; a sources line at the end. No network
// request of any kind: no external script, style, font or image; CSS and SVG are inline, and
// the page has no script at all. Chinese by default, English with lang::en. Prints on A4 with a
// chart never split across pages. Every text is HTML-escaped.
//
//   std::vector<io::plan_report> plans = ...;   // records, roll-up, charts per plan
//   std::string page = io::html_report(plans, {}, lang::zh);

#include <zzplan/io/detail/chart_data.hpp>
#include <zzplan/io/detail/svg.hpp>
#include <zzplan/io/detail/svg_draw.hpp>
#include <zzplan/io/detail/text_table.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/plan.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace zzplan::io {

/// One evaluated plan, ready for the report.
struct plan_report {
  std::string name;
  int as_of = 0;
  method how = method::cn_midterm;
  std::vector<assessment_record> records; ///< in the report's language
  rollup summary{};
  /// One per record, in the same order (chart_of); a record without one (e.g. a milestone, or
  /// charts left empty) is drawn from the record alone.
  std::vector<goal_chart> charts{};
  std::string source{}; ///< where the figures come from, plain text (a file name, a citation)
};

struct html_options {
  std::string title{}; ///< empty: 规划目标评估报告 / Evaluation of plan goals
  std::vector<std::string> sources{}; ///< footer lines, plain text (URLs are not made links)
};

/// The name of an evaluation method in words.
[[nodiscard]] inline std::string method_title(method m, lang l) {
  const bool zh = l == lang::zh;
  switch (m) {
  case method::cn_midterm:
    return zh ? "中国规划中期评估（时序进度）" : "China mid-term review (schedule ratio)";
  case method::un2022:
    return zh ? "联合国可持续发展目标进展图（2022）" : "UN SDG Progress Chart 2022";
  case method::un2023:
    return zh ? "联合国可持续发展目标进展（2023起）" : "UN SDG progress, 2023 and later";
  case method::eurostat: return zh ? "欧盟统计局 / Open SDG" : "Eurostat / Open SDG";
  }
  return {};
}

namespace html {

inline constexpr std::string_view style = R"css(
*{box-sizing:border-box}
body{font-family:FONTS;color:#222;margin:0 auto;padding:16px 24px;max-width:1320px;line-height:1.45;background:#fff}
h1{font-size:22px;margin:8px 0 4px}h2{font-size:19px;margin:28px 0 4px;border-bottom:2px solid #1565c0;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px;color:#1565c0}
.meta{color:#555;font-size:13px;margin:2px 0}
table{border-collapse:collapse;font-size:12px;margin:4px 0}
th,td{border:1px solid #d0d0d0;padding:3px 6px;vertical-align:top}
th{background:#f0f4f8;font-weight:600;white-space:nowrap}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
tr.alert td{background:#fff3e0}
td.label{font-weight:600;white-space:nowrap}
.wrap{overflow-x:auto}
.overview{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:12px;align-items:start}
figure{margin:0;padding:4px;border:1px solid #e0e0e0;border-radius:4px;break-inside:avoid;page-break-inside:avoid}
figure.plan-chart{max-width:660px}
svg.zz-chart{display:block;max-width:100%;height:auto}
ul.notes{font-size:12px;padding-left:20px}ul.notes li{margin:2px 0}
footer{margin-top:28px;border-top:1px solid #ccc;padding-top:8px;font-size:12px;color:#555}
@media print{
@page{size:A4 portrait;margin:12mm}
body{max-width:none;padding:0;font-size:10pt}
section.plan+section.plan{break-before:page;page-break-before:always}
h2,h3{break-after:avoid;page-break-after:avoid}
table{font-size:7.5pt}th,td{padding:1px 3px}
.wrap{overflow:visible}
.charts{display:block}
.overview{display:block}
figure{margin:0 0 6mm;border:none;break-inside:avoid;page-break-inside:avoid}
svg.zz-chart{width:100%;max-width:170mm}
tr{break-inside:avoid;page-break-inside:avoid}
}
)css";

/// A grid as an HTML table; cells(i, j) may give a row's class and a cell's extra attributes.
template <class RowClass, class CellAttrs>
[[nodiscard]] std::string table(const grid& g, RowClass&& row_class, CellAttrs&& cell_attrs) {
  std::string s = "<div class=\"wrap\"><table>\n<thead><tr>";
  for (const std::string& h : g.header) {
    s += "<th>" + xml_escape(h) + "</th>";
  }
  s += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    const std::string rc = row_class(i);
    s += rc.empty() ? "<tr>" : "<tr class=\"" + rc + "\">";
    for (std::size_t j = 0; j < g.rows[i].size(); ++j) {
      const bool right = j < g.right.size() && g.right[j];
      s += std::string("<td") + (right ? " class=\"num\"" : "") + cell_attrs(i, j) + ">" +
           xml_escape(g.rows[i][j]) + "</td>";
    }
    s += "</tr>\n";
  }
  return s + "</tbody></table></div>\n";
}

[[nodiscard]] inline std::string plain_table(const grid& g) {
  return table(
      g, [](std::size_t) { return std::string(); },
      [](std::size_t, std::size_t) { return std::string(); });
}

[[nodiscard]] inline std::string plan_section(const plan_report& p, lang l) {
  const bool zh = l == lang::zh;
  std::string s = "<section class=\"plan\">\n<h2>" + xml_escape(p.name) + "</h2>\n";
  s += "<p class=\"meta\">" + xml_escape(zh ? "评估年份：" : "Evaluated as of ") +
       std::to_string(p.as_of) + xml_escape(zh ? "　评估方法：" : "; method: ") +
       xml_escape(method_title(p.how, l));
  if (!p.source.empty()) {
    s += xml_escape(zh ? "　数据：" : "; data: ") + xml_escape(p.source);
  }
  s += "</p>\n";
  // ---- summary and the plan chart
  const svg_options so;
  s += "<h3>" + xml_escape(zh ? "汇总" : "Summary") + "</h3>\n<div class=\"overview\">\n" +
       plain_table(summary_grid(p.summary, l)) + "<figure class=\"plan-chart\">\n" +
       plan_svg(p.records, p.as_of, p.name, so, l) + "</figure>\n</div>\n";
  // ---- the assessments
  table_options to;
  to.notes_below = false;
  const std::vector<column> cols = default_columns(p.how);
  to.columns = cols;
  s += "<h3>" + xml_escape(zh ? "评估结果" : "Assessments") + "</h3>\n";
  s += table(
      table_grid(p.records, to, l),
      [&p](std::size_t i) { return p.records[i].alert ? std::string("alert") : std::string(); },
      [&p, &cols](std::size_t i, std::size_t j) {
        return j < cols.size() && cols[j] == column::label
                   ? " class=\"label\" style=\"color:" +
                         std::string(svg::label_colour(p.records[i].label)) + "\""
                   : std::string();
      });
  // ---- a chart per goal
  s +=
      "<h3>" + xml_escape(zh ? "各目标图示" : "Charts by goal") + "</h3>\n<div class=\"charts\">\n";
  for (std::size_t i = 0; i < p.records.size(); ++i) {
    const goal_chart ch = i < p.charts.size() ? p.charts[i] : chart_of(p.records[i]);
    s += "<figure class=\"goal-chart\" id=\"" + xml_escape("goal-" + p.records[i].id) + "\">\n" +
         goal_svg(p.records[i], ch, so, l) + "</figure>\n";
  }
  s += "</div>\n";
  // ---- the data notes
  s += "<h3>" + xml_escape(zh ? "数据说明" : "Data notes") + "</h3>\n<ul class=\"notes\">\n";
  for (const assessment_record& r : p.records) {
    if (r.notes.empty()) {
      continue;
    }
    std::string joined;
    for (const std::string& n : r.notes) {
      joined += (joined.empty() ? "" : zh ? "；" : "; ") + n;
    }
    s += "<li><b>" + xml_escape(r.indicator) + "</b>" + xml_escape(zh ? "：" : ": ") +
         xml_escape(joined) + "</li>\n";
  }
  return s + "</ul>\n</section>\n";
}

} // namespace html

/// The report page (see the top of this file).
[[nodiscard]] inline std::string html_report(std::span<const plan_report> plans,
                                             const html_options& o = {}, lang l = lang::zh) {
  const bool zh = l == lang::zh;
  const std::string title = !o.title.empty()
                                ? o.title
                                : std::string(zh ? "规划目标评估报告" : "Evaluation of plan goals");
  std::string css(html::style);
  css.replace(css.find("FONTS"), 5, std::string(svg::font_family));
  std::string s = "<!DOCTYPE html>\n<html lang=\"" + std::string(zh ? "zh-CN" : "en") +
                  "\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<title>" +
                  xml_escape(title) + "</title>\n<style>" + css + "</style>\n</head>\n<body>\n";
  s += "<header>\n<h1>" + xml_escape(title) + "</h1>\n<p class=\"meta\">";
  for (std::size_t i = 0; i < plans.size(); ++i) {
    s += (i ? xml_escape(zh ? "；" : "; ") : "") + xml_escape(plans[i].name) +
         xml_escape(zh ? "（评估年份 " : " (as of ") + std::to_string(plans[i].as_of) +
         xml_escape(zh ? "，" : ", ") + xml_escape(method_title(plans[i].how, l)) +
         xml_escape(zh ? "）" : ")");
  }
  s += "</p>\n<p class=\"meta\">" +
       xml_escape(
           zh ? "完成进度 = (最新值 − 基期值) / (目标值 − 基期值)；时序进度为最新年份按要求路径应"
                "完成的份额；虚竖线为评估年份的时间进度；★ 为约束性目标。"
              : "Achievement share = (latest − base) / (target − base); the expected share "
                "is what the required path asks for by the latest year; the dashed line "
                "is the time elapsed at the evaluation year; ★ marks binding goals.") +
       "</p>\n</header>\n";
  for (const plan_report& p : plans) {
    s += html::plan_section(p, l);
  }
  s += "<footer>\n";
  for (const std::string& line : o.sources) {
    s += "<p>" + xml_escape(line) + "</p>\n";
  }
  s += "<p>" +
       xml_escape(zh ? "由 zzplan 生成；本页不含脚本，不加载任何外部资源。"
                     : "Made by zzplan; this page has no script and loads nothing from "
                       "elsewhere.") +
       "</p>\n</footer>\n</body>\n</html>\n";
  return s;
}

/// The report of a single plan.
[[nodiscard]] inline std::string html_report(const plan_report& plan, const html_options& o = {},
                                             lang l = lang::zh) {
  return html_report(std::span<const plan_report>(&plan, 1), o, l);
}

} // namespace zzplan::io
