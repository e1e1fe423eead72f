#pragma once
// Assessment records and a plan's roll-up as JSON (nlohmann-json; the only zzplan header that
// needs it). Field names are those of record.hpp's data_columns; a number is never NaN or
// infinite: an undefined value is null. Objects keep their fields in this order (ordered_json).
//   {"plan", "as_of", "method", "assessments": [...], "summary": {"method", "all", "binding",
//    "expected"}}, each group {"goals", "assessed", "met", "exceeded", "alerts",
//    "completion_rate", "over_completion_rate", "by_status": {...}, "by_label": {...}}.

#include <zzplan/calendar.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/status.hpp>

#include <nlohmann/json.hpp>

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
