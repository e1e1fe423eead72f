// Edge cases of docs/method.md §4 "order of checks" and §6 "data as published": each gives a clear
// result with its reason among the notes, never a crash, a NaN or a silent zero.
#include "support/catch.hpp"
#include "support/share_series.hpp"

#include <zzplan/evaluate.hpp>
#include <zzplan/notes.hpp>
#include <zzplan/units.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <list>
#include <string>
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
constexpr indicator<items> firms{"规上企业", "enterprises", direction::higher_is_better};
constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};
using intensity = tce_per_wan_yuan<constant_prices<2020>>;
constexpr indicator<intensity> energy_use{"万元GDP能耗", "energy intensity",
                                          direction::lower_is_better};

const goal trade_goal{trade, raise_to(15_pct), five_years, attribute::expected};

using test::shares;

// Not assessed, and nothing that could be mistaken for a result.
void require_insufficient(const assessment_core& a, note_code why) {
  CHECK_FALSE(a.assessed);
  CHECK_FALSE(a.met);
  CHECK_FALSE(a.achievement_share);
  CHECK_FALSE(a.schedule_ratio);
  CHECK_FALSE(a.actual_rate);
  CHECK_FALSE(a.years_to_target);
  CHECK_FALSE(a.moving_away);
  CHECK(a.label == schedule_label::none);
  CHECK(a.un2022 == status::insufficient_data);
  CHECK(a.un2023 == status::insufficient_data);
  CHECK(a.eurostat == status::insufficient_data);
  CHECK(a.status_under(method::cn_midterm) == status::insufficient_data);
  CHECK(a.notes.contains(why));
}

bool has_nan(const assessment_core& a) {
  const auto bad = [](const std::optional<double>& v) { return v && !std::isfinite(*v); };
  const auto bad_rate = [](const std::optional<annual_rate>& v) {
    return v && !std::isfinite(v->fraction());
  };
  return bad(a.achievement_share) || bad(a.time_elapsed) || bad(a.expected_share) ||
         bad(a.schedule_ratio) || bad(a.rate_ratio) || bad(a.projected_share) ||
         bad(a.projected_share_geometric) || bad(a.years_to_target) ||
         bad(a.over_completion_number) || bad(a.over_completion_relative) ||
         bad_rate(a.actual_rate) || bad_rate(a.required_rate) ||
         bad_rate(a.required_rate_remaining);
}
} // namespace

TEST_CASE("no observation after the base year", "[evaluate][edge]") {
  const auto a = evaluate(trade_goal, shares({{2020, 10.0}}), 2023y);
  require_insufficient(a, note_code::no_observation_after_base);
  CHECK(describe(a.notes[a.notes.size() - 1], lang::en) ==
        "insufficient data: no observation after the base year");
  CHECK(describe(a.notes[a.notes.size() - 1], lang::zh) == "数据不足：基期后无观测值");
  // only points before the base: no base
  require_insufficient(evaluate(trade_goal, shares({{2018, 9.0}, {2019, 9.5}}), 2023y),
                       note_code::no_baseline);
  // only a later point, no base
  require_insufficient(evaluate(trade_goal, shares({{2022, 12.0}}), 2023y), note_code::no_baseline);
  // the only later point is after the evaluation year
  require_insufficient(evaluate(trade_goal, shares({{2020, 10.0}, {2024, 12.0}}), 2023y),
                       note_code::no_observation_after_base);
}

TEST_CASE("an empty series", "[evaluate][edge]") {
  const std::vector<observation<share>> none;
  require_insufficient(evaluate(trade_goal, none, 2023y), note_code::no_observations);
  const std::vector<change_observation> no_changes;
  const goal g{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding};
  require_insufficient(evaluate(g, no_changes, 2023y), note_code::no_observations);
  // changes that all lie before the base year: there is data, none after the base
  const std::vector<change_observation> before{{2019y, growth_rate::percent(-5)}};
  require_insufficient(evaluate(g, before, 2023y), note_code::no_observation_after_base);
}

