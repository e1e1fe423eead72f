// 04 mid-term review: baseline, deadline, 时间过半、任务过半, the schedule ratio and its label.
// Zhuzhou GDP, 从3000亿元迈上5000亿元台阶 (2020 → 2026), against the published levels.
#include <zzplan/plans/zhuzhou.hpp>
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

// Zhuzhou GDP, 亿元, current prices (examples/data/zhuzhou.csv). No 2020 figure was found,
// so the plan's stated start (3000亿元) is the base. 2022-2024 come from third-party pages
// (2024: low confidence); 2025 is only "突破4000亿元", a lower bound, never a point value.
constexpr std::array zhuzhou_gdp{
    observation<yi_yuan<>>{2019y, 3003.13_yi_yuan},
    observation<yi_yuan<>>{2021y, 3420.3_yi_yuan, flag::provisional},
    observation<yi_yuan<>>{2022y, 3616.81_yi_yuan},
    observation<yi_yuan<>>{2023y, 3667.90_yi_yuan},
    observation<yi_yuan<>>{2024y, 3902.4_yi_yuan},
    observation<yi_yuan<>>{2025y, 4000_yi_yuan, flag::lower_bound},
};

std::string pct(std::optional<double> v) {
  return v ? format_number(*v * 100, 3) + "%" : "—";
}
std::string pct(annual_rate r) {
  return format_number(r.percent(), 3) + "% a year";
}

int main() {
  const auto& g = zhuzhou::economy; // the step goal, as zhuzhou.hpp words it
  std::cout << g.wording << " (" << static_cast<int>(g.when.base) << "–"
            << static_cast<int>(g.when.deadline) << ")\n";
  for (const year as_of : {2023y, 2025y}) {
    const auto a = evaluate(g, zhuzhou_gdp, as_of);
    const double e = a.time_elapsed.value_or(0);
    const double q = a.schedule_ratio.value_or(0);
    std::cout << "as of " << static_cast<int>(as_of) << " (latest "
              << static_cast<int>(*a.latest_year) << ": " << *a.latest_value << ")\n"
              << "  time elapsed " << pct(a.time_elapsed) << ", task done "
              << pct(a.achievement_share) << ", on schedule " << pct(a.expected_share)
              << " (geometric path, required " << pct(*a.required_rate) << ")\n"
              << "  schedule ratio " << format_number(q, 3) << " → " << label_zh(a.label) << " ("
              << label_en(a.label) << ")\n"
              << "  时间过半、任务过半: " << (e >= 0.5 && q >= 1 ? "yes" : "no")
              << "; needed from now: " << pct(*a.required_rate_remaining) << '\n';
    for (const std::string& n : describe_notes(a, lang::en)) {
      std::cout << "  note: " << n << '\n';
    }
  }
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 全市经济总量：从3000亿元迈上5000亿元台阶 (2020–2026)
// expect-output: as of 2023 (latest 2023: 3667.9亿元)
// expect-output: time elapsed 50%, task done 33.4%, on schedule 43.6%
// expect-output: schedule ratio 0.765 → 滞后 (lagging)
// expect-output: 时间过半、任务过半: no; needed from now: 10.9% a year
// expect-output: on schedule 43.6% (geometric path, required 8.89% a year)
// expect-output: note: no data for the base year 2020; the plan's stated start 3000 is used
// expect-output: as of 2025 (latest 2024: 3902.4亿元)
// expect-output: note: 2025: 4000 is a lower bound, not used as a point value
