// Goals: each wording makes its kind, targets are normalised to the indicator's unit, and every
// invalid definition is rejected at run time with zzplan::invalid_goal and its goal_errc (the
// compile-time rejection of constexpr goals is in tests/compile_fail/goal_*.cpp). The invalid
// goals here get their period at run time (run_time): with constant figures only, clang refuses
// them at compile time.
#include "support/catch.hpp"

#include <zzplan/goal.hpp>
#include <zzplan/units.hpp>

#include <optional>
#include <string>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

namespace {
constexpr period five_years{2020y, 2025y};
period run_time(period p) {
  return p;
}
constexpr indicator<share> trade{"对外贸易依存度", "trade dependence", direction::higher_is_better};
constexpr indicator<share> unemployment{"城镇调查失业率", "unemployment",
                                        direction::lower_is_better};
constexpr indicator<wan_yuan<>> gdp_wan{"地区生产总值", "GDP", direction::higher_is_better};
constexpr indicator<yuan_per_person<>> income{"人均可支配收入", "income",
                                              direction::higher_is_better};
constexpr indicator<yuan_per_person<constant_prices<2020>>> real_income{
    "人均可支配收入", "income", direction::higher_is_better};
constexpr indicator<items> clusters{"千亿产业集群", "clusters", direction::higher_is_better};
constexpr indicator<tce> energy_total{"能源消费总量", "energy use", direction::lower_is_better};
using intensity = tce_per_wan_yuan<constant_prices<2020>>;
constexpr indicator<intensity> energy_use{"万元GDP能耗", "energy intensity",
                                          direction::lower_is_better};

template <class Make> std::optional<goal_errc> rejection(Make make) {
  try {
    (void)make();
  } catch (const invalid_goal& e) {
    CHECK(std::string(e.what()).rfind("zzplan: ", 0) == 0);
    return e.code();
  }
  return std::nullopt;
}
} // namespace

TEST_CASE("each wording makes its goal kind", "[goal]") {
  CHECK(goal{trade, raise_to(15_pct), five_years, attribute::expected}.kind() == goal_kind::level);
  CHECK(goal{trade, above(15_pct), five_years, attribute::expected}.kind() == goal_kind::level);
  CHECK(goal{unemployment, lower_to(5_pct), five_years, attribute::expected}.kind() ==
        goal_kind::level);
  CHECK(goal{unemployment, within(5.5_pct), five_years, attribute::expected}.kind() ==
        goal_kind::ceiling);
  CHECK(goal{unemployment, below(5.5_pct), five_years, attribute::expected}.kind() ==
        goal_kind::ceiling);
  CHECK(goal{gdp_wan, step_from_to(3000_yi_yuan, 5000_yi_yuan), five_years, attribute::expected}
            .kind() == goal_kind::step);
  CHECK(goal{income, grow_on_average(8_pct_a_year, price_basis::nominal), five_years,
             attribute::expected}
            .kind() == goal_kind::average_growth);
  CHECK(goal{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding}.kind() ==
        goal_kind::cumulative_change);
  CHECK(goal{trade, increase_by_points(1_pp), five_years, attribute::expected}.kind() ==
        goal_kind::points_change);
  CHECK(goal{gdp_wan, multiply_by(2.0), five_years, attribute::expected}.kind() ==
        goal_kind::multiple);
  CHECK(goal{clusters, add_between(2_items, 3_items), five_years, attribute::expected}.kind() ==
        goal_kind::increment);
  CHECK(goal{trade, between(14_pct, 16_pct), five_years, attribute::expected}.kind() ==
        goal_kind::range);
  CHECK(goal{trade, about(15_pct), five_years, attribute::expected}.kind() == goal_kind::band);
  CHECK(goal{energy_use, about(-20_pct_growth), five_years, attribute::binding}.kind() ==
        goal_kind::band);
  CHECK(goal{income, in_step_with("经济增长", "economic growth"), five_years, attribute::expected}
            .kind() == goal_kind::relative);
  CHECK(to_string(goal_kind::points_change) == "points_change");
}

