#pragma once
// Assessment records and a plan's roll-up as JSON (nlohmann-json; the only zzplan header that
// needs it). Field names are those of record.hpp's data_columns; a number is never NaN or
// infinite: an undefined value is null. Objects keep their fields in this order (ordered_json).
//   {"plan", "as_of", "method", "assessments": [...], "summary": {"method", "all", "binding",
//    "expected"}}, each group {"goals", "assessed", "met", "exceeded", "alerts",
//    "completion_rate", "over_completion_rate", "by_status": {...}, "by_label": {...}}.

#include <zzplan/calendar.hpp>
#include <zzplan/io/detail/csv.hpp> // row_buffer: the numbers and the line on the stack
#include <zzplan/io/detail/json_text.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/status.hpp>

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace zzplan::io {

namespace detail {
[[nodiscard]] inline nlohmann::ordered_json json_number(std::optional<double> v) {
  return v && std::isfinite(*v) ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}
} // namespace detail

/// One record as a JSON object with exactly the data_columns fields.
[[nodiscard]] inline nlohmann::ordered_json to_json(const assessment_record& r) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const column c : data_columns) {
    j[std::string(key(c))] = visit_field(r, c, [c](const auto& v) -> nlohmann::ordered_json {
      using T = std::remove_cvref_t<decltype(v)>;
      if constexpr (std::is_same_v<T, std::string>) {
        return v.empty() && c == column::region ? nlohmann::ordered_json(nullptr)
                                                : nlohmann::ordered_json(v);
      } else if constexpr (requires { text_of(v); }) {
        return nlohmann::ordered_json(std::string(text_of(v)));
      } else if constexpr (std::is_same_v<T, std::optional<projection_method>>) {
        return v ? nlohmann::ordered_json(std::string(text_of(*v)))
                 : nlohmann::ordered_json(nullptr);
      } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        return detail::json_number(v);
      } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
        return nlohmann::ordered_json(v);
      } else {
        return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
      }
    });
  }
  return j;
}

namespace detail {
/// Puts column C of r with what comes before it: `,"key":value`.
template <column C> void put_json_field(row_buffer& line, const assessment_record& r) {
  constexpr auto i = static_cast<std::size_t>(C);
  line.put(std::string_view(json_heads.text.data() + json_heads.at[i],
                            json_heads.at[i + 1] - json_heads.at[i]));
  const auto& v = field<C>(r);
  using T = std::remove_cvref_t<decltype(v)>;
  if constexpr (std::is_same_v<T, std::string>) {
    if (C == column::region && v.empty()) {
      line.put(std::string_view("null"));
    } else {
      put_json_string(line, v);
    }
  } else if constexpr (requires { text_of(v); }) {
    put_json_text(line, v);
  } else if constexpr (std::is_same_v<T, std::optional<projection_method>>) {
    if (v) {
      put_json_text(line, *v);
    } else {
      line.put(std::string_view("null"));
    }
  } else if constexpr (std::is_same_v<T, std::optional<int>>) {
    if (v) {
      line.put_whole(*v);
    } else {
      line.put(std::string_view("null"));
    }
  } else if constexpr (std::is_same_v<T, std::optional<double>>) {
    if (v && std::isfinite(*v)) {
      line.put_number(*v);
    } else {
      line.put(std::string_view("null"));
    }
  } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
    line.put(std::string_view(!v ? "null" : (*v ? "true" : "false")));
  } else {
    static_assert(std::is_same_v<T, std::vector<std::string>>, "a data column of a new type");
    line.put('[');
    for (std::size_t k = 0; k < v.size(); ++k) {
      if (k) {
        line.put(',');
      }
      put_json_string(line, v[k]);
    }
    line.put(']');
  }
}
} // namespace detail

/// Appends one record as a JSON object on one line, straight into out (no JSON library object
/// made): the same fields and values as to_json(record), numbers in their shortest form. What
/// `zzplan evaluate --format json` writes for each assessment.
inline void append_json(std::string& out, const assessment_record& r) {
  detail::row_buffer line(out);
  for_each_data_column([&](auto c) { detail::put_json_field<decltype(c)::value>(line, r); });
  line.put('}');
  line.flush();
}

/// For nlohmann's conversions: nlohmann::ordered_json j = record;
inline void to_json(nlohmann::ordered_json& j, const assessment_record& r) {
  j = to_json(r);
}

