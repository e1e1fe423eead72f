// 01 quick start: a goal as the plan words it, a series as published, an evaluation, printed.
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
  // 株洲：全市常住人口城镇化率超过75% (base 2020, deadline 2026)
  constexpr indicator<share> urbanization{"常住人口城镇化率", "urbanization rate",
                                          direction::higher_is_better};
  constexpr goal urban{urbanization, above(75_pct), period{2020y, 2026y}, attribute::expected};

  // Zhuzhou 2021 communique: 72.04%, up 0.78 points on 2020 (so 2020 is derived)
  constexpr std::array data{observation<share>{2020y, 71.26_pct, flag::derived},
                            observation<share>{2021y, 72.04_pct}};

  const auto a = evaluate(urban, data, 2021y);
  std::cout << *a.latest_value << " in " << static_cast<int>(*a.latest_year) << ", "
            << "time " << format_number(*a.time_elapsed * 100, 3) << "%, "
            << "task " << format_number(*a.achievement_share * 100, 3) << "%: " << label_zh(a.label)
            << " (" << label_en(a.label) << ")\n";
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 72.04% in 2021, time 16.7%, task 20.9%: 快于预期 (faster than expected)
