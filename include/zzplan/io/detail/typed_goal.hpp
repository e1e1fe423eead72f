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
#include <zzplan/phrase_goal.hpp>
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

} // namespace detail

/// The unit whose quantity type a goal in unit u is evaluated in: the first row of the table that
/// measures the same thing (family, what it counts, price rule): 亿元 and 万元 in 元, 万吨 and 斤 in
/// 公斤, 岁 in 年, ‰ in %. Conversions between them are exact (unit_table's magnitudes); records,
/// facts and charts show the numbers back in the data's own unit. One type per kind of quantity,
/// not per unit, keeps the command's closed set small (and its compile time).
[[nodiscard]] constexpr unit_id evaluated_in(unit_id u) noexcept {
  const unit_info& r = info(u);
  for (const unit_info& row : unit_table) {
    if (is_level_unit(row.id) && row.family == r.family && row.counted == r.counted &&
        row.prices == r.prices) {
      return row.id;
    }
  }
  return u;
}

namespace detail {

/// The quantity types of one row of the unit table: none for a unit that is not a level or is
/// evaluated in another row's type (evaluated_in); one for a unit without money; one per price
/// basis (current prices, then price_years) for money.
template <std::size_t Row> [[nodiscard]] consteval auto types_of_row() {
  constexpr unit_info r = unit_table[Row];
  if constexpr (!is_level_unit(r.id) || evaluated_in(r.id) != r.id) {
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

/// Every quantity type a plan file's goals are evaluated in: one per kind of level quantity of the
/// unit table (evaluated_in), and for money one per price basis: current prices and constant
/// prices of each of price_years.
using quantity_types = typename detail::variant_of<decltype(detail::all_types(
    std::make_index_sequence<unit_table.size()>{}))>::type;

namespace detail {
template <std::size_t Row>
void pick_type(unit_id u, int price_year, std::optional<quantity_types>& out) {
  constexpr unit_info r = unit_table[Row];
  if constexpr (is_level_unit(r.id) && evaluated_in(r.id) == r.id) {
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

/// The quantity type a goal in unit u is evaluated in, on a price basis (price_year 0: current
/// prices).
[[nodiscard]] inline quantity_types quantity_type_of(unit_id u, int price_year) {
  u = evaluated_in(u);
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

/// A number written in unit u as a Q (亿元 in a 万元 indicator: ×10⁴): phrase_goal.hpp's
/// amount_in, the library's own conversions.
template <class Q> [[nodiscard]] Q amount(double v, unit_id u) {
  return amount_in<Q>(v, u);
}

/// Calls f with the typed target of a goal of quantity Q: the C++ API's with_phrase_target, with
/// what the plan file states beside the phrase (its price basis, tolerance and reference).
template <class Q, class F> decltype(auto) with_target(const goal_spec& g, F&& f) {
  phrase_goal_options o;
  o.basis = g.price_year != 0 ? price_basis::real : price_basis::nominal;
  o.tolerance = g.tolerance;
  o.reference_zh = g.reference;
  return with_phrase_target<Q>(g.phrase, o, std::forward<F>(f));
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

/// Builds the typed goal of a goal_spec whose quantity type is Q (goal<Q, Target>, Q being
/// quantity_type_of the goal's unit and price basis) and calls f with it. A goal that cannot be
/// meant (invalid_goal) is an input_error at its target.
template <class Q, class F>
void with_typed_goal_as(const plan_spec& plan, const goal_spec& g, F&& f) {
  bool built = false;
  try {
    detail::with_target<Q>(g, [&](const auto& target) {
      using T = std::remove_cvref_t<decltype(target)>;
      const indicator<Q> ind{g.name, g.name_en, g.better};
      const period when{year{g.base_year}, year{g.deadline}};
      goal<Q, T> typed =
          goal<Q, T>{ind, target, when, g.attr, g.phrase.mode}.with_id(g.id).with_wording(g.target);
      if (g.baseline) { // in the data's unit
        typed = typed.with_baseline(detail::amount<Q>(*g.baseline, g.unit));
      }
      built = true;
      f(std::as_const(typed));
    });
  } catch (const invalid_goal& e) {
    if (built) {
      throw;
    }
    detail::throw_goal_error(plan, g, e);
  }
}

/// Builds the typed goal of a goal_spec (goal<Q, Target>) and calls f with it. A goal that
/// cannot be meant (invalid_goal) is an input_error at its target.
template <class F> void with_typed_goal(const plan_spec& plan, const goal_spec& g, F&& f) {
  std::visit(
      [&](auto tag) {
        with_typed_goal_as<typename decltype(tag)::type>(plan, g, std::forward<F>(f));
      },
      quantity_type_of(g.unit, g.price_year));
}

} // namespace zzplan::io
