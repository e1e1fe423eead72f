// The one unit table (unit_table.hpp) on the plan-file side: every level unit of the table, in
// each of its spellings, is a plan file's `unit`, read as the row's unit and evaluated in the
// quantity type built from the row.
#include "support/catch.hpp"
#include "support/unit_spellings.hpp"

#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/unit_table.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace zzplan;

using zzplan::test::spellings;

TEST_CASE("every level unit of the table is a plan file's `unit`, evaluated in its own type",
          "[units][table][io]") {
  for (const unit_info& row : unit_table) {
    if (!is_level_unit(row.id)) {
      continue;
    }
    for (const std::string_view w : spellings(row)) {
      CAPTURE(row.zh, w);
      const std::string basis =
          row.prices == price_rule::none ? "" : "price_basis = \"constant:2020\"\n";
      const std::string target =
          row.family == unit_family::share ? "提高到12.5%" : "达到12.5" + std::string(row.zh);
      const std::string text = "[plan]\nname = \"p\"\nbase_year = 2020\ndeadline = 2025\n"
                               "[[goal]]\nid = \"g\"\nindicator = \"x\"\nattribute = \"expected\"\n"
                               "target = \"" +
                               target + "\"\nunit = \"" + std::string(w) + "\"\n" + basis;
      const io::plan_spec p = io::parse_plan_toml(text, "t.toml");
      REQUIRE(p.goals.size() == 1);
      CHECK(p.goals[0].unit == row.id);
      const io::goal_facts f = io::facts_of(p, p.goals[0]);
      CHECK(
          f.unit_zh.starts_with(row.family == unit_family::share ? std::string_view("%") : row.zh));
      CHECK(f.target_level == 12.5);
    }
  }
}
