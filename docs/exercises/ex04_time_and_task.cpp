// Exercise 4 (tutorial §5): time elapsed and task done, 时间过半、任务过半.
//
// China's 14th FYP: 常住人口城镇化率提高到65% (2020 → 2025). The rate was 63.89% in 2020 and
// 64.72% in 2021. In 2021, compute by hand the time elapsed e, the task done a, the expected
// share s (a level goal follows a straight line) and the schedule ratio q = a / s. Then let
// zzplan do it and compare.
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
  // snippet-begin: by-hand
  const double e = (2021.0 - 2020.0) / (2025.0 - 2020.0); // 0.2
  const double a = (64.72 - 63.89) / (65.0 - 63.89);      // 0.748: three quarters of the way
  const double s = e;                                     // linear path for a level goal
  const double q = a / s;                                 // 3.74: far ahead of schedule
  // snippet-end: by-hand

  // snippet-begin: answer
  constexpr std::array data{observation<share>{2020y, 63.89_pct},
                            observation<share>{2021y, 64.72_pct}};
  const auto r = evaluate(fyp14::urban, data, 2021y);
  // r.time_elapsed == e, r.achievement_share == a, r.expected_share == s, r.schedule_ratio == q
  // snippet-end: answer

  std::cout << "by hand: e " << format_number(e, 3) << ", a " << format_number(a, 3) << ", s "
            << format_number(s, 3) << ", q " << format_number(q, 3) << '\n'
            << "zzplan:  e " << format_number(*r.time_elapsed, 3) << ", a "
            << format_number(*r.achievement_share, 3) << ", s "
            << format_number(*r.expected_share, 3) << ", q " << format_number(*r.schedule_ratio, 3)
            << " → " << label_zh(r.label) << '\n';
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: by hand: e 0.2, a 0.748, s 0.2, q 3.74
// expect-output: zzplan:  e 0.2, a 0.748, s 0.2, q 3.74 → 快于预期
