#pragma once
// Qualitative goals (一流的轨道交通装备产业集群, 全国文明城市): done or not, with evidence. A milestone
// has no series; what is known of it is a record, and its verdict comes from the core's one
// decision (detail/evaluate_core.hpp's decide), as every goal's does.

#include <zzplan/assessment.hpp>
#include <zzplan/calendar.hpp>
#include <zzplan/detail/evaluate_core.hpp>
#include <zzplan/goal.hpp>
#include <zzplan/options.hpp>

#include <concepts>
#include <optional>
#include <string_view>

namespace zzplan {

/// A qualitative goal: done or not, with evidence.
struct milestone {
  std::string_view id;
  std::string_view name_zh;
  std::string_view name_en;
  period when;
  attribute attr;
  modality mode = modality::firm;
};

/// What is known of a milestone: done (and when), and the evidence.
struct milestone_record {
  std::optional<bool> done{}; ///< unknown until evidence is recorded
  std::optional<year> done_in{};
  std::string_view evidence{};
};

/// The assessment of a milestone at as_of: met when done; not achieved when the deadline has
/// passed without it; nothing to say (no schedule) before that; unknown without a record.
[[nodiscard]] constexpr assessment<double, double> evaluate(const milestone& m,
                                                            const milestone_record& r, year as_of,
                                                            const options& opt = {}) noexcept {
  assessment<double, double> a;
  a.id = m.id;
  a.name_zh = m.name_zh;
  a.name_en = m.name_en;
  a.kind = goal_kind::milestone;
  a.attr = m.attr;
  a.mode = m.mode;
  a.baseline_year = m.when.base;
  a.target_year = m.when.deadline;
  a.as_of = as_of;
  a.evidence = r.evidence;
  if (!r.done) {
    a.notes.add(note_code::no_evidence);
    return a;
  }
  const bool after = as_of >= m.when.deadline;
  a.assessed = *r.done || after;
  if (*r.done) {
    a.met = true;
    a.first_year_met = r.done_in;
    a.latest_year = r.done_in;
  } else if (after) {
    a.met = false;
    if (m.mode == modality::aspirational) {
      a.notes.add(note_code::aspirational_not_reached);
    }
  } else {
    a.notes.add(note_code::milestone_pending);
  }
  detail::decide(a, *r.done, after, false, opt.limits);
  return a;
}

/// The evaluation year written as a number stops here, with the fix (see evaluate.hpp).
// clang-format off
template <std::integral Y, bool Never = false>
[[nodiscard]] constexpr assessment<double, double> evaluate(const milestone& m, const milestone_record& r, Y as_of, const options& opt = {}) noexcept {
  static_assert(Never,
                "zzplan: the evaluation year is written as a number (2021) where a "
                "std::chrono::year is expected; write it with the suffix y: "
                "evaluate(milestone, record, 2021y)");
  return evaluate(m, r, year{static_cast<int>(as_of)}, opt);
}
// clang-format on

} // namespace zzplan
