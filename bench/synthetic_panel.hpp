#pragma once
// A seeded synthetic panel for the benchmarks: regions x 20 indicators x 11 years (2014-2024),
// one goal per indicator (two of each of the ten kinds), base 2020, deadline 2025, evaluated as
// of 2024. 2,850 regions (about China's county-level divisions) give 627,000 observations
// before gaps. Each (indicator, region) series comes from its own seeded generator, so the
// values do not depend on the order in which they are made: the in-memory panel of
// panel_bench.cpp and the CSV of gen_panel.cpp hold the same numbers.
//
// About 3% of observations are missing (gaps are normal, docs/method.md §6); about 30% of the 2024
// figures are flagged provisional. Values are rounded to the precision a statistics office
// publishes (the CSV holds exactly these decimals).

#include <zzplan/evaluate.hpp>
#include <zzplan/panel.hpp>
#include <zzplan/units.hpp>

#include <array>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace zzbench {

namespace zz = zzplan;

inline constexpr int first_year = 2014;
inline constexpr int n_years = 11; // 2014..2024
inline constexpr int regions_1x = 2850;
inline constexpr std::uint64_t seed = 20210927; // the Zhuzhou report's date, as a number
inline constexpr double missing_probability = 0.03;
inline constexpr double provisional_probability = 0.30;
inline constexpr std::chrono::year as_of{2024};
inline constexpr zz::period plan_period{std::chrono::year{2020}, std::chrono::year{2025}};

// ---- a small, portable generator (std:: distributions differ between libraries) ---------------

