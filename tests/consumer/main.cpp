// A program outside zzplan, built against zzplan found with find_package(zzplan) (an install or
// the build tree) or added with add_subdirectory. It evaluates the README's goal at run time and
// exits 1 unless zzplan labels it faster than expected: a wrong build fails here, not silently.
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>

int main() {
  using namespace zzplan;
  using namespace zzplan::literals;
  using namespace std::chrono_literals;

  const indicator<share> urban{"常住人口城镇化率", "urbanization rate",
                               direction::higher_is_better};
  const goal target{urban, above(75_pct), period{2020y, 2026y}, attribute::expected};
  const std::array data{observation<share>{2020y, 71.26_pct, flag::derived},
                        observation<share>{2021y, 72.04_pct}};
  const auto a = evaluate(target, data, 2021y);
  if (a.label != schedule_label::faster_than_expected) {
    std::cerr << "zzplan_consumer: expected the label faster_than_expected, got "
              << label_en(a.label) << "\n";
    return 1;
  }
  std::cout << "zzplan_consumer: ok (" << label_en(a.label) << ")\n";
  return 0;
}