TEST_CASE("base or target not positive where a rate is needed", "[evaluate][edge][rates]") {
  SECTION("a ratio goal on a zero or negative base: insufficient data (rate undefined)") {
    const std::vector<observation<yi_yuan<>>> zero{{2020y, 0_yi_yuan}, {2022y, 10_yi_yuan}};
    const std::vector<observation<yi_yuan<>>> negative{{2020y, -5_yi_yuan}, {2022y, 10_yi_yuan}};
    const goal growth{gdp, grow_on_average(8_pct_a_year, price_basis::nominal), five_years,
                      attribute::expected};
    const goal change{gdp, increase_by(20_pct_growth), five_years, attribute::expected};
    require_insufficient(evaluate(growth, zero, 2022y), note_code::rate_undefined);
    require_insufficient(evaluate(growth, negative, 2022y), note_code::rate_undefined);
    require_insufficient(evaluate(change, zero, 2022y), note_code::rate_undefined);
    const auto a = evaluate(change, negative, 2022y);
    require_insufficient(a, note_code::rate_undefined);
    CHECK_FALSE(a.keep_within);
    CHECK_FALSE(has_nan(a));
    CHECK(describe(a.notes[a.notes.size() - 1], lang::en).rfind("rate undefined", 0) == 0);
  }
  SECTION("a level goal from zero: progress is defined, rates are not") {
    const goal g{firms, raise_to(10_items), five_years, attribute::expected};
    const std::vector<observation<items>> s{{2020y, 0_items}, {2022y, 4_items}};
    const auto a = evaluate(g, s, 2022y);
    REQUIRE(a.assessed);
    CHECK(*a.achievement_share == Approx(0.4));
    CHECK(*a.schedule_ratio == Approx(1.0));
    CHECK(a.label == schedule_label::as_expected);
    CHECK(a.notes.contains(note_code::rate_undefined));
    CHECK_FALSE(a.actual_rate);
    CHECK_FALSE(a.required_rate);
    CHECK_FALSE(a.rate_ratio);
    CHECK_FALSE(a.required_rate_remaining);
    CHECK_FALSE(a.projected_share_geometric);
    CHECK(a.un2022 == status::insufficient_data); // no rate ratio: never a silent zero
    CHECK(a.un2023 == status::insufficient_data);
    CHECK(*a.projected_share == Approx(1.0)); // the linear projection needs no rate
    CHECK(*a.years_to_target == Approx(3.0));
    CHECK_FALSE(a.moving_away);
    CHECK_FALSE(has_nan(a));
  }
  SECTION("a target of zero (降至0): rates undefined, the geometric projection too") {
    const goal g{energy_use, lower_to(intensity(0.0)), five_years, attribute::expected};
    const std::vector<observation<intensity>> s{{2020y, intensity(0.5)}, {2022y, intensity(0.3)}};
    options geo;
    geo.projection = projection_method::geometric;
    const auto a = evaluate(g, s, 2022y, geo);
    REQUIRE(a.assessed);
    CHECK(*a.achievement_share == Approx(0.4));
    CHECK(a.notes.contains(note_code::rate_undefined));
    CHECK_FALSE(a.required_rate);
    CHECK_FALSE(a.projected_share);
    CHECK_FALSE(a.years_to_target);
    CHECK_FALSE(a.moving_away); // unknown pace: not "moving away"
    CHECK_FALSE(has_nan(a));
  }
}

TEST_CASE("base already past the target: keep-within mode", "[evaluate][edge][keep]") {
  const auto a = evaluate(trade_goal, shares({{2020, 16.0}, {2022, 17.0}}), 2022y);
  REQUIRE(a.assessed);
  CHECK(a.keep_within);
  CHECK(a.met == true);
  CHECK(a.label == schedule_label::as_expected);
  CHECK_FALSE(a.achievement_share);
  CHECK_FALSE(a.required_rate);
  const auto broken = evaluate(trade_goal, shares({{2020, 16.0}, {2022, 14.0}}), 2022y);
  CHECK(broken.met == false);
  CHECK(broken.label == schedule_label::lagging);
  CHECK_FALSE(broken.years_to_target);
  CHECK_FALSE(has_nan(broken));
}

