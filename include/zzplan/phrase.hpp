#pragma once
// Target phrases as planners write them, parsed into goal kinds and typed targets (docs/method.md §3).
//
//   constexpr parse_result r = parse_phrase("科技进步贡献率：超过70%"); // constexpr, no allocation
//   // r->kind == goal_kind::level, r->cmp == comparison::more_than, r->value == 70, r->unit == %
//   constexpr auto t = target_of<"提高到15%">();                 // level_target<share>
//   constexpr auto g = target_of<"年均增长8%以上">(price_basis::real); // growth_target
//   constexpr auto c = target_for<"控制在5000亿元以内", wan_yuan<>>(); // level_target<wan_yuan<>>
//
// The API: parse_phrase, parse_unit, explain, show_error (here); parsed_phrase, parse_result,
// phrase_error (offset, message()), bad_phrase, phrase_measure (parsed_phrase.hpp); unit_id,
// unit_symbol (unit_table.hpp); fixed_string (= phrase_literal, fixed_string.hpp); target_of,
// target_for (here, through detail/phrase_target.hpp).
//
// The wordings understood (digits and ．％：～－ also full-width):
//   level ≥     提高到X, 达到X, 达X, 不低于X, X以上; 从A提高到B (A is the stated start)
//   level ≥ held 保持在X以上, 稳定在X(以上), 继续保持X以上: in every year of the period
//   level >     超过X, 突破X, 高于X
//   level ≤     降低到X, 降至X, 降到X, 缩小到X(以内), 压减到X (lower is better)
//   ceiling ≤   控制在X以内, X以内, X以下, 不超过X, 保持在X以内
//   ceiling <   不满X, 低于X
//   step        从A迈上B台阶, 从A跨过B台阶, 迈上B(新)台阶
//   growth      年均增长X%(以上), 年均递增X%, 每年增长X%, 年均下降X%
//   change      增长/提高X%(以上), 下降/降低/减少X%(以上), 累计降低X%; a decrease is negative;
//               实际增长X% (real) and 名义增长X% (nominal) say their price basis
//   points      提高/增长X个百分点, 下降/降低X个百分点; 年均/每年提高X个百分点 (a yearly pace)
//   multiple    翻一番, 翻两番, 翻N番 (2^N)
//   increment   新增N个, 新增N-M个 (个, 人, 万人, 元…); 提高X in a level's own unit (提高1岁)
//   total       累计X以上, 累计新增X, 五年累计X: the sum of a yearly flow over the period
//   range       X至Y, X-Y, X～Y, X~Y, X—Y
//   band        X左右, 下降X%左右, 年均增长X%左右 (the yearly average), 每年提高X个百分点左右,
//               then optionally (±5%) of the centre or (±1个百分点)
//   relative    与…(基本)同步, 和…同步, 高于…, 低于…
// 力争/争取 make a goal aspirational, 确保 firm (the default). An indicator's name may come first,
// with or without a colon ("科技进步贡献率：超过70%", "城镇化率超过75%"); it is returned in
// `name`, without the verb: a name that ends with a verb carries it over the colon
// ("居民收入年均增长：8%以上" is average growth of 居民收入, "万元GDP能耗下降：15%以上" a
// cumulative decrease), and a name ending in 年均增速 makes a level an average growth. A count in a
// name per population (每万人口…件) is a rate per population (件/万人口). A final 。 is allowed.
// Without a colon the wording starts at the first place where one parses; a name has no % in it.
// A phrase with no number (保持在合理区间, 明显提高) is refused as qualitative (a milestone at most);
// an unknown verb before a number is named with the closest known one.

#include <zzplan/detail/phrase_finish.hpp>
#include <zzplan/detail/phrase_grammar.hpp>
#include <zzplan/detail/phrase_target.hpp>
#include <zzplan/fixed_string.hpp>
#include <zzplan/format.hpp>
#include <zzplan/parsed_phrase.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/units.hpp>
#include <zzplan/utf8.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace zzplan {

