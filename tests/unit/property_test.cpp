// Properties of the evaluation core over generated inputs (seeded std::mt19937, a few thousand
// cases each, no external library): the achievement share is 1 at the target; the schedule ratio
// is 1 on the required path (linear and geometric goals); a projection from a point on that path
// lands on the target; nothing is ever NaN; years to target agree with the projection.
#include "support/catch.hpp"

#include <zzplan/evaluate.hpp>
#include <zzplan/units.hpp>

#include <cmath>
#include <cstddef>
#include <limits>
#include <random>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

namespace {
constexpr int cases = 2000;
constexpr indicator<share> rate_up{"城镇化率", "urbanization", direction::higher_is_better};
constexpr indicator<share> rate_down{"失业率", "unemployment", direction::lower_is_better};
constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};
using intensity = tce_per_wan_yuan<constant_prices<2020>>;
constexpr indicator<intensity> energy_use{"万元GDP能耗", "energy intensity",
                                          direction::lower_is_better};

struct gen {
  std::mt19937 rng;
  explicit gen(unsigned seed) : rng(seed) {}
  double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); }
  int integer(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
  bool coin(double p = 0.5) { return std::bernoulli_distribution(p)(rng); }
};

bool close(double a, double b, double rel = 1e-9) {
  return std::abs(a - b) <= rel * (std::abs(b) > 1.0 ? std::abs(b) : 1.0);
}

bool finite_or_absent(const std::optional<double>& v) {
  return !v || std::isfinite(*v);
}
bool finite_or_absent(const std::optional<annual_rate>& v) {
  return !v || std::isfinite(v->fraction());
}

// Everything an assessment reports is finite or absent, and its classes are valid.
bool well_formed(const assessment_core& a) {
  const bool numbers =
      finite_or_absent(a.achievement_share) && finite_or_absent(a.time_elapsed) &&
      finite_or_absent(a.expected_share) && finite_or_absent(a.schedule_ratio) &&
      finite_or_absent(a.rate_ratio) && finite_or_absent(a.projected_share) &&
      finite_or_absent(a.projected_share_geometric) && finite_or_absent(a.years_to_target) &&
      finite_or_absent(a.over_completion_number) && finite_or_absent(a.over_completion_relative) &&
      finite_or_absent(a.actual_rate) && finite_or_absent(a.required_rate) &&
      finite_or_absent(a.required_rate_remaining);
  const auto valid = [](status s) {
    return static_cast<int>(s) <= static_cast<int>(status::insufficient_data);
  };
  const bool classes = valid(a.un2022) && valid(a.un2023) && valid(a.eurostat) &&
                       static_cast<int>(a.label) <= static_cast<int>(schedule_label::not_achieved);
  const bool unassessed_is_empty =
      a.assessed || (a.label == schedule_label::none && a.un2022 == status::insufficient_data &&
                     a.un2023 == status::insufficient_data &&
                     a.eurostat == status::insufficient_data && !a.met && !a.achievement_share);
  const bool years_ok = !a.years_to_target || *a.years_to_target >= 0.0;
  return numbers && classes && unassessed_is_empty && years_ok &&
         !(a.moving_away && a.years_to_target);
}
} // namespace

TEST_CASE("property: the achievement share is exactly 1 at the target", "[property]") {
  gen g(20210928U);
  int checked = 0;
  for (int i = 0; i < cases; ++i) {
    const int span = g.integer(2, 10);
    const period p{2020y, year{2020 + span}};
    const int t = 2020 + g.integer(1, span);
    const double v0 = g.real(1.0, 60.0);
    double at_target = 0.0;
    switch (i % 5) {
    case 0: { // level, higher is better
      const double x = v0 + g.real(0.1, 30.0);
      const std::vector<observation<share>> s{{2020y, share::percent(v0)},
                                              {year{t}, share::percent(x)}};
      at_target =
          *evaluate(goal{rate_up, raise_to(share::percent(x)), p, attribute::expected}, s, year{t})
               .achievement_share;
      break;
    }
    case 1: { // level, lower is better
      const double x = v0 * g.real(0.1, 0.95);
      const std::vector<observation<share>> s{{2020y, share::percent(v0)},
                                              {year{t}, share::percent(x)}};
      at_target = *evaluate(goal{rate_down, lower_to(share::percent(x)), p, attribute::expected}, s,
                            year{t})
                       .achievement_share;
      break;
    }
    case 2: { // average growth
      const double r = g.real(0.001, 0.2);
      const goal gg{gdp, grow_on_average(annual_rate::fraction(r), price_basis::nominal), p,
                    attribute::expected};
      const std::vector<observation<yi_yuan<>>> s{
          {2020y, yi_yuan<>(v0 * 100)}, {year{t}, yi_yuan<>(v0 * 100 * std::pow(1.0 + r, span))}};
      at_target = *evaluate(gg, s, year{t}).achievement_share;
      break;
    }
    case 3: { // cumulative decrease
      const double k = g.real(0.01, 0.6);
      const goal gg{energy_use, decrease_by(growth_rate::fraction(k)), p, attribute::binding};
      const std::vector<observation<intensity>> s{{2020y, intensity(v0)},
                                                  {year{t}, intensity(v0 * (1.0 - k))}};
      at_target = *evaluate(gg, s, year{t}).achievement_share;
      break;
    }
    default: { // multiple
      const double k = g.real(1.1, 4.0);
      const std::vector<observation<yi_yuan<>>> s{{2020y, yi_yuan<>(v0)},
                                                  {year{t}, yi_yuan<>(v0 * k)}};
      at_target = *evaluate(goal{gdp, multiply_by(k), p, attribute::expected}, s, year{t})
                       .achievement_share;
      break;
    }
    }
    CHECK(std::abs(at_target - 1.0) <= 1e-12);
    ++checked;
  }
  CHECK(checked == cases);
}

