// The renderers of zzplan/io: records, text tables, Markdown, CSV and JSON of the Zhuzhou goals
// evaluated on small real series (docs/method.md §1): every goal listed, widths aligned with Chinese
// text, RFC 4180 quoting and the BOM, the JSON fields with nulls, never "nan" or "inf".
#include "support/catch.hpp"

#include <zzplan/io/json.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/plans/zhuzhou.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
#if defined(CATCH_VERSION_MAJOR) && CATCH_VERSION_MAJOR >= 3
using Catch::Approx;
#endif

namespace {

// ---- the Zhuzhou goals on small real series ----
const std::vector<observation<yi_yuan<>>> gdp_series{
    {2019y, 3003.13_yi_yuan}, {2021y, 3420.3_yi_yuan}, {2022y, 3616.81_yi_yuan},
    {2023y, 3667.90_yi_yuan}, {2024y, 3902.4_yi_yuan}, {2025y, 4000_yi_yuan, flag::lower_bound}};
const std::vector<observation<share>> urban_series{{2020y, 71.26_pct, flag::derived},
                                                   {2021y, 72.04_pct}};
const std::vector<observation<items>> cluster_series{{2020y, 2_items}, {2025y, 3_items}};
const std::vector<observation<share>> no_shares{};
const std::vector<observation<yuan_per_person<>>> no_income{};
const std::vector<observation<tce_per_wan_yuan<constant_prices<2020>>>> no_energy{};

auto evaluate_all(year as_of = 2025y) {
  namespace z = zhuzhou;
  return std::make_tuple(
      evaluate(z::new_billion_clusters, cluster_series, as_of),
      evaluate(z::tech_progress, no_shares, as_of), evaluate(z::trade, no_shares, as_of),
      evaluate(z::economy, gdp_series, as_of), evaluate(z::urban, urban_series, as_of),
      evaluate(z::income_growth, no_income, as_of), evaluate(z::energy, no_energy, as_of),
      evaluate(z::rail_cluster, milestone_record{}, as_of));
}

std::vector<io::assessment_record> records(method m = method::cn_midterm, lang l = lang::zh,
                                           std::string_view region = {}) {
  return io::to_records(evaluate_all(), m, l, region);
}

const io::assessment_record& by_id(const std::vector<io::assessment_record>& rs,
                                   std::string_view id) {
  for (const auto& r : rs) {
    if (r.id == id) {
      return r;
    }
  }
  FAIL("no record " << id);
  return rs.front();
}

bool has_nan_or_inf(const std::string& s) {
  static const std::regex bad(R"((^|[^a-z])(nan|inf|infinity)([^a-z]|$))", std::regex::icase);
  return std::regex_search(s, bad);
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    out.push_back(line);
  }
  return out;
}

/// A record with non-finite numbers and characters that need quoting or escaping.
io::assessment_record awkward_record() {
  assessment<share, points> a;
  a.id = "odd";
  a.name_zh = "奇怪的\"指标\", 含|竖线";
  a.name_en = "odd \"indicator\", with|pipe";
  a.baseline_year = 2020y;
  a.target_year = 2025y;
  a.baseline_value = share::percent(std::numeric_limits<double>::quiet_NaN());
  a.latest_value = share::percent(std::numeric_limits<double>::infinity());
  a.achievement_share = std::numeric_limits<double>::quiet_NaN();
  a.schedule_ratio = -std::numeric_limits<double>::infinity();
  a.actual_rate = annual_rate::fraction(std::numeric_limits<double>::infinity());
  a.over_completion_number = std::numeric_limits<double>::quiet_NaN();
  a.over_completion_absolute = points::pp(std::numeric_limits<double>::quiet_NaN());
  a.projected_share = std::numeric_limits<double>::quiet_NaN();
  a.notes.add(note_code::non_finite_ignored, 2021);
  return io::to_record(a, method::un2022, lang::zh, "株洲, \"湖南\"");
}

} // namespace

