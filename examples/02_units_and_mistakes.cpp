// 02 units and mistakes: money with magnitude and price basis, energy, shares, points, rates.
// Each ✅ line compiles; each ❌ line (in a comment) does not, with the zzplan message shown.
// The same mistakes are tested one by one in tests/compile_fail/.
#include <zzplan/zzplan.hpp>

#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;

int main() {
  // ✅ Money has a magnitude: 亿元 converts exactly to 万元 (Zhuzhou GDP 2021, current prices).
  const yi_yuan<> gdp = 3420.3_yi_yuan;
  const wan_yuan<> gdp_wan = gdp;
  std::cout << gdp << " = " << gdp_wan << " = " << to_string(gdp, lang::en) << '\n';
  // ❌ const wan_yuan<> wrong = 3420.3;  // a bare number has no unit: write 3420.3_yi_yuan
  //    (plain C++ error: conversion from 'double' to non-scalar type 'zzplan::wan_yuan<>')

  // ✅ Energy in tce converts to SI: 1 tce = 29.3076 GJ.
  std::cout << "1吨标准煤 = " << to_si(1_tce).value() / 1e9 << " GJ\n";
  // ❌ gdp + 1_tce;
  //    zzplan: money (元/万元/亿元) and energy (吨标准煤, tce) cannot be added or compared;
  //    energy / money is an energy intensity (吨标准煤/万元)

  // ✅ A share minus a share is percentage points (Zhuzhou urbanization 2020 → 2021).
  const share u2020 = 71.26_pct;
  const share u2021 = 72.04_pct;
  const points rise = u2021 - u2020;
  std::cout << u2020 << " → " << u2021 << ": +" << rise << ", relative change +"
            << format_number(relative_change(u2020, u2021).percent(), 3) << "%\n";
  // ❌ growth_rate g = rise;
  //    zzplan: percentage points (个百分点) are not a growth rate (%): 'rose 5 points' is not
  //    'rose 5%'; for the relative change of a share write zzplan::relative_change(from, to)
  // ❌ u2020 + u2021;
  //    zzplan: a share (%) plus a share (%) is not a share: a share is a part of a whole; ...

  // ✅ Growth rates compound (China's real GDP growth, 2021 and 2022).
  const growth_rate g2021 = 8.1_pct_growth;
  const growth_rate g2022 = 3.0_pct_growth;
  const growth_rate two_years = compound(g2021, g2022);
  std::cout << "8.1% then 3.0% = " << two_years << " over two years, 年均"
            << format_number(average_annual(two_years, 2).percent(), 3) << "%\n";
  // ❌ g2021 + g2022;
  //    zzplan: a growth rate (%) plus a growth rate (%): growth rates do not add, they compound
  //    (two years of +10% are +21%, not +20%); write zzplan::compound(a, b)

  // ✅ A share of money is money; the share of one amount in another is a share
  //    (Hunan 2021: trade 5988.5亿元, GDP 46063.09亿元).
  const yi_yuan<> trade = 5988.5_yi_yuan;
  const yi_yuan<> hunan_gdp = 46063.09_yi_yuan;
  const share dependence = share_of(trade, hunan_gdp);
  std::cout << "trade dependence " << format_number(dependence.percent(), 4) << "%, "
            << "15% of GDP = " << 15_pct * hunan_gdp << '\n';
  // ❌ trade >= 15_pct;
  //    zzplan: money (元/万元/亿元) and a share (%) cannot be added or compared; a share of
  //    money is money: write share * amount

  // ✅ Current and constant prices are different dimensions: converting needs a deflator,
  //    stated explicitly (示例数据: an illustrative price index of 1.05, not a statistic).
  const yi_yuan<constant_prices<2020>> real =
      deflate(gdp, deflator<current_prices, constant_prices<2020>>{1.05});
  std::cout << "at 2020 prices (示例): " << real << '\n';
  // ❌ gdp + real;
  //    zzplan: money at current prices (现价) and money at constant prices (可比价), or at the
  //    prices of two different years, cannot be added or compared; convert one side first
  //    with an explicit deflator: zzplan::deflate(amount, deflator)
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 3420.3亿元 = 34203000万元 = 342.03 billion yuan
// expect-output: 1吨标准煤 = 29.3076 GJ
// expect-output: 71.26% → 72.04%: +0.78个百分点, relative change +1.09%
// expect-output: 8.1% then 3.0% = 11.343% over two years, 年均5.52%
// expect-output: trade dependence 13%, 15% of GDP
// expect-output: 15% of GDP = 6909.4635亿元
// expect-output: at 2020 prices (示例): 3257.428571亿元（2020年价格）
