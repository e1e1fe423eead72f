#pragma once
// The goal kinds of docs/method.md §3 as typed targets. Each factory reads like the wording it
// encodes: raise_to(15_pct) is 提高到15%, above(70_pct) is 超过70%, within(5.5_pct) is 控制在5.5%以内,
// decrease_by(15_pct_growth) is 下降15%以上, increase_by_points(1_pp) is 提高1个百分点, and so on.
// The comparators follow the Civil Code, Art. 1259: 以上, 以下, 以内 include the number; 超过,
// 不满 exclude it.

#include <zzplan/percent.hpp>

#include <limits>
#include <string_view>
#include <type_traits>

namespace zzplan {

/// How a measure is compared with its target: inclusive or strict, upwards or downwards.
enum class comparison : unsigned char {
  at_least,  ///< 以上, 达到, 提高到: v >= X
  more_than, ///< 超过: v > X
  at_most,   ///< 以内, 以下, 降低到: v <= X
  less_than, ///< 不满, 低于: v < X
};

[[nodiscard]] constexpr int comparison_sign(comparison c) noexcept {
  return (c == comparison::at_least || c == comparison::more_than) ? 1 : -1;
}
[[nodiscard]] constexpr bool is_strict(comparison c) noexcept {
  return c == comparison::more_than || c == comparison::less_than;
}

/// The kind of a goal, for reports and for the path its schedule follows (docs/method.md §4 item 4).
enum class goal_kind : unsigned char {
  level,             ///< 提高到X / 超过X / 降低到X
  ceiling,           ///< 控制在X以内 / 不满X
  step,              ///< 从A迈上B台阶
  average_growth,    ///< 年均增长X%以上
  cumulative_change, ///< 增长X% / 下降X%以上
  points_change,     ///< 提高/下降X个百分点
  multiple,          ///< 翻一番
  increment,         ///< 新增N-M个
  range,             ///< X至Y
  band,              ///< X左右
  relative,          ///< 与…同步 / 高于…
  milestone,         ///< done or not, with evidence
  cumulative_total,  ///< 累计X以上: the sum of a yearly flow from the year after the base
};

[[nodiscard]] constexpr std::string_view to_string(goal_kind k) noexcept {
  switch (k) {
  case goal_kind::level: return "level";
  case goal_kind::ceiling: return "ceiling";
  case goal_kind::step: return "step";
  case goal_kind::average_growth: return "average_growth";
  case goal_kind::cumulative_change: return "cumulative_change";
  case goal_kind::points_change: return "points_change";
  case goal_kind::multiple: return "multiple";
  case goal_kind::increment: return "increment";
  case goal_kind::range: return "range";
  case goal_kind::band: return "band";
  case goal_kind::relative: return "relative";
  case goal_kind::milestone: return "milestone";
  case goal_kind::cumulative_total: return "cumulative_total";
  }
  return "unknown";
}

/// Whether the required path is a straight line (levels, points, counts) or geometric (growth,
/// cumulative change, multiples, money thresholds).
enum class path_shape : unsigned char { linear, geometric };

/// The price basis a growth goal is stated on; it must be stated, never guessed.
enum class price_basis : unsigned char { nominal, real };

// ---- targets -----------------------------------------------------------------------------------

/// A level, reached upwards or kept under (level and ceiling goals).
template <class T> struct level_target {
  comparison cmp;
  T value;
  bool is_ceiling =
      false; ///< 控制在…以内 (a limit to stay within) rather than 降低到 (a level to reach)
  bool every_year = false; ///< 保持在/稳定在: the level must hold in every year of the period
};

/// 从A迈上B台阶: crossing B; A is the stated start.
template <class T> struct step_target {
  T from;
  T to;
};

/// 年均增长X%以上 on a stated price basis.
struct growth_target {
  comparison cmp;
  annual_rate rate;
  price_basis basis;
};

/// 增长X% / 下降X%(以上): the cumulative relative change from the base year (signed).
struct change_target {
  comparison cmp;
  growth_rate change;
};

/// 提高/下降X个百分点 (signed).
struct points_target {
  comparison cmp;
  points change;
};

/// 翻一番 (k = 2), 翻两番 (k = 4): at least k times the base.
struct multiple_target {
  double factor;
};

/// 新增N-M个: the stock grows by at least the floor; the stretch is the upper figure.
template <class T> struct increment_target {
  T floor;
  T stretch;
};

/// X至Y, both ends included.
template <class T> struct range_target {
  T low;
  T high;
};

/// X左右: within a tolerance of X, by default ±5% of X. T is a level or, for "降低20%左右", the
/// cumulative change (a growth_rate).
template <class T> struct band_target {
  T center;
  double tolerance = 0.05; ///< a fraction of |center|
};

/// 与…基本同步 (in step, within a tolerance) or 高于… (faster than): the average growth of this
/// indicator against another's, both from the base year.
struct relative_target {
  enum class relation : unsigned char { in_step, faster_than, slower_than } rel;
  points tolerance = points::pp(1.0); ///< ours, configurable: ±1 pp a year for "in step"
  std::string_view reference_zh{};
  std::string_view reference_en{};
};

// ---- the words of a plan -----------------------------------------------------------------------

/// 提高到X / 达到X / X以上 (inclusive).
template <class T> [[nodiscard]] constexpr level_target<T> raise_to(T x) noexcept {
  return {comparison::at_least, x};
}
template <class T> [[nodiscard]] constexpr level_target<T> at_least(T x) noexcept {
  return {comparison::at_least, x};
}
/// 超过X (strict: X itself does not meet it).
template <class T> [[nodiscard]] constexpr level_target<T> above(T x) noexcept {
  return {comparison::more_than, x};
}
/// 降低到X / 降至X (inclusive, lower is better).
template <class T> [[nodiscard]] constexpr level_target<T> lower_to(T x) noexcept {
  return {comparison::at_most, x};
}
/// 控制在X以内 / X以下 (inclusive ceiling).
template <class T> [[nodiscard]] constexpr level_target<T> within(T x) noexcept {
  return {comparison::at_most, x, true};
}
/// 不满X / 低于X (strict ceiling).
template <class T> [[nodiscard]] constexpr level_target<T> below(T x) noexcept {
  return {comparison::less_than, x, true};
}
/// 从A迈上B台阶.
template <class T> [[nodiscard]] constexpr step_target<T> step_from_to(T from, T to) noexcept {
  return {from, to};
}
/// 年均增长X%以上, on a stated price basis.
[[nodiscard]] constexpr growth_target grow_on_average(annual_rate r, price_basis basis) noexcept {
  return {comparison::at_least, r, basis};
}
/// 增长X%(以上).
[[nodiscard]] constexpr change_target increase_by(growth_rate g) noexcept {
  return {comparison::at_least, g};
}
/// 下降X%(以上): a decrease of at least X, X written as a positive figure. A negative figure is a
/// double negative: kept as written, so that the goal refuses it (a compile error where its figures
/// are constants, invalid_goal otherwise), never turned silently into a decrease.
[[nodiscard]] constexpr change_target decrease_by(growth_rate g) noexcept {
  return {comparison::at_most, -g};
}
/// 提高X个百分点.
[[nodiscard]] constexpr points_target increase_by_points(points p) noexcept {
  return {comparison::at_least, p};
}
/// 下降X个百分点, X written as a positive figure (a negative one is refused, as for decrease_by).
[[nodiscard]] constexpr points_target decrease_by_points(points p) noexcept {
  return {comparison::at_most, -p};
}

// ---- the wrong kind of figure: each factory says what it takes -----------------------------------
// The overloads below are chosen only for a figure of another kind than the factory takes, and
// stop at their own static_assert with the fix (without them the compiler lists the factories and
// the conversions that do not exist).

namespace detail {
template <class T> inline constexpr bool is_plain_number_v = std::is_arithmetic_v<T>;
/// The figure of a target whose figure was of the wrong kind: already refused with a message, so
/// that the goal does not report it again (not a number).
inline constexpr double refused_figure = std::numeric_limits<double>::quiet_NaN();
[[nodiscard]] constexpr bool is_refused(double figure) noexcept {
  return figure != figure;
}
} // namespace detail

// clang-format off
/// 年均增长: without its price basis, or with a figure that is not an average annual rate.
template <class T, bool Never = false>
constexpr growth_target grow_on_average(const T&) noexcept {
  static_assert(Never,
                "zzplan: an average growth goal states its price basis, current prices (nominal) or "
                "constant prices (real), never guessed; say grow_on_average(8_pct_a_year, "
                "price_basis::real) or price_basis::nominal");
  return {comparison::at_least, annual_rate::fraction(detail::refused_figure), price_basis::real};
}
template <class T, bool Never = false>
requires(!std::is_same_v<T, annual_rate>)
constexpr growth_target grow_on_average(const T&, price_basis) noexcept {
  if constexpr (std::is_same_v<T, growth_rate>) {
    static_assert(Never,
                  "zzplan: grow_on_average takes an average annual rate, but _pct_growth makes a growth "
                  "over the whole period; 年均增长8% is written 8_pct_a_year");
  } else if constexpr (std::is_same_v<T, share>) {
    static_assert(Never,
                  "zzplan: grow_on_average takes an average annual rate, but _pct makes a share (a "
                  "level, such as a rate in %); 年均增长8% is written 8_pct_a_year");
  } else if constexpr (detail::is_plain_number_v<T>) {
    static_assert(Never,
                  "zzplan: grow_on_average takes an average annual rate, not a plain number; "
                  "年均增长8% is written 8_pct_a_year");
  } else {
    static_assert(Never,
                  "zzplan: grow_on_average takes an average annual rate; 年均增长8% is written "
                  "8_pct_a_year");
  }
  return {comparison::at_least, annual_rate::fraction(detail::refused_figure), price_basis::real};
}
template <class T, bool Never = false>
requires(!std::is_same_v<T, growth_rate>)
constexpr change_target increase_by(const T&) noexcept {
  if constexpr (std::is_same_v<T, share>) {
    static_assert(Never,
                  "zzplan: increase_by takes a growth rate, but _pct makes a share (a level, such as "
                  "a rate in %); 增长15% is written increase_by(15_pct_growth)");
  } else if constexpr (std::is_same_v<T, annual_rate>) {
    static_assert(Never,
                  "zzplan: increase_by takes the growth over the whole period, but _pct_a_year makes "
                  "an average annual rate; 年均增长8% is grow_on_average(8_pct_a_year, basis), "
                  "增长15% is increase_by(15_pct_growth)");
  } else if constexpr (std::is_same_v<T, points>) {
    static_assert(Never,
                  "zzplan: increase_by takes a growth rate, but _pp makes percentage points; "
                  "提高1个百分点 is written increase_by_points(1_pp)");
  } else if constexpr (detail::is_plain_number_v<T>) {
    static_assert(Never,
                  "zzplan: increase_by takes a growth rate, not a plain number; 增长15% is written "
                  "increase_by(15_pct_growth)");
  } else {
    static_assert(Never,
                  "zzplan: increase_by takes a growth rate; 增长15% is written "
                  "increase_by(15_pct_growth)");
  }
  return {comparison::at_least, growth_rate::fraction(detail::refused_figure)};
}
template <class T, bool Never = false>
requires(!std::is_same_v<T, growth_rate>)
constexpr change_target decrease_by(const T&) noexcept {
  if constexpr (std::is_same_v<T, share>) {
    static_assert(Never,
                  "zzplan: decrease_by takes a growth rate, but _pct makes a share (a level, such as "
                  "a rate in %); 下降15% is written decrease_by(15_pct_growth)");
  } else if constexpr (std::is_same_v<T, annual_rate>) {
    static_assert(Never,
                  "zzplan: decrease_by takes the change over the whole period, but _pct_a_year makes "
                  "an average annual rate; 下降15% is written decrease_by(15_pct_growth)");
  } else if constexpr (std::is_same_v<T, points>) {
    static_assert(Never,
                  "zzplan: decrease_by takes a growth rate, but _pp makes percentage points; "
                  "下降1个百分点 is written decrease_by_points(1_pp)");
  } else if constexpr (detail::is_plain_number_v<T>) {
    static_assert(Never,
                  "zzplan: decrease_by takes a growth rate, not a plain number; 下降15% is written "
                  "decrease_by(15_pct_growth)");
  } else {
    static_assert(Never,
                  "zzplan: decrease_by takes a growth rate; 下降15% is written "
                  "decrease_by(15_pct_growth)");
  }
  return {comparison::at_most, growth_rate::fraction(detail::refused_figure)};
}
template <class T, bool Never = false>
requires(!std::is_same_v<T, points>)
constexpr points_target increase_by_points(const T&) noexcept {
  if constexpr (std::is_same_v<T, share>) {
    static_assert(Never,
                  "zzplan: increase_by_points takes percentage points, but _pct makes a share (a "
                  "level); 提高1个百分点 is written increase_by_points(1_pp)");
  } else if constexpr (std::is_same_v<T, growth_rate> || std::is_same_v<T, annual_rate>) {
    static_assert(Never,
                  "zzplan: increase_by_points takes percentage points, but this is a growth rate (a "
                  "relative change); 提高1个百分点 is written increase_by_points(1_pp)");
  } else if constexpr (detail::is_plain_number_v<T>) {
    static_assert(Never,
                  "zzplan: increase_by_points takes percentage points, not a plain number; "
                  "提高1个百分点 is written increase_by_points(1_pp)");
  } else {
    static_assert(Never,
                  "zzplan: increase_by_points takes percentage points; 提高1个百分点 is written "
                  "increase_by_points(1_pp)");
  }
  return {comparison::at_least, points::pp(detail::refused_figure)};
}
template <class T, bool Never = false>
requires(!std::is_same_v<T, points>)
constexpr points_target decrease_by_points(const T&) noexcept {
  if constexpr (std::is_same_v<T, share>) {
    static_assert(Never,
                  "zzplan: decrease_by_points takes percentage points, but _pct makes a share (a "
                  "level); 下降1个百分点 is written decrease_by_points(1_pp)");
  } else if constexpr (std::is_same_v<T, growth_rate> || std::is_same_v<T, annual_rate>) {
    static_assert(Never,
                  "zzplan: decrease_by_points takes percentage points, but this is a growth rate (a "
                  "relative change); 下降1个百分点 is written decrease_by_points(1_pp)");
  } else if constexpr (detail::is_plain_number_v<T>) {
    static_assert(Never,
                  "zzplan: decrease_by_points takes percentage points, not a plain number; "
                  "下降1个百分点 is written decrease_by_points(1_pp)");
  } else {
    static_assert(Never,
                  "zzplan: decrease_by_points takes percentage points; 下降1个百分点 is written "
                  "decrease_by_points(1_pp)");
  }
  return {comparison::at_most, points::pp(detail::refused_figure)};
}
// clang-format on
/// 翻一番 (k = 2) / 翻两番 (k = 4).
[[nodiscard]] constexpr multiple_target multiply_by(double k) noexcept {
  return {k};
}
/// 新增N-M个 (stretch = floor when only one number is given).
template <class T>
[[nodiscard]] constexpr increment_target<T> add_between(T floor, T stretch) noexcept {
  return {floor, stretch};
}
template <class T> [[nodiscard]] constexpr increment_target<T> add(T n) noexcept {
  return {n, n};
}
/// X至Y.
template <class T> [[nodiscard]] constexpr range_target<T> between(T low, T high) noexcept {
  return {low, high};
}
/// X左右 (tolerance: a fraction of X; ours by default ±5%).
template <class T>
[[nodiscard]] constexpr band_target<T> about(T center, double tolerance = 0.05) noexcept {
  return {center, tolerance};
}
/// 与…基本同步.
[[nodiscard]] constexpr relative_target in_step_with(std::string_view reference_zh,
                                                     std::string_view reference_en,
                                                     points tolerance = points::pp(1.0)) noexcept {
  return {relative_target::relation::in_step, tolerance, reference_zh, reference_en};
}
/// 高于… (growth faster than the reference).
[[nodiscard]] constexpr relative_target faster_than(std::string_view reference_zh,
                                                    std::string_view reference_en) noexcept {
  return {relative_target::relation::faster_than, points::pp(0.0), reference_zh, reference_en};
}

// ---- the targets of real plan tables: totals over the period, yearly paces, held levels -------
// (the wordings of docs/method.md §3 beyond the seed plan: 累计X以上, 每年提高X个百分点,
// 保持在X以上, 年均增长X%左右)

/// 累计X以上, 累计新增X, 五年累计X, and [X] in a plan table: the sum of a yearly flow (new urban
/// jobs, forest planted) from the year after the base to the deadline reaches X.
template <class T> struct cumulative_total_target {
  comparison cmp;
  T total;
};

/// 年均提高X个百分点, 每年提高X个百分点: a yearly pace of a share; over the period from the base
/// year b to the deadline T the share must move by X·(T − b) points (signed).
struct points_pace_target {
  comparison cmp;
  points each_year;
};

/// A pace in percentage points a year, the centre of a band: 每年提高1个百分点左右 is
/// about(points_a_year{1_pp}).
struct points_a_year {
  points each_year;
};

/// 累计X以上: the sum of the yearly values from the year after the base to the deadline is at
/// least X.
template <class T> [[nodiscard]] constexpr cumulative_total_target<T> sum_at_least(T x) noexcept {
  return {comparison::at_least, x};
}
/// 每年提高X个百分点 (X positive).
[[nodiscard]] constexpr points_pace_target increase_points_each_year(points p) noexcept {
  return {comparison::at_least, points::fraction(p.fraction() < 0 ? -p.fraction() : p.fraction())};
}
/// 每年下降X个百分点 (X positive).
[[nodiscard]] constexpr points_pace_target decrease_points_each_year(points p) noexcept {
  return {comparison::at_most,
          points::fraction(-(p.fraction() < 0 ? -p.fraction() : p.fraction()))};
}
/// 保持在X以上, 稳定在X以上: at least X in every year of the period (inclusive).
template <class T> [[nodiscard]] constexpr level_target<T> keep_at_least(T x) noexcept {
  return {comparison::at_least, x, false, true};
}
/// 保持在X以内: within X in every year of the period (an inclusive ceiling).
template <class T> [[nodiscard]] constexpr level_target<T> keep_within(T x) noexcept {
  return {comparison::at_most, x, true, true};
}

} // namespace zzplan
