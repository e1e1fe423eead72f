// Reference examples (docs/reference/units.md): dimension.hpp, quantity.hpp, units.hpp,
// percent.hpp, format.hpp. Figures: Zhuzhou and Hunan, examples/data/zhuzhou.csv.
#include <zzplan/dimension.hpp>
#include <zzplan/format.hpp>
#include <zzplan/percent.hpp>
#include <zzplan/quantity.hpp>
#include <zzplan/units.hpp>

#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;

// snippet-begin: dimension
// Current prices and constant prices of a year are different dimensions.
static_assert(!std::is_same_v<dim::money<current_prices>, dim::money<constant_prices<2020>>>);
static_assert(family_of_unit_v<units::tce_per_wan_yuan<>> == unit_family::energy_intensity);
static_assert(family_name(unit_family::energy_intensity, lang::zh) == "能耗强度");
// snippet-end: dimension

int main() {
  // snippet-begin: quantity
  const yi_yuan<> gdp_2021 = 3420.3_yi_yuan; // Zhuzhou, current prices
  const wan_yuan<> in_wan = gdp_2021;        // implicit: exact conversion to a finer unit
  const double in_yuan = value_in<units::yuan<>>(gdp_2021);
  const auto sum = 3420.3_yi_yuan + 1_wan_yuan;              // in the finer unit: 万元
  const double ratio = 3616.81_yi_yuan / 3420.3_yi_yuan;     // same dimension: a plain number
  const auto per_head = 3420.3_yi_yuan / 388.33_wan_persons; // a derived unit: 亿元/万人
  std::cout << in_wan << ", " << format_number(in_yuan) << "元, " << sum << ", "
            << format_number(ratio, 4) << ", " << per_head << '\n';
  // snippet-end: quantity

  // snippet-begin: units
  const tce_per_wan_yuan<constant_prices<2020>> intensity(0.5); // 示例数据
  std::cout << intensity << " | " << to_string(intensity, lang::en)
            << " | 1 tce = " << to_si(1_tce).value() << " J\n";
  const yuan_per_person<> per_capita(87'852);                    // Zhuzhou 2021, current prices
  const deflator<current_prices, constant_prices<2020>> d{1.05}; // 示例数据: a price index
  std::cout << per_capita << " → " << deflate(per_capita, d) << '\n';
  // snippet-end: units

  // snippet-begin: percent
  const share u2020 = 71.26_pct, u2021 = 72.04_pct; // Zhuzhou urbanization
  const points rise = u2021 - u2020;                // share - share = points
  const share back = u2020 + rise;                  // share + points = share
  const growth_rate rel = relative_change(u2020, u2021);
  const growth_rate two = compound(8.1_pct_growth, 3.0_pct_growth); // China, 2021 and 2022
  const annual_rate avg = average_annual(two, 2);
  const share dependence = share_of(5988.5_yi_yuan, 46063.09_yi_yuan); // Hunan 2021
  std::cout << rise << ", " << back << ", " << format_number(rel.percent(), 3) << "%, "
            << format_number(two.percent(), 4) << "%, " << format_number(avg.percent(), 3) << "%, "
            << format_number(dependence.percent(), 4) << "%, " << (15_pct * 46063.09_yi_yuan)
            << ", " << format_number(over(8_pct_a_year, 6).percent(), 3) << "%\n";
  // snippet-end: percent

  // snippet-begin: format
  std::cout << format_number(72.0400, 4) << " | " << format_number(1.0 / 3.0, 3) << " | "
            << to_string(0.78_pp, lang::en) << " | " << to_string(8_pct_a_year) << " | "
            << to_string(8_pct_a_year, lang::en) << " | " << to_string(3420.3_yi_yuan, lang::en)
            << '\n';
  // snippet-end: format
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 34203000万元, 342030000000元, 34203001万元, 1.057, 8.807715088亿元/万人
// expect-output: 0.5吨标准煤/万元（2020年价格） | 0.5 tce per 10,000 yuan (2020 prices) | 1 tce = 2.93076e+10 J
// expect-output: 87852元/人 → 83668.57143元/人（2020年价格）
// expect-output: 0.78个百分点, 72.04%, 1.09%, 11.34%, 5.52%, 13%, 6909.4635亿元, 58.7%
// expect-output: 72.04 | 0.333 | 0.78 pp | 年均8% | 8% a year | 342.03 billion yuan