TEST_CASE("display width: CJK, kana, Hangul and full-width forms are 2, combining marks 0",
          "[io][width]") {
  CHECK(utf8::display_width("") == 0U);
  CHECK(utf8::display_width("GDP 3902.4") == 10U);
  CHECK(utf8::display_width("全市经济总量") == 12U);
  CHECK(utf8::display_width("城镇化率72.04%") == 14U);
  CHECK(utf8::display_width("，。、") == 6U);           // full-width comma, CJK punctuation
  CHECK(utf8::display_width("ＡＢ１") == 6U);           // full-width forms
  CHECK(utf8::display_width("ｶﾀ") == 2U);               // half-width katakana
  CHECK(utf8::display_width("あア한") == 6U);           // hiragana, katakana, Hangul
  CHECK(utf8::display_width("e\xCC\x81") == 1U);        // e + combining acute
  CHECK(utf8::display_width("—") == 1U);                // em dash: ambiguous, counted narrow
  CHECK(utf8::display_width("\xF0\xA0\x80\x80") == 2U); // U+20000, CJK extension B
  CHECK(utf8::display_width("a\xE4\xB8") == 3U);        // truncated sequence: one column a byte
}

TEST_CASE("formatting helpers: fixed decimals, rates, dashes, never nan or inf", "[io][format]") {
  CHECK(io::format_percent(0.4512) == "45.1%");
  CHECK(io::format_rate(0.131942) == "13.19%");
  CHECK(io::format_percent(std::nullopt) == "—");
  CHECK(io::format_percent(std::numeric_limits<double>::quiet_NaN()) == "—");
  CHECK(io::format_rate(std::numeric_limits<double>::infinity()) == "—");
  CHECK(io::format_fixed(-0.0001, 2) == "0.00");
  CHECK(io::format_fixed(0.232, 1, "%", true) == "+0.2%");
  CHECK(io::format_value(3902.4) == "3902.4");
  CHECK(io::format_value(std::nullopt) == "—");
}

TEST_CASE("records hold plain values in the plan's units, fractions for rates", "[io][record]") {
  const auto rs = records(method::un2023);
  REQUIRE(rs.size() == 8U);

  const auto& gdp = by_id(rs, "gdp");
  CHECK(gdp.indicator == "全市经济总量");
  CHECK(gdp.kind == goal_kind::step);
  CHECK(gdp.attribute == attribute::expected);
  CHECK(gdp.unit == "亿元");
  CHECK(gdp.baseline_year == 2020);
  CHECK(gdp.baseline_value == Approx(3000.0)); // the stated start: no 2020 data
  CHECK(gdp.latest_year == 2024);              // 2025 is a lower bound, not a point
  CHECK(gdp.latest_value == Approx(3902.4));
  CHECK(gdp.target_year == 2026);
  CHECK(gdp.target_value == Approx(5000.0));
  CHECK(gdp.achievement_share == Approx(0.4512));
  CHECK(gdp.met == false);
  const auto typed = evaluate(zhuzhou::economy, gdp_series, 2025y);
  CHECK(gdp.status == typed.un2023); // un2023: the geometric projected share
  CHECK(gdp.label == typed.label);
  CHECK(gdp.actual_rate.has_value());
  CHECK(*gdp.actual_rate < 1.0); // a fraction, not a percentage
  CHECK(gdp.over_completion_absolute == Approx(3902.4 - 5000.0));
  CHECK(gdp.projection_method == projection_method::geometric);
  CHECK(!gdp.notes.empty());

  const auto& urban = by_id(rs, "urbanization");
  CHECK(urban.unit == "%");
  CHECK(urban.baseline_value == Approx(71.26));
  CHECK(urban.latest_value == Approx(72.04));
  CHECK(urban.target_value == Approx(75.0));
  CHECK(urban.over_completion_absolute == Approx(72.04 - 75.0)); // percentage points
  CHECK(urban.over_completion_text == "-2.96个百分点");

  const auto& clusters = by_id(rs, "billion_clusters");
  CHECK(clusters.unit == "个");
  CHECK(clusters.modality == modality::aspirational);
  CHECK(clusters.latest_value == Approx(3.0));
  CHECK(clusters.target_value == Approx(4.0));

  const auto& energy = by_id(rs, "energy_intensity");
  CHECK(energy.attribute == attribute::binding);
  CHECK(energy.status == status::insufficient_data);
  CHECK(energy.label == schedule_label::none);
  CHECK(!energy.baseline_value);
  CHECK(!energy.latest_year);
  CHECK(!energy.projection_method);
  CHECK(energy.unit == "吨标准煤/万元（2020年价格）");

  const auto& rail = by_id(rs, "rail_transit_cluster");
  CHECK(rail.kind == goal_kind::milestone);
  CHECK(rail.unit.empty());

  // English: names, units and notes; the label stays Chinese
  const auto en = records(method::cn_midterm, lang::en, "Zhuzhou");
  CHECK(by_id(en, "gdp").indicator == "GDP (current prices)");
  CHECK(by_id(en, "gdp").unit == "100 million yuan"); // the numbers stay in 亿元
  CHECK(by_id(en, "gdp").latest_value == Approx(3902.4));
  CHECK(by_id(en, "gdp").region == "Zhuzhou");
  CHECK(by_id(en, "gdp").label == typed.label);
  CHECK(by_id(en, "energy_intensity").unit == "tce per 10,000 yuan (2020 prices)");
  CHECK(by_id(en, "urbanization").over_completion_text == "-2.96 pp");

  // non-finite numbers become null
  const auto odd = awkward_record();
  CHECK(!odd.baseline_value);
  CHECK(!odd.latest_value);
  CHECK(!odd.achievement_share);
  CHECK(!odd.schedule_ratio);
  CHECK(!odd.actual_rate);
  CHECK(!odd.over_completion_absolute);
  CHECK(odd.over_completion_text.empty());
}

