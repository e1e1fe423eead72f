// How-to (docs/howto/choose-a-method.md): one assessment answers several questions; pick the
// output that answers yours, and state the projection and the cut-offs you use.
// Zhuzhou GDP, 从3000亿元迈上5000亿元台阶 (2020 → 2026), on the levels published up to 2024.
#include <zzplan/plans/zhuzhou.hpp>
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>
#include <string>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

std::string num(std::optional<double> v) {
  return v ? format_number(*v, 3) : "—";
}

int main() {
  using Y = observation<yi_yuan<>>;
  constexpr std::array gdp{Y{2021y, 3420.3_yi_yuan}, Y{2022y, 3616.81_yi_yuan},
                           Y{2023y, 3667.90_yi_yuan}, Y{2024y, 3902.4_yi_yuan}};
  // snippet-begin: questions
  const auto a = evaluate(zhuzhou::economy, gdp, 2024y); // projection: the goal's path (geometric)

  // Are we where the plan's path says we should be by now?    schedule ratio → cn_midterm
  std::cout << "q = " << num(a.schedule_ratio) << " → " << label_zh(a.label) << '\n';
  // Is our pace fast enough?                                  rate ratio → un2022, eurostat
  std::cout << "r_a / r_r = " << num(a.rate_ratio) << " → " << to_string(a.eurostat) << '\n';
  // Where does the current pace take us by the deadline?      projected share → un2023
  std::cout << "P = " << num(a.projected_share) << " (" << to_string(a.projection) << "), "
            << num(a.years_to_target) << " more years at this pace → " << to_string(a.un2023)
            << '\n';
  // What is needed from now on?                               required rate for the rest
  std::cout << "needed: " << format_number(a.required_rate_remaining->percent(), 3) << "% a year\n";
  // snippet-end: questions

  // snippet-begin: projection
  // A straight-line projection instead of the goal's own path: say which one a report uses.
  options straight;
  straight.projection = projection_method::linear;
  const auto b = evaluate(zhuzhou::economy, gdp, 2024y, straight);
  std::cout << "P = " << num(b.projected_share) << " (" << to_string(b.projection) << ")\n";
  // snippet-end: projection
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: q = 0.741 → 滞后
// expect-output: r_a / r_r = 0.765 → moderate_progress
// expect-output: P = 0.725 (geometric), 3.77 more years at this pace → acceleration_needed
// expect-output: needed: 13.2% a year
// expect-output: P = 0.677 (linear)
