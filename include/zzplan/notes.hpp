#pragma once
// The data notes of an assessment in words, Chinese or English ("数据不足：基期后无观测值").

#include <zzplan/assessment.hpp>
#include <zzplan/format.hpp>

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

namespace zzplan {

namespace detail {
/// A note's text in Chinese and in English; {y} stands for its year, {v} for its value.
struct note_text {
  std::string_view zh;
  std::string_view en;
};
[[nodiscard]] constexpr note_text note_pattern(note_code c) noexcept {
  switch (c) {
  case note_code::baseline_from_data: return {"基期值取{y}年数据", "base value: the data of {y}"};
  case note_code::baseline_stated:
    return {"基期值采用规划表述值{v}（{y}年）", "base value as the plan states it: {v} ({y})"};
  case note_code::baseline_stated_start:
    return {"基期{y}年无数据，采用规划表述的起点{v}",
            "no data for the base year {y}; the plan's stated start {v} is used"};
  case note_code::no_baseline:
    return {"数据不足：基期（{y}年）无观测值",
            "insufficient data: no observation for the base year {y}"};
  case note_code::no_observations:
    return {"数据不足：无观测值", "insufficient data: no observations"};
  case note_code::no_observation_after_base:
    return {"数据不足：基期后无观测值", "insufficient data: no observation after the base year"};
  case note_code::as_of_before_base:
    return {"评估年份（{y}）早于基期", "the evaluation year {y} is before the base year"};
  case note_code::duplicate_year:
    return {"数据错误：{y}年有重复观测值，请去重",
            "invalid data: two observations for {y}; remove one"};
  case note_code::unsorted_input:
    return {"观测值未按年份排序（已排序）", "observations were not in year order (sorted)"};
  case note_code::non_finite_ignored:
    return {"{y}年的非有限数值已忽略", "a non-finite value for {y} was ignored"};
  case note_code::rate_undefined:
    return {"速度无法计算：基期值、目标值或最新值不为正（{v}）",
            "rate undefined: base, target or latest value is not positive ({v})"};
  case note_code::lower_bound_met:
    return {"{y}年“突破{v}”（下限值）表明已跨过目标",
            "{y}: the lower bound {v} shows the threshold was crossed"};
  case note_code::lower_bound_not_point:
    return {"{y}年数值{v}为下限值，不作为点值使用",
            "{y}: {v} is a lower bound, not used as a point value"};
  case note_code::flag_provisional: return {"{y}年数据为初步核算数", "{y} is a provisional figure"};
  case note_code::flag_derived:
    return {"{y}年数据为推算值", "{y} is derived from published figures"};
  case note_code::flag_revised: return {"{y}年数据为修订值", "{y} is a revised figure"};
  case note_code::deadline_passed:
    return {"已过目标年（{y}年），按目标年及以前数据评估",
            "deadline {y} passed: evaluated on data up to the deadline"};
  case note_code::latest_before_deadline:
    return {"目标年数据尚未发布，最新为{y}年，暂按进度评价",
            "no figure for the deadline yet; the latest is {y}, judged on schedule"};
  case note_code::keep_within:
    return {"基期已满足目标，逐年判断是否保持",
            "the base already meets the target: judged year by year"};
  case note_code::chained_changes:
    return {"由{v}个变化率连乘为指数（基期=1）", "{v} changes chained into an index (base = 1)"};
  case note_code::chain_broken:
    return {"{y}年起变化率无法连乘（中间缺年）", "changes from {y} on cannot be chained (a gap)"};
  case note_code::points_used: return {"使用{v}个观测值", "{v} observations used"};
  case note_code::aspirational_not_reached:
    return {"力争目标：尚未达到（不作为约束性未完成）",
            "aspirational (力争): not reached, not a failure of a firm target"};
  case note_code::stretch_met: return {"已达到力争值{v}", "the stretch figure {v} was reached"};
  case note_code::milestone_pending:
    return {"定性目标尚未完成，无进度可比", "milestone not done yet: no schedule to compare"};
  case note_code::relative_no_reference:
    return {"数据不足：参照指标基期无数据",
            "insufficient data: the reference indicator has no base value"};
  case note_code::no_evidence:
    return {"数据不足：未记录完成情况的证据", "insufficient data: no evidence recorded"};
  case note_code::series_break:
    return {"{y}年起统计口径变化（序列断点），与此前数值不可比，进度只按断点前数据评估",
            "a break in the series from {y} (a change of method): values from then on are not "
            "comparable with earlier ones, so progress is measured on the data before it"};
  case note_code::series_break_crossed:
    return {"{y}年起统计口径变化（序列断点），按规划要求跨断点比较",
            "a break in the series from {y} (a change of method): compared across it, as the plan "
            "says"};
  case note_code::not_held:
    return {"{y}年为{v}，未保持在目标水平（须逐年保持）",
            "{y}: {v}, the level was not held (it must hold every year)"};
  case note_code::cumulative_sum: return {"累计至{y}年为{v}", "the sum through {y} is {v}"};
  case note_code::cumulative_gap:
    return {"{y}年数据缺失，累计只算到此前（缺年不按0计）",
            "no figure for {y}: the sum stops before it (a missing year is not a zero)"};
  case note_code::too_many_observations:
    return {"观测值超过{v}个，其余已忽略", "more than {v} observations; the rest were ignored"};
  }
  return {};
}
} // namespace detail

/// Appends one note in words to out: the panel's records reuse their strings, so a note costs no
/// allocation once they have grown.
inline void append_description(std::string& out, const note& n, lang l = lang::zh) {
  const detail::note_text t = detail::note_pattern(n.code);
  std::string_view p = l == lang::zh ? t.zh : t.en;
  while (!p.empty()) {
    const std::size_t at = p.find('{');
    out.append(p.substr(0, at));
    if (at == std::string_view::npos) {
      break;
    }
    if (p.substr(at, 3) == "{y}") {
      char buf[16];
      out.append(buf, std::to_chars(buf, buf + sizeof buf, n.year).ptr);
    } else { // {v}
      out.append(format_number(n.value));
    }
    p.remove_prefix(at + 3);
  }
}

/// One note in words.
[[nodiscard]] inline std::string describe(const note& n, lang l = lang::zh) {
  std::string out;
  append_description(out, n, l);
  return out;
}

/// All notes of an assessment in words.
[[nodiscard]] inline std::vector<std::string> describe_notes(const assessment_core& a,
                                                             lang l = lang::zh) {
  std::vector<std::string> out;
  out.reserve(a.notes.size());
  for (const note& n : a.notes) {
    out.push_back(describe(n, l));
  }
  return out;
}

} // namespace zzplan
