// Compile-time checks of the units and the percent algebra: exact conversions in constant
// expressions, the types the algebra gives, and what it refuses.
//
// Negative tests go through the traits the operators use (addable_v, subtractable_v,
// comparable_v of detail/diagnostics.hpp). A forbidden pair (share + share) still finds a viable
// operator, the one whose static_assert explains the mistake, so `requires { a + b; }` is true
// for it and cannot be the negative test; the traits decide which operator is viable, so testing
// them tests the operators. The compile-fail tests check the messages themselves.
#include <zzplan/percent.hpp>
#include <zzplan/units.hpp>

#include <cstdint>
#include <type_traits>

namespace units_static {

using namespace zzplan;
using namespace zzplan::literals;

using current = current_prices;
using prices_2015 = constant_prices<2015>;
using prices_2020 = constant_prices<2020>;

constexpr bool near(double a, double b, double tolerance = 1e-12) {
  return (a - b <= tolerance) && (b - a <= tolerance);
}

// ---- exact conversions in constant expressions
// ----------------------------------------------------

static_assert(yi_yuan<>(1) == wan_yuan<>(10'000));
static_assert(wan_yuan<>(10'000) == yi_yuan<>(1));
static_assert(wanyi_yuan<>(1) == yi_yuan<>(10'000));
static_assert(wan_yuan<>(1) == yuan<>(10'000));
static_assert(wanyi_yuan<>(1) == yuan<>(1'000'000'000'000));
static_assert(1_yi_yuan == 10'000_wan_yuan);
static_assert(yi_yuan<>(1).in<units::wan_yuan<>>().value() == 10'000.0);
static_assert(value_in<units::yuan<>>(wan_yuan<>(3)) == 30'000.0);
static_assert(value_in<units::yi_yuan<>>(wan_yuan<>(25'000)) == 2.5);
static_assert(yi_yuan<prices_2020>(1) == wan_yuan<prices_2020>(10'000));

static_assert(wan_tce(1) == tce(10'000));
static_assert(1_wan_tce == 10'000_tce);
static_assert(wan_persons(1) == persons(10'000));
static_assert(1_wan_persons == 10'000_persons);
static_assert(items(2) + items(3) == items(5));

static_assert(yi_yuan<>(1) + wan_yuan<>(1) == wan_yuan<>(10'001));
static_assert(yi_yuan<>(1) > wan_yuan<>(9'999));
static_assert(yi_yuan<>(1) / wan_yuan<>(1) == 10'000.0);

// 1 tce = 29.3076 GJ: the scale of tce is in joules, exactly
static_assert(units::tce::scale::num == 29'307'600'000 && units::tce::scale::den == 1);
static_assert(std::ratio_equal_v<std::ratio_divide<units::wan_tce::scale, units::tce::scale>,
                                 std::ratio<10'000>>);
static_assert(to_si(tce(1)).value() == 29.3076e9);
static_assert(to_si(wan_tce(1)).value() == 2.93076e14);

// an intensity: 万吨标准煤 / 亿元 is 吨标准煤 / 万元 with the same number
static_assert(tce_per_wan_yuan<>(wan_tce(1) / yi_yuan<>(1)).value() == 1.0);
static_assert(tce_per_wan_yuan<>(tce(5'200) / wan_yuan<>(10'000)).value() == 0.52);
static_assert(std::is_convertible_v<decltype(wan_tce(1) / yi_yuan<>(1)), tce_per_wan_yuan<>>);
static_assert(std::is_convertible_v<decltype(yuan<>(1) / persons(1)), yuan_per_person<>>);
static_assert(
    std::is_same_v<decltype(wan_tce(1) / yi_yuan<>(1))::dimension, dim::energy_per_money<current>>);
static_assert(
    std::is_same_v<decltype(tce_per_wan_yuan<>(1) * wan_yuan<>(1))::dimension, dim::energy>);

// integer representations: exact from coarse to fine
static_assert(quantity<units::wan_yuan<>, int>(quantity<units::yi_yuan<>, int>(3)).value() ==
              30'000);
static_assert(quantity<units::yuan<>, std::int64_t>(quantity<units::wanyi_yuan<>, int>(1))
                  .value() == 1'000'000'000'000);
static_assert(
    std::is_same_v<decltype(quantity<units::yuan<>, int>(1) * 2), quantity<units::yuan<>, int>>);
static_assert(
    std::is_same_v<decltype(quantity<units::yuan<>, int>(1) * 1.5), quantity<units::yuan<>>>);

// deflate keeps the unit and changes the price basis
static_assert(deflate(yi_yuan<>(112), deflator<current, prices_2020>{2.0}) ==
              yi_yuan<prices_2020>(56));
static_assert(std::is_same_v<decltype(deflate(wan_yuan<prices_2015>(1),
                                              deflator<prices_2015, prices_2020>{1.0})),
                             wan_yuan<prices_2020>>);

// ---- the types of the algebra
// ----------------------------------------------------------------------

inline constexpr share s{};
inline constexpr points p{};
inline constexpr growth_rate g{};
inline constexpr annual_rate a{};
inline constexpr yi_yuan<> money{};

static_assert(std::is_same_v<decltype(s - s), points>);
static_assert(std::is_same_v<decltype(s + p), share>);
static_assert(std::is_same_v<decltype(p + s), share>);
static_assert(std::is_same_v<decltype(s - p), share>);
static_assert(std::is_same_v<decltype(p + p), points>);
static_assert(std::is_same_v<decltype(p - p), points>);
static_assert(std::is_same_v<decltype(-p), points>);
static_assert(std::is_same_v<decltype(2.0 * p), points>);
static_assert(std::is_same_v<decltype(g - g), points>);
static_assert(std::is_same_v<decltype(a - a), points>);
static_assert(std::is_same_v<decltype(-g), growth_rate>);
static_assert(std::is_same_v<decltype(compound(g, g)), growth_rate>);
static_assert(std::is_same_v<decltype(compound(g, g, g)), growth_rate>);
static_assert(std::is_same_v<decltype(over(a, 5)), growth_rate>);
static_assert(std::is_same_v<decltype(average_annual(g, 5)), annual_rate>);
static_assert(std::is_same_v<decltype(apply(g, money)), yi_yuan<>>);
static_assert(std::is_same_v<decltype(apply(g, s)), share>);
static_assert(std::is_same_v<decltype(relative_change(money, money)), growth_rate>);
static_assert(std::is_same_v<decltype(relative_change(s, s)), growth_rate>);
static_assert(std::is_same_v<decltype(s * money), yi_yuan<>>);
static_assert(std::is_same_v<decltype(money * s), yi_yuan<>>);
static_assert(std::is_same_v<decltype(s * tce()), tce>);
static_assert(std::is_same_v<decltype(share_of(money, wan_yuan<>())), share>);
static_assert(std::is_same_v<decltype(sum_of_parts(s, s, s)), share>);
static_assert(std::is_same_v<decltype(yi_yuan<>() + wan_yuan<>()), wan_yuan<>>); // the finer unit
static_assert(std::is_same_v<decltype(wan_yuan<>() + yi_yuan<>()), wan_yuan<>>);
static_assert(std::is_same_v<decltype(yi_yuan<>() - yuan<>()), yuan<>>);

// the kinds named in diagnostics
static_assert(std::is_same_v<meaning_of_t<share>, meanings::share_in_percent>);
static_assert(std::is_same_v<meaning_of_t<const points&>, meanings::percentage_points>);
static_assert(std::is_same_v<meaning_of_t<yi_yuan<>>, meanings::money_at_current_prices>);
static_assert(std::is_same_v<meaning_of_t<wan_yuan<prices_2015>>,
                             meanings::money_at_constant_prices_of<2015>>);
static_assert(std::is_same_v<meaning_of_t<wan_tce>, meanings::energy_in_tce>);
static_assert(std::is_same_v<meaning_of_t<tce_per_wan_yuan<>>, meanings::energy_intensity>);
static_assert(std::is_same_v<meaning_of_t<wan_persons>, meanings::persons>);
static_assert(std::is_same_v<meaning_of_t<items>, meanings::count_of_items>);
static_assert(!ZzplanValue<double>);

// ---- what the algebra allows
// -----------------------------------------------------------------------

static_assert(addable_v<share, points> && addable_v<points, share> && addable_v<points, points>);
static_assert(subtractable_v<share, share> && subtractable_v<share, points> &&
              subtractable_v<points, points>);
static_assert(subtractable_v<growth_rate, growth_rate> && subtractable_v<annual_rate, annual_rate>);
static_assert(comparable_v<share, share> && comparable_v<points, points>);
static_assert(comparable_v<growth_rate, growth_rate> && comparable_v<annual_rate, annual_rate>);
static_assert(addable_v<yi_yuan<>, wan_yuan<>> && comparable_v<yi_yuan<>, wan_yuan<>>);
static_assert(addable_v<yi_yuan<prices_2020>, yuan<prices_2020>>);
static_assert(addable_v<wan_tce, tce> && comparable_v<tce, wan_tce>);
static_assert(addable_v<wan_persons, persons> && addable_v<items, items>);
static_assert(std::is_convertible_v<yi_yuan<>, wan_yuan<>>);
static_assert(std::is_convertible_v<wan_tce, tce>);
static_assert(std::is_constructible_v<yi_yuan<>, double>);

// ---- what it refuses
// -------------------------------------------------------------------------------

// share + share, growth + growth, annual + annual: not additive
static_assert(!addable_v<share, share>);
static_assert(!addable_v<growth_rate, growth_rate>);
static_assert(!addable_v<annual_rate, annual_rate>);
// points and rates, shares and rates
static_assert(!addable_v<points, growth_rate> && !addable_v<growth_rate, points>);
static_assert(!subtractable_v<points, growth_rate> && !comparable_v<points, growth_rate>);
static_assert(!addable_v<points, annual_rate>);
static_assert(!addable_v<share, growth_rate> && !addable_v<growth_rate, share>);
static_assert(!subtractable_v<share, growth_rate> && !comparable_v<share, growth_rate>);
static_assert(!addable_v<growth_rate, annual_rate> && !subtractable_v<growth_rate, annual_rate>);
static_assert(!comparable_v<growth_rate, annual_rate>);
static_assert(!comparable_v<share, points>);
static_assert(!subtractable_v<points, share>); // points - share has no meaning
// money and shares
static_assert(!addable_v<yi_yuan<>, share> && !addable_v<share, yi_yuan<>>);
static_assert(!comparable_v<yi_yuan<>, share> && !comparable_v<share, wan_yuan<>>);
static_assert(!addable_v<yi_yuan<>, growth_rate> && !comparable_v<wan_yuan<>, points>);
// price bases
static_assert(!addable_v<yi_yuan<current>, yi_yuan<prices_2020>>);
static_assert(!subtractable_v<yi_yuan<prices_2020>, wan_yuan<current>>);
static_assert(!comparable_v<yi_yuan<prices_2015>, yi_yuan<prices_2020>>);
static_assert(!comparable_v<tce_per_wan_yuan<prices_2015>, tce_per_wan_yuan<prices_2020>>);
// dimensions
static_assert(!comparable_v<wan_yuan<>, tce> && !addable_v<tce, wan_yuan<>>);
static_assert(!addable_v<persons, items> && !comparable_v<wan_persons, items>);
static_assert(!addable_v<tce, tce_per_wan_yuan<>>);
static_assert(!addable_v<yuan<>, yuan_per_person<>>);

// conversions between dimensions or price bases do not exist
static_assert(!std::is_convertible_v<yi_yuan<>, tce>);
static_assert(!std::is_constructible_v<tce, yi_yuan<>>);
static_assert(!std::is_convertible_v<persons, items>);
static_assert(!std::is_constructible_v<items, wan_persons>);
static_assert(!std::is_convertible_v<yi_yuan<current>, yi_yuan<prices_2020>>);
static_assert(!std::is_constructible_v<yi_yuan<prices_2020>, yi_yuan<current>>);
static_assert(!std::is_constructible_v<yi_yuan<prices_2015>, wan_yuan<prices_2020>>);
static_assert(!std::is_convertible_v<tce_per_wan_yuan<>, tce>);
// a plain number is not a quantity, a share or a rate without saying which reading is meant
static_assert(!std::is_convertible_v<double, yi_yuan<>>);
static_assert(!std::is_constructible_v<share, double>);
static_assert(!std::is_constructible_v<points, double>);
static_assert(!std::is_constructible_v<growth_rate, double>);
static_assert(!std::is_constructible_v<annual_rate, double>);
static_assert(!std::is_convertible_v<share, double> && !std::is_convertible_v<growth_rate, double>);
static_assert(!std::is_convertible_v<share, points> && !std::is_convertible_v<points, share>);
static_assert(!std::is_convertible_v<growth_rate, share>);
// (points -> growth_rate, share -> growth_rate and the conversions between growth_rate and
// annual_rate are declared, to explain the mistake in a static_assert: see
// tests/compile_fail/points_as_growth_rate.cpp and share_as_growth_rate.cpp)

// ---- constant evaluation of the rates
// --------------------------------------------------------------

constexpr growth_rate two_years = compound(10_pct_growth, 10_pct_growth);
static_assert(near(two_years.fraction(), 0.21));
static_assert(near(compound(10_pct_growth, -10_pct_growth).fraction(), -0.01));
static_assert(near(compound(8_pct_growth, 8_pct_growth, 8_pct_growth).fraction(), 0.259712));

constexpr growth_rate five_years = over(8_pct_a_year, 5);
static_assert(near(five_years.fraction(), 0.4693280768));
static_assert(over(8_pct_a_year, 0) == growth_rate());
static_assert(near(over(21_pct_a_year, 0.5).fraction(), 0.1));

constexpr annual_rate fifteen_percent_down = average_annual(-15_pct_growth, 5);
static_assert(fifteen_percent_down.percent() < -3.1975 && fifteen_percent_down.percent() > -3.1985);
static_assert(near(fifteen_percent_down.fraction(), -0.0319812150, 1e-9));
static_assert(near(average_annual(-20_pct_growth, 5).fraction(), -0.043647500, 1e-9));
static_assert(near(average_annual(21_pct_growth, 2).fraction(), 0.1));
static_assert(near(average_annual(over(8_pct_a_year, 5), 5).fraction(), 0.08));
static_assert(near(average_annual(100_pct_growth, 10).fraction(), 0.0717734625, 1e-9));

static_assert(near((72.04_pct - 71.26_pct).pp(), 0.78));
static_assert(near((71.26_pct + 0.78_pp).percent(), 72.04));
static_assert(near(relative_change(yi_yuan<>(3000), yi_yuan<>(3420.3)).fraction(), 0.1401));
static_assert(near(apply(8_pct_growth, yi_yuan<>(3000)).value(), 3240.0, 1e-9));
static_assert(near(share_of(yi_yuan<>(300), wanyi_yuan<>(1)).fraction(), 0.03));
static_assert(near((30_pct * yi_yuan<>(1000)).value(), 300.0, 1e-9));

} // namespace units_static
