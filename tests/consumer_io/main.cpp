// A program outside zzplan that links zzplan::io and reads a plan file's text with
// zzplan::io::parse_plan_toml; exits 1 unless the one goal comes back as written.
// The only io/ header it names is the plan reader's.
#include <zzplan/io/plan.hpp>

#include <exception>
#include <iostream>
#include <string_view>

namespace {

constexpr std::string_view plan_text = R"(
[plan]
name = "consumer"
base_year = 2020
deadline = 2026

[[goal]]
id = "urbanization"
indicator = "常住人口城镇化率"
target = "常住人口城镇化率：超过75%"
unit = "%"
attribute = "expected"
)";

} // namespace

int main() {
  try {
    const zzplan::io::plan_spec p = zzplan::io::parse_plan_toml(plan_text, "consumer.toml");
    if (p.base_year != 2020 || p.deadline != 2026 || p.goals.size() != 1 ||
        p.goals.front().id != "urbanization" || p.goals.front().unit != zzplan::unit_id::percent) {
      std::cerr << "zzplan_io_consumer: the plan was not read as written\n";
      return 1;
    }
    std::cout << "zzplan_io_consumer: ok (" << p.goals.size() << " goal, " << p.goals.front().id
              << ")\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "zzplan_io_consumer: " << e.what() << "\n";
    return 1;
  }
}
