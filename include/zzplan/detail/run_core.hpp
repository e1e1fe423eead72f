#pragma once
// Where the evaluation core's code goes: inlined into a typed front for the default options, one
// shared copy per kind for run-time options.

#include <zzplan/assessment.hpp>
#include <zzplan/detail/core_goal.hpp>
#include <zzplan/detail/evaluate_core.hpp>
#include <zzplan/options.hpp>

#include <type_traits>

namespace zzplan::detail {

/// The core out of line: one copy per kind and options type, whatever the quantity type.
template <class G, core_options O>
[[gnu::noinline]] constexpr void evaluate_core_shared(const G& g, const point_buffer& buf,
                                                      int as_of, const O& opt, assessment_core& out,
                                                      core_levels& lv) noexcept {
  evaluate_core(g, buf, as_of, opt, out, lv);
}

/// Runs the core. For a kind known when compiling and the defaults as constants (evaluate() given
/// no options) its code goes where the goal's numbers are written, so that they and the levels
/// it finds stay in registers, as in a function written by hand for the kind (docs/performance.md
/// §1): a copy per kind and quantity type, made only for the goals a program evaluates so. With
/// run-time options (the command, reports, panels, Python) it is the one shared copy per kind.
template <class G, core_options O>
[[gnu::always_inline]] constexpr void run_core(const G& g, const point_buffer& buf, int as_of,
                                               const O& opt, assessment_core& out,
                                               core_levels& lv) noexcept {
  if constexpr (std::is_same_v<O, default_options> && !std::is_same_v<G, core_goal>) {
    evaluate_core(g, buf, as_of, opt, out, lv);
  } else {
    evaluate_core_shared(g, buf, as_of, opt, out, lv);
  }
}

} // namespace zzplan::detail
