// Target phrases: every wording of docs/method.md §3, full-width forms, ranges, modal prefixes, names,
// errors with offsets, the typed route (target_of/target_for) against the factories, and words.
#include "support/catch.hpp"

// units.hpp first: zzplan::items and unit_id::item must not trip g++'s -Wshadow.
#include <zzplan/units.hpp>

#include <zzplan/phrase.hpp>

#include <optional>
#include <string>
#include <string_view>

using namespace zzplan;

namespace {

parsed_phrase parse_ok(std::string_view s) {
  const parse_result r = parse_phrase(s);
  INFO("phrase: " << s << " error: " << r.error().message() << " at " << r.error().offset);
  REQUIRE(r.has_value());
  return *r;
}

struct row {
  const char* text;
  goal_kind kind;
  comparison cmp;
  double value;
  std::optional<double> second;
  unit_id unit;
  bool decrease;
};

using gk = goal_kind;
using cm = comparison;
using pu = unit_id;

void check_rows(std::initializer_list<row> rows) {
  for (const row& w : rows) {
    const parsed_phrase p = parse_ok(w.text);
    INFO("phrase: " << w.text);
    CHECK(p.kind == w.kind);
    CHECK(p.cmp == w.cmp);
    CHECK(p.value == w.value);
    CHECK(p.second == w.second);
    CHECK(p.unit == w.unit);
    CHECK(p.decrease == w.decrease);
    CHECK(p.band == (w.kind == gk::band));
    CHECK(p.mode == modality::firm);
  }
}

} // namespace

TEST_CASE("levels and ceilings: every wording", "[phrase]") {
  check_rows({
      {"提高到15%", gk::level, cm::at_least, 15, {}, pu::percent, false},
      {"达到15%", gk::level, cm::at_least, 15, {}, pu::percent, false},
      {"达到15%以上", gk::level, cm::at_least, 15, {}, pu::percent, false},
      {"15%以上", gk::level, cm::at_least, 15, {}, pu::percent, false},
      {"不低于15%", gk::level, cm::at_least, 15, {}, pu::percent, false},
      {"超过70%", gk::level, cm::more_than, 70, {}, pu::percent, false},
      {"高于70%", gk::level, cm::more_than, 70, {}, pu::percent, false},
      {"降低到0.5吨标准煤/万元", gk::level, cm::at_most, 0.5, {}, pu::tce_per_wan_yuan, true},
      {"降至0.45吨标准煤/万元", gk::level, cm::at_most, 0.45, {}, pu::tce_per_wan_yuan, true},
      {"控制在5000亿元以内", gk::ceiling, cm::at_most, 5000, {}, pu::yi_yuan, false},
      {"控制在5.5%以下", gk::ceiling, cm::at_most, 5.5, {}, pu::percent, false},
      {"5.5%以内", gk::ceiling, cm::at_most, 5.5, {}, pu::percent, false},
      {"5.5%以下", gk::ceiling, cm::at_most, 5.5, {}, pu::percent, false},
      {"不超过1500万吨标准煤", gk::ceiling, cm::at_most, 1500, {}, pu::wan_tce, false},
      {"不满5%", gk::ceiling, cm::less_than, 5, {}, pu::percent, false},
      {"低于5%", gk::ceiling, cm::less_than, 5, {}, pu::percent, false},
  });
}

