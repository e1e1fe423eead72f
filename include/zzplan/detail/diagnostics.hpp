#pragma once
// Misuse diagnostics. Each misuse of units reaches one static_assert whose message says in plain
// words what the two sides are and what to write instead; what both sides mean also appears in
// the compiler's "with Left = ...; Right = ..." line. The traits here decide what is allowed; the
// operators of quantity.hpp and percent.hpp use the same traits, so a static test of a trait is a
// test of the operator.

#include <type_traits>

namespace zzplan {

/// What a value means, as the compiler prints it in a diagnostic.
namespace meanings {
struct money_at_current_prices {};
template <int Year> struct money_at_constant_prices_of {};
struct energy_in_tce {};
struct persons {};
struct count_of_items {};
struct energy_intensity {};
struct money_per_person {};
struct other_quantity_with_a_unit {};
struct share_in_percent {};
struct percentage_points {};
struct growth_rate {};
struct average_annual_rate {};
} // namespace meanings

/// Specialised for every zzplan value type: what it means (one of zzplan::meanings).
template <class T> struct meaning_of { using type = void; };
template <class T> using meaning_of_t = typename meaning_of<std::remove_cvref_t<T>>::type;

template <class T>
concept ZzplanValue = !std::is_void_v<meaning_of_t<T>>;

/// What the algebra of docs/method.md §2 allows; specialised beside each type.
template <class A, class B> inline constexpr bool addable_v = false;
template <class A, class B> inline constexpr bool subtractable_v = addable_v<A, B>;
template <class A, class B> inline constexpr bool comparable_v = false;

namespace detail {

template <class> inline constexpr bool always_false_v = false;

template <class K>
inline constexpr bool is_money_v = std::is_same_v<K, meanings::money_at_current_prices>;
template <int Y> inline constexpr bool is_money_v<meanings::money_at_constant_prices_of<Y>> = true;

template <class K>
inline constexpr bool is_percent_v =
    std::is_same_v<K, meanings::share_in_percent> ||
    std::is_same_v<K, meanings::percentage_points> || std::is_same_v<K, meanings::growth_rate> ||
    std::is_same_v<K, meanings::average_annual_rate>;

template <class L, class R, class A, class B>
inline constexpr bool is_pair_v = (std::is_same_v<L, A> && std::is_same_v<R, B>) ||
                                  (std::is_same_v<L, B> && std::is_same_v<R, A>);

struct adding {};
struct comparing {};

/// One static_assert per misuse, chosen by what the two sides mean.
template <class Operation, class Left, class Right> constexpr void cannot_combine() {
  using namespace meanings;
  if constexpr (is_money_v<Left> && is_money_v<Right>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: money at current prices (现价) and money at constant prices (可比价), or "
        "at the prices of two different years, cannot be added or compared; convert one "
        "side first with an explicit deflator: zzplan::deflate(amount, deflator)");
  } else if constexpr (std::is_same_v<Operation, adding> &&
                       is_pair_v<Left, Right, share_in_percent, share_in_percent>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a share (%) plus a share (%) is not a share: a share is a part of a "
        "whole; share - share gives percentage points (个百分点); to sum the parts of one "
        "whole write zzplan::sum_of_parts(a, b)");
  } else if constexpr (std::is_same_v<Operation, adding> &&
                       is_pair_v<Left, Right, growth_rate, growth_rate>) {
    static_assert(always_false_v<Left>,
                  "zzplan: a growth rate (%) plus a growth rate (%): growth rates do not add, they "
                  "compound (two years of +10% are +21%, not +20%); write zzplan::compound(a, b)");
  } else if constexpr (std::is_same_v<Operation, adding> &&
                       is_pair_v<Left, Right, average_annual_rate, average_annual_rate>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: an average annual rate (年均%) plus an average annual rate: rates do not "
        "add; compound them over the years with zzplan::over(rate, years)");
  } else if constexpr ((is_money_v<Left> && std::is_same_v<Right, share_in_percent>) ||
                       (is_money_v<Right> && std::is_same_v<Left, share_in_percent>)) {
    static_assert(always_false_v<Left>,
                  "zzplan: money (元/万元/亿元) and a share (%) cannot be added or compared; a "
                  "share of money is money: write share * amount");
  } else if constexpr (is_pair_v<Left, Right, percentage_points, growth_rate> ||
                       is_pair_v<Left, Right, percentage_points, average_annual_rate>) {
    static_assert(always_false_v<Left>,
                  "zzplan: percentage points (个百分点) and a growth rate (%) cannot be combined: "
                  "'rose 5 points' is not 'rose 5%'; a share's relative change is "
                  "zzplan::relative_change(from, to)");
  } else if constexpr (is_pair_v<Left, Right, share_in_percent, growth_rate> ||
                       is_pair_v<Left, Right, share_in_percent, average_annual_rate>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a share (%) is a level and a growth rate (%) a relative change; they "
        "cannot be added or compared; apply the rate to the level: zzplan::apply(rate, level)");
  } else if constexpr (is_pair_v<Left, Right, growth_rate, average_annual_rate>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: a growth rate over a period (%) and an average annual rate (年均%) cannot "
        "be combined; convert first: zzplan::over(annual, years) or "
        "zzplan::average_annual(growth, years)");
  } else if constexpr ((is_money_v<Left> && std::is_same_v<Right, energy_in_tce>) ||
                       (is_money_v<Right> && std::is_same_v<Left, energy_in_tce>)) {
    static_assert(always_false_v<Left>,
                  "zzplan: money (元/万元/亿元) and energy (吨标准煤, tce) cannot be added or "
                  "compared; energy / money is an energy intensity (吨标准煤/万元)");
  } else if constexpr (is_pair_v<Left, Right, persons, count_of_items>) {
    static_assert(
        always_false_v<Left>,
        "zzplan: persons (人/万人) and a count of items (个) cannot be added or compared");
  } else if constexpr (is_percent_v<Left> != is_percent_v<Right>) {
    static_assert(always_false_v<Left>,
                  "zzplan: a percentage (share, points or rate) and a quantity with a unit cannot "
                  "be added or compared; a share of a quantity is share * quantity");
  } else if constexpr (std::is_same_v<Operation, comparing>) {
    static_assert(always_false_v<Left>,
                  "zzplan: these two values mean different things and cannot be compared (what "
                  "they are is named in 'with Left = ...; Right = ...' above)");
  } else {
    static_assert(always_false_v<Left>,
                  "zzplan: these two values mean different things and cannot be added or "
                  "subtracted (what they are is named in 'with Left = ...; Right = ...' above)");
  }
}

} // namespace detail

// The operators a misuse reaches: viable only where the algebra forbids the pair.
template <ZzplanValue A, ZzplanValue B>
requires(!addable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>) constexpr A
operator+(const A& a, const B&) {
  detail::cannot_combine<detail::adding, meaning_of_t<A>, meaning_of_t<B>>();
  return a;
}
template <ZzplanValue A, ZzplanValue B>
requires(!subtractable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>) constexpr A
operator-(const A& a, const B&) {
  detail::cannot_combine<detail::adding, meaning_of_t<A>, meaning_of_t<B>>();
  return a;
}
template <ZzplanValue A, ZzplanValue B>
requires(!comparable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>) constexpr bool
operator==(const A&, const B&) {
  detail::cannot_combine<detail::comparing, meaning_of_t<A>, meaning_of_t<B>>();
  return false;
}
template <ZzplanValue A, ZzplanValue B>
requires(!comparable_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>) constexpr int
operator<=>(const A&, const B&) {
  detail::cannot_combine<detail::comparing, meaning_of_t<A>, meaning_of_t<B>>();
  return 0;
}

} // namespace zzplan
