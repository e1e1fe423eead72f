#pragma once
// A plan: many goals of different types, evaluated together and rolled up (docs/method.md §4):
// counts per status and per label, split binding / expected, the completion rate (goals met /
// goals assessed) and the over-completion rate (goals beyond their target / assessed). Never an
// average of percentages of different indicators.

#include <zzplan/assessment.hpp>
#include <zzplan/evaluate.hpp>
#include <zzplan/milestone.hpp>
#include <zzplan/relative.hpp>
#include <zzplan/status.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <ranges>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace zzplan {

/// A named plan holding goals of any types (a tuple, so each keeps its own types).
template <class... Goals> struct plan {
  std::string_view name;
  std::tuple<Goals...> goals;

  constexpr explicit plan(std::string_view n, Goals... g) : name(n), goals(std::move(g)...) {}
  [[nodiscard]] static constexpr std::size_t size() noexcept { return sizeof...(Goals); }
};

inline constexpr std::size_t status_count = static_cast<std::size_t>(status::insufficient_data) + 1;
inline constexpr std::size_t label_count =
    static_cast<std::size_t>(schedule_label::not_achieved) + 1;

/// Counts for one group of goals (all, binding or expected).
struct rollup_counts {
  std::size_t goals = 0;
  std::size_t assessed = 0;
  std::size_t met = 0;
  std::size_t exceeded = 0;
  std::size_t alerts = 0; ///< firm binding goals lagging or failed
  std::array<std::size_t, status_count> by_status{};
  std::array<std::size_t, label_count> by_label{};

  [[nodiscard]] constexpr std::optional<double> completion_rate() const noexcept {
    return assessed
               ? std::optional<double>(static_cast<double>(met) / static_cast<double>(assessed))
               : std::nullopt;
  }
  [[nodiscard]] constexpr std::optional<double> over_completion_rate() const noexcept {
    return assessed ? std::optional<double>(static_cast<double>(exceeded) /
                                            static_cast<double>(assessed))
                    : std::nullopt;
  }
  [[nodiscard]] constexpr std::size_t count(status s) const noexcept {
    return by_status[static_cast<std::size_t>(s)];
  }
  [[nodiscard]] constexpr std::size_t count(schedule_label l) const noexcept {
    return by_label[static_cast<std::size_t>(l)];
  }
};

/// The roll-up of a plan's assessments under one method.
struct rollup {
  method under = method::cn_midterm;
  rollup_counts all{};
  rollup_counts binding{};
  rollup_counts expected{};
};

namespace detail {
constexpr void count_into(rollup_counts& c, const assessment_core& a, method m) noexcept {
  ++c.goals;
  ++c.by_status[static_cast<std::size_t>(a.status_under(m))];
  ++c.by_label[static_cast<std::size_t>(a.label)];
  if (a.assessed && a.met.has_value()) {
    ++c.assessed;
    c.met += a.met.value() ? 1U : 0U;
    c.exceeded += a.exceeded() ? 1U : 0U;
  }
  c.alerts += a.alert() ? 1U : 0U;
}
} // namespace detail

/// Counts one assessment into a roll-up.
constexpr void tally(rollup& r, const assessment_core& a) noexcept {
  detail::count_into(r.all, a, r.under);
  detail::count_into(a.attr == attribute::binding ? r.binding : r.expected, a, r.under);
}

/// Adds another roll-up's counts (of the same method) to r: a panel rolled up in parts.
constexpr void merge(rollup& r, const rollup& other) noexcept {
  const auto add = [](rollup_counts& a, const rollup_counts& b) {
    a.goals += b.goals;
    a.assessed += b.assessed;
    a.met += b.met;
    a.exceeded += b.exceeded;
    a.alerts += b.alerts;
    for (std::size_t i = 0; i < status_count; ++i) {
      a.by_status[i] += b.by_status[i];
    }
    for (std::size_t i = 0; i < label_count; ++i) {
      a.by_label[i] += b.by_label[i];
    }
  };
  add(r.all, other.all);
  add(r.binding, other.binding);
  add(r.expected, other.expected);
}

/// Rolls up a range of assessments (anything derived from assessment_core, or pointers to it).
template <std::ranges::input_range R>
[[nodiscard]] constexpr rollup roll_up(R&& assessments, method m = method::cn_midterm) {
  rollup r;
  r.under = m;
  for (const auto& a : assessments) {
    if constexpr (std::is_pointer_v<std::remove_cvref_t<decltype(a)>>) {
      tally(r, *a);
    } else {
      tally(r, a);
    }
  }
  return r;
}

/// Rolls up the assessments of a tuple (the result of evaluating a plan's goals one by one).
template <class... A>
[[nodiscard]] constexpr rollup roll_up_tuple(const std::tuple<A...>& assessments,
                                             method m = method::cn_midterm) {
  rollup r;
  r.under = m;
  std::apply([&r](const auto&... a) { (tally(r, a), ...); }, assessments);
  return r;
}

/// Evaluates every goal of a plan at as_of. data_for(goal) returns, as a tuple, what evaluate
/// takes between the goal and the year: std::tie(series) for most goals, std::tie(own, reference)
/// for relative goals, std::make_tuple(record) for milestones. The result is a tuple of typed
/// assessments, in the plan's order.
template <class... Goals, class DataFor>
[[nodiscard]] constexpr auto evaluate_plan(const plan<Goals...>& p, year as_of, DataFor&& data_for,
                                           const options& opt = {}) {
  return std::apply(
      [&](const auto&... g) {
        return std::make_tuple(std::apply(
            [&](auto&&... args) { return evaluate(g, args..., as_of, opt); }, data_for(g))...);
      },
      p.goals);
}

} // namespace zzplan
