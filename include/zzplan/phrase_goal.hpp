#pragma once
// A target phrase read at run time into a typed goal: goal_of_phrase(indicator, "提高到65%", period,
// attribute) is the goal the phrase means for that indicator, with the phrase's modality (力争 is
// aspirational), its every-year hold (保持在X以上), its per-year pace (每年提高1个百分点) and its
// price basis (实际增长) kept. The phrase's numbers are converted to the indicator's unit (5000亿元
// for a 万元 indicator). The set of goal types is closed (phrase_goal<Q>, a std::variant); a
// phrase that does not fit the indicator throws. Plan files reach their typed goals through the
// same function (with_phrase_target), so C++ and plan files read a phrase alike.
//
//   const auto g = zzplan::goal_of_phrase(urbanization, "常住人口城镇化率提高到65%", {2020y, 2025y},
//                                         zzplan::attribute::expected);
//   std::visit([&](const auto& goal) { print(evaluate(goal, data, 2025y)); }, g);

#include <zzplan/goal.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/target.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/units.hpp>

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace zzplan {

/// What a phrase does not say and a goal needs: a price basis for average growth (when neither the
/// phrase, 实际增长, nor the indicator's money says it), a band's or an in-step goal's tolerance
/// (band: a fraction of the centre; relative: points a year), and the names of the reference of a
/// relative goal (the phrase's own reference by default).
struct phrase_goal_options {
  std::optional<price_basis> basis{};
  std::optional<double> tolerance{};
  std::string_view reference_zh{};
  std::string_view reference_en{};
};

namespace detail {

/// The price basis of an indicator's money (real for constant prices), or none.
template <class Q> [[nodiscard]] constexpr std::optional<price_basis> basis_of_quantity() noexcept {
  if constexpr (is_quantity_v<Q>) {
    using B = typename Q::unit::basis;
    if constexpr (!std::is_void_v<B>) {
      return B::is_constant ? price_basis::real : price_basis::nominal;
    }
  }
  return std::nullopt;
}

[[noreturn]] inline void phrase_does_not_fit(unit_id u) {
  phrase_error e;
  e.text.append("a target in the indicator's unit (the phrase writes ");
  e.text.append(u == unit_id::none ? std::string_view("no unit") : unit_symbol(u));
  e.text.append(", which does not convert to it)");
  throw bad_phrase(e);
}

} // namespace detail

/// A number written in unit u as a Q (5000亿元 for a 万元 indicator is 5000'0000 万元), through the
/// library's exact conversions. No unit written: the number in Q's own unit; a count written for
/// a rate per population (12件 for 件/万人口) is that rate, the base being the indicator's.
template <class Q> [[nodiscard]] Q amount_in(double v, unit_id u) {
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
    return level_traits<Q>::make(v); // no unit written: the indicator's own
  }
  if constexpr (is_quantity_v<Q>) {
    if (family_of_unit_v<typename Q::unit> == unit_family::per_population &&
        info(u).counted == classifier_of_v<typename Q::dimension>) {
      return Q(v); // 每万人口…12件: the indicator says per what
    }
  }
  detail::phrase_does_not_fit(u);
}

/// The targets a phrase can make for an indicator of quantity Q (points only for a share).
template <IndicatorQuantity Q>
using phrase_targets = decltype(std::tuple_cat(
    std::tuple<level_target<Q>, step_target<Q>, growth_target, change_target, multiple_target,
               increment_target<Q>, range_target<Q>, band_target<Q>, band_target<growth_rate>,
               band_target<annual_rate>, relative_target, cumulative_total_target<Q>>{},
    std::conditional_t<std::is_same_v<Q, share>,
                       std::tuple<points_target, points_pace_target, band_target<points>,
                                  band_target<points_a_year>>,
                       std::tuple<>>{}));

namespace detail {
template <class Q, class Tuple> struct goals_of;
template <class Q, class... T> struct goals_of<Q, std::tuple<T...>> {
  using type = std::variant<goal<Q, T>...>;
};
} // namespace detail

/// The typed goal of a phrase for an indicator of quantity Q: one of goal<Q, T> for T in
/// phrase_targets<Q>.
template <IndicatorQuantity Q>
using phrase_goal = typename detail::goals_of<Q, phrase_targets<Q>>::type;

