// Zero overhead: for each goal kind, zzplan::evaluate (typed goal, typed series) against a
// hand-written plain-double version of the same formulas (plain_eval.hpp), in one binary.
// Both evaluate a 5-year series at a mid-term year (base 2020, deadline 2025, as of 2024) on
// the full path: not met, not kept, every output computed. Before timing, the program checks
// that both give the same outputs for every kind (and exits 1 if not).
//
// Each kind is timed two ways. typed/<kind> and plain/<kind> are Google Benchmark's own loops,
// each side in its own repetitions. paired/<kind> times both sides in alternating blocks of
// `block` evaluations (about 25 us each, the order swapped every round) and reports the median of
// the per-round ratios: this machine's speed changes from minute to minute (a level goal takes
// 100 or 150 ns on either side), so medians taken minutes apart can compare one state with the
// other, while the two blocks of a round run in the same one.
//
//   zzplan_bench_kinds --benchmark_format=json > kinds.json && python3 bench/ratios.py kinds.json

#include "plain_eval.hpp"

#include <zzplan/evaluate.hpp>
#include <zzplan/units.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using namespace std::chrono_literals;
using namespace zzplan::literals;
namespace zz = zzplan;

constexpr auto as_of = 2024y;
constexpr int as_of_int = 2024;
constexpr zz::period plan_period{2020y, 2025y};
constexpr std::array<int, 5> years{2020, 2021, 2022, 2023, 2024};

// ---- the typed goals, one per kind -------------------------------------------------------------

constexpr zz::indicator<zz::share> trade_ind{"对外贸易依存度", "trade dependence",
                                             zz::direction::higher_is_better};
constexpr zz::indicator<zz::share> unemployment_ind{"城镇调查失业率", "urban unemployment",
                                                    zz::direction::lower_is_better};
constexpr zz::indicator<zz::yi_yuan<>> gdp_ind{"地区生产总值", "GDP",
                                               zz::direction::higher_is_better};
constexpr zz::indicator<zz::yuan_per_person<>> income_ind{"人均可支配收入", "income",
                                                          zz::direction::higher_is_better};
constexpr zz::indicator<zz::tce_per_wan_yuan<zz::constant_prices<2020>>> energy_ind{
    "万元GDP能耗", "energy intensity", zz::direction::lower_is_better};
constexpr zz::indicator<zz::share> urban_ind{"城镇化率", "urbanization",
                                             zz::direction::higher_is_better};
constexpr zz::indicator<zz::yi_yuan<zz::constant_prices<2020>>> real_gdp_ind{
    "地区生产总值（可比价）", "GDP (2020 prices)", zz::direction::higher_is_better};
constexpr zz::indicator<zz::items> clusters_ind{"千亿产业集群", "clusters",
                                                zz::direction::higher_is_better};
constexpr zz::indicator<zz::share> cpi_ind{"居民消费价格涨幅", "CPI inflation",
                                           zz::direction::lower_is_better};
constexpr zz::indicator<zz::share> forest_ind{"森林覆盖率", "forest cover",
                                              zz::direction::higher_is_better};

const zz::goal g_level{trade_ind, zz::raise_to(15_pct), plan_period, zz::attribute::expected};
const zz::goal g_ceiling{unemployment_ind, zz::within(5.5_pct), plan_period,
                         zz::attribute::expected};
const zz::goal g_step{gdp_ind, zz::step_from_to(3000_yi_yuan, 5000_yi_yuan), plan_period,
                      zz::attribute::expected};
const zz::goal g_growth{income_ind, zz::grow_on_average(8_pct_a_year, zz::price_basis::nominal),
                        plan_period, zz::attribute::expected};
const zz::goal g_change{energy_ind, zz::decrease_by(15_pct_growth), plan_period,
                        zz::attribute::binding};
const zz::goal g_points{urban_ind, zz::increase_by_points(5_pp), plan_period,
                        zz::attribute::expected};
const zz::goal g_multiple{real_gdp_ind, zz::multiply_by(2.0), plan_period, zz::attribute::expected};
const zz::goal g_increment{clusters_ind, zz::add_between(2_items, 3_items), plan_period,
                           zz::attribute::expected, zz::modality::aspirational};
const zz::goal g_range{cpi_ind, zz::between(4_pct, 5_pct), plan_period, zz::attribute::expected};
const zz::goal g_band{forest_ind, zz::about(50_pct), plan_period, zz::attribute::expected};