TEST_CASE("deadline passed: the verdict needs the deadline's own figure", "[evaluate][edge]") {
  // with the deadline's figure: 已实现 / 未实现
  const auto failed = evaluate(trade_goal, shares({{2020, 10.0}, {2025, 14.0}}), 2027y);
  REQUIRE(failed.assessed);
  CHECK(failed.label == schedule_label::not_achieved);
  CHECK(failed.notes.contains(note_code::deadline_passed));
  CHECK_FALSE(failed.notes.contains(note_code::latest_before_deadline));
  CHECK_FALSE(failed.required_rate_remaining); // no years remain
  const goal binding = goal{trade, raise_to(15_pct), five_years, attribute::binding};
  CHECK(evaluate(binding, shares({{2020, 10.0}, {2025, 14.0}}), 2025y).alert());
  const auto ok = evaluate(trade_goal, shares({{2020, 10.0}, {2025, 15.0}, {2026, 9.0}}), 2026y);
  CHECK(ok.label == schedule_label::achieved); // judged at the deadline, 2026 is ignored
  CHECK(ok.latest_year == 2025y);
  // without it (not yet published): judged on schedule, the latest year noted
  const auto late = evaluate(trade_goal, shares({{2020, 10.0}, {2024, 14.0}}), 2027y);
  REQUIRE(late.assessed);
  CHECK(late.notes.contains(note_code::deadline_passed));
  CHECK(late.notes.contains(note_code::latest_before_deadline));
  CHECK(late.latest_year == 2024y);
  CHECK(*late.schedule_ratio == Approx(0.8 / 0.8));
  CHECK(late.label == schedule_label::as_expected);
  // a target met before the deadline is 已实现 once the deadline has passed
  const auto early = evaluate(trade_goal, shares({{2020, 10.0}, {2024, 15.5}}), 2026y);
  CHECK(early.label == schedule_label::achieved);
  CHECK(early.notes.contains(note_code::latest_before_deadline));
}

TEST_CASE("evaluation year before the base", "[evaluate][edge]") {
  const auto a = evaluate(trade_goal, shares({{2020, 10.0}, {2022, 12.0}}), 2019y);
  require_insufficient(a, note_code::as_of_before_base);
  CHECK(a.notes[0].year == 2019);
}

TEST_CASE("duplicate years: invalid data, not assessed", "[evaluate][edge]") {
  const auto a = evaluate(trade_goal, shares({{2020, 10.0}, {2022, 12.0}, {2022, 12.5}}), 2023y);
  require_insufficient(a, note_code::duplicate_year);
  CHECK(describe(a.notes[0], lang::en) == "invalid data: two observations for 2022; remove one");
  const goal g{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding};
  const std::vector<change_observation> twice{{2021y, growth_rate::percent(-3)},
                                              {2021y, growth_rate::percent(-4)}};
  const auto b = evaluate(g, twice, 2023y);
  require_insufficient(b, note_code::duplicate_year);
  for (const note& n : b.notes) {
    if (n.code == note_code::duplicate_year) {
      CHECK(n.year == 2021); // the calendar year, not an internal key
    }
  }
}

