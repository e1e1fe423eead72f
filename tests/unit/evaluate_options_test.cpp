// evaluate() without options compiles the core with the default options as constants
// (detail::default_options); with an options object it reads them at run time. The two must give
// the same assessment, field by field and note by note, for every goal kind and path of the core,
// and the run-time path must still follow options other than the defaults.
#include "support/catch.hpp"
#include "support/share_series.hpp"

#include <zzplan/evaluate.hpp>
#include <zzplan/units.hpp>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
#if defined(CATCH_VERSION_MAJOR) && CATCH_VERSION_MAJOR >= 3
using Catch::Approx;
#endif

namespace {
constexpr period five{2020y, 2025y};
constexpr indicator<share> trade{"对外贸易依存度", "trade dependence", direction::higher_is_better};
constexpr indicator<share> unemployment{"城镇调查失业率", "unemployment",
                                        direction::lower_is_better};
constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};
using real_money = yi_yuan<constant_prices<2020>>;
constexpr indicator<real_money> real_gdp{"地区生产总值（可比价）", "real GDP",
                                         direction::higher_is_better};
constexpr indicator<items> clusters{"千亿产业集群", "clusters", direction::higher_is_better};
constexpr indicator<wan_persons> new_jobs{"城镇新增就业", "new urban jobs",
                                          direction::higher_is_better};

// Equal, or both absent; NaN never reaches an assessment, so == is exact here.
template <class O> bool same(const O& a, const O& b) {
  return a.has_value() == b.has_value() && (!a || *a == *b);
}

template <class A> std::string differences(const A& a, const A& b) {
  std::string out;
  const auto check = [&out](bool ok, const char* field) {
    if (!ok) {
      out += std::string(field) + " ";
    }
  };
  check(a.assessed == b.assessed, "assessed");
  check(same(a.met, b.met), "met");
  check(same(a.stretch_met, b.stretch_met), "stretch_met");
  check(same(a.first_year_met, b.first_year_met), "first_year_met");
  check(a.keep_within == b.keep_within, "keep_within");
  check(same(a.latest_year, b.latest_year), "latest_year");
  check(same(a.achievement_share, b.achievement_share), "achievement_share");
  check(same(a.time_elapsed, b.time_elapsed), "time_elapsed");
  check(same(a.expected_share, b.expected_share), "expected_share");
  check(same(a.schedule_ratio, b.schedule_ratio), "schedule_ratio");
  check(same(a.actual_rate, b.actual_rate), "actual_rate");
  check(same(a.required_rate, b.required_rate), "required_rate");
  check(same(a.rate_ratio, b.rate_ratio), "rate_ratio");
  check(same(a.required_rate_remaining, b.required_rate_remaining), "required_rate_remaining");
  check(a.path == b.path, "path");
  check(a.projection == b.projection, "projection");
  check(same(a.projected_share, b.projected_share), "projected_share");
  check(same(a.projected_share_geometric, b.projected_share_geometric),
        "projected_share_geometric");
  check(same(a.years_to_target, b.years_to_target), "years_to_target");
  check(a.moving_away == b.moving_away, "moving_away");
  check(same(a.over_completion_relative, b.over_completion_relative), "over_completion_relative");
  check(same(a.over_completion_number, b.over_completion_number), "over_completion_number");
  check(a.label == b.label, "label");
  check(a.un2022 == b.un2022, "un2022");
  check(a.un2023 == b.un2023, "un2023");
  check(a.eurostat == b.eurostat, "eurostat");
  check(same(a.baseline_value, b.baseline_value), "baseline_value");
  check(same(a.latest_value, b.latest_value), "latest_value");
  check(same(a.target_value, b.target_value), "target_value");
  check(same(a.projected_value, b.projected_value), "projected_value");
  check(same(a.over_completion_absolute, b.over_completion_absolute), "over_completion_absolute");
  check(same(a.target_low, b.target_low) && same(a.target_high, b.target_high), "target bounds");
  check(same(a.stretch_value, b.stretch_value), "stretch_value");
  check(same(a.required_per_year, b.required_per_year), "required_per_year");
  bool notes = a.notes.size() == b.notes.size();
  for (std::size_t i = 0; notes && i < a.notes.size(); ++i) {
    notes = a.notes[i].code == b.notes[i].code && a.notes[i].year == b.notes[i].year &&
            a.notes[i].value == b.notes[i].value;
  }
  check(notes, "notes");
  return out;
}

// The defaults as constants against options{} read at run time, at every evaluation year given.
template <class G, class S> void check_same(const G& g, const S& series, std::vector<int> years) {
  for (const int y : years) {
    CAPTURE(to_string(g.kind()), g.what.name_en, y);
    const auto constant = evaluate(g, series, year{y});
    const auto run_time = evaluate(g, series, year{y}, options{});
    CHECK(differences(constant, run_time) == ""); // names the fields that differ
  }
}

using test::shares;
} // namespace

