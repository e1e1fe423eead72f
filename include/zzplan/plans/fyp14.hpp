#pragma once
// China's 14th Five-Year Plan (2021-2025): the 20 indicators of the Outline's main-indicator
// table (专栏1), as the Outline words them. Base year 2020, deadline 2025. Nineteen are goals with a
// number; GDP growth (保持在合理区间、各年度视情提出) has none and is a milestone. examples/fyp14.toml
// holds the same goals as a plan file; tests/data/fyp14_main_indicators.md names the source of
// each cell.

#include <zzplan/evaluate.hpp>
#include <zzplan/goal.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/milestone.hpp>
#include <zzplan/percent.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/relative.hpp>
#include <zzplan/target.hpp>
#include <zzplan/units.hpp>

namespace zzplan::fyp14 {

using namespace std::chrono_literals;
using namespace zzplan::literals;

inline constexpr period plan_period{2020y, 2025y};
using prices_2020 = constant_prices<2020>;

// ---- the indicators, as the table names them (the data's names where they differ) ----------------
inline constexpr indicator<yuan_per_person<prices_2020>> labour_productivity{
    "全员劳动生产率", "overall labour productivity (real)", direction::higher_is_better};
inline constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate of residents",
                                               direction::higher_is_better};
inline constexpr indicator<yi_yuan<prices_2020>> rd_spending{
    "全社会研发经费投入", "R&D spending (real)", direction::higher_is_better};
inline constexpr indicator<jian_per_wan_population> patents{
    "每万人口高价值发明专利拥有量", "high-value invention patents per 10,000 population",
    direction::higher_is_better};
inline constexpr indicator<share> digital_core{"数字经济核心产业增加值占GDP比重",
                                               "core digital-economy industries, share of GDP",
                                               direction::higher_is_better};
inline constexpr indicator<yuan_per_person<prices_2020>> real_income{
    "居民人均可支配收入", "per-capita disposable income (real)", direction::higher_is_better};
inline constexpr indicator<share> unemployment{"城镇调查失业率", "surveyed urban unemployment rate",
                                               direction::lower_is_better};
inline constexpr indicator<years> schooling{
    "劳动年龄人口平均受教育年限", "average years of schooling of the working-age population",
    direction::higher_is_better};
inline constexpr indicator<persons_per_qian_population> doctors{
    "每千人口拥有执业（助理）医师数", "practising (assistant) doctors per 1,000 population",
    direction::higher_is_better};
inline constexpr indicator<share> pension_coverage{
    "基本养老保险参保率", "basic pension insurance coverage", direction::higher_is_better};
inline constexpr indicator<items_per_qian_population> childcare{
    "每千人口拥有3岁以下婴幼儿托位数", "childcare places for under-3s per 1,000 population",
    direction::higher_is_better};
inline constexpr indicator<years_of_age> life_expectancy{"人均预期寿命", "life expectancy",
                                                         direction::higher_is_better};
inline constexpr indicator<tce_per_wan_yuan<prices_2020>> energy_intensity{
    "单位GDP能源消耗", "energy use per unit of GDP", direction::lower_is_better};
inline constexpr indicator<tonnes_co2_per_wan_yuan<prices_2020>> co2_intensity{
    "单位GDP二氧化碳排放", "CO2 emissions per unit of GDP", direction::lower_is_better};
inline constexpr indicator<share> air_quality{"地级及以上城市空气质量优良天数比率",
                                              "days of good air quality, prefecture-level cities",
                                              direction::higher_is_better};
inline constexpr indicator<share> surface_water{"地表水达到或好于Ⅲ类水体比例",
                                                "surface water of grade III or better",
                                                direction::higher_is_better};
inline constexpr indicator<share> forest{"森林覆盖率", "forest coverage",
                                         direction::higher_is_better};
/// Assessed on grain output (粮食产量, the published measure of the capacity), in 万吨.
inline constexpr indicator<wan_tonnes> grain{"粮食综合生产能力", "grain production capacity",
                                             direction::higher_is_better};
inline constexpr indicator<yi_tce> energy_capacity{"能源综合生产能力", "energy production capacity",
                                                   direction::higher_is_better};

// ---- 经济发展 ------------------------------------------------------------------------------------
/// 国内生产总值增长：保持在合理区间、各年度视情提出 (预期性): no number to check, a milestone.
inline constexpr milestone gdp_growth{"gdp_growth", "国内生产总值增长保持在合理区间",
                                      "GDP growth within an appropriate range", plan_period,
                                      attribute::expected};
/// 全员劳动生产率增长高于国内生产总值增长 (预期性; real growth of both)
inline constexpr goal productivity =
    goal{labour_productivity, faster_than("国内生产总值实际增长", "real GDP growth"), plan_period,
         attribute::expected}
        .with_id("labour_productivity")
        .with_wording("全员劳动生产率增长高于国内生产总值增长");
/// 常住人口城镇化率提高到65% (预期性)
inline constexpr goal urban = goal{urbanization, raise_to(65_pct), plan_period, attribute::expected}
                                  .with_id("urbanization")
                                  .with_wording("常住人口城镇化率提高到65%");

// ---- 创新驱动 ------------------------------------------------------------------------------------
/// 全社会研发经费投入年均增长7%以上 (预期性; real: the statistics office measures it against the
/// growth at constant prices, 按不变价计算)
inline constexpr goal research = goal{rd_spending, grow_on_average(7_pct_a_year, price_basis::real),
                                      plan_period, attribute::expected}
                                     .with_id("rd_growth")
                                     .with_wording("全社会研发经费投入年均增长7%以上");
