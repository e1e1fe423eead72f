// Every goal kind through evaluate(), every output field of docs/method.md §4 checked against a number
// worked by hand (the formula is named beside each check).
#include "support/catch.hpp"
#include "support/share_series.hpp"

#include <zzplan/evaluate.hpp>
#include <zzplan/milestone.hpp>
#include <zzplan/notes.hpp>
#include <zzplan/units.hpp>

#include <cmath>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
#if defined(CATCH_VERSION_MAJOR) && CATCH_VERSION_MAJOR >= 3
using Catch::Approx;
#endif

namespace {
constexpr period five_years{2020y, 2025y};
// A period known only at run time: an invalid goal then throws invalid_goal (with constant figures
// only, clang refuses it at compile time).
period run_time(period p) {
  return p;
}
constexpr indicator<share> trade{"对外贸易依存度", "trade dependence", direction::higher_is_better};
constexpr indicator<share> urbanization{"城镇化率", "urbanization", direction::higher_is_better};
constexpr indicator<share> unemployment{"城镇调查失业率", "unemployment",
                                        direction::lower_is_better};
constexpr indicator<share> rd{"研发投入强度", "R&D intensity", direction::higher_is_better};
constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};
constexpr indicator<yi_yuan<constant_prices<2010>>> real_gdp{"地区生产总值（可比价）", "real GDP",
                                                             direction::higher_is_better};
constexpr indicator<yuan_per_person<>> income{"人均可支配收入", "income",
                                              direction::higher_is_better};
constexpr indicator<yuan_per_person<constant_prices<2020>>> real_income{
    "人均可支配收入（可比价）", "real income", direction::higher_is_better};
constexpr indicator<items> clusters{"千亿产业集群", "clusters", direction::higher_is_better};
using intensity = tce_per_wan_yuan<constant_prices<2020>>;
constexpr indicator<intensity> energy_use{"万元GDP能耗", "energy intensity",
                                          direction::lower_is_better};

using test::shares;
} // namespace

