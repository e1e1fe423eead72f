// Printing in Chinese and English: the strings a report shows, exactly.
#include "support/catch.hpp"

#include <zzplan/format.hpp>
#include <zzplan/percent.hpp>
#include <zzplan/units.hpp>

#include <cmath>
#include <limits>
#include <sstream>
#include <string>

using namespace zzplan;
using namespace zzplan::literals;

namespace {
bool has_no_nan_or_inf(const std::string& s) {
  return s.find("nan") == std::string::npos && s.find("inf") == std::string::npos &&
         s.find("NAN") == std::string::npos && s.find("INF") == std::string::npos;
}
} // namespace

TEST_CASE("shares, points and rates print as planners write them", "[format][percent]") {
  CHECK(to_string(72.04_pct) == "72.04%");
  CHECK(to_string(72.04_pct, lang::en) == "72.04%");
  CHECK(to_string(15_pct) == "15%");
  CHECK(to_string(share::fraction(0.7204)) == "72.04%");
  CHECK(to_string(share()) == "0%");

  CHECK(to_string(72.04_pct - 71.26_pct) == "0.78个百分点");
  CHECK(to_string(72.04_pct - 71.26_pct, lang::en) == "0.78 pp");
  CHECK(to_string(-2_pp) == "-2个百分点");
  CHECK(to_string(-2_pp, lang::en) == "-2 pp");

  CHECK(to_string(8.3_pct_growth) == "8.3%");
  CHECK(to_string(-15_pct_growth) == "-15%");
  CHECK(to_string(compound(10_pct_growth, 10_pct_growth)) == "21%");
  CHECK(to_string(8_pct_a_year) == "年均8%");
  CHECK(to_string(8_pct_a_year, lang::en) == "8% a year");
  CHECK(to_string(-3.5_pct_a_year, lang::en) == "-3.5% a year");
}

