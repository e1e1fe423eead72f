#pragma once
// From a goal of a plan file to a typed goal: the closed set of quantity types a plan file may use
// (a std::variant, quantity_types, made from the rows of the unit table), and with_typed_goal,
// which builds goal<Q, Target> from a goal_spec (std::visit on the quantity type, then the
// target's type from the parsed phrase) and calls a function with it. run.hpp evaluates with it;
// nothing here computes anything.

#include <zzplan/goal.hpp>
#include <zzplan/io/detail/plan_spec.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/units.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace zzplan::io {

/// A quantity type as a value: std::visit on quantity_types gives type_tag<Q>.
template <class Q> struct type_tag { using type = Q; };

namespace detail {

/// The price basis of a year of price_years (0: current prices).
template <int Year> struct basis_for { using type = constant_prices<Year>; };
template <> struct basis_for<0> { using type = current_prices; };

/// The quantity types of one row of the unit table: none for a unit that is not a level; one for
/// a unit without money; one per price basis (current prices, then price_years) for money.
template <std::size_t Row> [[nodiscard]] consteval auto types_of_row() {
  constexpr unit_info r = unit_table[Row];
  if constexpr (!is_level_unit(r.id)) {
    return std::tuple<>{};
  } else if constexpr (r.prices == price_rule::none) {
    return std::tuple<type_tag<value_type_of_t<r.id>>>{};
  } else {
    constexpr auto constant = []<std::size_t... Y>(std::index_sequence<Y...>) {
      return std::tuple<
          type_tag<value_type_of_t<r.id, typename basis_for<price_years[Y]>::type>>...>{};
    }
    (std::make_index_sequence<price_years.size()>{});
    if constexpr (r.prices == price_rule::constant_only) {
      return constant;
    } else {
      return std::tuple_cat(std::tuple<type_tag<value_type_of_t<r.id, current_prices>>>{},
                            constant);
    }
  }
}

template <class Tuple> struct variant_of;
template <class... T> struct variant_of<std::tuple<T...>> { using type = std::variant<T...>; };

template <std::size_t... Row>
auto all_types(std::index_sequence<Row...>) -> decltype(std::tuple_cat(types_of_row<Row>()...));

} // namespace detail

/// Every quantity type a plan file may use: one per level unit of the unit table, and for money
/// one per price basis: current prices and constant prices of each of price_years.
using quantity_types = typename detail::variant_of<decltype(detail::all_types(
    std::make_index_sequence<unit_table.size()>{}))>::type;

namespace detail {
template <std::size_t Row>
void pick_type(unit_id u, int price_year, std::optional<quantity_types>& out) {
  constexpr unit_info r = unit_table[Row];
  if constexpr (is_level_unit(r.id)) {
    if (r.id != u) {
      return;
    }
    if constexpr (r.prices == price_rule::none) {
      out = type_tag<value_type_of_t<r.id>>{};
    } else {
      if constexpr (r.prices == price_rule::any) {
        if (price_year == 0) {
          out = type_tag<value_type_of_t<r.id, current_prices>>{};
        }
      }
      [&]<std::size_t... Y>(std::index_sequence<Y...>) {
        static_cast<void>((
            (price_year == price_years[Y]
                 ? (out =
                        type_tag<value_type_of_t<r.id, typename basis_for<price_years[Y]>::type>>{},
                    true)
                 : false) ||
            ...));
      }
      (std::make_index_sequence<price_years.size()>{});
    }
  }
}
} // namespace detail

/// The quantity type of a unit on a price basis (price_year 0: current prices).
[[nodiscard]] inline quantity_types quantity_type_of(unit_id u, int price_year) {
  std::optional<quantity_types> out;
  [&]<std::size_t... Row>(std::index_sequence<Row...>) {
    (detail::pick_type<Row>(u, price_year, out), ...);
  }
  (std::make_index_sequence<unit_table.size()>{});
  if (!out) {
    throw std::logic_error("zzplan: no quantity type for this unit and price basis");
  }
  return *out;
}

namespace detail {

/// A number written in unit u as a Q (亿元 in a 万元 indicator: ×10⁴), through the library's own
/// conversions; no unit written: the number in Q's own unit.
template <class Q> [[nodiscard]] Q amount(double v, unit_id u) {
  std::optional<Q> out;
  [&]<std::size_t... Row>(std::index_sequence<Row...>) {
    static_cast<void>(((unit_table[Row].id == u
                            ? (
                                  [&] {
                                    using written =
                                        value_type_of_t<unit_table[Row].id, price_basis_of_t<Q>>;
                                    if constexpr (std::is_constructible_v<Q, written>) {
                                      out = Q(value_of<unit_table[Row].id, price_basis_of_t<Q>>(v));
                                    }
                                  }(),
                                  true)
                            : false) ||
                       ...));
  }
  (std::make_index_sequence<unit_table.size()>{});
  if (out) {
    return *out;
  }
  if (u == unit_id::none || u == unit_id::points) {
    return level_traits<Q>::make(v); // no unit written: the data's own
  }
  throw std::logic_error("zzplan: a phrase unit that does not fit passed the plan checks");
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
  const file_position at = g.at(e.code() == goal_errc::direction_conflict ? "direction" : "target");
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
        quantity_type_of(g.unit, g.price_year));
  } catch (const invalid_goal& e) {
    if (built) {
      throw;
    }
    detail::throw_goal_error(plan, g, e);
  }
}

} // namespace zzplan::io