TEST_CASE("level goal (提高到15%): every output", "[evaluate][kinds]") {
  const goal g = goal{trade, raise_to(15_pct), five_years, attribute::expected}.with_id("trade");
  const auto s = shares({{2020, 10.0}, {2022, 12.0}});
  const auto a = evaluate(g, s, 2022y);
  CHECK(a.id == "trade");
  CHECK(a.kind == goal_kind::level);
  REQUIRE(a.assessed);
  CHECK(a.met == false);
  CHECK_FALSE(a.first_year_met);
  CHECK_FALSE(a.keep_within);
  CHECK(a.baseline_year == 2020y);
  CHECK(a.target_year == 2025y);
  CHECK(a.latest_year == 2022y);
  CHECK(a.as_of == 2022y);
  CHECK(a.baseline_value->percent() == Approx(10.0));
  CHECK(a.latest_value->percent() == Approx(12.0));
  CHECK(a.target_value->percent() == Approx(15.0));
  CHECK(*a.achievement_share == Approx(0.4)); // item 2: (12 - 10) / (15 - 10)
  CHECK(*a.time_elapsed == Approx(0.4));      // item 3: (2022 - 2020) / 5
  CHECK(*a.expected_share == Approx(0.4));    // item 4: linear, s = e
  CHECK(*a.schedule_ratio == Approx(1.0));    // q = a / s
  CHECK(a.label == schedule_label::as_expected);
  CHECK(a.actual_rate->fraction() == Approx(std::sqrt(1.2) - 1.0));       // item 6
  CHECK(a.required_rate->fraction() == Approx(std::pow(1.5, 0.2) - 1.0)); // item 6
  CHECK(*a.rate_ratio == Approx(1.1299054543));                           // r_a / r_r
  CHECK(a.required_rate_remaining->fraction() == Approx(0.0772173450)); // item 7: (15/12)^(1/3) - 1
  CHECK(a.projection == projection_method::linear);    // item 8: the path of item 4
  CHECK(a.projected_value->percent() == Approx(15.0)); // 12 + 1 * 3
  CHECK(*a.projected_share == Approx(1.0));
  CHECK(*a.projected_share_geometric == Approx(1.1548819312)); // 12 (1 + r_a)^3 = 15.774
  CHECK(*a.years_to_target == Approx(3.0));                    // item 9: (15 - 12) / 1
  CHECK_FALSE(a.moving_away);
  CHECK(a.over_completion_absolute->pp() == Approx(-3.0)); // item 10: v_t - X in points
  CHECK(*a.over_completion_number == Approx(-3.0));
  CHECK(*a.over_completion_relative == Approx(-0.2)); // (v_t - X) / X
  CHECK_FALSE(a.exceeded());
  CHECK(a.un2022 == status::on_track); // ratio 1.13 >= 0.95
  CHECK(a.eurostat == status::substantial_progress);
  CHECK(a.un2023 == status::on_track); // P = 1.15
  CHECK(a.status_under(method::cn_midterm) == status::as_expected);
  CHECK(a.notes.contains(note_code::baseline_from_data));
  CHECK(a.notes.contains(note_code::points_used));

  SECTION("the geometric projection on request (options.projection)") {
    options opt;
    opt.projection = projection_method::geometric;
    const auto b = evaluate(g, s, 2022y, opt);
    CHECK(b.projection == projection_method::geometric);
    CHECK(b.projected_value->percent() == Approx(15.7744096566));
    CHECK(*b.projected_share == Approx(1.1548819312));
    CHECK(*b.years_to_target == Approx(2.4478021715)); // ln(15/12) / ln(1 + r_a)
    CHECK(*b.schedule_ratio == Approx(1.0));           // the schedule keeps the goal's path
  }
  SECTION("moving away: years to target none, the flag set") {
    const auto b = evaluate(g, shares({{2020, 10.0}, {2022, 9.0}}), 2022y);
    CHECK(*b.achievement_share == Approx(-0.2)); // negative when moving away
    CHECK_FALSE(b.years_to_target);
    CHECK(b.moving_away);
    CHECK(b.label == schedule_label::lagging);
    CHECK(b.un2022 == status::deterioration);
    CHECK(b.eurostat == status::deterioration);
    CHECK(b.un2023 == status::stagnation_or_regression);
  }
  SECTION("met before the deadline: 提前实现, years to target 0, first year") {
    const auto b = evaluate(g, shares({{2020, 10.0}, {2022, 15.5}, {2023, 16.0}}), 2023y);
    CHECK(b.met == true);
    CHECK(b.first_year_met == 2022y);
    CHECK(b.label == schedule_label::achieved_early);
    CHECK(*b.years_to_target == 0.0);
    CHECK(b.over_completion_absolute->pp() == Approx(1.0));
    CHECK(b.exceeded());
    CHECK(b.un2022 == status::target_met);
    CHECK(b.un2023 == status::target_met);
    CHECK(b.eurostat == status::target_met);
  }
}

TEST_CASE("level goal, lower is better (降低到0.40)", "[evaluate][kinds][lower]") {
  const goal g{energy_use, lower_to(intensity(0.40)), five_years, attribute::binding};
  const std::vector<observation<intensity>> s{{2020y, intensity(0.50)}, {2023y, intensity(0.45)}};
  const auto a = evaluate(g, s, 2023y);
  REQUIRE(a.assessed);
  CHECK(*a.achievement_share == Approx(0.5)); // (0.45 - 0.50) / (0.40 - 0.50)
  CHECK(*a.time_elapsed == Approx(0.6));
  CHECK(*a.schedule_ratio == Approx(0.5 / 0.6));
  CHECK(a.label == schedule_label::lagging);
  CHECK(a.alert()); // binding, firm, lagging
  CHECK(a.actual_rate->fraction() < 0.0);
  CHECK(a.required_rate->fraction() == Approx(std::pow(0.8, 0.2) - 1.0));
  CHECK(a.over_completion_absolute->value() == Approx(-0.05)); // d (v_t - X): 0.05 above the level
  CHECK(*a.over_completion_relative == Approx(-0.125));
  CHECK(*a.years_to_target == Approx(3.0)); // 0.05 / (0.05 / 3 a year)
}

