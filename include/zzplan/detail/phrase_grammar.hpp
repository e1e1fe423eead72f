#pragma once
// The grammar of target phrases (docs/method.md §3): one rule per wording (part of <zzplan/phrase.hpp>).

#include <zzplan/detail/phrase_reader.hpp>

#include <cstddef>
#include <string_view>

namespace zzplan::detail::phrase {

enum class verb : unsigned char { none, annual_up, annual_down, up, down, add };

inline constexpr std::string_view no_wording =
    "a target wording (提高到, 超过, 保持在…以上, 控制在…以内, 年均增长, 下降, 新增, 累计, 翻一番, "
    "从…迈上…台阶, 与…同步) or a number";

/// 提高到X (a level reached upwards).
inline constexpr std::string_view up_to_words[] = {"提高到", "提高至", "增长到", "增长至",
                                                   "增加到", "增加至", "提升到", "提升至",
                                                   "上升到", "上升至"};
/// 降低到X, 缩小到X (a level reached downwards; lower is better).
inline constexpr std::string_view down_to_words[] = {
    "降低到", "下降到", "减少到", "降至",   "下降至", "降低至", "减少至", "降到",
    "缩小到", "缩小至", "压减到", "压减至", "压缩到", "压缩至", "控制到"};

/// Every verb the grammar knows, for "did you mean" (an unknown verb is named with the closest).
inline constexpr std::string_view known_verbs[] = {
    "提高到",   "提高至",   "增长到", "增长至", "增加到", "增加至",   "提升到",   "提升至",
    "上升到",   "上升至",   "达到",   "不低于", "保持在", "稳定在",   "继续保持", "降低到",
    "下降到",   "减少到",   "降至",   "下降至", "降低至", "减少至",   "降到",     "缩小到",
    "缩小至",   "压减到",   "压减至", "压缩到", "压缩至", "控制在",   "不高于",   "不超过",
    "超过",     "突破",     "不满",   "高于",   "低于",   "年均增长", "年均提高", "年均下降",
    "年均降低", "每年提高", "增长",   "提高",   "下降",   "降低",     "减少",     "新增",
    "累计",     "翻一番",   "迈上",   "跨过"};

struct parser : reader {
  using reader::reader;

  /// 提高到/达到/降低到/降至/超过/不满…: an amount, then what may follow it.
  constexpr bool level(std::size_t from, comparison c, goal_kind k) {
    if (!need_amount(out.value, out.unit, from)) {
      return false;
    }
    out.kind = k;
    out.cmp = c;
    lx.skip_space();
    if (c == comparison::at_least) {
      lx.eat("以上");
    } else if (c == comparison::at_most && k == goal_kind::level) {
      static_cast<void>(lx.eat("以下") || lx.eat("以内"));
    }
    return (!is_strict(c) && lx.eat("左右")) ? band_tail(from) : true;
  }

  /// After a number (of 控制在X, or bare): 以上, 以下, 以内, 左右, or a range X至Y.
  constexpr bool level_tail(std::size_t from, std::string_view expected) {
    lx.skip_space();
    if (lx.eat("以上")) {
      out.kind = goal_kind::level;
      out.cmp = comparison::at_least;
      return true;
    }
    if (lx.eat("以内") || lx.eat("以下")) {
      out.kind = goal_kind::ceiling;
      out.cmp = comparison::at_most;
      return true;
    }
    if (lx.eat("左右")) {
      return band_tail(from);
    }
    if (lx.eat_range_separator()) {
      return range_tail(from, out.value);
    }
    return fail(expected, from);
  }

  /// 年均增长/增长/下降/降低/提高…: X% or X个百分点, then 以上, 左右, a range, or nothing.
  /// 年均/每年提高X个百分点 is a yearly pace of a share; 提高1岁 (a level's own unit) an increment.
  constexpr bool rate(std::size_t from, bool annual, bool down) {
    double v = 0.0;
    if (!need_amount(v, out.unit, from)) {
      return false;
    }
    if (!annual && !down && is_level_unit(out.unit) && family_of(out.unit) != unit_family::share) {
      out.value = v; // 人均预期寿命提高1岁: the level rises by an amount of its own unit
      out.increase = true;
      return increment_tail(from);
    }
    if (out.unit != unit_id::percent && out.unit != unit_id::points) {
      return fail_at(
          unit_at,
          annual ? "% or 个百分点 (a yearly pace is in % or in percentage points)"
                 : (down ? "% or 个百分点 (for a lower level write 降低到X)" : "% or 个百分点"),
          from);
    }
    out.kind = out.unit == unit_id::points
                   ? goal_kind::points_change
                   : (annual ? goal_kind::average_growth : goal_kind::cumulative_change);
    out.measure = annual ? phrase_measure::annual_change : phrase_measure::change;
    out.decrease = down;
    out.increase = !down;
    out.cmp = down ? comparison::at_most : comparison::at_least;
    out.value = down ? -v : v;
    lx.skip_space();
    if (lx.eat("以上")) {
      return true;
    }
    if (lx.eat("左右")) {
      return band_tail(from);
    }
    if (lx.eat_range_separator()) {
      if (!range_tail(from, v)) {
        return false;
      }
      out.second = down ? -*out.second : *out.second;
      return true;
    }
    return at_phrase_end() || fail("以上, 左右, a range or the end of the phrase", from);
  }

