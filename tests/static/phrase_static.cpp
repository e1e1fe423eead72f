// The phrase parser inside constant expressions: parse_phrase, target_of and target_for.
#include <zzplan/phrase.hpp>

#include <type_traits>

namespace {

using namespace zzplan;

// ---- parse_phrase
// --------------------------------------------------------------------------------

constexpr parse_result trade = parse_phrase("对外贸易依存度：提高到15%");
static_assert(trade.has_value());
static_assert(trade->kind == goal_kind::level && trade->cmp == comparison::at_least);
static_assert(trade->value == 15.0 && trade->unit == unit_id::percent);
static_assert(trade->name == "对外贸易依存度");

constexpr parse_result tech = parse_phrase("科技进步贡献率：超过70%");
static_assert(tech->cmp == comparison::more_than && is_strict(tech->cmp));

constexpr parse_result clusters = parse_phrase("千亿产业集群：力争新增2-3个");
static_assert(clusters->kind == goal_kind::increment && clusters->mode == modality::aspirational);
static_assert(clusters->value == 2.0 && clusters->second == 3.0 && clusters->unit == unit_id::item);

constexpr parse_result gdp = parse_phrase("全市经济总量：从3000亿元迈上5000亿元台阶");
static_assert(gdp->kind == goal_kind::step && gdp->value == 5000.0 && gdp->second == 3000.0);
static_assert(gdp->unit == unit_id::yi_yuan);

constexpr parse_result income = parse_phrase("居民收入年均增长：8%以上");
static_assert(income->kind == goal_kind::average_growth && income->value == 8.0);

constexpr parse_result energy = parse_phrase("万元GDP能耗下降：15%以上");
static_assert(energy->kind == goal_kind::cumulative_change && energy->value == -15.0 &&
              energy->decrease);
static_assert(energy->cmp == comparison::at_most);

constexpr parse_result full_width = parse_phrase("确保城镇化率超过７５．５％");
static_assert(full_width->value == 75.5 && full_width->mode == modality::firm);

static_assert(parse_phrase("翻两番")->factor == 4.0);
static_assert(parse_phrase("提高1.5个百分点")->kind == goal_kind::points_change);
static_assert(parse_phrase("2～3%")->kind == goal_kind::range);
static_assert(parse_phrase("降低20%左右")->band);
static_assert(parse_phrase("与经济增长基本同步")->reference == "经济增长");
static_assert(parse_phrase("控制在5000亿元以内")->kind == goal_kind::ceiling);

constexpr parse_result missing = parse_phrase("提高到");
static_assert(!missing.has_value());
static_assert(missing.error().offset == 9);
static_assert(missing.error().message() == "expected a number after 提高到");
static_assert(!parse_phrase("15%").has_value());
static_assert(parse_phrase("3至2%").error().offset == 4);

static_assert(unit_symbol(unit_id::wan_yuan) == "万元");
static_assert(parse_unit("吨标准煤/万元") == unit_id::tce_per_wan_yuan);

// ---- the typed route
// -----------------------------------------------------------------------------

constexpr auto above70 = target_of<"超过70%">();
static_assert(std::is_same_v<decltype(above70), const level_target<share>>);
static_assert(above70.cmp == above(share::percent(70)).cmp && above70.value == share::percent(70));

constexpr auto cap = target_of<"控制在5000亿元以内">();
static_assert(std::is_same_v<decltype(cap), const level_target<yi_yuan<>>>);
static_assert(cap.is_ceiling && cap.value == yi_yuan<>(5000));

static_assert(std::is_same_v<decltype(target_of<"下降15%以上">()), change_target>);
static_assert(target_of<"下降15%以上">().change == decrease_by(growth_rate::percent(15)).change);
static_assert(std::is_same_v<decltype(target_of<"新增2-3个">()), increment_target<items>>);
static_assert(
    std::is_same_v<decltype(target_of<"年均增长8%以上">(price_basis::real)), growth_target>);
static_assert(target_of<"年均增长8%以上">(price_basis::real).basis == price_basis::real);
static_assert(std::is_same_v<decltype(target_of<"降低20%左右">()), band_target<growth_rate>>);
static_assert(std::is_same_v<decltype(target_of<"2%至3%">()), range_target<share>>);
static_assert(std::is_same_v<decltype(target_of<"提高2个百分点">()), points_target>);
static_assert(std::is_same_v<decltype(target_of<"翻一番">()), multiple_target>);
static_assert(std::is_same_v<decltype(target_of<"高于经济增长">()), relative_target>);
static_assert(std::is_same_v<decltype(target_of<u8"超过70%">()), level_target<share>>);

using gdp_2020 = wan_yuan<constant_prices<2020>>;
constexpr auto cap_for = target_for<"控制在5000亿元以内", gdp_2020>();
static_assert(std::is_same_v<decltype(cap_for), const level_target<gdp_2020>>);
static_assert(cap_for.value.value() == 5000e4);
static_assert(target_for<"新增5万人", persons>().floor == persons(50000));

// A phrase's target builds a goal as a factory's does.
constexpr goal
    trade_goal(indicator<share>("对外贸易依存度", "trade dependence", direction::higher_is_better),
               target_of<"提高到15%">(), period{year(2021), year(2026)}, attribute::expected);
static_assert(trade_goal.kind() == goal_kind::level);

} // namespace
