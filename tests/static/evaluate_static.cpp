// The evaluation core in constant expressions (g++ 12 and clang++ 14): level, ceiling, step,
// count (increment), points, range and band goals, and rate outputs through detail/cx_math.hpp.
// A constexpr goal is validated at compile time (tests/compile_fail/goal_*.cpp shows the failure).
#include <zzplan/evaluate.hpp>
#include <zzplan/plans/zhuzhou.hpp>
#include <zzplan/units.hpp>

#include <array>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

namespace {
constexpr bool near(double a, double b, double tol = 1e-9) {
  return (a - b) < tol && (b - a) < tol;
}

constexpr period five_years{2020y, 2025y};
constexpr indicator<share> trade{"对外贸易依存度", "trade dependence", direction::higher_is_better};
constexpr indicator<share> unemployment{"城镇调查失业率", "unemployment",
                                        direction::lower_is_better};
constexpr indicator<share> rd{"研发投入强度", "R&D intensity", direction::higher_is_better};
constexpr indicator<yuan_per_person<>> income{"人均可支配收入", "income",
                                              direction::higher_is_better};
using intensity = tce_per_wan_yuan<constant_prices<2020>>;
constexpr indicator<intensity> energy_use{"万元GDP能耗", "energy intensity",
                                          direction::lower_is_better};

// ---- level (提高到15%): a = 0.4, q = 1 ----
constexpr std::array<observation<share>, 2> trade_s{{{2020y, 10_pct}, {2022y, 12_pct}}};
constexpr auto level_a =
    evaluate(goal{trade, raise_to(15_pct), five_years, attribute::expected}, trade_s, 2022y);
static_assert(level_a.assessed && level_a.met == false);
static_assert(near(*level_a.achievement_share, 0.4) && near(*level_a.schedule_ratio, 1.0));
static_assert(level_a.label == schedule_label::as_expected);
static_assert(near(*level_a.years_to_target, 3.0));
static_assert(near(level_a.over_completion_absolute->pp(), -3.0));

// ---- the seed: 城镇化率超过75%, 71.26 -> 72.04: a = 0.2086, q = 1.2513 ----
constexpr std::array<observation<share>, 2> urban_s{
    {{2020y, 71.26_pct, flag::derived}, {2021y, 72.04_pct}}};
constexpr auto urban_a = evaluate(zhuzhou::urban, urban_s, 2021y);
static_assert(near(*urban_a.achievement_share, 0.78 / 3.74, 1e-9));
static_assert(urban_a.label == schedule_label::faster_than_expected);
static_assert(urban_a.notes.contains(note_code::flag_derived));

// ---- ceiling (控制在5.5%以内): keep within while it holds; 不满 is strict ----
constexpr std::array<observation<share>, 2> jobs_s{{{2020y, 5.2_pct}, {2022y, 5.5_pct}}};
constexpr auto within_a =
    evaluate(goal{unemployment, within(5.5_pct), five_years, attribute::binding}, jobs_s, 2022y);
static_assert(within_a.keep_within && within_a.met == true &&
              within_a.label == schedule_label::as_expected);
constexpr auto below_a =
    evaluate(goal{unemployment, below(5.5_pct), five_years, attribute::binding}, jobs_s, 2022y);
static_assert(below_a.met == false && below_a.label == schedule_label::lagging && below_a.alert());

// ---- step (从3000亿元迈上5000亿元台阶): the first year it held; a lower bound proves it ----
constexpr std::array<observation<yi_yuan<>>, 3> gdp_s{
    {{2021y, 3420.3_yi_yuan}, {2024y, 3902.4_yi_yuan}, {2025y, 5000_yi_yuan, flag::lower_bound}}};
constexpr auto step_a = evaluate(zhuzhou::economy, gdp_s, 2025y);
static_assert(step_a.met == true && step_a.first_year_met == 2025y);
static_assert(step_a.latest_year == 2024y && near(*step_a.achievement_share, 0.4512));
static_assert(step_a.notes.contains(note_code::lower_bound_met));
static_assert(step_a.notes.contains(note_code::baseline_stated_start));
constexpr auto step_b = evaluate(zhuzhou::economy, gdp_s, 2024y);
static_assert(step_b.met == false && near(*step_b.schedule_ratio, 0.7413959822, 1e-9));
static_assert(near(step_b.required_rate_remaining->percent(), 13.1928801925, 1e-8)); // cx pow

// ---- count increment (新增2-3个): floor and stretch ----
constexpr std::array<observation<items>, 2> clusters_s{{{2020y, 2_items}, {2025y, 3_items}}};
constexpr auto count_a = evaluate(zhuzhou::new_billion_clusters, clusters_s, 2025y);
static_assert(near(*count_a.achievement_share, 0.5) && near(*count_a.schedule_ratio, 0.6));
static_assert(count_a.stretch_met == false && !count_a.alert());
static_assert(count_a.notes.contains(note_code::aspirational_not_reached));

// ---- points (提高3个百分点) ----
constexpr auto points_a = evaluate(
    goal{trade, increase_by_points(3_pp), five_years, attribute::expected}, trade_s, 2022y);
static_assert(near(*points_a.achievement_share, 2.0 / 3.0) &&
              near(points_a.target_value->percent(), 13.0));

// ---- range (2.5%至3%) and band (15%左右, ±5%) ----
constexpr std::array<observation<share>, 2> rd_s{{{2020y, 2.0_pct}, {2024y, 2.8_pct}}};
constexpr auto range_a =
    evaluate(goal{rd, between(2.5_pct, 3.0_pct), five_years, attribute::expected}, rd_s, 2024y);
static_assert(range_a.met == true && range_a.label == schedule_label::achieved_early);
constexpr std::array<observation<share>, 2> band_s{{{2020y, 10_pct}, {2025y, 14.3_pct}}};
constexpr auto band_a =
    evaluate(goal{trade, about(15_pct), five_years, attribute::expected}, band_s, 2025y);
static_assert(band_a.met == true && band_a.label == schedule_label::achieved);

// ---- rates: average growth (8%), cumulative decrease from changes (3.198% a year, 4.40%) ----
constexpr std::array<observation<yuan_per_person<>>, 2> income_s{
    {{2020y, yuan_per_person<>(40000)}, {2022y, yuan_per_person<>(46000)}}};
constexpr auto growth_a = evaluate(goal{income, grow_on_average(8_pct_a_year, price_basis::nominal),
                                        five_years, attribute::expected},
                                   income_s, 2022y);
static_assert(near(growth_a.actual_rate->fraction(), 0.0723805295, 1e-9)); // sqrt(1.15) - 1
static_assert(near(*growth_a.schedule_ratio, 0.9014423077, 1e-9));
static_assert(near(growth_a.target_value->value(), 58773.123072, 1e-6));
static_assert(growth_a.label == schedule_label::lagging &&
              growth_a.un2022 == status::fair_progress);

constexpr std::array<change_observation, 1> energy_s{{{2023y, -7_pct_growth, flag::none, 3}}};
constexpr auto change_a = evaluate(
    goal{energy_use, decrease_by(15_pct_growth), five_years, attribute::binding}, energy_s, 2023y);
static_assert(near(change_a.required_rate->percent(), -3.1981214998, 1e-8));
static_assert(near(change_a.required_rate_remaining->percent(), -4.3977775037, 1e-8));
static_assert(near(*change_a.expected_share, 0.6193864065, 1e-9));
static_assert(near(*change_a.over_completion_number, -0.08));

// ---- insufficient data in a constant expression too ----
constexpr std::array<observation<share>, 1> base_only{{{2020y, 10_pct}}};
constexpr auto none_a =
    evaluate(goal{trade, raise_to(15_pct), five_years, attribute::expected}, base_only, 2022y);
static_assert(!none_a.assessed && none_a.notes.contains(note_code::no_observation_after_base));
static_assert(none_a.status_under(method::un2023) == status::insufficient_data);

// ---- an assessment made from a goal: its description, nothing assessed yet ----
constexpr auto unemployment_goal =
    goal{unemployment, within(5.5_pct), five_years, attribute::binding, modality::aspirational}
        .with_id("jobs");
constexpr assessment<share, points> started{unemployment_goal};
static_assert(started.id == "jobs" && started.name_zh == "城镇调查失业率" &&
              started.name_en == "unemployment");
static_assert(started.kind == goal_kind::ceiling && started.attr == attribute::binding &&
              started.mode == modality::aspirational &&
              started.better == direction::lower_is_better);
static_assert(!started.assessed && !started.met && !started.baseline_value &&
              started.notes.empty() && started.label == schedule_label::none);
// evaluate() starts from it: the same description
constexpr auto jobs_a = evaluate(unemployment_goal, base_only, 2022y);
static_assert(jobs_a.id == started.id && jobs_a.kind == started.kind &&
              jobs_a.mode == started.mode && jobs_a.wording == started.wording);
} // namespace
