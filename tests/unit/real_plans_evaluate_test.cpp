// The goal kinds of real plans in the one evaluation core (detail/evaluate_core.hpp): a cumulative
// total of a yearly flow, a yearly pace of a share, a band on the average annual growth and on
// points, a level held every year, and a break in a series (docs/method.md §3, §4, §6).
#include "support/catch.hpp"

#include <zzplan/evaluate.hpp>
#include <zzplan/notes.hpp>
#include <zzplan/units.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace zzplan;
using namespace std::chrono_literals;
using namespace zzplan::literals;

namespace {
constexpr period five{2020y, 2025y};
constexpr indicator<wan_persons> new_jobs{"城镇新增就业", "new urban jobs",
                                          direction::higher_is_better};
constexpr indicator<share> urban{"常住人口城镇化率", "urbanization", direction::higher_is_better};
constexpr indicator<share> forest{"森林覆盖率", "forest coverage", direction::higher_is_better};

bool has_note(const assessment_core& a, note_code c) {
  return a.notes.contains(c);
}
} // namespace

TEST_CASE("a cumulative total: share done = sum so far / X, pace = what is left per year",
          "[evaluate][real]") {
  // 城镇新增就业累计5500万人以上 (13th Five-Year Plan wording), yearly flows
  const goal g{new_jobs, sum_at_least(wan_persons(5'500.0)), five, attribute::expected};
  STATIC_REQUIRE(g.kind() == goal_kind::cumulative_total);
  const std::vector<observation<wan_persons>> flows{{2020y, wan_persons(1'186.0)},
                                                    {2021y, wan_persons(1'269.0)},
                                                    {2022y, wan_persons(1'206.0)},
                                                    {2023y, wan_persons(1'244.0)}};
  const auto a = evaluate(g, flows, 2023y);
  REQUIRE(a.assessed);
  CHECK(a.latest_value->value() == Approx(3'719.0)); // the base year's flow is not summed
  CHECK(*a.achievement_share == Approx(3'719.0 / 5'500.0));
  CHECK(*a.time_elapsed == Approx(0.6));
  CHECK(*a.schedule_ratio == Approx((3'719.0 / 5'500.0) / 0.6));
  CHECK(a.required_per_year->value() == Approx((5'500.0 - 3'719.0) / 2.0));
  CHECK(a.projected_value->value() == Approx(3'719.0 + 3'719.0 / 3.0 * 2.0));
  CHECK(a.label == schedule_label::faster_than_expected);
  CHECK(a.met == false);
  CHECK(has_note(a, note_code::cumulative_sum));
  // met once the running sum reaches X; first year met is when it did
  const auto done = evaluate(g,
                             std::vector<observation<wan_persons>>{{2021y, wan_persons(3'000.0)},
                                                                   {2022y, wan_persons(3'000.0)}},
                             2022y);
  CHECK(done.met == true);
  CHECK(done.first_year_met == 2022y);
  CHECK(done.label == schedule_label::achieved_early);
}

TEST_CASE("a gap stops a cumulative total: a missing year is not a zero", "[evaluate][real]") {
  const goal g{new_jobs, sum_at_least(wan_persons(5'500.0)), five, attribute::expected};
  const std::vector<observation<wan_persons>> flows{{2021y, wan_persons(1'269.0)},
                                                    {2023y, wan_persons(1'244.0)}};
  const auto a = evaluate(g, flows, 2023y);
  CHECK(a.latest_year == 2021y);
  CHECK(a.latest_value->value() == Approx(1'269.0));
  CHECK(has_note(a, note_code::cumulative_gap));
  CHECK(describe(*std::find_if(a.notes.begin(), a.notes.end(),
                               [](const note& n) { return n.code == note_code::cumulative_gap; }),
                 lang::en)
            .find("not a zero") != std::string::npos);
}

TEST_CASE("a yearly pace of a share: X points a year times the years", "[evaluate][real]") {
  // 常住人口城镇化率年均提高1个百分点: +5 points over 2020-2025
  const goal g{urban, increase_points_each_year(1_pp), five, attribute::expected};
  STATIC_REQUIRE(g.kind() == goal_kind::points_change);
  const std::vector<observation<share>> data{{2020y, 63.89_pct}, {2023y, 66.16_pct}};
  const auto a = evaluate(g, data, 2023y);
  CHECK(a.target_value->percent() == Approx(68.89));
  CHECK(*a.achievement_share == Approx(2.27 / 5.0));
}

TEST_CASE("a band on the average annual growth and on points", "[evaluate][real]") {
  constexpr indicator<yi_yuan<constant_prices<2020>>> gdp{"地区生产总值", "GDP",
                                                          direction::higher_is_better};
  // 年均增长6%左右 (±5% of 6%: 5.7% to 6.3% a year)
  const goal g{gdp, about(6_pct_a_year), five, attribute::expected};
  STATIC_REQUIRE(g.kind() == goal_kind::band);
  using money = yi_yuan<constant_prices<2020>>;
  const double on_pace = 100.0 * 1.06 * 1.06 * 1.06 * 1.06 * 1.06;
  const auto a = evaluate(
      g, std::vector<observation<money>>{{2020y, money(100.0)}, {2025y, money(on_pace)}}, 2025y);
  CHECK(a.met == true);
  CHECK(a.target_low->value() == Approx(100.0 * std::pow(1.057, 5)));
  CHECK(a.target_high->value() == Approx(100.0 * std::pow(1.063, 5)));
  const auto fast = evaluate(
      g, std::vector<observation<money>>{{2020y, money(100.0)}, {2025y, money(150.0)}}, 2025y);
  CHECK(fast.met == false);
  // 提高2个百分点左右
  const goal p{urban, about(2_pp), five, attribute::expected};
  const auto b =
      evaluate(p, std::vector<observation<share>>{{2020y, 63.89_pct}, {2025y, 65.8_pct}}, 2025y);
  CHECK(b.met == true); // +1.91 is within 2 ± 0.1
}

TEST_CASE("保持在X以上: the level must hold in every year", "[evaluate][real]") {
  const goal g{forest, keep_at_least(23_pct), five, attribute::binding};
  const std::vector<observation<share>> data{
      {2020y, 23.04_pct}, {2021y, 22.9_pct}, {2022y, 23.1_pct}, {2023y, 23.2_pct}};
  const auto a = evaluate(g, data, 2023y);
  CHECK(a.met == false);
  CHECK(has_note(a, note_code::not_held));
  CHECK(a.label == schedule_label::lagging);
}

TEST_CASE("a break in a series: progress is not measured across it unless the plan says so",
          "[evaluate][real]") {
  // forest coverage 23.04% (2020), re-based on the third land survey: 25.09% (2024)
  const goal g{forest, raise_to(24.1_pct), five, attribute::binding};
  const std::vector<observation<share>> data{{2020y, 23.04_pct},
                                             {2024y, 25.09_pct, flag::series_break}};
  const auto a = evaluate(g, data, 2024y);
  CHECK(!a.assessed);
  CHECK(has_note(a, note_code::series_break));
  const auto crossed = evaluate(g, data, 2024y, options{.across_breaks = true});
  CHECK(crossed.assessed);
  CHECK(crossed.met == true);
  CHECK(has_note(crossed, note_code::series_break_crossed));
  // a break at or before the base does not matter: both sides are on the new basis
  const std::vector<observation<share>> rebased{{2020y, 23.04_pct, flag::series_break},
                                                {2024y, 25.09_pct}};
  CHECK(evaluate(g, rebased, 2024y).met == true);
}
