#pragma once
// The typed route of <zzplan/phrase.hpp>: a phrase given as a template argument, parsed at compile
// time, becomes the target type its kind and unit call for (target_of, target_for).

#include <zzplan/detail/phrase_grammar.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/units.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace zzplan {

[[nodiscard]] constexpr parse_result parse_phrase(std::string_view s);

/// A string literal as a template argument: target_of<"提高到15%">().
template <std::size_t N> struct fixed_string {
  char data[N]{};
  constexpr fixed_string(const char (&s)[N]) noexcept { // NOLINT: implicit on purpose
    for (std::size_t i = 0; i < N; ++i) {
      data[i] = s[i];
    }
  }
  constexpr fixed_string(const char8_t (&s)[N]) noexcept { // NOLINT: u8"…" literals
    for (std::size_t i = 0; i < N; ++i) {
      data[i] = static_cast<char>(s[i]);
    }
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N - 1}; }
};
template <std::size_t N> fixed_string(const char (&)[N]) -> fixed_string<N>;
template <std::size_t N> fixed_string(const char8_t (&)[N]) -> fixed_string<N>;

/// The same class under the name of its purpose.
template <std::size_t N> using phrase_literal = fixed_string<N>;

namespace detail::phrase {

enum class q_kind : unsigned char {
  share,
  money,
  energy,
  persons,
  items,
  intensity,
  per_person,
  other
};

template <class Q> [[nodiscard]] consteval q_kind q_kind_of() noexcept {
  if constexpr (std::is_same_v<Q, share>) {
    return q_kind::share;
  } else {
    switch (kind_of_unit_v<typename Q::unit>) {
    case quantity_kind::money: return q_kind::money;
    case quantity_kind::energy: return q_kind::energy;
    case quantity_kind::persons: return q_kind::persons;
    case quantity_kind::items: return q_kind::items;
    case quantity_kind::energy_intensity: return q_kind::intensity;
    case quantity_kind::money_per_person: return q_kind::per_person;
    case quantity_kind::other: break;
    }
    return q_kind::other;
  }
}

/// Whether a level written in unit u can be a level of a quantity of kind k.
[[nodiscard]] constexpr bool unit_fits(phrase_unit u, q_kind k) noexcept {
  switch (u) {
  case phrase_unit::percent: return k == q_kind::share;
  case phrase_unit::yuan:
  case phrase_unit::wan_yuan:
  case phrase_unit::yi_yuan:
  case phrase_unit::wanyi_yuan: return k == q_kind::money;
  case phrase_unit::tce_per_wan_yuan: return k == q_kind::intensity;
  case phrase_unit::items: return k == q_kind::items;
  case phrase_unit::persons:
  case phrase_unit::wan_persons: return k == q_kind::persons;
  case phrase_unit::tce:
  case phrase_unit::wan_tce: return k == q_kind::energy;
  case phrase_unit::points:
  case phrase_unit::none: break;
  }
  return false;
}

// One message per pair, both sides named (a static_assert message must be a literal).
// clang-format off
#define ZZPLAN_PHRASE_MISFIT_IF(UNIT, KIND, TEXT)                                                  \
  else if constexpr (K == q_kind::KIND) {                                                          \
    static_assert(always_false_v<Q>, "zzplan: the phrase's unit (" UNIT                            \
                                     ") does not fit the indicator's quantity (" TEXT ")");        \
  }
#define ZZPLAN_PHRASE_MISFIT(UNIT)                                                                 \
  if constexpr (false) {                                                                           \
  }                                                                                                \
  ZZPLAN_PHRASE_MISFIT_IF(UNIT, share, "share")                                                    \
  ZZPLAN_PHRASE_MISFIT_IF(UNIT, money, "money")                                                    \
  ZZPLAN_PHRASE_MISFIT_IF(UNIT, energy, "energy")                                                  \
  ZZPLAN_PHRASE_MISFIT_IF(UNIT, persons, "persons")                                                \
  ZZPLAN_PHRASE_MISFIT_IF(UNIT, items, "count of items")                                           \
  ZZPLAN_PHRASE_MISFIT_IF(UNIT, intensity, "energy intensity")                                     \
  ZZPLAN_PHRASE_MISFIT_IF(UNIT, per_person, "money per person")                                    \
  ZZPLAN_PHRASE_MISFIT_IF(UNIT, other, "a derived quantity")
// clang-format on

template <phrase_unit U, class Q> constexpr void misfit() {
  constexpr q_kind K = q_kind_of<Q>();
  if constexpr (U == phrase_unit::percent) {
    ZZPLAN_PHRASE_MISFIT("%, a share in percent")
  } else if constexpr (U == phrase_unit::points) {
    ZZPLAN_PHRASE_MISFIT("个百分点, percentage points")
  } else if constexpr (U == phrase_unit::yuan) {
    ZZPLAN_PHRASE_MISFIT("元, money")
  } else if constexpr (U == phrase_unit::wan_yuan) {
    ZZPLAN_PHRASE_MISFIT("万元, money")
  } else if constexpr (U == phrase_unit::yi_yuan) {
    ZZPLAN_PHRASE_MISFIT("亿元, money")
  } else if constexpr (U == phrase_unit::wanyi_yuan) {
    ZZPLAN_PHRASE_MISFIT("万亿元, money")
  } else if constexpr (U == phrase_unit::tce_per_wan_yuan) {
    ZZPLAN_PHRASE_MISFIT("吨标准煤/万元, energy intensity")
  } else if constexpr (U == phrase_unit::items) {
    ZZPLAN_PHRASE_MISFIT("个, count of items")
  } else if constexpr (U == phrase_unit::persons || U == phrase_unit::wan_persons) {
    ZZPLAN_PHRASE_MISFIT("人 or 万人, persons")
  } else {
    ZZPLAN_PHRASE_MISFIT("吨标准煤 or 万吨标准煤, energy")
  }
}
#undef ZZPLAN_PHRASE_MISFIT
#undef ZZPLAN_PHRASE_MISFIT_IF

template <class Q> struct basis_of { using type = current_prices; };
template <class U, class R>
requires PriceBasis<typename U::basis>
struct basis_of<quantity<U, R>> {
  using type = typename U::basis;
};

/// The number v in the phrase's unit U, on the price basis B for money.
template <phrase_unit U, class B = current_prices>
[[nodiscard]] constexpr auto in_unit(double v) noexcept {
  if constexpr (U == phrase_unit::percent) {
    return share::percent(v);
  } else if constexpr (U == phrase_unit::yuan) {
    return yuan<B>(v);
  } else if constexpr (U == phrase_unit::wan_yuan) {
    return wan_yuan<B>(v);
  } else if constexpr (U == phrase_unit::yi_yuan) {
    return yi_yuan<B>(v);
  } else if constexpr (U == phrase_unit::wanyi_yuan) {
    return wanyi_yuan<B>(v);
  } else if constexpr (U == phrase_unit::tce_per_wan_yuan) {
    return tce_per_wan_yuan<B>(v);
  } else if constexpr (U == phrase_unit::items) {
    return items(v);
  } else if constexpr (U == phrase_unit::persons) {
    return persons(v);
  } else if constexpr (U == phrase_unit::wan_persons) {
    return wan_persons(v);
  } else if constexpr (U == phrase_unit::tce) {
    return tce(v);
  } else if constexpr (U == phrase_unit::wan_tce) {
    return wan_tce(v);
  } else {
    return v; // none, points: no level type
  }
}

template <class Q, phrase_unit U> [[nodiscard]] consteval bool fits() noexcept {
  if constexpr (std::is_void_v<Q>) {
    return true;
  } else {
    return unit_fits(U, q_kind_of<Q>());
  }
}

/// The value as the target's type: the phrase's own (Q = void) or the indicator's Q.
template <class Q, phrase_unit U> [[nodiscard]] constexpr auto as_target_value(double v) noexcept {
  if constexpr (std::is_void_v<Q>) {
    return in_unit<U>(v);
  } else {
    return Q(in_unit<U, typename basis_of<Q>::type>(v));
  }
}

template <fixed_string Phrase, std::size_t ErrorOffset> constexpr void phrase_not_understood() {
  static_assert(always_false_v<decltype(Phrase)>,
                "zzplan: the phrase was not understood (target_of/target_for); the byte offset of "
                "the problem is ErrorOffset in the 'with' line above, and "
                "zzplan::parse_phrase(phrase).error().message() says what was expected there");
}

template <class Q, fixed_string S, bool WithBasis>
[[nodiscard]] constexpr auto typed_target([[maybe_unused]] price_basis basis) {
  constexpr parse_result r = parse_phrase(S.view());
  if constexpr (!r.has_value()) {
    phrase_not_understood<S, r.error().offset>();
    return 0;
  } else {
    constexpr parsed_phrase p = r.value();
    constexpr phrase_unit U = p.unit;
    constexpr auto x = [](auto v) { return as_target_value<Q, U>(v); }; // instantiated when used
    if constexpr (p.kind == goal_kind::average_growth) {
      static_assert(WithBasis,
                    "zzplan: 年均增长 (average annual growth) needs a price basis, never "
                    "guessed: target_of<\"...\">(zzplan::price_basis::real) or "
                    "(zzplan::price_basis::nominal)");
      return growth_target{p.cmp, annual_rate::percent(p.value), basis};
    } else if constexpr (WithBasis) {
      static_assert(
          always_false_v<decltype(S)>,
          "zzplan: a price basis is given, but only 年均增长 (average growth) phrases take one");
      return 0;
    } else if constexpr (p.kind == goal_kind::cumulative_change) {
      return change_target{p.cmp, growth_rate::percent(p.value)};
    } else if constexpr (p.kind == goal_kind::points_change) {
      if constexpr (!std::is_void_v<Q> && !std::is_same_v<Q, share>) {
        misfit<U, Q>();
      }
      return points_target{p.cmp, points::pp(p.value)};
    } else if constexpr (p.kind == goal_kind::multiple) {
      return multiply_by(p.factor);
    } else if constexpr (p.kind == goal_kind::relative) {
      const bool in_step = p.relation == relative_target::relation::in_step;
      return relative_target{p.relation, points::pp(in_step ? 1.0 : 0.0), p.reference, {}};
    } else if constexpr (p.kind == goal_kind::band && p.measure == phrase_measure::change) {
      static_assert(
          U == phrase_unit::percent,
          "zzplan: a band of percentage points (提高2个百分点左右) has no typed target yet");
      return p.tolerance ? about(growth_rate::percent(p.value), *p.tolerance)
                         : about(growth_rate::percent(p.value));
    } else if constexpr (p.kind != goal_kind::increment && p.measure != phrase_measure::level) {
      static_assert(
          always_false_v<decltype(S)>,
          "zzplan: a range or band of growth rates (增长6%-7%, 年均增长7%左右) has no typed "
          "target yet; write one bound (增长6%以上)");
      return 0;
    } else if constexpr (U == phrase_unit::none) {
      static_assert(always_false_v<decltype(S)>,
                    "zzplan: the phrase writes no unit (%, 亿元, 个, 万人…), so the type of its "
                    "target cannot be chosen; write the unit");
      return 0;
    } else if constexpr (U == phrase_unit::points) {
      static_assert(always_false_v<decltype(S)>,
                    "zzplan: 个百分点 (percentage points) is a change, not a level: write "
                    "提高X个百分点, or the level in %");
      return 0;
    } else if constexpr (!fits<Q, U>()) {
      misfit<U, Q>();
      return 0;
    } else if constexpr (p.kind == goal_kind::level || p.kind == goal_kind::ceiling) {
      return level_target<decltype(x(0.0))>{p.cmp, x(p.value), p.kind == goal_kind::ceiling};
    } else if constexpr (p.kind == goal_kind::step) {
      return step_from_to(p.second ? x(*p.second) : decltype(x(0.0)){}, x(p.value));
    } else if constexpr (p.kind == goal_kind::increment) {
      return add_between(x(p.value), x(p.second.value_or(p.value)));
    } else if constexpr (p.kind == goal_kind::range) {
      return between(x(p.value), x(*p.second));
    } else {
      return p.tolerance ? about(x(p.value), *p.tolerance) : about(x(p.value));
    }
  }
}

} // namespace detail::phrase

} // namespace zzplan
