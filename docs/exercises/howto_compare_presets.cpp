// How-to (docs/howto/compare-presets.md): the same assessments classified by every preset, goal
// by goal and rolled up. One evaluation computes every preset's metric; nothing is re-run.
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/plans/zhuzhou.hpp>
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>
#include <tuple>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
  using S = observation<share>;
  using Y = observation<yi_yuan<>>;
  constexpr std::array urban{S{2020y, 63.89_pct}, S{2021y, 64.72_pct}};
  constexpr std::array energy{change_observation{2023y, -7.3_pct_growth, flag::none, 3}};
  constexpr std::array gdp{Y{2021y, 3420.3_yi_yuan}, Y{2022y, 3616.81_yi_yuan},
                           Y{2023y, 3667.90_yi_yuan}};
  constexpr std::array clusters{observation<items>{2020y, 2_items},
                                observation<items>{2025y, 3_items}};

  // snippet-begin: table
  constexpr std::array methods{method::cn_midterm, method::un2022, method::un2023,
                               method::eurostat};
  const auto results =
      std::make_tuple(evaluate(fyp14::urban, urban, 2021y), evaluate(fyp14::energy, energy, 2023y),
                      evaluate(zhuzhou::economy, gdp, 2023y),
                      evaluate(zhuzhou::new_billion_clusters, clusters, 2025y));
  const auto row = [&](const assessment_core& a) {
    std::cout << a.wording << ":";
    for (const method m : methods) {
      std::cout << ' ' << to_string(a.status_under(m));
    }
    std::cout << '\n';
  };
  std::apply([&](const auto&... a) { (row(a), ...); }, results);
  // snippet-end: table

  // snippet-begin: rollup
  for (const method m : methods) {
    const rollup r = roll_up_tuple(results, m);
    std::cout << to_string(m) << ":";
    for (std::size_t s = 0; s < status_count; ++s) {
      if (r.all.by_status[s] != 0) {
        std::cout << ' ' << to_string(static_cast<status>(s)) << " ×" << r.all.by_status[s];
      }
    }
    std::cout << '\n';
  }
  // snippet-end: rollup
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 常住人口城镇化率提高到65%: faster_than_expected on_track on_track substantial_progress
// expect-output: 单位GDP能源消耗降低13.5%: lagging fair_progress acceleration_needed moderate_progress
// expect-output: 全市经济总量：从3000亿元迈上5000亿元台阶: lagging fair_progress acceleration_needed moderate_progress
// expect-output: 千亿产业集群：力争新增2-3个: lagging fair_progress acceleration_needed moderate_progress
// expect-output: cn_midterm: faster_than_expected ×1 lagging ×3
// expect-output: un2022: on_track ×1 fair_progress ×3
// expect-output: un2023: on_track ×1 acceleration_needed ×3
// expect-output: eurostat: substantial_progress ×1 moderate_progress ×3
