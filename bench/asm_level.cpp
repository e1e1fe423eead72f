// One goal kind compiled twice for a side-by-side reading of the machine code: the typed
// zzplan::evaluate of a level goal (a share raised to 15%) and the hand-written plain-double
// baseline of the same formulas (plain_eval.hpp). bench/asm_side_by_side.py disassembles the two
// entry points and what they call, and prints them in two columns with their counts.
//
//   zzplan_bench_asm_level        evaluates both once and prints what they found (they agree)

#include "plain_eval.hpp"

#include <zzplan/evaluate.hpp>
#include <zzplan/units.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <span>

namespace zz = zzplan;
using namespace std::chrono_literals;
using namespace zzplan::literals;

using level_goal = zz::goal<zz::share, zz::level_target<zz::share>>;
using level_assessment = zz::assessment<zz::share, zz::points>;

// Out of line and with the result written through a reference, so that each side is one function
// to read and neither is folded into main().
[[gnu::noinline]] void typed_level(const level_goal& g,
                                   std::span<const zz::observation<zz::share>> series,
                                   zz::year as_of, level_assessment& out) {
  out = zz::evaluate(g, series, as_of);
}

[[gnu::noinline]] void plain_level(const plain::goal& g, const plain::obs* data, std::size_t n,
                                   int as_of, plain::result& out) {
  out = plain::evaluate<plain::level>(g, data, n, as_of);
}

int main() {
  constexpr zz::indicator<zz::share> trade{"对外贸易依存度", "trade dependence",
                                           zz::direction::higher_is_better};
  const level_goal g{trade, zz::raise_to(15_pct), zz::period{2020y, 2025y},
                     zz::attribute::expected};
  const std::array<zz::observation<zz::share>, 5> typed_series{{
      {2020y, 12.0_pct},
      {2021y, 12.6_pct},
      {2022y, 13.1_pct},
      {2023y, 13.5_pct},
      {2024y, 13.9_pct},
  }};
  const plain::goal pg{nullptr, "", "", "", 0,    false, 1,     plain::at_least,
                       15.0,    0,  0,  0,  2020, 2025,  false, 0.0};
  const std::array<plain::obs, 5> plain_series{{
      {2020, 12.0, 0},
      {2021, 12.6, 0},
      {2022, 13.1, 0},
      {2023, 13.5, 0},
      {2024, 13.9, 0},
  }};
  level_assessment a;
  typed_level(g, typed_series, 2024y, a);
  plain::result r;
  plain_level(pg, plain_series.data(), plain_series.size(), 2024, r);
  const double typed_share = a.achievement_share.value_or(-1.0);
  std::printf("typed: achievement %.6f, label %d; plain: achievement %.6f, label %d\n", typed_share,
              static_cast<int>(a.label), r.achievement_share, static_cast<int>(r.lab));
  return typed_share == r.achievement_share && static_cast<int>(a.label) == r.lab ? 0 : 1;
}