  /// 新增N个, 新增N-M个 [以上].
  constexpr bool increment(std::size_t from) {
    if (!need_amount(out.value, out.unit, from)) {
      return false;
    }
    return increment_tail(from);
  }
  constexpr bool increment_tail(std::size_t from) {
    out.kind = goal_kind::increment;
    out.measure = phrase_measure::change;
    lx.skip_space();
    if (lx.eat_range_separator()) {
      double hi = 0.0;
      if (!second_amount(hi, out.value, from, "a stretch not below the floor")) {
        return false;
      }
      out.second = hi;
    }
    if (out.unit == unit_id::none || out.unit == unit_id::percent || out.unit == unit_id::points) {
      return fail_at(unit_at, "a unit of what is added (个, 人, 万人, 亿元…)", from);
    }
    lx.skip_space();
    lx.eat("以上");
    return true;
  }

  /// 翻一番, 翻两番, 翻N番 [以上].
  constexpr bool multiple(std::size_t from) {
    lx.skip_space();
    const int n = lx.small_count();
    if (n < 0) {
      return fail("一, 两 or another count of doublings", from);
    }
    lx.skip_space();
    if (!lx.eat("番")) {
      return fail("番", from);
    }
    out.kind = goal_kind::multiple;
    out.measure = phrase_measure::change;
    out.factor = 1.0;
    for (int i = 0; i < n; ++i) {
      out.factor *= 2.0;
    }
    out.value = out.factor;
    lx.skip_space();
    lx.eat("以上");
    return true;
  }

  /// 累计X以上, 累计新增X (a sum of a yearly flow); 累计降低/增长X% (a cumulative change).
  constexpr bool cumulative(std::size_t from) {
    constexpr std::string_view down[] = {"降低", "下降", "减少"};
    constexpr std::string_view up[] = {"增长", "提高", "增加"};
    if (lx.eat_any(down)) {
      return rate(from, false, true);
    }
    if (lx.eat_any(up)) {
      return rate(from, false, false);
    }
    constexpr std::string_view fillers[] = {"新增", "完成", "实现", "达到"};
    lx.eat_any(fillers);
    if (!need_amount(out.value, out.unit, from)) {
      return false;
    }
    if (!is_level_unit(out.unit) || family_of(out.unit) == unit_family::share) {
      return fail_at(
          unit_at,
          "the unit of what is summed (累计新增就业5000万人); for a change write 累计降低X%", from);
    }
    out.kind = goal_kind::cumulative_total;
    out.measure = phrase_measure::level;
    out.cmp = comparison::at_least;
    out.increase = true;
    lx.skip_space();
    lx.eat("以上");
    return true;
  }

  /// 保持在X以上, 稳定在X(以上), 保持在X以内, …左右: a level to hold in every year of the period.
  constexpr bool keep(std::size_t from) {
    if (!need_amount(out.value, out.unit, from)) {
      return false;
    }
    lx.skip_space();
    out.every_year = true;
    out.kind = goal_kind::level;
    out.cmp = comparison::at_least;
    if (lx.eat("以内") || lx.eat("以下")) {
      out.kind = goal_kind::ceiling;
      out.cmp = comparison::at_most;
      return true;
    }
    if (lx.eat("左右")) {
      out.every_year = false;
      return band_tail(from);
    }
    if (lx.eat_range_separator()) {
      out.every_year = false;
      return range_tail(from, out.value);
    }
    lx.eat("以上");
    return true;
  }