/// Parses a target phrase as planners write it (docs/method.md §3); see <zzplan/phrase.hpp>.
[[nodiscard]] constexpr parse_result parse_phrase(std::string_view s) {
  using namespace detail::phrase;
  if (const std::size_t bad = utf8::invalid_at(s); bad != std::string_view::npos) {
    return error_at(s, bad, "UTF-8 text (this byte is not)", bad);
  }
  if (trim(s).empty()) {
    return error_at(s, s.size(), "a target phrase (the text is empty)", s.size());
  }
  lexer top{s, 0};
  top.skip_space();
  modality mode = modality::firm;
  constexpr std::string_view aspire[] = {"力争", "争取"};
  bool modal = false;
  if (top.eat_any(aspire)) {
    mode = modality::aspirational;
    modal = true;
  } else {
    modal = top.eat("确保");
  }
  top.skip_space();
  const std::size_t name_from = top.pos;

  // "name：wording": the name is kept aside, except a verb it ends with
  // ("居民收入年均增长：8%以上").
  const std::size_t wide = s.find("：", name_from);
  const std::size_t narrow = s.find(':', name_from);
  const std::size_t colon = wide < narrow ? wide : narrow;
  if (colon != std::string_view::npos) {
    const std::size_t body_at = colon + (colon == wide ? 3 : 1);
    parser p(s, body_at);
    p.out.mode = mode;
    p.out.name = trim(s.substr(name_from, colon - name_from));
    verb v = verb::none;
    std::size_t verb_from = body_at;
    for (const auto& w : name_verbs) {
      if (p.out.name.ends_with(w.text)) {
        v = w.v;
        verb_from = static_cast<std::size_t>(p.out.name.data() - s.data()) + p.out.name.size() -
                    w.text.size();
        break;
      }
    }
    const got g = p.phrase(body_at, !modal, v, verb_from);
    if (g == got::ok) {
      if (v != verb::none) { // the verb carried over the colon leaves the name
        p.out.name = trim(s.substr(name_from, verb_from - name_from));
      }
      finish_reading(p.out);
      return p.out;
    }
    if (qualitative(s, body_at, g == got::failed ? &p.err : nullptr)) {
      return qualitative_error(body_at);
    }
    return g == got::failed ? p.err : error_at(s, p.lx.pos, no_wording, name_from);
  }

  // "name wording": the wording starts at the first place where one parses; not inside a number,
  // nor inside a wording that failed before it, nor at a number right where that one failed (its
  // operand); a name has no % in it. Otherwise the error that got furthest (the earliest of
  // equals) is reported.
  phrase_error best{};
  bool have = false;
  bool in_number = false;
  std::size_t covered = name_from; // a failed wording read up to here
  for (std::size_t at = name_from; at < s.size();) {
    lexer here{s, at};
    if (!in_number && (at > covered || (at == covered && (!have || !here.at_digit())))) {
      parser p(s, at);
      p.out.mode = mode;
      const got g = p.phrase(at, !modal);
      if (g == got::ok) {
        p.out.name = trim(s.substr(name_from, at - name_from));
        if (here.at_digit() && unknown_verb(s, p.out.name, p.err)) {
          return p.err; // 森林覆盖率稳固在59.9%以上: a verb the grammar does not know
        }
        finish_reading(p.out);
        return p.out;
      }
      if (g == got::failed) {
        covered = p.err.offset > covered ? p.err.offset : covered;
        if (!have || p.err.offset > best.offset) {
          best = p.err;
          have = true;
        }
      }
    }
    in_number = here.at_digit() || here.peek(".") || here.peek("．");
    if (here.eat_percent()) {
      break;
    }
    at += utf8::step(s[at]);
  }
  if (qualitative(s, name_from, have ? &best : nullptr)) {
    return qualitative_error(name_from);
  }
  return have ? best : error_at(s, name_from, no_wording, 0);
}

/// The typed target of a phrase, in the phrase's own unit: level_target<share> for "提高到15%",
/// level_target<yi_yuan<>> for "控制在5000亿元以内", change_target for "下降15%以上",
/// increment_target<items> for "新增2-3个", … Money is at current prices. A phrase that does not
/// parse, or has no typed target, stops compilation with a message.
// Each function states its messages itself (a static_assert in a helper would put one more
// "in instantiation of" level between the message and the user's line; the texts are in
// detail/phrase_target.hpp); `at` and `written` name in the compiler's "with" line where a phrase
// was not understood and which unit it writes.
// clang-format off
template <fixed_string S, bool Never = false,
          std::size_t at = detail::phrase::verdict_of<void, S, false>().offset>
