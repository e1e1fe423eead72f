// How-to (docs/howto/encode-a-plan.md): encode a plan's targets as goals, and a plan.
// Zhuzhou's 14th Five-Year Plan outline, as summarised in its press release (July 2021):
// 人均地区生产总值力争达到12万元; 主城区常住人口达到180万人 (2025). The outline's indicator table,
// with its baselines and its 约束性/预期性 column, was not found.
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

// snippet-begin: indicators
// Step 1: the indicators. The quantity type fixes the unit (and, for money, the price basis);
// the direction is stated, never guessed.
constexpr indicator<yuan_per_person<>> gdp_per_capita{"人均地区生产总值", "GDP per capita",
                                                      direction::higher_is_better};
constexpr indicator<wan_persons> core_residents{"主城区常住人口", "core-city residents",
                                                direction::higher_is_better};
// snippet-end: indicators

// snippet-begin: goals
// Step 2: the goals, each with the plan's own word (达到 → at_least / raise_to), the period, the
// attribute and the modality (力争 → aspirational). The attribute is not in our source: we
// write down an assumption (预期性) rather than leave it out.
constexpr period fyp14{2020y, 2025y};
constexpr goal per_capita = goal{gdp_per_capita, at_least(yuan_per_person<>(120'000)), fyp14,
                                 attribute::expected, modality::aspirational}
                                .with_id("gdp_per_capita")
                                .with_wording("人均地区生产总值力争达到12万元");
constexpr goal residents =
    goal{core_residents, raise_to(180_wan_persons), fyp14, attribute::expected}
        .with_id("core_residents")
        .with_wording("主城区常住人口达到180万人");

// Step 3: the plan.
constexpr auto zhuzhou_fyp14 = plan{"株洲市“十四五”规划纲要（节选）", per_capita, residents};
// snippet-end: goals

// A year read at run time, as from a plan file (here it is simply the number given).
year read_year(int y) {
  return year{y};
}

int main() {
  // snippet-begin: invalid
  // A goal that cannot be meant is refused: at compile time when its figures are constants (a
  // constexpr goal; with clang, any goal written with constants), otherwise with
  // zzplan::invalid_goal, whose code() names the rule (here: the wording points the other way).
  try {
    const period from_file{read_year(2020), read_year(2025)};
    const goal wrong{gdp_per_capita, lower_to(yuan_per_person<>(120'000)), from_file,
                     attribute::expected};
    (void)wrong;
  } catch (const invalid_goal& e) {
    std::cout << "refused: " << e.what() << '\n';
  }
  // snippet-end: invalid

  // snippet-begin: evaluate
  // Step 4: evaluate against what is published. 2021: 87852元; 2025: "突破10万元" (a lower bound,
  // written as expected in December 2025). No 2020 figure was found: no base, no assessment.
  constexpr std::array data{
      observation<yuan_per_person<>>{2021y, yuan_per_person<>(87'852)},
      observation<yuan_per_person<>>{2025y, yuan_per_person<>(100'000), flag::lower_bound}};
  const auto a = evaluate(per_capita, data, 2025y);
  for (const std::string& n : describe_notes(a)) {
    std::cout << a.wording << ": " << n << '\n';
  }
  // snippet-end: evaluate
  std::cout << zhuzhou_fyp14.name << ": " << zhuzhou_fyp14.size() << " goals\n";
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: refused: zzplan: the target asks for less (lower_to, within, below, decrease_by) of a higher_is_better indicator; write raise_to, above or increase_by (or state direction::lower_is_better)
// expect-output: 人均地区生产总值力争达到12万元: 数据不足：基期（2020年）无观测值
// expect-output: 株洲市“十四五”规划纲要（节选）: 2 goals