TEST_CASE("text table: every goal, columns aligned by display width, headings zh and en",
          "[io][text]") {
  const auto rs = records();
  const std::string zh = io::render_table(rs);
  for (const auto& r : rs) {
    CHECK(zh.find(r.indicator) != std::string::npos);
  }
  CHECK(zh.find("指标") != std::string::npos);
  CHECK(zh.find("进度评价") != std::string::npos);
  CHECK(zh.find("说明：") != std::string::npos);
  CHECK(!has_nan_or_inf(zh));

  // alignment: indicator (left), latest value (right), label (left)
  io::table_options o;
  o.columns = {io::column::indicator, io::column::latest_value, io::column::label};
  o.notes_below = false;
  const auto lines = lines_of(io::render_table(rs, o));
  REQUIRE(lines.size() == rs.size() + 2);
  std::set<std::size_t> value_ends;
  std::set<std::size_t> label_starts;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const std::string& line = lines[i + 2];
    CHECK(line.rfind(rs[i].indicator, 0) == 0);
    const std::string value = io::cell(rs[i], io::column::latest_value, lang::zh);
    const std::size_t v = line.find(value, rs[i].indicator.size());
    REQUIRE(v != std::string::npos);
    value_ends.insert(utf8::display_width(line.substr(0, v + value.size())));
    const std::size_t l = line.rfind(label_zh(rs[i].label));
    REQUIRE(l != std::string::npos);
    label_starts.insert(utf8::display_width(line.substr(0, l)));
  }
  CHECK(value_ends.size() == 1U);
  CHECK(label_starts.size() == 1U);
  // the header's last column starts where the labels do; the rule spans each column
  CHECK(utf8::display_width(lines[0].substr(0, lines[0].rfind("进度评价"))) ==
        *label_starts.begin());
  std::size_t widest = 0;
  for (const auto& r : rs) {
    widest = std::max(widest, utf8::display_width(r.indicator));
  }
  CHECK(widest == 26U); // 世界级轨道交通装备产业集群
  CHECK(lines[1].rfind(std::string(widest, '-') + "  ", 0) == 0);
}