TEST_CASE(
    "property: on the required path the schedule ratio is 1 and the projection lands on the target",
    "[property]") {
  gen g(13U);
  for (int i = 0; i < cases; ++i) {
    const int span = g.integer(2, 12);
    const period p{2020y, year{2020 + span}};
    const int elapsed = g.integer(1, span - 1);
    const int t = 2020 + elapsed;
    const double e = static_cast<double>(elapsed) / span;
    const double v0 = g.real(1.0, 50.0);
    if (i % 3 == 0) { // linear: a level goal, either direction
      const bool up = g.coin();
      const double x = up ? v0 + g.real(0.5, 40.0) : v0 * g.real(0.05, 0.9);
      const double vt = v0 + (x - v0) * e;
      const std::vector<observation<share>> s{{2020y, share::percent(v0)},
                                              {year{t}, share::percent(vt)}};
      const auto a =
          up ? evaluate(goal{rate_up, raise_to(share::percent(x)), p, attribute::expected}, s,
                        year{t})
             : evaluate(goal{rate_down, lower_to(share::percent(x)), p, attribute::expected}, s,
                        year{t});
      REQUIRE(a.schedule_ratio);
      CHECK(close(*a.schedule_ratio, 1.0));
      CHECK(a.label == schedule_label::as_expected);
      CHECK(a.projection == projection_method::linear);
      CHECK(close(*a.projected_share, 1.0));
      CHECK(close(a.projected_value->percent(), x, 1e-9));
      CHECK(close(*a.years_to_target, span - elapsed, 1e-9));
    } else if (i % 3 == 1) { // geometric: average growth
      const double r = g.real(-0.05, 0.25);
      if (std::abs(r) < 1e-3) {
        continue;
      }
      const double vt = v0 * std::pow(1.0 + r, elapsed);
      const goal gg{gdp, grow_on_average(annual_rate::fraction(r), price_basis::nominal), p,
                    attribute::expected};
      const std::vector<observation<yi_yuan<>>> s{{2020y, yi_yuan<>(v0)}, {year{t}, yi_yuan<>(vt)}};
      const auto a = evaluate(gg, s, year{t});
      REQUIRE(a.schedule_ratio);
      CHECK(close(*a.schedule_ratio, 1.0, 1e-8));
      CHECK(close(*a.rate_ratio, 1.0, 1e-8));
      CHECK(a.projection == projection_method::geometric);
      CHECK(close(*a.projected_share, 1.0, 1e-8));
      CHECK(close(a.projected_value->value(), v0 * std::pow(1.0 + r, span), 1e-9));
      CHECK(close(a.required_rate_remaining->fraction(), r, 1e-9));
    } else { // geometric: a cumulative decrease, from a series of yearly changes
      const double k = g.real(0.02, 0.5);
      const double rr = std::pow(1.0 - k, 1.0 / span) - 1.0;
      std::vector<change_observation> s;
      for (int y = 1; y <= elapsed; ++y) {
        s.push_back({year{2020 + y}, growth_rate::fraction(rr)});
      }
      const auto a =
          evaluate(goal{energy_use, decrease_by(growth_rate::fraction(k)), p, attribute::binding},
                   s, year{t});
      REQUIRE(a.schedule_ratio);
      CHECK(close(*a.schedule_ratio, 1.0, 1e-8));
      CHECK(close(*a.projected_share, 1.0, 1e-8));
      CHECK(close(*a.projected_value, 1.0 - k, 1e-9));
      CHECK(close(*a.years_to_target, span - elapsed, 1e-8));
    }
  }
}