/// One group of a roll-up: counts, rates, counts by status (of the method) and by label (Chinese).
[[nodiscard]] inline nlohmann::ordered_json to_json(const rollup_counts& c, method m) {
  nlohmann::ordered_json by_status = nlohmann::ordered_json::object();
  rollup probe;
  probe.under = m;
  probe.all = c;
  for (const status s : summary_statuses(probe)) {
    by_status[std::string(to_string(s))] = c.count(s);
  }
  nlohmann::ordered_json by_label = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < label_count; ++i) {
    const auto l = static_cast<schedule_label>(i);
    by_label[std::string(label_zh(l))] = c.count(l);
  }
  return {{"goals", c.goals},
          {"assessed", c.assessed},
          {"met", c.met},
          {"exceeded", c.exceeded},
          {"alerts", c.alerts},
          {"completion_rate", detail::json_number(c.completion_rate())},
          {"over_completion_rate", detail::json_number(c.over_completion_rate())},
          {"by_status", by_status},
          {"by_label", by_label}};
}

/// The roll-up: {"method", "all", "binding", "expected"}.
[[nodiscard]] inline nlohmann::ordered_json to_json(const rollup& r) {
  return {{"method", std::string(to_string(r.under))},
          {"all", to_json(r.all, r.under)},
          {"binding", to_json(r.binding, r.under)},
          {"expected", to_json(r.expected, r.under)}};
}

/// The comparison of a parsed phrase as JSON writes it (at_least, more_than, at_most, less_than).
[[nodiscard]] constexpr std::string_view text_of(comparison c) noexcept {
  switch (c) {
  case comparison::at_least: return "at_least";
  case comparison::more_than: return "more_than";
  case comparison::at_most: return "at_most";
  case comparison::less_than: return "less_than";
  }
  return "at_least";
}

namespace detail {
/// The coherent unit a typed value of a family is counted in (元, kg, m², …).
[[nodiscard]] inline std::string coherent_unit(const unit_info& row) {
  switch (row.family) {
  case unit_family::money: return "元";
  case unit_family::money_per_person: return "元/人";
  case unit_family::energy_intensity: return "J/元";
  case unit_family::energy: return "J";
  case unit_family::persons: return "人";
  case unit_family::items: return std::string(unit_symbol(row.counted));
  case unit_family::duration: return "s";
  case unit_family::mass: return "kg";
  case unit_family::area: return "m²";
  case unit_family::concentration: return "kg/m³";
  case unit_family::co2: return "吨二氧化碳";
  case unit_family::co2_intensity: return "吨二氧化碳/元";
  case unit_family::electricity: return "千瓦时";
  case unit_family::volume: return "m³";
  case unit_family::water_intensity: return "m³/元";
  case unit_family::per_population:
    return std::string(unit_symbol(row.counted)) + " per person of the population";
  case unit_family::none:
  case unit_family::share:
  case unit_family::points:
  case unit_family::other: break;
  }
  return {};
}

/// The value of a reading as the C++ type the typed route makes of it: share, points,
/// growth_rate and annual_rate as fractions; a quantity in its family's coherent unit (6.5亿吨 is
/// 6.5e11 kg); a multiple as a factor. Null for relative goals and numbers without a unit.
[[nodiscard]] inline nlohmann::ordered_json typed_value(const parsed_phrase& p) {
  using json = nlohmann::ordered_json;
  const unit_info& row = info(p.unit);
  const auto exact = [&](double v) { // v · num / den, in that order (12 件/万人口 is 0.0012)
    return v * static_cast<double>(row.num) / static_cast<double>(row.den);
  };
  const auto make = [](std::string_view type, double v, std::string in,
                       std::string_view family = {}) {
    json j = json::object();
    j["type"] = std::string(type);
    if (!family.empty()) {
      j["family"] = std::string(family);
    }
    j["value"] = std::isfinite(v) ? json(v) : json(nullptr);
    j["in"] = std::move(in);
    return j;
  };
  switch (p.kind) {
  case goal_kind::relative:
  case goal_kind::milestone: return nullptr;
  case goal_kind::multiple: return make("multiple", p.factor, "times the base");
  case goal_kind::average_growth: return make("annual_rate", p.value / 100.0, "fraction a year");
  case goal_kind::cumulative_change: return make("growth_rate", p.value / 100.0, "fraction");
  case goal_kind::points_change:
    return make("points", p.value / 100.0,
                p.measure == phrase_measure::annual_change ? "fraction a year" : "fraction");
  default: break;
  }
  if (p.measure != phrase_measure::level && p.kind != goal_kind::increment) { // bands, ranges
    if (p.unit == unit_id::points) {
      return make("points", p.value / 100.0,
                  p.measure == phrase_measure::annual_change ? "fraction a year" : "fraction");
    }
    return p.measure == phrase_measure::annual_change
               ? make("annual_rate", p.value / 100.0, "fraction a year")
               : make("growth_rate", p.value / 100.0, "fraction");
  }
  switch (row.family) {
  case unit_family::none: return nullptr;
  case unit_family::share: return make("share", exact(p.value) / 100.0, "fraction");
  case unit_family::points: return make("points", p.value / 100.0, "fraction");
  default:
    return make("quantity", exact(p.value), coherent_unit(row),
                std::string_view(family_name(row.family, lang::en)));
  }
}
} // namespace detail

