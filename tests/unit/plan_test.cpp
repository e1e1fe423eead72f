// Plans and roll-ups (docs/method.md §4 "Roll-ups"): a plan of goals of different types evaluated
// together; counts per status and label, binding / expected split, completion and over-completion
// rates, alerts only for firm binding goals. Never an average of percentages.
#include "support/catch.hpp"

#include <zzplan/plan.hpp>
#include <zzplan/relative.hpp>
#include <zzplan/units.hpp>

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
constexpr period five_years{2020y, 2025y};
constexpr indicator<share> trade{"对外贸易依存度", "trade dependence", direction::higher_is_better};
constexpr indicator<share> unemployment{"城镇调查失业率", "unemployment",
                                        direction::lower_is_better};
constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};
constexpr indicator<yuan_per_person<>> income{"人均可支配收入", "income",
                                              direction::higher_is_better};
constexpr indicator<items> clusters{"千亿产业集群", "clusters", direction::higher_is_better};
using intensity = tce_per_wan_yuan<constant_prices<2020>>;
constexpr indicator<intensity> energy_use{"万元GDP能耗", "energy intensity",
                                          direction::lower_is_better};

// binding + expected, firm + aspirational, every label
const auto g_trade =
    goal{trade, raise_to(15_pct), five_years, attribute::expected}.with_id("trade");
const auto g_jobs =
    goal{unemployment, within(5.5_pct), five_years, attribute::binding}.with_id("jobs");
const auto g_gdp =
    goal{gdp, step_from_to(3000_yi_yuan, 5000_yi_yuan), five_years, attribute::expected}.with_id(
        "gdp");
const auto g_energy =
    goal{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding}.with_id("energy");
const auto g_clusters = goal{clusters, add_between(2_items, 3_items), five_years,
                             attribute::binding, modality::aspirational}
                            .with_id("clusters");
const auto g_income =
    goal{income, faster_than("经济增长", "GDP growth"), five_years, attribute::expected}.with_id(
        "income");
const milestone m_city{"city", "全国文明城市", "civilized city", five_years, attribute::expected};

const std::vector<observation<share>> trade_s{{2020y, 10_pct}, {2023y, 16_pct}}; // met early
const std::vector<observation<share>> jobs_s{{2020y, 5.2_pct},
                                             {2023y, 5.8_pct}}; // keep broken: lagging
const std::vector<observation<yi_yuan<>>> gdp_s{{2020y, 3000_yi_yuan}, {2023y, 3667.9_yi_yuan}};
const std::vector<change_observation> energy_s{
    {2021y, -5_pct_growth}, {2022y, -5_pct_growth}, {2023y, -4_pct_growth}};
const std::vector<observation<items>> clusters_s{{2020y, 2_items},
                                                 {2023y, 2_items}}; // lagging, aspirational
const std::vector<observation<yuan_per_person<>>> income_s{{2020y, yuan_per_person<>(40000)},
                                                           {2023y, yuan_per_person<>(50000)}};

const auto data_for = [](const auto& g) {
  using G = std::remove_cvref_t<decltype(g)>;
  if constexpr (std::is_same_v<G, milestone>) {
    return std::make_tuple(milestone_record{true, 2023y, "2023年获评"});
  } else if constexpr (std::is_same_v<typename G::target_type, relative_target>) {
    return std::tie(income_s, gdp_s);
  } else if constexpr (std::is_same_v<typename G::quantity_type, share>) {
    return std::tie(g.id == "trade" ? trade_s : jobs_s);
  } else if constexpr (std::is_same_v<typename G::quantity_type, yi_yuan<>>) {
    return std::tie(gdp_s);
  } else if constexpr (std::is_same_v<typename G::quantity_type, intensity>) {
    return std::tie(energy_s);
  } else {
    return std::tie(clusters_s);
  }
};
} // namespace

