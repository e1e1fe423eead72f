#pragma once
// The rules a goal of a plan file must follow before it is built with its types: the target
// phrase is understood, its unit agrees with the data's, a growth goal on money states its price
// basis, a relative goal names its reference, and so on. Each broken rule is an input_error that
// names the file, the line and column, and what to fix. Used by plan.hpp.

#include <zzplan/detail/edit_distance.hpp>
#include <zzplan/io/detail/plan_spec.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zzplan::io {

namespace detail {

/// The known word nearest to w (edit distance at most 2, or a third of its length), or "".
[[nodiscard]] inline std::string_view closest_word(std::string_view w,
                                                   const std::vector<std::string_view>& known) {
  std::string_view best;
  std::size_t best_d = std::max<std::size_t>(2, w.size() / 3) + 1;
  std::vector<std::size_t> row;
  for (const std::string_view k : known) {
    row.resize(k.size() + 1);
    const std::size_t d = zzplan::detail::edit_distance<char>(w, k, row);
    if (d < best_d) {
      best_d = d;
      best = k;
    }
  }
  return best;
}

/// The units a plan may name, as a message lists them: "%, 个百分点, 元, 万元, …" (level units
/// only when levels_only).
[[nodiscard]] inline std::string unit_list(bool levels_only = true) {
  std::string out;
  for (const unit_info& row : unit_table) {
    if (!levels_only || is_level_unit(row.id)) {
      if (!out.empty()) {
        out += ", ";
      }
      out += row.zh;
    }
  }
  return out;
}

/// The units of a family, for a message: "元, 万元, 亿元, 万亿元".
[[nodiscard]] inline std::string units_of_family(unit_family f) {
  std::string out;
  for (const unit_info& row : unit_table) {
    if (row.family == f) {
      if (!out.empty()) {
        out += ", ";
      }
      out += row.zh;
    }
  }
  return out;
}

/// The direction a wording implies, if any: its comparator, or for a band or range the way its
/// verb says (降低20%左右 is lower, 提高到65%左右 higher; 65%左右 alone says nothing).
[[nodiscard]] constexpr std::optional<direction>
implied_direction(const parsed_phrase& p) noexcept {
  switch (p.kind) {
  case goal_kind::step:
  case goal_kind::increment:
  case goal_kind::cumulative_total:
  case goal_kind::multiple: return direction::higher_is_better;
  case goal_kind::range:
  case goal_kind::band:
    if (p.decrease) {
      return direction::lower_is_better;
    }
    if (p.increase) {
      return direction::higher_is_better;
    }
    return std::nullopt;
  case goal_kind::relative:
    if (p.relation == relative_target::relation::in_step) {
      return std::nullopt;
    }
    return p.relation == relative_target::relation::faster_than ? direction::higher_is_better
                                                                : direction::lower_is_better;
  default:
    return comparison_sign(p.cmp) > 0 ? direction::higher_is_better : direction::lower_is_better;
  }
}

/// Words that name indicators where lower is better (energy and CO2 intensity, emissions,
/// unemployment, gaps): a wording that says "higher" of one is a contradiction, not a goal.
inline constexpr std::string_view lower_is_better_words[] = {
    "能耗",   "能源消耗", "二氧化碳排放", "碳排放",   "排放",      "用水量",
    "失业率", "污染",     "PM2.5",        "细颗粒物", "劣Ⅴ类",     "劣V类",
    "收入比", "倍差",     "差异系数",     "死亡率",   "贫困发生率"};

/// The word that says lower is better for an indicator's name, or "".
[[nodiscard]] constexpr std::string_view lower_is_better_word(std::string_view name) noexcept {
  for (const std::string_view w : lower_is_better_words) {
    if (name.find(w) != std::string_view::npos) {
      return w;
    }
  }
  return {};
}

[[nodiscard]] constexpr std::string_view unit_name(unit_id u) noexcept {
  return u == unit_id::none ? "no unit" : unit_symbol(u);
}

/// The rules of a goal that need no types. basis and tolerance are the texts the plan wrote.
inline void check_goal(goal_spec& g, const std::optional<std::string>& basis,
                       const std::optional<std::string>& tolerance, const std::string& file) {
  const auto fail = [&](std::string_view key, const std::string& msg) {
    const file_position p = g.at(key);
    throw input_error(file, p.line, p.column, "goal '" + g.id + "': " + msg);
  };
  // ---- the unit of the data ----
  const std::optional<unit_id> data_unit = find_unit(g.unit_text);
  if (!data_unit || !is_level_unit(*data_unit)) {
    fail("unit", "unit '" + g.unit_text + "' is not known; write one of " + unit_list());
  }
  g.unit = *data_unit;
  // ---- the target phrase ----
  const parse_result r = parse_phrase(g.target);
  if (!r) {
    const file_position p = g.at("target");
    const std::size_t off = std::min(r.error().offset, g.target.size());
    const std::string rest =
        off < g.target.size() ? "at '" + g.target.substr(off) + "'" : "at its end";
    throw input_error(
        file, p.line, p.column + 1 + utf8::count(std::string_view(g.target).substr(0, off)),
        "goal '" + g.id + "': the target '" + g.target + "' is not understood " + rest + ": " +
            std::string(r.error().message()) + "; see docs/method.md §3 for the wordings");
  }
  g.phrase = *r;
  g.phrase_name = std::string(g.phrase.name);
  g.phrase_reference = std::string(g.phrase.reference);
  g.phrase.name = {};
  g.phrase.reference = {};
  const parsed_phrase& ph = g.phrase;
  const std::string said = "the target '" + g.target + "'";
  const std::string unit_said = "unit = \"" + g.unit_text + "\"";
  // ---- the unit of the phrase against the unit of the data ----
  const unit_family fd = family_of(g.unit);
  const unit_family fp = family_of(ph.unit);
  if (ph.kind == goal_kind::range && ph.measure != phrase_measure::level) {
    fail("target", said + " is a range of growth rates, which is not supported; write one "
                          "bound (增长6%以上) or a band (增长6.5%左右)");
  }
  // a count for data that are a rate per population of it (每万人口…: 12件 for 件/万人口)
  if (fp != fd && (fp == unit_family::items || ph.unit == unit_id::person) &&
      fd == unit_family::per_population &&
      (ph.unit == unit_id::person ? unit_id::person : info(ph.unit).counted) ==
          info(g.unit).counted) {
    g.phrase.unit = g.unit;
  }
  const unit_family fpu = family_of(g.phrase.unit);
  if (ph.kind == goal_kind::points_change ||
      (ph.kind == goal_kind::band && ph.unit == unit_id::points)) {
    if (fd != unit_family::share) {
      fail("unit", said + " is in 个百分点 (points of a share) but " + unit_said +
                       " is not a share; points need unit = \"%\", or write the change in %");
    }
  } else if (g.is_growth()) {
    if (ph.kind != goal_kind::relative && ph.kind != goal_kind::multiple &&
        fp != unit_family::share) {
      fail("target", said + " is a change and needs a rate in % (e.g. 下降15%), not " +
                         std::string(unit_name(ph.unit)));
    }
  } else if (fpu == unit_family::none || fpu == unit_family::points) {
    fail("target", said + " writes no unit for its level; write it (e.g. 15%, 5000亿元, 2个) as " +
                       unit_said + " says");
  } else if (fpu != fd ||
             (fd == unit_family::items && info(g.phrase.unit).counted != info(g.unit).counted)) {
    fail("unit",
         said + " is in " + std::string(unit_symbol(ph.unit)) + " but " + unit_said +
             " is another kind of quantity; make them agree (the data's unit is the goal's unit)");
  }
  // ---- the price basis ----
  if (basis) {
    if (!has_price_basis(g.unit)) {
      std::string priced;
      for (const unit_info& row : unit_table) {
        if (row.prices != price_rule::none) {
          priced += (priced.empty() ? "" : ", ") + std::string(row.zh);
        }
      }
      fail("price_basis",
           "price_basis applies to money (" + priced + "), not to " + unit_said + "; remove it");
    }
    g.price_stated = true;
    if (*basis == "nominal") {
      g.price_year = 0;
    } else if (*basis == "real") {
      g.price_year = g.base_year;
    } else if (basis->starts_with("constant:")) {
      const std::string y = basis->substr(9);
      g.price_year = y.size() == 4 && std::all_of(y.begin(), y.end(),
                                                  [](char c) { return c >= '0' && c <= '9'; })
                         ? std::stoi(y)
                         : -1;
    } else {
      fail("price_basis", "price_basis '" + *basis +
                              "' is not known; write \"nominal\", \"real\" or \"constant:2020\"");
    }
    if (g.price_year != 0 &&
        std::find(price_years.begin(), price_years.end(), g.price_year) == price_years.end()) {
      fail("price_basis",
           "constant prices of '" + *basis + "' are not supported" +
               (*basis == "real"
                    ? " (real means prices of the base year " + std::to_string(g.base_year) + ")"
                    : std::string()) +
               "; write constant:2010, constant:2015, constant:2020 or constant:2025");
    }
    if (info(g.unit).prices == price_rule::constant_only && g.price_year == 0) {
      fail("price_basis", std::string(unit_symbol(g.unit)) +
                              " is measured at constant prices; write price_basis = "
                              "\"constant:2020\"");
    }
  } else if (info(g.unit).prices == price_rule::constant_only) {
    g.price_year = 2020; // said by `zzplan check` and in the notes
  } else if (g.is_growth() && has_price_basis(g.unit)) {
    fail("target", "a growth goal on money needs its price basis; add price_basis = \"nominal\" "
                   "(current prices) or "
                   "\"real\" / \"constant:2020\" (constant prices): it is never guessed");
  }
  // ---- direction ----
  const std::optional<direction> implied = implied_direction(ph);
  const std::string_view lower_word = lower_is_better_word(g.indicator + " " + g.name);
  if (implied == direction::higher_is_better && !lower_word.empty() &&
      !(g.direction_stated && g.better == direction::higher_is_better)) {
    fail("target", said + " says higher is better, but '" + g.indicator +
                       "' is an indicator where lower is better (" + std::string(lower_word) +
                       "); write the decrease the plan means (下降15%, 降低到X), or add direction "
                       "= \"higher\" if higher really is better");
  }
  if (g.direction_stated && implied && *implied != g.better) {
    fail("direction", said + " means " +
                          (*implied == direction::higher_is_better ? "higher" : "lower") +
                          " is better, but direction = \"" +
                          (g.better == direction::higher_is_better ? "higher" : "lower") +
                          "\"; remove direction or make them agree");
  }
  if (!g.direction_stated) {
    if (!implied) {
      fail("target",
           said + " does not say which way is better; add direction = \"higher\" or \"lower\"");
    }
    g.better = *implied;
  }
  // ---- what the data observe ----
  if (g.observed == series_form::yearly_change && g.needs_levels()) {
    fail("observed_as", "observed_as = \"yearly_change\" gives only an index (base = 1), but " +
                            said + " needs levels; give levels (observed_as = \"level\")");
  }
  if (g.baseline && g.observed == series_form::yearly_change) {
    fail("baseline", "a stated baseline does not apply to a series of yearly changes (the base is "
                     "1); remove it");
  }
  // ---- relative goals ----
  if (ph.kind == goal_kind::relative && g.reference.empty()) {
    fail("target",
         said + " compares with another indicator; add reference = \"...\" (its name in the data)");
  }
  if (ph.kind != goal_kind::relative && !g.reference.empty()) {
    fail("reference",
         "reference is only for goals relative to another indicator (与…同步, 高于…); remove it");
  }
  // ---- tolerance ----
  if (tolerance) {
    const std::string_view t = *tolerance;
    const auto unit_at = std::min(t.find_first_not_of("0123456789."), t.size());
    double v = -1.0;
    if (unit_at > 0 &&
        std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(unit_at), '.') <= 1 &&
        t[0] != '.') {
      v = std::stod(std::string(t.substr(0, unit_at)));
    }
    const std::optional<unit_id> u = parse_unit(t.substr(unit_at));
    if (ph.kind == goal_kind::band && v >= 0 && u == unit_id::percent) {
      g.tolerance = v / 100.0;
    } else if (ph.kind == goal_kind::relative && v >= 0 && u == unit_id::points) {
      g.tolerance = v;
    } else if (ph.kind == goal_kind::band || ph.kind == goal_kind::relative) {
      fail("tolerance", "tolerance '" + *tolerance + "' is not understood; write " +
                            (ph.kind == goal_kind::band ? "a share of the target such as \"5%\""
                                                        : "points a year such as \"1个百分点\""));
    } else {
      fail("tolerance", "tolerance is only for 左右 bands and 同步 goals; remove it");
    }
  }
}

} // namespace detail

} // namespace zzplan::io