[[nodiscard]] constexpr auto target_of() {
  using enum detail::phrase::problem;
  constexpr detail::phrase::problem why = detail::phrase::verdict_of<void, S, false>().what;
  if constexpr (why == not_understood) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_NOT_UNDERSTOOD_LEVEL);
  } else if constexpr (why == basis_missing) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_BASIS_MISSING_OF);
  } else if constexpr (why == range_or_band_of_growth) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_RANGE_OF_GROWTH);
  } else if constexpr (why == no_unit) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_NO_UNIT);
  } else if constexpr (why == points_as_level) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_POINTS_AS_LEVEL);
  }
  return detail::phrase::typed_target<void, S, false>(price_basis::nominal);
}
/// The same for 年均增长 phrases, which need their price basis stated.
template <fixed_string S, bool Never = false,
          std::size_t at = detail::phrase::verdict_of<void, S, true>().offset>
[[nodiscard]] constexpr auto target_of(price_basis basis) {
  using enum detail::phrase::problem;
  constexpr detail::phrase::problem why = detail::phrase::verdict_of<void, S, true>().what;
  if constexpr (why == not_understood) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_NOT_UNDERSTOOD_GROWTH);
  } else if constexpr (why == basis_unexpected) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_BASIS_UNEXPECTED_OF);
  }
  return detail::phrase::typed_target<void, S, true>(basis);
}

/// The typed target of a phrase for an indicator of quantity Q: the phrase's unit must fit Q (%
/// for a share, 元/万元/亿元/万亿元 for money, 个 for items, 人/万人 for persons…), and the values
/// are converted to Q ("5000亿元" for a wan_yuan indicator is 5000'0000 万元, on Q's price basis).
template <fixed_string S, IndicatorQuantity Q, bool Never = false,
          std::size_t at = detail::phrase::verdict_of<Q, S, false>().offset,
          unit_family written = detail::phrase::verdict_of<Q, S, false>().written>
[[nodiscard]] constexpr auto target_for() {
  using enum detail::phrase::problem;
  constexpr detail::phrase::problem why = detail::phrase::verdict_of<Q, S, false>().what;
  constexpr unit_family wanted = detail::phrase::family_of_quantity<Q>();
  if constexpr (why == not_understood) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_NOT_UNDERSTOOD_LEVEL);
  } else if constexpr (why == basis_missing) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_BASIS_MISSING_FOR);
  } else if constexpr (why == range_or_band_of_growth) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_RANGE_OF_GROWTH);
  } else if constexpr (why == no_unit) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_NO_UNIT);
  } else if constexpr (why == points_as_level) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_POINTS_AS_LEVEL);
  } else if constexpr (why == points_on_non_share) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_POINTS_ON_NON_SHARE);
  } else if constexpr (why == classifier) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_CLASSIFIER);
  } else if constexpr (why == misfit && wanted == unit_family::share) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_SHARE);
  } else if constexpr (why == misfit && wanted == unit_family::money) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_MONEY);
  } else if constexpr (why == misfit && wanted == unit_family::money_per_person) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_MONEY_PER_PERSON);
  } else if constexpr (why == misfit && wanted == unit_family::energy_intensity) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_ENERGY_INTENSITY);
  } else if constexpr (why == misfit && wanted == unit_family::energy) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_ENERGY);
  } else if constexpr (why == misfit && wanted == unit_family::persons) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_PERSONS);
  } else if constexpr (why == misfit && wanted == unit_family::items) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_ITEMS);
  } else if constexpr (why == misfit && wanted == unit_family::duration) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_DURATION);
  } else if constexpr (why == misfit && wanted == unit_family::mass) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_MASS);
  } else if constexpr (why == misfit && wanted == unit_family::area) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_AREA);
  } else if constexpr (why == misfit && wanted == unit_family::concentration) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_CONCENTRATION);
  } else if constexpr (why == misfit && wanted == unit_family::co2) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_CO2);
  } else if constexpr (why == misfit && wanted == unit_family::co2_intensity) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_CO2_INTENSITY);
  } else if constexpr (why == misfit && wanted == unit_family::electricity) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_ELECTRICITY);
  } else if constexpr (why == misfit && wanted == unit_family::volume) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_VOLUME);
  } else if constexpr (why == misfit && wanted == unit_family::water_intensity) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_WATER_INTENSITY);
  } else if constexpr (why == misfit && wanted == unit_family::per_population) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_PER_POPULATION);
  } else if constexpr (why == misfit) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_MISFIT_OTHER);
  }
  return detail::phrase::typed_target<Q, S, false>(price_basis::nominal);
}
template <fixed_string S, IndicatorQuantity Q, bool Never = false,
          std::size_t at = detail::phrase::verdict_of<Q, S, true>().offset>
