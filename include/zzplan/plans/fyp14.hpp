#pragma once
// China's 14th Five-Year Plan (2021-2025): the main-indicator goals that the figures shipped
// with zzplan can speak to, as the Outline words them. Base year 2020, deadline 2025.

#include <zzplan/evaluate.hpp>
#include <zzplan/goal.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/percent.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/relative.hpp>
#include <zzplan/target.hpp>
#include <zzplan/units.hpp>

namespace zzplan::fyp14 {

using namespace std::chrono_literals;
using namespace zzplan::literals;

inline constexpr period plan_period{2020y, 2025y};

inline constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate of residents",
                                               direction::higher_is_better};
inline constexpr indicator<tce_per_wan_yuan<constant_prices<2020>>> energy_intensity{
    "单位GDP能源消耗", "energy use per unit of GDP", direction::lower_is_better};
inline constexpr indicator<share> unemployment{"城镇调查失业率", "surveyed urban unemployment rate",
                                               direction::lower_is_better};
inline constexpr indicator<share> pension_coverage{
    "基本养老保险参保率", "basic pension insurance coverage", direction::higher_is_better};
inline constexpr indicator<yi_yuan<>> rd_spending{"研发经费投入", "R&D spending",
                                                  direction::higher_is_better};
inline constexpr indicator<yuan_per_person<constant_prices<2020>>> real_income{
    "居民人均可支配收入", "per-capita disposable income (real)", direction::higher_is_better};

/// 常住人口城镇化率提高到65% (预期性)
inline constexpr goal urban = goal{urbanization, raise_to(65_pct), plan_period, attribute::expected}
                                  .with_id("urbanization")
                                  .with_wording("常住人口城镇化率提高到65%");
/// 单位GDP能源消耗降低13.5% (约束性)
inline constexpr goal energy =
    goal{energy_intensity, decrease_by(13.5_pct_growth), plan_period, attribute::binding}
        .with_id("energy_intensity")
        .with_wording("单位GDP能源消耗降低13.5%");
/// 城镇调查失业率控制在5.5%以内 (预期性)
inline constexpr goal jobs = goal{unemployment, within(5.5_pct), plan_period, attribute::expected}
                                 .with_id("unemployment")
                                 .with_wording("城镇调查失业率控制在5.5%以内");
/// 基本养老保险参保率提高到95% (预期性)
inline constexpr goal pensions =
    goal{pension_coverage, raise_to(95_pct), plan_period, attribute::expected}
        .with_id("pension_coverage")
        .with_wording("基本养老保险参保率提高到95%");
/// 全社会研发经费投入年均增长7%以上 (预期性; nominal, as R&D spending is reported)
inline constexpr goal research =
    goal{rd_spending, grow_on_average(7_pct_a_year, price_basis::nominal), plan_period,
         attribute::expected}
        .with_id("rd_growth")
        .with_wording("全社会研发经费投入年均增长7%以上");
/// 居民人均可支配收入增长与国内生产总值增长基本同步 (预期性; real growth of both)
inline constexpr goal income =
    goal{real_income, in_step_with("国内生产总值实际增长", "real GDP growth"), plan_period,
         attribute::expected}
        .with_id("income_in_step")
        .with_wording("居民人均可支配收入增长与经济增长基本同步");

/// 中华人民共和国国民经济和社会发展第十四个五年规划：主要指标（节选）
inline constexpr auto goals =
    plan{"“十四五”规划主要指标（节选）", urban, energy, jobs, pensions, research, income};

} // namespace zzplan::fyp14