  /// 从A迈上B台阶, 迈上B(新)台阶, 跨过B大关.
  constexpr bool step(std::size_t from, bool has_start) {
    double start = 0.0;
    if (has_start) {
      lx.skip_space();
      lx.eat("人均"); // 从人均8.7万元提高到12万元
      if (!need_amount(start, out.unit, from)) {
        return false;
      }
      lx.skip_space();
      constexpr std::string_view climb[] = {"迈上", "跨过", "迈过", "跨上", "跃上", "登上"};
      if (!lx.eat_any(climb)) {
        const unit_id start_unit = out.unit;
        const std::size_t verb_at = lx.pos;
        if (lx.eat_any(up_to_words)) { // 从A提高到B: a level with its stated start
          out.increase = true;
          out.unit = unit_id::none;
          if (!level(from, comparison::at_least, goal_kind::level)) {
            return false;
          }
        } else if (lx.eat_any(down_to_words)) {
          out.decrease = true;
          out.unit = unit_id::none;
          if (!level(from, comparison::at_most, goal_kind::level)) {
            return false;
          }
        } else {
          return fail("迈上, 提高到 or 降低到", from);
        }
        if (start_unit != unit_id::none && start_unit != out.unit) {
          return fail_at(verb_at, "the same unit at both ends", from);
        }
        out.second = start;
        return true;
      }
    }
    double to = 0.0;
    if (has_start ? !second_amount(to, start, from, "a level above the start")
                  : !need_amount(to, out.unit, from)) {
      return false;
    }
    lx.skip_space();
    lx.eat("新");
    if (!lx.eat("台阶") && !lx.eat("大关")) {
      return fail("台阶", from);
    }
    out.kind = goal_kind::step;
    out.value = to;
    if (has_start) {
      out.second = start;
    }
    return true;
  }

  /// 与<reference>(基本)同步; 高于/低于<reference>.
  constexpr bool relative(std::size_t from, relative_target::relation rel) {
    lx.skip_space();
    out.kind = goal_kind::relative;
    out.measure = phrase_measure::annual_change;
    out.relation = rel;
    if (rel == relative_target::relation::in_step) {
      const std::size_t end = lx.rest().find("同步");
      if (end == std::string_view::npos) {
        return fail_at(lx.pos, "a reference indicator and 同步 (与经济增长基本同步)", from);
      }
      std::string_view ref = trim(lx.rest().substr(0, end));
      constexpr std::string_view fillers[] = {"基本", "保持", "相"};
      for (bool again = true; again;) {
        again = false;
        for (const std::string_view f : fillers) {
          if (ref.ends_with(f)) {
            ref = trim(ref.substr(0, ref.size() - f.size()));
            again = true;
          }
        }
      }
      if (ref.empty()) {
        return fail("a reference indicator (与经济增长基本同步)", from);
      }
      out.reference = ref;
      lx.pos += end + std::string_view("同步").size();
      return true;
    }
    std::string_view ref = trim(lx.rest());
    while (ref.ends_with("。") || ref.ends_with("；") || ref.ends_with(";")) {
      ref = trim(ref.substr(0, ref.size() - (ref.back() == ';' ? 1 : 3)));
    }
    if (ref.empty()) {
      return fail("a number or a reference indicator", from);
    }
    out.reference = ref;
    lx.pos = static_cast<std::size_t>(ref.data() - lx.s.data()) + ref.size();
    return true;
  }

  /// 高于/低于…: a number makes a level or a ceiling, text a relative goal.
  constexpr bool compare_with(std::size_t from, bool higher) {
    lx.skip_space();
    if (lx.at_digit()) {
      return higher ? level(from, comparison::more_than, goal_kind::level)
                    : level(from, comparison::less_than, goal_kind::ceiling);
    }
    return relative(from, higher ? relative_target::relation::faster_than
                                 : relative_target::relation::slower_than);
  }

