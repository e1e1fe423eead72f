#pragma once
// The assessment of one goal at one evaluation year: every output of docs/method.md §4, typed (rates
// as annual_rate, levels in the indicator's unit, or an index with the base = 1 for a series of
// changes), each absent where it is undefined, with the reason among the notes. The numbers are
// optional_numbers (std::optional's interface, no flag stored beside the number).

#include <zzplan/calendar.hpp>
#include <zzplan/goal.hpp>
#include <zzplan/optional_number.hpp>
#include <zzplan/percent.hpp>
#include <zzplan/status.hpp>
#include <zzplan/target.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace zzplan {

enum class projection_method : unsigned char { linear, geometric };

[[nodiscard]] constexpr std::string_view to_string(projection_method m) noexcept {
  return m == projection_method::linear ? "linear" : "geometric";
}

/// Why something was done or could not be done (rendered in words by notes.hpp).
enum class note_code : unsigned char {
  baseline_from_data,    ///< year: the base value is the data's
  baseline_stated,       ///< year, value: the plan's stated base value is used
  baseline_stated_start, ///< year, value: no data in the base year; the stated start (从A…) is used
  no_baseline,           ///< year: no value for the base year
  no_observations,       ///< the series is empty
  no_observation_after_base, ///< year: nothing after the base year
  as_of_before_base,         ///< year: the evaluation year precedes the base year
  duplicate_year,            ///< year: two observations for one year
  unsorted_input,            ///< the observations were not in year order (sorted here)
  non_finite_ignored,        ///< year: a NaN or infinite value was ignored
  rate_undefined,            ///< value: base, target or latest <= 0, so rates are undefined
  lower_bound_met,           ///< year, value: a lower bound proves the threshold was crossed
  lower_bound_not_point,     ///< year, value: a lower bound is not used as a point value
  flag_provisional,          ///< year
  flag_derived,              ///< year
  flag_revised,              ///< year
  deadline_passed,           ///< year: evaluated at the deadline
  latest_before_deadline,    ///< year: deadline passed, latest observation is earlier
  keep_within,               ///< the base already satisfies the target: met or not each year
  chained_changes,           ///< value: number of changes chained into an index (base = 1)
  chain_broken,              ///< year: changes after a gap cannot be chained
  points_used,               ///< value: the number of observations used
  aspirational_not_reached,  ///< 力争: reported as not reached, not as a failure
  stretch_met,               ///< value: the stretch (upper figure) was reached too
  milestone_pending,         ///< a milestone not yet done: no schedule to compare
  relative_no_reference,     ///< the reference indicator has no usable data
  too_many_observations,     ///< value: more observations than the evaluation holds
  no_evidence,               ///< a milestone with nothing recorded: unknown, not "not done"
  series_break,              ///< year: a break in the series; progress not measured across it
  series_break_crossed,      ///< year: a break in the series, crossed as the plan says
  not_held,                  ///< year, value: 保持/稳定: the level did not hold that year
  cumulative_sum,            ///< year, value: the sum of the yearly values through the year
  cumulative_gap,            ///< year: a year missing from a cumulative total; the sum stops there
};

struct note {
  note_code code;
  int year;
  double value;
};

/// A fixed-capacity list of notes (constant-expression friendly: no allocation).
class note_list {
public:
  static constexpr std::size_t capacity = 16;
  /// Only [0, size()) is ever read: the items are not cleared at run time (256 bytes an
  /// assessment); a constant evaluation needs every byte set, so there they are.
  constexpr note_list() noexcept {
    if (std::is_constant_evaluated()) {
      for (note& n : items_) {
        n = note{note_code{}, 0, 0.0};
      }
    }
  }
  constexpr void add(note_code c, int y = 0, double v = 0.0) noexcept {
    if (count_ < capacity) {
      items_[count_++] = note{c, y, v};
    }
  }
  [[nodiscard]] constexpr bool contains(note_code c) const noexcept {
    for (std::size_t i = 0; i < count_; ++i) {
      if (items_[i].code == c) {
        return true;
      }
    }
    return false;
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }
  [[nodiscard]] constexpr const note* begin() const noexcept { return items_.data(); }
  [[nodiscard]] constexpr const note* end() const noexcept { return items_.data() + count_; }
  [[nodiscard]] constexpr const note& operator[](std::size_t i) const noexcept { return items_[i]; }

private:
  std::array<note, capacity> items_;
  std::size_t count_ = 0;
};