TEST_CASE("steps, changes, points, multiples, increments, ranges and bands", "[phrase]") {
  check_rows({
      {"从3000亿元迈上5000亿元台阶", gk::step, cm::at_least, 5000, 3000.0, pu::yi_yuan, false},
      {"从3000亿元跨过5000亿元台阶", gk::step, cm::at_least, 5000, 3000.0, pu::yi_yuan, false},
      {"从3000迈上5000亿元台阶", gk::step, cm::at_least, 5000, 3000.0, pu::yi_yuan, false},
      {"迈上5000亿元台阶", gk::step, cm::at_least, 5000, {}, pu::yi_yuan, false},
      {"迈上5000亿元新台阶", gk::step, cm::at_least, 5000, {}, pu::yi_yuan, false},
      {"年均增长8%以上", gk::average_growth, cm::at_least, 8, {}, pu::percent, false},
      {"年均增长8%", gk::average_growth, cm::at_least, 8, {}, pu::percent, false},
      {"年均下降3%", gk::average_growth, cm::at_most, -3, {}, pu::percent, true},
      {"增长10%以上", gk::cumulative_change, cm::at_least, 10, {}, pu::percent, false},
      {"增长10%", gk::cumulative_change, cm::at_least, 10, {}, pu::percent, false},
      {"提高10%", gk::cumulative_change, cm::at_least, 10, {}, pu::percent, false},
      {"下降15%以上", gk::cumulative_change, cm::at_most, -15, {}, pu::percent, true},
      {"下降15%", gk::cumulative_change, cm::at_most, -15, {}, pu::percent, true},
      {"降低13.5%", gk::cumulative_change, cm::at_most, -13.5, {}, pu::percent, true},
      {"提高2个百分点", gk::points_change, cm::at_least, 2, {}, pu::points, false},
      {"下降1.5个百分点", gk::points_change, cm::at_most, -1.5, {}, pu::points, true},
      {"翻一番", gk::multiple, cm::at_least, 2, {}, pu::none, false},
      {"翻两番", gk::multiple, cm::at_least, 4, {}, pu::none, false},
      {"翻3番", gk::multiple, cm::at_least, 8, {}, pu::none, false},
      {"新增2-3个", gk::increment, cm::at_least, 2, 3.0, pu::item, false},
      {"新增2个", gk::increment, cm::at_least, 2, {}, pu::item, false},
      {"新增5万人以上", gk::increment, cm::at_least, 5, {}, pu::wan_person, false},
      {"新增1.5万个", gk::increment, cm::at_least, 15000, {}, pu::item, false},
      {"2%至3%", gk::range, cm::at_least, 2, 3.0, pu::percent, false},
      {"2至3%", gk::range, cm::at_least, 2, 3.0, pu::percent, false},
      {"控制在3%至3.5%之间", gk::range, cm::at_least, 3, 3.5, pu::percent, false},
      {"增长6%-7%", gk::range, cm::at_least, 6, 7.0, pu::percent, false},
      {"15%左右", gk::band, cm::at_least, 15, {}, pu::percent, false},
      {"5000亿元左右", gk::band, cm::at_least, 5000, {}, pu::yi_yuan, false},
      {"降低20%左右", gk::band, cm::at_least, -20, {}, pu::percent, true},
      {"下降20%左右", gk::band, cm::at_least, -20, {}, pu::percent, true},
  });
  CHECK(parse_ok("翻两番").factor == 4.0);
  CHECK(parse_ok("年均增长8%").measure == phrase_measure::annual_change);
  CHECK(parse_ok("下降15%").measure == phrase_measure::change);
  CHECK(parse_ok("提高到15%").measure == phrase_measure::level);
}

TEST_CASE("relative goals keep the reference as written", "[phrase]") {
  const parsed_phrase a = parse_ok("与经济增长基本同步");
  CHECK(a.kind == gk::relative);
  CHECK(a.relation == relative_target::relation::in_step);
  CHECK(a.reference == "经济增长");
  CHECK(parse_ok("与经济增长同步").reference == "经济增长");
  CHECK(parse_ok("与经济增长保持同步").reference == "经济增长");
  const parsed_phrase b = parse_ok("居民收入增长与经济增长基本同步");
  CHECK(b.reference == "经济增长");
  CHECK(b.name == "居民收入增长");
  const parsed_phrase c = parse_ok("高于经济增长");
  CHECK(c.kind == gk::relative);
  CHECK(c.relation == relative_target::relation::faster_than);
  CHECK(c.reference == "经济增长");
  CHECK(parse_ok("农村居民收入增长高于城镇居民。").reference == "城镇居民");
  CHECK(parse_ok("低于经济增长").relation == relative_target::relation::slower_than);
}