TEST_CASE("property: nothing is ever NaN, whatever the data", "[property]") {
  gen g(7U);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const auto value = [&] {
    const int pick = g.integer(0, 19);
    if (pick == 0) {
      return 0.0;
    }
    if (pick == 1) {
      return -g.real(0.0, 10.0);
    }
    if (pick == 2) {
      return nan;
    }
    if (pick == 3) {
      return inf;
    }
    return g.real(0.001, 100.0);
  };
  int assessed = 0;
  for (int i = 0; i < cases; ++i) {
    const int span = g.integer(1, 10);
    const period p{2020y, year{2020 + span}};
    const year as_of{g.integer(2018, 2033)};
    options opt;
    if (g.coin(0.3)) {
      opt.projection = g.coin() ? projection_method::linear : projection_method::geometric;
    }
    const int n = g.integer(0, 8);
    std::vector<observation<share>> levels;
    std::vector<change_observation> changes;
    for (int j = 0; j < n; ++j) {
      const int y = g.integer(2018, 2032);
      const flag f =
          g.coin(0.1) ? flag::lower_bound : (g.coin(0.1) ? flag::provisional : flag::none);
      levels.push_back({year{y}, share::percent(value()), f});
      changes.push_back({year{y}, growth_rate::fraction(g.real(-0.3, 0.3)), f, g.integer(1, 3)});
    }
    const double x = value();
    switch (i % 8) {
    case 0:
      CHECK(well_formed(evaluate(goal{rate_up, raise_to(share::percent(x)), p, attribute::expected},
                                 levels, as_of, opt)));
      break;
    case 1:
      CHECK(well_formed(evaluate(goal{rate_up, above(share::percent(x)), p, attribute::expected},
                                 levels, as_of, opt)));
      break;
    case 2:
      CHECK(well_formed(evaluate(goal{rate_down, within(share::percent(x)), p, attribute::expected},
                                 levels, as_of, opt)));
      break;
    case 3:
      CHECK(well_formed(evaluate(
          goal{rate_up, increase_by_points(points::pp(g.real(0.1, 5.0))), p, attribute::expected},
          levels, as_of, opt)));
      break;
    case 4:
      CHECK(well_formed(evaluate(goal{rate_up, between(share::percent(x), share::percent(x + 3.0)),
                                      p, attribute::expected},
                                 levels, as_of, opt)));
      break;
    case 5:
      CHECK(well_formed(evaluate(goal{rate_up, about(share::percent(x)), p, attribute::expected},
                                 levels, as_of, opt)));
      break;
    case 6: {
      const auto a =
          evaluate(goal{energy_use, decrease_by(growth_rate::fraction(g.real(0.01, 0.5))), p,
                        attribute::binding},
                   changes, as_of, opt);
      CHECK(well_formed(a));
      assessed += a.assessed ? 1 : 0;
      break;
    }
    default: {
      const auto a = evaluate(
          goal{energy_use, about(growth_rate::fraction(-g.real(0.01, 0.5))), p, attribute::binding},
          changes, as_of, opt);
      CHECK(well_formed(a));
      break;
    }
    }
  }
  CHECK(assessed > 0); // the generator does reach assessable data
}

TEST_CASE("property: years to target agree with the projection", "[property]") {
  gen g(2026U);
  int reaching = 0;
  int not_reaching = 0;
  int away = 0;
  for (int i = 0; i < cases; ++i) {
    const int span = g.integer(2, 10);
    const period p{2020y, year{2020 + span}};
    const int t = 2020 + g.integer(1, span - 1);
    const double v0 = g.real(5.0, 50.0);
    const double vt = v0 * g.real(0.7, 1.6);
    const double x = v0 * g.real(1.05, 2.5);
    options opt;
    opt.projection = i % 2 == 0 ? projection_method::linear : projection_method::geometric;
    const std::vector<observation<share>> s{{2020y, share::percent(v0)},
                                            {year{t}, share::percent(vt)}};
    const auto a = evaluate(goal{rate_up, raise_to(share::percent(x)), p, attribute::expected}, s,
                            year{t}, opt);
    REQUIRE(a.assessed);
    if (a.met.value_or(false)) {
      CHECK(*a.years_to_target == 0.0);
      continue;
    }
    REQUIRE(a.projected_share);
    const double left = 2020 + span - t;
    if (a.moving_away) {
      CHECK_FALSE(a.years_to_target);
      CHECK(*a.projected_share <= *a.achievement_share + 1e-12);
      ++away;
      continue;
    }
    REQUIRE(a.years_to_target);
    if (std::abs(*a.years_to_target - left) < 1e-9) {
      continue; // on the boundary itself
    }
    const bool reaches_by_deadline = *a.years_to_target < left;
    CHECK(reaches_by_deadline == (*a.projected_share >= 1.0));
    // and the same path: the projection at t + years_to_target is the target
    const double y = *a.years_to_target;
    const double pace_end = opt.projection == projection_method::linear
                                ? vt + (vt - v0) / (t - 2020) * y
                                : vt * std::pow(1.0 + a.actual_rate->fraction(), y);
    CHECK(close(pace_end, x, 1e-8));
    (reaches_by_deadline ? reaching : not_reaching) += 1;
  }
  CHECK(reaching > 100);
  CHECK(not_reaching > 100);
  CHECK(away > 100);
}