TEST_CASE("ceiling goal not yet satisfied (控制在5.5%以内 from 6.5%)", "[evaluate][kinds][lower]") {
  const goal g{unemployment, within(5.5_pct), five_years, attribute::expected};
  const auto a = evaluate(g, shares({{2020, 6.5}, {2021, 6.1}}), 2021y);
  REQUIRE(a.assessed);
  CHECK_FALSE(a.keep_within);
  CHECK(a.kind == goal_kind::ceiling);
  CHECK(*a.achievement_share == Approx(0.4));
  CHECK(*a.schedule_ratio == Approx(2.0));
  CHECK(a.label == schedule_label::faster_than_expected);
  CHECK(a.over_completion_absolute->pp() == Approx(-0.6));
  CHECK(*a.years_to_target == Approx(1.5));
}

TEST_CASE("keep within: a ceiling the base already satisfies (失业率控制在5.5%以内)",
          "[evaluate][kinds][lower]") {
  const goal g{unemployment, within(5.5_pct), five_years, attribute::binding};
  const auto holding = evaluate(g, shares({{2020, 5.2}, {2022, 5.3}}), 2022y);
  REQUIRE(holding.assessed);
  CHECK(holding.keep_within);
  CHECK(holding.notes.contains(note_code::keep_within));
  CHECK(holding.met == true);
  CHECK(holding.label == schedule_label::as_expected); // 基本符合预期 while it holds
  CHECK_FALSE(holding.achievement_share);              // no distance to cover
  CHECK_FALSE(holding.actual_rate);
  CHECK_FALSE(holding.required_rate);
  CHECK_FALSE(holding.schedule_ratio);
  CHECK(*holding.years_to_target == 0.0);
  CHECK(holding.over_completion_absolute->pp() == Approx(0.2)); // 0.2 points under the ceiling
  CHECK(holding.un2022 == status::target_met);
  CHECK_FALSE(holding.alert());

  const auto broken = evaluate(g, shares({{2020, 5.2}, {2022, 5.8}}), 2022y);
  CHECK(broken.met == false);
  CHECK(broken.label == schedule_label::lagging); // 滞后 when it fails before T
  CHECK(broken.alert());
  CHECK(broken.un2022 == status::deterioration);
  CHECK(broken.un2023 == status::stagnation_or_regression);
  CHECK(broken.eurostat == status::deterioration);

  CHECK(evaluate(g, shares({{2020, 5.2}, {2025, 5.4}}), 2025y).label == schedule_label::achieved);
  CHECK(evaluate(g, shares({{2020, 5.2}, {2025, 5.6}}), 2025y).label ==
        schedule_label::not_achieved);
}