TEST_CASE("full-width digits, point, percent, colon and range separators", "[phrase]") {
  const parsed_phrase a = parse_ok("提高到１５．５％");
  CHECK(a.value == 15.5);
  CHECK(a.unit == pu::percent);
  CHECK(parse_ok("超过７０％").cmp == cm::more_than);
  CHECK(parse_ok("科技进步贡献率：超过70%").name == "科技进步贡献率");
  CHECK(parse_ok("科技进步贡献率: 超过70%").name == "科技进步贡献率");
  for (const char* s : {"新增2-3个", "新增2至3个", "新增2～3个", "新增2~3个", "新增2—3个",
                        "新增2——3个", "新增２－３个", "新增2到3个", "新增 2 - 3 个"}) {
    const parsed_phrase p = parse_ok(s);
    INFO(s);
    CHECK(p.kind == gk::increment);
    CHECK(p.value == 2.0);
    CHECK(p.second == 3.0);
    CHECK(p.unit == pu::item);
  }
  CHECK(parse_ok("　超过70%　").value == 70.0); // ideographic spaces
  CHECK(parse_ok("超过70%。").value == 70.0);
}

TEST_CASE("decimals are exact and magnitudes stay in their unit", "[phrase]") {
  CHECK(parse_ok("提高到72.04%").value == 72.04);
  CHECK(parse_ok("超过0.78%").value == 0.78);
  const parsed_phrase a = parse_ok("达到1.2万亿元");
  CHECK(a.value == 1.2);
  CHECK(a.unit == pu::wanyi_yuan);
  CHECK(parse_ok("达到3万元").unit == pu::wan_yuan);
  CHECK(parse_ok("达到800万人").unit == pu::wan_person);
  CHECK(parse_ok("达到120元").unit == pu::yuan);
  CHECK(parse_ok("达到5000人").unit == pu::person);
  CHECK(parse_ok("达到50万吨标准煤").unit == pu::wan_tce);
  const parsed_phrase bare = parse_ok("达到3万");
  CHECK(bare.value == 30000.0);
  CHECK(bare.unit == pu::none);
  CHECK(parse_ok("达到2亿人").value == 2e8);
}

TEST_CASE("modal prefixes, names and verbs carried over the colon", "[phrase]") {
  CHECK(parse_ok("力争超过70%").mode == modality::aspirational);
  CHECK(parse_ok("争取超过70%").mode == modality::aspirational);
  CHECK(parse_ok("确保超过70%").mode == modality::firm);
  CHECK(parse_ok("超过70%").mode == modality::firm);
  const parsed_phrase a = parse_ok("千亿产业集群：力争新增2-3个");
  CHECK(a.mode == modality::aspirational);
  CHECK(a.name == "千亿产业集群");
  CHECK(a.kind == gk::increment);
  const parsed_phrase b = parse_ok("千亿产业集群力争新增2-3个");
  CHECK(b.mode == modality::aspirational);
  CHECK(b.name == "千亿产业集群");
  const parsed_phrase c = parse_ok("力争全市经济总量迈上5000亿元台阶");
  CHECK(c.mode == modality::aspirational);
  CHECK(c.name == "全市经济总量");
  const parsed_phrase d = parse_ok("居民收入年均增长：8%以上");
  CHECK(d.kind == gk::average_growth);
  CHECK(d.value == 8.0);
  const parsed_phrase e = parse_ok("万元GDP能耗下降：15%以上");
  CHECK(e.kind == gk::cumulative_change);
  CHECK(e.value == -15.0);
  CHECK(e.decrease);
  const parsed_phrase f = parse_ok("全市经济总量：从3000亿元迈上5000亿元台阶");
  CHECK(f.kind == gk::step);
  CHECK(f.name == "全市经济总量");
  CHECK(parse_ok("对外贸易依存度：提高到15%").name == "对外贸易依存度");
  CHECK(parse_ok("全市常住人口城镇化率超过75%").name == "全市常住人口城镇化率");
  CHECK(parse_ok("研究与试验发展经费投入强度达到3%").name == "研究与试验发展经费投入强度");
  CHECK(parse_ok("5G基站数达到1万个").name == "5G基站数");
  CHECK(parse_ok("单位GDP二氧化碳排放降低18%").value == -18.0);
}