/// What every assessment has, whatever its goal's types: enough for roll-ups and reports.
struct assessment_core {
  constexpr assessment_core() noexcept = default;
  /// The assessment of g before it is made: g's description, nothing assessed yet. (In the
  /// initializers: assigned after a default construction, the names were stored twice.)
  template <class Q, class Target>
  constexpr explicit assessment_core(const goal<Q, Target>& g) noexcept
      : id{g.id}, name_zh{g.what.name_zh}, name_en{g.what.name_en}, wording{g.wording},
        kind{g.kind()}, attr{g.attr}, mode{g.mode}, better{g.what.better} {}

  std::string_view id{};
  std::string_view name_zh{};
  std::string_view name_en{};
  std::string_view wording{};
  std::string_view evidence{}; ///< milestones: what shows it done
  goal_kind kind = goal_kind::level;
  attribute attr = attribute::expected;
  modality mode = modality::firm;
  direction better = direction::higher_is_better;

  bool assessed = false; ///< false: insufficient data (the notes say why)
  std::optional<bool> met{};
  std::optional<bool> stretch_met{}; ///< increment goals: the upper figure reached
  std::optional<year> first_year_met{};
  bool keep_within = false; ///< the base already satisfied the target

  year baseline_year{};
  year target_year{};
  std::optional<year> latest_year{};
  year as_of{};

  optional_number<double> achievement_share{};
  optional_number<double> time_elapsed{};
  optional_number<double> expected_share{};
  optional_number<double> schedule_ratio{};
  optional_number<annual_rate> actual_rate{};
  optional_number<annual_rate> required_rate{};
  optional_number<double> rate_ratio{};
  optional_number<annual_rate> required_rate_remaining{};
  path_shape path = path_shape::linear; ///< the required path it judged the schedule by
  projection_method projection = projection_method::linear;
  optional_number<double> projected_share{};
  optional_number<double> projected_share_geometric{}; ///< what un2023 classifies
  optional_number<double> years_to_target{};
  bool moving_away = false; ///< the current pace points away from the target
  optional_number<double> over_completion_relative{};
  /// over_completion_absolute as a plain number: in the data's unit for level and count targets,
  /// a fraction for change and rate targets (-0.0787 is 7.87 points short).
  optional_number<double> over_completion_number{};

  schedule_label label = schedule_label::none;
  status un2022 = status::insufficient_data;
  status un2023 = status::insufficient_data;
  status eurostat = status::insufficient_data;
  note_list notes{};

  /// The status under a method's preset.
  [[nodiscard]] constexpr status status_under(method m) const noexcept {
    switch (m) {
    case method::cn_midterm: return to_status(label);
    case method::un2022: return un2022;
    case method::un2023: return un2023;
    case method::eurostat: return eurostat;
    }
    return status::insufficient_data;
  }
  /// Beyond the target (over-completion) at the latest observation.
  [[nodiscard]] constexpr bool exceeded() const noexcept {
    return met.value_or(false) && over_completion_number.value_or(0.0) > 0.0;
  }
  /// A firm binding goal that lags or failed: an alert (力争 goals never are).
  [[nodiscard]] constexpr bool alert() const noexcept {
    return attr == attribute::binding && mode == modality::firm &&
           (label == schedule_label::lagging || label == schedule_label::not_achieved);
  }
};

/// The typed assessment: Level is the indicator's quantity (or double, an index with the base = 1
/// for a series of changes); Over is the type of over-completion (points for shares and rates,
/// the indicator's quantity for levels and counts, a plain number for multiples).
template <class Level, class Over> struct assessment : assessment_core {
  using level_type = Level;
  using over_type = Over;
  using assessment_core::assessment_core;

  optional_number<Level> baseline_value{};
  optional_number<Level> latest_value{};
  optional_number<Level> target_value{}; ///< X': the target at the deadline as a level
  optional_number<Level> projected_value{};
  optional_number<Over> over_completion_absolute{};
  /// The target's bounds as levels: a range's ends, a band's edges; an increment's stretch.
  optional_number<Level> target_low{}, target_high{}, stretch_value{};
  /// Cumulative totals: what is left of the total, a remaining year (in the flow's unit).
  optional_number<Level> required_per_year{};
};

} // namespace zzplan
