// The wordings of real plans (docs/method.md §3, second part): 突破, 保持在/稳定在, 缩小到, 年均/每年
// 提高X个百分点, 年均增长X%左右, 累计X, 提高1岁, 从A提高到B, 实际增长; names without verbs;
// qualitative wordings refused; unknown verbs named with the closest known one; the typed route
// and the run-time phrase → goal API.
#include "support/catch.hpp"

#include <zzplan/units.hpp>

#include <zzplan/evaluate.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/phrase_goal.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

using namespace zzplan;
using namespace std::chrono_literals;
using namespace zzplan::literals;

namespace {
parsed_phrase read(std::string_view s) {
  const parse_result r = parse_phrase(s);
  INFO("phrase: " << s << " error: " << r.error().message());
  REQUIRE(r.has_value());
  return *r;
}
} // namespace

TEST_CASE("verbs of real plans", "[phrase][real]") {
  parsed_phrase p = read("规上工业增加值突破3万亿元");
  CHECK((p.kind == goal_kind::level && p.cmp == comparison::more_than && p.value == 3 &&
         p.unit == unit_id::wanyi_yuan && p.name == "规上工业增加值" && p.increase));
  p = read("森林覆盖率稳定在59.9%以上");
  CHECK((p.kind == goal_kind::level && p.cmp == comparison::at_least && p.every_year &&
         p.name == "森林覆盖率"));
  p = read("粮食产量继续保持500亿斤以上");
  CHECK((p.name == "粮食产量" && p.unit == unit_id::yi_jin && p.every_year));
  p = read("城乡居民收入比缩小到2.4以内");
  CHECK((p.kind == goal_kind::level && p.cmp == comparison::at_most && p.decrease &&
         p.value == 2.4 && p.name == "城乡居民收入比"));
  p = read("PM2.5平均浓度降至30微克/立方米以下");
  CHECK((p.cmp == comparison::at_most && p.unit == unit_id::microgram_per_m3));
  p = read("万元GDP能耗下降：15%以上");
  CHECK((p.name == "万元GDP能耗" && p.kind == goal_kind::cumulative_change && p.value == -15));
  p = read("居民收入年均增长：8%以上");
  CHECK((p.name == "居民收入" && p.kind == goal_kind::average_growth));
  p = read("财政总收入达25亿元");
  CHECK((p.cmp == comparison::at_least && p.value == 25 && p.unit == unit_id::yi_yuan));
  p = read("常住人口城镇化率提高至65%");
  CHECK((p.kind == goal_kind::level && p.value == 65 && p.increase));
}