TEST_CASE("band tolerances when written", "[phrase]") {
  CHECK_FALSE(parse_ok("降低20%左右").tolerance.has_value());
  CHECK(parse_ok("降低20%左右（±5%）").tolerance == 0.05);
  CHECK(parse_ok("降低20%左右(±1个百分点)").tolerance == 0.05);
  CHECK(parse_ok("5000亿元左右±100亿元").tolerance == 0.02);
}

TEST_CASE("errors say what was expected and where", "[phrase]") {
  struct bad {
    const char* text;
    std::size_t offset;
    const char* message;
  };
  const bad cases[] = {
      {"", 0, "expected a target phrase (the text is empty)"},
      {"提高到", 9, "expected a number after 提高到"},
      {"提高到百分之十五", 9, "expected a number after 提高到"},
      {"科技进步贡献率：超过七十%", 30, "expected a number after 超过"},
      {"控制在5%", 11, "expected 以内, 以下, 左右 or a range (X至Y) after 控制在5%"},
      {"15%", 3, "expected 以上, 以下, 以内, 左右 or a range (X至Y) after 15%"},
      {"超过70%以上", 9, "expected the end of the phrase after 超过70%"},
      {"3至2%", 4, "expected a high end not below the low end after 3至"},
      {"2%至3亿元", 6, "expected the same unit at both ends after 2%至3"},
      {"从3000亿元5000亿元台阶", 13, "expected 迈上, 提高到 or 降低到 after 从3000亿元"},
      {"从5000亿元迈上3000亿元台阶", 19, "expected a level above the start after 从5000亿元迈上"},
      {"迈上5000亿元", 16, "expected 台阶 after 迈上5000亿元"},
      {"提高15", 8, "expected % or 个百分点 after 提高15"},
      {"年均增长2亿元", 13,
       "expected % or 个百分点 (a yearly pace is in % or in percentage points) after 年均增长2"},
      {"翻番", 3, "expected 一, 两 or another count of doublings after 翻"},
      {"翻一", 6, "expected 番 after 翻一"},
      {"新增2-3", 9, "expected a unit of what is added (个, 人, 万人, 亿元…) after 新增2-3"},
      {"5.%以上", 2, "expected a digit after the decimal point after 5."},
      {"1234567890123456%以上", 0, "expected a number of at most 15 digits"},
      {"降低20%左右（±5%", 22, "expected a closing bracket after 降低20%左右（±5%"},
      {"高于", 6, "expected a number or a reference indicator after 高于"},
      {"\xff超过70%", 0, "expected UTF-8 text (this byte is not)"},
      {"力争", 6,
       "expected a target wording (提高到, 超过, 保持在…以上, 控制在…以内, 年均增长, 下降, 新增, "
       "累计, 翻一番, 从…迈上…台阶, 与…同步) or a number after 力争"},
  };
  for (const bad& b : cases) {
    const parse_result r = parse_phrase(b.text);
    INFO("phrase: " << b.text);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().offset == b.offset);
    CHECK(r.error().message() == b.message);
  }
  CHECK_THROWS_AS(parse_phrase("提高到").value(), bad_phrase);
  try {
    static_cast<void>(parse_phrase("提高到").value());
  } catch (const bad_phrase& e) {
    CHECK(std::string(e.what()) == "zzplan: expected a number after 提高到 (at byte 9)");
    CHECK(e.error().offset == 9);
  }
}

TEST_CASE("show_error puts the caret under the problem, wide characters counting 2", "[phrase]") {
  const std::string_view s = "科技进步贡献率：超过七十%";
  CHECK(show_error(s, parse_phrase(s).error()) ==
        "科技进步贡献率：超过七十%\n"
        "                    ^ expected a number after 超过");
  CHECK(show_error("超过x", parse_phrase("超过x").error()) ==
        "超过x\n    ^ expected a number after 超过");
}

