// Panel throughput of the library: the synthetic panel (synthetic_panel.hpp) in memory, 20 goals
// of the ten kinds, every region evaluated through zzplan::evaluate_panel and rolled up.
//
//   panel/scale:S        S x 2,850 regions (S = 1, 10, 100), generated in memory; one iteration
//                        evaluates every goal for every region (S x 57,000 goal-assessments)
//   panel_direct/scale:1 the same without evaluate_panel's chunk_by (region offsets precomputed,
//                        evaluate on a transform of each region's rows): the grouping's share
//
// Rates are on the process's CPU time (one thread, one core), which a shared machine's load
// disturbs less than wall time; the JSON report has both.
// Counters: items_per_second = goal-assessments per second; ns_per_assessment;
// data_MB (the rows in memory); peak_rss_MB (getrusage, the process so far: run one scale alone,
// as bench/run_all.sh does, for that scale's peak).
//
// Before timing, the program checks that both give the same roll-up and checksum on the scale-1
// panel, every (region, goal) assessed once (and exits 1 if not).
// --smoke: 5 regions per 1x (CTest runs every benchmark once this way).

#include "synthetic_panel.hpp"

#include <zzplan/plan.hpp>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <range/v3/view/subrange.hpp>
#include <range/v3/view/transform.hpp>

namespace {

std::size_t regions_per_scale = zzbench::regions_1x;

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

const zzbench::panel& panel_at(std::size_t scale) {
  static std::unique_ptr<zzbench::panel> cached;
  static std::size_t cached_scale = 0;
  if (!cached || cached_scale != scale) {
    cached.reset(); // free the previous scale first
    cached = std::make_unique<zzbench::panel>(zzbench::make_panel(regions_per_scale * scale));
    cached_scale = scale;
  }
  return *cached;
}

void report(benchmark::State& st, const zzbench::panel& p) {
  const auto per_iteration = static_cast<double>(p.regions.size() * zzbench::n_goals);
  st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations()) *
                       static_cast<std::int64_t>(per_iteration));
  st.counters["assessments"] = per_iteration;
  st.counters["observations"] = static_cast<double>(p.observations());
  st.counters["ns_per_assessment"] =
      benchmark::Counter(per_iteration * 1e-9, benchmark::Counter::kIsIterationInvariantRate |
                                                   benchmark::Counter::kInvert);
  st.counters["data_MB"] = static_cast<double>(p.bytes()) / 1e6;
  st.counters["peak_rss_MB"] = peak_rss_mb();
}

/// What one pass over the panel computes: the roll-up of every assessment and a checksum.
struct totals {
  zzplan::rollup roll;
  double checksum = 0.0;
};

/// Every region and goal through zzplan::evaluate_panel.
totals by_evaluate_panel(const zzbench::panel& p) {
  totals t;
  zzbench::for_each_goal([&](auto index) {
    constexpr std::size_t i = decltype(index)::value;
    const auto& g = std::get<i>(zzbench::goals).goal;
    for (const auto& ra : zzplan::evaluate_panel(g, std::get<i>(p.rows), zzbench::as_of)) {
      zzplan::tally(t.roll, ra.result);
      t.checksum += ra.result.achievement_share.value_or(0.0);
    }
  });
  return t;
}

using region_starts = std::array<std::vector<std::size_t>, zzbench::n_goals>;

/// Region boundaries per indicator (for the direct loop; computed outside the timing).
region_starts starts_of(const zzbench::panel& p) {
  region_starts starts;
  zzbench::for_each_goal([&](auto index) {
    constexpr std::size_t i = decltype(index)::value;
    const auto& rows = std::get<i>(p.rows);
    for (std::size_t k = 0; k < rows.size(); ++k) {
      if (k == 0 || rows[k].region.data() != rows[k - 1].region.data()) {
        starts[i].push_back(k);
      }
    }
    starts[i].push_back(rows.size());
  });
  return starts;
}