TEST_CASE("step goal (从3000亿元迈上5000亿元台阶): first year, lower bounds, stated start",
          "[evaluate][kinds][step]") {
  const goal g{gdp, step_from_to(3000_yi_yuan, 5000_yi_yuan), period{2020y, 2026y},
               attribute::expected};
  CHECK(g.kind() == goal_kind::step);
  SECTION("the first year it held") {
    const std::vector<observation<yi_yuan<>>> s{
        {2020y, 3000_yi_yuan}, {2023y, 4600_yi_yuan}, {2024y, 5100_yi_yuan}, {2025y, 5300_yi_yuan}};
    const auto a = evaluate(g, s, 2025y);
    CHECK(a.met == true);
    CHECK(a.first_year_met == 2024y);
    CHECK(a.label == schedule_label::achieved_early);
    CHECK(a.over_completion_absolute->value() == Approx(300.0));
    CHECK(*a.over_completion_relative == Approx(0.06));
    CHECK(a.notes.contains(note_code::baseline_from_data));
  }
  SECTION("a lower bound (突破5000亿元) proves the crossing; it is never a point value for rates") {
    const std::vector<observation<yi_yuan<>>> s{
        {2020y, 3000_yi_yuan}, {2023y, 4500_yi_yuan}, {2024y, 5000_yi_yuan, flag::lower_bound}};
    const auto a = evaluate(g, s, 2024y);
    CHECK(a.met == true);
    CHECK(a.first_year_met == 2024y);
    CHECK(a.notes.contains(note_code::lower_bound_met));
    CHECK(a.latest_year == 2023y); // the latest point value
    CHECK(a.latest_value->value() == Approx(4500.0));
    CHECK(a.actual_rate->fraction() == Approx(std::cbrt(1.5) - 1.0)); // from 4500, not 5000
    CHECK(*a.achievement_share == Approx(0.75));
    CHECK(a.label == schedule_label::achieved_early);
  }
  SECTION("a lower bound below the step is noted and not used") {
    const std::vector<observation<yi_yuan<>>> s{
        {2020y, 3000_yi_yuan}, {2023y, 3667.9_yi_yuan}, {2025y, 4000_yi_yuan, flag::lower_bound}};
    const auto a = evaluate(g, s, 2025y);
    CHECK(a.met == false);
    CHECK(a.notes.contains(note_code::lower_bound_not_point));
    CHECK(a.latest_year == 2023y);
  }
  SECTION("a lower bound only: met, nothing else to compute") {
    const std::vector<observation<yi_yuan<>>> s{{2025y, 5000_yi_yuan, flag::lower_bound}};
    const auto a = evaluate(g, s, 2025y);
    CHECK(a.assessed);
    CHECK(a.met == true);
    CHECK(a.first_year_met == 2025y);
    CHECK(a.notes.contains(note_code::baseline_stated_start));
    CHECK_FALSE(a.latest_year);
    CHECK_FALSE(a.achievement_share);
    CHECK(a.label == schedule_label::achieved_early);
  }
  SECTION("an earlier lower bound does not override a later point value") {
    const std::vector<observation<yi_yuan<>>> s{
        {2020y, 3000_yi_yuan}, {2023y, 5000_yi_yuan, flag::lower_bound}, {2024y, 4900_yi_yuan}};
    const auto a = evaluate(g, s, 2024y);
    CHECK(a.met == false); // the condition on the latest value, v_2024 = 4900
    CHECK(a.first_year_met == 2023y);
    CHECK(a.latest_year == 2024y);
    CHECK(a.label != schedule_label::achieved_early);
  }
  SECTION("the stated start (从3000亿元) is used only without data for the base year") {
    const std::vector<observation<yi_yuan<>>> with_base{{2020y, 3003.13_yi_yuan},
                                                        {2022y, 3616.81_yi_yuan}};
    const auto a = evaluate(g, with_base, 2022y);
    CHECK(a.baseline_value->value() == Approx(3003.13));
    CHECK(a.notes.contains(note_code::baseline_from_data));
    const std::vector<observation<yi_yuan<>>> without{{2022y, 3616.81_yi_yuan}};
    const auto b = evaluate(g, without, 2022y);
    CHECK(b.baseline_value->value() == Approx(3000.0));
    CHECK(b.notes.contains(note_code::baseline_stated_start));
    // with_baseline states it: used instead of the data's
    const auto c = evaluate(g.with_baseline(2990_yi_yuan), with_base, 2022y);
    CHECK(c.baseline_value->value() == Approx(2990.0));
    CHECK(c.notes.contains(note_code::baseline_stated));
  }
  SECTION("money thresholds follow the geometric path (item 4)") {
    const std::vector<observation<yi_yuan<>>> s{{2020y, 3000_yi_yuan}, {2023y, 4000_yi_yuan}};
    const auto a = evaluate(g, s, 2023y);
    const double r = std::pow(5000.0 / 3000.0, 1.0 / 6.0) - 1.0;
    CHECK(*a.expected_share == Approx((std::pow(1 + r, 3) - 1) / (std::pow(1 + r, 6) - 1)));
    CHECK(a.projection == projection_method::geometric);
  }
}

