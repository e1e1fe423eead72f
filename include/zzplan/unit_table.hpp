#pragma once
// The one table of units: one row per unit a plan or a data file may write, with its symbols and
// other spellings, what it measures (its family), its exact magnitude, whether money in it has
// a price basis, and how English prints it. Everything else is derived from these rows: the C++
// unit types (units.hpp), the words the phrase parser reads, the units a plan file's `unit` may
// name, the closed set of quantity types the command dispatches on, printing, the reference's
// unit list and the messages that list units.
//
// Adding a unit of an existing family is one row here (and, for C++ users who want a short name,
// an alias and a literal in units.hpp). A new family also needs its dimension (dimension.hpp).

#include <zzplan/lang.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace zzplan {

/// What a unit measures; units of one family convert into each other (亿元 and 万元).
enum class unit_family : unsigned char {
  none,             ///< no unit: a bare number
  share,            ///< % : a level that is a part of a whole
  points,           ///< 个百分点: the difference of two shares
  money,            ///< 元, 万元, 亿元, 万亿元 (with a price basis)
  money_per_person, ///< 元/人
  energy_intensity, ///< 吨标准煤/万元 (GDP at constant prices)
  energy,           ///< 吨标准煤, 万吨标准煤 (exactly 29.3076 GJ a tonne)
  persons,          ///< 人, 万人
  items,            ///< 个
  other,            ///< a product or quotient of units that is none of the above (亿元/万人)
};

/// Each unit of the table.
enum class unit_id : unsigned char {
  none, ///< no unit written
  percent,
  points,
  yuan,
  wan_yuan,
  yi_yuan,
  wanyi_yuan,
  yuan_per_person,
  tce_per_wan_yuan,
  item,
  person,
  wan_person,
  tce,
  wan_tce,
};

/// Whether money in a unit is valued at some prices, and which.
enum class price_rule : unsigned char {
  none,          ///< no money in it
  any,           ///< current prices, or constant prices of a year
  constant_only, ///< constant prices only (energy per 万元 of GDP is at comparable prices)
};

/// One row of the table.
struct unit_info {
  unit_id id = unit_id::none;
  std::string_view zh{};      ///< the symbol as printed in Chinese, and read
  std::string_view en{};      ///< the English name of the unit of its English number (see en_num)
  std::string_view aliases{}; ///< also read: full-width and English spellings, separated by |
  unit_family family = unit_family::none;
  /// Exact magnitude: one of this unit is num/den of the family's coherent unit (元, joule,
  /// person, item, percent).
  std::intmax_t num = 1, den = 1;
  /// English prints the number times en_num/en_den in `en` (3420.3亿元 is 342.03 billion yuan).
  std::intmax_t en_num = 1, en_den = 1;
  price_rule prices = price_rule::none;
};

