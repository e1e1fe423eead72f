// Panels (docs/method.md §5): one goal evaluated per region over (region, observation) rows, lazily,
// from a std::vector or from a range-v3 view, reading the rows where they are (no copies).
#include "support/catch.hpp"

#include <zzplan/panel.hpp>
#include <zzplan/units.hpp>

#include <range/v3/view/filter.hpp>

#include <string_view>
#include <vector>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;
#if defined(CATCH_VERSION_MAJOR) && CATCH_VERSION_MAJOR >= 3
using Catch::Approx;
#endif

namespace {
constexpr period five_years{2020y, 2025y};
constexpr indicator<share> urbanization{"城镇化率", "urbanization", direction::higher_is_better};
const goal urban_goal{urbanization, raise_to(75_pct), five_years, attribute::expected};

/// A row of a data file: counts its copies, so that the test can prove none are made.
struct counted_row {
  static inline int copies = 0;
  std::string_view region;
  std::string_view indicator;
  observation<share> obs;
  counted_row(std::string_view r, std::string_view i, observation<share> o)
      : region(r), indicator(i), obs(o) {}
  counted_row(const counted_row& o) : region(o.region), indicator(o.indicator), obs(o.obs) {
    ++copies;
  }
  counted_row(counted_row&&) noexcept = default;
  counted_row& operator=(const counted_row&) = delete;
  counted_row& operator=(counted_row&&) = delete;
  ~counted_row() = default;
};
} // namespace

TEST_CASE("evaluate_panel over a std::vector of panel_row", "[panel]") {
  const std::vector<panel_row<observation<share>>> rows{
      {"株洲", {2020y, 71.26_pct, flag::derived}},
      {"株洲", {2021y, 72.04_pct}},
      {"湘潭", {2020y, 63.0_pct}},
      {"湘潭", {2022y, 65.4_pct}},
      {"长沙", {2020y, 82.6_pct}},
      {"长沙", {2021y, 83.2_pct}},
      {"岳阳", {2021y, 60.0_pct}}, // no base
  };
  std::vector<std::string_view> regions;
  std::vector<double> shares;
  std::vector<bool> assessed;
  for (const auto& r : evaluate_panel(urban_goal, rows, 2022y)) {
    regions.push_back(r.region);
    shares.push_back(r.result.achievement_share.value_or(-99.0));
    assessed.push_back(r.result.assessed);
  }
  REQUIRE(regions == std::vector<std::string_view>{"株洲", "湘潭", "长沙", "岳阳"});
  CHECK(shares[0] == Approx(0.78 / 3.74)); // the Zhuzhou figure, a = 0.2086
  CHECK(shares[1] == Approx(0.2));         // 2.4 / 12
  CHECK(shares[2] == -99.0);               // Changsha is past the target: keep within
  CHECK(assessed == std::vector<bool>{true, true, true, false});
  // the region names are the rows' own (no copy of the text)
  CHECK(regions[0].data() == rows[0].region.data());
}

TEST_CASE("evaluate_panel over a range-v3 view, without copying a row", "[panel][views]") {
  std::vector<counted_row> file;
  file.reserve(8);
  file.emplace_back("株洲", "urbanization", observation<share>{2020y, 71.26_pct});
  file.emplace_back("株洲", "trade", observation<share>{2020y, 10.0_pct});
  file.emplace_back("株洲", "urbanization", observation<share>{2021y, 72.04_pct});
  file.emplace_back("湘潭", "urbanization", observation<share>{2020y, 63.0_pct});
  file.emplace_back("湘潭", "trade", observation<share>{2020y, 8.0_pct});
  file.emplace_back("湘潭", "urbanization", observation<share>{2022y, 65.4_pct});
  counted_row::copies = 0;

  auto urban_rows = file | ranges::views::filter(
                               [](const counted_row& r) { return r.indicator == "urbanization"; });
  auto results = evaluate_panel(urban_goal, urban_rows, 2022y);
  int n = 0;
  for (const auto& r : results) {
    CHECK(r.result.assessed);
    CHECK(r.result.notes.contains(note_code::points_used));
    if (r.region == "株洲") {
      CHECK(*r.result.achievement_share == Approx(0.78 / 3.74));
      CHECK(*r.result.schedule_ratio == Approx(0.78 / 3.74 / 0.2));
    } else {
      CHECK(*r.result.achievement_share == Approx(0.2));
    }
    ++n;
  }
  CHECK(n == 2);
  CHECK(counted_row::copies == 0);
  // lazy: evaluated again on a second pass, still without copies
  int again = 0;
  for (const auto& r : results) {
    again += r.result.assessed ? 1 : 0;
  }
  CHECK(again == 2);
  CHECK(counted_row::copies == 0);
}

TEST_CASE("evaluate_panel keeps its goal: a temporary goal is safe", "[panel]") {
  const std::vector<panel_row<observation<share>>> rows{{"株洲", {2020y, 71.26_pct}},
                                                        {"株洲", {2021y, 72.04_pct}}};
  auto view = evaluate_panel(goal{urbanization, raise_to(80_pct), five_years, attribute::expected},
                             rows, 2021y);
  int n = 0;
  for (const auto& r : view) {
    CHECK(r.result.target_value->percent() == Approx(80.0));
    ++n;
  }
  CHECK(n == 1);
}

TEST_CASE("evaluate_panel of a series of changes", "[panel]") {
  using intensity = tce_per_wan_yuan<constant_prices<2020>>;
  constexpr indicator<intensity> energy_use{"万元GDP能耗", "energy intensity",
                                            direction::lower_is_better};
  const goal g{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding};
  const std::vector<panel_row<change_observation>> rows{
      {"A", {2021y, -5_pct_growth}}, {"A", {2022y, -5_pct_growth}}, {"B", {2021y, 2_pct_growth}}};
  std::vector<schedule_label> labels;
  for (const auto& r : evaluate_panel(g, rows, 2022y)) {
    labels.push_back(r.result.label);
  }
  CHECK(labels ==
        std::vector<schedule_label>{schedule_label::faster_than_expected, schedule_label::lagging});
}
