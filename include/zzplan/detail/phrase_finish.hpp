#pragma once
// The last steps of reading a phrase (phrase.hpp): the indicator's name without fillers and
// verbs, a name that makes a level an average growth or a count a rate per population, and the
// errors of wordings that are not targets: a phrase without a number (qualitative, a milestone at
// most) and a verb the grammar does not know, named with the closest one it knows. Kept apart so
// that the parser proper stays readable; all of it constexpr, like the parser.

#include <zzplan/detail/edit_distance.hpp>
#include <zzplan/detail/phrase_grammar.hpp>
#include <zzplan/parsed_phrase.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/utf8.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

namespace zzplan {

namespace detail::phrase {

[[nodiscard]] constexpr bool has_digit(std::string_view s) noexcept {
  for (lexer lx{s, 0}; !lx.at_end(); lx.pos += step(s[lx.pos])) {
    if (lx.at_digit()) {
      return true;
    }
  }
  return false;
}

/// Whether a phrase without digits is a qualitative target (保持在合理区间, 持续下降, 明显改善):
/// words where nothing parsed, or a number expected where words follow or where a verb ends the
/// phrase (继续下降). Not a short or incomplete wording (提高到, 翻一), nor a number written in other
/// characters (超过七十%) or not in Chinese (超过x): those get what was expected.
[[nodiscard]] constexpr bool qualitative(std::string_view s, std::size_t from,
                                         const phrase_error* failed) noexcept {
  if (has_digit(s) || s.find('%') != std::string_view::npos ||
      s.find("％") != std::string_view::npos) {
    return false;
  }
  std::size_t chars = 0;
  for (std::size_t i = from; i < s.size(); i += step(s[i])) {
    chars += static_cast<unsigned char>(s[i]) >= 0x80U ? 1U : 0U;
  }
  if (chars < 4) {
    return false;
  }
  if (!failed) {
    return true;
  }
  if (!failed->message().starts_with("expected a number")) {
    return false;
  }
  const std::size_t at = failed->offset < s.size() ? failed->offset : s.size();
  lexer lx{s, at};
  lx.skip_space();
  if (lx.at_end()) { // a verb ends the phrase: 继续下降, not 提高到 (which wants its number)
    const std::string_view before = trim(s.substr(0, at));
    constexpr std::string_view wanting[] = {"到", "至", "在", "于", "过", "破", "满", "达"};
    for (const std::string_view w : wanting) {
      if (before.ends_with(w)) {
        return false;
      }
    }
    return true;
  }
  if (static_cast<unsigned char>(s[lx.pos]) < 0x80U) {
    return false;
  }
  constexpr std::string_view numerals[] = {"〇", "零", "一", "二", "两", "三", "四", "五",
                                           "六", "七", "八", "九", "十", "百", "千"};
  for (const std::string_view n : numerals) {
    if (lx.peek(n)) {
      return false;
    }
  }
  return true;
}

/// A phrase with no number at all (保持在合理区间, 明显提高, 持续减少, 完成上级下达目标).
[[nodiscard]] constexpr phrase_error qualitative_error(std::size_t at) noexcept {
  phrase_error e;
  e.offset = at;
  e.text.append("no number to check: a qualitative target (保持在合理区间, 明显提高, 持续减少…); "
                "encode it as a milestone, done or not with evidence");
  return e;
}

/// The edit distance of two short words, counted in characters (code points).
[[nodiscard]] constexpr std::size_t word_distance(std::string_view a, std::string_view b) noexcept {
  constexpr std::size_t cap = 8;
  std::string_view ca[cap]{}, cb[cap]{};
  std::size_t na = 0, nb = 0;
  for (std::size_t i = 0; i < a.size() && na < cap; i += step(a[i])) {
    ca[na++] = a.substr(i, step(a[i]));
  }
  for (std::size_t i = 0; i < b.size() && nb < cap; i += step(b[i])) {
    cb[nb++] = b.substr(i, step(b[i]));
  }
  std::size_t row[cap + 1]{};
  return edit_distance<std::string_view>({ca, na}, {cb, nb}, row);
}

/// A name that ends with what must be a verb (…在, …到, …至, …于 before a bare number) that the
/// grammar does not know: the error names it and the closest known verb.
[[nodiscard]] constexpr bool unknown_verb(std::string_view s, std::string_view name,
                                          phrase_error& err) noexcept {
  constexpr std::string_view particles[] = {"在", "到", "至", "于"};
  std::string_view particle;
  for (const std::string_view q : particles) {
    particle = name.ends_with(q) ? q : particle;
  }
  if (particle.empty()) {
    return false;
  }
  // the verb: the particle and the one to three characters before it
  std::string_view word = name.substr(name.size() - particle.size());
  std::string_view best;
  std::size_t best_d = 99;
  std::size_t chars = 1;
  for (std::size_t i = name.size() - particle.size(); i > 0 && chars < 4;) {
    std::size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(name[j]) & 0xC0U) == 0x80U) {
      --j;
    }
    const std::string_view candidate = name.substr(j);
    ++chars;
    for (const std::string_view v : known_verbs) {
      const std::size_t d = word_distance(candidate, v);
      if (v.ends_with(particle) && d < best_d && d * 3 <= chars) {
        best_d = d;
        best = v;
        word = candidate;
      }
    }
    i = j;
  }
  if (best.empty()) {
    word =
        name.substr(name.size() - particle.size() - (name.size() >= particle.size() + 6 ? 6 : 0));
  }
  err = {};
  err.offset = static_cast<std::size_t>(word.data() - s.data());
  err.text.append("the wording '");
  err.text.append(word);
  if (best.empty()) {
    err.text.append("' is not known; write 达到, 提高到, 保持在, 降低到, 控制在…以内");
  } else {
    err.text.append("' is not known; did you mean '");
    err.text.append(best);
    err.text.append("'?");
  }
  return true;
}

