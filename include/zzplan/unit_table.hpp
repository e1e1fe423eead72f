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
// A counted thing keeps its classifier (件 of patents, 张 of beds): each classifier row is its own
// Boost.Units base dimension, and a rate per population (件/万人口) names the classifier it counts
// in `counted` and its base (万人口) in its magnitude.

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
  items, ///< 个, and counted things that keep their classifier: 件, 张, 家, 所, 项, 座, 户
  other, ///< a product or quotient of units that is none of the above (亿元/万人)
  duration,      ///< 年 (years of schooling), 岁 (life expectancy): a length of time, not a date
  mass,          ///< 公斤, 吨, 万吨, 亿吨, 斤 (0.5 kg exactly), 万斤, 亿斤
  area,          ///< 平方米, 亩 (10000/15 m² exactly), 万亩, 亿亩, 公顷, 平方公里
  concentration, ///< 微克/立方米 (μg/m³)
  co2,           ///< 吨二氧化碳, 万吨二氧化碳, 亿吨二氧化碳
  co2_intensity, ///< 吨二氧化碳/万元 (GDP at constant prices)
  electricity,   ///< 千瓦时 (度), 万千瓦时, 亿千瓦时
  volume,        ///< 立方米, 万立方米, 亿立方米 (water, timber)
  water_intensity, ///< 立方米/万元 (GDP at constant prices)
  per_population,  ///< a count per population: 件/万人口, 人/千人口, 张/千人口
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
  // ---- the units of real indicator tables ----
  permille,
  yi_tce,
  year_of_time,
  year_of_age,
  kilogram,
  tonne,
  wan_tonne,
  yi_tonne,
  jin,
  wan_jin,
  yi_jin,
  square_metre,
  mu,
  wan_mu,
  yi_mu,
  hectare,
  wan_hectare,
  square_km,
  wan_square_km,
  microgram_per_m3,
  tonne_co2,
  wan_tonne_co2,
  yi_tonne_co2,
  tonne_co2_per_wan_yuan,
  kwh,
  wan_kwh,
  yi_kwh,
  cubic_metre,
  wan_cubic_metre,
  yi_cubic_metre,
  cubic_metre_per_wan_yuan,
  jian,
  zhang,
  jia,
  suo,
  xiang,
  zuo,
  hu,
  jian_per_wan_population,
  person_per_qian_population,
  person_per_wan_population,
  item_per_qian_population,
  zhang_per_qian_population,
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
  /// What is counted: a classifier row (件, 张…) for the items family, and for a rate per
  /// population the row it counts (件 of 件/万人口, 人 of 人/千人口); none otherwise.
  unit_id counted = unit_id::none;
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
    unit_info{unit_id::item, "个", "items", "items", unit_family::items, 1, 1, 1, 1, price_rule::none, unit_id::item},
    unit_info{unit_id::person, "人", "persons", "persons", unit_family::persons},
    unit_info{unit_id::wan_person, "万人", "thousand persons", "10,000 persons", unit_family::persons, 10'000, 1, 10, 1},
    // the scale of energy is the joule, so that tce converts exactly to SI
    unit_info{unit_id::tce, "吨标准煤", "tce", "tce", unit_family::energy, 29'307'600'000, 1},
    unit_info{unit_id::wan_tce, "万吨标准煤", "thousand tce", "10,000 tce", unit_family::energy, 293'076'000'000'000, 1, 10, 1},
    unit_info{unit_id::yi_tce, "亿吨标准煤", "billion tce", "100 million tce", unit_family::energy, 2'930'760'000'000'000'000, 1, 1, 10},
    // ‰ is a share: 6‰ is 0.6%, and prints so
    unit_info{unit_id::permille, "‰", "%", "per mille", unit_family::share, 1, 10, 1, 10},
    // durations in seconds of the Julian year (365.25 days), exactly; 岁 is a year of age
    unit_info{unit_id::year_of_time, "年", "years", "years", unit_family::duration, 31'557'600, 1},
    unit_info{unit_id::year_of_age, "岁", "years of age", "周岁|years of age", unit_family::duration, 31'557'600, 1},
    // mass in kilograms; 1 斤 = 0.5 kg exactly
    unit_info{unit_id::kilogram, "公斤", "kg", "千克|kg", unit_family::mass},
    unit_info{unit_id::tonne, "吨", "tonnes", "tonnes", unit_family::mass, 1'000, 1},
    unit_info{unit_id::wan_tonne, "万吨", "thousand tonnes", "10,000 tonnes", unit_family::mass, 10'000'000, 1, 10, 1},
    unit_info{unit_id::yi_tonne, "亿吨", "million tonnes", "100 million tonnes", unit_family::mass, 100'000'000'000, 1, 100, 1},
    unit_info{unit_id::jin, "斤", "jin", "jin", unit_family::mass, 1, 2},
    unit_info{unit_id::wan_jin, "万斤", "thousand jin", "10,000 jin", unit_family::mass, 5'000, 1, 10, 1},
    unit_info{unit_id::yi_jin, "亿斤", "million jin", "100 million jin", unit_family::mass, 50'000'000, 1, 100, 1},
    // area in square metres; 1 亩 = 10000/15 m² exactly
    unit_info{unit_id::square_metre, "平方米", "m²", "平米|m²|m2", unit_family::area},
    unit_info{unit_id::mu, "亩", "mu", "mu", unit_family::area, 2'000, 3},
    unit_info{unit_id::wan_mu, "万亩", "thousand mu", "10,000 mu", unit_family::area, 20'000'000, 3, 10, 1},
    unit_info{unit_id::yi_mu, "亿亩", "million mu", "100 million mu", unit_family::area, 200'000'000'000, 3, 100, 1},
    unit_info{unit_id::hectare, "公顷", "hectares", "hectares|ha", unit_family::area, 10'000, 1},
    unit_info{unit_id::wan_hectare, "万公顷", "thousand hectares", "10,000 hectares", unit_family::area, 100'000'000, 1, 10, 1},
    unit_info{unit_id::square_km, "平方公里", "km²", "平方千米|km²|km2", unit_family::area, 1'000'000, 1},
    unit_info{unit_id::wan_square_km, "万平方公里", "thousand km²", "万平方千米|10,000 km²", unit_family::area, 10'000'000'000, 1, 10, 1},
    // kilograms per cubic metre
    unit_info{unit_id::microgram_per_m3, "微克/立方米", "μg/m³", "微克／立方米|微克每立方米|μg/m³|μg/m3|ug/m3", unit_family::concentration, 1, 1'000'000'000},
    unit_info{unit_id::tonne_co2, "吨二氧化碳", "tCO2", "吨CO2|tCO2", unit_family::co2},
    unit_info{unit_id::wan_tonne_co2, "万吨二氧化碳", "thousand tCO2", "万吨CO2|10,000 tCO2", unit_family::co2, 10'000, 1, 10, 1},
    unit_info{unit_id::yi_tonne_co2, "亿吨二氧化碳", "million tCO2", "亿吨CO2|100 million tCO2", unit_family::co2, 100'000'000, 1, 100, 1},
    // tonnes of CO2 per 元 of GDP at constant prices
    unit_info{unit_id::tonne_co2_per_wan_yuan, "吨二氧化碳/万元", "tCO2 per 10,000 yuan", "吨二氧化碳／万元|吨CO2/万元|tCO2 per 10,000 yuan", unit_family::co2_intensity, 1, 10'000, 1, 1, price_rule::constant_only},
    unit_info{unit_id::kwh, "千瓦时", "kWh", "度|kWh|kW·h", unit_family::electricity},
    unit_info{unit_id::wan_kwh, "万千瓦时", "MWh", "万度|10,000 kWh", unit_family::electricity, 10'000, 1, 10, 1},
    unit_info{unit_id::yi_kwh, "亿千瓦时", "GWh", "亿度|100 million kWh", unit_family::electricity, 100'000'000, 1, 100, 1},
    unit_info{unit_id::cubic_metre, "立方米", "m³", "m³|m3", unit_family::volume},
    unit_info{unit_id::wan_cubic_metre, "万立方米", "thousand m³", "10,000 m³", unit_family::volume, 10'000, 1, 10, 1},
    unit_info{unit_id::yi_cubic_metre, "亿立方米", "million m³", "100 million m³", unit_family::volume, 100'000'000, 1, 100, 1},
    // cubic metres per 元 of GDP at constant prices
    unit_info{unit_id::cubic_metre_per_wan_yuan, "立方米/万元", "m³ per 10,000 yuan", "立方米／万元|m³ per 10,000 yuan", unit_family::water_intensity, 1, 10'000, 1, 1, price_rule::constant_only},
    // counted things that keep their classifier: each its own dimension
    unit_info{unit_id::jian, "件", "items (件)", "items (件)", unit_family::items, 1, 1, 1, 1, price_rule::none, unit_id::jian},
    unit_info{unit_id::zhang, "张", "items (张)", "items (张)", unit_family::items, 1, 1, 1, 1, price_rule::none, unit_id::zhang},
    unit_info{unit_id::jia, "家", "units (家)", "units (家)", unit_family::items, 1, 1, 1, 1, price_rule::none, unit_id::jia},
    unit_info{unit_id::suo, "所", "institutions (所)", "institutions (所)", unit_family::items, 1, 1, 1, 1, price_rule::none, unit_id::suo},
    unit_info{unit_id::xiang, "项", "items (项)", "items (项)", unit_family::items, 1, 1, 1, 1, price_rule::none, unit_id::xiang},
    unit_info{unit_id::zuo, "座", "items (座)", "items (座)", unit_family::items, 1, 1, 1, 1, price_rule::none, unit_id::zuo},
    unit_info{unit_id::hu, "户", "households", "households", unit_family::items, 1, 1, 1, 1, price_rule::none, unit_id::hu},
    // counts per person of the population, the base (千人口, 万人口) in the magnitude
    unit_info{unit_id::jian_per_wan_population, "件/万人口", "per 10,000 population (件)", "件／万人口|件每万人口", unit_family::per_population, 1, 10'000, 1, 1, price_rule::none, unit_id::jian},
    unit_info{unit_id::person_per_qian_population, "人/千人口", "per 1,000 population (人)", "人／千人口|人每千人口", unit_family::per_population, 1, 1'000, 1, 1, price_rule::none, unit_id::person},
    unit_info{unit_id::person_per_wan_population, "人/万人口", "per 10,000 population (人)", "人／万人口|人每万人口", unit_family::per_population, 1, 10'000, 1, 1, price_rule::none, unit_id::person},
    unit_info{unit_id::item_per_qian_population, "个/千人口", "per 1,000 population (个)", "个／千人口|个每千人口", unit_family::per_population, 1, 1'000, 1, 1, price_rule::none, unit_id::item},
    unit_info{unit_id::zhang_per_qian_population, "张/千人口", "per 1,000 population (张)", "张／千人口|张每千人口", unit_family::per_population, 1, 1'000, 1, 1, price_rule::none, unit_id::zhang},
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
[[nodiscard]] constexpr unit_id unit_of_magnitude(unit_family f, std::intmax_t num,
                                                  unit_id counted = unit_id::none) noexcept {
  for (const unit_info& row : unit_table) {
    if (row.family == f && row.num == num && row.den == 1 && row.counted == counted) {
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
  case unit_family::duration: return zh ? "时长" : "duration";
  case unit_family::mass: return zh ? "质量" : "mass";
  case unit_family::area: return zh ? "面积" : "area";
  case unit_family::concentration: return zh ? "浓度" : "concentration";
  case unit_family::co2: return zh ? "二氧化碳排放量" : "CO2 emissions";
  case unit_family::co2_intensity: return zh ? "碳排放强度" : "CO2 intensity";
  case unit_family::electricity: return zh ? "电量" : "electricity";
  case unit_family::volume: return zh ? "体积" : "volume";
  case unit_family::water_intensity: return zh ? "用水强度" : "water intensity";
  case unit_family::per_population: return zh ? "每人口比率" : "rate per population";
  case unit_family::other: break;
  }
  return zh ? "其他量" : "derived quantity";
}

} // namespace zzplan