struct rng {
  std::uint64_t state;
  std::uint64_t next() noexcept { // splitmix64
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
  double normal() noexcept {                                                          // Box-Muller
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
};

/// How an indicator's series evolves: the 2014 level uniform in [lo, hi], then each year
/// additively (level units) or multiplicatively (a fraction), rounded to `decimals`.
struct series_model {
  double lo;
  double hi;
  double drift;
  double sd;
  bool multiplicative;
  int decimals;
};

/// One indicator of the panel and its goal.
template <class G> struct panel_goal {
  using goal_type = G;
  using quantity_type = typename G::quantity_type;
  const char* code; ///< the CSV's indicator column
  G goal;
  series_model model;
  const char* phrase; ///< the same goal as a plan file's target phrase (gen_panel --plan)
  const char* toml;   ///< the plan file's other keys for it (unit, direction, price basis)
};

template <class G>
panel_goal<G> make(const char* code, const G& g, series_model m, const char* phrase,
                   const char* toml) {
  return panel_goal<G>{code, g, m, phrase, toml};
}

// ---- the twenty goals --------------------------------------------------------------------------

using namespace zzplan::literals;
using zz::attribute;
using zz::direction;
using zz::modality;
using cp2020 = zz::constant_prices<2020>;

template <class Q> constexpr zz::indicator<Q> ind(const char* zh, const char* en, direction d) {
  return zz::indicator<Q>{zh, en, d};
}
constexpr auto up = direction::higher_is_better;
constexpr auto down = direction::lower_is_better;

inline const auto goals = std::make_tuple(
    // level
    make("urbanization",
         zz::goal{ind<zz::share>("城镇化率", "urbanization rate", up), zz::raise_to(70_pct),
                  plan_period, attribute::expected},
         {40, 75, 0.9, 0.4, false, 2}, "城镇化率提高到70%", "unit = \"%\""),
    make("rd_intensity",
         zz::goal{ind<zz::share>("研发投入强度", "R&D spending / GDP", up), zz::above(2.5_pct),
                  plan_period, attribute::expected},
         {0.8, 3.2, 0.12, 0.08, false, 2}, "研发投入强度超过2.5%", "unit = \"%\""),
    // ceiling
    make("unemployment",
         zz::goal{ind<zz::share>("城镇调查失业率", "urban surveyed unemployment", down),
                  zz::within(5.5_pct), plan_period, attribute::expected},
         {3.5, 7.0, -0.05, 0.3, false, 1}, "城镇调查失业率控制在5.5%以内",
         "unit = \"%\"\ndirection = \"lower\""),
    make("poor_air_days",
         zz::goal{ind<zz::share>("空气质量超标天数比例", "days of poor air quality", down),
                  zz::below(10_pct), plan_period, attribute::binding},
         {5, 25, -0.8, 1.5, false, 1}, "空气质量超标天数比例低于10%",
         "unit = \"%\"\ndirection = \"lower\""),
    // step
    make("gdp",
         zz::goal{ind<zz::yi_yuan<>>("地区生产总值", "GDP (current prices)", up),
                  zz::step_from_to(200_yi_yuan, 300_yi_yuan), plan_period, attribute::expected},
         {60, 400, 0.065, 0.03, true, 2}, "地区生产总值从200亿元迈上300亿元台阶",
         "unit = \"亿元\"\nprice_basis = \"nominal\""),
    make("fiscal_revenue",
         zz::goal{ind<zz::yi_yuan<>>("一般公共预算收入", "general budget revenue", up),
                  zz::step_from_to(10_yi_yuan, 20_yi_yuan), plan_period, attribute::expected},
         {2, 30, 0.05, 0.06, true, 2}, "一般公共预算收入从10亿元迈上20亿元台阶",
         "unit = \"亿元\"\nprice_basis = \"nominal\""),
    // average growth
    make("income",
         zz::goal{
             ind<zz::yuan_per_person<>>("居民人均可支配收入", "disposable income per person", up),
             zz::grow_on_average(7_pct_a_year, zz::price_basis::nominal), plan_period,
             attribute::expected},
         {15000, 45000, 0.07, 0.015, true, 0}, "居民人均可支配收入年均增长7%以上",
         "unit = \"元/人\"\nprice_basis = \"nominal\""),
    make("retail_sales",
         zz::goal{ind<zz::yi_yuan<>>("社会消费品零售总额", "retail sales", up),
                  zz::grow_on_average(8_pct_a_year, zz::price_basis::nominal), plan_period,
                  attribute::expected},
         {20, 200, 0.07, 0.04, true, 2}, "社会消费品零售总额年均增长8%以上",
         "unit = \"亿元\"\nprice_basis = \"nominal\""),
    // cumulative change
    make("energy_intensity",
         zz::goal{ind<zz::tce_per_wan_yuan<cp2020>>("万元GDP能耗", "energy per 10,000 yuan", down),
                  zz::decrease_by(13.5_pct_growth), plan_period, attribute::binding},
         {0.3, 1.2, -0.03, 0.015, true, 4}, "万元GDP能耗下降13.5%以上",
         "unit = \"吨标准煤/万元\"\nprice_basis = \"constant:2020\""),
    make("rd_personnel",
         zz::goal{ind<zz::persons>("研发人员", "R&D personnel", up), zz::increase_by(20_pct_growth),
                  plan_period, attribute::expected},
         {500, 20000, 0.04, 0.03, true, 0}, "研发人员增长20%以上", "unit = \"人\""),
    // points
    make("forest_cover",
         zz::goal{ind<zz::share>("森林覆盖率", "forest cover", up), zz::increase_by_points(1.5_pp),
                  plan_period, attribute::binding},
         {20, 70, 0.3, 0.2, false, 2}, "森林覆盖率提高1.5个百分点", "unit = \"%\""),
    make("services_share",
         zz::goal{ind<zz::share>("服务业增加值占比", "services / GDP", up),
                  zz::increase_by_points(3_pp), plan_period, attribute::expected},
         {35, 60, 0.6, 0.5, false, 1}, "服务业增加值占比提高3个百分点", "unit = \"%\""),
    // multiple
    make("digital_economy",
         zz::goal{ind<zz::yi_yuan<cp2020>>("数字经济规模", "digital economy (2020 prices)", up),
                  zz::multiply_by(2.0), plan_period, attribute::expected},
         {5, 80, 0.12, 0.05, true, 2}, "数字经济规模翻一番",
         "unit = \"亿元\"\nprice_basis = \"constant:2020\""),
    make("high_tech_output",
         zz::goal{ind<zz::yi_yuan<cp2020>>("高技术产业增加值", "high-tech value added", up),
                  zz::multiply_by(2.0), plan_period, attribute::expected},
         {10, 150, 0.08, 0.04, true, 2}, "高技术产业增加值翻一番",
         "unit = \"亿元\"\nprice_basis = \"constant:2020\""),
    // increment
    make("high_tech_firms",
         zz::goal{ind<zz::items>("高新技术企业", "high-tech enterprises", up),
                  zz::add_between(20_items, 30_items), plan_period, attribute::expected},
         {10, 200, 4, 3, false, 0}, "高新技术企业新增20-30个", "unit = \"个\""),
    make("scenic_spots",
         zz::goal{ind<zz::items>("4A级以上景区", "4A+ scenic spots", up),
                  zz::add_between(2_items, 3_items), plan_period, attribute::expected,
                  modality::aspirational},
         {1, 12, 0.4, 0.5, false, 0}, "4A级以上景区力争新增2-3个", "unit = \"个\""),
    // range
    make("cpi_inflation",
         zz::goal{ind<zz::share>("居民消费价格涨幅", "CPI inflation", down),
                  zz::between(2_pct, 3_pct), plan_period, attribute::expected},
         {0.5, 4, 0.0, 0.6, false, 1}, "居民消费价格涨幅2%至3%",
         "unit = \"%\"\ndirection = \"lower\""),
    make("birth_rate",
         zz::goal{ind<zz::share>("人口出生率", "birth rate", up), zz::between(0.6_pct, 1.0_pct),
                  plan_period, attribute::expected},
         {0.2, 1.5, -0.05, 0.1, false, 2}, "人口出生率0.6%至1.0%",
         "unit = \"%\"\ndirection = \"higher\""),
    // band
    make("green_coverage",
         zz::goal{ind<zz::share>("建成区绿化覆盖率", "green coverage of built-up area", up),
                  zz::about(45_pct), plan_period, attribute::expected},
         {35, 48, 0.4, 0.3, false, 2}, "建成区绿化覆盖率45%左右",
         "unit = \"%\"\ndirection = \"higher\""),
    make("fixed_investment",
         zz::goal{ind<zz::yi_yuan<>>("固定资产投资", "fixed-asset investment", up),
                  zz::about(500_yi_yuan, 0.1), plan_period, attribute::expected},
         {100, 900, 0.05, 0.08, true, 2}, "固定资产投资500亿元左右（±10%）",
         "unit = \"亿元\"\nprice_basis = \"nominal\"\ndirection = \"higher\""));

inline constexpr std::size_t n_goals = std::tuple_size_v<std::remove_cvref_t<decltype(goals)>>;

/// Calls f(std::integral_constant<std::size_t, I>{}) for each goal index I.
template <class F> void for_each_goal(F&& f) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (f(std::integral_constant<std::size_t, I>{}), ...);
  }
  (std::make_index_sequence<n_goals>{});
}

