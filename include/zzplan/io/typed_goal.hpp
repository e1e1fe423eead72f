#pragma once
// From a goal of a plan file to a typed goal: the closed set of quantity kinds a plan file may use
// (a std::variant, quantity_kinds), and with_typed_goal, which builds goal<Q, Target> from a
// goal_spec (std::visit on the kind, then the target's type from the parsed phrase) and calls a
// function with it. dispatch.hpp evaluates with it; nothing here computes anything.

#include <zzplan/goal.hpp>
#include <zzplan/io/data_file.hpp> // input_error
#include <zzplan/io/plan_spec.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/units.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace zzplan::io {

/// A quantity type as a value: std::visit on quantity_kinds gives kind_tag<Q>.
template <class Q> struct kind_tag { using type = Q; };

namespace detail {
template <class B>
using priced_kinds = std::tuple<kind_tag<yuan<B>>, kind_tag<wan_yuan<B>>, kind_tag<yi_yuan<B>>,
                                kind_tag<wanyi_yuan<B>>, kind_tag<yuan_per_person<B>>>;
template <class V, class... Ts> struct concat { using type = V; };
template <class... A, class... B, class... Rest>
struct concat<std::variant<A...>, std::tuple<B...>, Rest...>
    : concat<std::variant<A..., B...>, Rest...> {};
} // namespace detail

/// Every quantity kind a plan file may use: shares, counts, persons, energy, money at current
/// prices and at constant prices of 2010, 2015, 2020 and 2025 (price_years), money per person,
/// and energy per 万元 at constant prices.
using quantity_kinds = typename detail::concat<
    std::variant<kind_tag<share>, kind_tag<items>, kind_tag<persons>, kind_tag<wan_persons>,
                 kind_tag<tce>, kind_tag<wan_tce>,
                 kind_tag<tce_per_wan_yuan<constant_prices<2010>>>,
                 kind_tag<tce_per_wan_yuan<constant_prices<2015>>>,
                 kind_tag<tce_per_wan_yuan<constant_prices<2020>>>,
                 kind_tag<tce_per_wan_yuan<constant_prices<2025>>>>,
    detail::priced_kinds<current_prices>, detail::priced_kinds<constant_prices<2010>>,
    detail::priced_kinds<constant_prices<2015>>, detail::priced_kinds<constant_prices<2020>>,
    detail::priced_kinds<constant_prices<2025>>>::type;

namespace detail {
template <class B> [[nodiscard]] quantity_kinds priced_kind(data_unit u) {
  switch (u) {
  case data_unit::yuan: return kind_tag<yuan<B>>{};
  case data_unit::wan_yuan: return kind_tag<wan_yuan<B>>{};
  case data_unit::yi_yuan: return kind_tag<yi_yuan<B>>{};
  case data_unit::wanyi_yuan: return kind_tag<wanyi_yuan<B>>{};
  case data_unit::yuan_per_person: return kind_tag<yuan_per_person<B>>{};
  case data_unit::tce_per_wan_yuan:
    if constexpr (B::is_constant) {
      return kind_tag<tce_per_wan_yuan<B>>{};
    }
    break;
  default: break;
  }
  throw std::logic_error("zzplan: no priced quantity kind for this unit");
}
} // namespace detail

/// The quantity kind of a unit on a price basis (price_year 0: current prices).
[[nodiscard]] inline quantity_kinds kind_of(data_unit u, int price_year) {
  switch (u) {
  case data_unit::percent: return kind_tag<share>{};
  case data_unit::items: return kind_tag<items>{};
  case data_unit::persons: return kind_tag<persons>{};
  case data_unit::wan_persons: return kind_tag<wan_persons>{};
  case data_unit::tce: return kind_tag<tce>{};
  case data_unit::wan_tce: return kind_tag<wan_tce>{};
  default: break;
  }
  switch (price_year) {
  case 0: return detail::priced_kind<current_prices>(u);
  case 2010: return detail::priced_kind<constant_prices<2010>>(u);
  case 2015: return detail::priced_kind<constant_prices<2015>>(u);
  case 2020: return detail::priced_kind<constant_prices<2020>>(u);
  case 2025: return detail::priced_kind<constant_prices<2025>>(u);
  default: break;
  }
  throw std::logic_error("zzplan: prices of an unsupported year");
}

