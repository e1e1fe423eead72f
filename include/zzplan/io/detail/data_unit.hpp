#pragma once
// A plan file's goal is evaluated in the quantity type of its kind of quantity (evaluated_in:
// 亿元 in 元, 万吨 in 公斤, 岁 in 年): the data's numbers go in converted exactly, and what comes out
// (records, facts, charts) is shown back in the data's own unit, so a goal on 亿元 data reads in
// 亿元. Shares are the exception: % and ‰ are both a share, and a share prints in %.

#include <zzplan/io/detail/chart_data.hpp>
#include <zzplan/io/detail/shortest.hpp>
#include <zzplan/io/detail/typed_goal.hpp>
#include <zzplan/io/record.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace zzplan::io::detail {

/// What one of the data's numbers is in Q's own unit: 1e8 for 亿元 data evaluated in 元; 0.1 for
/// ‰ data read as a share in %.
template <class Q> [[nodiscard]] double data_scale(unit_id data_unit) {
  return level_number(amount<Q>(1.0, data_unit));
}

/// Whether the numbers of a goal of quantity Q on data in data_unit are shown converted back.
template <class Q> [[nodiscard]] constexpr bool shown_converted(unit_id data_unit) noexcept {
  if constexpr (is_quantity_v<Q>) {
    return Q::unit::id != data_unit;
  } else {
    return false; // a share prints in %, whether the data wrote % or ‰
  }
}

/// v / scale, read back to the 15 significant digits data are published with (so 3420.3亿元 is
/// shown 3420.3 after a trip through 元, not 3420.2999999999997).
[[nodiscard]] inline double unscale(double v, double scale) {
  double out = v / scale;
  if (const std::optional<double> known = read_back_at_15_digits(out)) { // nearly all values
    return *known;
  }
  char buf[40]; // to_chars/from_chars: printf's %.15g and strtod, without their cost
  const char* end = std::to_chars(buf, buf + sizeof buf, out, std::chars_format::general, 15).ptr;
  std::from_chars(buf, end, out);
  return out;
}
inline void unscale(std::optional<double>& v, double scale) {
  if (v) {
    *v = unscale(*v, scale);
  }
}

/// Calls f with v written in unit u as its C++ value, money on the price basis B.
template <class B, class F> decltype(auto) with_row_value(unit_id u, double v, F&& f) {
  using result = decltype(f(v));
  std::optional<std::remove_cvref_t<result>> out;
  [&]<std::size_t... Row>(std::index_sequence<Row...>) {
    static_cast<void>(((unit_table[Row].id == u && is_level_unit(unit_table[Row].id)
                            ? (out.emplace(f(value_of<unit_table[Row].id, B>(v))), true)
                            : false) ||
                       ...));
  }
  (std::make_index_sequence<unit_table.size()>{});
  return out ? std::move(*out) : f(v);
}

// One instantiation per price basis, not per quantity type (the table has 70 rows).
template <class B> [[nodiscard]] std::string row_unit_text(unit_id u, lang l) {
  return with_row_value<B>(
      u, 0.0, [&](const auto& x) { return unit_text<std::remove_cvref_t<decltype(x)>>::get(l); });
}
template <class B> [[nodiscard]] std::string row_over_text(unit_id u, double v, lang l) {
  return with_row_value<B>(u, v, [&](const auto& x) { return over_text(x, l); });
}

/// The unit text of the data's unit, on Q's price basis: "亿元（现价）", "100 million yuan".
template <class Q> [[nodiscard]] std::string data_unit_text(unit_id u, lang l) {
  return row_unit_text<price_basis_of_t<Q>>(u, l);
}

/// A record of a goal of quantity Q shown in the data's unit: its levels (when the assessment's
/// are Q's, not an index) and its over-completion (when it is in Q).
template <class Q, class L, class O>
void show_in_data_unit(assessment_record& r, unit_id data_unit, lang l,
                       record_fields fields = record_fields::all) {
  if constexpr (std::is_same_v<L, Q>) {
    if (!shown_converted<Q>(data_unit)) {
      return;
    }
    const double k = data_scale<Q>(data_unit);
    unscale(r.baseline_value, k);
    unscale(r.target_value, k);
    unscale(r.latest_value, k);
    unscale(r.projected_value, k);
    unscale(r.required_per_year, k);
    if (!r.unit.empty()) {
      r.unit = data_unit_text<Q>(data_unit, l);
    }
    if constexpr (std::is_same_v<O, Q>) {
      unscale(r.over_completion_absolute, k);
      if (r.over_completion_absolute && fields == record_fields::all) {
        r.over_completion_text =
            row_over_text<price_basis_of_t<Q>>(data_unit, *r.over_completion_absolute, l);
      }
    }
  }
}

/// Whether notes_in_data_unit changes any note: the levels are Q's and shown in another unit.
template <class Q, class L> [[nodiscard]] bool notes_shown_converted(unit_id data_unit) {
  if constexpr (std::is_same_v<L, Q>) {
    return shown_converted<Q>(data_unit);
  } else {
    return false;
  }
}

/// The notes of an assessment whose value is a level of the goal (a stated base, a lower bound, a
/// stretch figure, a year the level did not hold, a running sum), in the data's unit like the
/// record's numbers: "the plan's stated start 3000" for 亿元 data, not 300000000000 (元).
template <class Q, class L>
[[nodiscard]] note_list notes_in_data_unit(const note_list& in, unit_id data_unit) {
  if constexpr (std::is_same_v<L, Q>) {
    if (shown_converted<Q>(data_unit)) {
      const double k = data_scale<Q>(data_unit);
      note_list out;
      for (const note& n : in) {
        switch (n.code) {
        case note_code::baseline_stated:
        case note_code::baseline_stated_start:
        case note_code::rate_undefined:
        case note_code::lower_bound_met:
        case note_code::lower_bound_not_point:
        case note_code::stretch_met:
        case note_code::not_held:
        case note_code::cumulative_sum: out.add(n.code, n.year, unscale(n.value, k)); break;
        default: out.add(n.code, n.year, n.value); break;
        }
      }
      return out;
    }
  }
  return in;
}

/// A chart of a goal of quantity Q shown in the data's unit (an index is left as it is; so is a
/// relative goal's reference unless it was read as levels).
template <class Q, class L>
void show_in_data_unit(goal_chart& c, unit_id data_unit, bool reference_levels) {
  if constexpr (std::is_same_v<L, Q>) {
    if (c.index_series || !shown_converted<Q>(data_unit)) {
      return;
    }
    const double k = data_scale<Q>(data_unit);
    for (auto* points : {&c.observed, &c.required, &c.projection, &c.reference}) {
      if (points == &c.reference && !reference_levels) {
        continue;
      }
      for (chart_point& p : *points) {
        p.value = unscale(p.value, k);
      }
    }
    unscale(c.target, k);
    unscale(c.stretch, k);
    unscale(c.band_low, k);
    unscale(c.band_high, k);
  }
}

} // namespace zzplan::io::detail