TEST_CASE("the default options as constants give what options{} gives, for every kind",
          "[evaluate][options]") {
  // as of before the base, at mid-term, at the deadline and after it
  const std::vector<int> years{2019, 2020, 2021, 2023, 2025, 2027};
  const auto rising =
      shares({{2020, 12.0}, {2021, 12.6}, {2022, 13.1}, {2023, 13.5}, {2025, 15.2}});
  check_same(goal{trade, raise_to(15_pct), five, attribute::expected}, rising, years);
  check_same(goal{trade, keep_at_least(12_pct), five, attribute::expected}, rising, years);
  check_same(goal{trade, about(14_pct), five, attribute::expected}, rising, years);
  check_same(goal{trade, between(13_pct, 14_pct), five, attribute::expected}, rising, years);
  check_same(goal{trade, increase_by_points(2_pp), five, attribute::expected}, rising, years);
  check_same(goal{trade, about(2_pp), five, attribute::expected}, rising, years);
  check_same(goal{trade, increase_points_each_year(0.5_pp), five, attribute::expected}, rising,
             years);

  const auto falling = shares({{2020, 6.4}, {2021, 6.2}, {2022, 6.0}, {2023, 5.9}, {2024, 5.8}});
  check_same(goal{unemployment, within(5.5_pct), five, attribute::binding}, falling, years);
  check_same(goal{unemployment, within(7_pct), five, attribute::binding}, falling, years); // kept

  const std::vector<observation<yi_yuan<>>> money{{2020y, 3100_yi_yuan},
                                                  {2021y, 3420.3_yi_yuan},
                                                  {2022y, 3616.8_yi_yuan},
                                                  {2023y, 3667.9_yi_yuan},
                                                  {2024y, 3902.4_yi_yuan}};
  check_same(goal{gdp, step_from_to(3000_yi_yuan, 5000_yi_yuan), five, attribute::expected}, money,
             years);
  check_same(
      goal{gdp, grow_on_average(8_pct_a_year, price_basis::nominal), five, attribute::expected},
      money, years);
  check_same(goal{gdp, increase_by(50_pct_growth), five, attribute::expected}, money, years);

  const std::vector<observation<real_money>> real{
      {2020y, real_money(1000)}, {2022y, real_money(1170)}, {2024y, real_money(1350)}};
  check_same(goal{real_gdp, multiply_by(2.0), five, attribute::expected}, real, years);
  check_same(goal{real_gdp, about(6_pct_a_year), five, attribute::expected}, real, years);

  const std::vector<observation<items>> counts{
      {2020y, 2_items}, {2021y, 2_items}, {2022y, 3_items}, {2024y, 5_items}};
  check_same(goal{clusters, add_between(2_items, 3_items), five, attribute::expected,
                  modality::aspirational},
             counts, years);

  const std::vector<observation<wan_persons>> flows{
      {2021y, wan_persons(1'269.0)}, {2022y, wan_persons(1'206.0)}, {2023y, wan_persons(1'244.0)}};
  check_same(goal{new_jobs, sum_at_least(wan_persons(5'500.0)), five, attribute::expected}, flows,
             years);

  // a series of changes, chained to an index with the base = 1
  const std::vector<change_observation> changes{{2021y, 7.5_pct_growth}, {2022y, 4.5_pct_growth}};
  check_same(goal{real_gdp, increase_by(20_pct_growth), five, attribute::expected}, changes, years);
}

TEST_CASE("the default options as constants: breaks, bounds, duplicates and gaps alike",
          "[evaluate][options]") {
  const std::vector<int> years{2021, 2023, 2025};
  const goal g{trade, raise_to(15_pct), five, attribute::expected};
  std::vector<observation<share>> broken = shares({{2020, 12.0}, {2021, 12.6}, {2023, 13.5}});
  broken.push_back({2024y, 25.09_pct, flag::series_break});
  check_same(g, broken, years);
  std::vector<observation<share>> bound = shares({{2020, 12.0}, {2021, 12.6}});
  bound.push_back({2023y, 15.5_pct, flag::lower_bound});
  check_same(g, bound, years);
  check_same(g, shares({{2020, 12.0}, {2021, 12.6}, {2021, 12.7}}), years); // a duplicate year
  check_same(g, shares({{2021, 12.6}, {2020, 12.0}}), years);               // out of order
  check_same(g, shares({{2022, 12.6}}), years);                             // no base
  check_same(g.with_baseline(12_pct), shares({{2022, 12.6}}), years);       // a stated base
}

TEST_CASE("options other than the defaults are still read at run time", "[evaluate][options]") {
  // base 12% (2020), target 15% (2025), 13.1% in 2022: q = (1.1 / 3) / (2 / 5) = 0.917
  const goal g{trade, raise_to(15_pct), five, attribute::expected};
  const auto s = shares({{2020, 12.0}, {2022, 13.1}});
  const auto by_default = evaluate(g, s, 2022y);
  CHECK(by_default.label == schedule_label::lagging); // below 0.95
  CHECK(by_default.projection == projection_method::linear);
  options lenient;
  lenient.limits.cn.as_expected = 0.85;
  CHECK(evaluate(g, s, 2022y, lenient).label == schedule_label::as_expected);
  const auto geometric = evaluate(g, s, 2022y, options{.projection = projection_method::geometric});
  CHECK(geometric.projection == projection_method::geometric);
  REQUIRE(geometric.projected_value);
  REQUIRE(by_default.projected_value);
  // 13.1 · (13.1 / 12)^(3 / 2) against 13.1 + 3 · 1.1 / 2
  CHECK(geometric.projected_value->percent() == Approx(13.1 * std::pow(13.1 / 12.0, 1.5)));
  CHECK(by_default.projected_value->percent() == Approx(14.75));
  std::vector<observation<share>> broken = shares({{2020, 12.0}, {2022, 13.1}});
  broken.push_back({2024y, 25.09_pct, flag::series_break});
  CHECK(evaluate(g, broken, 2024y).latest_year == 2022y);
  CHECK(evaluate(g, broken, 2024y, options{.across_breaks = true}).latest_year == 2024y);
  CHECK(evaluate(g, broken, 2024y, {.across_breaks = true}).latest_year == 2024y); // in place
  CHECK(evaluate(g, broken, 2024y, {}).latest_year == 2022y);
}
