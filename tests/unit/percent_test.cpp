// Shares, percentage points, growth rates and average annual rates: the algebra of docs/method.md §2
// and the worked numbers of docs/method.md §4.
#include "support/catch.hpp"

#include <zzplan/percent.hpp>
#include <zzplan/units.hpp>

#include <cmath>
#include <type_traits>

using namespace zzplan;
using namespace zzplan::literals;
#if defined(CATCH_VERSION_MAJOR) && CATCH_VERSION_MAJOR >= 3
using Catch::Approx;
#endif

TEST_CASE("factories say which reading is meant", "[percent]") {
  CHECK(share::percent(72.04).fraction() == Approx(0.7204));
  CHECK(share::fraction(0.7204).percent() == Approx(72.04));
  CHECK(share::percent(50).fraction() == 0.5);
  CHECK(points::pp(0.78).fraction() == Approx(0.0078));
  CHECK(points::fraction(0.0078).pp() == Approx(0.78));
  CHECK(growth_rate::percent(8.3).fraction() == Approx(0.083));
  CHECK(growth_rate::percent(-15).factor() == Approx(0.85));
  CHECK(annual_rate::percent(8).fraction() == Approx(0.08));
  CHECK(share().fraction() == 0.0);
  CHECK(points().pp() == 0.0);
  CHECK(growth_rate().factor() == 1.0);
  CHECK(annual_rate().percent() == 0.0);

  CHECK(72.04_pct == share::percent(72.04));
  CHECK(15_pct == share::fraction(0.15));
  CHECK(0.78_pp == points::pp(0.78));
  CHECK(2_pp == points::pp(2));
  CHECK(8.3_pct_growth == growth_rate::percent(8.3));
  CHECK(10_pct_growth == growth_rate::percent(10));
  CHECK(8_pct_a_year == annual_rate::percent(8));
  CHECK(3.5_pct_a_year == annual_rate::percent(3.5));
}

TEST_CASE("share - share = points; share +/- points = share; points +/- points = points",
          "[percent][points]") {
  // 城镇化率 71.26% -> 72.04%: up 0.78 percentage points (个百分点)
  const points rise = 72.04_pct - 71.26_pct;
  STATIC_REQUIRE(std::is_same_v<decltype(72.04_pct - 71.26_pct), points>);
  CHECK(rise.pp() == Approx(0.78));
  CHECK(rise.fraction() == Approx(0.0078));

  const share back = 71.26_pct + rise;
  CHECK(back.percent() == Approx(72.04));
  CHECK((rise + 71.26_pct).percent() == Approx(72.04));
  CHECK((72.04_pct - rise).percent() == Approx(71.26));
  STATIC_REQUIRE(std::is_same_v<decltype(71.26_pct + rise), share>);
  STATIC_REQUIRE(std::is_same_v<decltype(rise + 71.26_pct), share>);
  STATIC_REQUIRE(std::is_same_v<decltype(72.04_pct - rise), share>);

  CHECK((0.78_pp + 0.22_pp).pp() == Approx(1.0));
  CHECK((1_pp - 0.22_pp).pp() == Approx(0.78));
  CHECK((-0.78_pp).pp() == Approx(-0.78));
  CHECK((2 * 0.5_pp).pp() == Approx(1.0));
  CHECK((0.5_pp * 3).pp() == Approx(1.5));

  // a fall is negative points
  CHECK((13_pct - 15_pct).pp() == Approx(-2.0));
  CHECK(13_pct - 15_pct < points());
}

TEST_CASE("the difference of two rates is in points", "[percent][points]") {
  const points gap = 8.3_pct_growth - 6.0_pct_growth;
  CHECK(gap.pp() == Approx(2.3));
  const points annual_gap = 7_pct_a_year - 8_pct_a_year;
  CHECK(annual_gap.pp() == Approx(-1.0));
  STATIC_REQUIRE(std::is_same_v<decltype(8.3_pct_growth - 6.0_pct_growth), points>);
  STATIC_REQUIRE(std::is_same_v<decltype(7_pct_a_year - 8_pct_a_year), points>);

  // over-completion of a cumulative decrease: 19.71% against 16% is +3.71 points (docs/method.md §4)
  const growth_rate achieved = growth_rate::percent(-19.71);
  const growth_rate target = growth_rate::percent(-16);
  CHECK((target - achieved).pp() == Approx(3.71));
}