TEST_CASE("text table in English, and the summary", "[io][text][summary]") {
  const auto en = records(method::un2022, lang::en);
  const std::string t = io::render_table(en, {}, lang::en);
  for (const auto& r : en) {
    CHECK(t.find(r.indicator) != std::string::npos);
  }
  CHECK(t.find("indicator") != std::string::npos);
  CHECK(t.find("status") != std::string::npos); // un2022: the status column is added
  CHECK(t.find("Notes:") != std::string::npos);
  CHECK(!has_nan_or_inf(t));

  const rollup r = roll_up_tuple(evaluate_all(), method::un2022);
  const std::string s_en = io::render_summary(r, lang::en);
  CHECK(s_en.find("Summary (method: un2022)") != std::string::npos);
  CHECK(s_en.find("completion rate") != std::string::npos);
  CHECK(s_en.find("status: insufficient data") != std::string::npos);
  const std::string s_zh = io::render_summary(r);
  CHECK(s_zh.find("完成率") != std::string::npos);
  CHECK(s_zh.find("约束性") != std::string::npos);
  CHECK(s_zh.find("滞后") != std::string::npos);
  CHECK(!has_nan_or_inf(s_en + s_zh));
  // the summary's counts column is right-aligned: every row ends at the same width
  std::set<std::size_t> ends;
  for (const auto& line : lines_of(s_zh)) {
    if (line.find("  ") != std::string::npos) {
      ends.insert(utf8::display_width(line));
    }
  }
  CHECK(ends.size() == 1U);

  // an empty roll-up: rates undefined, shown as dashes
  const std::string empty = io::render_summary(rollup{});
  CHECK(empty.find("—") != std::string::npos);
  CHECK(!has_nan_or_inf(empty));
}

TEST_CASE("Markdown: every goal, pipes escaped, alignment row", "[io][markdown]") {
  auto rs = records();
  rs.push_back(awkward_record());
  const std::string md = io::render_markdown_table(rs);
  for (const auto& r : rs) {
    CHECK(md.find(io::markdown_escape(r.indicator)) != std::string::npos);
  }
  CHECK(md.find("含\\|竖线") != std::string::npos);
  CHECK(!has_nan_or_inf(md));
  const auto lines = lines_of(md);
  const auto cols = io::default_columns().size();
  const auto unescaped_pipes = [](const std::string& s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\\') {
        ++i;
      } else if (s[i] == '|') {
        ++n;
      }
    }
    return n;
  };
  for (std::size_t i = 0; i < rs.size() + 2; ++i) {
    CHECK(unescaped_pipes(lines[i]) == cols + 1);
  }
  CHECK(lines[1].find(": |") != std::string::npos); // numbers right-aligned
  CHECK(lines[1].rfind("| :", 0) == 0);             // the indicator left-aligned
  const std::string summary = io::render_markdown_summary(roll_up_tuple(evaluate_all()), lang::en);
  CHECK(summary.find("**Summary (method: cn_midterm)**") != std::string::npos);
  CHECK(summary.find("| completion rate") != std::string::npos);
}

