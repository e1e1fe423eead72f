#pragma once
// The seed: the main targets for "the next five years" of the report to the 13th Party Congress
// of Zhuzhou (Hunan), September 2021 (docs/method.md §1), written as the report words them.
// Base year 2020, deadline 2026 (the congress term 2021-2026; our reading of "未来五年").

#include <zzplan/evaluate.hpp>
#include <zzplan/goal.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/milestone.hpp>
#include <zzplan/percent.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/target.hpp>
#include <zzplan/units.hpp>

namespace zzplan::zhuzhou {

using namespace std::chrono_literals;
using namespace zzplan::literals;

inline constexpr period next_five_years{2020y, 2026y};

// ---- indicators ----
inline constexpr indicator<items> billion_clusters{
    "千亿产业集群", "industrial clusters of 100 billion yuan", direction::higher_is_better};
inline constexpr indicator<share> tech_contribution{
    "科技进步贡献率", "contribution of S&T progress", direction::higher_is_better};
inline constexpr indicator<share> trade_dependence{"对外贸易依存度", "foreign trade dependence",
                                                   direction::higher_is_better};
inline constexpr indicator<yi_yuan<>> gdp{"全市经济总量", "GDP (current prices)",
                                          direction::higher_is_better};
inline constexpr indicator<share> urbanization{
    "全市常住人口城镇化率", "urbanization rate of residents", direction::higher_is_better};
inline constexpr indicator<yuan_per_person<>> income{
    "居民人均可支配收入", "per-capita disposable income", direction::higher_is_better};
inline constexpr indicator<tce_per_wan_yuan<constant_prices<2020>>> energy_intensity{
    "万元GDP能耗", "energy use per 10,000 yuan of GDP", direction::lower_is_better};

// ---- the seven goals ----
/// 千亿产业集群：力争新增2-3个
inline constexpr goal new_billion_clusters =
    goal{billion_clusters, add_between(2_items, 3_items), next_five_years, attribute::expected,
         modality::aspirational}
        .with_id("billion_clusters")
        .with_wording("千亿产业集群：力争新增2-3个");
/// 科技进步贡献率：超过70%
inline constexpr goal tech_progress =
    goal{tech_contribution, above(70_pct), next_five_years, attribute::expected}
        .with_id("tech_contribution")
        .with_wording("科技进步贡献率：超过70%");
/// 对外贸易依存度：提高到15%
inline constexpr goal trade =
    goal{trade_dependence, raise_to(15_pct), next_five_years, attribute::expected}
        .with_id("trade_dependence")
        .with_wording("对外贸易依存度：提高到15%");
/// 全市经济总量：从3000亿元迈上5000亿元台阶
inline constexpr goal economy =
    goal{gdp, step_from_to(3000_yi_yuan, 5000_yi_yuan), next_five_years, attribute::expected}
        .with_id("gdp")
        .with_wording("全市经济总量：从3000亿元迈上5000亿元台阶");
/// 全市常住人口城镇化率：超过75%
inline constexpr goal urban =
    goal{urbanization, above(75_pct), next_five_years, attribute::expected}
        .with_id("urbanization")
        .with_wording("全市常住人口城镇化率：超过75%");
/// 居民收入年均增长：8%以上. The report does not say nominal or real; we state it, never guess:
/// nominal (current prices), the basis of the per-capita income levels Zhuzhou publishes.
inline constexpr goal income_growth =
    goal{income, grow_on_average(8_pct_a_year, price_basis::nominal), next_five_years,
         attribute::expected}
        .with_id("income_growth")
        .with_wording("居民收入年均增长：8%以上");
/// 万元GDP能耗下降：15%以上 (binding, 约束性, in Chinese practice)
inline constexpr goal energy =
    goal{energy_intensity, decrease_by(15_pct_growth), next_five_years, attribute::binding}
        .with_id("energy_intensity")
        .with_wording("万元GDP能耗下降：15%以上");

/// The qualitative goals: milestones, done or not, with evidence.
inline constexpr milestone rail_cluster{"rail_transit_cluster", "世界级轨道交通装备产业集群",
                                        "a world-class rail-transit equipment cluster",
                                        next_five_years, attribute::expected};
inline constexpr milestone civilized_city{"civilized_city", "全国文明城市",
                                          "a national civilized city", next_five_years,
                                          attribute::expected};

/// 株洲市未来五年主要奋斗目标
inline constexpr auto goals = plan{"株洲市未来五年主要奋斗目标",
                                   new_billion_clusters,
                                   tech_progress,
                                   trade,
                                   economy,
                                   urban,
                                   income_growth,
                                   energy};

} // namespace zzplan::zhuzhou
