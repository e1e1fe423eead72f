// Compile-time benchmark, plain side: the program of zhuzhou_typed.cpp on plain
// doubles (bench/plain_eval.hpp: the same formulas, <cmath> only) with <vector> and <iostream>.
#include "../plain_eval.hpp"

#include <cmath>
#include <iostream>
#include <vector>

namespace {

void print(const char* id, const plain::result& r) {
  static const char* const labels[] = {
      "insufficient data", "achieved early", "faster than expected", "as expected",
      "lagging",           "achieved",       "not achieved"};
  std::cout << id << ": " << labels[r.lab] << ", achievement "
            << (std::isnan(r.achievement_share) ? 0.0 : r.achievement_share) << ", rate "
            << (std::isnan(r.rate_ratio) ? 0.0 : r.rate_ratio) << "\n";
}

plain::goal make(plain::cmp c, double x, double x2, double k, bool stated = false, double start = 0,
                 bool aspirational = false, unsigned char attr = 0) {
  return plain::goal{"", "", "", "",  attr, aspirational, 1,      c,
                     x,  x2, k,  0.0, 2020, 2026,         stated, start};
}

} // namespace

int main() {
  const int as_of = 2024;
  const std::vector<plain::obs> clusters{{2020, 2, 0}, {2023, 3, 0}};
  const std::vector<plain::obs> tech{{2020, 62, 0}, {2023, 66, 0}};
  const std::vector<plain::obs> trade{{2020, 11, 0}, {2023, 13.2, 0}};
  const std::vector<plain::obs> gdp{
      {2021, 3420.3, 0}, {2022, 3616.81, 0}, {2023, 3667.9, 0}, {2024, 3902.4, 0}};
  const std::vector<plain::obs> urban{{2020, 71.26, plain::derived}, {2021, 72.04, 0}};
  const std::vector<plain::obs> income{{2020, 46000.0, 0}, {2023, 56500.0, 0}};
  const std::vector<plain::obs> energy{{2020, 0.52, 0}, {2023, 0.47, 0}};

  auto energy_goal = make(plain::at_most, 0, 0, -0.15, false, 0, false, 1);
  energy_goal.better = -1;
  print("billion_clusters",
        plain::evaluate<plain::increment>(make(plain::at_least, 2, 3, 0, false, 0, true),
                                          clusters.data(), clusters.size(), as_of));
  print("tech_contribution", plain::evaluate<plain::level>(make(plain::more_than, 70, 0, 0),
                                                           tech.data(), tech.size(), as_of));
  print("trade_dependence", plain::evaluate<plain::level>(make(plain::at_least, 15, 0, 0),
                                                          trade.data(), trade.size(), as_of));
  print("gdp", plain::evaluate<plain::step>(make(plain::at_least, 5000, 0, 0, true, 3000),
                                            gdp.data(), gdp.size(), as_of));
  print("urbanization", plain::evaluate<plain::level>(make(plain::more_than, 75, 0, 0),
                                                      urban.data(), urban.size(), as_of));
  print("income_growth",
        plain::evaluate<plain::average_growth>(make(plain::at_least, 0, 0, 0.08), income.data(),
                                               income.size(), as_of));
  print("energy_intensity", plain::evaluate<plain::cumulative_change>(energy_goal, energy.data(),
                                                                      energy.size(), as_of));
}
