// The worked numbers of docs/method.md §4 and the comparators of §3 (Civil Code, Art. 1259), through
// evaluate(): required yearly decreases, the 12th and 11th Five-Year Plans' energy intensity,
// 10.76% and 13.19% for GDP, and 以上 / 超过 / 以内 / 不满 at the number itself.
#include "support/catch.hpp"

#include <zzplan/evaluate.hpp>
#include <zzplan/units.hpp>

#include <array>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
#if defined(CATCH_VERSION_MAJOR) && CATCH_VERSION_MAJOR >= 3
using Catch::Approx;
#endif

namespace {
using intensity = tce_per_wan_yuan<constant_prices<2020>>;
constexpr indicator<intensity> energy_use{"万元GDP能耗", "energy intensity",
                                          direction::lower_is_better};
constexpr indicator<share> unemployment{"城镇调查失业率", "surveyed urban unemployment",
                                        direction::lower_is_better};
constexpr indicator<share> tech{"科技进步贡献率", "S&T contribution", direction::higher_is_better};
constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};
constexpr period five_years{2020y, 2025y};

observation<intensity> level(int y, double v) {
  return {year{y}, intensity(v)};
}
change_observation change(int y, double pct, int span = 1) {
  return {year{y}, growth_rate::percent(pct), flag::none, span};
}
} // namespace

TEST_CASE("15% over 5 years needs a decrease of 3.198% a year, 20% needs 4.365%",
          "[evaluate][worked]") {
  const goal g15{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding};
  const goal g20{energy_use, decrease_by(20_pct_growth), five_years, attribute::binding};
  // levels
  const std::vector<observation<intensity>> levels{level(2020, 0.50), level(2021, 0.49)};
  const auto a15 = evaluate(g15, levels, 2021y);
  const auto a20 = evaluate(g20, levels, 2021y);
  REQUIRE(a15.required_rate);
  CHECK(a15.required_rate->percent() == Approx(-3.198).margin(5e-4));
  REQUIRE(a20.required_rate);
  CHECK(a20.required_rate->percent() == Approx(-4.365).margin(5e-4));
  // the same from a series of yearly changes (index, base = 1)
  const std::vector<change_observation> changes{change(2021, -2.0)};
  const auto c15 = evaluate(g15, changes, 2021y);
  const auto c20 = evaluate(g20, changes, 2021y);
  REQUIRE(c15.required_rate);
  CHECK(c15.required_rate->percent() == Approx(-3.198).margin(5e-4));
  CHECK(c20.required_rate->percent() == Approx(-4.365).margin(5e-4));
  CHECK(*c15.baseline_value == 1.0);
  CHECK(*c15.target_value == Approx(0.85));
  CHECK(c15.notes.contains(note_code::chained_changes));
}

TEST_CASE("after -7% in 3 years, a 15% decrease needs 4.40% a year in the last 2",
          "[evaluate][worked]") {
  const goal g{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding};
  const auto check = [](const auto& a) {
    REQUIRE(a.assessed);
    REQUIRE(a.required_rate_remaining);
    // 1 - ((1 - K) / (1 - K_t))^(1/(T - t)) = 1 - (0.85 / 0.93)^(1/2), reported signed
    CHECK(a.required_rate_remaining->percent() == Approx(-4.40).margin(5e-3));
    CHECK(a.required_rate_remaining->fraction() == Approx(-0.043977775));
    CHECK(*a.achievement_share == Approx(0.07 / 0.15));
    CHECK(*a.time_elapsed == Approx(0.6));
    // geometric schedule: ((1+r)^3 - 1) / ((1+r)^5 - 1) with r = 0.85^(1/5) - 1
    CHECK(*a.expected_share == Approx(0.6193864065));
    CHECK(*a.schedule_ratio == Approx(0.7534338205));
    CHECK(a.label == schedule_label::lagging);
    // K_t - K = 7% - 15% = -8 points; (K_t - K) / K = -53.3%
    CHECK(*a.over_completion_number == Approx(-0.08));
    CHECK(*a.over_completion_relative == Approx(-0.08 / 0.15));
    CHECK(a.over_completion_absolute->pp() == Approx(-8.0));
  };
  SECTION("levels") {
    const std::vector<observation<intensity>> s{level(2020, 1.0), level(2023, 0.93)};
    check(evaluate(g, s, 2023y));
  }
  SECTION("one three-year change (前三年累计降低7%)") {
    const std::vector<change_observation> s{change(2023, -7.0, 3)};
    check(evaluate(g, s, 2023y));
  }
  SECTION("three yearly changes chained") {
    const double third = (0.93 / (0.97 * 0.98) - 1.0) * 100.0;
    const std::vector<change_observation> s{change(2021, -3.0), change(2022, -2.0),
                                            change(2023, third)};
    const auto a = evaluate(g, s, 2023y);
    check(a);
    CHECK(*a.latest_value == Approx(0.93));
  }
}