TEST_CASE("average growth (年均增长8%以上): every output, nominal and real",
          "[evaluate][kinds][growth]") {
  const goal g{income, grow_on_average(8_pct_a_year, price_basis::nominal), five_years,
               attribute::expected};
  CHECK(g.kind() == goal_kind::average_growth);
  const std::vector<observation<yuan_per_person<>>> s{{2020y, yuan_per_person<>(40000)},
                                                      {2022y, yuan_per_person<>(46000)}};
  const auto a = evaluate(g, s, 2022y);
  REQUIRE(a.assessed);
  CHECK(a.met == false);
  CHECK(a.target_value->value() == Approx(58773.123072)); // X' = v_b (1 + r)^5
  CHECK(*a.achievement_share == Approx(0.3196058523));
  CHECK(*a.time_elapsed == Approx(0.4));
  CHECK(*a.expected_share == Approx(0.3545494255)); // ((1.08)^2 - 1) / ((1.08)^5 - 1)
  CHECK(*a.schedule_ratio == Approx(0.9014423077));
  CHECK(a.label == schedule_label::lagging);
  CHECK(a.actual_rate->fraction() == Approx(0.0723805295));
  CHECK(a.required_rate->fraction() == Approx(0.08));
  CHECK(*a.rate_ratio == Approx(0.9047566185));
  CHECK(a.required_rate_remaining->fraction() == Approx(0.0851096999));
  CHECK(a.projection == projection_method::geometric);
  CHECK(a.projected_value->value() == Approx(56728.9300093));
  CHECK(*a.projected_share == Approx(0.8911106557));
  CHECK(*a.projected_share_geometric == Approx(0.8911106557));
  CHECK(*a.years_to_target == Approx(3.5065806777));
  // item 10: r_a - r in points, (r_a - r) / r
  CHECK(a.over_completion_absolute->pp() == Approx(-0.7619470524));
  CHECK(*a.over_completion_relative == Approx(-0.0952433815));
  CHECK(a.un2022 == status::fair_progress);       // 0.905 in [0.5, 0.95)
  CHECK(a.eurostat == status::moderate_progress); // 0.905 in [0.6, 0.95)
  CHECK(a.un2023 == status::acceleration_needed); // P 0.89 in [0.10, 0.95)

  SECTION("linear projection on request") {
    options opt;
    opt.projection = projection_method::linear;
    const auto b = evaluate(g, s, 2022y, opt);
    CHECK(b.projection == projection_method::linear);
    CHECK(b.projected_value->value() == Approx(55000.0)); // 46000 + 3000 * 3
    CHECK(*b.projected_share == Approx(0.7990146308));
    CHECK(*b.projected_share_geometric == Approx(0.8911106557));
    CHECK(*b.years_to_target == Approx((58773.123072 - 46000.0) / 3000.0));
  }
  SECTION("at the deadline met is the same as r_a >= r") {
    const std::vector<observation<yuan_per_person<>>> at_t{{2020y, yuan_per_person<>(40000)},
                                                           {2025y, yuan_per_person<>(58800)}};
    const auto b = evaluate(g, at_t, 2025y);
    CHECK(b.met == true);
    CHECK(b.actual_rate->fraction() >= 0.08);
    CHECK(b.label == schedule_label::achieved);
  }
  SECTION("real growth on an indicator at constant prices") {
    const goal r{real_income, grow_on_average(6_pct_a_year, price_basis::real), five_years,
                 attribute::expected};
    using q = yuan_per_person<constant_prices<2020>>;
    const std::vector<observation<q>> rs{{2020y, q(40000)}, {2021y, q(42400)}};
    const auto b = evaluate(r, rs, 2021y);
    CHECK(*b.schedule_ratio == Approx(1.0)); // exactly on the required path
    CHECK(*b.rate_ratio == Approx(1.0));
  }
  SECTION("the price basis must fit the indicator's (run time: invalid_goal)") {
    const auto nominal_on_real = [] {
      return goal{real_income, grow_on_average(6_pct_a_year, price_basis::nominal),
                  run_time(five_years), attribute::expected};
    };
    const auto real_on_nominal = [] {
      return goal{income, grow_on_average(6_pct_a_year, price_basis::real), run_time(five_years),
                  attribute::expected};
    };
    REQUIRE_THROWS_AS(nominal_on_real(), invalid_goal);
    REQUIRE_THROWS_AS(real_on_nominal(), invalid_goal);
    try {
      (void)real_on_nominal();
    } catch (const invalid_goal& e) {
      CHECK(e.code() == goal_errc::price_basis_conflict);
    }
  }
}