// clang-format off
/// The rows. The family's coherent unit comes first in each family.
inline constexpr std::array unit_table = {
    unit_info{unit_id::percent, "%", "%", "％|﹪", unit_family::share},
    unit_info{unit_id::points, "个百分点", "pp", "百分点|percentage points", unit_family::points},
    unit_info{unit_id::yuan, "元", "yuan", "yuan", unit_family::money, 1, 1, 1, 1, price_rule::any},
    unit_info{unit_id::wan_yuan, "万元", "thousand yuan", "10,000 yuan", unit_family::money, 10'000, 1, 10, 1, price_rule::any},
    unit_info{unit_id::yi_yuan, "亿元", "billion yuan", "100 million yuan", unit_family::money, 100'000'000, 1, 1, 10, price_rule::any},
    unit_info{unit_id::wanyi_yuan, "万亿元", "trillion yuan", "trillion yuan", unit_family::money, 1'000'000'000'000, 1, 1, 1, price_rule::any},
    unit_info{unit_id::yuan_per_person, "元/人", "yuan per person", "元／人|yuan per person", unit_family::money_per_person, 1, 1, 1, 1, price_rule::any},
    // 29,307,600,000 J per tonne of standard coal over 10,000 yuan
    unit_info{unit_id::tce_per_wan_yuan, "吨标准煤/万元", "tce per 10,000 yuan", "吨标准煤／万元|tce per 10,000 yuan", unit_family::energy_intensity, 2'930'760, 1, 1, 1, price_rule::constant_only},
    unit_info{unit_id::item, "个", "items", "items", unit_family::items},
    unit_info{unit_id::person, "人", "persons", "persons", unit_family::persons},
    unit_info{unit_id::wan_person, "万人", "thousand persons", "10,000 persons", unit_family::persons, 10'000, 1, 10, 1},
    // the scale of energy is the joule, so that tce converts exactly to SI
    unit_info{unit_id::tce, "吨标准煤", "tce", "tce", unit_family::energy, 29'307'600'000, 1},
    unit_info{unit_id::wan_tce, "万吨标准煤", "thousand tce", "10,000 tce", unit_family::energy, 293'076'000'000'000, 1, 10, 1},
};
// clang-format on

/// The row of unit_id::none: no symbol, family none.
inline constexpr unit_info no_unit{};

/// The row of a unit.
[[nodiscard]] constexpr const unit_info& info(unit_id u) noexcept {
  for (const unit_info& row : unit_table) {
    if (row.id == u) {
      return row;
    }
  }
  return no_unit;
}

/// The unit's family.
[[nodiscard]] constexpr unit_family family_of(unit_id u) noexcept {
  return info(u).family;
}

/// The symbol a plan writes ("" for none).
[[nodiscard]] constexpr std::string_view unit_symbol(unit_id u) noexcept {
  return info(u).zh;
}

/// Whether money in the unit has a price basis (money, money per person, energy per money).
[[nodiscard]] constexpr bool has_price_basis(unit_id u) noexcept {
  return info(u).prices != price_rule::none;
}

/// Whether the unit names a level (points are a change of a share, none is no unit).
[[nodiscard]] constexpr bool is_level_unit(unit_id u) noexcept {
  const unit_family f = family_of(u);
  return f != unit_family::none && f != unit_family::points;
}

/// Calls f(spelling) for each way the row may be written: its symbol, then its aliases; stops at
/// the first call that returns true and returns true then.
template <class F> [[nodiscard]] constexpr bool any_spelling(const unit_info& row, F&& f) {
  if (!row.zh.empty() && f(row.zh)) {
    return true;
  }
  std::string_view rest = row.aliases;
  while (!rest.empty()) {
    const std::size_t bar = rest.find('|');
    if (f(rest.substr(0, bar))) {
      return true;
    }
    rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
  }
  return false;
}

/// The unit written exactly as s (its symbol or one of its other spellings; "" is none), or
/// nullopt when no row has it.
[[nodiscard]] constexpr std::optional<unit_id> find_unit(std::string_view s) noexcept {
  if (s.empty()) {
    return unit_id::none;
  }
  for (const unit_info& row : unit_table) {
    if (any_spelling(row, [s](std::string_view w) { return w == s; })) {
      return row.id;
    }
  }
  return std::nullopt;
}

/// The longest spelling of a unit at the start of s, and its length; {none, 0} when none starts
/// there. (亿元 is read before 元, 吨标准煤/万元 before 吨标准煤.)
struct unit_match {
  unit_id unit = unit_id::none;
  std::size_t length = 0;
};
[[nodiscard]] constexpr unit_match match_unit(std::string_view s) noexcept {
  unit_match best;
  for (const unit_info& row : unit_table) {
    std::size_t longest = 0;
    static_cast<void>(any_spelling(row, [&](std::string_view w) {
      longest = s.starts_with(w) && w.size() > longest ? w.size() : longest;
      return false;
    }));
    if (longest > best.length) {
      best.unit = row.id;
      best.length = longest;
    }
  }
  return best;
}

/// The unit of a family whose magnitude is `num` times the coherent unit (万 × 元 is 万元), or
/// none.
[[nodiscard]] constexpr unit_id unit_of_magnitude(unit_family f, std::intmax_t num) noexcept {
  for (const unit_info& row : unit_table) {
    if (row.family == f && row.num == num && row.den == 1) {
      return row.id;
    }
  }
  return unit_id::none;
}

/// The family in words, for messages and the reference.
[[nodiscard]] constexpr std::string_view family_name(unit_family f, lang l = lang::zh) noexcept {
  const bool zh = l == lang::zh;
  switch (f) {
  case unit_family::none: return zh ? "无单位" : "no unit";
  case unit_family::share: return zh ? "比重" : "share";
  case unit_family::points: return zh ? "百分点" : "percentage points";
  case unit_family::money: return zh ? "货币金额" : "money";
  case unit_family::money_per_person: return zh ? "人均金额" : "money per person";
  case unit_family::energy_intensity: return zh ? "能耗强度" : "energy intensity";
  case unit_family::energy: return zh ? "能源消费量" : "energy";
  case unit_family::persons: return zh ? "人口" : "persons";
  case unit_family::items: return zh ? "个数" : "count of items";
  case unit_family::other: break;
  }
  return zh ? "其他量" : "derived quantity";
}

} // namespace zzplan