TEST_CASE("comparisons within a kind", "[percent]") {
  CHECK(72.04_pct > 71.26_pct);
  CHECK(70_pct == 70.0_pct);
  CHECK_FALSE(70_pct > 70_pct); // 超过70% is strict: 70.0% does not meet it
  CHECK(15_pct >= 15_pct);      // 提高到15% is inclusive
  CHECK(0.78_pp < 1_pp);
  CHECK(8.3_pct_growth > 8_pct_growth);
  CHECK(-3.8_pct_growth < 0_pct_growth);
  CHECK(8_pct_a_year >= 8_pct_a_year);
  CHECK(7.9_pct_a_year < 8_pct_a_year);
}

TEST_CASE("share_of: the share a part is of a whole, across magnitudes", "[percent][share]") {
  // trade 513亿元 of a GDP of 3420.3亿元: about 15% (对外贸易依存度)
  const share dependence = share_of(yi_yuan<>(513.045), yi_yuan<>(3420.3));
  CHECK(dependence.percent() == Approx(15.0));
  CHECK(share_of(wan_yuan<>(30'000), yi_yuan<>(100)).percent() == Approx(3.0));
  CHECK(share_of(yi_yuan<>(300), wanyi_yuan<>(1)).percent() == Approx(3.0));
  // urbanization: urban residents / residents
  CHECK(share_of(wan_persons(281.15), persons(3'902'700)).percent() == Approx(72.04).epsilon(1e-4));
  CHECK(share_of(items(1), items(4)) == 25_pct);
}

TEST_CASE("a share of a quantity is that quantity", "[percent][share]") {
  const yi_yuan<> gdp(1'000);
  const yi_yuan<> tertiary = 30_pct * gdp;
  CHECK(tertiary.value() == Approx(300.0));
  CHECK((gdp * 30_pct).value() == Approx(300.0));
  STATIC_REQUIRE(std::is_same_v<decltype(30_pct * gdp), yi_yuan<>>);
  STATIC_REQUIRE(std::is_same_v<decltype(gdp * 30_pct), yi_yuan<>>);
  CHECK((50_pct * wan_tce(3)).value() == Approx(1.5));
  CHECK((72.04_pct * wan_persons(390.27)).value() == Approx(281.15).epsilon(1e-4));

  const yi_yuan<constant_prices<2020>> real(1'000);
  STATIC_REQUIRE(std::is_same_v<decltype(10_pct * real), yi_yuan<constant_prices<2020>>>);
}

TEST_CASE("sum_of_parts adds the shares of one whole explicitly", "[percent][share]") {
  const share total = sum_of_parts(8.1_pct, 38.2_pct, 53.7_pct);
  CHECK(total.percent() == Approx(100.0));
  CHECK(sum_of_parts(40_pct) == 40_pct);
  CHECK(sum_of_parts(38.2_pct, 52.6_pct).percent() == Approx(90.8));
}

TEST_CASE("relative_change: (to - from) / from", "[percent][growth]") {
  CHECK(relative_change(yi_yuan<>(3000), yi_yuan<>(3420.3)).percent() == Approx(14.01));
  CHECK(relative_change(yi_yuan<>(3000), wanyi_yuan<>(0.5)).percent() == Approx(66.666666667));
  CHECK(relative_change(wan_yuan<>(100), wan_yuan<>(85)).percent() == Approx(-15.0));
  CHECK(relative_change(tce(100), tce(100)) == growth_rate());
  CHECK(relative_change(quantity<units::item, int>(2), quantity<units::item, int>(3)).percent() ==
        Approx(50.0));
  // the relative change of a share is a growth rate, its difference is points
  const growth_rate g = relative_change(71.26_pct, 72.04_pct);
  CHECK(g.percent() == Approx(1.0946).epsilon(1e-4));
  CHECK((72.04_pct - 71.26_pct).pp() == Approx(0.78));
}

TEST_CASE("growth rates compound, they do not add", "[percent][growth]") {
  // two years of +10% is +21%, not +20%
  const growth_rate two_years = compound(10_pct_growth, 10_pct_growth);
  CHECK(two_years.percent() == Approx(21.0));
  CHECK(two_years.fraction() == Approx(0.21));
  CHECK(compound(10_pct_growth).percent() == Approx(10.0));
  CHECK(compound(10_pct_growth, -10_pct_growth).percent() == Approx(-1.0));
  CHECK(compound(8_pct_growth, 8_pct_growth, 8_pct_growth).percent() == Approx(25.9712));
  // yearly falls of energy intensity chained: K = 1 - prod(1 + g)
  const growth_rate cumulative = compound(-3.8_pct_growth, -4.1_pct_growth, -2.5_pct_growth);
  CHECK(-cumulative.percent() == Approx(100.0 * (1.0 - 0.962 * 0.959 * 0.975)));
  CHECK(cumulative.factor() == Approx(0.962 * 0.959 * 0.975));
}

TEST_CASE("over: an annual rate compounded over the years", "[percent][annual]") {
  // 8% a year over 5 years: (1.08)^5 - 1 = 46.93%
  const growth_rate five_years = over(8_pct_a_year, 5);
  CHECK(five_years.percent() == Approx(46.9328077));
  CHECK(five_years.factor() == Approx(std::pow(1.08, 5.0)));
  CHECK(over(8_pct_a_year, 1).percent() == Approx(8.0));
  CHECK(over(8_pct_a_year, 0) == growth_rate());
  CHECK(over(-3.198_pct_a_year, 5).percent() == Approx(-15.0).epsilon(1e-4));
  // fractional years
  CHECK(over(21_pct_a_year, 0.5).percent() == Approx(10.0));
  // 翻一番 in ten years needs about 7.18% a year
  CHECK(over(annual_rate::percent(7.177346254), 10).factor() == Approx(2.0));
}

TEST_CASE("average_annual: the yearly rate that compounds to a growth over the years",
          "[percent][annual]") {
  // a 15% decrease over 5 years is -3.198% a year (docs/method.md §4, worked)
  const annual_rate r15 = average_annual(-15_pct_growth, 5);
  CHECK(r15.percent() == Approx(-3.198).margin(0.0005));
  CHECK(r15.percent() == Approx(-3.19812).margin(0.00001));
  // 20% over 5 years needs 4.365% a year
  CHECK(average_annual(-20_pct_growth, 5).percent() == Approx(-4.365).margin(0.0005));
  // after -7% in 3 years, the last 2 years of a -15% goal need 4.40% a year each
  const growth_rate remaining = growth_rate::fraction((1.0 - 0.15) / (1.0 - 0.07) - 1.0);
  CHECK(average_annual(remaining, 2).percent() == Approx(-4.40).margin(0.005));
  // income 8% a year over 5 years, and back
  CHECK(average_annual(over(8_pct_a_year, 5), 5).percent() == Approx(8.0));
  CHECK(average_annual(21_pct_growth, 2).percent() == Approx(10.0));
  CHECK(average_annual(growth_rate(), 5) == annual_rate());
  // 翻一番 (doubling) in 10 years
  CHECK(average_annual(100_pct_growth, 10).percent() == Approx(7.177346254));
}

TEST_CASE("apply: a growth rate applied to a level", "[percent][growth]") {
  const yi_yuan<> base(3'000);
  const yi_yuan<> next = apply(8_pct_growth, base);
  CHECK(next.value() == Approx(3'240.0));
  STATIC_REQUIRE(std::is_same_v<decltype(apply(8_pct_growth, base)), yi_yuan<>>);
  CHECK(apply(-15_pct_growth, tce_per_wan_yuan<>(0.6)).value() == Approx(0.51));
  CHECK(apply(over(8_pct_a_year, 5), yuan<>(30'000)).value() == Approx(44'079.84231));
  // 13% raised by 10% (relative) is 14.3%, which is +1.3 points
  const share raised = apply(10_pct_growth, 13_pct);
  CHECK(raised.percent() == Approx(14.3));
  CHECK((raised - 13_pct).pp() == Approx(1.3));
  // applying then measuring gives the rate back
  CHECK(relative_change(base, apply(8.3_pct_growth, base)).percent() == Approx(8.3));
}

TEST_CASE("compile-time and run-time evaluation agree", "[percent][constexpr]") {
  constexpr growth_rate cx_over = over(8_pct_a_year, 5);
  constexpr annual_rate cx_avg = average_annual(-15_pct_growth, 5);
  constexpr growth_rate cx_half = over(21_pct_a_year, 0.5);
  volatile double years = 5; // forces the run-time path
  const growth_rate rt_over = over(8_pct_a_year, years);
  const annual_rate rt_avg = average_annual(-15_pct_growth, years);
  CHECK(cx_over.fraction() == Approx(rt_over.fraction()).epsilon(1e-14));
  CHECK(cx_avg.fraction() == Approx(rt_avg.fraction()).epsilon(1e-14));
  CHECK(cx_half.fraction() == Approx(std::sqrt(1.21) - 1.0).epsilon(1e-14));
}
