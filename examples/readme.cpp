// The README's program: what the types allow (✅), what they refuse (❌, with zzplan's message).
// clang-format off
#include <zzplan/zzplan.hpp>
#include <iostream>
using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
  constexpr indicator<share> urban{"常住人口城镇化率", "urbanization rate", direction::higher_is_better};
  constexpr goal target{urban, above(75_pct), period{2020y, 2026y}, attribute::expected}; // ✅ 超过75%
  constexpr std::array data{observation<share>{2020y, 71.26_pct, flag::derived}, observation<share>{2021y, 72.04_pct}};
  constexpr auto a = evaluate(target, data, 2021y);              // ✅ even at compile time
  static_assert(a.label == schedule_label::faster_than_expected); // ✅ 时间16.7%，任务20.9%
  const points gap = 75_pct - *a.latest_value;                    // ✅ share − share = points
  const wan_yuan<> gdp = 3420.3_yi_yuan;                          // ✅ 1亿元 = 10000万元, exactly
  // growth_rate g = gap;               ❌ zzplan: percentage points (个百分点) are not a growth rate (%)
  // auto s = 72.04_pct + 0.78_pct;     ❌ zzplan: a share (%) plus a share (%) is not a share
  // auto e = gdp + 1.0_tce;            ❌ zzplan: money (元/万元/亿元) and energy (吨标准煤, tce) cannot be added
  // auto m = gdp + yi_yuan<constant_prices<2020>>(1.0); ❌ zzplan: money at current prices (现价) and … constant prices (可比价)
  std::cout << to_string(gap) << " to go; " << label_zh(a.label) << "; GDP " << to_string(gdp) << "\n";
}
// expect-output: 2.96个百分点 to go; 快于预期; GDP 34203000万元
