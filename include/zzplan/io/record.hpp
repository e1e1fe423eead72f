#pragma once
// A type-erased row: one assessment as plain values (strings, optional numbers), the one input of
// every renderer in zzplan/io (text, Markdown, CSV, JSON), so nothing is rendered twice.
// Levels are numbers in the unit the plan states them in (13.9 for 13.9%, 3420.3 for 3420.3亿元;
// an index with the base = 1 for a series of changes); rates, shares and ratios stay fractions
// (0.1076, not 10.76). Every number is finite or std::nullopt.

#include <zzplan/assessment.hpp>
#include <zzplan/format.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/io/detail/unit_text.hpp>
#include <zzplan/notes.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/status.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace zzplan::io {

struct assessment_record {
  // ---- the columns of the JSON and CSV output, in their order ----
  std::string id;
  std::string region;                                        ///< empty: none (null)
  std::string indicator;                                     ///< in the chosen language
  goal_kind kind = goal_kind::level;                         ///< written in snake_case: level, …
  zzplan::attribute attribute = zzplan::attribute::expected; ///< written "binding" or "expected"
  std::string unit; ///< of the levels: "%", "亿元", "index (base = 1)"; empty: none
  std::optional<int> baseline_year{};
  std::optional<double> baseline_value{};
  std::optional<int> target_year{};
  std::optional<double> target_value{};
  std::optional<int> latest_year{};
  std::optional<double> latest_value{};
  std::optional<bool> met{};
  zzplan::status status = zzplan::status::insufficient_data; ///< the chosen method's class
  schedule_label label =
      schedule_label::none; ///< cn_midterm's, written in Chinese whatever the method
  std::optional<double> achievement_share{};
  std::optional<double> time_elapsed{};
  std::optional<double> expected_share{};
  std::optional<double> schedule_ratio{};
  std::optional<double> actual_rate{};
  std::optional<double> required_rate{};
  std::optional<double> rate_ratio{};
  std::optional<double> required_rate_remaining{};
  /// Cumulative totals (累计X): what is left of the total per remaining year, in the data's unit.
  std::optional<double> required_per_year{};
  std::optional<double> projected_value{};
  std::optional<zzplan::projection_method> projection_method{}; ///< none when nothing was projected
  std::optional<double> projected_share{};
  std::optional<double> years_to_target{};
  /// In the data's unit for level and count targets (points for shares), a fraction for change
  /// and rate targets (-0.0787 is 7.87 points short), a number for multiples.
  std::optional<double> over_completion_absolute{};
  std::optional<double> over_completion_relative{};
  std::vector<std::string> notes; ///< in the chosen language

  // ---- for the human renderers (not JSON/CSV columns) ----
  std::string wording;                                ///< the plan's own words
  zzplan::modality modality = zzplan::modality::firm; ///< 确保 or 力争
  std::string over_completion_text; ///< over_completion_absolute with its unit, signed
  zzplan::method method_used = zzplan::method::cn_midterm;
  bool assessed = false;
  bool alert = false; ///< a firm binding goal lagging or failed
};

/// The fields of the JSON and CSV output, in their order, then two for the text tables only.
// clang-format off
enum class column : unsigned char {
  id, region, indicator, kind, attribute, unit, baseline_year, baseline_value, target_year,
  target_value, latest_year, latest_value, met, status, label, achievement_share, time_elapsed,
  expected_share, schedule_ratio, actual_rate, required_rate, rate_ratio, required_rate_remaining,
  required_per_year, projected_value, projection_method, projected_share, years_to_target, over_completion_absolute,
  over_completion_relative, notes,
  wording, modality // text tables only
};
// clang-format on

/// The 31 columns of the JSON and CSV output (id ... notes), in their order.
inline constexpr std::array<column, 31> data_columns = [] {
  std::array<column, 31> a{};
  for (std::size_t i = 0; i < a.size(); ++i) {
    a[i] = static_cast<column>(i);
  }
  return a;
}();

