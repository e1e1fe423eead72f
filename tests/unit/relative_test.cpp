// Relative goals (与…基本同步, 高于…): this indicator's average growth from the base year against
// another indicator's over the same years, each from its own series (levels of any kind, or
// yearly changes).
#include "support/catch.hpp"

#include <zzplan/relative.hpp>
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
constexpr indicator<yuan_per_person<>> income{"居民人均可支配收入", "per-capita income",
                                              direction::higher_is_better};
using gdp_t = yi_yuan<>;
using income_t = yuan_per_person<>;

const goal in_step =
    goal{income, in_step_with("经济增长", "economic growth"), five_years, attribute::expected};
const goal faster =
    goal{income, faster_than("经济增长", "economic growth"), five_years, attribute::expected};

const std::vector<observation<income_t>> incomes{{2020y, income_t(40000)},
                                                 {2021y, income_t(43000)},
                                                 {2022y, income_t(46000)},
                                                 {2023y, income_t(49000)}};
const std::vector<observation<gdp_t>> gdps{
    {2020y, gdp_t(3000)}, {2021y, gdp_t(3420.3)}, {2022y, gdp_t(3616.81)}};
} // namespace

TEST_CASE("与经济增长基本同步: two series of different kinds, the latest common year",
          "[relative]") {
  const auto a = evaluate(in_step, incomes, gdps, 2023y);
  REQUIRE(a.assessed);
  CHECK(a.kind == goal_kind::relative);
  CHECK(a.latest_year == 2022y); // GDP has no 2023
  const double own = std::sqrt(46000.0 / 40000.0) - 1.0;
  const double ref = std::sqrt(3616.81 / 3000.0) - 1.0;
  CHECK(a.actual_rate->fraction() == Approx(own));
  CHECK(a.required_rate->fraction() == Approx(ref)); // the reference's rate
  CHECK(*a.rate_ratio == Approx(own / ref));
  CHECK(*a.time_elapsed == Approx(0.4));
  CHECK(*a.over_completion_number == Approx(own - ref)); // -2.56 points a year
  CHECK(a.over_completion_absolute->pp() == Approx((own - ref) * 100.0));
  CHECK(a.keep_within);
  CHECK(a.met == false); // more than 1 point a year apart
  CHECK(a.label == schedule_label::lagging);
  CHECK(a.un2022 == status::deterioration);
  CHECK(*a.baseline_value == 40000.0);
  CHECK(*a.latest_value == 46000.0);

  const auto f = evaluate(faster, incomes, gdps, 2023y);
  CHECK(f.met == false);

  // within 1 point a year: in step; a tolerance of 3 points is configurable
  const std::vector<observation<gdp_t>> slow{{2020y, gdp_t(3000)},
                                             {2022y, gdp_t(3000 * 1.15 * 0.99)}};
  CHECK(evaluate(in_step, incomes, slow, 2022y).met == true);
  CHECK(evaluate(in_step, incomes, slow, 2022y).label == schedule_label::as_expected);
  CHECK(evaluate(faster, incomes, slow, 2022y).met == true);
  const goal loose = goal{income, in_step_with("经济增长", "economic growth", 3_pp), five_years,
                          attribute::expected};
  CHECK(evaluate(loose, incomes, gdps, 2022y).met == true);
}

TEST_CASE("高于: faster than a reference given as yearly real growth (changes)", "[relative]") {
  const std::vector<change_observation> real_growth{{2021y, 8.3_pct_growth},
                                                    {2022y, 4.0_pct_growth}};
  const auto a = evaluate(faster, incomes, real_growth, 2022y);
  REQUIRE(a.assessed);
  const double ref = std::sqrt(1.083 * 1.04) - 1.0;
  CHECK(a.required_rate->fraction() == Approx(ref));
  CHECK(a.met == true); // 7.24% > 6.13%
  // both as changes
  const std::vector<change_observation> income_growth{{2021y, 5_pct_growth}, {2022y, 5_pct_growth}};
  const auto b = evaluate(faster, income_growth, real_growth, 2022y);
  CHECK(b.actual_rate->fraction() == Approx(0.05));
  CHECK(b.met == false);
}

TEST_CASE("relative goals: the deadline, and data that do not suffice", "[relative][edge]") {
  const std::vector<observation<income_t>> at_t{{2020y, income_t(40000)}, {2025y, income_t(58000)}};
  const std::vector<observation<gdp_t>> gdp_t_{{2020y, gdp_t(3000)}, {2025y, gdp_t(4300)}};
  const auto done = evaluate(in_step, at_t, gdp_t_, 2026y);
  CHECK(done.notes.contains(note_code::deadline_passed));
  CHECK(done.label == schedule_label::achieved);
  // the deadline passed, the deadline's own figure not yet published: judged on schedule
  const auto early = evaluate(in_step, incomes, gdps, 2026y);
  CHECK(early.notes.contains(note_code::latest_before_deadline));
  CHECK(early.label == schedule_label::lagging);

  const std::vector<observation<gdp_t>> no_base{{2021y, gdp_t(3420.3)}, {2022y, gdp_t(3616.81)}};
  const auto a = evaluate(in_step, incomes, no_base, 2022y);
  CHECK_FALSE(a.assessed);
  CHECK(a.notes.contains(note_code::relative_no_reference));
  CHECK(a.label == schedule_label::none);

  const std::vector<observation<income_t>> none;
  CHECK(evaluate(in_step, none, gdps, 2022y).notes.contains(note_code::no_observations));
  const std::vector<observation<gdp_t>> base_only{{2020y, gdp_t(3000)}};
  CHECK(evaluate(in_step, incomes, base_only, 2022y)
            .notes.contains(note_code::no_observation_after_base));
  CHECK(evaluate(in_step, incomes, gdps, 2019y).notes.contains(note_code::as_of_before_base));
  const std::vector<observation<gdp_t>> zero{{2020y, gdp_t(0)}, {2022y, gdp_t(10)}};
  const auto z = evaluate(in_step, incomes, zero, 2022y);
  CHECK_FALSE(z.assessed);
  CHECK(z.notes.contains(note_code::rate_undefined));
  const std::vector<observation<gdp_t>> dup{
      {2020y, gdp_t(3000)}, {2020y, gdp_t(3001)}, {2022y, gdp_t(3600)}};
  CHECK_FALSE(evaluate(in_step, incomes, dup, 2022y).assessed);
}
