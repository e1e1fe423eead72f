// Writes the synthetic panel of synthetic_panel.hpp (the same numbers the library benchmark holds
// in memory) as CSV in long format, region,indicator,year,value,flag (a gap is a missing row),
// its twenty goals as JSON (for bench/pandas_eval.py) and as a plan file in TOML (for
// `zzplan evaluate`).
//
//   zzplan_bench_gen_panel [--regions N | --scale S] [--csv FILE] [--goals FILE] [--plan FILE]
//
// Default: 2,850 regions (scale 1), panel.csv, panel_goals.json and panel_plan.toml in the
// current directory.

#include "synthetic_panel.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

const char* cmp_name(zzplan::comparison c) {
  switch (c) {
  case zzplan::comparison::at_least: return "at_least";
  case zzplan::comparison::more_than: return "more_than";
  case zzplan::comparison::at_most: return "at_most";
  case zzplan::comparison::less_than: return "less_than";
  }
  return "?";
}

bool write_goals(const char* path) {
  std::FILE* f = std::fopen(path, "w");
  if (!f) {
    return false;
  }
  std::fprintf(f, "{\n  \"as_of\": %d,\n  \"goals\": [\n", static_cast<int>(zzbench::as_of));
  zzbench::for_each_goal([&](auto index) {
    constexpr std::size_t i = decltype(index)::value;
    const auto& pg = std::get<i>(zzbench::goals);
    using Q = typename std::remove_cvref_t<decltype(pg)>::quantity_type;
    // The goal as the evaluation core sees it: numbers in the indicator's unit (shares in %).
    zzplan::detail::core_goal c;
    zzplan::detail::fill_params(pg.goal, false, c);
    std::string stated = "null";
    if (c.stated_base && c.stated_is_start) {
      char b[40];
      std::snprintf(b, sizeof b, "%.17g", *c.stated_base);
      stated = b;
    }
    std::fprintf(f,
                 "    {\"indicator\": \"%s\", \"kind\": \"%s\", \"cmp\": \"%s\", \"x\": %.17g, "
                 "\"x2\": %.17g, \"k\": %.17g, \"tolerance\": %.17g, \"path\": \"%s\", "
                 "\"base\": %d, \"deadline\": %d, \"stated_start\": %s, \"share\": %s, "
                 "\"binding\": %s, \"aspirational\": %s}%s\n",
                 pg.code, std::string(zzplan::to_string(c.kind)).c_str(), cmp_name(c.cmp), c.x,
                 c.x2, c.k, c.tolerance,
                 c.path == zzplan::path_shape::linear ? "linear" : "geometric", c.base, c.deadline,
                 stated.c_str(), std::is_same_v<Q, zzplan::share> ? "true" : "false",
                 pg.goal.attr == zzplan::attribute::binding ? "true" : "false",
                 pg.goal.mode == zzplan::modality::aspirational ? "true" : "false",
                 i + 1 < zzbench::n_goals ? "," : "");
  });
  std::fprintf(f, "  ]\n}\n");
  return std::fclose(f) == 0;
}

bool write_plan(const char* path) {
  std::FILE* f = std::fopen(path, "w");
  if (!f) {
    return false;
  }
  std::fprintf(
      f,
      "# The twenty goals of bench/synthetic_panel.hpp (written by zzplan_bench_gen_panel).\n"
      "[plan]\nname = \"synthetic panel\"\nbase_year = %d\ndeadline = %d\n",
      static_cast<int>(zzbench::plan_period.base), static_cast<int>(zzbench::plan_period.deadline));
  zzbench::for_each_goal([&](auto index) {
    const auto& pg = std::get<decltype(index)::value>(zzbench::goals);
    std::fprintf(f,
                 "\n[[goal]]\nid = \"%s\"\nindicator = \"%s\"\ntarget = \"%s\"\nattribute = "
                 "\"%s\"\n%s\n",
                 pg.code, pg.code, pg.phrase,
                 pg.goal.attr == zzplan::attribute::binding ? "binding" : "expected", pg.toml);
  });
  return std::fclose(f) == 0;
}

bool write_csv(const char* path, std::size_t n_regions) {
  std::FILE* f = std::fopen(path, "w");
  if (!f) {
    return false;
  }
  static char buffer[1 << 20];
  std::setvbuf(f, buffer, _IOFBF, sizeof buffer);
  std::fputs("region,indicator,year,value,flag\n", f);
  std::array<zzbench::gen_obs, zzbench::n_years> obs{};
  for (std::size_t r = 0; r < n_regions; ++r) {
    const std::string region = zzbench::region_name(r);
    zzbench::for_each_goal([&](auto index) {
      constexpr std::size_t i = decltype(index)::value;
      const auto& pg = std::get<i>(zzbench::goals);
      const int n = zzbench::generate(pg.model, i, r, obs);
      for (int k = 0; k < n; ++k) {
        const zzbench::gen_obs& o = obs[static_cast<std::size_t>(k)];
        std::fprintf(f, "%s,%s,%d,%.*f,%s\n", region.c_str(), pg.code, o.year, pg.model.decimals,
                     o.value, o.provisional ? "provisional" : "");
      }
    });
  }
  return std::fclose(f) == 0;
}

} // namespace

int main(int argc, char** argv) {
  std::size_t regions = zzbench::regions_1x;
  const char* csv = "panel.csv";
  const char* goals = "panel_goals.json";
  const char* plan = "panel_plan.toml";
  for (int i = 1; i < argc; ++i) {
    const bool has_value = i + 1 < argc;
    if (std::strcmp(argv[i], "--regions") == 0 && has_value) {
      regions = std::strtoul(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--scale") == 0 && has_value) {
      regions = zzbench::regions_1x * std::strtoul(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--csv") == 0 && has_value) {
      csv = argv[++i];
    } else if (std::strcmp(argv[i], "--goals") == 0 && has_value) {
      goals = argv[++i];
    } else if (std::strcmp(argv[i], "--plan") == 0 && has_value) {
      plan = argv[++i];
    } else {
      std::fprintf(stderr, "usage: %s [--regions N | --scale S] [--csv F] [--goals F] [--plan F]\n",
                   argv[0]);
      return 2;
    }
  }
  if (!write_csv(csv, regions) || !write_goals(goals) || !write_plan(plan)) {
    std::perror("zzplan_bench_gen_panel");
    return 1;
  }
  std::fprintf(stderr, "zzplan_bench_gen_panel: %zu regions x %zu indicators -> %s, %s, %s\n",
               regions, zzbench::n_goals, csv, goals, plan);
  return 0;
}