// ---- the same goals for the plain version ------------------------------------------------------

constexpr plain::goal pg(signed char better, plain::cmp c, double x, double x2, double k,
                         double tol = 0.0, bool stated = false, double start = 0.0,
                         unsigned char attr = 0, bool aspirational = false) {
  return plain::goal{nullptr, "", "", "",  attr, aspirational, better, c,
                     x,       x2, k,  tol, 2020, 2025,         stated, start};
}
const plain::goal p_level = pg(1, plain::at_least, 15.0, 0, 0);
const plain::goal p_ceiling = pg(-1, plain::at_most, 5.5, 0, 0);
const plain::goal p_step = pg(1, plain::at_least, 5000.0, 0, 0, 0, true, 3000.0);
const plain::goal p_growth = pg(1, plain::at_least, 0, 0, 0.08);
const plain::goal p_change = pg(-1, plain::at_most, 0, 0, -0.15, 0, false, 0, 1);
const plain::goal p_points = pg(1, plain::at_least, 0, 0, 5.0);
const plain::goal p_multiple = pg(1, plain::at_least, 0, 0, 2.0);
const plain::goal p_increment = pg(1, plain::at_least, 2.0, 3.0, 0, 0, false, 0, 0, true);
const plain::goal p_range = pg(-1, plain::at_least, 4.0, 5.0, 0);
const plain::goal p_band = pg(1, plain::at_least, 50.0, 0, 0, 0.05);

// ---- the data: 2020..2024, in the indicator's unit (shares in percent) -------------------------

struct kind_data {
  const char* name;
  std::array<double, 5> values;
};
constexpr std::array<kind_data, 10> data{{
    {"level", {12.0, 12.6, 13.1, 13.5, 13.9}},
    {"ceiling", {6.4, 6.2, 6.0, 5.9, 5.8}},
    {"step", {3100, 3420.3, 3616.8, 3667.9, 3902.4}},
    {"average_growth", {40000, 43000, 46000, 49500, 53000}},
    {"cumulative_change", {0.50, 0.49, 0.475, 0.46, 0.45}},
    {"points_change", {60.0, 61.0, 62.2, 63.0, 64.0}},
    {"multiple", {1000, 1080, 1170, 1260, 1350}},
    {"increment", {2, 2, 3, 3, 3}},
    {"range", {6.5, 6.2, 5.9, 5.6, 5.4}},
    {"band", {44.0, 44.8, 45.5, 46.2, 47.0}},
}};

template <class Q> std::vector<zz::observation<Q>> typed_series(int kind) {
  std::vector<zz::observation<Q>> s;
  for (std::size_t i = 0; i < years.size(); ++i) {
    const double v = data[static_cast<std::size_t>(kind)].values[i];
    if constexpr (std::is_same_v<Q, zz::share>) {
      s.push_back({zz::year{years[i]}, zz::share::percent(v)});
    } else {
      s.push_back({zz::year{years[i]}, Q(v)});
    }
  }
  return s;
}

std::vector<plain::obs> plain_series(int kind) {
  std::vector<plain::obs> s;
  for (std::size_t i = 0; i < years.size(); ++i) {
    s.push_back({years[i], data[static_cast<std::size_t>(kind)].values[i], 0});
  }
  return s;
}

// ---- the check: same outputs -------------------------------------------------------------------

int mismatches = 0;

bool same(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) {
    return std::isnan(a) && std::isnan(b);
  }
  return std::fabs(a - b) <= 1e-12 * std::fmax(1.0, std::fmax(std::fabs(a), std::fabs(b)));
}
template <class T> double num(const zz::optional_number<T>& o) {
  if constexpr (std::is_same_v<T, zz::annual_rate>) {
    return o ? o->fraction() : plain::nan;
  } else {
    return o ? static_cast<double>(*o) : plain::nan;
  }
}
template <class Q> double lvl(const zz::optional_number<Q>& o) {
  return o ? zz::level_number(*o) : plain::nan;
}
template <class Q> double over_lvl(const zz::optional_number<Q>& o) {
  if constexpr (std::is_same_v<Q, zz::points>) {
    return o ? o->pp() : plain::nan; // share levels: in points
  } else if constexpr (std::is_same_v<Q, double>) {
    return o ? *o : plain::nan;
  } else {
    return o ? zz::level_number(*o) : plain::nan;
  }
}

