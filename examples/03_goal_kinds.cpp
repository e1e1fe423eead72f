// 03 goal kinds: each kind of docs/method.md §3 once, as the plan words it, evaluated.
// Real figures from examples/data/zhuzhou.csv unless marked 示例 (teaching data, not
// statistics).
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>
#include <string_view>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
using S = observation<share>;
using C = change_observation;
using Y = observation<yi_yuan<>>;
using I = observation<yuan_per_person<>>;

template <class Goal, class... Data>
void show(std::string_view words, const Goal& g, year as_of, const Data&... data) {
  const auto a = evaluate(g, data..., as_of);
  std::cout << to_string(a.kind) << " | " << words
            << " | met: " << (a.met ? (*a.met ? "yes" : "no") : "?") << " | " << label_zh(a.label)
            << '\n';
}

int main() {
  constexpr auto up = direction::higher_is_better;
  constexpr auto down = direction::lower_is_better;
  constexpr indicator<share> urban{"城镇化率", "urbanization rate", up};
  constexpr indicator<share> jobless{"城镇调查失业率", "surveyed unemployment", down};
  constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", up};
  constexpr indicator<yuan_per_person<>> income{"人均可支配收入", "income per person", up};
  constexpr indicator<tce_per_wan_yuan<constant_prices<2020>>> energy{"万元GDP能耗", "", down};
  constexpr indicator<tce_per_wan_yuan<constant_prices<2005>>> energy05{"万元GDP能耗", "", down};
  constexpr indicator<items> clusters{"千亿产业集群", "100-billion clusters", up};
  constexpr period fyp14{2020y, 2025y};
  constexpr auto expected = attribute::expected;
  const auto china_urban = std::array{S{2020y, 63.89_pct}, S{2025y, 67.89_pct}};

  show("提高到65%", goal{urban, raise_to(65_pct), fyp14, expected}, 2025y, china_urban);
  show("超过70% (示例: 70.0%)", goal{urban, above(70_pct), fyp14, expected}, 2025y,
       std::array{S{2020y, 65_pct}, S{2025y, 70_pct}});
  show("降低到5% (示例)", goal{jobless, lower_to(5_pct), fyp14, expected}, 2022y,
       std::array{S{2020y, 5.6_pct}, S{2022y, 5.4_pct}});
  show("控制在5.5%以内 (示例)", goal{jobless, within(5.5_pct), fyp14, expected}, 2022y,
       std::array{S{2020y, 5.2_pct}, S{2022y, 5.5_pct}});
  show("不满5.5% (示例)", goal{jobless, below(5.5_pct), fyp14, expected}, 2022y,
       std::array{S{2020y, 5.2_pct}, S{2022y, 5.5_pct}});
  show("从3000亿元迈上5000亿元台阶",
       goal{gdp, step_from_to(3000_yi_yuan, 5000_yi_yuan), period{2020y, 2026y}, expected}, 2021y,
       std::array{Y{2021y, 3420.3_yi_yuan}});
  show("年均增长5%以上 (示例目标)",
       goal{income, grow_on_average(5_pct_a_year, price_basis::nominal), period{2021y, 2025y},
            expected},
       2025y, std::array{I{2021y, yuan_per_person<>(35128)}, I{2025y, yuan_per_person<>(43377)}});
  show("下降13.5%以上", goal{energy, decrease_by(13.5_pct_growth), fyp14, attribute::binding},
       2024y, std::array{C{2023y, -7.3_pct_growth, flag::none, 3}, C{2024y, -3.8_pct_growth}});
  show("提高3个百分点 (示例目标)", goal{urban, increase_by_points(3_pp), fyp14, expected}, 2023y,
       std::array{S{2020y, 63.89_pct}, S{2023y, 66.16_pct}});
  show("翻一番 (示例)", goal{gdp, multiply_by(2), period{2020y, 2030y}, expected}, 2025y,
       std::array{Y{2020y, 100_yi_yuan}, Y{2025y, 150_yi_yuan}});
  show("力争新增2-3个",
       goal{clusters, add_between(2_items, 3_items), period{2020y, 2026y}, expected,
            modality::aspirational},
       2025y, std::array{observation<items>{2020y, 2_items}, observation<items>{2025y, 3_items}});
  show("控制在5%至6%之间 (示例)", goal{jobless, between(5_pct, 6_pct), fyp14, expected}, 2022y,
       std::array{S{2020y, 6.5_pct}, S{2022y, 5.8_pct}});
  show("降低20%左右 (11th FYP: 19.1%)",
       goal{energy05, about(-20_pct_growth), period{2005y, 2010y}, attribute::binding}, 2010y,
       std::array{C{2010y, -19.1_pct_growth, flag::none, 5}});
  constexpr indicator<yuan_per_person<constant_prices<2020>>> real_income{"居民收入",
                                                                          "income (real)", up};
  show("与经济增长基本同步",
       goal{real_income, in_step_with("经济增长", "GDP growth"), fyp14, expected}, 2023y,
       std::array{C{2021y, 8.1_pct_growth}, C{2022y, 2.9_pct_growth}, C{2023y, 6.1_pct_growth}},
       std::array{C{2021y, 8.1_pct_growth}, C{2022y, 3.0_pct_growth}, C{2023y, 5.2_pct_growth}});
  constexpr milestone rail{"rail", "世界级轨道交通装备产业集群", "world-class rail cluster",
                           period{2020y, 2026y}, expected};
  show("建成世界级产业集群 (no evidence yet)", rail, 2025y, milestone_record{});
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: level | 提高到65% | met: yes | 已实现
// expect-output: level | 超过70% (示例: 70.0%) | met: no | 未实现
// expect-output: ceiling | 控制在5.5%以内 (示例) | met: yes | 基本符合预期
// expect-output: ceiling | 不满5.5% (示例) | met: no | 滞后
// expect-output: step | 从3000亿元迈上5000亿元台阶 | met: no | 快于预期
// expect-output: cumulative_change | 下降13.5%以上 | met: no | 基本符合预期
// expect-output: increment | 力争新增2-3个 | met: no | 滞后
// expect-output: band | 降低20%左右 (11th FYP: 19.1%) | met: yes | 已实现
// expect-output: relative | 与经济增长基本同步 | met: yes | 基本符合预期
// expect-output: milestone | 建成世界级产业集群 (no evidence yet) | met: ? | 数据不足