TEST_CASE("cumulative change: increase (增长50%) and decrease (下降15%)",
          "[evaluate][kinds][change]") {
  const goal up{real_gdp, increase_by(50_pct_growth), period{2010y, 2020y}, attribute::expected};
  CHECK(up.kind() == goal_kind::cumulative_change);
  using q = yi_yuan<constant_prices<2010>>;
  const std::vector<observation<q>> s{{2010y, q(100)}, {2015y, q(120)}};
  const auto a = evaluate(up, s, 2015y);
  CHECK(a.target_value->value() == Approx(150.0)); // v_b (1 + K)
  CHECK(*a.achievement_share == Approx(0.4));
  const double r = std::pow(1.5, 0.1) - 1.0;
  CHECK(*a.expected_share == Approx((std::pow(1 + r, 5) - 1) / 0.5));
  CHECK(a.over_completion_absolute->pp() == Approx(-30.0)); // K_t - K = 20% - 50%
  CHECK(*a.over_completion_relative == Approx(-0.6));

  const goal down{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding};
  const std::vector<observation<intensity>> e{{2020y, intensity(0.5)}, {2025y, intensity(0.42)}};
  const auto b = evaluate(down, e, 2025y);
  CHECK(b.met == true); // 1 - 0.42 / 0.5 = 16% >= 15%
  CHECK(b.over_completion_absolute->pp() == Approx(1.0));
  CHECK(*b.over_completion_relative == Approx(1.0 / 15.0));
  CHECK(b.label == schedule_label::achieved);
}

TEST_CASE("points change (提高3个百分点; 下降1个百分点)", "[evaluate][kinds][points]") {
  const goal g{urbanization, increase_by_points(3_pp), five_years, attribute::expected};
  CHECK(g.kind() == goal_kind::points_change);
  const auto a = evaluate(g, shares({{2020, 71.26}, {2021, 72.04}}), 2021y);
  CHECK(a.target_value->percent() == Approx(74.26)); // v_b + N
  CHECK(*a.achievement_share == Approx(0.26));       // 0.78 / 3
  CHECK(*a.expected_share == Approx(0.2));           // linear
  CHECK(*a.schedule_ratio == Approx(1.3));
  CHECK(a.label == schedule_label::faster_than_expected);
  CHECK(a.over_completion_absolute->pp() == Approx(-2.22)); // 0.78 - 3 points
  CHECK(*a.over_completion_relative == Approx(-0.74));
  CHECK(*a.years_to_target == Approx(2.22 / 0.78));

  const goal d{unemployment, decrease_by_points(1_pp), five_years, attribute::expected};
  const auto b = evaluate(d, shares({{2020, 5.6}, {2023, 4.5}}), 2023y);
  CHECK(b.met == true);
  CHECK(b.over_completion_absolute->pp() == Approx(0.1));
  CHECK(b.label == schedule_label::achieved_early);
}

