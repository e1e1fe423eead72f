// 05 yearly changes: energy intensity is published as changes ("单位GDP能耗下降3.8%"), not as
// levels. zzplan chains them into an index with the base = 1: K_t = 1 - Π(1 + g_i).
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>
#include <string>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

std::string pct(double fraction) {
  return format_number(fraction * 100, 3) + "%";
}

template <class A> void print(const A& a) {
  std::cout << "  as of " << static_cast<int>(a.as_of) << " (latest "
            << static_cast<int>(*a.latest_year) << "): index " << format_number(*a.latest_value, 4)
            << ", done " << pct(1 - *a.latest_value) << " of " << pct(1 - *a.target_value)
            << ", cut needed from now " << pct(-a.required_rate_remaining->fraction())
            << " a year → " << label_zh(a.label) << '\n';
}

int main() {
  // Growth rates compound, they do not add: three yearly falls of 2.4% are a fall of 7.03%.
  const growth_rate three = compound(-2.4_pct_growth, -2.4_pct_growth, -2.4_pct_growth);
  std::cout << "-2.4% three times = " << pct(three.fraction()) << " (not -7.2%)\n";

  // docs/method.md §4, worked example (示例数据): a 15% cut over 5 years; after -7% in the first
  // three, the last two years need a cut of 4.40% each.
  constexpr indicator<tce_per_wan_yuan<constant_prices<2020>>> intensity{
      "万元GDP能耗", "energy intensity", direction::lower_is_better};
  constexpr goal cut15{intensity, decrease_by(15_pct_growth), period{2020y, 2025y},
                       attribute::binding};
  constexpr std::array teaching{change_observation{2023y, -7_pct_growth, flag::none, 3}};
  std::cout << "下降15%以上 (示例数据)\n";
  print(evaluate(cut15, teaching, 2023y));

  // China's 14th FYP, 单位GDP能源消耗降低13.5% (binding). NDRC: 2021-2023 together about -7.3%;
  // NBS: 2024 -3.8% (a new method: feedstock and non-fossil energy excluded). 2025: not found.
  // snippet-begin: china
  constexpr std::array china{change_observation{2023y, -7.3_pct_growth, flag::none, 3},
                             change_observation{2024y, -3.8_pct_growth}};
  // snippet-end: china
  std::cout << fyp14::energy.wording << '\n';
  for (const year as_of : {2023y, 2024y, 2025y}) {
    const auto a = evaluate(fyp14::energy, china, as_of);
    print(a);
    if (a.notes.contains(note_code::latest_before_deadline)) {
      std::cout << "  (" << describe(*(a.notes.end() - 1), lang::en) << ")\n";
    }
  }
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: -2.4% three times = -7.03% (not -7.2%)
// expect-output: as of 2023 (latest 2023): index 0.93, done 7% of 15%, cut needed from now 4.4% a year → 滞后
// expect-output: as of 2023 (latest 2023): index 0.927, done 7.3% of 13.5%, cut needed from now 3.4% a year → 滞后
// expect-output: as of 2024 (latest 2024): index 0.8918, done 10.8% of 13.5%, cut needed from now 3% a year → 基本符合预期
// expect-output: as of 2025 (latest 2024): index 0.8918, done 10.8% of 13.5%, cut needed from now 3% a year → 基本符合预期
// expect-output: (no figure for the deadline yet; the latest is 2024, judged on schedule)
