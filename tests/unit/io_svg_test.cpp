// The charts and the HTML report of zzplan/io: every goal has a chart (a placeholder
// panel when the data do not suffice), the lines are the assessment's own numbers (required path
// ending at X', projection ending at the projected value, changes chained to an index), lower
// bounds marked, coordinates finite and inside the drawing, never "nan"; the page loads nothing
// from the network and escapes every text.
#include "support/catch.hpp"

#include <zzplan/io/record.hpp>
#include <zzplan/io/report.hpp>
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/plans/zhuzhou.hpp>

#include <cmath>
#include <cstddef>
#include <limits>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
#if defined(CATCH_VERSION_MAJOR) && CATCH_VERSION_MAJOR >= 3
using Catch::Approx;
#endif

namespace {

const std::vector<observation<yi_yuan<>>> gdp_series{
    {2019y, 3003.13_yi_yuan}, {2021y, 3420.3_yi_yuan}, {2022y, 3616.81_yi_yuan},
    {2023y, 3667.90_yi_yuan}, {2024y, 3902.4_yi_yuan}, {2025y, 4000_yi_yuan, flag::lower_bound}};
const std::vector<observation<share>> urban_series{{2020y, 71.26_pct, flag::derived},
                                                   {2021y, 72.04_pct}};
const std::vector<observation<items>> cluster_series{{2020y, 2_items}, {2025y, 3_items}};
const std::vector<observation<share>> no_shares{};
const std::vector<observation<yuan_per_person<>>> no_income{};
const std::vector<change_observation> no_changes{};
const std::vector<observation<share>> cn_urban{{2020y, 63.89_pct}, {2021y, 64.72_pct},
                                               {2022y, 65.22_pct}, {2023y, 66.16_pct},
                                               {2024y, 67.00_pct}, {2025y, 67.89_pct}};
const std::vector<change_observation> cn_energy{{2023y, growth_rate::percent(-7.3), flag::none, 3},
                                                {2024y, growth_rate::percent(-3.8)}};
const std::vector<change_observation> cn_income{{2021y, growth_rate::percent(8.1)},
                                                {2022y, growth_rate::percent(2.9)},
                                                {2023y, growth_rate::percent(6.1)},
                                                {2025y, growth_rate::percent(5.0)}};
const std::vector<change_observation> cn_gdp{{2021y, growth_rate::percent(8.1)},
                                             {2022y, growth_rate::percent(3.0)},
                                             {2023y, growth_rate::percent(5.2)},
                                             {2024y, growth_rate::percent(5.0)},
                                             {2025y, growth_rate::percent(5.0)}};

/// Evaluates a goal, and adds its record, chart and count to a plan report.
struct builder {
  io::plan_report report;
  lang language = lang::zh;
  template <class G, class... S> auto add(const G& g, const S&... series) {
    const auto a = evaluate(g, series..., report.as_of == 0 ? 2025y : year{report.as_of});
    report.records.push_back(io::to_record(a, report.how, language));
    report.charts.push_back(io::chart_of(g, series..., a));
    zzplan::tally(report.summary, a);
    return a;
  }
};

io::plan_report zhuzhou_report(lang l = lang::zh) {
  namespace z = zhuzhou;
  builder b;
  b.language = l;
  b.report.name = std::string(z::goals.name);
  b.report.as_of = 2025;
  b.report.source = "examples/data/zhuzhou.csv";
  b.add(z::new_billion_clusters, cluster_series);
  b.add(z::tech_progress, no_shares);
  b.add(z::trade, no_shares);
  b.add(z::economy, gdp_series);
  b.add(z::urban, urban_series);
  b.add(z::income_growth, no_income);
  b.add(z::energy, no_changes);
  b.add(z::rail_cluster, milestone_record{});
  b.add(z::civilized_city, milestone_record{});
  return b.report;
}

io::plan_report national_report(lang l = lang::zh) {
  builder b;
  b.language = l;
  b.report.name = std::string(fyp14::goals.name);
  b.report.as_of = 2025;
  b.add(fyp14::urban, cn_urban);
  b.add(fyp14::energy, cn_energy);
  b.add(fyp14::jobs, no_shares);
  b.add(fyp14::income, cn_income, cn_gdp);
  return b.report;
}

std::vector<std::string> svgs_of(const std::string& html) {
  std::vector<std::string> out;
  for (std::size_t at = html.find("<svg"); at != std::string::npos;
       at = html.find("<svg", at + 1)) {
    const std::size_t end = html.find("</svg>", at);
    REQUIRE(end != std::string::npos);
    out.push_back(html.substr(at, end + 6 - at));
  }
  return out;
}

bool has_nan_or_inf(const std::string& s) {
  static const std::regex bad("(^|[^A-Za-z])(nan|inf|infinity)([^A-Za-z]|$)", std::regex::icase);
  return std::regex_search(s, bad);
}

/// Every coordinate of an SVG is a finite number inside its viewBox (1 px of slack).
void check_coordinates(const std::string& svg) {
  static const std::regex box(R"(viewBox="0 0 ([-0-9.]+) ([-0-9.]+)\")");
  std::smatch m;
  REQUIRE(std::regex_search(svg, m, box));
  const double w = std::stod(m[1]), h = std::stod(m[2]);
  CHECK(w > 0);
  CHECK(h > 0);
  static const std::regex attr(R"(\s(x|y|x1|x2|y1|y2|cx|cy|width|height|r)="([^"]*)\")");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), attr); it != std::sregex_iterator();
       ++it) {
    const std::string name = (*it)[1];
    const double v = std::stod((*it)[2]);
    INFO(name << "=" << v);
    REQUIRE(std::isfinite(v));
    const bool horizontal = name.starts_with('x') || name == "cx" || name == "width";
    CHECK(v >= -1.0);
    CHECK(v <= (horizontal ? w : h) + 1.0);
  }
  static const std::regex pts(R"(points="([^"]*)\")");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), pts); it != std::sregex_iterator();
       ++it) {
    const std::string list = (*it)[1];
    static const std::regex pair(R"(([-0-9.]+),([-0-9.]+))");
    for (auto p = std::sregex_iterator(list.begin(), list.end(), pair); p != std::sregex_iterator();
         ++p) {
      const double x = std::stod((*p)[1]), y = std::stod((*p)[2]);
      CHECK((x >= -1.0 && x <= w + 1.0));
      CHECK((y >= -1.0 && y <= h + 1.0));
    }
  }
}

