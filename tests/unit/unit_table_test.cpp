// The one unit table (unit_table.hpp): every row round-trips through every place that reads or
// writes a unit. A phrase that writes the row's symbol (or any other spelling) reads as the row's
// unit; a plan file's `unit` naming it chooses the quantity type built from the row; a quantity
// in it prints the row's symbol in Chinese and its English name in English. (The plan-file side
// is io_typed/unit_table.cpp.)
#include "support/catch.hpp"
#include "support/unit_spellings.hpp"

#include <zzplan/format.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/units.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

using namespace zzplan;

namespace {

using zzplan::test::spellings;

/// The printed forms of 12.5 in the row's unit (money at current prices), in zh and en.
template <std::size_t I> std::pair<std::string, std::string> printed() {
  const auto v = value_of<unit_table[I].id>(12.5);
  return {to_string(v, lang::zh), to_string(v, lang::en)};
}

template <std::size_t... I>
std::vector<std::pair<std::string, std::string>> all_printed(std::index_sequence<I...>) {
  return {printed<I>()...};
}

} // namespace

TEST_CASE("every row of the unit table is read from a phrase in each of its spellings",
          "[units][table]") {
  for (const unit_info& row : unit_table) {
    for (const std::string_view w : spellings(row)) {
      CAPTURE(row.zh, w);
      const bool change = row.family == unit_family::points;
      // a space after the number: English spellings may start with digits (100 million yuan)
      const std::string phrase = std::string(change ? "提高12.5 " : "达到12.5 ") + std::string(w);
      const parse_result r = parse_phrase(phrase);
      REQUIRE(r.has_value());
      CHECK(r->unit == row.id);
      CHECK(r->value == 12.5);
      CHECK(parse_unit(std::string(" ") + std::string(w) + " ") == row.id);
    }
  }
}

TEST_CASE("every row prints its symbol in Chinese and its English name in English",
          "[units][table]") {
  const auto texts = all_printed(std::make_index_sequence<unit_table.size()>{});
  for (std::size_t i = 0; i < unit_table.size(); ++i) {
    const unit_info& row = unit_table[i];
    CAPTURE(row.zh);
    // a share prints in %, whatever it was written in (6‰ is 0.6%)
    CHECK(texts[i].first.find(row.family == unit_family::share ? std::string_view("%") : row.zh) !=
          std::string::npos);
    CHECK(texts[i].second.find(row.en) != std::string::npos);
    // the English number is the Chinese one scaled by en_num / en_den: 12.5亿元 is 1.25 billion
    const double en = 12.5 * static_cast<double>(row.en_num) / static_cast<double>(row.en_den);
    CHECK(texts[i].second.starts_with(format_number(en)));
  }
}

TEST_CASE("a unit's C++ type has the row's exact magnitude and family", "[units][table]") {
  STATIC_REQUIRE(std::is_same_v<value_type_of_t<unit_id::percent>, share>);
  STATIC_REQUIRE(std::is_same_v<value_type_of_t<unit_id::points>, points>);
  STATIC_REQUIRE(std::is_same_v<value_type_of_t<unit_id::yi_yuan>, yi_yuan<>>);
  STATIC_REQUIRE(std::is_same_v<value_type_of_t<unit_id::yi_yuan, constant_prices<2020>>,
                                yi_yuan<constant_prices<2020>>>);
  STATIC_REQUIRE(std::is_same_v<value_type_of_t<unit_id::wan_person>, wan_persons>);
  // money in one family converts exactly by the ratio of the rows' magnitudes
  CHECK(value_in<units::yuan<>>(value_of<unit_id::wanyi_yuan>(1.0)) == 1e12);
  CHECK(value_in<units::tce>(value_of<unit_id::wan_tce>(2.0)) == 20000.0);
  STATIC_REQUIRE(family_of_unit_v<units::tce_per_wan_yuan<constant_prices<2020>>> ==
                 unit_family::energy_intensity);
  STATIC_REQUIRE(find_unit("亿元") == unit_id::yi_yuan);
  STATIC_REQUIRE(find_unit("％") == unit_id::percent);
  STATIC_REQUIRE(!find_unit("percent"));
  STATIC_REQUIRE(match_unit("吨标准煤/万元以下").unit == unit_id::tce_per_wan_yuan);
  STATIC_REQUIRE(match_unit("万吨标准煤").unit == unit_id::wan_tce);
  STATIC_REQUIRE(unit_of_magnitude(unit_family::money, 100'000'000) == unit_id::yi_yuan);
}

TEST_CASE("a spelling belongs to one row only", "[units][table]") {
  std::vector<std::string_view> all;
  for (const unit_info& row : unit_table) {
    for (const std::string_view w : spellings(row)) {
      for (const std::string_view seen : all) {
        CHECK(seen != w);
      }
      all.push_back(w);
    }
  }
}