TEST_CASE("10.76% a year takes 3000 to 5000 in 5 years; 13.19% is Zhuzhou's remaining need",
          "[evaluate][worked]") {
  // 10.76% is the required average rate of the step 从3000亿元迈上5000亿元 over five years:
  // (5000 / 3000)^(1/5) - 1 = 10.757%. Over the congress term 2020-2026 (six years) it is 8.887%.
  const std::vector<observation<yi_yuan<>>> s{{2021y, 3420.3_yi_yuan, flag::provisional},
                                              {2024y, 3902.4_yi_yuan}};
  const goal five{gdp, step_from_to(3000_yi_yuan, 5000_yi_yuan), period{2020y, 2025y},
                  attribute::expected};
  const goal six{gdp, step_from_to(3000_yi_yuan, 5000_yi_yuan), period{2020y, 2026y},
                 attribute::expected};
  const auto a5 = evaluate(five, s, 2021y);
  const auto a6 = evaluate(six, s, 2024y);
  CHECK(a5.required_rate->percent() == Approx(10.7566).margin(1e-4));
  CHECK(a6.required_rate->percent() == Approx(8.8867).margin(1e-4));
  // 13.19%: from 3902.4 in 2024 to 5000 in 2026, (5000 / 3902.4)^(1/2) - 1
  CHECK(a6.required_rate_remaining->percent() == Approx(13.1929).margin(1e-4));
}

TEST_CASE("12th Five-Year Plan: energy intensity -19.71% against a 16% target",
          "[evaluate][worked]") {
  using intensity2010 = tce_per_wan_yuan<constant_prices<2010>>;
  constexpr indicator<intensity2010> ind{"单位GDP能耗", "energy intensity",
                                         direction::lower_is_better};
  const goal g{ind, decrease_by(16_pct_growth), period{2010y, 2015y}, attribute::binding};
  const auto check = [](const auto& a) {
    REQUIRE(a.assessed);
    CHECK(a.met == true);
    CHECK(a.label == schedule_label::achieved);
    // +3.71 percentage points, +23.2% relative
    CHECK(a.over_completion_absolute->pp() == Approx(3.71));
    CHECK(*a.over_completion_number == Approx(0.0371));
    CHECK(*a.over_completion_relative == Approx(0.231875));
    CHECK(a.exceeded());
    CHECK_FALSE(a.alert());
    CHECK(*a.years_to_target == 0.0);
    CHECK(a.notes.contains(note_code::deadline_passed));
    CHECK(a.un2022 == status::target_met);
  };
  const std::vector<change_observation> changes{
      {2015y, growth_rate::percent(-19.71), flag::none, 5}};
  check(evaluate(g, changes, 2015y));
  const std::vector<observation<intensity2010>> levels{{2010y, intensity2010(1.0)},
                                                       {2015y, intensity2010(0.8029)}};
  check(evaluate(g, levels, 2016y));
}

