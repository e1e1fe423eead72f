// The seven Zhuzhou goals (zhuzhou.hpp, docs/method.md §1) evaluated with the real figures of
// examples/data (from published sources), copied here with their flags (NA rows left out: a goal
// without data must say "insufficient data", never invent a number). Expected numbers are worked
// by hand in the comments.
#include "support/catch.hpp"

#include <zzplan/notes.hpp>
#include <zzplan/plans/zhuzhou.hpp>

#include <cmath>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
#if defined(CATCH_VERSION_MAJOR) && CATCH_VERSION_MAJOR >= 3
using Catch::Approx;
#endif

namespace {
using intensity = tce_per_wan_yuan<constant_prices<2020>>;

// observations.csv: billion_clusters_count 2020 = 2 (rail transit, apparel), 2025 = 3
const std::vector<observation<items>> clusters{{2020y, 2_items}, {2025y, 3_items}};
// gdp (100m CNY, current): 2019 3003.13 (preliminary), 2020 NOT FOUND, 2021 3420.3 (初步核算),
// 2022 3616.81, 2023 3667.90, 2024 3902.4, 2025 "突破4000亿元" (a lower bound)
const std::vector<observation<yi_yuan<>>> gdp{{2019y, 3003.13_yi_yuan, flag::provisional},
                                              {2021y, 3420.3_yi_yuan, flag::provisional},
                                              {2022y, 3616.81_yi_yuan},
                                              {2023y, 3667.90_yi_yuan},
                                              {2024y, 3902.4_yi_yuan},
                                              {2025y, 4000_yi_yuan, flag::lower_bound}};
// urbanization_rate: 2020 71.26 (DERIVED = 72.04 - 0.78), 2021 72.04; 2022-2025 NOT FOUND
const std::vector<observation<share>> urbanization{{2020y, 71.26_pct, flag::derived},
                                                   {2021y, 72.04_pct}};
// tech_progress_contribution 2020-2025 and trade_total 2019-2025: NOT FOUND
const std::vector<observation<share>> not_found;
// disposable_income_per_capita: levels NOT FOUND; 2025 "突破5万元" (a lower bound, expected)
const std::vector<observation<yuan_per_person<>>> income{
    {2025y, yuan_per_person<>(50000), flag::lower_bound}};
// energy_intensity_change: 2019 -5% (before the base year); 2020-2025 NOT FOUND
const std::vector<change_observation> energy{{2019y, -5_pct_growth}};

const auto data_for = [](const auto& g) {
  using Q = typename std::remove_cvref_t<decltype(g)>::quantity_type;
  if constexpr (std::is_same_v<Q, items>) {
    return std::tie(clusters);
  } else if constexpr (std::is_same_v<Q, yi_yuan<>>) {
    return std::tie(gdp);
  } else if constexpr (std::is_same_v<Q, share>) {
    return std::tie(g.id == "urbanization" ? urbanization : not_found);
  } else if constexpr (std::is_same_v<Q, yuan_per_person<>>) {
    return std::tie(income);
  } else {
    return std::tie(energy);
  }
};

bool insufficient(const assessment_core& a, note_code why) {
  return !a.assessed && a.label == schedule_label::none && a.un2022 == status::insufficient_data &&
         !a.achievement_share && a.notes.contains(why);
}
} // namespace

TEST_CASE("Zhuzhou 1: 千亿产业集群力争新增2-3个, 2 -> 3 by 2025", "[zhuzhou]") {
  const auto a = evaluate(zhuzhou::new_billion_clusters, clusters, 2025y);
  REQUIRE(a.assessed);
  CHECK(a.met == false);
  CHECK(*a.achievement_share == Approx(0.5)); // (3 - 2) / ((2 + 2) - 2)
  CHECK(*a.time_elapsed == Approx(5.0 / 6.0));
  CHECK(*a.schedule_ratio == Approx(0.6)); // linear path
  CHECK(a.label == schedule_label::lagging);
  CHECK(a.stretch_met == false);
  CHECK(a.over_completion_absolute->value() == Approx(-1.0));   // one cluster short of the floor
  CHECK(a.notes.contains(note_code::aspirational_not_reached)); // 力争: not a failure
  CHECK_FALSE(a.alert());
  CHECK(a.wording == "千亿产业集群：力争新增2-3个");
}

TEST_CASE("Zhuzhou 2, 3: 科技进步贡献率超过70%, 对外贸易依存度提高到15%: no data", "[zhuzhou]") {
  const auto tech = evaluate(zhuzhou::tech_progress, not_found, 2025y);
  const auto trade = evaluate(zhuzhou::trade, not_found, 2025y);
  CHECK(insufficient(tech, note_code::no_observations));
  CHECK(insufficient(trade, note_code::no_observations));
  CHECK(describe(tech.notes[0], lang::zh) == "数据不足：无观测值");
  CHECK(describe(trade.notes[0], lang::en) == "insufficient data: no observations");
}