void expect(bool ok, const char* kind, const char* field) {
  if (!ok) {
    std::fprintf(stderr, "zzplan_bench_kinds: %s: typed and plain differ in %s\n", kind, field);
    ++mismatches;
  }
}

template <class A> void check(const char* kind, const A& a, const plain::result& p) {
  expect(a.assessed == p.assessed, kind, "assessed");
  expect((a.met ? (*a.met ? 1 : 0) : -1) == p.met, kind, "met");
  expect((a.stretch_met ? (*a.stretch_met ? 1 : 0) : -1) == p.stretch_met, kind, "stretch_met");
  expect((a.first_year_met ? static_cast<int>(*a.first_year_met) : 0) == p.first_year_met, kind,
         "first_year_met");
  expect(a.keep_within == p.keep_within, kind, "keep_within");
  expect(static_cast<int>(a.kind) == p.kind, kind, "kind");
  expect(static_cast<int>(a.baseline_year) == p.baseline_year, kind, "baseline_year");
  expect(static_cast<int>(a.target_year) == p.target_year, kind, "target_year");
  expect((a.latest_year ? static_cast<int>(*a.latest_year) : 0) == p.latest_year, kind,
         "latest_year");
  expect(same(num(a.achievement_share), p.achievement_share), kind, "achievement_share");
  expect(same(num(a.time_elapsed), p.time_elapsed), kind, "time_elapsed");
  expect(same(num(a.expected_share), p.expected_share), kind, "expected_share");
  expect(same(num(a.schedule_ratio), p.schedule_ratio), kind, "schedule_ratio");
  expect(same(num(a.actual_rate), p.actual_rate), kind, "actual_rate");
  expect(same(num(a.required_rate), p.required_rate), kind, "required_rate");
  expect(same(num(a.rate_ratio), p.rate_ratio), kind, "rate_ratio");
  expect(same(num(a.required_rate_remaining), p.required_rate_remaining), kind,
         "required_rate_remaining");
  expect(static_cast<int>(a.projection) == p.projection, kind, "projection");
  expect(same(num(a.projected_share), p.projected_share), kind, "projected_share");
  expect(same(num(a.projected_share_geometric), p.projected_share_geometric), kind,
         "projected_share_geometric");
  expect(same(num(a.years_to_target), p.years_to_target), kind, "years_to_target");
  expect(a.moving_away == p.moving_away, kind, "moving_away");
  expect(same(num(a.over_completion_relative), p.over_relative), kind, "over_relative");
  expect(same(num(a.over_completion_number), p.over_number), kind, "over_number");
  expect(static_cast<int>(a.label) == p.lab, kind, "label");
  expect(static_cast<int>(a.un2022) == p.un2022, kind, "un2022");
  expect(static_cast<int>(a.un2023) == p.un2023, kind, "un2023");
  expect(static_cast<int>(a.eurostat) == p.eurostat, kind, "eurostat");
  expect(static_cast<int>(a.notes.size()) == p.n_notes, kind, "number of notes");
  for (std::size_t i = 0; i < a.notes.size() && static_cast<int>(i) < p.n_notes; ++i) {
    const auto& n = a.notes[i];
    const auto& m = p.notes[i];
    expect(static_cast<int>(n.code) == m.code && n.year == m.year && same(n.value, m.value), kind,
           "a note");
  }
  expect(same(lvl(a.baseline_value), p.baseline_value), kind, "baseline_value");
  expect(same(lvl(a.latest_value), p.latest_value), kind, "latest_value");
  expect(same(lvl(a.target_value), p.target_value), kind, "target_value");
  expect(same(lvl(a.projected_value), p.projected_value), kind, "projected_value");
  // points: in pp for a share's level, a fraction for a rate or change
  expect(same(over_lvl(a.over_completion_absolute), p.over_absolute) ||
             same(over_lvl(a.over_completion_absolute) / 100.0, p.over_absolute),
         kind, "over_completion_absolute");
}

// ---- paired rounds ----------------------------------------------------------------------------

constexpr int block = 256; // evaluations a side times in one round

double median_of(std::vector<double> v) {
  if (v.empty()) {
    return 0.0; // no round (never in a run that times anything)
  }
  const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
  std::nth_element(v.begin(), mid, v.end());
  return *mid;
}

template <class F> double time_block(F&& eval) {
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < block; ++i) {
    eval();
  }
  const auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::nano>(t1 - t0).count() / block;
}