/// The reading of a target phrase (what `zzplan explain --format json` prints, and Python's
/// zzplan.explain returns): name (the indicator, the verb left out), kind (level, ceiling, step,
/// average_growth, cumulative_change, points_change, multiple, increment, range, band, relative,
/// cumulative_total), comparison (levels, ceilings, growth kinds and cumulative totals; null
/// otherwise), value (as written, in the phrase's own unit; a decrease is negative), unit (as
/// written), stretch (an increment's upper figure), high (a range's upper end), from (a step's or a
/// level's stated start), of (what a band or range is of: level, average_growth,
/// cumulative_change or points_change), per_year (a yearly pace: average growth, points a year,
/// bands of them), every_year (保持/稳定: the level holds in every year), tolerance (a band's, a
/// fraction of |value|, when written), modality (firm or aspirational), price_basis (real or
/// nominal when the wording says 实际/名义), reference (of a relative goal), typed (the value as the
/// C++ type the typed route makes: share, points, growth_rate, annual_rate as fractions; a
/// quantity in its family's coherent unit), and the explanations in Chinese and English.
[[nodiscard]] inline nlohmann::ordered_json to_json(const parsed_phrase& p) {
  using json = nlohmann::ordered_json;
  const auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
  const bool has_comparison =
      p.kind == goal_kind::level || p.kind == goal_kind::ceiling ||
      p.kind == goal_kind::average_growth || p.kind == goal_kind::cumulative_change ||
      p.kind == goal_kind::points_change || p.kind == goal_kind::cumulative_total;
  const auto of = [&]() -> json {
    if (p.kind != goal_kind::band && p.kind != goal_kind::range) {
      return nullptr;
    }
    if (p.unit == unit_id::points) {
      return "points_change";
    }
    switch (p.measure) {
    case phrase_measure::level: return "level";
    case phrase_measure::annual_change: return "average_growth";
    case phrase_measure::change: return "cumulative_change";
    }
    return nullptr;
  };
  json j = json::object();
  j["name"] = std::string(p.name);
  j["kind"] = std::string(to_string(p.kind));
  j["comparison"] = has_comparison ? json(std::string(text_of(p.cmp))) : json(nullptr);
  j["value"] = p.value;
  j["unit"] = std::string(unit_symbol(p.unit));
  j["stretch"] = p.kind == goal_kind::increment ? opt(p.second) : json(nullptr);
  j["high"] = p.kind == goal_kind::range ? opt(p.second) : json(nullptr);
  j["from"] =
      p.kind == goal_kind::step || p.kind == goal_kind::level ? opt(p.second) : json(nullptr);
  j["of"] = of();
  j["per_year"] = p.measure == phrase_measure::annual_change;
  j["every_year"] = p.every_year;
  j["tolerance"] = opt(p.tolerance);
  j["modality"] = std::string(text_of(p.mode));
  j["price_basis"] =
      p.basis ? json(*p.basis == price_basis::real ? "real" : "nominal") : json(nullptr);
  j["reference"] = p.kind == goal_kind::relative ? json(std::string(p.reference)) : json(nullptr);
  j["typed"] = detail::typed_value(p);
  j["explain"] = {{"zh", explain(p, lang::zh)}, {"en", explain(p, lang::en)}};
  return j;
}

/// A phrase that is not understood: {"error": what was expected, "offset": its byte offset}.
[[nodiscard]] inline nlohmann::ordered_json to_json(const phrase_error& e) {
  return {{"error", std::string(e.message())}, {"offset", e.offset}};
}

/// The whole document: {"plan", "as_of", "method", "assessments": [...], "summary": {...}}.
[[nodiscard]] inline nlohmann::ordered_json
json_document(std::string_view plan_name, year as_of, method m,
              std::span<const assessment_record> records, const rollup& summary) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const assessment_record& r : records) {
    list.push_back(to_json(r));
  }
  return {{"plan", std::string(plan_name)},
          {"as_of", static_cast<int>(as_of)},
          {"method", std::string(to_string(m))},
          {"assessments", std::move(list)},
          {"summary", to_json(summary)}};
}

} // namespace zzplan::io
