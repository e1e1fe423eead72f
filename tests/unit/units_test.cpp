// Units of docs/method.md §2: magnitudes of money, tce and SI joules, persons, counts, intensities,
// price bases and deflators, integer representations.
#include "support/catch.hpp"

#include <zzplan/percent.hpp>
#include <zzplan/units.hpp>

#include <boost/units/systems/si/energy.hpp>

#include <cstdint>
#include <type_traits>

using namespace zzplan;
using namespace zzplan::literals;
#if defined(CATCH_VERSION_MAJOR) && CATCH_VERSION_MAJOR >= 3
using Catch::Approx;
#endif

using prices_2015 = constant_prices<2015>;
using prices_2020 = constant_prices<2020>;

TEST_CASE("money magnitudes convert exactly: 元, 万元, 亿元, 万亿元", "[units][money]") {
  CHECK(yi_yuan<>(1) == wan_yuan<>(10'000));
  CHECK(wan_yuan<>(10'000) == yi_yuan<>(1));
  CHECK(wanyi_yuan<>(1) == yi_yuan<>(10'000));
  CHECK(wanyi_yuan<>(1) == wan_yuan<>(100'000'000));
  CHECK(wan_yuan<>(1) == yuan<>(10'000));
  CHECK(yi_yuan<>(1) == yuan<>(100'000'000));
  CHECK(wanyi_yuan<>(1) == yuan<>(1e12));

  CHECK(yi_yuan<>(1).in<units::wan_yuan<>>().value() == 10'000.0);
  CHECK(wanyi_yuan<>(1.5).in<units::yi_yuan<>>().value() == 15'000.0);
  CHECK(wan_yuan<>(25'000).in<units::yi_yuan<>>().value() == 2.5);
  CHECK(value_in<units::yuan<>>(wan_yuan<>(3)) == 30'000.0);
  CHECK(value_in<units::wanyi_yuan<>>(yi_yuan<>(3420.3)) == Approx(0.34203));

  // the Zhuzhou GDP of 2021 in every magnitude
  const yi_yuan<> gdp(3420.3);
  const wan_yuan<> in_wan = gdp;
  CHECK(in_wan.value() == Approx(34'203'000.0));
  CHECK(in_wan == gdp);
  const wanyi_yuan<> in_wanyi = gdp;
  CHECK(in_wanyi.value() == Approx(0.34203));
}

TEST_CASE("money of one price basis adds, subtracts and compares across magnitudes",
          "[units][money]") {
  const auto sum = yi_yuan<>(1) + wan_yuan<>(1);
  STATIC_REQUIRE(std::is_same_v<std::remove_const_t<decltype(sum)>, wan_yuan<>>); // the finer unit
  CHECK(sum.value() == 10'001.0);

  const auto difference = yi_yuan<>(1) - yuan<>(1);
  STATIC_REQUIRE(std::is_same_v<std::remove_const_t<decltype(difference)>, yuan<>>);
  CHECK(difference.value() == 99'999'999.0);

  CHECK(yi_yuan<>(1) > wan_yuan<>(9'999));
  CHECK(yi_yuan<>(1) < wan_yuan<>(10'001));
  CHECK(yi_yuan<>(1) <= wan_yuan<>(10'000));
  CHECK(yi_yuan<>(1) >= wan_yuan<>(10'000));
  CHECK(yi_yuan<>(1) != wan_yuan<>(10'000.5));
  CHECK_FALSE(wanyi_yuan<>(0.5) == yi_yuan<>(4'999));

  wan_yuan<> running(100);
  running += yi_yuan<>(1);
  CHECK(running.value() == 10'100.0);
  running -= yuan<>(50'000);
  CHECK(running.value() == 10'095.0);
  running *= 2.0;
  CHECK(running.value() == 20'190.0);
  running /= 10.0;
  CHECK(running.value() == 2'019.0);
  CHECK((-running).value() == -2'019.0);
  CHECK((+running).value() == 2'019.0);

  CHECK((yi_yuan<>(3) * 2).value() == 6.0);
  CHECK((2 * yi_yuan<>(3)).value() == 6.0);
  CHECK((yi_yuan<>(3) / 2).value() == 1.5);

  // constant-price money of one base year is one kind too
  const yi_yuan<prices_2020> a(3000);
  const wan_yuan<prices_2020> b(5'000'000);
  CHECK(a + b == yi_yuan<prices_2020>(3500));
  CHECK(a > b + b);
}

TEST_CASE("a quotient of money is a plain number", "[units][money]") {
  CHECK(yi_yuan<>(1) / wan_yuan<>(1) == 10'000.0);
  CHECK(wan_yuan<>(1) / yi_yuan<>(1) == 1e-4);
  CHECK(yi_yuan<>(5000) / yi_yuan<>(3000) == Approx(5.0 / 3.0));
  STATIC_REQUIRE(std::is_same_v<decltype(yi_yuan<>(1) / wan_yuan<>(1)), double>);
}

TEST_CASE("energy: 万吨标准煤 is 10^4 tce and tce converts exactly to SI joules",
          "[units][energy]") {
  CHECK(wan_tce(1) == tce(10'000));
  CHECK(wan_tce(2.5).in<units::tce>().value() == 25'000.0);
  CHECK(tce(5'200).in<units::wan_tce>().value() == Approx(0.52));
  CHECK(wan_tce(1) / tce(1) == 10'000.0);

  namespace si = boost::units::si;
  const boost::units::quantity<si::energy> one_tce = to_si(tce(1));
  CHECK(one_tce.value() == 29.3076e9); // exactly: 29,307,600,000 J
  CHECK(one_tce.value() == 29'307'600'000.0);
  CHECK(one_tce == 29.3076e9 * si::joules);
  CHECK(to_si(wan_tce(1)).value() == 2.93076e14);
  CHECK(to_si(tce(0.5)).value() == 14'653'800'000.0);
  CHECK(to_si(quantity<units::tce, int>(2)).value() == 58'615'200'000.0);

  // 1 tce = 29.3076 GJ; 1 GJ of energy is 1/29.3076 tce
  const boost::units::quantity<si::energy> one_gj = 1e9 * si::joules;
  CHECK((to_si(tce(1)) / one_gj).value() == Approx(29.3076));
}

TEST_CASE("persons, 万人 and counts of items", "[units][persons]") {
  CHECK(wan_persons(1) == persons(10'000));
  CHECK(wan_persons(390.27).in<units::person>().value() == Approx(3'902'700.0));
  CHECK(persons(25'000).in<units::wan_person>().value() == 2.5);
  CHECK(390.27_wan_persons > 3'900'000_persons);
  CHECK((wan_persons(1) + persons(1)).value() == 10'001.0);

  CHECK(items(2) + items(3) == items(5));
  CHECK(items(2) < items(3));
  CHECK((5_items - 2_items).value() == 3.0);
}

TEST_CASE("intensity: 万吨标准煤 / 亿元 converts to 吨标准煤/万元", "[units][intensity]") {
  // 52万吨标准煤 for a GDP of 100亿元 is 0.52 tce per 万元
  const tce_per_wan_yuan<> intensity = wan_tce(52) / yi_yuan<>(100);
  CHECK(intensity.value() == Approx(0.52));
  const tce_per_wan_yuan<> same = tce(5'200) / wan_yuan<>(10'000);
  CHECK(same.value() == Approx(0.52));
  CHECK(intensity == same);
  STATIC_REQUIRE(
      same_dimension_v<decltype(wan_tce(1) / yi_yuan<>(1))::unit, units::tce_per_wan_yuan<>>);

  // 1 万吨标准煤 per 亿元 is exactly 1 吨标准煤 per 万元 (both scales are 10^4)
  const tce_per_wan_yuan<> one = wan_tce(1) / yi_yuan<>(1);
  CHECK(one.value() == 1.0);

  // the intensity times the GDP gives the energy back
  const tce energy = intensity * wan_yuan<>(10'000);
  CHECK(energy.value() == Approx(5'200.0));
  const wan_tce energy_wan = intensity * yi_yuan<>(100);
  CHECK(energy_wan.value() == Approx(52.0));

  // at constant prices the intensity carries the base year
  const tce_per_wan_yuan<prices_2020> real = wan_tce(52) / yi_yuan<prices_2020>(100);
  CHECK(real.value() == Approx(0.52));
  STATIC_REQUIRE(!std::is_convertible_v<tce_per_wan_yuan<prices_2020>, tce_per_wan_yuan<>>);

  // a fall of the intensity is a growth rate of the level
  const tce_per_wan_yuan<prices_2020> base(0.60);
  const tce_per_wan_yuan<prices_2020> later(0.51);
  CHECK(relative_change(base, later).percent() == Approx(-15.0));
}

TEST_CASE("money per person", "[units][intensity]") {
  const yuan_per_person<> income = yi_yuan<>(390.27) / wan_persons(390.27);
  CHECK(income.value() == Approx(10'000.0));
  const yuan_per_person<> per_head = yuan<>(52'000) / persons(1);
  CHECK(per_head.value() == 52'000.0);
  CHECK(family_of_unit_v<units::yuan_per_person<>> == unit_family::money_per_person);
}

TEST_CASE("units name their kind", "[units]") {
  CHECK(family_of_unit_v<units::yi_yuan<>> == unit_family::money);
  CHECK(family_of_unit_v<units::wan_yuan<prices_2020>> == unit_family::money);
  CHECK(family_of_unit_v<units::tce> == unit_family::energy);
  CHECK(family_of_unit_v<units::wan_tce> == unit_family::energy);
  CHECK(family_of_unit_v<units::wan_person> == unit_family::persons);
  CHECK(family_of_unit_v<units::item> == unit_family::items);
  CHECK(family_of_unit_v<units::tce_per_wan_yuan<prices_2020>> == unit_family::energy_intensity);
  CHECK(family_of_unit_v<decltype(wan_tce(1) / yi_yuan<>(1))::unit> ==
        unit_family::energy_intensity);
  CHECK(family_name(unit_family::money, lang::en) == "money");
  CHECK(family_name(unit_family::energy) == "能源消费量");
  CHECK(family_name(unit_family::other, lang::en) == "derived quantity");
}

TEST_CASE("deflate: price bases change only with an explicit deflator", "[units][prices]") {
  // 112亿元 at current prices, prices 12% above 2020: 100亿元 at 2020 prices
  const yi_yuan<> nominal(112);
  const deflator<current_prices, prices_2020> d{1.12};
  const yi_yuan<prices_2020> real = deflate(nominal, d);
  CHECK(real.value() == Approx(100.0));
  STATIC_REQUIRE(std::is_same_v<decltype(deflate(nominal, d)), yi_yuan<prices_2020>>);

  // the unit is kept
  const wan_yuan<prices_2020> real_wan = deflate(wan_yuan<>(1'120'000), d);
  CHECK(real_wan.value() == Approx(1'000'000.0));

  // and back: the inverse deflator
  const deflator<prices_2020, current_prices> inflate{1.0 / 1.12};
  CHECK(deflate(real, inflate).value() == Approx(112.0));

  // rebasing constant prices from 2015 to 2020
  const deflator<prices_2015, prices_2020> rebase{0.9};
  const yi_yuan<prices_2020> rebased = deflate(yi_yuan<prices_2015>(2'700), rebase);
  CHECK(rebased.value() == Approx(3'000.0));

  // a deflator of 1 changes only the type
  CHECK(deflate(yuan<>(7), deflator<current_prices, prices_2015>{1.0}).value() == 7.0);
}

TEST_CASE("integer representations: exact coarse to fine only", "[units][int]") {
  const quantity<units::yi_yuan<>, int> three(3);
  const quantity<units::wan_yuan<>, int> in_wan = three; // 亿元 -> 万元: exact
  CHECK(in_wan.value() == 30'000);
  STATIC_REQUIRE(std::is_same_v<decltype(in_wan.value()), int>);

  const quantity<units::yuan<>, std::int64_t> in_yuan = quantity<units::wanyi_yuan<>, int>(126);
  CHECK(in_yuan.value() == 126'000'000'000'000);

  const quantity<units::tce, long> tonnes = quantity<units::wan_tce, int>(52);
  CHECK(tonnes.value() == 520'000);

  // into double any conversion is allowed, coarser too
  const quantity<units::wan_yuan<>> coarse = quantity<units::yuan<>, int>(12'345);
  CHECK(coarse.value() == 1.2345);

  // sums of two integer units are exact in the finer one
  const auto sum = quantity<units::yi_yuan<>, int>(1) + quantity<units::wan_yuan<>, int>(1);
  STATIC_REQUIRE(
      std::is_same_v<std::remove_const_t<decltype(sum)>, quantity<units::wan_yuan<>, int>>);
  CHECK(sum.value() == 10'001);
  CHECK(quantity<units::yi_yuan<>, int>(1) == quantity<units::wan_yuan<>, int>(10'000));
  CHECK(quantity<units::yi_yuan<>, int>(1) > quantity<units::wan_yuan<>, int>(9'999));

  // an int quantity scaled by a floating number becomes a double quantity (nothing truncated)
  const quantity<units::yuan<>, int> income(1'000);
  const auto half_more = income * 1.5;
  STATIC_REQUIRE(std::is_same_v<std::remove_const_t<decltype(half_more)>, quantity<units::yuan<>>>);
  CHECK(half_more.value() == 1'500.0);
  CHECK((income * 2).value() == 2'000);
  STATIC_REQUIRE(std::is_same_v<decltype(income * 2), quantity<units::yuan<>, int>>);
  CHECK((income / 4.0).value() == 250.0);
  CHECK((share::percent(30) * income).value() == Approx(300.0));
  CHECK(apply(growth_rate::percent(8), income).value() == Approx(1'080.0));

  // quotients of integer quantities are double
  CHECK(quantity<units::yi_yuan<>, int>(1) / quantity<units::yi_yuan<>, int>(4) == 0.25);
}

TEST_CASE("literals", "[units][literals]") {
  CHECK(3420.3_yi_yuan == yi_yuan<>(3420.3));
  CHECK(1_yi_yuan == 10'000_wan_yuan);
  CHECK(10'000_yuan == 1_wan_yuan);
  CHECK(0.5_wan_yuan == 5'000.0_yuan);
  CHECK(1_wan_tce == 10'000_tce);
  CHECK(1.5_wan_tce == 15'000.0_tce);
  CHECK(1_wan_persons == 10'000_persons);
  CHECK(2_items == items(2));
  STATIC_REQUIRE(std::is_same_v<decltype(1_yi_yuan), yi_yuan<current_prices>>);
}

TEST_CASE("default quantities are zero", "[units]") {
  CHECK(yi_yuan<>().value() == 0.0);
  CHECK(quantity<units::item, int>().value() == 0);
  CHECK(tce() == wan_tce());
}