/// Calls f with the typed target a parsed phrase makes for an indicator of quantity Q (one of
/// phrase_targets<Q>). Throws bad_phrase when the phrase's unit does not fit Q, or when the phrase
/// has no typed target (a range of growth rates, 增长6%-7%; percentage points for a non-share).
template <IndicatorQuantity Q, class F>
decltype(auto) with_phrase_target(const parsed_phrase& p, const phrase_goal_options& o, F&& f) {
  const auto x = [&](double v) { return amount_in<Q>(v, p.unit); };
  const double tolerance = o.tolerance ? *o.tolerance : p.tolerance.value_or(0.05);
  const auto refuse = [](std::string_view why) {
    phrase_error e;
    e.text.append(why);
    throw bad_phrase(e);
  };
  switch (p.kind) {
  case goal_kind::level:
  case goal_kind::ceiling:
    return f(level_target<Q>{p.cmp, x(p.value), p.kind == goal_kind::ceiling, p.every_year});
  case goal_kind::step: return f(step_target<Q>{p.second ? x(*p.second) : Q{}, x(p.value)});
  case goal_kind::average_growth: {
    const std::optional<price_basis> basis =
        o.basis ? o.basis : (p.basis ? p.basis : detail::basis_of_quantity<Q>());
    return f(
        growth_target{p.cmp, annual_rate::percent(p.value), basis.value_or(price_basis::nominal)});
  }
  case goal_kind::cumulative_change: return f(change_target{p.cmp, growth_rate::percent(p.value)});
  case goal_kind::points_change:
    if constexpr (std::is_same_v<Q, share>) {
      if (p.measure == phrase_measure::annual_change) {
        return f(points_pace_target{p.cmp, points::pp(p.value)});
      }
      return f(points_target{p.cmp, points::pp(p.value)});
    } else {
      refuse("a share indicator (percentage points are the change of a share)");
    }
    break;
  case goal_kind::multiple: return f(multiply_by(p.factor));
  case goal_kind::increment:
    return f(increment_target<Q>{x(p.value), x(p.second.value_or(p.value))});
  case goal_kind::cumulative_total: return f(cumulative_total_target<Q>{p.cmp, x(p.value)});
  case goal_kind::range:
    if (p.measure != phrase_measure::level) {
      refuse("one bound of a growth rate (增长6%以上): a range of rates has no typed target");
    }
    return f(range_target<Q>{x(p.value), x(p.second.value_or(p.value))});
  case goal_kind::band:
    if (p.unit == unit_id::points) {
      if constexpr (std::is_same_v<Q, share>) {
        if (p.measure == phrase_measure::annual_change) {
          return f(band_target<points_a_year>{points_a_year{points::pp(p.value)}, tolerance});
        }
        return f(band_target<points>{points::pp(p.value), tolerance});
      } else {
        refuse("a share indicator (percentage points are the change of a share)");
      }
    }
    if (p.measure == phrase_measure::annual_change) {
      return f(band_target<annual_rate>{annual_rate::percent(p.value), tolerance});
    }
    if (p.measure == phrase_measure::change) {
      return f(band_target<growth_rate>{growth_rate::percent(p.value), tolerance});
    }
    return f(band_target<Q>{x(p.value), tolerance});
  case goal_kind::relative: {
    const bool in_step = p.relation == relative_target::relation::in_step;
    return f(
        relative_target{p.relation, points::pp(o.tolerance ? *o.tolerance : (in_step ? 1.0 : 0.0)),
                        o.reference_zh.empty() ? p.reference : o.reference_zh, o.reference_en});
  }
  case goal_kind::milestone: break;
  }
  refuse("a quantitative target: a milestone has no typed target");
  throw std::logic_error("unreachable");
}

/// The typed goal a phrase read at run time means for an indicator: kind, target, modality (力争
/// is aspirational, 确保 firm), every-year hold and pace as the phrase says them. The goal keeps a
/// view of the phrase as its wording: keep the text alive as long as the goal. Throws bad_phrase
/// for a phrase that is not understood or does not fit the indicator, invalid_goal for one that
/// cannot be meant (a wording that points against the indicator's direction).
template <IndicatorQuantity Q>
[[nodiscard]] phrase_goal<Q> goal_of_phrase(const indicator<Q>& what, std::string_view phrase,
                                            period when, attribute a,
                                            const phrase_goal_options& o = {}) {
  const parse_result r = parse_phrase(phrase);
  if (!r) {
    throw bad_phrase(r.error());
  }
  std::optional<phrase_goal<Q>> out;
  with_phrase_target<Q>(*r, o, [&](const auto& t) {
    using T = std::remove_cvref_t<decltype(t)>;
    out.emplace(goal<Q, T>{what, t, when, a, r->mode}.with_wording(phrase));
  });
  return std::move(*out);
}

} // namespace zzplan