TEST_CASE("a plan of goals of different types, evaluated together", "[plan]") {
  const plan p{"示例规划", g_trade, g_jobs, g_gdp, g_energy, g_clusters, g_income, m_city};
  static_assert(decltype(p)::size() == 7);
  CHECK(p.name == "示例规划");
  const auto results = evaluate_plan(p, 2023y, data_for);
  static_assert(std::tuple_size_v<std::remove_cvref_t<decltype(results)>> == 7);
  // each keeps its own types
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(std::get<2>(results).latest_value)>,
                               optional_number<yi_yuan<>>>);
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(std::get<3>(results).latest_value)>,
                               optional_number<double>>); // an index: a series of changes
  const auto& trade_a = std::get<0>(results);
  const auto& jobs_a = std::get<1>(results);
  const auto& gdp_a = std::get<2>(results);
  const auto& energy_a = std::get<3>(results);
  const auto& clusters_a = std::get<4>(results);
  const auto& income_a = std::get<5>(results);
  const auto& city_a = std::get<6>(results);
  CHECK(trade_a.id == "trade");
  CHECK(trade_a.label == schedule_label::achieved_early);
  CHECK(trade_a.exceeded());
  CHECK(jobs_a.label == schedule_label::lagging);
  CHECK(jobs_a.alert());
  CHECK(gdp_a.label == schedule_label::lagging);
  CHECK_FALSE(gdp_a.alert()); // expected (预期性)
  // energy: 0.95 * 0.95 * 0.96 = 0.8664, K_t = 13.36% of 15% after 3 of 5 years
  CHECK(*energy_a.latest_value == Approx(0.8664));
  CHECK(*energy_a.achievement_share == Approx(0.1336 / 0.15));
  CHECK(energy_a.label == schedule_label::faster_than_expected);
  CHECK_FALSE(energy_a.alert());
  CHECK(clusters_a.label == schedule_label::lagging);
  CHECK_FALSE(clusters_a.alert()); // 力争: never escalated
  CHECK(income_a.met == true);     // 7.72% a year against 6.93%
  CHECK(city_a.met == true);

  SECTION("roll_up_tuple: counts, split, rates, alerts") {
    const rollup r = roll_up_tuple(results);
    CHECK(r.under == method::cn_midterm);
    CHECK(r.all.goals == 7);
    CHECK(r.all.assessed == 7);
    CHECK(r.all.met == 3);      // trade, income (relation holds), city
    CHECK(r.all.exceeded == 2); // trade (+1 point), income (+0.79 points a year)
    CHECK(*r.all.completion_rate() == Approx(3.0 / 7.0));
    CHECK(*r.all.over_completion_rate() == Approx(2.0 / 7.0));
    CHECK(r.all.alerts == 1); // jobs only
    CHECK(r.all.count(schedule_label::achieved_early) == 2);
    CHECK(r.all.count(schedule_label::lagging) == 3);
    CHECK(r.all.count(schedule_label::faster_than_expected) == 1);
    CHECK(r.all.count(schedule_label::as_expected) == 1);
    CHECK(r.all.count(status::lagging) == 3);
    CHECK(r.all.count(status::achieved_early) == 2);
    CHECK(r.binding.goals == 3); // jobs, energy, clusters
    CHECK(r.binding.alerts == 1);
    CHECK(r.binding.met == 0);
    CHECK(r.binding.count(schedule_label::lagging) == 2);
    CHECK(r.expected.goals == 4);
    CHECK(r.expected.met == 3);
    CHECK(r.expected.alerts == 0);
    CHECK(r.binding.goals + r.expected.goals == r.all.goals);
  }
  SECTION("roll_up over pointers to assessment_core, under another method") {
    const std::vector<const assessment_core*> v{&trade_a,    &jobs_a,   &gdp_a, &energy_a,
                                                &clusters_a, &income_a, &city_a};
    const rollup r = roll_up(v, method::un2022);
    const rollup t = roll_up_tuple(results, method::un2022);
    CHECK(r.under == method::un2022);
    CHECK(r.all.goals == 7);
    CHECK(r.all.met == t.all.met);
    CHECK(r.all.by_status == t.all.by_status);
    CHECK(r.all.count(status::target_met) == 3);
    CHECK(r.all.count(status::deterioration) == 1); // the broken ceiling
    CHECK(r.binding.by_label == t.binding.by_label);
    std::size_t total = 0;
    for (std::size_t n : r.all.by_status) {
      total += n;
    }
    CHECK(total == 7);
  }
}

TEST_CASE("roll-ups: goals without data are counted, never assessed; empty roll-ups have no rate",
          "[plan]") {
  const std::vector<observation<share>> none;
  const auto a = evaluate(g_trade, none, 2023y);
  const auto b = evaluate(g_trade, trade_s, 2023y);
  const std::vector<assessment<share, points>> v{a, b};
  const rollup r = roll_up(v);
  CHECK(r.all.goals == 2);
  CHECK(r.all.assessed == 1);
  CHECK(r.all.count(schedule_label::none) == 1);
  CHECK(r.all.count(status::insufficient_data) == 1);
  CHECK(*r.all.completion_rate() == 1.0);
  const rollup empty = roll_up(std::vector<assessment_core>{});
  CHECK_FALSE(empty.all.completion_rate());
  CHECK_FALSE(empty.all.over_completion_rate());
  // a milestone whose evidence is unknown is not assessed
  const auto unknown = evaluate(m_city, milestone_record{}, 2023y);
  rollup m;
  tally(m, unknown);
  CHECK(m.all.assessed == 0);
  CHECK(m.expected.goals == 1);
}