TEST_CASE("multiple (翻一番)", "[evaluate][kinds][multiple]") {
  const goal g{real_gdp, multiply_by(2.0), period{2010y, 2020y}, attribute::expected};
  CHECK(g.kind() == goal_kind::multiple);
  using q = yi_yuan<constant_prices<2010>>;
  const std::vector<observation<q>> s{{2010y, q(100)}, {2015y, q(150)}};
  const auto a = evaluate(g, s, 2015y);
  CHECK(a.target_value->value() == Approx(200.0));
  CHECK(*a.achievement_share == Approx(0.5));
  CHECK(*a.expected_share == Approx(std::sqrt(2.0) - 1.0)); // geometric: (2^0.5 - 1) / (2 - 1)
  CHECK(*a.schedule_ratio == Approx(1.2071067812));
  CHECK(a.label == schedule_label::faster_than_expected);
  CHECK(a.required_rate->fraction() == Approx(0.0717734625));
  CHECK(*a.rate_ratio == Approx(1.1769220574));
  CHECK(a.projected_value->value() == Approx(225.0));
  CHECK(*a.over_completion_absolute == Approx(-0.5)); // v_t / v_b - k, a plain factor
  CHECK(*a.over_completion_relative == Approx(-0.25));
  const std::vector<observation<q>> done{{2010y, q(100)}, {2019y, q(201)}};
  CHECK(evaluate(g, done, 2019y).met == true);
}

TEST_CASE("increment with floor and stretch (新增2-3个)", "[evaluate][kinds][increment]") {
  const goal g{clusters, add_between(2_items, 3_items), five_years, attribute::expected,
               modality::aspirational};
  CHECK(g.kind() == goal_kind::increment);
  const std::vector<observation<items>> s{{2020y, 2_items}, {2022y, 3_items}};
  const auto a = evaluate(g, s, 2022y);
  CHECK(a.target_value->value() == Approx(4.0)); // v_b + N
  CHECK(*a.achievement_share == Approx(0.5));
  CHECK(*a.expected_share == Approx(0.4));
  CHECK(*a.schedule_ratio == Approx(1.25));
  CHECK(a.label == schedule_label::faster_than_expected);
  CHECK(a.over_completion_absolute->value() == Approx(-1.0)); // one item short of the floor
  CHECK(a.stretch_met == false);
  CHECK(a.notes.contains(note_code::aspirational_not_reached));
  CHECK_FALSE(a.alert());

  const std::vector<observation<items>> floor_met{{2020y, 2_items}, {2024y, 4_items}};
  const auto b = evaluate(g, floor_met, 2024y);
  CHECK(b.met == true);
  CHECK(b.stretch_met == false);
  CHECK(b.over_completion_absolute->value() == Approx(0.0));
  CHECK_FALSE(b.exceeded());
  const std::vector<observation<items>> stretch{{2020y, 2_items}, {2024y, 5_items}};
  const auto c = evaluate(g, stretch, 2024y);
  CHECK(c.stretch_met == true);
  CHECK(c.notes.contains(note_code::stretch_met));
  CHECK(c.over_completion_absolute->value() == Approx(1.0));
  CHECK(c.exceeded());
  CHECK_FALSE(c.notes.contains(note_code::aspirational_not_reached));
}

TEST_CASE("range (2.5%至3%)", "[evaluate][kinds][range]") {
  const goal g{rd, between(2.5_pct, 3.0_pct), five_years, attribute::expected};
  CHECK(g.kind() == goal_kind::range);
  const auto a = evaluate(g, shares({{2020, 2.0}, {2022, 2.2}}), 2022y);
  CHECK(a.target_value->percent() == Approx(2.5)); // the nearer end
  CHECK(*a.achievement_share == Approx(0.4));
  CHECK(a.met == false);
  CHECK(evaluate(g, shares({{2020, 2.0}, {2024, 2.8}}), 2024y).met == true);
  CHECK(evaluate(g, shares({{2020, 2.0}, {2025, 3.1}}), 2025y).met == false);
  const auto inside = evaluate(g, shares({{2020, 2.7}, {2022, 2.9}}), 2022y);
  CHECK(inside.keep_within);
  CHECK(inside.met == true);
  CHECK(inside.label == schedule_label::as_expected);
  CHECK_FALSE(inside.over_completion_number); // inside the range: nothing to be beyond
}