TEST_CASE("money prints in its magnitude in Chinese and in English words", "[format][money]") {
  CHECK(to_string(yi_yuan<>(3420.3)) == "3420.3亿元");
  CHECK(to_string(yi_yuan<>(3420.3), lang::en) == "342.03 billion yuan");
  CHECK(to_string(wan_yuan<>(52'000)) == "52000万元");
  CHECK(to_string(wan_yuan<>(5.2), lang::en) == "52 thousand yuan");
  CHECK(to_string(yuan<>(45'000)) == "45000元");
  CHECK(to_string(yuan<>(45'000), lang::en) == "45000 yuan");
  CHECK(to_string(wanyi_yuan<>(1.26)) == "1.26万亿元");
  CHECK(to_string(wanyi_yuan<>(1.26), lang::en) == "1.26 trillion yuan");
  CHECK(to_string(yi_yuan<>(-12.5)) == "-12.5亿元");
  CHECK(to_string(yi_yuan<>(0)) == "0亿元");
  // the same amount in another magnitude prints in that magnitude
  CHECK(to_string(wan_yuan<>(yi_yuan<>(5000))) == "50000000万元");
}

TEST_CASE("constant-price money names its base year", "[format][money][prices]") {
  const yi_yuan<constant_prices<2020>> real(3105.8);
  CHECK(to_string(real) == "3105.8亿元（2020年价格）");
  CHECK(to_string(real, lang::en) == "310.58 billion yuan (2020 prices)");
  CHECK(to_string(wan_yuan<constant_prices<2015>>(8)) == "8万元（2015年价格）");
  CHECK(to_string(wan_yuan<constant_prices<2015>>(8), lang::en) ==
        "80 thousand yuan (2015 prices)");
  // current prices carry no suffix
  CHECK(to_string(yi_yuan<current_prices>(1)) == "1亿元");
  // an intensity at constant prices names the base year too
  CHECK(to_string(tce_per_wan_yuan<constant_prices<2020>>(0.52)) ==
        "0.52吨标准煤/万元（2020年价格）");
}

TEST_CASE("energy, intensities, persons and items", "[format][units]") {
  CHECK(to_string(tce_per_wan_yuan<>(0.52)) == "0.52吨标准煤/万元");
  CHECK(to_string(tce_per_wan_yuan<>(0.52), lang::en) == "0.52 tce per 10,000 yuan");
  const tce_per_wan_yuan<> intensity = wan_tce(52) / yi_yuan<>(100);
  CHECK(to_string(intensity) == "0.52吨标准煤/万元");
  CHECK(to_string(tce(5200)) == "5200吨标准煤");
  CHECK(to_string(tce(5200), lang::en) == "5200 tce");
  CHECK(to_string(wan_tce(1234.5)) == "1234.5万吨标准煤");
  CHECK(to_string(wan_tce(1234.5), lang::en) == "12345 thousand tce");
  CHECK(to_string(wan_persons(390.27)) == "390.27万人");
  CHECK(to_string(wan_persons(390.27), lang::en) == "3902.7 thousand persons");
  CHECK(to_string(persons(52)) == "52人");
  CHECK(to_string(items(2)) == "2个");
  CHECK(to_string(items(2), lang::en) == "2 items");
  CHECK(to_string(yuan_per_person<>(52'000)) == "52000元/人");
  CHECK(to_string(yuan_per_person<>(52'000), lang::en) == "52000 yuan per person");
}

TEST_CASE("derived units without a name print as a quotient or product", "[format][units]") {
  // 万吨标准煤 per 亿元, kept as written
  CHECK(to_string(wan_tce(52) / yi_yuan<>(100)) == "0.52万吨标准煤/亿元");
  CHECK(to_string(wan_tce(52) / yi_yuan<>(100), lang::en) == "52 thousand tce per billion yuan");
  CHECK(to_string(yuan<>(6) * items(2)) == "12元·个");
}

TEST_CASE("integer quantities print their integer", "[format][int]") {
  CHECK(to_string(quantity<units::item, int>(2)) == "2个");
  CHECK(to_string(quantity<units::wan_yuan<>, int>(12)) == "12万元");
  CHECK(to_string(quantity<units::wan_yuan<>, int>(12), lang::en) == "120 thousand yuan");
  CHECK(to_string(quantity<units::yuan<>, long long>(1'000'000'000'000)) == "1000000000000元");
}

TEST_CASE("streams print in Chinese", "[format]") {
  std::ostringstream os;
  os << yi_yuan<>(3420.3) << ' ' << 72.04_pct << ' ' << 0.78_pp << ' ' << 8.3_pct_growth << ' '
     << 8_pct_a_year;
  CHECK(os.str() == "3420.3亿元 72.04% 0.78个百分点 8.3% 年均8%");
}

TEST_CASE("format_number: plain digits, no trailing zeros", "[format][number]") {
  CHECK(format_number(3420.3) == "3420.3");
  CHECK(format_number(0.78) == "0.78");
  CHECK(format_number(72.04) == "72.04");
  CHECK(format_number(100.0) == "100");
  CHECK(format_number(0.1 + 0.2) == "0.3");
  CHECK(format_number((0.7204 - 0.7126) * 100.0) == "0.78");
  CHECK(format_number(-3.19812) == "-3.19812");
  CHECK(format_number(123'456'789.0) == "123456789");
  CHECK(format_number(126'000'000'000'000.0) == "126000000000000");
  CHECK(format_number(0.000012) == "0.000012");
  CHECK(format_number(1.0 / 3.0) == "0.3333333333");
  CHECK(format_number(2.0 / 3.0, 3) == "0.667");
  CHECK(format_number(3420.3, 3) == "3420");
  CHECK(format_number(0.99999999999) == "1");
  // very large and very small magnitudes use an exponent
  CHECK(format_number(1e20) == "1e+20");
  CHECK(format_number(1.5e-9) == "1.5e-09");
}

TEST_CASE("format_number never prints nan or inf", "[format][number]") {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  constexpr double inf = std::numeric_limits<double>::infinity();
  CHECK(format_number(nan) == "—");
  CHECK(format_number(-nan) == "—");
  CHECK(format_number(inf) == "—");
  CHECK(format_number(-inf) == "—");
  CHECK(format_number(0.0) == "0");
  CHECK(format_number(-0.0) == "0");
  CHECK(format_number(-1e-12, 3) == "-1e-12");

  const double awkward[] = {nan,
                            -nan,
                            inf,
                            -inf,
                            std::numeric_limits<double>::max(),
                            std::numeric_limits<double>::lowest(),
                            std::numeric_limits<double>::min(),
                            std::numeric_limits<double>::denorm_min(),
                            -std::numeric_limits<double>::denorm_min(),
                            std::numeric_limits<double>::signaling_NaN(),
                            1e15,
                            -1e15,
                            9.99999999999e14,
                            1e-6,
                            9.9999999e-7};
  for (const double v : awkward) {
    const std::string s = format_number(v);
    INFO("value " << v << " printed as " << s);
    CHECK(has_no_nan_or_inf(s));
    CHECK(!s.empty());
    CHECK(s != "-0");
  }

  // and neither do the values built on it
  CHECK(to_string(yi_yuan<>(nan)) == "—亿元");
  CHECK(to_string(share::fraction(inf)) == "—%");
  CHECK(to_string(points::fraction(-inf), lang::en) == "— pp");
  CHECK(has_no_nan_or_inf(to_string(relative_change(yi_yuan<>(0), yi_yuan<>(5)))));
  CHECK(has_no_nan_or_inf(to_string(average_annual(-200_pct_growth, 5), lang::en)));
}

TEST_CASE("a negative value that rounds to zero prints as 0", "[format][number]") {
  CHECK(format_number(-0.00000000001, 3) != "-0");
  CHECK(format_number(-0.4, 0) == "0");
}