TEST_CASE("yearly paces, bands on average growth, totals, increments in a unit", "[phrase][real]") {
  parsed_phrase p = read("常住人口城镇化率每年提高1个百分点左右");
  CHECK((p.kind == goal_kind::band && p.unit == unit_id::points &&
         p.measure == phrase_measure::annual_change));
  p = read("常住人口城镇化率年均提高1个百分点");
  CHECK((p.kind == goal_kind::points_change && p.measure == phrase_measure::annual_change &&
         p.value == 1));
  p = read("年均增长6.5%左右");
  CHECK((p.kind == goal_kind::band && p.measure == phrase_measure::annual_change));
  CHECK(explain(p, lang::en).find("average annual growth") != std::string::npos);
  p = read("城镇新增就业累计5500万人以上");
  CHECK((p.kind == goal_kind::cumulative_total && p.value == 5500 &&
         p.unit == unit_id::wan_person && p.name == "城镇新增就业"));
  p = read("单位国内生产总值二氧化碳排放累计降低17%");
  CHECK((p.kind == goal_kind::cumulative_change && p.value == -17));
  p = read("人均预期寿命再提高1岁");
  CHECK((p.kind == goal_kind::increment && p.value == 1 && p.unit == unit_id::year_of_age &&
         p.name == "人均预期寿命"));
  p = read("全员劳动生产率从人均8.7万元提高到12万元以上");
  CHECK((p.kind == goal_kind::level && p.value == 12 && p.second == 8.7 &&
         p.name == "全员劳动生产率"));
  p = read("城镇居民人均可支配收入实际增长8%");
  CHECK((p.basis == price_basis::real && p.name == "城镇居民人均可支配收入"));
  p = read("城镇居民人均可支配收入年均增速达到8%以上");
  CHECK((p.kind == goal_kind::average_growth && p.name == "城镇居民人均可支配收入"));
  p = read("全员劳动生产率达到28万元/人");
  CHECK((p.value == 280'000 && p.unit == unit_id::yuan_per_person));
  p = read("居民收入增长和经济增长同步");
  CHECK((p.kind == goal_kind::relative && p.reference == "经济增长"));
}

TEST_CASE("a count in a name per population is a rate per population", "[phrase][real]") {
  CHECK(read("每万人口高价值发明专利拥有量达到12件").unit == unit_id::jian_per_wan_population);
  CHECK(read("每千人口拥有执业（助理）医师数达到3.2人").unit ==
        unit_id::person_per_qian_population);
  CHECK(read("每千人口拥有3岁以下婴幼儿托位数达到4.5个").unit == unit_id::item_per_qian_population);
  CHECK(read("高价值发明专利拥有量达到12件").unit == unit_id::jian);
}

TEST_CASE("a phrase without a number is qualitative; an unknown verb is named", "[phrase][real]") {
  for (const std::string_view q :
       {"国内生产总值增长保持在合理区间", "居民收入明显提高", "主要污染物排放总量持续减少",
        "单位地区生产总值能耗完成上级下达目标", "GDP增长：保持在合理区间"}) {
    const parse_result r = parse_phrase(q);
    REQUIRE(!r);
    CHECK(r.error().message().find("qualitative") != std::string_view::npos);
    CHECK(r.error().message().find("milestone") != std::string_view::npos);
  }
  const parse_result r = parse_phrase("森林覆盖率稳固在59.9%以上");
  REQUIRE(!r);
  CHECK(r.error().message() == "the wording '稳固在' is not known; did you mean '稳定在'?");
  CHECK(r.error().offset == std::string_view("森林覆盖率").size());
}

TEST_CASE("the typed route makes the targets of the new wordings", "[phrase][real]") {
  constexpr auto total = target_of<"累计新增5500万人以上">();
  STATIC_REQUIRE(std::is_same_v<decltype(total), const cumulative_total_target<wan_persons>>);
  constexpr auto pace = target_of<"每年提高1个百分点">();
  STATIC_REQUIRE(std::is_same_v<decltype(pace), const points_pace_target>);
  constexpr auto band = target_of<"年均增长6.5%左右">();
  STATIC_REQUIRE(std::is_same_v<decltype(band), const band_target<annual_rate>>);
  constexpr auto held = target_for<"保持在6.5亿吨以上", yi_jin>();
  STATIC_REQUIRE(held.every_year);
  CHECK(held.value.value() == 13'000.0);
  constexpr auto patents = target_for<"达到12件", jian_per_wan_population>();
  CHECK(patents.value.value() == 12.0);
}

TEST_CASE("a phrase read at run time is a typed goal that keeps its modality", "[phrase][real]") {
  const indicator<share> urban{"常住人口城镇化率", "urbanization", direction::higher_is_better};
  const period p{2020y, 2025y};
  const auto g = goal_of_phrase(urban, "力争常住人口城镇化率提高到65%", p, attribute::expected);
  REQUIRE(std::holds_alternative<goal<share, level_target<share>>>(g));
  const auto& level = std::get<goal<share, level_target<share>>>(g);
  CHECK(level.mode == modality::aspirational);
  CHECK(level.target.value == 65_pct);
  const std::vector<observation<share>> data{{2020y, 63.89_pct}, {2025y, 67.89_pct}};
  std::visit(
      [&](const auto& goal) {
        if constexpr (!std::is_same_v<typename std::remove_cvref_t<decltype(goal)>::target_type,
                                      relative_target>) {
          CHECK(evaluate(goal, data, 2025y).met == true);
        }
      },
      g);
  // a yearly pace
  const auto pace = goal_of_phrase(urban, "每年提高1个百分点", p, attribute::expected);
  REQUIRE(std::holds_alternative<goal<share, points_pace_target>>(pace));
  // the phrase's number converted to the indicator's unit
  const indicator<wan_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};
  const auto money = goal_of_phrase(gdp, "突破5000亿元", p, attribute::expected);
  CHECK(std::get<goal<wan_yuan<>, level_target<wan_yuan<>>>>(money).target.value.value() == 5000e4);
  // against the indicator's direction: invalid_goal; a unit that does not fit: bad_phrase
  const indicator<tce_per_wan_yuan<constant_prices<2020>>> energy{"单位GDP能耗", "energy intensity",
                                                                  direction::lower_is_better};
  CHECK_THROWS_AS(goal_of_phrase(energy, "提高15%", p, attribute::binding), invalid_goal);
  CHECK_THROWS_AS(goal_of_phrase(gdp, "达到12件", p, attribute::expected), bad_phrase);
}
