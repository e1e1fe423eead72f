#pragma once
// What a plan file holds once read and checked (plan_spec, goal_spec, milestone_spec). The units a
// goal's `unit` may name are the unit table's (unit_table.hpp).

#include <zzplan/goal.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/unit_table.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zzplan::io {

/// What the data of an indicator are: its levels, or its changes from year to year.
enum class series_form : unsigned char { level, yearly_change };

/// The years constant prices may be of (price_basis = "constant:2020").
inline constexpr std::array<int, 4> price_years = {2010, 2015, 2020, 2025};

/// One [[goal]] as the plan file states it, checked.
struct goal_spec {
  std::string id, indicator, name, name_en, target, unit_text, reference;
  unit_id unit = unit_id::percent; ///< the unit of the data (and of the goal's levels)
  attribute attr = attribute::expected;
  direction better = direction::higher_is_better;
  bool direction_stated = false;
  int base_year = 0;
  int deadline = 0;
  std::optional<double> baseline{}; ///< the base year's value as the plan states it
  int price_year = 0;               ///< constant prices of this year; 0: current prices (nominal)
  bool price_stated = false;        ///< false: the basis was not written (levels: current prices)
  series_form observed = series_form::level;
  series_form reference_observed = series_form::level;
  std::optional<double>
      tolerance{};            ///< band: a fraction of |X|; relative: percentage points a year
  bool across_breaks = false; ///< compare across a break in the series (the plan says so)
  parsed_phrase phrase{};     ///< its string views are cleared; see phrase_name
  std::string phrase_name, phrase_reference; ///< the phrase's name and reference, as written

  /// The parsed phrase with its views on this spec's strings (for explain()).
  [[nodiscard]] parsed_phrase phrase_view() const {
    parsed_phrase p = phrase;
    p.name = phrase_name;
    p.reference = phrase_reference;
    return p;
  }
  std::size_t line = 0, column = 0; ///< of the [[goal]] table
  std::vector<std::pair<std::string, file_position>> keys;

  [[nodiscard]] file_position at(std::string_view key) const {
    for (const auto& [k, p] : keys) {
      if (k == key && p.line) {
        return p;
      }
    }
    return {line, column};
  }
  /// Growth goals compare levels by ratios, so their money must be on one stated price basis.
  [[nodiscard]] bool is_growth() const noexcept {
    return phrase.kind == goal_kind::average_growth ||
           phrase.kind == goal_kind::cumulative_change || phrase.kind == goal_kind::multiple ||
           phrase.kind == goal_kind::relative ||
           ((phrase.kind == goal_kind::band || phrase.kind == goal_kind::range) &&
            phrase.measure != phrase_measure::level && phrase.unit != unit_id::points);
  }
  /// Targets that need levels (a series of changes only gives an index with the base = 1).
  [[nodiscard]] bool needs_levels() const noexcept { return !is_growth(); }
};

/// One [[milestone]]: done (true/false, or unknown when absent), the year, the evidence.
struct milestone_spec {
  std::string id, name, name_en, evidence;
  attribute attr = attribute::expected;
  int base_year = 0;
  int deadline = 0;
  std::optional<bool> done{};
  std::optional<int> done_in{};
  std::size_t line = 0;
};

/// A plan file, read and checked.
struct plan_spec {
  std::string file, name, name_en, region;
  int base_year = 0;
  int deadline = 0;
  std::vector<goal_spec> goals;
  std::vector<milestone_spec> milestones;
};

} // namespace zzplan::io
