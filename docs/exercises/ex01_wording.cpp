// Exercise 1 (tutorial §1–2): from the wording of a plan to a typed goal; 以上 versus 超过.
//
// Encode (a) 科技进步贡献率超过70%, (b) 对外贸易依存度提高到15%, (c) 城镇调查失业率控制在5.5%以内,
// each from 2020 to 2025. Then: which of them is met by a value exactly at its number?
#include <zzplan/zzplan.hpp>

#include <array>
#include <iostream>

using namespace zzplan;
using namespace zzplan::literals;
using namespace std::chrono_literals;

int main() {
  // snippet-begin: answer
  constexpr auto up = direction::higher_is_better;
  constexpr indicator<share> tech{"科技进步贡献率", "S&T contribution", up};
  constexpr indicator<share> trade{"对外贸易依存度", "trade dependence", up};
  constexpr indicator<share> jobless{"城镇调查失业率", "unemployment", direction::lower_is_better};
  constexpr period term{2020y, 2025y};

  constexpr goal a{tech, above(70_pct), term, attribute::expected};     // 超过: 70% is not enough
  constexpr goal b{trade, raise_to(15_pct), term, attribute::expected}; // 提高到: 15% meets it
  constexpr goal c{jobless, within(5.5_pct), term, attribute::expected}; // 以内: 5.5% meets it

  // 示例数据 (teaching data): each indicator ends exactly at its number in 2025.
  using S = observation<share>;
  constexpr std::array at_a{S{2020y, 60_pct}, S{2025y, 70_pct}};
  constexpr std::array at_b{S{2020y, 13_pct}, S{2025y, 15_pct}};
  constexpr std::array at_c{S{2020y, 5.2_pct}, S{2025y, 5.5_pct}};
  static_assert(!*evaluate(a, at_a, 2025y).met); // Civil Code Art. 1259: 超过 excludes the number
  static_assert(*evaluate(b, at_b, 2025y).met);  // 以上 / 提高到 / 达到 include it
  static_assert(*evaluate(c, at_c, 2025y).met);  // 以内 / 以下 include it
  // snippet-end: answer

  std::cout << "(a) " << label_zh(evaluate(a, at_a, 2025y).label) << ", (b) "
            << label_zh(evaluate(b, at_b, 2025y).label) << ", (c) "
            << label_zh(evaluate(c, at_c, 2025y).label) << '\n';
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: (a) 未实现, (b) 已实现, (c) 已实现
