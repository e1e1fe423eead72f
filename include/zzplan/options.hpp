#pragma once
// How an evaluation is made: the projection method and the class boundaries of the presets. The
// core reads this object itself (no copy a call), so it lives apart from the evaluate() overloads;
// an evaluate() given no options reads the defaults as constants (detail::default_options).

#include <zzplan/assessment.hpp>
#include <zzplan/status.hpp>

#include <optional>
#include <type_traits>

namespace zzplan {

/// How to evaluate: the projection (by default on the goal's path shape) and the class boundaries.
struct options {
  std::optional<projection_method> projection{};
  thresholds limits{};
  /// Compare values across a break in the series (flag::series_break) as if comparable: only when
  /// the plan says so; by default progress is measured on the base's side of the break.
  bool across_breaks = false;
};

namespace detail {

/// The default options as constants, for an evaluate() given none: the core is then compiled with
/// the class boundaries and the projection rule folded in, as a function written by hand for the
/// published defaults would have them (a run-time options object costs a load, an absolute value
/// and a multiply for each boundary, and a test of the projection).
struct default_options {
  static constexpr std::optional<projection_method> projection = options{}.projection;
  static constexpr thresholds limits = options{}.limits;
  static constexpr bool across_breaks = options{}.across_breaks;
};

/// What the core reads its options from: an options object, or the defaults as constants.
template <class O>
concept core_options = std::is_same_v<O, options> || std::is_same_v<O, default_options>;

} // namespace detail

} // namespace zzplan