[[nodiscard]] constexpr auto target_for(price_basis basis) {
  using enum detail::phrase::problem;
  constexpr detail::phrase::problem why = detail::phrase::verdict_of<Q, S, true>().what;
  if constexpr (why == not_understood) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_NOT_UNDERSTOOD_GROWTH);
  } else if constexpr (why == basis_unexpected) {
    static_assert(Never, ZZPLAN_PHRASE_SAYS_BASIS_UNEXPECTED_FOR);
  }
  return detail::phrase::typed_target<Q, S, true>(basis);
}
// clang-format on

// ---- run time: words and carets
// ------------------------------------------------------------------

namespace detail::phrase {
/// Calls f with the C++ value of v written in unit u (share, points, a quantity; double for none),
/// money at current prices: one case per row of the unit table.
template <class F, std::size_t... I>
decltype(auto) with_value(double v, unit_id u, F&& f, std::index_sequence<I...>) {
  using result = decltype(f(v));
  std::optional<std::remove_cvref_t<result>> out;
  static_cast<void>(
      ((unit_table[I].id == u ? (out.emplace(f(value_of<unit_table[I].id>(v))), true) : false) ||
       ...));
  return out ? std::move(*out) : f(v);
}
inline std::string amount_text(double v, unit_id u, lang l, bool plus = false) {
  std::string s = with_value(
      v, u,
      [&](const auto& x) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(x)>, double>) {
          return format_number(x);
        } else {
          return to_string(x, l);
        }
      },
      std::make_index_sequence<unit_table.size()>{});
  if (!s.empty() && s[0] == '-') {
    return "−" + s.substr(1); // U+2212
  }
  return (plus && v > 0) ? "+" + s : s;
}
} // namespace detail::phrase

/// The unit written as s (its symbol or another spelling, spaces around it ignored); "" is none;
/// nullopt when the unit table has no such unit.
[[nodiscard]] constexpr std::optional<unit_id> parse_unit(std::string_view s) noexcept {
  return find_unit(detail::phrase::trim(s));
}