  /// The wording itself; got::nothing when no wording or number starts here.
  constexpr got body() {
    lx.skip_space();
    const std::size_t from = lx.pos;
    using enum comparison;
    const auto done = [](bool ok) { return ok ? got::ok : got::failed; };
    constexpr std::string_view reach[] = {"达到", "不低于", "达"};
    constexpr std::string_view keep_words[] = {"继续保持在", "保持在", "稳定在", "继续保持",
                                               "保持"};
    constexpr std::string_view at_most_words[] = {"不高于", "不超过"};
    constexpr std::string_view annual_up[] = {"年均增长", "年均提高", "年均增加", "年均递增",
                                              "年均提升", "每年增长", "每年提高", "每年增加"};
    constexpr std::string_view annual_down[] = {"年均下降", "年均降低", "年均减少", "年均递减",
                                                "每年下降", "每年降低", "每年减少"};
    constexpr std::string_view up[] = {"增长", "提高", "增加", "递增", "提升", "上升"};
    constexpr std::string_view down[] = {"下降", "降低", "减少"};
    if (lx.eat("从")) {
      return done(step(from, true));
    }
    if (lx.eat("迈上") || lx.eat("跨过")) {
      return done(step(from, false));
    }
    if (lx.eat_any(up_to_words)) {
      out.increase = true;
      return done(level(from, at_least, goal_kind::level));
    }
    if (lx.eat_any(keep_words)) {
      return done(keep(from));
    }
    if (lx.eat_any(reach)) {
      return done(level(from, at_least, goal_kind::level));
    }
    if (lx.eat_any(down_to_words)) {
      out.decrease = true;
      return done(level(from, at_most, goal_kind::level));
    }
    if (lx.eat("突破")) {
      out.increase = true;
      return done(level(from, more_than, goal_kind::level));
    }
    if (lx.eat("五年累计") || lx.eat("累计")) {
      return done(cumulative(from));
    }
    if (lx.eat_any(at_most_words)) {
      return done(level(from, at_most, goal_kind::ceiling));
    }
    if (lx.eat("超过")) {
      return done(level(from, more_than, goal_kind::level));
    }
    if (lx.eat("不满")) {
      return done(level(from, less_than, goal_kind::ceiling));
    }
    if (lx.eat("控制在")) {
      return done(need_amount(out.value, out.unit, from) &&
                  level_tail(from, "以内, 以下, 左右 or a range (X至Y)"));
    }
    if (lx.eat("高于") || lx.eat("快于")) {
      return done(compare_with(from, true));
    }
    if (lx.eat("低于") || lx.eat("慢于")) {
      return done(compare_with(from, false));
    }
    if (lx.eat_any(annual_up)) {
      return done(rate(from, true, false));
    }
    if (lx.eat_any(annual_down)) {
      return done(rate(from, true, true));
    }
    if (lx.eat_any(up)) {
      return done(rate(from, false, false));
    }
    if (lx.eat_any(down)) {
      return done(rate(from, false, true));
    }
    if (lx.eat("新增")) {
      return done(increment(from));
    }
    if (lx.eat("翻")) {
      return done(multiple(from));
    }
    if (lx.rest().find("同步") != std::string_view::npos && !lx.peek("同步") &&
        (lx.eat("与") || lx.eat("和") || lx.eat("同"))) { // else 与 is in a name
      return done(relative(from, relative_target::relation::in_step));
    }
    const got g = amount(out.value, out.unit, from);
    if (g != got::ok) {
      return g;
    }
    return done(level_tail(from, "以上, 以下, 以内, 左右 or a range (X至Y)"));
  }

  /// [力争|争取|确保] wording [。], to the end of the text. With a verb carried from the name
  /// ("居民收入年均增长：8%以上"), a number may start the wording.
  constexpr got phrase(std::size_t body_from, bool allow_modal, verb v = verb::none,
                       std::size_t verb_from = 0) {
    lx.skip_space();
    const std::size_t modal_at = lx.pos;
    constexpr std::string_view aspire[] = {"力争", "争取"};
    if (allow_modal && lx.eat_any(aspire)) {
      out.mode = modality::aspirational;
    } else if (allow_modal && lx.eat("确保")) {
      out.mode = modality::firm;
    }
    lx.skip_space();
    if (v != verb::none && lx.at_digit()) {
      const bool ok = v == verb::add
                          ? increment(verb_from)
                          : rate(verb_from, v == verb::annual_up || v == verb::annual_down,
                                 v == verb::down || v == verb::annual_down);
      return ok ? finish(verb_from) : got::failed;
    }
    const got g = body();
    if (g == got::nothing) {
      if (lx.pos > modal_at) {
        fail(no_wording, modal_at);
        return got::failed;
      }
      return got::nothing;
    }
    return g == got::failed ? g : finish(body_from);
  }
  constexpr got finish(std::size_t body_from) {
    if (!at_phrase_end()) {
      fail("the end of the phrase", body_from);
      return got::failed;
    }
    return got::ok;
  }
};

struct verb_word {
  std::string_view text;
  verb v;
};
inline constexpr verb_word name_verbs[] = {
    {"年均增长", verb::annual_up},
    {"年均提高", verb::annual_up},
    {"年均递增", verb::annual_up},
    {"年均下降", verb::annual_down},
    {"年均降低", verb::annual_down},
    {"累计降低", verb::down},
    {"累计下降", verb::down},
    {"累计增长", verb::up},
    {"增长", verb::up},
    {"提高", verb::up},
    {"增加", verb::up},
    {"下降", verb::down},
    {"降低", verb::down},
    {"减少", verb::down},
    {"新增", verb::add},
};

[[nodiscard]] constexpr phrase_error error_at(std::string_view s, std::size_t at,
                                              std::string_view expected, std::size_t from) {
  reader p(s, at);
  p.fail_at(at, expected, from);
  return p.err;
}

} // namespace zzplan::detail::phrase