std::size_t count(const std::string& s, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) {
    ++n;
  }
  return n;
}

} // namespace

TEST_CASE("chart data: the core's points and the assessment's own lines", "[io][svg]") {
  const auto gdp = evaluate(zhuzhou::economy, gdp_series, 2025y);
  const io::goal_chart c = io::chart_of(zhuzhou::economy, gdp_series, gdp);
  // the stated start 3000 (no 2020 figure), 2021-2024, and the 2025 lower bound; not 2019
  REQUIRE(c.observed.size() == 6);
  CHECK(c.observed.front().stated);
  CHECK(c.observed.front().value == Approx(3000));
  CHECK(c.observed.back().lower_bound);
  CHECK(c.observed.back().year == 2025);
  // a money threshold: the geometric path v_b·(1+r_r)^(y-b), from 3000 to X' = 5000
  REQUIRE(c.path == path_shape::geometric);
  REQUIRE(c.required.size() == 7);
  CHECK(c.required.front().value == Approx(3000));
  CHECK(c.required.back().value == Approx(5000));
  CHECK(c.required[3].value == Approx(3000 * std::pow(5000.0 / 3000.0, 0.5)));
  // the projection: geometric from the latest point value (2024) to the deadline
  REQUIRE(c.projected_by == projection_method::geometric);
  CHECK(c.projection.front().year == 2024);
  CHECK(c.projection.back().year == 2026);
  CHECK(c.projection.back().value == Approx(level_number(*gdp.projected_value)));

  const auto urb = evaluate(zhuzhou::urban, urban_series, 2025y);
  const io::goal_chart u = io::chart_of(zhuzhou::urban, urban_series, urb);
  REQUIRE(u.path == path_shape::linear); // a level goal: linear from 71.26 to 75
  CHECK(u.required.front().value == Approx(71.26));
  CHECK(u.required[3].value == Approx(71.26 + (75 - 71.26) / 2));
  CHECK(u.observed.front().derived);
  CHECK(*u.target == Approx(75));

  // changes chained to an index: 2023 after -7.3% over three years, 2024 after -3.8% more
  const auto en = evaluate(fyp14::energy, cn_energy, 2025y);
  const io::goal_chart e = io::chart_of(fyp14::energy, cn_energy, en);
  CHECK(e.index_series);
  REQUIRE(e.observed.size() == 3);
  CHECK(e.observed[1].value == Approx(0.927));
  CHECK(e.observed[2].value == Approx(0.927 * 0.962));
  CHECK(*e.target == Approx(0.865));
  CHECK(e.required.back().value == Approx(0.865));

  // the relative goal: its index and the reference's
  const auto inc = evaluate(fyp14::income, cn_income, cn_gdp, 2025y);
  const io::goal_chart r = io::chart_of(fyp14::income, cn_income, cn_gdp, inc);
  CHECK(r.reference.size() == 6);
  CHECK(r.required.empty());
  CHECK(r.reference_zh == "国内生产总值实际增长");
}