// ---- the data ----------------------------------------------------------------------------------

struct gen_obs {
  int year;
  double value; ///< in the indicator's unit (shares in percent), rounded as published
  bool provisional;
};

/// The observations of one indicator for one region (gaps left out); returns their number.
inline int generate(const series_model& m, std::size_t goal_index, std::size_t region,
                    std::array<gen_obs, n_years>& out) {
  rng r{seed ^ (0x100000001B3ULL * (goal_index + 1)) ^ (0x9E3779B97F4A7C15ULL * (region + 1))};
  r.next();
  const double scale = std::pow(10.0, m.decimals);
  double v = m.lo + (m.hi - m.lo) * r.uniform();
  int n = 0;
  for (int i = 0; i < n_years; ++i) {
    if (i > 0) {
      const double shock = m.drift + m.sd * r.normal();
      v = m.multiplicative ? v * (1.0 + shock) : v + shock;
      if (m.decimals == 0 || !m.multiplicative) {
        v = v < 0.0 ? 0.0 : v; // counts and shares stay non-negative
      }
    }
    const bool missing = r.uniform() < missing_probability;
    const bool provisional = r.uniform() < provisional_probability;
    if (!missing) {
      const int year = first_year + i;
      out[static_cast<std::size_t>(n++)] = gen_obs{year, std::round(v * scale) / scale,
                                                   provisional && year == first_year + n_years - 1};
    }
  }
  return n;
}

inline std::string region_name(std::size_t i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "R%06zu", i + 1);
  return buf;
}

template <class Q> Q to_quantity(double v) {
  if constexpr (std::is_same_v<Q, zz::share>) {
    return zz::share::percent(v);
  } else {
    return Q(v);
  }
}

template <class Q> using rows_of = std::vector<zz::panel_row<zz::observation<Q>>>;

template <class Tuple> struct rows_tuple;
template <class... PG> struct rows_tuple<std::tuple<PG...>> {
  using type = std::tuple<rows_of<typename PG::quantity_type>...>;
};

/// The panel in memory: region names, and per indicator its rows grouped by region, in year order.
struct panel {
  std::vector<std::string> regions;
  typename rows_tuple<std::remove_cvref_t<decltype(goals)>>::type rows;

  [[nodiscard]] std::size_t observations() const {
    std::size_t n = 0;
    std::apply([&n](const auto&... r) { ((n += r.size()), ...); }, rows);
    return n;
  }
  [[nodiscard]] std::size_t bytes() const {
    std::size_t n = 0;
    std::apply([&n](const auto&... r) { ((n += r.size() * sizeof(r.front())), ...); }, rows);
    for (const auto& s : regions) {
      n += sizeof(s) + (s.size() >= sizeof(s) ? s.capacity() : 0);
    }
    return n;
  }
};

inline panel make_panel(std::size_t n_regions) {
  panel p;
  p.regions.reserve(n_regions);
  for (std::size_t r = 0; r < n_regions; ++r) {
    p.regions.push_back(region_name(r));
  }
  for_each_goal([&](auto index) {
    constexpr std::size_t i = decltype(index)::value;
    const auto& pg = std::get<i>(goals);
    using Q = typename std::remove_cvref_t<decltype(pg)>::quantity_type;
    auto& rows = std::get<i>(p.rows);
    rows.reserve(n_regions * n_years);
    std::array<gen_obs, n_years> obs{};
    for (std::size_t r = 0; r < n_regions; ++r) {
      const int n = generate(pg.model, i, r, obs);
      for (int k = 0; k < n; ++k) {
        const gen_obs& o = obs[static_cast<std::size_t>(k)];
        rows.push_back({p.regions[r],
                        {std::chrono::year{o.year}, to_quantity<Q>(o.value),
                         o.provisional ? zz::flag::provisional : zz::flag::none}});
      }
    }
  });
  return p;
}

} // namespace zzbench
