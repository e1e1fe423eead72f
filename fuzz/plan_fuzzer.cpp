// libFuzzer target: the plan reader (TOML with toml++, the rules of a goal, the typed goal built
// from it) and, for a plan that reads, its evaluation against a small data file. Bad input must be
// an input_error; anything else (another exception, a crash, a sanitizer report) is a bug.
// Invariant: every number of every record is finite.
#include <zzplan/io/data.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>

#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace {
const zzplan::io::data_table& data() {
  static const zzplan::io::data_table t = zzplan::io::parse_data_csv(
      "indicator,year,value,flag,span\n"
      "城镇化率,2020,71.26,derived,\n城镇化率,2021,72.04,,\n城镇化率,2023,0,,\n"
      "地区生产总值,2021,3420.3,provisional,\n地区生产总值,2025,4000,lower_bound,\n"
      "地区生产总值,2022,-5,,\n单位GDP能耗,2023,-7.3,,3\n单位GDP能耗,2024,-3.8,,1\n"
      "x,2020,1e300,,\nx,2024,1e-300,,\n",
      "fuzz.csv");
  return t;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  try {
    const zzplan::io::plan_spec p = zzplan::io::parse_plan_toml(text, "fuzz.toml");
    zzplan::io::check_typed(p);
    zzplan::io::run_options o;
    o.as_of = std::chrono::year{2024};
    const zzplan::io::plan_result r = zzplan::io::evaluate_plan_file(p, data(), o);
    for (const zzplan::io::assessment_record& rec : r.records) {
      for (const zzplan::io::column c : zzplan::io::data_columns) {
        zzplan::io::visit_field(rec, c, [](const auto& v) {
          if constexpr (std::is_same_v<std::remove_cvref_t<decltype(v)>, std::optional<double>>) {
            if (v && !std::isfinite(*v)) {
              std::abort();
            }
          }
        });
      }
    }
  } catch (const zzplan::io::input_error&) {
    return 0;
  }
  return 0;
}