TEST_CASE("goal charts: every goal drawn, lower bounds marked, placeholders", "[io][svg]") {
  const io::plan_report z = zhuzhou_report();
  REQUIRE(z.records.size() == 9);
  for (std::size_t i = 0; i < z.records.size(); ++i) {
    const std::string s = io::goal_svg(z.records[i], z.charts[i]);
    INFO(z.records[i].id << "\n" << s);
    CHECK(s.starts_with("<svg"));
    CHECK(s.find("<text") != std::string::npos);
    CHECK(!has_nan_or_inf(s));
    check_coordinates(s);
    CHECK(s.find(io::xml_escape(z.records[i].wording.empty() ? z.records[i].indicator
                                                             : z.records[i].wording)) !=
          std::string::npos);
    if (!z.records[i].assessed) {
      CHECK(s.find("数据不足") != std::string::npos);
      CHECK(s.find(io::xml_escape(z.records[i].notes.front())) != std::string::npos);
    } else {
      CHECK(s.find("zz-observed") != std::string::npos);
      CHECK(s.find("zz-required") != std::string::npos);
      CHECK(s.find("单位：") != std::string::npos);
    }
  }
  const std::string gdp = io::goal_svg(z.records[3], z.charts[3]);
  CHECK(count(gdp, "zz-lower-bound") == 1);
  CHECK(gdp.find("≥4000") != std::string::npos);
  CHECK(gdp.find("要求路径（几何）") != std::string::npos);
  CHECK(gdp.find("亿元") != std::string::npos);

  const io::plan_report ze = zhuzhou_report(lang::en);
  const std::string tech = io::goal_svg(ze.records[1], ze.charts[1], {}, lang::en);
  CHECK(tech.find("insufficient data") != std::string::npos);
  const std::string urban = io::goal_svg(ze.records[4], ze.charts[4], {}, lang::en);
  CHECK(urban.find("required path (linear)") != std::string::npos);
  CHECK(urban.find("year") != std::string::npos);
}

TEST_CASE("plan chart: a bar per goal, labels coloured, binding marked", "[io][svg]") {
  const io::plan_report z = zhuzhou_report();
  const std::string s = io::plan_svg(z.records, z.as_of, z.name);
  CHECK(count(s, "class=\"zz-bar\"") == z.records.size());
  CHECK(count(s, "zz-elapsed") == 1);
  CHECK(s.find("时间进度 83%") != std::string::npos); // (2025 - 2020) / (2026 - 2020)
  CHECK(s.find("★ 万元GDP能耗") != std::string::npos);
  CHECK(s.find(std::string(io::svg::label_colour(schedule_label::lagging))) != std::string::npos);
  CHECK(!has_nan_or_inf(s));
  check_coordinates(s);
  // a share far beyond the axis (national urbanization: 360%) is clipped with its value written
  const io::plan_report n = national_report();
  const std::string ns = io::plan_svg(n.records, n.as_of, n.name);
  CHECK(ns.find("360.4%") != std::string::npos);
  CHECK(ns.find("▶") != std::string::npos);
  check_coordinates(ns);
}