/// 每万人口高价值发明专利拥有量达到12件 (预期性)
inline constexpr goal high_value_patents =
    goal{patents, raise_to(jian_per_wan_population(12.0)), plan_period, attribute::expected}
        .with_id("patents")
        .with_wording("每万人口高价值发明专利拥有量达到12件");
/// 数字经济核心产业增加值占GDP比重达到10% (预期性)
inline constexpr goal digital =
    goal{digital_core, raise_to(10_pct), plan_period, attribute::expected}
        .with_id("digital_core_share")
        .with_wording("数字经济核心产业增加值占GDP比重达到10%");

// ---- 民生福祉 ------------------------------------------------------------------------------------
/// 居民人均可支配收入增长与国内生产总值增长基本同步 (预期性; real growth of both)
inline constexpr goal income =
    goal{real_income, in_step_with("国内生产总值实际增长", "real GDP growth"), plan_period,
         attribute::expected}
        .with_id("income_in_step")
        .with_wording("居民人均可支配收入增长与国内生产总值增长基本同步");
/// 城镇调查失业率控制在5.5%以内 (预期性)
inline constexpr goal jobs = goal{unemployment, within(5.5_pct), plan_period, attribute::expected}
                                 .with_id("unemployment")
                                 .with_wording("城镇调查失业率控制在5.5%以内");
/// 劳动年龄人口平均受教育年限提高到11.3年 (约束性)
inline constexpr goal education =
    goal{schooling, raise_to(years(11.3)), plan_period, attribute::binding}
        .with_id("schooling")
        .with_wording("劳动年龄人口平均受教育年限提高到11.3年");
/// 每千人口拥有执业（助理）医师数达到3.2人 (预期性)
inline constexpr goal health_workers =
    goal{doctors, raise_to(persons_per_qian_population(3.2)), plan_period, attribute::expected}
        .with_id("doctors")
        .with_wording("每千人口拥有执业（助理）医师数达到3.2人");
/// 基本养老保险参保率提高到95% (预期性)
inline constexpr goal pensions =
    goal{pension_coverage, raise_to(95_pct), plan_period, attribute::expected}
        .with_id("pension_coverage")
        .with_wording("基本养老保险参保率提高到95%");
/// 每千人口拥有3岁以下婴幼儿托位数达到4.5个 (预期性)
inline constexpr goal childcare_places =
    goal{childcare, raise_to(items_per_qian_population(4.5)), plan_period, attribute::expected}
        .with_id("childcare")
        .with_wording("每千人口拥有3岁以下婴幼儿托位数达到4.5个");
/// 人均预期寿命提高1岁 (预期性; 〔1〕 in the table: over the five years)
inline constexpr goal longevity =
    goal{life_expectancy, add(years_of_age(1.0)), plan_period, attribute::expected}
        .with_id("life_expectancy")
        .with_wording("人均预期寿命提高1岁");

// ---- 绿色生态 ------------------------------------------------------------------------------------
/// 单位GDP能源消耗降低13.5% (约束性; 〔13.5〕: over the five years)
inline constexpr goal energy =
    goal{energy_intensity, decrease_by(13.5_pct_growth), plan_period, attribute::binding}
        .with_id("energy_intensity")
        .with_wording("单位GDP能源消耗降低13.5%");
/// 单位GDP二氧化碳排放降低18% (约束性; 〔18〕)
inline constexpr goal carbon =
    goal{co2_intensity, decrease_by(18_pct_growth), plan_period, attribute::binding}
        .with_id("co2_intensity")
        .with_wording("单位GDP二氧化碳排放降低18%");
/// 地级及以上城市空气质量优良天数比率达到87.5% (约束性)
inline constexpr goal air = goal{air_quality, raise_to(87.5_pct), plan_period, attribute::binding}
                                .with_id("air_quality")
                                .with_wording("地级及以上城市空气质量优良天数比率达到87.5%");
/// 地表水达到或好于Ⅲ类水体比例达到85% (约束性)
inline constexpr goal water = goal{surface_water, raise_to(85_pct), plan_period, attribute::binding}
                                  .with_id("surface_water")
                                  .with_wording("地表水达到或好于Ⅲ类水体比例达到85%");
/// 森林覆盖率提高到24.1% (约束性)
inline constexpr goal forests = goal{forest, raise_to(24.1_pct), plan_period, attribute::binding}
                                    .with_id("forest_coverage")
                                    .with_wording("森林覆盖率提高到24.1%");

// ---- 安全保障 ------------------------------------------------------------------------------------
/// 粮食综合生产能力6.5亿吨以上 (约束性; > 6.5 in the table)
inline constexpr goal food = goal{grain, at_least(yi_tonnes(6.5)), plan_period, attribute::binding}
                                 .with_id("grain_capacity")
                                 .with_wording("粮食综合生产能力6.5亿吨以上");
/// 能源综合生产能力46亿吨标准煤以上 (约束性; > 46 in the table)
inline constexpr goal energy_supply =
    goal{energy_capacity, at_least(yi_tce(46.0)), plan_period, attribute::binding}
        .with_id("energy_capacity")
        .with_wording("能源综合生产能力46亿吨标准煤以上");

/// 中华人民共和国国民经济和社会发展第十四个五年规划：主要指标 (the 19 goals with a number; the
/// milestone gdp_growth is evaluated beside them)
inline constexpr auto goals = plan{"“十四五”规划主要指标",
                                   productivity,
                                   urban,
                                   research,
                                   high_value_patents,
                                   digital,
                                   income,
                                   jobs,
                                   education,
                                   health_workers,
                                   pensions,
                                   childcare_places,
                                   longevity,
                                   energy,
                                   carbon,
                                   air,
                                   water,
                                   forests,
                                   food,
                                   energy_supply};

} // namespace zzplan::fyp14