/// The phrase in words, e.g. "cumulative change, at most −15% (a decrease of at least 15%), firm"
/// or "累计变化，不高于−15%（下降至少15%），确保".
[[nodiscard]] inline std::string explain(const parsed_phrase& p, lang l = lang::zh) {
  using detail::phrase::amount_text;
  const bool zh = l == lang::zh;
  const auto t = [zh](const char* en, const char* z) { return std::string(zh ? z : en); };
  const bool signed_change = p.measure != phrase_measure::level;
  const std::string v = amount_text(p.value, p.unit, l, signed_change);
  const std::string mag = amount_text(p.value < 0 ? -p.value : p.value, p.unit, l);
  const std::string least = t("at least ", "不低于"), most = t("at most ", "不高于");
  std::string s;
  switch (p.kind) {
  case goal_kind::level:
  case goal_kind::ceiling:
    s = p.kind == goal_kind::ceiling ? t("ceiling, ", "上限，") : t("level, ", "水平，");
    switch (p.cmp) {
    case comparison::at_least: s += least + v + t(" (inclusive)", "（含本数）"); break;
    case comparison::more_than:
      s += t("more than ", "高于") + v + t(" (strict)", "（不含本数）");
      break;
    case comparison::at_most:
      s += most + v +
           (p.decrease ? t(" (inclusive; lower is better)", "（含本数，越低越好）")
                       : t(" (inclusive)", "（含本数）"));
      break;
    case comparison::less_than:
      s += t("below ", "低于") + v + t(" (strict)", "（不含本数）");
      break;
    }
    if (p.second) {
      s += t(", from ", "，起点") + amount_text(*p.second, p.unit, l);
    }
    if (p.every_year) {
      s += t(", in every year of the period", "，规划期内每年都须达到");
    }
    break;
  case goal_kind::step:
    s = t("step, crossing ", "台阶，迈上") + v;
    if (p.second) {
      s += t(" (from ", "（起点") + amount_text(*p.second, p.unit, l) + t(")", "）");
    }
    break;
  case goal_kind::average_growth:
  case goal_kind::cumulative_change:
  case goal_kind::points_change: {
    const bool annual = p.kind == goal_kind::average_growth;
    const bool pace =
        p.kind == goal_kind::points_change && p.measure == phrase_measure::annual_change;
    s = annual ? (p.decrease ? t("average annual change, ", "年均变化，")
                             : t("average annual growth, ", "年均增长，"))
               : (pace ? t("yearly pace of a share, ", "每年百分点变化，")
                       : (p.kind == goal_kind::points_change
                              ? t("change in percentage points, ", "百分点变化，")
                              : t("cumulative change, ", "累计变化，")));
    const std::string per_year = annual || pace ? t(" a year", "/年") : "";
    s += (p.decrease ? most : least) + v + per_year;
    s += p.decrease ? t(" (a decrease of at least ", "（下降至少")
                    : t(" (an increase of at least ", "（增长至少");
    s += mag + per_year + t(")", "）");
    if (pace) {
      s += t("; over the period, that times the years", "；规划期内为年数乘以该值");
    }
    if (p.basis) {
      s += *p.basis == price_basis::real ? t(", real (实际)", "，实际增长（可比价）")
                                         : t(", nominal (名义)", "，名义增长（现价）");
    } else if (annual) {
      s += t(", on a price basis to be stated", "，须注明现价或可比价");
    }
    break;
  }
  case goal_kind::cumulative_total:
    s = t("cumulative total of a yearly flow, at least ", "累计总量，不低于") + v +
        t(" (the sum of the yearly values from the year after the base to the deadline)",
          "（基期次年至目标年逐年数值之和）");
    break;
  case goal_kind::multiple:
    s = t("multiple, at least ", "倍数，不低于基期的") + format_number(p.factor) +
        t(" times the base", "倍");
    break;
  case goal_kind::increment:
    s = t("increment, at least +", "增量，至少新增") + mag;
    if (p.second && *p.second != p.value) {
      s += t(" (stretch +", "（力争") + amount_text(*p.second, p.unit, l) + t(")", "）");
    }
    break;
  case goal_kind::range:
    s = t("range, ", "区间，") + v + t(" to ", "至") +
        amount_text(p.second.value_or(p.value), p.unit, l, signed_change) +
        t(" (both included)", "（含两端）");
    break;
  case goal_kind::band: {
    const std::string tol = format_number(p.tolerance.value_or(0.05) * 100.0) + "%";
    if (p.measure == phrase_measure::annual_change) { // 年均增长6.5%左右: the yearly average
      s = (p.unit == unit_id::points
               ? t("band on a yearly pace of a share: about ", "区间带，每年变化约")
               : t("band on the average annual growth: the yearly average from the base year "
                   "about ",
                   "区间带，基期以来年均增长约")) +
          v + t(" a year", "/年");
    } else {
      s = t("band, about ", "区间带，") + v + t("", "左右");
    }
    if (p.decrease) {
      s += t(" (a decrease of about ", "（下降约") + mag + t(")", "）");
    }
    s += t(", within ±", "，容差±") + tol + t(" of it", "") +
         (p.tolerance ? "" : t(" (default)", "（默认）"));
    break;
  }
  case goal_kind::relative: {
    const std::string ref(p.reference);
    if (p.relation == relative_target::relation::in_step) {
      s = t("relative, growth in step with ", "相对，增长与") + ref +
          t(" (within ±1 pp a year, default)", "基本同步（每年±1个百分点以内，默认）");
    } else {
      const bool faster = p.relation == relative_target::relation::faster_than;
      s = (faster ? t("relative, growth faster than ", "相对，增长快于")
                  : t("relative, growth slower than ", "相对，增长慢于")) +
          ref;
    }
    break;
  }
  case goal_kind::milestone: s = t("milestone", "里程碑"); break;
  }
  return s + (p.mode == modality::aspirational ? t(", aspirational (力争)", "，力争")
                                               : t(", firm", "，确保"));
}

/// The phrase, and under it a caret at the error with the message (wide characters count 2):
///   科技进步贡献率：超过七十%
///                   ^ expected a number after 超过
[[nodiscard]] inline std::string show_error(std::string_view phrase, const phrase_error& e) {
  const std::size_t at = e.offset < phrase.size() ? e.offset : phrase.size();
  const std::size_t col = utf8::display_width(phrase.substr(0, at));
  return std::string(phrase) + "\n" + std::string(col, ' ') + "^ " + std::string(e.message());
}

} // namespace zzplan