TEST_CASE("targets take the indicator's unit; attributes and words are kept", "[goal]") {
  constexpr goal g =
      goal{gdp_wan, raise_to(5000_yi_yuan), five_years, attribute::expected, modality::aspirational}
          .with_id("gdp")
          .with_wording("地区生产总值达到5000亿元");
  static_assert(std::is_same_v<decltype(g)::target_type, level_target<wan_yuan<>>>);
  CHECK(g.target.value.value() == 5000.0 * 10000.0); // 亿元 -> 万元
  CHECK(g.id == "gdp");
  CHECK(g.wording == "地区生产总值达到5000亿元");
  CHECK(g.attr == attribute::expected);
  CHECK(g.mode == modality::aspirational);
  CHECK(g.when.years() == 5);
  CHECK_FALSE(g.stated_baseline);
  const auto s = g.with_baseline(30000000_wan_yuan);
  REQUIRE(s.stated_baseline);
  CHECK(s.stated_baseline->when == 2020y);
  CHECK(s.stated_baseline->value.value() == 3.0e7);
  // 下降15% is stored as the signed change -15%; 下降1个百分点 as -1 point
  CHECK(decrease_by(15_pct_growth).change.percent() == -15.0);
  // a negative figure is kept as written, so that the goal refuses the double negative
  CHECK(decrease_by(-15_pct_growth).change.percent() == 15.0);
  CHECK(decrease_by_points(1_pp).change.pp() == -1.0);
  CHECK(add(2_items).stretch.value() == 2.0);
  CHECK(about(15_pct).tolerance == 0.05);
}

