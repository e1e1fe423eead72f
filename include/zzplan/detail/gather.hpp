#pragma once
// A series into the evaluation core's point buffer: levels in the indicator's unit, or changes
// chained into an index with the base = 1, with the notes of what was left out and why
// (unsorted input, values that are not finite, duplicate years, a broken chain of changes).

#include <zzplan/detail/cx_math.hpp>
#include <zzplan/detail/evaluate_core.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/series.hpp>

#include <array>
#include <cstddef>
#include <limits>
#include <optional>

namespace zzplan::detail {

/// Level observations in [base, limit] into the buffer, in the indicator's unit.
template <class Q, class R>
constexpr void gather(R&& series, int base, int limit, point_buffer& buf, note_list& notes) {
  // The count, the flags and the last year are kept in locals: stores into the points may alias
  // buf.n, which would be reloaded after each one. Years in order (as published) are appended;
  // the others go through insert, which sorts them and finds duplicates.
  int n = buf.n;
  flag seen = buf.seen;
  int last =
      n > 0 ? buf.pts[static_cast<std::size_t>(n - 1)].year : std::numeric_limits<int>::min();
  bool any = false;
  int previous = std::numeric_limits<int>::min(); // no year read yet
  for (const auto& o : series) {
    any = true;
    const int y = static_cast<int>(o.when);
    if (y < previous && !notes.contains(note_code::unsorted_input)) {
      notes.add(note_code::unsorted_input);
    }
    previous = y;
    const double v = level_number(Q(o.value));
    if (!is_finite(v)) {
      notes.add(note_code::non_finite_ignored, y);
      continue;
    }
    if (y < base || y > limit) {
      continue;
    }
    if (y > last && n < point_buffer::capacity) {
      buf.pts[static_cast<std::size_t>(n++)] = point{y, v, o.flags};
      seen = seen | o.flags;
      last = y;
    } else {
      buf.n = n;
      buf.seen = seen;
      buf.insert(point{y, v, o.flags}, notes);
      n = buf.n;
      seen = buf.seen;
      last = buf.pts[static_cast<std::size_t>(n - 1)].year;
    }
  }
  buf.n = n;
  buf.seen = seen;
  if (any) {
    buf.empty_input = false;
  }
}

/// Change observations chained into an index with the base = 1: each year's index is the index
/// `span` years before times (1 + change); a change whose start is not reached breaks the chain.
template <class R>
constexpr void gather_changes(R&& series, int base, int limit, point_buffer& buf,
                              note_list& notes) {
  point_buffer changes;                           // year, change, flags; span kept in a side array
  std::array<int, point_buffer::capacity> spans;  // only [0, changes.n) is read
  int previous = std::numeric_limits<int>::min(); // no year read yet
  for (const change_observation& o : series) {
    buf.empty_input = false;
    const int y = static_cast<int>(o.when);
    if (y < previous && !notes.contains(note_code::unsorted_input)) {
      notes.add(note_code::unsorted_input);
    }
    previous = y;
    const double g = o.change.fraction();
    if (!is_finite(g) || g <= -1.0 || o.span < 1) {
      notes.add(note_code::non_finite_ignored, y);
      continue;
    }
    if (has(o.flags, flag::lower_bound)) {
      notes.add(note_code::lower_bound_not_point, y, g);
      continue;
    }
    if (y - o.span < base || y > limit) {
      continue;
    }
    // A yearly and a multi-year change may share an end year: key them by (year, span).
    const int key = y * 64 + (o.span < 64 ? o.span : 63);
    const std::size_t before = notes.size();
    changes.insert(point{key, g, o.flags}, notes);
    if (changes.fatal) {
      buf.fatal = true;
      if (notes.size() > before) {
        // report the calendar year, not the key
        note_list fixed;
        for (const note& nt : notes) {
          fixed.add(nt.code, nt.code == note_code::duplicate_year ? y : nt.year, nt.value);
        }
        notes = fixed;
      }
      return;
    }
  }
  for (int i = 0; i < changes.n; ++i) {
    spans[static_cast<std::size_t>(i)] = changes.pts[static_cast<std::size_t>(i)].year % 64;
  }
  buf.insert(point{base, 1.0, flag::none}, notes);
  int chained = 0;
  for (int i = 0; i < changes.n; ++i) {
    const point& c = changes.pts[static_cast<std::size_t>(i)];
    const int y = c.year / 64;
    const int from = y - spans[static_cast<std::size_t>(i)];
    std::optional<double> start;
    bool already = false;
    for (int j = 0; j < buf.n; ++j) {
      const point& p = buf.pts[static_cast<std::size_t>(j)];
      start = p.year == from ? std::optional<double>(p.value) : start;
      already = already || p.year == y;
    }
    if (already) {
      continue; // reached already by a shorter span
    }
    if (!start) {
      if (!notes.contains(note_code::chain_broken)) {
        notes.add(note_code::chain_broken, y);
      }
      continue;
    }
    buf.insert(point{y, *start * (1.0 + c.value), c.flags}, notes);
    ++chained;
  }
  if (chained > 0) {
    notes.add(note_code::chained_changes, base, chained);
  }
}

/// Levels (in Q) or changes (chained to an index) into the buffer, as the series holds them.
template <class Q, class R>
constexpr void gather_any(R&& series, int base, int limit, point_buffer& buf, note_list& notes) {
  if constexpr (ChangeSeries<R>) {
    gather_changes(series, base, limit, buf, notes);
  } else {
    gather<Q>(series, base, limit, buf, notes);
  }
}

} // namespace zzplan::detail