/// One benchmark iteration is one round: a block of each side, in turn. Counters: the medians of
/// the rounds' ns per evaluation of each side and of their ratios; and the ratio's median in the
/// rounds of the fastest and the slowest third by the baseline's time (the machine's two states).
template <class T, class P> void paired_rounds(benchmark::State& st, T&& typed, P&& plain_side) {
  std::vector<double> ts, ps, rs;
  bool typed_first = true;
  for (auto _ : st) {
    double t = 0.0;
    double p = 0.0;
    if (typed_first) {
      t = time_block(typed);
      p = time_block(plain_side);
    } else {
      p = time_block(plain_side);
      t = time_block(typed);
    }
    typed_first = !typed_first;
    ts.push_back(t);
    ps.push_back(p);
    rs.push_back(t / p);
  }
  std::vector<std::size_t> order(ps.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
  }
  std::sort(order.begin(), order.end(),
            [&ps](std::size_t a, std::size_t b) { return ps[a] < ps[b]; });
  // fewer than three rounds (a smoke run): each "third" is every round, so no counter is NaN
  const std::size_t third = order.size() >= 3 ? order.size() / 3 : order.size();
  std::vector<double> fast, slow;
  for (std::size_t i = 0; i < third; ++i) {
    fast.push_back(rs[order[i]]);
    slow.push_back(rs[order[order.size() - 1 - i]]);
  }
  st.counters["typed_ns"] = median_of(ts);
  st.counters["plain_ns"] = median_of(ps);
  st.counters["ratio"] = median_of(rs);
  st.counters["ratio_fast_third"] = median_of(fast);
  st.counters["ratio_slow_third"] = median_of(slow);
  st.counters["plain_ns_fast_third"] = third > 0 ? ps[order[third / 2]] : 0.0;
  st.counters["plain_ns_slow_third"] = third > 0 ? ps[order[order.size() - 1 - third / 2]] : 0.0;
}

// ---- registration ------------------------------------------------------------------------------

template <plain::kind K, class G> void add_kind(const G& g, const plain::goal& pgoal) {
  using Q = typename G::quantity_type;
  const char* name = data[K].name;
  auto ts = typed_series<Q>(K);
  auto ps = plain_series(K);
  check(name, zz::evaluate(g, ts, as_of),
        plain::evaluate<K>(pgoal, ps.data(), ps.size(), as_of_int));
  benchmark::RegisterBenchmark((std::string("typed/") + name).c_str(),
                               [&g, ts](benchmark::State& st) {
                                 for (auto _ : st) {
                                   auto a = zz::evaluate(g, ts, as_of);
                                   benchmark::DoNotOptimize(a);
                                 }
                               });
  benchmark::RegisterBenchmark(
      (std::string("plain/") + name).c_str(), [&pgoal, ps](benchmark::State& st) {
        for (auto _ : st) {
          auto r = plain::evaluate<K>(pgoal, ps.data(), ps.size(), as_of_int);
          benchmark::DoNotOptimize(r);
        }
      });
  benchmark::RegisterBenchmark(
      (std::string("paired/") + name).c_str(), [&g, ts, &pgoal, ps](benchmark::State& st) {
        paired_rounds(
            st,
            [&] {
              auto a = zz::evaluate(g, ts, as_of);
              benchmark::DoNotOptimize(a);
            },
            [&] {
              auto r = plain::evaluate<K>(pgoal, ps.data(), ps.size(), as_of_int);
              benchmark::DoNotOptimize(r);
            });
      });
}

} // namespace

int main(int argc, char** argv) {
  add_kind<plain::level>(g_level, p_level);
  add_kind<plain::ceiling>(g_ceiling, p_ceiling);
  add_kind<plain::step>(g_step, p_step);
  add_kind<plain::average_growth>(g_growth, p_growth);
  add_kind<plain::cumulative_change>(g_change, p_change);
  add_kind<plain::points_change>(g_points, p_points);
  add_kind<plain::multiple>(g_multiple, p_multiple);
  add_kind<plain::increment>(g_increment, p_increment);
  add_kind<plain::range>(g_range, p_range);
  add_kind<plain::band>(g_band, p_band);
  if (mismatches != 0) {
    std::fprintf(stderr, "zzplan_bench_kinds: %d differences between typed and plain\n",
                 mismatches);
    return 1;
  }
  std::fprintf(stderr, "zzplan_bench_kinds: typed and plain agree on every output of 10 kinds\n");
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