namespace detail {
// At namespace scope: a constexpr array local to a function that is not constant-evaluated is
// built on the stack at each call (528 bytes a call, 31 calls a JSON record).
// clang-format off
inline constexpr std::array<std::string_view, 33> column_keys = {
    "id", "region", "indicator", "kind", "attribute", "unit", "baseline_year", "baseline_value",
    "target_year", "target_value", "latest_year", "latest_value", "met", "status", "label",
    "achievement_share", "time_elapsed", "expected_share", "schedule_ratio", "actual_rate",
    "required_rate", "rate_ratio", "required_rate_remaining", "required_per_year",
    "projected_value",
    "projection_method", "projected_share", "years_to_target", "over_completion_absolute",
    "over_completion_relative", "notes", "wording", "modality"};
// clang-format on
} // namespace detail

/// The JSON key (and CSV heading) of a column.
[[nodiscard]] constexpr std::string_view key(column c) noexcept {
  return detail::column_keys[static_cast<std::size_t>(c)];
}

namespace detail {
// The member of each column, in the order of `column`: the one place that pairs them.
inline constexpr auto column_members = std::make_tuple(
    &assessment_record::id, &assessment_record::region, &assessment_record::indicator,
    &assessment_record::kind, &assessment_record::attribute, &assessment_record::unit,
    &assessment_record::baseline_year, &assessment_record::baseline_value,
    &assessment_record::target_year, &assessment_record::target_value,
    &assessment_record::latest_year, &assessment_record::latest_value, &assessment_record::met,
    &assessment_record::status, &assessment_record::label, &assessment_record::achievement_share,
    &assessment_record::time_elapsed, &assessment_record::expected_share,
    &assessment_record::schedule_ratio, &assessment_record::actual_rate,
    &assessment_record::required_rate, &assessment_record::rate_ratio,
    &assessment_record::required_rate_remaining, &assessment_record::required_per_year,
    &assessment_record::projected_value, &assessment_record::projection_method,
    &assessment_record::projected_share, &assessment_record::years_to_target,
    &assessment_record::over_completion_absolute, &assessment_record::over_completion_relative,
    &assessment_record::notes, &assessment_record::wording, &assessment_record::modality);
static_assert(std::tuple_size_v<decltype(column_members)> == column_keys.size(),
              "one member for each column");
} // namespace detail

/// The member of column C, known at compile time (what the JSON and CSV rows are written from:
/// straight-line code, no dispatch on the column).
template <column C> [[nodiscard]] constexpr const auto& field(const assessment_record& r) noexcept {
  return r.*std::get<static_cast<std::size_t>(C)>(detail::column_members);
}

/// Calls f with the column's member: const std::string&, std::optional<int>, std::optional<double>,
/// std::optional<bool>, std::vector<std::string>, or an enum (goal_kind, attribute, status,
/// schedule_label, modality, std::optional<projection_method>) that text_of writes.
template <class F> decltype(auto) visit_field(const assessment_record& r, column c, F&& f) {
  using enum column;
  switch (c) {
  case id: return f(field<id>(r));
  case region: return f(field<region>(r));
  case indicator: return f(field<indicator>(r));
  case kind: return f(field<kind>(r));
  case attribute: return f(field<attribute>(r));
  case unit: return f(field<unit>(r));
  case baseline_year: return f(field<baseline_year>(r));
  case baseline_value: return f(field<baseline_value>(r));
  case target_year: return f(field<target_year>(r));
  case target_value: return f(field<target_value>(r));
  case latest_year: return f(field<latest_year>(r));
  case latest_value: return f(field<latest_value>(r));
  case met: return f(field<met>(r));
  case status: return f(field<status>(r));
  case label: return f(field<label>(r));
  case achievement_share: return f(field<achievement_share>(r));
  case time_elapsed: return f(field<time_elapsed>(r));
  case expected_share: return f(field<expected_share>(r));
  case schedule_ratio: return f(field<schedule_ratio>(r));
  case actual_rate: return f(field<actual_rate>(r));
  case required_rate: return f(field<required_rate>(r));
  case rate_ratio: return f(field<rate_ratio>(r));
  case required_rate_remaining: return f(field<required_rate_remaining>(r));
  case required_per_year: return f(field<required_per_year>(r));
  case projected_value: return f(field<projected_value>(r));
  case projection_method: return f(field<projection_method>(r));
  case projected_share: return f(field<projected_share>(r));
  case years_to_target: return f(field<years_to_target>(r));
  case over_completion_absolute: return f(field<over_completion_absolute>(r));
  case over_completion_relative: return f(field<over_completion_relative>(r));
  case notes: return f(field<notes>(r));
  case wording: return f(field<wording>(r));
  case modality: return f(field<modality>(r));
  }
  return f(r.id);
}