/// The last touches of a reading, in the indicator's name: fillers and a price basis written
/// before the verb (人均预期寿命再提高1岁, 人均纯收入实际增长7%) leave the name; a name ending in
/// 年均增速 makes a level an average growth (年均增速达到8%以上); a count in a name per population
/// (每万人口…12件) is a rate per population (件/万人口).
constexpr void finish_reading(parsed_phrase& p) noexcept {
  for (bool again = true; again;) {
    again = false;
    constexpr std::string_view fillers[] = {"再", "继续", "进一步", "要", "将", "仍", "分别"};
    for (const std::string_view f : fillers) {
      if (p.name.size() > f.size() && p.name.ends_with(f)) {
        p.name = trim(p.name.substr(0, p.name.size() - f.size()));
        again = true;
      }
    }
    if (p.name.ends_with("实际") || p.name.ends_with("名义")) {
      p.basis = p.name.ends_with("实际") ? price_basis::real : price_basis::nominal;
      p.name = trim(p.name.substr(0, p.name.size() - std::string_view("实际").size()));
      again = true;
    }
  }
  constexpr std::string_view annual_names[] = {"年均增长速度", "年均增长率", "年均增速", "年均增幅",
                                               "年均增长"};
  for (const std::string_view w : annual_names) {
    if (p.name.ends_with(w) && p.unit == unit_id::percent &&
        (p.kind == goal_kind::level || p.kind == goal_kind::band) &&
        p.measure == phrase_measure::level) {
      p.name = trim(p.name.substr(0, p.name.size() - w.size()));
      p.measure = phrase_measure::annual_change;
      p.every_year = false;
      if (p.kind == goal_kind::level) {
        p.kind = goal_kind::average_growth;
      }
      break;
    }
  }
  const unit_family f = family_of(p.unit);
  if (f == unit_family::items || p.unit == unit_id::person) {
    const unit_id counted = p.unit == unit_id::person ? unit_id::person : info(p.unit).counted;
    constexpr std::pair<std::string_view, std::intmax_t> bases[] = {
        {"每千人口", 1'000}, {"每万人口", 10'000}, {"每千人", 1'000}, {"每万人", 10'000}};
    for (const auto& [word, per] : bases) {
      if (p.name.find(word) != std::string_view::npos) {
        for (const unit_info& row : unit_table) {
          if (row.family == unit_family::per_population && row.counted == counted &&
              row.den == per) {
            p.unit = row.id;
          }
        }
        break;
      }
    }
  }
}

} // namespace detail::phrase

} // namespace zzplan