TEST_CASE("typed targets agree with the factories field by field", "[phrase]") {
  const auto a = target_of<"超过70%">();
  const auto fa = above(share::percent(70));
  STATIC_REQUIRE(std::is_same_v<decltype(a), const decltype(fa)>);
  CHECK(a.cmp == fa.cmp);
  CHECK(a.value == fa.value);
  CHECK(a.is_ceiling == fa.is_ceiling);

  const auto b = target_of<"提高到15%">();
  CHECK((b.cmp == raise_to(share::percent(15)).cmp && b.value == share::percent(15) &&
         !b.is_ceiling));
  const auto c = target_of<"控制在5000亿元以内">();
  STATIC_REQUIRE(std::is_same_v<decltype(c), const level_target<yi_yuan<>>>);
  const auto fc = within(yi_yuan<>(5000));
  CHECK((c.cmp == fc.cmp && c.value == fc.value && c.is_ceiling == fc.is_ceiling));
  const auto d = target_of<"不满5%">();
  CHECK((d.cmp == below(share::percent(5)).cmp && d.is_ceiling));
  const auto e = target_of<"降至0.5吨标准煤/万元">();
  const auto fe = lower_to(tce_per_wan_yuan<>(0.5));
  CHECK((e.cmp == fe.cmp && e.value == fe.value && e.is_ceiling == fe.is_ceiling));

  const auto f = target_of<"下降15%以上">();
  STATIC_REQUIRE(std::is_same_v<decltype(f), const change_target>);
  const auto ff = decrease_by(growth_rate::percent(15));
  CHECK((f.cmp == ff.cmp && f.change == ff.change));
  const auto g = target_of<"增长10%">();
  CHECK((g.cmp == increase_by(growth_rate::percent(10)).cmp &&
         g.change == increase_by(growth_rate::percent(10)).change));

  const auto h = target_of<"年均增长8%以上">(price_basis::real);
  const auto fh = grow_on_average(annual_rate::percent(8), price_basis::real);
  CHECK((h.cmp == fh.cmp && h.rate == fh.rate && h.basis == fh.basis));

  const auto i = target_of<"提高2个百分点">();
  CHECK((i.cmp == increase_by_points(points::pp(2)).cmp &&
         i.change == increase_by_points(points::pp(2)).change));
  const auto j = target_of<"下降1.5个百分点">();
  CHECK((j.cmp == decrease_by_points(points::pp(1.5)).cmp &&
         j.change == decrease_by_points(points::pp(1.5)).change));

  CHECK(target_of<"翻一番">().factor == multiply_by(2).factor);
  CHECK(target_of<"翻两番">().factor == multiply_by(4).factor);

  const auto k = target_of<"千亿产业集群：力争新增2-3个">();
  STATIC_REQUIRE(std::is_same_v<decltype(k), const increment_target<items>>);
  CHECK((k.floor == add_between(items(2), items(3)).floor && k.stretch == items(3)));
  CHECK(target_of<"新增2个">().stretch == items(2));

  const auto l = target_of<"从3000亿元迈上5000亿元台阶">();
  const auto fl = step_from_to(yi_yuan<>(3000), yi_yuan<>(5000));
  CHECK((l.from == fl.from && l.to == fl.to));
  CHECK(target_of<"迈上5000亿元台阶">().from == yi_yuan<>(0)); // no start written

  const auto m = target_of<"2%至3%">();
  CHECK(
      (m.low == between(share::percent(2), share::percent(3)).low && m.high == share::percent(3)));

  const auto n = target_of<"降低20%左右">();
  STATIC_REQUIRE(std::is_same_v<decltype(n), const band_target<growth_rate>>);
  const auto fn = about(growth_rate::percent(-20));
  CHECK((n.center == fn.center && n.tolerance == fn.tolerance));
  CHECK(target_of<"15%左右（±2%）">().tolerance == 0.02);

  const auto o = target_of<"与经济增长基本同步">();
  const auto fo = in_step_with("经济增长", "");
  CHECK((o.rel == fo.rel && o.tolerance == fo.tolerance && o.reference_zh == fo.reference_zh));
  const auto p = target_of<"高于经济增长">();
  const auto fp = faster_than("经济增长", "");
  CHECK((p.rel == fp.rel && p.tolerance == fp.tolerance && p.reference_zh == fp.reference_zh));
}

