#pragma once
// How an evaluation is made: the projection method and the class boundaries of the presets. The
// core reads this object itself (no copy a call), so it lives apart from the evaluate() overloads.

#include <zzplan/assessment.hpp>
#include <zzplan/status.hpp>

#include <optional>

namespace zzplan {

/// How to evaluate: the projection (by default on the goal's path shape) and the class boundaries.
struct options {
  std::optional<projection_method> projection{};
  thresholds limits{};
  /// Compare values across a break in the series (flag::series_break) as if comparable: only when
  /// the plan says so; by default progress is measured on the base's side of the break.
  bool across_breaks = false;
};

} // namespace zzplan
