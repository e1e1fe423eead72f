// optional_number<T>: the assessment's optional outputs, a number with NaN for "absent". It must
// behave as std::optional does for every use an assessment's reader makes of it, take no more room
// than the number, and never hand out a NaN as a value.
#include "support/catch.hpp"

#include <zzplan/assessment.hpp>
#include <zzplan/evaluate.hpp>
#include <zzplan/optional_number.hpp>
#include <zzplan/units.hpp>

#include <array>
#include <cmath>
#include <limits>
#include <optional>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
#if defined(CATCH_VERSION_MAJOR) && CATCH_VERSION_MAJOR >= 3
using Catch::Approx;
#endif

namespace {
constexpr double nan_v = std::numeric_limits<double>::quiet_NaN();

// The point of the type: the number's own size, where std::optional adds a flag and padding.
static_assert(sizeof(optional_number<double>) == sizeof(double));
static_assert(sizeof(optional_number<annual_rate>) == sizeof(double));
static_assert(sizeof(optional_number<share>) == sizeof(double));
static_assert(sizeof(optional_number<yi_yuan<>>) == sizeof(double));
static_assert(sizeof(std::optional<double>) == 2 * sizeof(double));
static_assert(std::is_trivially_copyable_v<optional_number<double>>);

// Usable in constant expressions, as the evaluation core is.
static_assert(!optional_number<double>{}.has_value());
static_assert(optional_number<double>{0.5}.value_or(1.0) == 0.5);
static_assert(optional_number<double>{}.value_or(1.0) == 1.0);
static_assert(!optional_number<double>{nan_v}.has_value()); // a NaN is no value
static_assert(optional_number<double>{std::nullopt} == std::nullopt);
static_assert(optional_number<double>{std::optional<double>{2.0}} == 2.0);
static_assert([] {
  optional_number<double> o;
  o.emplace(3.0);
  const bool set = o.has_value() && *o == 3.0;
  o.reset();
  return set && !o;
}());
} // namespace

TEST_CASE("optional_number reads and writes as std::optional", "[optional_number]") {
  optional_number<double> o;
  CHECK_FALSE(o);
  CHECK(o == std::nullopt);
  CHECK_THROWS_AS(o.value(), std::bad_optional_access);
  o = 0.25;
  REQUIRE(o);
  CHECK(*o == 0.25);
  CHECK(o.value() == 0.25);
  CHECK(o == 0.25);
  CHECK_FALSE(o == 0.5);
  o = std::nullopt;
  CHECK_FALSE(o.has_value());
  // absent equals absent; absent never equals a value
  CHECK(optional_number<double>{} == optional_number<double>{});
  CHECK_FALSE(optional_number<double>{} == optional_number<double>{1.0});
  CHECK(optional_number<double>{1.0} == optional_number<double>{1.0});
}

TEST_CASE("optional_number converts to std::optional where one is wanted", "[optional_number]") {
  const std::optional<double> none = optional_number<double>{};
  CHECK_FALSE(none);
  const std::optional<double> some = optional_number<double>{7.5};
  REQUIRE(some);
  CHECK(*some == 7.5);
  const std::optional<annual_rate> rate = optional_number<annual_rate>{annual_rate::percent(8.0)};
  REQUIRE(rate);
  CHECK(rate->percent() == Approx(8.0));
}

TEST_CASE("optional_number holds typed numbers exactly", "[optional_number]") {
  optional_number<share> s;
  CHECK_FALSE(s);
  s.emplace(share::percent(59.5251));
  REQUIRE(s);
  CHECK(s->percent() == 59.5251);
  optional_number<yi_yuan<>> money{3902.4_yi_yuan};
  REQUIRE(money);
  CHECK(level_number(*money) == 3902.4);
  optional_number<points> pp;
  pp.emplace(points::pp(-7.87));
  CHECK(pp->pp() == -7.87);
  CHECK(optional_number<annual_rate>{}.value_or(annual_rate::percent(1.0)).percent() ==
        Approx(1.0));
}

TEST_CASE("an assessment's absent outputs are absent, never NaN", "[optional_number]") {
  constexpr indicator<share> trade{"对外贸易依存度", "trade dependence",
                                   direction::higher_is_better};
  const goal g{trade, raise_to(15_pct), period{2020y, 2025y}, attribute::expected};
  // Only the base year: nothing after it, so no ratio, rate or projection exists.
  const std::array<observation<share>, 1> series{{{2020y, 12.0_pct}}};
  const auto a = evaluate(g, series, 2024y);
  CHECK_FALSE(a.assessed);
  CHECK_FALSE(a.achievement_share);
  CHECK_FALSE(a.actual_rate);
  CHECK_FALSE(a.latest_value);
  CHECK_FALSE(a.projected_value);
  REQUIRE(a.baseline_value);
  CHECK(a.baseline_value->percent() == 12.0);
  CHECK(a.achievement_share.value_or(-1.0) == -1.0);
}
