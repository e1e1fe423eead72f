// The one edit distance behind every "did you mean …?" (unknown verbs, plan-file words, indicator
// names the data does not have): worked numbers, bytes and code points, in constant evaluation.
#include "support/catch.hpp"

#include <zzplan/detail/edit_distance.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace {

constexpr std::size_t bytes(std::string_view a, std::string_view b) {
  std::array<std::size_t, 32> row{};
  return zzplan::detail::edit_distance<char>(a, b, row);
}

// The textbook case: kitten → sitting is k→s, e→i, +g.
static_assert(bytes("kitten", "sitting") == 3);
static_assert(bytes("", "abc") == 3 && bytes("abc", "") == 3 && bytes("", "") == 0);
static_assert(bytes("flaw", "lawn") == 2);
static_assert(bytes("abc", "abc") == 0);

} // namespace

TEST_CASE("edit_distance counts insertions, deletions and substitutions of any items") {
  std::vector<std::size_t> row(16);
  CHECK(zzplan::detail::edit_distance<char>(std::string_view("atribute"),
                                            std::string_view("attribute"), row) == 1);
  CHECK(zzplan::detail::edit_distance<char>(std::string_view("sitting"), std::string_view("kitten"),
                                            row) == 3);
  // code points held as string_views: one CJK character is one item, not three bytes
  const std::vector<std::string_view> a{"稳", "定", "在"}, b{"稳", "定", "到"};
  CHECK(zzplan::detail::edit_distance<std::string_view>(a, b, row) == 1);
  CHECK(bytes("稳定在", "稳定到") == 2); // in bytes: 在 E5 9C A8, 到 E5 88 B0
}