TEST_CASE("unsorted input is sorted, with a note", "[evaluate][edge]") {
  const auto sorted =
      evaluate(trade_goal, shares({{2020, 10.0}, {2021, 11.0}, {2022, 12.0}}), 2022y);
  const auto unsorted =
      evaluate(trade_goal, shares({{2022, 12.0}, {2020, 10.0}, {2021, 11.0}}), 2022y);
  CHECK(unsorted.notes.contains(note_code::unsorted_input));
  CHECK_FALSE(sorted.notes.contains(note_code::unsorted_input));
  CHECK(*unsorted.achievement_share == *sorted.achievement_share);
  CHECK(unsorted.latest_year == 2022y);
  CHECK(*unsorted.baseline_value == *sorted.baseline_value);
  // a std::list is a forward range too
  const std::list<observation<share>> l{{2022y, 12_pct}, {2020y, 10_pct}};
  CHECK(*evaluate(trade_goal, l, 2022y).achievement_share == Approx(0.4));
}

TEST_CASE("years in order are appended; a year out of order still counts, flags and all",
          "[evaluate][edge]") {
  // a duplicate after a run of years in order
  require_insufficient(
      evaluate(trade_goal, shares({{2020, 10.0}, {2021, 11.0}, {2022, 12.0}, {2021, 11.5}}), 2023y),
      note_code::duplicate_year);
  // a lower bound read after a later year: the threshold was crossed then, whatever came after
  const goal gdp_goal{gdp, raise_to(5000_yi_yuan), five_years, attribute::expected};
  const std::vector<observation<yi_yuan<>>> late{
      {2020y, 3000_yi_yuan}, {2024y, 4800_yi_yuan}, {2023y, 5000_yi_yuan, flag::lower_bound}};
  const auto a = evaluate(gdp_goal, late, 2024y);
  CHECK(a.notes.contains(note_code::unsorted_input));
  CHECK(a.notes.contains(note_code::lower_bound_met));
  CHECK(a.first_year_met == 2023y);
  CHECK(a.met == false); // the latest point value, 4800
  // and a series break read after a later year still cuts the series
  const std::vector<observation<share>> broken{{2020y, 10.0_pct},
                                               {2021y, 11.0_pct},
                                               {2023y, 13.0_pct},
                                               {2022y, 12.0_pct, flag::series_break}};
  const auto b = evaluate(trade_goal, broken, 2023y);
  CHECK(b.notes.contains(note_code::series_break));
  CHECK(b.latest_year == 2021y);
}

TEST_CASE("more observations than the buffer holds: the first 128 years, with a note",
          "[evaluate][edge]") {
  const goal long_goal{trade, raise_to(15_pct), period{1850y, 2025y}, attribute::expected};
  std::vector<observation<share>> s;
  for (int y = 1850; y <= 1979; ++y) { // 130 years in order
    s.push_back({year{y}, share::percent(10.0 + (y - 1850) * 0.01)});
  }
  const auto a = evaluate(long_goal, s, 2024y);
  REQUIRE(a.notes.contains(note_code::too_many_observations));
  CHECK(a.latest_year == 1977y); // 1850 + 127
  CHECK(a.assessed);
  std::reverse(s.begin(), s.end()); // the same years, in reverse: the last 128 read are kept
  const auto b = evaluate(long_goal, s, 2024y);
  CHECK(b.notes.contains(note_code::too_many_observations));
  CHECK_FALSE(b.assessed); // 1850, the base, was read after the buffer was full
  CHECK(b.notes.contains(note_code::no_baseline));
}

TEST_CASE("non-finite values are ignored, with a note", "[evaluate][edge]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const auto a =
      evaluate(trade_goal, shares({{2020, 10.0}, {2021, nan}, {2022, 12.0}, {2023, inf}}), 2023y);
  REQUIRE(a.assessed);
  CHECK(a.notes.contains(note_code::non_finite_ignored));
  CHECK(a.latest_year == 2022y);
  CHECK(*a.achievement_share == Approx(0.4));
  CHECK_FALSE(has_nan(a));
  require_insufficient(evaluate(trade_goal, shares({{2020, nan}, {2022, 12.0}}), 2023y),
                       note_code::no_baseline);
  const goal g{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding};
  const std::vector<change_observation> c{{2021y, growth_rate::fraction(nan)},
                                          {2021y, growth_rate::percent(-3)}};
  const auto b = evaluate(g, c, 2021y);
  CHECK(b.notes.contains(note_code::non_finite_ignored));
  CHECK(b.assessed);
}

