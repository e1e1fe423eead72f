#pragma once
// Status classes of the evaluation methods (docs/method.md §4) and their configurable thresholds:
// China's mid-term review labels (提前实现, 快于预期, 基本符合预期, 滞后, 已实现, 未实现), the UN SDG
// Progress Chart 2022 and 2023, and Eurostat / Statistics Canada (Open SDG).

#include <zzplan/detail/precision.hpp>

#include <optional>
#include <string_view>

namespace zzplan {

/// The evaluation methods offered as presets.
enum class method : unsigned char { cn_midterm, un2022, un2023, eurostat };

[[nodiscard]] constexpr std::string_view to_string(method m) noexcept {
  switch (m) {
  case method::cn_midterm: return "cn_midterm";
  case method::un2022: return "un2022";
  case method::un2023: return "un2023";
  case method::eurostat: return "eurostat";
  }
  return "unknown";
}

/// Every class of every preset, in snake_case English.
enum class status : unsigned char {
  target_met,
  on_track,
  fair_progress,
  acceleration_needed,
  substantial_progress,
  moderate_progress,
  limited_progress,
  stagnation_or_regression,
  deterioration,
  achieved_early,
  faster_than_expected,
  as_expected,
  lagging,
  achieved,
  not_achieved,
  insufficient_data,
};

[[nodiscard]] constexpr std::string_view to_string(status s) noexcept {
  switch (s) {
  case status::target_met: return "target_met";
  case status::on_track: return "on_track";
  case status::fair_progress: return "fair_progress";
  case status::acceleration_needed: return "acceleration_needed";
  case status::substantial_progress: return "substantial_progress";
  case status::moderate_progress: return "moderate_progress";
  case status::limited_progress: return "limited_progress";
  case status::stagnation_or_regression: return "stagnation_or_regression";
  case status::deterioration: return "deterioration";
  case status::achieved_early: return "achieved_early";
  case status::faster_than_expected: return "faster_than_expected";
  case status::as_expected: return "as_expected";
  case status::lagging: return "lagging";
  case status::achieved: return "achieved";
  case status::not_achieved: return "not_achieved";
  case status::insufficient_data: return "insufficient_data";
  }
  return "unknown";
}

/// The schedule label of China's mid-term reviews.
enum class schedule_label : unsigned char {
  none, ///< not assessed (insufficient data)
  achieved_early,
  faster_than_expected,
  as_expected,
  lagging,
  achieved,
  not_achieved,
};

[[nodiscard]] constexpr std::string_view label_zh(schedule_label l) noexcept {
  switch (l) {
  case schedule_label::none: return "数据不足";
  case schedule_label::achieved_early: return "提前实现";
  case schedule_label::faster_than_expected: return "快于预期";
  case schedule_label::as_expected: return "基本符合预期";
  case schedule_label::lagging: return "滞后";
  case schedule_label::achieved: return "已实现";
  case schedule_label::not_achieved: return "未实现";
  }
  return "";
}

[[nodiscard]] constexpr std::string_view label_en(schedule_label l) noexcept {
  switch (l) {
  case schedule_label::none: return "insufficient data";
  case schedule_label::achieved_early: return "achieved early";
  case schedule_label::faster_than_expected: return "faster than expected";
  case schedule_label::as_expected: return "as expected";
  case schedule_label::lagging: return "lagging";
  case schedule_label::achieved: return "achieved";
  case schedule_label::not_achieved: return "not achieved";
  }
  return "";
}

[[nodiscard]] constexpr status to_status(schedule_label l) noexcept {
  switch (l) {
  case schedule_label::achieved_early: return status::achieved_early;
  case schedule_label::faster_than_expected: return status::faster_than_expected;
  case schedule_label::as_expected: return status::as_expected;
  case schedule_label::lagging: return status::lagging;
  case schedule_label::achieved: return status::achieved;
  case schedule_label::not_achieved: return status::not_achieved;
  case schedule_label::none: break;
  }
  return status::insufficient_data;
}

/// Class boundaries; each lower bound is inclusive, at the published precision of
/// detail/precision.hpp (a ratio that equals a bound in decimal arithmetic is in the upper class). The defaults are the published ones (UN,
/// Eurostat) and ours for China, where no official cut-offs are published.
struct thresholds {
  struct cn_t {
    double faster = 1.05;      ///< q >= faster: 快于预期
    double as_expected = 0.95; ///< as_expected <= q < faster: 基本符合预期; below: 滞后
  } cn{};
  struct un2022_t {
    double on_track = 0.95;
    double fair = 0.5;
    double limited = -0.1; ///< below: deterioration
  } un2022{};
  struct un2023_t {
    double on_track = 0.95;
    double acceleration = 0.10; ///< below: stagnation or regression
  } un2023{};
  struct eurostat_t {
    double substantial = 0.95;
    double moderate = 0.6;
    double limited = 0.0; ///< below: deterioration
  } eurostat{};
};

// The four classifiers below are always inlined: they are a few compares each, but in the core of
// the larger goal kinds g++ -O2 left them as calls, with every live number spilled around each
// call (10% of a level goal's time, docs/performance.md §1).

/// The cn_midterm label from the schedule ratio q (not met, before the deadline).
[[nodiscard, gnu::always_inline]] constexpr schedule_label
label_for_ratio(double q, const thresholds& t) noexcept {
  if (detail::at_least(q, t.cn.faster)) {
    return schedule_label::faster_than_expected;
  }
  if (detail::at_least(q, t.cn.as_expected)) {
    return schedule_label::as_expected;
  }
  return schedule_label::lagging;
}

[[nodiscard, gnu::always_inline]] constexpr status classify_un2022(double ratio,
                                                                   const thresholds& t) noexcept {
  if (detail::at_least(ratio, t.un2022.on_track)) {
    return status::on_track;
  }
  if (detail::at_least(ratio, t.un2022.fair)) {
    return status::fair_progress;
  }
  if (detail::at_least(ratio, t.un2022.limited)) {
    return status::limited_progress;
  }
  return status::deterioration;
}

[[nodiscard, gnu::always_inline]] constexpr status classify_un2023(double projected_share,
                                                                   const thresholds& t) noexcept {
  if (detail::at_least(projected_share, t.un2023.on_track)) {
    return status::on_track;
  }
  if (detail::at_least(projected_share, t.un2023.acceleration)) {
    return status::acceleration_needed;
  }
  return status::stagnation_or_regression;
}

[[nodiscard, gnu::always_inline]] constexpr status classify_eurostat(double ratio,
                                                                     const thresholds& t) noexcept {
  if (detail::at_least(ratio, t.eurostat.substantial)) {
    return status::substantial_progress;
  }
  if (detail::at_least(ratio, t.eurostat.moderate)) {
    return status::moderate_progress;
  }
  if (detail::at_least(ratio, t.eurostat.limited)) {
    return status::limited_progress;
  }
  return status::deterioration;
}

} // namespace zzplan
