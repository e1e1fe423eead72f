// The status presets of docs/method.md §4 at their class boundaries (each lower bound inclusive):
// China's mid-term labels (q at 1.05 and 0.95), UN 2022 (0.95, 0.5, -0.1), UN 2023 (0.95, 0.10),
// Eurostat (0.95, 0.6, 0); directly and through evaluate(), with thresholds from options.limits.
#include "support/catch.hpp"

#include <zzplan/evaluate.hpp>
#include <zzplan/units.hpp>

#include <cmath>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

namespace {
// Just outside the published precision of a bound (detail/precision.hpp: 1e-9 of it, at least
// 1e-9): clearly in the class below or above.
double below(double x) {
  return x - 1e-6;
}
double above(double x) {
  return x + 1e-6;
}

constexpr indicator<share> trade{"对外贸易依存度", "trade dependence", direction::higher_is_better};
constexpr indicator<yi_yuan<>> gdp{"地区生产总值", "GDP", direction::higher_is_better};
} // namespace

TEST_CASE("classify at each boundary", "[status][presets]") {
  const thresholds t{};
  SECTION("China mid-term: q >= 1.05 快于预期, [0.95, 1.05) 基本符合预期, below 滞后") {
    CHECK(label_for_ratio(1.05, t) == schedule_label::faster_than_expected);
    CHECK(label_for_ratio(below(1.05), t) == schedule_label::as_expected);
    CHECK(label_for_ratio(0.95, t) == schedule_label::as_expected);
    CHECK(label_for_ratio(below(0.95), t) == schedule_label::lagging);
    CHECK(label_for_ratio(-3.0, t) == schedule_label::lagging);
    CHECK(to_status(label_for_ratio(1.0, t)) == status::as_expected);
    CHECK(label_zh(schedule_label::faster_than_expected) == "快于预期");
    CHECK(label_zh(schedule_label::as_expected) == "基本符合预期");
    CHECK(label_zh(schedule_label::lagging) == "滞后");
    CHECK(label_zh(schedule_label::achieved_early) == "提前实现");
  }
  SECTION("UN 2022: 0.95 on track, 0.5 fair, -0.1 limited, below deterioration") {
    CHECK(classify_un2022(0.95, t) == status::on_track);
    CHECK(classify_un2022(below(0.95), t) == status::fair_progress);
    CHECK(classify_un2022(0.5, t) == status::fair_progress);
    CHECK(classify_un2022(below(0.5), t) == status::limited_progress);
    CHECK(classify_un2022(0.0, t) == status::limited_progress);
    CHECK(classify_un2022(-0.1, t) == status::limited_progress);
    CHECK(classify_un2022(below(-0.1), t) == status::deterioration);
  }
  SECTION("UN 2023: 0.95 on track, 0.10 acceleration needed, below stagnation or regression") {
    CHECK(classify_un2023(0.95, t) == status::on_track);
    CHECK(classify_un2023(below(0.95), t) == status::acceleration_needed);
    CHECK(classify_un2023(0.10, t) == status::acceleration_needed);
    CHECK(classify_un2023(below(0.10), t) == status::stagnation_or_regression);
    CHECK(classify_un2023(-1.0, t) == status::stagnation_or_regression);
  }
  SECTION("Eurostat: 0.95 substantial, 0.6 moderate, 0 limited, below deterioration") {
    CHECK(classify_eurostat(0.95, t) == status::substantial_progress);
    CHECK(classify_eurostat(below(0.95), t) == status::moderate_progress);
    CHECK(classify_eurostat(0.6, t) == status::moderate_progress);
    CHECK(classify_eurostat(below(0.6), t) == status::limited_progress);
    CHECK(classify_eurostat(0.0, t) == status::limited_progress);
    CHECK(classify_eurostat(below(0.0), t) == status::deterioration);
  }
  SECTION("a ratio within the published precision of a bound is on it (upper class)") {
    CHECK(label_for_ratio(std::nextafter(0.95, 0.0), t) == schedule_label::as_expected);
    CHECK(label_for_ratio(0.95 - 5e-10, t) == schedule_label::as_expected);
    CHECK(label_for_ratio(0.95 - 2e-9, t) == schedule_label::lagging);
    CHECK(classify_un2022(-0.1 - 5e-11, t) == status::limited_progress);
    CHECK(classify_eurostat(-5e-10, t) == status::limited_progress);
    CHECK(classify_eurostat(-2e-9, t) == status::deterioration);
  }
  SECTION("configurable") {
    thresholds c;
    c.cn.faster = 1.2;
    c.cn.as_expected = 0.8;
    c.un2022.on_track = 1.0;
    c.un2023.acceleration = 0.2;
    c.eurostat.limited = 0.1;
    CHECK(label_for_ratio(1.1, c) == schedule_label::as_expected);
    CHECK(label_for_ratio(0.85, c) == schedule_label::as_expected);
    CHECK(label_for_ratio(below(0.8), c) == schedule_label::lagging);
    CHECK(classify_un2022(0.97, c) == status::fair_progress);
    CHECK(classify_un2023(0.15, c) == status::stagnation_or_regression);
    CHECK(classify_eurostat(0.05, c) == status::deterioration);
  }
}