TEST_CASE("only one point", "[evaluate][edge]") {
  require_insufficient(evaluate(trade_goal, shares({{2020, 10.0}}), 2022y),
                       note_code::no_observation_after_base);
  require_insufficient(evaluate(trade_goal, shares({{2021, 10.0}}), 2022y), note_code::no_baseline);
  // with a stated base, one later point suffices
  const auto a = evaluate(trade_goal.with_baseline(10_pct), shares({{2022, 12.0}}), 2022y);
  REQUIRE(a.assessed);
  CHECK(*a.achievement_share == Approx(0.4));
  CHECK(a.notes.contains(note_code::baseline_stated));
}

TEST_CASE("a yearly-change chain with a gap stops at the gap", "[evaluate][edge]") {
  const goal g{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding};
  const std::vector<change_observation> s{{2021y, growth_rate::percent(-3)},
                                          {2023y, growth_rate::percent(-4)}};
  const auto a = evaluate(g, s, 2023y);
  CHECK(a.notes.contains(note_code::chain_broken));
  CHECK(a.latest_year == 2021y);
  CHECK(*a.latest_value == Approx(0.97));
}

TEST_CASE("flags carried from the data: provisional, derived, revised", "[evaluate][edge]") {
  std::vector<observation<share>> s{{2020y, 10_pct, flag::derived},
                                    {2022y, 12_pct, flag::provisional | flag::revised}};
  const auto a = evaluate(trade_goal, s, 2022y);
  CHECK(a.notes.contains(note_code::flag_derived));
  CHECK(a.notes.contains(note_code::flag_provisional));
  CHECK(a.notes.contains(note_code::flag_revised));
  for (const note& n : a.notes) {
    CHECK_FALSE(describe(n, lang::zh).empty());
    CHECK_FALSE(describe(n, lang::en).empty());
  }
}

TEST_CASE("append_description writes a note's words after what is there", "[evaluate][notes]") {
  const note stated{note_code::baseline_stated, 2020, 59.5251};
  CHECK(describe(stated, lang::zh) == "基期值采用规划表述值59.5251（2020年）");
  CHECK(describe(stated, lang::en) == "base value as the plan states it: 59.5251 (2020)");
  std::string out = "注：";
  append_description(out, stated, lang::zh);
  CHECK(out == "注：基期值采用规划表述值59.5251（2020年）");
  // a text with neither year nor value, and one with the value only
  out.clear();
  append_description(out, note{note_code::no_observations, 0, 0.0}, lang::en);
  CHECK(out == "insufficient data: no observations");
  CHECK(describe(note{note_code::points_used, 0, 3.0}, lang::zh) == "使用3个观测值");
}

TEST_CASE("invalid goal definitions throw invalid_goal with their code", "[evaluate][edge][goal]") {
  const auto code_of = [](auto make) -> std::optional<goal_errc> {
    try {
      (void)make();
    } catch (const invalid_goal& e) {
      return e.code();
    }
    return std::nullopt;
  };
  CHECK(code_of([] {
          return goal{trade, raise_to(15_pct), run_time(period{2025y, 2020y}), attribute::expected};
        }) == goal_errc::deadline_not_after_base);
  CHECK(code_of([] {
          return goal{trade, raise_to(15_pct), run_time(period{2020y, 2020y}), attribute::expected};
        }) == goal_errc::deadline_not_after_base);
  CHECK(code_of([] {
          return goal{energy_use, lower_to(intensity(0.6)), run_time(five_years),
                      attribute::binding}
              .with_baseline(intensity(0.5));
        }) == goal_errc::decrease_target_above_base);
  CHECK(
      code_of([] {
        return goal{energy_use, raise_to(intensity(0.6)), run_time(five_years), attribute::binding};
      }) == goal_errc::direction_conflict);
}