/// The same without evaluate_panel: evaluate on a transform of each region's rows.
totals by_direct_loop(const zzbench::panel& p, const region_starts& starts) {
  totals t;
  zzbench::for_each_goal([&](auto index) {
    constexpr std::size_t i = decltype(index)::value;
    const auto& g = std::get<i>(zzbench::goals).goal;
    const auto& rows = std::get<i>(p.rows);
    const std::vector<std::size_t>& s = starts[i];
    for (std::size_t k = 0; k + 1 < s.size(); ++k) {
      const auto* first = rows.data() + s[k];
      const auto region = ranges::make_subrange(first, first + (s[k + 1] - s[k]));
      const auto a = zzplan::evaluate(
          g, region | ranges::views::transform([](const auto& r) -> const auto& { return r.obs; }),
          zzbench::as_of);
      zzplan::tally(t.roll, a);
      t.checksum += a.achievement_share.value_or(0.0);
    }
  });
  return t;
}

bool same_counts(const zzplan::rollup_counts& a, const zzplan::rollup_counts& b) {
  return a.goals == b.goals && a.assessed == b.assessed && a.met == b.met &&
         a.exceeded == b.exceeded && a.alerts == b.alerts && a.by_status == b.by_status &&
         a.by_label == b.by_label;
}

/// Before any timing: both ways give the same roll-up and checksum, and every (region, goal) was
/// assessed once, so a benchmark never times a wrong result. Returns false (and says why) if not.
bool results_agree(const zzbench::panel& p) {
  const totals lib = by_evaluate_panel(p);
  const totals direct = by_direct_loop(p, starts_of(p));
  const std::size_t expected = p.regions.size() * zzbench::n_goals;
  const bool same = same_counts(lib.roll.all, direct.roll.all) &&
                    same_counts(lib.roll.binding, direct.roll.binding) &&
                    same_counts(lib.roll.expected, direct.roll.expected) &&
                    std::fabs(lib.checksum - direct.checksum) <=
                        1e-9 * std::fmax(1.0, std::fabs(direct.checksum));
  if (!same || lib.roll.all.goals != expected || lib.roll.all.assessed == 0) {
    std::fprintf(stderr,
                 "zzplan_bench_panel: evaluate_panel and the direct loop disagree, or not every "
                 "(region, goal) was assessed: %zu and %zu assessments (expected %zu), %zu "
                 "assessed, checksums %.17g and %.17g\n",
                 lib.roll.all.goals, direct.roll.all.goals, expected, lib.roll.all.assessed,
                 lib.checksum, direct.checksum);
    return false;
  }
  std::fprintf(stderr,
               "zzplan_bench_panel: evaluate_panel and the direct loop agree on %zu assessments "
               "(%zu regions)\n",
               expected, p.regions.size());
  return true;
}

void panel_library(benchmark::State& st) {
  const zzbench::panel& p = panel_at(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) {
    totals t = by_evaluate_panel(p);
    benchmark::DoNotOptimize(t);
  }
  report(st, p);
}

void panel_direct(benchmark::State& st) {
  const zzbench::panel& p = panel_at(static_cast<std::size_t>(st.range(0)));
  const region_starts starts = starts_of(p);
  for (auto _ : st) {
    totals t = by_direct_loop(p, starts);
    benchmark::DoNotOptimize(t);
  }
  report(st, p);
}

} // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--smoke") == 0) {
      regions_per_scale = 5;
      for (int j = i; j + 1 < argc; ++j) {
        argv[j] = argv[j + 1];
      }
      --argc;
      break;
    }
  }
  if (!results_agree(panel_at(1))) {
    return 1;
  }
  benchmark::RegisterBenchmark("panel", panel_library)
      ->ArgName("scale")
      ->Arg(1)
      ->Arg(10)
      ->Arg(100)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("panel_direct", panel_direct)
      ->ArgName("scale")
      ->Arg(1)
      ->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
