// The units of real indicator tables (unit_table.hpp's second block): exact conversions, SI,
// families, counted things that keep their classifier, rates per population, ‰ as a share.
#include "support/catch.hpp"

#include <zzplan/format.hpp>
#include <zzplan/units.hpp>

#include <type_traits>

using namespace zzplan;

TEST_CASE("mass and area convert exactly: 1 斤 = 0.5 kg, 1 亩 = 10000/15 m²", "[units][real]") {
  CHECK(value_in<units::kilogram>(jin(1.0)) == 0.5);
  CHECK(value_in<units::yi_tonne>(yi_jin(13'000.0)) == 6.5); // 1.3万亿斤 is 6.5亿吨
  CHECK(to_si(yi_tonnes(6.5)).value() == 6.5e11);
  CHECK(to_si(mu(15.0)).value() == Approx(10'000.0).epsilon(1e-15));
  CHECK(value_in<units::hectare>(wan_mu(15.0)) == Approx(10'000.0).epsilon(1e-15));
  CHECK(value_in<units::mu>(square_km(1.0)) == Approx(1'500.0).epsilon(1e-15));
  CHECK(to_si(years(1.0)).value() == 31'557'600.0);
  CHECK(value_in<units::years_of_age>(years(78.2)) == 78.2); // one family: a duration
}

TEST_CASE("‰ is a share: 6‰ is 0.6%", "[units][real]") {
  STATIC_REQUIRE(std::is_same_v<value_type_of_t<unit_id::permille>, share>);
  CHECK(value_of<unit_id::permille>(6.0).percent() == Approx(0.6));
  CHECK(to_string(value_of<unit_id::permille>(4.82)) == "0.482%");
}

TEST_CASE("each new family is its own dimension", "[units][real]") {
  STATIC_REQUIRE(family_of_unit_v<units::years> == unit_family::duration);
  STATIC_REQUIRE(family_of_unit_v<units::wan_tonne> == unit_family::mass);
  STATIC_REQUIRE(family_of_unit_v<units::yi_mu> == unit_family::area);
  STATIC_REQUIRE(family_of_unit_v<units::microgram_per_m3> == unit_family::concentration);
  STATIC_REQUIRE(family_of_unit_v<units::wan_tonne_co2> == unit_family::co2);
  STATIC_REQUIRE(family_of_unit_v<units::tonne_co2_per_wan_yuan<constant_prices<2020>>> ==
                 unit_family::co2_intensity);
  STATIC_REQUIRE(family_of_unit_v<units::yi_kwh> == unit_family::electricity);
  STATIC_REQUIRE(family_of_unit_v<units::yi_cubic_metre> == unit_family::volume);
  STATIC_REQUIRE(family_of_unit_v<units::cubic_metre_per_wan_yuan<constant_prices<2020>>> ==
                 unit_family::water_intensity);
  STATIC_REQUIRE(family_of_unit_v<units::yi_tce> == unit_family::energy);
  // grain and CO2, tce and kWh, 年 and %: the algebra refuses them (tests/compile_fail/unit_*)
  STATIC_REQUIRE(!addable_v<tonnes, tonnes_co2>);
  STATIC_REQUIRE(!addable_v<wan_tce, yi_kwh>);
  STATIC_REQUIRE(!comparable_v<years, share>);
  STATIC_REQUIRE(comparable_v<yi_tonnes, yi_jin>);
  CHECK(to_si(yi_tce(46.0)).value() == Approx(46e8 * 29.3076e9).epsilon(1e-15));
}

TEST_CASE("counted things keep their classifier; rates per population carry their base",
          "[units][real]") {
  STATIC_REQUIRE(family_of_unit_v<units::jian> == unit_family::items);
  STATIC_REQUIRE(classifier_of_v<units::jian::dimension> == unit_id::jian);
  STATIC_REQUIRE(classifier_of_v<units::zhang::dimension> == unit_id::zhang);
  STATIC_REQUIRE(classifier_of_v<units::item::dimension> == unit_id::item);
  STATIC_REQUIRE(!addable_v<jian, zhang>); // 件 of patents and 张 of beds do not mix
  STATIC_REQUIRE(!addable_v<jian, items>);
  STATIC_REQUIRE(addable_v<jian, jian>);
  STATIC_REQUIRE(family_of_unit_v<units::jian_per_wan_population> == unit_family::per_population);
  STATIC_REQUIRE(classifier_of_v<units::person_per_qian_population::dimension> == unit_id::person);
  STATIC_REQUIRE(!addable_v<jian_per_wan_population, jian>);
  STATIC_REQUIRE(!addable_v<persons_per_qian_population, zhang_per_qian_population>);
  // per 万人口 and per 千人口 of one thing convert: 12 per 10,000 is 1.2 per 1,000
  STATIC_REQUIRE(addable_v<persons_per_qian_population, persons_per_wan_population>);
  CHECK(value_in<units::person_per_qian_population>(persons_per_wan_population(32.0)) ==
        Approx(3.2));
  CHECK(to_string(jian_per_wan_population(12.0), lang::zh) == "12件/万人口");
  CHECK(to_string(zhang(9.75), lang::en).find("items (张)") != std::string::npos);
}