TEST_CASE("Zhuzhou 4: 从3000亿元迈上5000亿元台阶, 3902.4 in 2024", "[zhuzhou]") {
  const auto a = evaluate(zhuzhou::economy, gdp, 2025y);
  REQUIRE(a.assessed);
  CHECK(a.met == false); // the 2025 lower bound 4000 is below the step
  CHECK(a.notes.contains(note_code::baseline_stated_start)); // 2020 not found: the stated 3000
  CHECK(a.notes.contains(note_code::lower_bound_not_point));
  CHECK(a.baseline_value->value() == Approx(3000.0));
  CHECK(a.latest_year == 2024y);
  CHECK(a.latest_value->value() == Approx(3902.4));
  CHECK(*a.achievement_share == Approx(0.4512)); // 902.4 / 2000
  CHECK(*a.time_elapsed == Approx(4.0 / 6.0));
  // geometric: r = (5/3)^(1/6) - 1 = 8.887%; s = ((1+r)^4 - 1) / ((1+r)^6 - 1) = 0.6086
  CHECK(a.required_rate->percent() == Approx(8.8867).margin(1e-4));
  CHECK(*a.expected_share == Approx(0.6085816633));
  CHECK(*a.schedule_ratio == Approx(0.7413959822)); // 滞后
  CHECK(a.label == schedule_label::lagging);
  CHECK(label_zh(a.label) == "滞后");
  CHECK(a.required_rate_remaining->percent() ==
        Approx(13.19).margin(5e-3));                              // 2025-2026: 13.19% a year
  CHECK(a.actual_rate->percent() == Approx(6.7954).margin(1e-4)); // (3902.4 / 3000)^(1/4) - 1
  CHECK(*a.rate_ratio == Approx(0.0679542099 / 0.0888668888));
  CHECK(a.projected_value->value() == Approx(4450.7894208)); // 3902.4 (1 + r_a)^2
  CHECK(*a.projected_share == Approx(0.7253947104));
  CHECK(*a.years_to_target == Approx(3.7698178273));
  CHECK(a.over_completion_absolute->value() == Approx(-1097.6));
  CHECK(a.un2022 == status::fair_progress);       // 0.765
  CHECK(a.eurostat == status::moderate_progress); // 0.765
  CHECK(a.un2023 == status::acceleration_needed); // P = 0.725
  // at the deadline, without the deadline's figure: noted, judged on schedule
  const auto later = evaluate(zhuzhou::economy, gdp, 2026y);
  CHECK(later.notes.contains(note_code::latest_before_deadline));
  CHECK(later.label == schedule_label::lagging);
}

TEST_CASE("Zhuzhou 5: 城镇化率超过75%, 71.26 (derived) -> 72.04 in 2021", "[zhuzhou]") {
  const auto a = evaluate(zhuzhou::urban, urbanization, 2025y);
  REQUIRE(a.assessed);
  CHECK(a.latest_year == 2021y);
  CHECK(*a.achievement_share == Approx(0.2085561497)); // 0.78 / 3.74
  CHECK(*a.time_elapsed == Approx(1.0 / 6.0));
  CHECK(*a.schedule_ratio == Approx(1.2513368984));
  CHECK(a.label == schedule_label::faster_than_expected);
  CHECK(label_zh(a.label) == "快于预期");
  CHECK(a.notes.contains(note_code::flag_derived));
  CHECK(a.over_completion_absolute->pp() == Approx(-2.96)); // 72.04 - 75 points
  CHECK(*a.years_to_target == Approx(2.96 / 0.78));
}

TEST_CASE("Zhuzhou 6, 7: income and energy intensity: insufficient data, with the reason",
          "[zhuzhou]") {
  const auto inc = evaluate(zhuzhou::income_growth, income, 2025y);
  CHECK(insufficient(inc, note_code::no_baseline));
  CHECK(describe(inc.notes[0], lang::en) ==
        "insufficient data: no observation for the base year 2020");
  const auto en = evaluate(zhuzhou::energy, energy, 2025y);
  CHECK(insufficient(en, note_code::no_observation_after_base));
  CHECK(en.attr == attribute::binding);
  CHECK_FALSE(en.alert()); // no data is not an alert
}

TEST_CASE("Zhuzhou: the plan of seven goals, evaluated and rolled up", "[zhuzhou][plan]") {
  static_assert(decltype(zhuzhou::goals)::size() == 7);
  const auto r = evaluate_plan(zhuzhou::goals, 2025y, data_for);
  CHECK(*std::get<0>(r).achievement_share == Approx(0.5));
  CHECK(std::get<1>(r).notes.contains(note_code::no_observations));
  CHECK(*std::get<3>(r).schedule_ratio == Approx(0.7413959822));
  CHECK(*std::get<4>(r).schedule_ratio == Approx(1.2513368984));
  const rollup up = roll_up_tuple(r);
  CHECK(up.all.goals == 7);
  CHECK(up.all.assessed == 3); // clusters, GDP, urbanization
  CHECK(up.all.met == 0);
  CHECK(*up.all.completion_rate() == 0.0);
  CHECK(up.all.count(schedule_label::lagging) == 2);
  CHECK(up.all.count(schedule_label::faster_than_expected) == 1);
  CHECK(up.all.count(schedule_label::none) == 4);
  CHECK(up.all.count(status::insufficient_data) == 4);
  CHECK(up.binding.goals == 1); // energy intensity (约束性)
  CHECK(up.binding.assessed == 0);
  CHECK(up.expected.goals == 6);
  CHECK(up.all.alerts == 0);
}