TEST_CASE("a tie at a class boundary in decimal arithmetic stays on the boundary",
          "[status][presets][evaluate]") {
  // Found by the panel benchmark (docs/performance.md): forest cover +1.5 points, 24.43% ->
  // 25.57% at e = 0.8 gives a = 1.14 / 1.5 = 0.76 and q = 0.95 exactly; the share is kept as a
  // fraction, read back as 25.569999999999997, and q came out 0.9499999999999971 (滞后).
  constexpr indicator<share> forest{"森林覆盖率", "forest cover", direction::higher_is_better};
  const goal g{forest, increase_by_points(1.5_pp), period{2020y, 2025y}, attribute::expected};
  const std::vector<observation<share>> s{{2020y, 24.43_pct}, {2024y, 25.57_pct}};
  const assessment a = evaluate(g, s, 2024y);
  CHECK(std::abs(*a.time_elapsed - 0.8) < 1e-12);
  CHECK(std::abs(*a.schedule_ratio - 0.95) < 1e-12);
  CHECK(a.label == schedule_label::as_expected);
  CHECK(label_zh(a.label) == "基本符合预期");
  CHECK(*a.met == false);
}

TEST_CASE("the boundaries through evaluate(), thresholds from options.limits",
          "[status][presets][evaluate]") {
  const goal g{trade, raise_to(20_pct), period{2020y, 2030y}, attribute::expected};
  // linear goal: base 10, target 20 over 10 years; at t = 2025, e = 0.5 and q = a / 0.5 exactly
  const auto at = [&](double v, const options& opt = {}) {
    const std::vector<observation<share>> s{{2020y, 10_pct}, {2025y, share::percent(v)}};
    return evaluate(g, s, 2025y, opt);
  };
  SECTION("China mid-term on q: 1.05, 0.95 (exact in binary for these data)") {
    CHECK(*at(15.25).schedule_ratio == 1.05); // a = 0.525
    CHECK(at(15.25).label == schedule_label::faster_than_expected);
    CHECK(at(14.75).label == schedule_label::as_expected); // q = 0.95
    CHECK(at(14.74).label == schedule_label::lagging);
    CHECK(at(15.24).label == schedule_label::as_expected);
  }
  // For the rate-based presets, the boundary is set to the computed metric itself: the class
  // must be the upper one (inclusive), and just above the metric the lower one.
  const auto rate_metric = [&](double v) { return *at(v).rate_ratio; };
  const auto p_metric = [&](double v) { return *at(v).projected_share_geometric; };
  SECTION("UN 2022 on the rate ratio") {
    for (double v : {13.0, 11.0, 10.3, 9.5}) {
      const double m = rate_metric(v);
      options on;
      on.limits.un2022 = {m, m - 1.0, m - 2.0};
      CHECK(at(v, on).un2022 == status::on_track);
      options fair;
      fair.limits.un2022 = {above(m), m, m - 1.0};
      CHECK(at(v, fair).un2022 == status::fair_progress);
      options limited;
      limited.limits.un2022 = {m + 2.0, above(m), m};
      CHECK(at(v, limited).un2022 == status::limited_progress);
      options det;
      det.limits.un2022 = {m + 2.0, m + 1.0, above(m)};
      CHECK(at(v, det).un2022 == status::deterioration);
    }
    // and with the published defaults: ratios about 1.14, 0.66, 0.11 and -0.14
    CHECK(at(14.8).un2022 == status::on_track);
    CHECK(at(12.6).un2022 == status::fair_progress);
    CHECK(at(10.4).un2022 == status::limited_progress);
    CHECK(at(9.5).un2022 == status::deterioration);
  }
  SECTION("Eurostat on the rate ratio") {
    for (double v : {13.0, 11.0, 9.5}) {
      const double m = rate_metric(v);
      options sub;
      sub.limits.eurostat = {m, m - 1.0, m - 2.0};
      CHECK(at(v, sub).eurostat == status::substantial_progress);
      options mod;
      mod.limits.eurostat = {above(m), m, m - 1.0};
      CHECK(at(v, mod).eurostat == status::moderate_progress);
      options lim;
      lim.limits.eurostat = {m + 2.0, above(m), m};
      CHECK(at(v, lim).eurostat == status::limited_progress);
      options det;
      det.limits.eurostat = {m + 2.0, m + 1.0, above(m)};
      CHECK(at(v, det).eurostat == status::deterioration);
    }
    CHECK(at(14.8).eurostat == status::substantial_progress);
    CHECK(at(13.3).eurostat == status::moderate_progress);
    CHECK(at(11.0).eurostat == status::limited_progress);
    CHECK(at(9.9).eurostat == status::deterioration);
  }
  SECTION("UN 2023 on the geometric projected share") {
    for (double v : {13.0, 11.0, 9.5}) {
      const double m = p_metric(v);
      options on;
      on.limits.un2023 = {m, m - 1.0};
      CHECK(at(v, on).un2023 == status::on_track);
      options acc;
      acc.limits.un2023 = {above(m), m};
      CHECK(at(v, acc).un2023 == status::acceleration_needed);
      options stag;
      stag.limits.un2023 = {m + 1.0, above(m)};
      CHECK(at(v, stag).un2023 == status::stagnation_or_regression);
    }
    CHECK(at(14.0).un2023 == status::on_track);
    CHECK(at(11.0).un2023 == status::acceleration_needed);
    CHECK(at(10.0).un2023 == status::stagnation_or_regression);
  }
  SECTION("the China labels from options.limits.cn") {
    options opt;
    opt.limits.cn.faster = 1.5;
    CHECK(at(16.0).label == schedule_label::faster_than_expected); // q = 1.2
    CHECK(at(16.0, opt).label == schedule_label::as_expected);
    opt.limits.cn.as_expected = 1.25;
    CHECK(at(16.0, opt).label == schedule_label::lagging);
  }
  SECTION("target met is checked first, whatever the thresholds") {
    options strict;
    strict.limits.un2022.on_track = 10.0;
    const auto a = at(20.0, strict);
    CHECK(a.un2022 == status::target_met);
    CHECK(a.un2023 == status::target_met);
    CHECK(a.eurostat == status::target_met);
    CHECK(a.label == schedule_label::achieved_early);
  }
}

TEST_CASE("status_under names every preset", "[status][presets]") {
  const goal g{gdp, step_from_to(3000_yi_yuan, 5000_yi_yuan), period{2020y, 2026y},
               attribute::expected};
  const std::vector<observation<yi_yuan<>>> s{{2020y, 3000_yi_yuan}, {2024y, 3902.4_yi_yuan}};
  const auto a = evaluate(g, s, 2024y);
  CHECK(a.status_under(method::cn_midterm) == status::lagging);
  CHECK(a.status_under(method::un2022) == a.un2022);
  CHECK(a.status_under(method::un2023) == a.un2023);
  CHECK(a.status_under(method::eurostat) == a.eurostat);
  CHECK(to_string(method::un2023) == "un2023");
  CHECK(to_string(status::acceleration_needed) == "acceleration_needed");
}