TEST_CASE("11th Five-Year Plan: 能耗降低20%左右 was met at 19.1% (default band +-5%)",
          "[evaluate][worked]") {
  using intensity2005 = tce_per_wan_yuan<constant_prices<2005>>;
  constexpr indicator<intensity2005> ind{"单位GDP能耗", "energy intensity",
                                         direction::lower_is_better};
  const goal g{ind, about(growth_rate::percent(-20)), period{2005y, 2010y}, attribute::binding};
  CHECK(g.kind() == goal_kind::band);
  const auto at = [&](double pct) {
    const std::vector<change_observation> s{{2010y, growth_rate::percent(pct), flag::none, 5}};
    return evaluate(g, s, 2010y);
  };
  const auto a = at(-19.1);
  REQUIRE(a.assessed);
  CHECK(a.met == true);
  CHECK(a.label == schedule_label::achieved);
  CHECK(*a.target_value == Approx(0.8));
  CHECK(*a.over_completion_number == Approx(-0.009)); // 0.9 points short of the centre
  CHECK(a.over_completion_absolute->pp() == Approx(-0.9));
  CHECK(*a.over_completion_relative == Approx(-0.045));
  CHECK(at(-19.0).met == true); // the band is 20% +- 1 point, both ends included
  CHECK(at(-21.0).met == true);
  CHECK(at(-18.9).met == false);
  CHECK(at(-21.1).met == false);
  CHECK(at(-18.9).label == schedule_label::not_achieved);
  // the tolerance is configurable: +-3% of 20% is +-0.6 points
  const goal narrow{ind, about(growth_rate::percent(-20), 0.03), period{2005y, 2010y},
                    attribute::binding};
  const std::vector<change_observation> s{{2010y, growth_rate::percent(-19.1), flag::none, 5}};
  CHECK(evaluate(narrow, s, 2010y).met == false);
}

TEST_CASE("Civil Code comparators: 超过 and 不满 exclude the number, 以上 and 以内 include it",
          "[evaluate][worked][comparators]") {
  const auto at_deadline = [](const auto& g, share base, share last) {
    const std::array<observation<share>, 2> s{{{2020y, base}, {2026y, last}}};
    return evaluate(g, s, 2026y);
  };
  const period p{2020y, 2026y};
  SECTION("超过70%: 70.0 does not meet it, 70.01 does") {
    const goal g{tech, above(70_pct), p, attribute::expected};
    const auto a = at_deadline(g, 60_pct, 70.0_pct);
    CHECK(a.met == false);
    CHECK(a.label == schedule_label::not_achieved);
    CHECK(at_deadline(g, 60_pct, 70.01_pct).met == true);
  }
  SECTION("75%以上 / 提高到75%: 75.0 meets it") {
    for (const auto& t : {at_least(75_pct), raise_to(75_pct)}) {
      const goal g{tech, t, p, attribute::expected};
      const auto a = at_deadline(g, 60_pct, 75.0_pct);
      CHECK(a.met == true);
      CHECK(a.label == schedule_label::achieved);
      CHECK(*a.achievement_share == Approx(1.0).margin(1e-12));
      CHECK(at_deadline(g, 60_pct, 74.99_pct).met == false);
    }
  }
  SECTION("控制在5.5%以内: 5.5 meets it; 不满5.5% (低于): 5.5 does not") {
    const goal within_g{unemployment, within(5.5_pct), p, attribute::expected};
    const goal below_g{unemployment, below(5.5_pct), p, attribute::expected};
    CHECK(within_g.kind() == goal_kind::ceiling);
    CHECK(below_g.kind() == goal_kind::ceiling);
    CHECK(at_deadline(within_g, 6.2_pct, 5.5_pct).met == true);
    CHECK(at_deadline(below_g, 6.2_pct, 5.5_pct).met == false);
    CHECK(at_deadline(below_g, 6.2_pct, 5.49_pct).met == true);
    CHECK(at_deadline(within_g, 6.2_pct, 5.51_pct).met == false);
  }
  SECTION("降低到5% (lower_to): inclusive") {
    const goal g{unemployment, lower_to(5_pct), p, attribute::expected};
    CHECK(g.kind() == goal_kind::level);
    CHECK(at_deadline(g, 6.0_pct, 5.0_pct).met == true);
    CHECK(at_deadline(g, 6.0_pct, 5.01_pct).met == false);
  }
}