/// Calls f(std::integral_constant<column, C>{}) for each of the 31 data columns in order, each
/// with its column as a constant (for writers that must not dispatch on the column per field).
template <class F> constexpr void for_each_data_column(F&& f) {
  [&f]<std::size_t... I>(std::index_sequence<I...>) {
    (f(std::integral_constant<column, data_columns[I]>{}), ...);
  }
  (std::make_index_sequence<data_columns.size()>{});
}

// ---- how the enums of a record are written in JSON and CSV
// -------------------------------------------

[[nodiscard]] constexpr std::string_view text_of(goal_kind k) noexcept {
  return to_string(k);
}
[[nodiscard]] constexpr std::string_view text_of(attribute a) noexcept {
  return a == attribute::binding ? "binding" : "expected";
}
[[nodiscard]] constexpr std::string_view text_of(status s) noexcept {
  return to_string(s);
}
/// The label of China's mid-term reviews is written in Chinese, whatever the language.
[[nodiscard]] constexpr std::string_view text_of(schedule_label l) noexcept {
  return label_zh(l);
}
[[nodiscard]] constexpr std::string_view text_of(modality m) noexcept {
  return m == modality::aspirational ? "aspirational" : "firm";
}
[[nodiscard]] constexpr std::string_view text_of(projection_method p) noexcept {
  return to_string(p);
}

// ---- statuses of a method
// ------------------------------------------------------------------------

/// The classes a method's preset can give, in enum order (insufficient_data last).
[[nodiscard]] inline std::vector<status> statuses_of(method m) {
  using s = status;
  switch (m) {
  case method::cn_midterm:
    return {s::achieved_early, s::faster_than_expected, s::as_expected,      s::lagging,
            s::achieved,       s::not_achieved,         s::insufficient_data};
  case method::un2022:
    return {s::target_met,       s::on_track,      s::fair_progress,
            s::limited_progress, s::deterioration, s::insufficient_data};
  case method::un2023:
    return {s::target_met, s::on_track, s::acceleration_needed, s::stagnation_or_regression,
            s::insufficient_data};
  case method::eurostat:
    return {s::target_met,       s::substantial_progress, s::moderate_progress,
            s::limited_progress, s::deterioration,        s::insufficient_data};
  }
  return {s::insufficient_data};
}

/// The statuses a summary lists: the method's, plus any other with a count, in enum order.
[[nodiscard]] inline std::vector<status> summary_statuses(const rollup& r) {
  const std::vector<status> own = statuses_of(r.under);
  std::vector<status> out;
  for (std::size_t i = 0; i < status_count; ++i) {
    const auto s = static_cast<status>(i);
    bool listed = r.all.by_status[i] > 0;
    for (const status o : own) {
      listed = listed || o == s;
    }
    if (listed) {
      out.push_back(s);
    }
  }
  return out;
}

// ---- from a typed assessment
// ---------------------------------------------------------------------

namespace detail {

[[nodiscard]] inline std::optional<double> finite(std::optional<double> v) noexcept {
  return v && std::isfinite(*v) ? v : std::nullopt;
}
[[nodiscard]] inline std::optional<double> rate(const optional_number<annual_rate>& r) noexcept {
  return r ? finite(r->fraction()) : std::nullopt;
}
template <class L> [[nodiscard]] std::optional<double> level(const optional_number<L>& v) {
  return v ? finite(level_number(*v)) : std::nullopt;
}
[[nodiscard]] inline std::optional<int> year_of(year y) noexcept {
  return y == year{0} ? std::nullopt : std::optional<int>(static_cast<int>(y));
}

} // namespace detail

/// Which fields to_record fills: all of them, or the 31 data columns only (all that a CSV row or a
/// JSON line reads), leaving the text tables' `wording` and `over_completion_text` empty.
enum class record_fields : unsigned char { all, data_only };

