// Compile-time benchmark, typed side: the seven Zhuzhou goals (zhuzhou.hpp) evaluated
// through <zzplan/zzplan.hpp> and printed. zhuzhou_plain.cpp is the same program on plain doubles.
// Figures: GDP and urbanization as published (examples/data); the others illustrative, in the
// same shape, since Zhuzhou does not publish them (a real report shows "insufficient data").
#include <zzplan/plans/zhuzhou.hpp>
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

template <class A> void print(const char* id, const A& a) {
  std::cout << id << ": " << label_en(a.label) << ", achievement "
            << a.achievement_share.value_or(0.0) << ", rate " << a.rate_ratio.value_or(0.0) << "\n";
}

int main() {
  constexpr auto as_of = 2024y;
  const std::array clusters{observation<items>{2020y, 2_items}, observation<items>{2023y, 3_items}};
  const std::array tech{observation<share>{2020y, 62_pct}, observation<share>{2023y, 66_pct}};
  const std::array trade{observation<share>{2020y, 11_pct}, observation<share>{2023y, 13.2_pct}};
  const std::array gdp{
      observation<yi_yuan<>>{2021y, 3420.3_yi_yuan}, observation<yi_yuan<>>{2022y, 3616.81_yi_yuan},
      observation<yi_yuan<>>{2023y, 3667.9_yi_yuan}, observation<yi_yuan<>>{2024y, 3902.4_yi_yuan}};
  const std::array urban{observation<share>{2020y, 71.26_pct, flag::derived},
                         observation<share>{2021y, 72.04_pct}};
  const std::array income{observation<yuan_per_person<>>{2020y, yuan_per_person<>(46000.0)},
                          observation<yuan_per_person<>>{2023y, yuan_per_person<>(56500.0)}};
  using intensity = tce_per_wan_yuan<constant_prices<2020>>;
  const std::array energy{observation<intensity>{2020y, intensity(0.52)},
                          observation<intensity>{2023y, intensity(0.47)}};

  print("billion_clusters", evaluate(zhuzhou::new_billion_clusters, clusters, as_of));
  print("tech_contribution", evaluate(zhuzhou::tech_progress, tech, as_of));
  print("trade_dependence", evaluate(zhuzhou::trade, trade, as_of));
  print("gdp", evaluate(zhuzhou::economy, gdp, as_of));
  print("urbanization", evaluate(zhuzhou::urban, urban, as_of));
  print("income_growth", evaluate(zhuzhou::income_growth, income, as_of));
  print("energy_intensity", evaluate(zhuzhou::energy, energy, as_of));
}
