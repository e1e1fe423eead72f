// 08 static_assert: goals, series and evaluate are constexpr (fixed-capacity buffers, no
// allocation), so a finding can be checked by the compiler. If a figure changes, the build says so.
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/plans/zhuzhou.hpp>
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

// Zhuzhou: 全市常住人口城镇化率超过75%; 2021 communique 72.04%, +0.78 points (2020 derived).
constexpr std::array zhuzhou_urban{observation<share>{2020y, 71.26_pct, flag::derived},
                                   observation<share>{2021y, 72.04_pct}};
constexpr auto urban_2021 = evaluate(zhuzhou::urban, zhuzhou_urban, 2021y);
static_assert(urban_2021.assessed && !*urban_2021.met);
static_assert(urban_2021.label == schedule_label::faster_than_expected);
static_assert(*urban_2021.schedule_ratio > 1.25 && *urban_2021.schedule_ratio < 1.26);

// China: 常住人口城镇化率提高到65%, reached in 2022 (65.22%), three years early.
constexpr std::array china_urban{observation<share>{2020y, 63.89_pct},
                                 observation<share>{2022y, 65.22_pct}};
constexpr auto china_2022 = evaluate(fyp14::urban, china_urban, 2022y);
static_assert(*china_2022.met && china_2022.label == schedule_label::achieved_early);
static_assert(*china_2022.first_year_met == 2022y);

// The Civil Code, Art. 1259: 超过 excludes the number, 以上 includes it (示例数据: exactly 70%).
constexpr indicator<share> tech{"科技进步贡献率", "S&T contribution", direction::higher_is_better};
constexpr period term{2020y, 2026y};
constexpr std::array exactly_70{observation<share>{2020y, 60_pct},
                                observation<share>{2026y, 70_pct}};
static_assert(
    !*evaluate(goal{tech, above(70_pct), term, attribute::expected}, exactly_70, 2026y).met);
static_assert(
    *evaluate(goal{tech, at_least(70_pct), term, attribute::expected}, exactly_70, 2026y).met);

// 11th FYP: 单位GDP能耗降低20%左右, officially met at 19.1% (docs/method.md §3): the ±5% band.
constexpr indicator<tce_per_wan_yuan<constant_prices<2005>>> intensity{
    "单位GDP能耗", "energy intensity", direction::lower_is_better};
constexpr goal about20{intensity, about(-20_pct_growth), period{2005y, 2010y}, attribute::binding};
constexpr std::array fyp11{change_observation{2010y, -19.1_pct_growth, flag::none, 5}};
static_assert(*evaluate(about20, fyp11, 2010y).met);

// Zhuzhou's energy goal has no figure after 2019 in the sources: no assessment, never a zero.
constexpr std::array<change_observation, 0> nothing{};
static_assert(!evaluate(zhuzhou::energy, nothing, 2025y).assessed);

int main() {
  std::cout << "all findings checked at compile time; Zhuzhou urbanization 2021: "
            << label_zh(urban_2021.label) << ", schedule ratio "
            << format_number(*urban_2021.schedule_ratio, 3) << '\n';
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: all findings checked at compile time; Zhuzhou urbanization 2021: 快于预期, schedule ratio 1.25
