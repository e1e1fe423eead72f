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
#include <zzplan/detail/phrase_words.hpp>
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

// ---- run time: units and carets (explain, the phrase in words: detail/phrase_words.hpp)
// ------------------------------------------------------------------

/// The unit written as s (its symbol or another spelling, spaces around it ignored); "" is none;
/// nullopt when the unit table has no such unit.
[[nodiscard]] constexpr std::optional<unit_id> parse_unit(std::string_view s) noexcept {
  return find_unit(detail::phrase::trim(s));
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