namespace detail {
/// to_record with the notes given apart (the assessment's own, or a copy shown in another unit).
template <class L, class O>
void fill_record(const assessment<L, O>& a, std::span<const note> notes, method m, lang l,
                 std::string_view region, assessment_record& r, record_fields fields) {
  r.id.assign(a.id);
  r.region.assign(region);
  r.indicator.assign(l == lang::zh || a.name_en.empty() ? a.name_zh : a.name_en);
  r.kind = a.kind;
  r.attribute = a.attr;
  r.unit.clear();
  if (a.kind != goal_kind::milestone && a.kind != goal_kind::relative) {
    // relative goals: levels of either kind, unit unknown
    r.unit.assign(detail::unit_text_of<L>(l));
  }
  r.baseline_year = detail::year_of(a.baseline_year);
  r.baseline_value = detail::level(a.baseline_value);
  r.target_year = detail::year_of(a.target_year);
  r.target_value = detail::level(a.target_value);
  r.latest_year = a.latest_year ? detail::year_of(*a.latest_year) : std::nullopt;
  r.latest_value = detail::level(a.latest_value);
  r.met = a.met;
  r.status = a.status_under(m);
  r.label = a.label;
  r.achievement_share = finite(a.achievement_share);
  r.time_elapsed = finite(a.time_elapsed);
  r.expected_share = finite(a.expected_share);
  r.schedule_ratio = finite(a.schedule_ratio);
  r.actual_rate = detail::rate(a.actual_rate);
  r.required_rate = detail::rate(a.required_rate);
  r.rate_ratio = finite(a.rate_ratio);
  r.required_rate_remaining = detail::rate(a.required_rate_remaining);
  r.required_per_year = detail::level(a.required_per_year);
  r.projected_value = detail::level(a.projected_value);
  r.projected_share = finite(a.projected_share);
  r.projection_method.reset();
  if (r.projected_value || r.projected_share) {
    r.projection_method = a.projection;
  }
  r.years_to_target = finite(a.years_to_target);
  r.over_completion_absolute = finite(a.over_completion_number);
  r.over_completion_relative = finite(a.over_completion_relative);
  r.over_completion_text.clear();
  const bool all = fields == record_fields::all;
  if (all && r.over_completion_absolute && a.over_completion_absolute) {
    append_over_text(r.over_completion_text, *a.over_completion_absolute, l);
  }
  r.notes.resize(notes.size());
  for (std::size_t i = 0; i < notes.size(); ++i) {
    r.notes[i].clear();
    append_description(r.notes[i], notes[i], l);
  }
  r.wording.assign(all ? std::string_view(a.wording) : std::string_view());
  r.modality = a.mode;
  r.method_used = m;
  r.assessed = a.assessed;
  r.alert = a.alert();
}
} // namespace detail

/// The record of an assessment under a method, with names and notes in a language, written over
/// r (whose strings keep their storage: a panel's millions of records reuse one).
template <class L, class O>
void to_record(const assessment<L, O>& a, method m, lang l, std::string_view region,
               assessment_record& r, record_fields fields = record_fields::all) {
  detail::fill_record(a, std::span<const note>(a.notes.begin(), a.notes.end()), m, l, region, r,
                      fields);
}

/// The record of an assessment under a method, with names and notes in a language.
template <class L, class O>
[[nodiscard]] assessment_record to_record(const assessment<L, O>& a, method m, lang l = lang::zh,
                                          std::string_view region = {}) {
  assessment_record r;
  to_record(a, m, l, region, r);
  return r;
}

/// The records of a tuple of assessments (what evaluate_plan returns), in order.
template <class... A>
[[nodiscard]] std::vector<assessment_record> to_records(const std::tuple<A...>& assessments,
                                                        method m, lang l = lang::zh,
                                                        std::string_view region = {}) {
  std::vector<assessment_record> out;
  out.reserve(sizeof...(A));
  std::apply([&](const auto&... a) { (out.push_back(to_record(a, m, l, region)), ...); },
             assessments);
  return out;
}

} // namespace zzplan::io