TEST_CASE("CSV: the JSON columns, RFC 4180 quoting, BOM, round-trip numbers, empty nulls",
          "[io][csv]") {
  auto rs = records(method::cn_midterm, lang::zh, "株洲");
  rs.push_back(awkward_record());
  const std::string csv = io::to_csv(rs);
  CHECK(csv.rfind(
            "id,region,indicator,kind,attribute,unit,baseline_year,baseline_value,target_year,"
            "target_value,latest_year,latest_value,met,status,label,achievement_share,time_elapsed,"
            "expected_share,schedule_ratio,actual_rate,required_rate,rate_ratio,"
            "required_rate_remaining,required_per_year,projected_value,projection_method,projected_"
            "share,"
            "years_to_target,over_completion_absolute,over_completion_relative,notes\r\n",
            0) == 0);
  const auto lines = lines_of(csv);
  CHECK(lines.size() == rs.size() + 1);
  CHECK(!has_nan_or_inf(csv));
  // quoting: comma and quotes in the region and the name
  CHECK(
      csv.find(R"(odd,"株洲, ""湖南""","奇怪的""指标"", 含|竖线",level,expected,%,2020,,2025,)") !=
      std::string::npos);
  // notes joined with "; "
  const auto& gdp = by_id(rs, "gdp");
  std::string joined = gdp.notes.at(0);
  for (std::size_t i = 1; i < gdp.notes.size(); ++i) {
    joined += "; " + gdp.notes[i];
  }
  CHECK(csv.find(joined) != std::string::npos);
  // the GDP row: numbers read back exactly, nulls empty
  std::string gdp_line;
  for (const auto& l : lines) {
    gdp_line = l.rfind("gdp,", 0) == 0 ? l : gdp_line;
  }
  REQUIRE(!gdp_line.empty());
  CHECK(gdp_line.rfind(
            "gdp,株洲,全市经济总量,step,expected,亿元,2020,3000,2026,5000,2024,3902.4,false,", 0) ==
        0);
  const std::string share_text = io::shortest(*gdp.achievement_share);
  double back = 0.0;
  std::from_chars(share_text.data(), share_text.data() + share_text.size(), back);
  CHECK(back == *gdp.achievement_share);
  CHECK(gdp_line.find("," + share_text + ",") != std::string::npos);
  std::string tech_line;
  for (const auto& l : lines) {
    tech_line = l.rfind("tech_contribution,", 0) == 0 ? l : tech_line;
  }
  CHECK(tech_line.find("insufficient_data,数据不足,,,,,,,,,,,,,,,") != std::string::npos);
  // the BOM
  CHECK(csv.rfind("\xEF\xBB\xBF", 0) != 0);
  io::csv_options bom;
  bom.bom = true;
  const std::string with_bom = io::to_csv(rs, bom);
  CHECK(with_bom.rfind("\xEF\xBB\xBF"
                       "id,region,",
                       0) == 0);
  std::ostringstream os;
  io::write_csv(os, rs, bom);
  CHECK(os.str() == with_bom);
}

TEST_CASE("JSON: exactly the fields, nulls where undefined, the document and its summary",
          "[io][json]") {
  auto rs = records(method::un2023);
  rs.push_back(awkward_record());
  std::set<std::string> expected_keys;
  for (const auto c : io::data_columns) {
    expected_keys.insert(std::string(io::key(c)));
  }
  CHECK(expected_keys.size() == 31U);
  for (const auto& r : rs) {
    const nlohmann::ordered_json j = io::to_json(r);
    std::set<std::string> keys;
    for (const auto& [k, v] : j.items()) {
      keys.insert(k);
    }
    CHECK(keys == expected_keys);
    CHECK(j["notes"].is_array());
    CHECK(j["region"].is_null() == r.region.empty());
  }
  const nlohmann::ordered_json tech = io::to_json(by_id(rs, "tech_contribution"));
  for (const char* k :
       {"baseline_value", "latest_year", "latest_value", "met", "achievement_share", "actual_rate",
        "projected_value", "projection_method", "years_to_target", "over_completion_absolute"}) {
    CHECK(tech[k].is_null());
  }
  CHECK(tech["status"] == "insufficient_data");
  CHECK(tech["label"] == "数据不足");
  CHECK(tech["baseline_year"] == 2020);
  const nlohmann::ordered_json gdp = by_id(rs, "gdp"); // through nlohmann's conversion
  CHECK(gdp["latest_value"].get<double>() == Approx(3902.4));
  CHECK(gdp["unit"] == "亿元");
  CHECK(gdp["met"] == false);
  CHECK(gdp["projection_method"] == "geometric");
  const nlohmann::ordered_json odd = io::to_json(rs.back());
  CHECK(odd["achievement_share"].is_null());
  CHECK(odd["actual_rate"].is_null());
  CHECK(odd["region"] == "株洲, \"湖南\"");

  const rollup r = roll_up_tuple(evaluate_all(), method::un2023);
  const nlohmann::ordered_json doc =
      io::json_document(zhuzhou::goals.name, 2025y, method::un2023, rs, r);
  CHECK(doc["plan"] == "株洲市未来五年主要奋斗目标");
  CHECK(doc["as_of"] == 2025);
  CHECK(doc["method"] == "un2023");
  CHECK(doc["assessments"].size() == rs.size());
  const auto& s = doc["summary"];
  CHECK(s["method"] == "un2023");
  CHECK(s["all"]["goals"] == 8);
  CHECK(s["binding"]["goals"] == 1);
  CHECK(s["expected"]["goals"] == 7);
  CHECK(s["binding"]["completion_rate"].is_null()); // nothing assessed
  CHECK(s["all"]["completion_rate"].is_number());
  CHECK(s["all"]["by_status"].contains("acceleration_needed"));
  CHECK(s["all"]["by_label"]["数据不足"] == r.all.count(schedule_label::none));
  std::size_t total = 0;
  for (const auto& [k, v] : s["all"]["by_status"].items()) {
    total += v.get<std::size_t>();
  }
  CHECK(total == 8U);
  const std::string text = doc.dump(2);
  CHECK(!has_nan_or_inf(text));
  CHECK(nlohmann::ordered_json::parse(text) == doc);
}
