#pragma once
// The run-time words of <zzplan/phrase.hpp>: a parsed phrase explained in English or Chinese.
// Apart from the parser and the typed route so that each header stays short; included from
// phrase.hpp, which is the header to include.

#include <zzplan/format.hpp>
#include <zzplan/parsed_phrase.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/units.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace zzplan {

namespace detail::phrase {
/// Calls f with the C++ value of v written in unit u (share, points, a quantity; double for none),
/// money at current prices: one case per row of the unit table.
template <class F, std::size_t... I>
decltype(auto) with_value(double v, unit_id u, F&& f, std::index_sequence<I...>) {
  using result = decltype(f(v));
  std::optional<std::remove_cvref_t<result>> out;
  static_cast<void>(
      ((unit_table[I].id == u ? (out.emplace(f(value_of<unit_table[I].id>(v))), true) : false) ||
       ...));
  return out ? std::move(*out) : f(v);
}
inline std::string amount_text(double v, unit_id u, lang l, bool plus = false) {
  std::string s = with_value(
      v, u,
      [&](const auto& x) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(x)>, double>) {
          return format_number(x);
        } else {
          return to_string(x, l);
        }
      },
      std::make_index_sequence<unit_table.size()>{});
  if (!s.empty() && s[0] == '-') {
    return "−" + s.substr(1); // U+2212
  }
  return (plus && v > 0) ? "+" + s : s;
}
} // namespace detail::phrase

/// The phrase in words, e.g. "cumulative change, at most −15% (a decrease of at least 15%), firm"
/// or "累计变化，不高于−15%（下降至少15%），确保".
[[nodiscard]] inline std::string explain(const parsed_phrase& p, lang l = lang::zh) {
  using detail::phrase::amount_text;
  const bool zh = l == lang::zh;
  const auto t = [zh](const char* en, const char* z) { return std::string(zh ? z : en); };
  const bool signed_change = p.measure != phrase_measure::level;
  const std::string v = amount_text(p.value, p.unit, l, signed_change);
  const std::string mag = amount_text(p.value < 0 ? -p.value : p.value, p.unit, l);
  const std::string least = t("at least ", "不低于"), most = t("at most ", "不高于");
  std::string s;
  switch (p.kind) {
  case goal_kind::level:
  case goal_kind::ceiling:
    s = p.kind == goal_kind::ceiling ? t("ceiling, ", "上限，") : t("level, ", "水平，");
    switch (p.cmp) {
    case comparison::at_least: s += least + v + t(" (inclusive)", "（含本数）"); break;
    case comparison::more_than:
      s += t("more than ", "高于") + v + t(" (strict)", "（不含本数）");
      break;
    case comparison::at_most:
      s += most + v +
           (p.decrease ? t(" (inclusive; lower is better)", "（含本数，越低越好）")
                       : t(" (inclusive)", "（含本数）"));
      break;
    case comparison::less_than:
      s += t("below ", "低于") + v + t(" (strict)", "（不含本数）");
      break;
    }
    if (p.second) {
      s += t(", from ", "，起点") + amount_text(*p.second, p.unit, l);
    }
    if (p.every_year) {
      s += t(", in every year of the period", "，规划期内每年都须达到");
    }
    break;
  case goal_kind::step:
    s = t("step, crossing ", "台阶，迈上") + v;
    if (p.second) {
      s += t(" (from ", "（起点") + amount_text(*p.second, p.unit, l) + t(")", "）");
    }
    break;
  case goal_kind::average_growth:
  case goal_kind::cumulative_change:
  case goal_kind::points_change: {
    const bool annual = p.kind == goal_kind::average_growth;
    const bool pace =
        p.kind == goal_kind::points_change && p.measure == phrase_measure::annual_change;
    s = annual ? (p.decrease ? t("average annual change, ", "年均变化，")
                             : t("average annual growth, ", "年均增长，"))
               : (pace ? t("yearly pace of a share, ", "每年百分点变化，")
                       : (p.kind == goal_kind::points_change
                              ? t("change in percentage points, ", "百分点变化，")
                              : t("cumulative change, ", "累计变化，")));
    const std::string per_year = annual || pace ? t(" a year", "/年") : "";
    s += (p.decrease ? most : least) + v + per_year;
    s += p.decrease ? t(" (a decrease of at least ", "（下降至少")
                    : t(" (an increase of at least ", "（增长至少");
    s += mag + per_year + t(")", "）");
    if (pace) {
      s += t("; over the period, that times the years", "；规划期内为年数乘以该值");
    }
    if (p.basis) {
      s += *p.basis == price_basis::real ? t(", real (实际)", "，实际增长（可比价）")
                                         : t(", nominal (名义)", "，名义增长（现价）");
    } else if (annual) {
      s += t(", on a price basis to be stated", "，须注明现价或可比价");
    }
    break;
  }
  case goal_kind::cumulative_total:
    s = t("cumulative total of a yearly flow, at least ", "累计总量，不低于") + v +
        t(" (the sum of the yearly values from the year after the base to the deadline)",
          "（基期次年至目标年逐年数值之和）");
    break;
  case goal_kind::multiple:
    s = t("multiple, at least ", "倍数，不低于基期的") + format_number(p.factor) +
        t(" times the base", "倍");
    break;
  case goal_kind::increment:
    s = t("increment, at least +", "增量，至少新增") + mag;
    if (p.second && *p.second != p.value) {
      s += t(" (stretch +", "（力争") + amount_text(*p.second, p.unit, l) + t(")", "）");
    }
    break;
  case goal_kind::range:
    s = t("range, ", "区间，") + v + t(" to ", "至") +
        amount_text(p.second.value_or(p.value), p.unit, l, signed_change) +
        t(" (both included)", "（含两端）");
    break;
  case goal_kind::band: {
    const std::string tol = format_number(p.tolerance.value_or(0.05) * 100.0) + "%";
    if (p.measure == phrase_measure::annual_change) { // 年均增长6.5%左右: the yearly average
      s = (p.unit == unit_id::points
               ? t("band on a yearly pace of a share: about ", "区间带，每年变化约")
               : t("band on the average annual growth: the yearly average from the base year "
                   "about ",
                   "区间带，基期以来年均增长约")) +
          v + t(" a year", "/年");
    } else {
      s = t("band, about ", "区间带，") + v + t("", "左右");
    }
    if (p.decrease) {
      s += t(" (a decrease of about ", "（下降约") + mag + t(")", "）");
    }
    s += t(", within ±", "，容差±") + tol + t(" of it", "") +
         (p.tolerance ? "" : t(" (default)", "（默认）"));
    break;
  }
  case goal_kind::relative: {
    const std::string ref(p.reference);
    if (p.relation == relative_target::relation::in_step) {
      s = t("relative, growth in step with ", "相对，增长与") + ref +
          t(" (within ±1 pp a year, default)", "基本同步（每年±1个百分点以内，默认）");
    } else {
      const bool faster = p.relation == relative_target::relation::faster_than;
      s = (faster ? t("relative, growth faster than ", "相对，增长快于")
                  : t("relative, growth slower than ", "相对，增长慢于")) +
          ref;
    }
    break;
  }
  case goal_kind::milestone: s = t("milestone", "里程碑"); break;
  }
  return s + (p.mode == modality::aspirational ? t(", aspirational (力争)", "，力争")
                                               : t(", firm", "，确保"));
}

} // namespace zzplan
