#pragma once
// The parser's reading of numbers with units, range ends, band tolerances and the phrase's end
// (part of <zzplan/phrase.hpp>; the rules that use them are in phrase_grammar.hpp).

#include <zzplan/detail/phrase_lexer.hpp>
#include <zzplan/parsed_phrase.hpp>
#include <zzplan/unit_table.hpp>

#include <cstddef>
#include <string_view>

namespace zzplan::detail::phrase {

enum class got : unsigned char { nothing, ok, failed };

struct reader {
  lexer lx;
  parsed_phrase out{};
  phrase_error err{};
  std::size_t unit_at = 0; // where the last amount's unit starts

  constexpr reader(std::string_view s, std::size_t at) noexcept : lx{s, at} {}

  constexpr bool fail_at(std::size_t at, std::string_view expected, std::size_t from) {
    err = {};
    err.offset = at;
    err.text.append("expected ");
    err.text.append(expected);
    const std::string_view after =
        from < at ? trim(lx.s.substr(from, at - from)) : std::string_view{};
    if (!after.empty()) {
      err.text.append(" after ");
      err.text.append(after);
    }
    return false;
  }
  constexpr bool fail(std::string_view expected, std::size_t from) {
    lx.skip_space();
    return fail_at(lx.pos, expected, from);
  }

  // ---- numbers with units ----------------------------------------------------------------------
  constexpr got amount(double& v, unit_id& u, std::size_t from) {
    lx.skip_space();
    const std::size_t at = lx.pos;
    decimal d{};
    switch (lx.number(d)) {
    case number_status::none: return got::nothing;
    case number_status::too_long:
      fail_at(at, "a number of at most 15 digits", from);
      return got::failed;
    case number_status::no_fraction_digits:
      fail("a digit after the decimal point", from);
      return got::failed;
    case number_status::ok: break;
    }
    lx.skip_space();
    unit_at = lx.pos;
    u = unit_id::none;
    int magnitude = 0;
    // A unit of the table (万元, 亿吨), or a bare magnitude times one (1.5万个, 3亿人, 28万元/人:
    // the longer reading wins, so 万元/人 is 万 × 元/人, not 万元 then "/人"), or a bare magnitude.
    const unit_match direct = match_unit(lx.rest());
    lexer after = lx;
    const int mag = after.eat("万亿") ? 12 : (after.eat("亿") ? 8 : (after.eat("万") ? 4 : 0));
    const unit_match plain = mag > 0 ? match_unit(after.rest()) : unit_match{};
    const std::string_view sym = unit_symbol(plain.unit);
    const bool times = mag > 0 && plain.length > 0 && is_level_unit(plain.unit) &&
                       family_of(plain.unit) != unit_family::share && !sym.starts_with("万") &&
                       !sym.starts_with("亿");
    if (times && (after.pos - lx.pos) + plain.length > direct.length) {
      magnitude = mag;
      u = plain.unit;
      lx.pos = after.pos + plain.length;
    } else if (direct.length > 0) {
      u = direct.unit;
      lx.pos += direct.length;
    } else if (mag > 0) {
      magnitude = mag; // 30万: a bare magnitude
      lx.pos = after.pos;
    }
    v = decimal_value(d, magnitude);
    return got::ok;
  }
  constexpr bool need_amount(double& v, unit_id& u, std::size_t from) {
    const got g = amount(v, u, from);
    return g == got::ok || (g == got::nothing && fail("a number", from));
  }
  /// The second number of "A至B", "从A迈上B": a unit on both or on the last only.
  constexpr bool second_amount(double& v, double first, std::size_t from,
                               std::string_view order_error) {
    lx.skip_space();
    const std::size_t at = lx.pos;
    unit_id u2 = unit_id::none;
    if (!need_amount(v, u2, from)) {
      return false;
    }
    if (out.unit == unit_id::none) {
      out.unit = u2;
    } else if (u2 != out.unit) {
      return fail_at(unit_at, "the same unit at both ends", from);
    }
    return v >= first || fail_at(at, order_error, from);
  }

  /// After 左右: an optional tolerance, (±5%), ±1个百分点 (of a % centre) or ±100亿元.
  constexpr bool band_tail(std::size_t from) {
    out.kind = goal_kind::band;
    out.band = true;
    out.cmp = comparison::at_least;
    lx.skip_space();
    const bool open = lx.eat("(") || lx.eat("（");
    lx.skip_space();
    constexpr std::string_view pm[] = {"±", "+/-", "正负"};
    if (!lx.eat_any(pm)) {
      return !open || fail("± and a tolerance, e.g. (±5%)", from);
    }
    lx.skip_space();
    decimal d{};
    if (lx.number(d) != number_status::ok) {
      return fail("a number (the tolerance)", from);
    }
    const double t = decimal_value(d);
    const double centre = out.value < 0 ? -out.value : out.value;
    lx.skip_space();
    if (lx.eat_percent()) {
      out.tolerance = t / 100.0;
    } else if (out.unit == unit_id::percent && centre > 0 &&
               (lx.eat("个百分点") || lx.eat("百分点"))) {
      out.tolerance = t / centre;
    } else if (out.unit != unit_id::none && centre > 0 && lx.eat(unit_symbol(out.unit))) {
      out.tolerance = t / centre;
    } else {
      return fail("% or 个百分点 (the unit of the tolerance)", from);
    }
    lx.skip_space();
    return !open || lx.eat(")") || lx.eat("）") || fail("a closing bracket", from);
  }

  constexpr bool range_tail(std::size_t from, double low) {
    out.kind = goal_kind::range;
    out.cmp = comparison::at_least;
    double hi = 0.0;
    if (!second_amount(hi, low, from, "a high end not below the low end")) {
      return false;
    }
    out.second = hi;
    lx.skip_space();
    lx.eat("之间");
    return true;
  }

  [[nodiscard]] constexpr bool at_phrase_end() {
    lx.skip_space();
    constexpr std::string_view stops[] = {"。", "；", ";"};
    const std::size_t save = lx.pos;
    lx.eat_any(stops);
    lx.skip_space();
    const bool end = lx.at_end();
    lx.pos = save;
    return end;
  }
};

} // namespace zzplan::detail::phrase