namespace detail {

/// A number written in the phrase's unit u as a Q (亿元 in a 万元 indicator: ×10⁴), through the
/// library's own conversions.
template <class Q, phrase_unit U> [[nodiscard]] Q amount_in(double v) {
  using B = typename zzplan::detail::phrase::basis_of<Q>::type;
  if constexpr (U == phrase_unit::none || U == phrase_unit::points) {
    return level_traits<Q>::make(v); // no unit written: the data's own
  } else if constexpr (std::is_constructible_v<Q, decltype(zzplan::detail::phrase::in_unit<U, B>(
                                                      v))>) {
    return Q(zzplan::detail::phrase::in_unit<U, B>(v));
  } else {
    throw std::logic_error("zzplan: a phrase unit that does not fit passed the plan checks");
  }
}

template <class Q> [[nodiscard]] Q amount(double v, phrase_unit u) {
  switch (u) {
  case phrase_unit::none: return amount_in<Q, phrase_unit::none>(v);
  case phrase_unit::percent: return amount_in<Q, phrase_unit::percent>(v);
  case phrase_unit::points: return amount_in<Q, phrase_unit::points>(v);
  case phrase_unit::yuan: return amount_in<Q, phrase_unit::yuan>(v);
  case phrase_unit::wan_yuan: return amount_in<Q, phrase_unit::wan_yuan>(v);
  case phrase_unit::yi_yuan: return amount_in<Q, phrase_unit::yi_yuan>(v);
  case phrase_unit::wanyi_yuan: return amount_in<Q, phrase_unit::wanyi_yuan>(v);
  case phrase_unit::tce_per_wan_yuan: return amount_in<Q, phrase_unit::tce_per_wan_yuan>(v);
  case phrase_unit::items: return amount_in<Q, phrase_unit::items>(v);
  case phrase_unit::persons: return amount_in<Q, phrase_unit::persons>(v);
  case phrase_unit::wan_persons: return amount_in<Q, phrase_unit::wan_persons>(v);
  case phrase_unit::tce: return amount_in<Q, phrase_unit::tce>(v);
  case phrase_unit::wan_tce: return amount_in<Q, phrase_unit::wan_tce>(v);
  }
  throw std::logic_error("zzplan: unknown phrase unit");
}

/// Calls f with the typed target of a goal of quantity Q.
template <class Q, class F> decltype(auto) with_target(const goal_spec& g, F&& f) {
  const parsed_phrase& p = g.phrase;
  const auto x = [&](double v) { return amount<Q>(v, p.unit); };
  const double tolerance = g.tolerance ? *g.tolerance : p.tolerance.value_or(0.05);
  switch (p.kind) {
  case goal_kind::level:
  case goal_kind::ceiling:
    return f(level_target<Q>{p.cmp, x(p.value), p.kind == goal_kind::ceiling});
  case goal_kind::step: return f(step_target<Q>{p.second ? x(*p.second) : Q{}, x(p.value)});
  case goal_kind::average_growth:
    return f(growth_target{p.cmp, annual_rate::percent(p.value),
                           g.price_year != 0 ? price_basis::real : price_basis::nominal});
  case goal_kind::cumulative_change: return f(change_target{p.cmp, growth_rate::percent(p.value)});
  case goal_kind::points_change:
    if constexpr (std::is_same_v<Q, share>) {
      return f(points_target{p.cmp, points::pp(p.value)});
    }
    break;
  case goal_kind::multiple: return f(multiply_by(p.factor));
  case goal_kind::increment:
    return f(increment_target<Q>{x(p.value), x(p.second.value_or(p.value))});
  case goal_kind::range: return f(range_target<Q>{x(p.value), x(p.second.value_or(p.value))});
  case goal_kind::band:
    if (p.measure == phrase_measure::change) {
      return f(band_target<growth_rate>{growth_rate::percent(p.value), tolerance});
    }
    return f(band_target<Q>{x(p.value), tolerance});
  case goal_kind::relative: {
    const bool in_step = p.relation == relative_target::relation::in_step;
    return f(relative_target{
        p.relation, points::pp(g.tolerance.value_or(in_step ? 1.0 : 0.0)), g.reference, {}});
  }
  case goal_kind::milestone: break;
  }
  throw std::logic_error("zzplan: a goal kind that passed the plan checks has no typed target");
}

} // namespace detail

namespace detail {
[[noreturn]] inline void throw_goal_error(const plan_spec& plan, const goal_spec& g,
                                          const invalid_goal& e) {
  std::string why = e.what();
  if (why.starts_with("zzplan: ")) {
    why.erase(0, 8);
  }
  const key_pos at = g.at(e.code() == goal_errc::direction_conflict ? "direction" : "target");
  throw input_error(plan.file, at.line, at.column,
                    "goal '" + g.id + "': " + why + "; fix the target, its baseline or direction");
}
} // namespace detail

/// Builds the typed goal of a goal_spec (goal<Q, Target>) and calls f with it. A goal that
/// cannot be meant (invalid_goal) is an input_error at its target.
template <class F> void with_typed_goal(const plan_spec& plan, const goal_spec& g, F&& f) {
  bool built = false;
  try {
    std::visit(
        [&](auto tag) {
          using Q = typename decltype(tag)::type;
          detail::with_target<Q>(g, [&](const auto& target) {
            using T = std::remove_cvref_t<decltype(target)>;
            const indicator<Q> ind{g.name, g.name_en, g.better};
            const period when{year{g.base_year}, year{g.deadline}};
            goal<Q, T> typed =
                goal<Q, T>{ind, target, when, g.attr, g.phrase.mode}.with_id(g.id).with_wording(
                    g.target);
            if (g.baseline) {
              typed = typed.with_baseline(level_traits<Q>::make(*g.baseline));
            }
            built = true;
            f(std::as_const(typed));
          });
        },
        kind_of(g.unit, g.price_year));
  } catch (const invalid_goal& e) {
    if (built) {
      throw;
    }
    detail::throw_goal_error(plan, g, e);
  }
}

} // namespace zzplan::io