TEST_CASE("invalid goals are rejected at run time with their code", "[goal][invalid]") {
  SECTION("the deadline must be after the base year") {
    CHECK(
        rejection([] {
          return goal{trade, raise_to(15_pct), run_time(period{2025y, 2020y}), attribute::expected};
        }) == goal_errc::deadline_not_after_base);
    CHECK(
        rejection([] {
          return goal{trade, raise_to(15_pct), run_time(period{2020y, 2020y}), attribute::expected};
        }) == goal_errc::deadline_not_after_base);
    REQUIRE_THROWS_AS(
        (goal{trade, raise_to(15_pct), run_time(period{2021y, 2020y}), attribute::expected}),
        invalid_goal);
  }
  SECTION("direction conflicts: the wording against the indicator's stated direction") {
    CHECK(rejection([] {
            return goal{unemployment, raise_to(6_pct), run_time(five_years), attribute::expected};
          }) == goal_errc::direction_conflict);
    CHECK(rejection([] {
            return goal{trade, lower_to(10_pct), run_time(five_years), attribute::expected};
          }) == goal_errc::direction_conflict);
    CHECK(rejection([] {
            return goal{trade, within(10_pct), run_time(five_years), attribute::expected};
          }) == goal_errc::direction_conflict);
    CHECK(
        rejection([] {
          return goal{income, decrease_by(5_pct_growth), run_time(five_years), attribute::expected};
        }) == goal_errc::direction_conflict);
    CHECK(rejection([] {
            return goal{energy_use, increase_by(5_pct_growth), run_time(five_years),
                        attribute::expected};
          }) == goal_errc::direction_conflict);
    CHECK(rejection([] {
            return goal{unemployment, increase_by_points(1_pp), run_time(five_years),
                        attribute::expected};
          }) == goal_errc::direction_conflict);
    CHECK(rejection([] {
            return goal{energy_total, grow_on_average(3_pct_a_year, price_basis::real),
                        run_time(five_years), attribute::expected};
          }) == goal_errc::direction_conflict);
  }
  SECTION("a decrease goal whose target lies above its stated base, and the converse") {
    CHECK(rejection([] {
            return goal{energy_use, lower_to(intensity(0.6)), run_time(five_years),
                        attribute::binding}
                .with_baseline(intensity(0.5));
          }) == goal_errc::decrease_target_above_base);
    CHECK(rejection([] {
            return goal{trade, raise_to(15_pct), run_time(five_years), attribute::expected}
                .with_baseline(16_pct);
          }) == goal_errc::increase_target_below_base);
    // a ceiling the base already satisfies is a goal to keep, not an error
    CHECK_FALSE(rejection([] {
      return goal{unemployment, within(5.5_pct), run_time(five_years), attribute::expected}
          .with_baseline(5.2_pct);
    }));
  }
  SECTION("a change whose sign contradicts its wording") {
    CHECK(rejection([] {
            return goal{energy_use, decrease_by(-15_pct_growth), run_time(five_years),
                        attribute::binding};
          }) == goal_errc::change_sign_conflict);
    CHECK(rejection([] {
            return goal{unemployment, decrease_by_points(-1_pp), run_time(five_years),
                        attribute::expected};
          }) == goal_errc::change_sign_conflict);
    CHECK(rejection([] {
            return goal{energy_use, decrease_by(0_pct_growth), run_time(five_years),
                        attribute::binding};
          }) == goal_errc::change_sign_conflict);
    CHECK(rejection([] {
            return goal{income, increase_by(-5_pct_growth), run_time(five_years),
                        attribute::expected};
          }) == goal_errc::change_sign_conflict);
    CHECK(
        rejection([] {
          return goal{trade, increase_by_points(-1_pp), run_time(five_years), attribute::expected};
        }) == goal_errc::change_sign_conflict);
  }
  SECTION("ranges, increments, steps, bands, multiples") {
    CHECK(rejection([] {
            return goal{trade, between(16_pct, 14_pct), run_time(five_years), attribute::expected};
          }) == goal_errc::empty_range);
    CHECK(rejection([] {
            return goal{clusters, add(0_items), run_time(five_years), attribute::expected};
          }) == goal_errc::bad_increment);
    CHECK(rejection([] {
            return goal{clusters, add_between(3_items, 2_items), run_time(five_years),
                        attribute::expected};
          }) == goal_errc::bad_increment);
    CHECK(rejection([] {
            return goal{gdp_wan, step_from_to(5000_yi_yuan, 3000_yi_yuan), run_time(five_years),
                        attribute::expected};
          }) == goal_errc::bad_step);
    CHECK(rejection([] {
            return goal{trade, about(15_pct, -0.1), run_time(five_years), attribute::expected};
          }) == goal_errc::bad_tolerance);
    CHECK(rejection([] {
            return goal{gdp_wan, multiply_by(1.0), run_time(five_years), attribute::expected};
          }) == goal_errc::bad_multiple);
    CHECK(rejection([] {
            return goal{energy_total, multiply_by(2.0), run_time(five_years), attribute::expected};
          }) == goal_errc::bad_multiple);
  }
  SECTION("cumulative totals and yearly paces of points") {
    CHECK(rejection([] {
            return goal{clusters, sum_at_least(0_items), run_time(five_years), attribute::expected};
          }) == goal_errc::bad_total);
    CHECK_FALSE(rejection([] {
      return goal{clusters, sum_at_least(12_items), run_time(five_years), attribute::expected};
    }));
    CHECK(rejection([] {
            return goal{trade, points_pace_target{comparison::at_least, points::pp(-1.0)},
                        run_time(five_years), attribute::expected};
          }) == goal_errc::change_sign_conflict);
    CHECK_FALSE(rejection([] {
      return goal{trade, increase_points_each_year(1_pp), run_time(five_years),
                  attribute::expected};
    }));
  }
  SECTION("the price basis of a growth goal must be the indicator's") {
    CHECK(rejection([] {
            return goal{real_income, grow_on_average(6_pct_a_year, price_basis::nominal),
                        run_time(five_years), attribute::expected};
          }) == goal_errc::price_basis_conflict);
    CHECK(rejection([] {
            return goal{income, grow_on_average(6_pct_a_year, price_basis::real),
                        run_time(five_years), attribute::expected};
          }) == goal_errc::price_basis_conflict);
    CHECK_FALSE(rejection([] {
      return goal{real_income, grow_on_average(6_pct_a_year, price_basis::real),
                  run_time(five_years), attribute::expected};
    }));
  }
}