TEST_CASE("band of a level (15%左右)", "[evaluate][kinds][band]") {
  const goal g{trade, about(15_pct), five_years, attribute::expected};
  CHECK(g.kind() == goal_kind::band);
  const auto a = evaluate(g, shares({{2020, 10.0}, {2025, 14.3}}), 2025y);
  CHECK(a.met == true); // |14.3 - 15| <= 0.75
  CHECK(a.over_completion_absolute->pp() == Approx(-0.7));
  CHECK(evaluate(g, shares({{2020, 10.0}, {2025, 14.2}}), 2025y).met == false);
  CHECK(evaluate(g, shares({{2020, 10.0}, {2025, 15.75}}), 2025y).met == true);
  const auto b = evaluate(g, shares({{2020, 10.0}, {2022, 12.0}}), 2022y);
  CHECK(*b.achievement_share == Approx(0.4));
  CHECK(b.label == schedule_label::as_expected);
}

TEST_CASE("band of a change on levels (能耗降低20%左右)", "[evaluate][kinds][band]") {
  const goal g{energy_use, about(growth_rate::percent(-20)), five_years, attribute::binding};
  const std::vector<observation<intensity>> s{{2020y, intensity(0.5)}, {2022y, intensity(0.46)}};
  const auto a = evaluate(g, s, 2022y);
  CHECK(a.target_value->value() == Approx(0.4));
  CHECK(*a.achievement_share == Approx(0.4));
  CHECK(a.projection == projection_method::geometric);
  CHECK(a.met == false);
}

TEST_CASE("milestones: done, not done, unknown", "[evaluate][kinds][milestone]") {
  const milestone m{"civilized_city", "全国文明城市", "a national civilized city", five_years,
                    attribute::expected};
  const auto done = evaluate(m, milestone_record{true, 2023y, "2023年获评"}, 2024y);
  CHECK(done.assessed);
  CHECK(done.kind == goal_kind::milestone);
  CHECK(done.met == true);
  CHECK(done.first_year_met == 2023y);
  CHECK(done.label == schedule_label::achieved_early);
  CHECK(done.evidence == "2023年获评");
  CHECK(done.un2022 == status::target_met);
  CHECK(evaluate(m, milestone_record{true, 2024y, "x"}, 2025y).label == schedule_label::achieved);

  const auto pending = evaluate(m, milestone_record{false, {}, {}}, 2023y);
  CHECK_FALSE(pending.assessed);
  CHECK(pending.notes.contains(note_code::milestone_pending));
  CHECK(pending.label == schedule_label::none);
  const auto failed = evaluate(m, milestone_record{false, {}, {}}, 2025y);
  CHECK(failed.assessed);
  CHECK(failed.met == false);
  CHECK(failed.label == schedule_label::not_achieved);

  const auto unknown = evaluate(m, milestone_record{}, 2025y);
  CHECK_FALSE(unknown.assessed);
  CHECK_FALSE(unknown.met);
  CHECK(unknown.label == schedule_label::none);
  CHECK(unknown.un2022 == status::insufficient_data);
  REQUIRE_FALSE(
      unknown.notes.empty()); // unknown, not "not done": insufficient data, with the reason
  CHECK(describe(unknown.notes[0], lang::en).rfind("insufficient data", 0) == 0);

  const milestone firm_binding{"m", "x", "x", five_years, attribute::binding};
  CHECK(evaluate(firm_binding, milestone_record{false, {}, {}}, 2025y).alert());
  const milestone aspirational{
      "m", "x", "x", five_years, attribute::binding, modality::aspirational};
  const auto asp = evaluate(aspirational, milestone_record{false, {}, {}}, 2025y);
  CHECK_FALSE(asp.alert());
  CHECK(asp.notes.contains(note_code::aspirational_not_reached));
}
