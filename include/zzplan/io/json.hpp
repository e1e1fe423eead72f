#pragma once
// Assessment records and a plan's roll-up as JSON (nlohmann-json; the only zzplan header that
// needs it). Field names are those of record.hpp's data_columns; a number is never NaN or
// infinite: an undefined value is null. Objects keep their fields in this order (ordered_json).
//   {"plan", "as_of", "method", "assessments": [...], "summary": {"method", "all", "binding",
//    "expected"}}, each group {"goals", "assessed", "met", "exceeded", "alerts",
//    "completion_rate", "over_completion_rate", "by_status": {...}, "by_label": {...}}.

#include <zzplan/calendar.hpp>
#include <zzplan/io/detail/csv.hpp> // append_number
#include <zzplan/io/record.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/status.hpp>

#include <nlohmann/json.hpp>

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
/// Appends s as a JSON string (UTF-8 kept as it is; quotes, backslashes and control characters
/// escaped as nlohmann-json escapes them).
inline void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char c : s) {
    switch (c) {
    case '"': out.append("\\\""); break;
    case '\\': out.append("\\\\"); break;
    case '\b': out.append("\\b"); break;
    case '\f': out.append("\\f"); break;
    case '\n': out.append("\\n"); break;
    case '\r': out.append("\\r"); break;
    case '\t': out.append("\\t"); break;
    default:
      if (static_cast<unsigned char>(c) < 0x20U) {
        constexpr char hex[] = "0123456789abcdef";
        out.append("\\u00");
        out += hex[static_cast<unsigned char>(c) >> 4U];
        out += hex[static_cast<unsigned char>(c) & 0xFU];
      } else {
        out += c;
      }
    }
  }
  out += '"';
}
} // namespace detail

/// Appends one record as a JSON object on one line, straight into out (no JSON library object
/// made): the same fields and values as to_json(record), numbers in their shortest form. What
/// `zzplan evaluate --format json` writes for each assessment.
inline void append_json(std::string& out, const assessment_record& r) {
  out += '{';
  for (std::size_t i = 0; i < data_columns.size(); ++i) {
    const column c = data_columns[i];
    if (i) {
      out += ',';
    }
    detail::append_json_string(out, key(c));
    out += ':';
    visit_field(r, c, [&out, c](const auto& v) {
      using T = std::remove_cvref_t<decltype(v)>;
      if constexpr (std::is_same_v<T, std::string>) {
        if (v.empty() && c == column::region) {
          out.append("null");
        } else {
          detail::append_json_string(out, v);
        }
      } else if constexpr (requires { text_of(v); }) {
        detail::append_json_string(out, text_of(v));
      } else if constexpr (std::is_same_v<T, std::optional<projection_method>>) {
        if (v) {
          detail::append_json_string(out, text_of(*v));
        } else {
          out.append("null");
        }
      } else if constexpr (std::is_same_v<T, std::optional<int>>) {
        if (v) {
          char buf[16];
          out.append(buf, std::to_chars(buf, buf + sizeof buf, *v).ptr);
        } else {
          out.append("null");
        }
      } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        if (v && std::isfinite(*v)) {
          detail::append_number(out, *v);
        } else {
          out.append("null");
        }
      } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
        out.append(!v ? "null" : (*v ? "true" : "false"));
      } else {
        out += '[';
        for (std::size_t k = 0; k < v.size(); ++k) {
          if (k) {
            out += ',';
          }
          detail::append_json_string(out, v[k]);
        }
        out += ']';
      }
    });
  }
  out += '}';
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

/// The reading of a target phrase (what `zzplan explain --format json` prints, and Python's
/// zzplan.explain returns): name (the indicator, the verb left out), kind, comparison (levels,
/// ceilings and growth kinds; null otherwise), value (as written, in the phrase's own unit; a
/// decrease is negative), unit (as written), stretch (an increment's upper figure), high (a
/// range's upper end), from (a step's stated start), of (what a band or range is of: level,
/// average_growth, cumulative_change or points_change), per_year (a yearly pace), tolerance (a
/// band's, a fraction of |value|, when written), modality (firm or aspirational), reference (of a
/// relative goal), and the explanations in Chinese and English.
[[nodiscard]] inline nlohmann::ordered_json to_json(const parsed_phrase& p) {
  using json = nlohmann::ordered_json;
  const auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
  const bool has_comparison = p.kind == goal_kind::level || p.kind == goal_kind::ceiling ||
                              p.kind == goal_kind::average_growth ||
                              p.kind == goal_kind::cumulative_change ||
                              p.kind == goal_kind::points_change;
  const auto of = [&]() -> json {
    if (p.kind != goal_kind::band && p.kind != goal_kind::range) {
      return nullptr;
    }
    switch (p.measure) {
    case phrase_measure::level: return "level";
    case phrase_measure::annual_change: return "average_growth";
    case phrase_measure::change:
      return p.unit == unit_id::points ? "points_change" : "cumulative_change";
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
  j["from"] = p.kind == goal_kind::step ? opt(p.second) : json(nullptr);
  j["of"] = of();
  j["per_year"] = p.measure == phrase_measure::annual_change;
  j["tolerance"] = opt(p.tolerance);
  j["modality"] = std::string(text_of(p.mode));
  j["reference"] = p.kind == goal_kind::relative ? json(std::string(p.reference)) : json(nullptr);
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