TEST_CASE("target_for converts to the indicator's quantity", "[phrase]") {
  const auto a = target_for<"控制在5000亿元以内", wan_yuan<constant_prices<2020>>>();
  STATIC_REQUIRE(std::is_same_v<decltype(a), const level_target<wan_yuan<constant_prices<2020>>>>);
  CHECK(a.value.value() == 5000e4);
  CHECK(target_for<"新增5万人", persons>().floor == persons(50000));
  CHECK(target_for<"超过70%", share>().value == share::percent(70));
  CHECK(target_for<"提高2个百分点", share>().change == points::pp(2));
  CHECK(target_for<"下降15%以上", tce_per_wan_yuan<>>().change == growth_rate::percent(-15));
  CHECK(target_for<"年均增长8%以上", yuan<>>(price_basis::nominal).basis == price_basis::nominal);
}

TEST_CASE("explain says it in words", "[phrase]") {
  CHECK(explain(parse_ok("下降15%以上"), lang::en) ==
        "cumulative change, at most −15% (a decrease of at least 15%), firm");
  CHECK(explain(parse_ok("下降15%以上"), lang::zh) == "累计变化，不高于−15%（下降至少15%），确保");
  CHECK(explain(parse_ok("超过70%"), lang::en) == "level, more than 70% (strict), firm");
  CHECK(explain(parse_ok("力争新增2-3个"), lang::en) ==
        "increment, at least +2 items (stretch +3 items), aspirational (力争)");
  CHECK(explain(parse_ok("力争新增2-3个"), lang::zh) == "增量，至少新增2个（力争3个），力争");
  CHECK(explain(parse_ok("控制在5000亿元以内"), lang::en) ==
        "ceiling, at most 500 billion yuan (inclusive), firm");
  CHECK(explain(parse_ok("降低20%左右"), lang::zh) ==
        "区间带，−20%左右（下降约20%），容差±5%（默认），确保");
  CHECK(explain(parse_ok("翻两番"), lang::en) == "multiple, at least 4 times the base, firm");
  CHECK(explain(parse_ok("与经济增长基本同步"), lang::zh) ==
        "相对，增长与经济增长基本同步（每年±1个百分点以内，默认），确保");
  for (const char* s :
       {"提高到15%", "不满5%", "降至0.5吨标准煤/万元", "从3000亿元迈上5000亿元台阶",
        "年均增长8%以上", "提高2个百分点", "2至3%", "高于经济增长", "低于经济增长"}) {
    INFO(s);
    CHECK_FALSE(explain(parse_ok(s), lang::en).empty());
    CHECK_FALSE(explain(parse_ok(s)).empty());
  }
}

TEST_CASE("unit symbols round-trip through parse_unit", "[phrase]") {
  for (const unit_id u :
       {pu::percent, pu::points, pu::yuan, pu::wan_yuan, pu::yi_yuan, pu::wanyi_yuan,
        pu::tce_per_wan_yuan, pu::item, pu::person, pu::wan_person, pu::tce, pu::wan_tce}) {
    CHECK(parse_unit(unit_symbol(u)) == u);
  }
  CHECK(unit_symbol(pu::yi_yuan) == "亿元");
  CHECK(unit_symbol(pu::points) == "个百分点");
  CHECK(parse_unit("％") == pu::percent);
  CHECK(parse_unit("") == pu::none);
  CHECK_FALSE(parse_unit("美元").has_value());
}
