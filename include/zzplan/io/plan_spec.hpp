#pragma once
// What a plan file holds once read (plan_spec, goal_spec, milestone_spec) and the units a data
// file may give (a goal's `unit`), with what each unit measures and whether it has a price basis.

#include <zzplan/goal.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/phrase.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zzplan::io {

enum class observation_kind : unsigned char { level, yearly_change };

/// The units a data file may give (a goal's `unit`), as a plan file writes them.
enum class data_unit : unsigned char {
  percent,
  yuan,
  wan_yuan,
  yi_yuan,
  wanyi_yuan,
  yuan_per_person,
  tce_per_wan_yuan,
  items,
  persons,
  wan_persons,
  tce,
  wan_tce,
};

struct data_unit_word {
  std::string_view symbol;
  data_unit unit;
};
inline constexpr std::array<data_unit_word, 13> data_unit_words = {{
    {"%", data_unit::percent},
    {"％", data_unit::percent},
    {"元", data_unit::yuan},
    {"万元", data_unit::wan_yuan},
    {"亿元", data_unit::yi_yuan},
    {"万亿元", data_unit::wanyi_yuan},
    {"元/人", data_unit::yuan_per_person},
    {"吨标准煤/万元", data_unit::tce_per_wan_yuan},
    {"个", data_unit::items},
    {"人", data_unit::persons},
    {"万人", data_unit::wan_persons},
    {"吨标准煤", data_unit::tce},
    {"万吨标准煤", data_unit::wan_tce},
}};
inline constexpr std::string_view data_unit_list =
    "%, 元, 万元, 亿元, 万亿元, 元/人, 吨标准煤/万元, 个, 人, 万人, 吨标准煤, 万吨标准煤";

/// The years constant prices may be of (price_basis = "constant:2020").
inline constexpr std::array<int, 4> price_years = {2010, 2015, 2020, 2025};

/// What a unit measures: units of one family convert into each other (亿元 and 万元).
enum class unit_family : unsigned char {
  share,
  points,
  money,
  money_per_person,
  energy_intensity,
  items,
  persons,
  energy,
  none
};

[[nodiscard]] constexpr unit_family family(data_unit u) noexcept {
  switch (u) {
  case data_unit::percent: return unit_family::share;
  case data_unit::yuan:
  case data_unit::wan_yuan:
  case data_unit::yi_yuan:
  case data_unit::wanyi_yuan: return unit_family::money;
  case data_unit::yuan_per_person: return unit_family::money_per_person;
  case data_unit::tce_per_wan_yuan: return unit_family::energy_intensity;
  case data_unit::items: return unit_family::items;
  case data_unit::persons:
  case data_unit::wan_persons: return unit_family::persons;
  case data_unit::tce:
  case data_unit::wan_tce: return unit_family::energy;
  }
  return unit_family::none;
}
[[nodiscard]] constexpr unit_family family(phrase_unit u) noexcept {
  switch (u) {
  case phrase_unit::none: return unit_family::none;
  case phrase_unit::percent: return unit_family::share;
  case phrase_unit::points: return unit_family::points;
  case phrase_unit::yuan:
  case phrase_unit::wan_yuan:
  case phrase_unit::yi_yuan:
  case phrase_unit::wanyi_yuan: return unit_family::money;
  case phrase_unit::tce_per_wan_yuan: return unit_family::energy_intensity;
  case phrase_unit::items: return unit_family::items;
  case phrase_unit::persons:
  case phrase_unit::wan_persons: return unit_family::persons;
  case phrase_unit::tce:
  case phrase_unit::wan_tce: return unit_family::energy;
  }
  return unit_family::none;
}
/// Money, money per person and energy per money carry a price basis.
[[nodiscard]] constexpr bool has_price_basis(data_unit u) noexcept {
  const unit_family f = family(u);
  return f == unit_family::money || f == unit_family::money_per_person ||
         f == unit_family::energy_intensity;
}

struct key_pos {
  std::size_t line = 0;
  std::size_t column = 0;
};

/// One [[goal]] as the plan file states it, checked.
struct goal_spec {
  std::string id, indicator, name, name_en, target, unit_text, reference;
  data_unit unit = data_unit::percent;
  attribute attr = attribute::expected;
  direction better = direction::higher_is_better;
  bool direction_stated = false;
  int base_year = 0;
  int deadline = 0;
  std::optional<double> baseline{}; ///< the base year's value as the plan states it
  int price_year = 0;               ///< constant prices of this year; 0: current prices (nominal)
  bool price_stated = false;        ///< false: the basis was not written (levels: current prices)
  observation_kind observed = observation_kind::level;
  observation_kind reference_observed = observation_kind::level;
  std::optional<double>
      tolerance{};        ///< band: a fraction of |X|; relative: percentage points a year
  parsed_phrase phrase{}; ///< its string views are cleared; see phrase_name
  std::string phrase_name, phrase_reference; ///< the phrase's name and reference, as written

  /// The parsed phrase with its views on this spec's strings (for explain()).
  [[nodiscard]] parsed_phrase phrase_view() const {
    parsed_phrase p = phrase;
    p.name = phrase_name;
    p.reference = phrase_reference;
    return p;
  }
  std::size_t line = 0, column = 0; ///< of the [[goal]] table
  std::vector<std::pair<std::string, key_pos>> keys;

  [[nodiscard]] key_pos at(std::string_view key) const {
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
           (phrase.kind == goal_kind::band && phrase.measure != phrase_measure::level);
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
