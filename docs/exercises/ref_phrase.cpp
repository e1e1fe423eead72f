// Reference example (docs/reference/phrase.md): phrase.hpp reads a target as the plan words it.
#include <zzplan/phrase.hpp>
#include <zzplan/zzplan.hpp>

#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
  // snippet-begin: parse
  // At compile time: the wording of Zhuzhou's report, parsed.
  constexpr parse_result r = parse_phrase("科技进步贡献率：超过70%");
  static_assert(r.has_value() && r->kind == goal_kind::level && r->cmp == comparison::more_than);
  static_assert(r->value == 70 && r->name == "科技进步贡献率");

  // A typed target straight from the words, for an indicator of quantity Q.
  constexpr auto trade = target_for<"对外贸易依存度：提高到15%", share>();
  static_assert(trade.cmp == comparison::at_least && trade.value == 15_pct);
  constexpr auto energy = target_of<"万元GDP能耗下降：15%以上">();
  static_assert(energy.change == -15_pct_growth); // a decrease is negative

  // At run time: explain a phrase in words, or show where it stopped making sense.
  const parse_result ok = parse_phrase("千亿产业集群：力争新增2-3个");
  std::cout << explain(*ok, lang::en) << '\n' << explain(*ok) << '\n';
  const std::string_view bad = "科技进步贡献率：超过七十%";
  const parse_result no = parse_phrase(bad);
  if (!no.has_value()) {
    std::cout << show_error(bad, no.error()) << '\n';
  }
  // snippet-end: parse
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: increment, at least +2 items (stretch +3 items), aspirational (力争)
// expect-output: 增量，至少新增2个（力争3个），力争
// expect-output: ^ expected a number after 超过