TEST_CASE("charts: non-finite numbers never reach the markup", "[io][svg]") {
  io::plan_report z = zhuzhou_report();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  z.records[0].achievement_share = nan;
  z.records[3].expected_share = inf;
  z.charts[3].observed.push_back({2023, nan});
  z.charts[3].projection.push_back({2026, inf});
  z.charts[4].target = nan;
  const std::string page = io::html_report(z);
  CHECK(!has_nan_or_inf(page));
  for (const std::string& s : svgs_of(page)) {
    check_coordinates(s);
  }
  CHECK(io::svg::num(nan) == "0.0");
  CHECK(io::svg::num(-0.04) == "0.0");
}

TEST_CASE("HTML report: every chart, the tables, nothing from the network", "[io][html]") {
  std::vector<io::plan_report> plans = {zhuzhou_report(), national_report()};
  plans[0].records[0].indicator = "<script>alert(\"x\")</script> & 'y'";
  io::html_options o;
  o.sources = {"来源：株洲市统计公报 https://example.org/report?a=1&b=2"};
  const std::string page = io::html_report(plans, o);
  CHECK(page.starts_with("<!DOCTYPE html>"));
  CHECK(page.find("<html lang=\"zh-CN\">") != std::string::npos);
  CHECK(count(page, "class=\"goal-chart\"") == plans[0].records.size() + plans[1].records.size());
  CHECK(count(page, "class=\"plan-chart\"") == 2);
  CHECK(svgs_of(page).size() == 2 + plans[0].records.size() + plans[1].records.size());
  for (const char* heading : {"汇总", "评估结果", "各目标图示", "数据说明", "完成率", "进度评价"}) {
    CHECK(page.find(heading) != std::string::npos);
  }
  CHECK(page.find("数据不足：无观测值") != std::string::npos); // the notes
  CHECK(page.find("@media print") != std::string::npos);
  CHECK(page.find("page-break-inside:avoid") != std::string::npos);
  CHECK(page.find("Noto Sans CJK SC") != std::string::npos);
  CHECK(!has_nan_or_inf(page));
  // escaped everywhere
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;") !=
        std::string::npos);
  CHECK(page.find("https://example.org/report?a=1&amp;b=2") != std::string::npos);
  // no resource references: no src= or href= at all, no url(...) or @import in the CSS
  static const std::regex ref(R"((\s(src|href|srcset|action|data)\s*=)|url\(|@import)",
                              std::regex::icase);
  CHECK(!std::regex_search(page, ref));
  // http(s):// inside a tag only as the SVG namespace name; elsewhere it is text
  static const std::regex tag("<[^>]*>");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), tag); it != std::sregex_iterator();
       ++it) {
    std::string t = it->str();
    const std::string ns = "xmlns=\"http://www.w3.org/2000/svg\"";
    if (const auto at = t.find(ns); at != std::string::npos) {
      t.erase(at, ns.size());
    }
    INFO(t);
    CHECK(t.find("http:") == std::string::npos);
    CHECK(t.find("https:") == std::string::npos);
  }
}

TEST_CASE("HTML report in English", "[io][html]") {
  const std::vector<io::plan_report> plans = {zhuzhou_report(lang::en), national_report(lang::en)};
  const std::string page = io::html_report(plans, {}, lang::en);
  CHECK(page.find("<html lang=\"en\">") != std::string::npos);
  for (const char* s : {"Summary", "Assessments", "Charts by goal", "Data notes",
                        "achievement against time elapsed", "insufficient data", "lagging"}) {
    INFO(s);
    CHECK(page.find(s) != std::string::npos);
  }
  CHECK(!has_nan_or_inf(page));
  for (const std::string& s : svgs_of(page)) {
    check_coordinates(s);
  }
}
