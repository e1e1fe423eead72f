#pragma once
// What the evaluation core works on: a goal reduced to numbers in the indicator's unit (with its
// kind, and where it fixes them its path and band flags, as constants), the observations it reads
// and the levels it finds, before evaluate.hpp types them.

#include <zzplan/assessment.hpp>
#include <zzplan/detail/cx_math.hpp>
#include <zzplan/series.hpp>
#include <zzplan/target.hpp>

#include <array>
#include <limits>
#include <optional>

namespace zzplan::detail {

/// One usable observation: a level (or an index) in the indicator's unit.
using point = level_point;

/// Observations within [base, evaluation year], sorted, checked; the notes say what was dropped.
struct point_buffer {
  static constexpr int capacity = 128;
  std::array<point, capacity> pts; ///< only [0, n) is read: not zero-filled (3 KB a call)
  int n = 0;
  bool fatal = false; ///< duplicates: the assessment cannot be made
  bool empty_input = true;
  flag seen = flag::none; ///< the flags of the points held, together: most series have none

  /// Inserts in year order; reports duplicates.
  constexpr void insert(point p, note_list& notes) noexcept {
    if (n < capacity && (n == 0 || pts[static_cast<std::size_t>(n - 1)].year < p.year)) {
      pts[static_cast<std::size_t>(n++)] = p; // after every year held: no duplicate, no move
      seen = seen | p.flags;
      return;
    }
    for (int i = 0; i < n; ++i) {
      if (pts[static_cast<std::size_t>(i)].year == p.year) {
        if (!notes.contains(note_code::duplicate_year)) {
          notes.add(note_code::duplicate_year, p.year);
        }
        fatal = true;
        return;
      }
    }
    if (n == capacity) {
      notes.add(note_code::too_many_observations, 0, capacity);
      return;
    }
    int i = n++;
    while (i > 0 && pts[static_cast<std::size_t>(i - 1)].year > p.year) {
      pts[static_cast<std::size_t>(i)] = pts[static_cast<std::size_t>(i - 1)];
      --i;
    }
    pts[static_cast<std::size_t>(i)] = p;
    seen = seen | p.flags;
  }
};

/// A goal reduced to numbers in the indicator's unit (see fill_params in evaluate.hpp).
struct core_goal {
  goal_kind kind = goal_kind::level;
  comparison cmp = comparison::at_least;
  path_shape path = path_shape::linear;
  double x = 0.0;  ///< level target; step's B; range low; band centre; increment floor
  double x2 = 0.0; ///< range high; increment stretch
  double k =
      0.0; ///< cumulative change, annual rate (fractions); points change (in the level's unit); multiple
  double tolerance = 0.0;
  bool band_on_change = false;
  int base = 0;
  int deadline = 0;
  std::optional<double> stated_base{};
  bool stated_is_start = false; ///< the stated value is a step's "从A", used only without data
  bool index_series = false;    ///< levels are an index chained from changes (base = 1)
  bool every_year = false;      ///< 保持在X以上: the target must hold in every observed year
  bool band_on_annual = false;  ///< a band on the average annual growth k (年均增长X%左右)
  bool band_on_points = false; ///< a band on the change of a share, k points (提高2个百分点左右)

  [[nodiscard]] constexpr int span_years() const noexcept { return deadline - base; }
};

/// A goal whose kind is known when compiling: `kind` hides core_goal's run-time field, so the
/// core's tests of the kind fold away and each kind compiles to straight-line code, as a
/// function written by hand for that kind would (docs/performance.md §1).
template <goal_kind K> struct core_goal_of : core_goal { static constexpr goal_kind kind = K; };

/// The required path's shape, where the kind alone decides it (money thresholds, growth, changes
/// and multiples compound; levels, points and counts move linearly); a band's depends on what it
/// is a band of.
[[nodiscard]] constexpr bool path_fixed_by_kind(goal_kind k) noexcept {
  return k != goal_kind::band && k != goal_kind::relative && k != goal_kind::milestone;
}
[[nodiscard]] constexpr path_shape path_of_kind(goal_kind k) noexcept {
  return k == goal_kind::step || k == goal_kind::average_growth ||
                 k == goal_kind::cumulative_change || k == goal_kind::multiple
             ? path_shape::geometric
             : path_shape::linear;
}

/// A goal whose kind fixes its path: the path is a constant as well.
template <goal_kind K>
requires(path_fixed_by_kind(K)) struct core_goal_of<K> : core_goal {
  static constexpr goal_kind kind = K;
  static constexpr path_shape path = path_of_kind(K);
};

/// A band on levels (X左右 of a level): the flags that tell the bands on changes, rates and points
/// apart are constants too, so the band's five to six tests of the condition fold to one compare.
struct core_goal_level_band : core_goal_of<goal_kind::band> {
  static constexpr path_shape path = path_shape::linear;
  static constexpr bool band_on_change = false;
  static constexpr bool band_on_annual = false;
  static constexpr bool band_on_points = false;
};

/// The levels an evaluation finds, in the indicator's unit, before they are typed. Held as plain
/// numbers, NaN for "not found": nine std::optional<double> cost a 144-byte zero fill and a 16-byte
/// copy through the stack for each one set, and a word of "set" bits costs a read-modify-write of
/// memory for each level (the core's stores may alias it), a chain of store forwards. A level set
/// to NaN is not found (no NaN reaches an assessment).
class core_levels {
public:
  enum item : unsigned char {
    baseline,
    latest,
    target,
    projected,
    over_absolute,
    target_low,        ///< ranges, bands
    target_high,       ///< ranges, bands
    stretch,           ///< increments: the upper figure as a level
    required_per_year, ///< cumulative totals: what is left, a remaining year
    count
  };
  constexpr core_levels() noexcept {
    for (double& v : values_) {
      v = std::numeric_limits<double>::quiet_NaN();
    }
  }
  constexpr void set(item i, double v) noexcept { values_[i] = v; } // NaN: not found
  [[nodiscard]] constexpr bool has(item i) const noexcept {
    return values_[i] == values_[i]; // not NaN
  }
  [[nodiscard]] constexpr double operator[](item i) const noexcept { return values_[i]; }

private:
  std::array<double, count> values_; // 72 bytes: NaN stored with a few vector stores
};

/// o = v when v is finite.
constexpr void set_finite(optional_number<double>& o, double v) noexcept {
  if (is_finite(v)) {
    o.emplace(v);
  }
}

} // namespace zzplan::detail
