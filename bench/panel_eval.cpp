// The library on the synthetic panel's CSV: read the file, evaluate the twenty goals of
// synthetic_panel.hpp for every region through zzplan::evaluate_panel, write one JSON object per
// assessment (JSON lines). This is the reference bench/pandas_eval.py is checked against, and the
// library's end-to-end figure until the zzplan command is measured on the same file.
//
//   zzplan_bench_panel_eval panel.csv out.jsonl
//
// The reader is minimal (the generator's columns region,indicator,year,value,flag in that order,
// rows of a region adjacent): it is not the zzplan command's reader. Rows of unknown indicators
// are skipped. Timings of the three phases and the peak RSS go to stderr.

#include "synthetic_panel.hpp"

#include <sys/resource.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

namespace zz = zzplan;

// note_code names, in the enum's order (assessment.hpp)
constexpr const char* note_names[] = {"baseline_from_data",
                                      "baseline_stated",
                                      "baseline_stated_start",
                                      "no_baseline",
                                      "no_observations",
                                      "no_observation_after_base",
                                      "as_of_before_base",
                                      "duplicate_year",
                                      "unsorted_input",
                                      "non_finite_ignored",
                                      "rate_undefined",
                                      "lower_bound_met",
                                      "lower_bound_not_point",
                                      "flag_provisional",
                                      "flag_derived",
                                      "flag_revised",
                                      "deadline_passed",
                                      "latest_before_deadline",
                                      "keep_within",
                                      "chained_changes",
                                      "chain_broken",
                                      "points_used",
                                      "aspirational_not_reached",
                                      "stretch_met",
                                      "milestone_pending",
                                      "relative_no_reference",
                                      "too_many_observations",
                                      "no_evidence"};

bool read_file(const char* path, std::string& out) {
  std::FILE* f = std::fopen(path, "rb");
  if (!f) {
    return false;
  }
  char buf[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    out.append(buf, n);
  }
  std::fclose(f);
  return true;
}

struct writer {
  std::FILE* f;
  void num(const char* key, std::optional<double> v) {
    if (v) {
      std::fprintf(f, ",\"%s\":%.17g", key, *v);
    } else {
      std::fprintf(f, ",\"%s\":null", key);
    }
  }
  void year(const char* key, std::optional<zz::year> y) {
    if (y) {
      std::fprintf(f, ",\"%s\":%d", key, static_cast<int>(*y));
    } else {
      std::fprintf(f, ",\"%s\":null", key);
    }
  }
  void boolean(const char* key, std::optional<bool> b) {
    std::fprintf(f, ",\"%s\":%s", key, b ? (*b ? "true" : "false") : "null");
  }
  void str(const char* key, std::string_view s) {
    std::fprintf(f, ",\"%s\":\"%.*s\"", key, static_cast<int>(s.size()), s.data());
  }
};

template <class Q> std::optional<double> level(const zz::optional_number<Q>& q) {
  return q ? std::optional<double>(zz::level_number(*q)) : std::nullopt;
}
template <class R> std::optional<double> rate(const zz::optional_number<R>& r) {
  return r ? std::optional<double>(r->fraction()) : std::nullopt;
}

template <class A>
void write(writer& w, std::string_view region, const char* indicator, const A& a) {
  std::fprintf(w.f, "{\"region\":\"%.*s\"", static_cast<int>(region.size()), region.data());
  w.str("indicator", indicator);
  w.str("kind", zz::to_string(a.kind));
  w.boolean("assessed", a.assessed);
  w.boolean("met", a.met);
  w.boolean("stretch_met", a.stretch_met);
  w.year("first_year_met", a.first_year_met);
  w.boolean("keep_within", a.keep_within);
  w.year("latest_year", a.latest_year);
  w.num("baseline_value", level(a.baseline_value));
  w.num("latest_value", level(a.latest_value));
  w.num("target_value", level(a.target_value));
  w.num("achievement_share", a.achievement_share);
  w.num("time_elapsed", a.time_elapsed);
  w.num("expected_share", a.expected_share);
  w.num("schedule_ratio", a.schedule_ratio);
  w.num("actual_rate", rate(a.actual_rate));
  w.num("required_rate", rate(a.required_rate));
  w.num("rate_ratio", a.rate_ratio);
  w.num("required_rate_remaining", rate(a.required_rate_remaining));
  w.str("projection", zz::to_string(a.projection));
  w.num("projected_value", level(a.projected_value));
  w.num("projected_share", a.projected_share);
  w.num("projected_share_geometric", a.projected_share_geometric);
  w.num("years_to_target", a.years_to_target);
  w.boolean("moving_away", a.moving_away);
  w.num("over_completion", a.over_completion_number);
  w.num("over_completion_relative", a.over_completion_relative);
  w.str("label", zz::label_en(a.label));
  w.str("cn_midterm", zz::to_string(a.status_under(zz::method::cn_midterm)));
  w.str("un2022", zz::to_string(a.un2022));
  w.str("un2023", zz::to_string(a.un2023));
  w.str("eurostat", zz::to_string(a.eurostat));
  std::fputs(",\"notes\":\"", w.f);
  for (std::size_t i = 0; i < a.notes.size(); ++i) {
    const auto code = static_cast<std::size_t>(a.notes[i].code);
    std::fprintf(w.f, "%s%s", i ? ";" : "",
                 code < std::size(note_names) ? note_names[code] : "unknown");
  }
  std::fputs("\"}\n", w.f);
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s panel.csv out.jsonl\n", argv[0]);
    return 2;
  }
  const auto t0 = std::chrono::steady_clock::now();

  // ---- read: the file stays in memory; regions are string_views into it ----
  std::string text;
  if (!read_file(argv[1], text)) {
    std::perror(argv[1]);
    return 1;
  }
  std::unordered_map<std::string_view, std::size_t> index;
  zzbench::for_each_goal(
      [&](auto i) { index.emplace(std::get<i.value>(zzbench::goals).code, i.value); });
  typename zzbench::rows_tuple<std::remove_cvref_t<decltype(zzbench::goals)>>::type rows;
  std::size_t pos = text.find('\n') + 1; // the header
  std::size_t line = 1;
  while (pos < text.size()) {
    const std::size_t end = text.find('\n', pos);
    const std::string_view l(text.data() + pos,
                             (end == std::string::npos ? text.size() : end) - pos);
    pos = end == std::string::npos ? text.size() : end + 1;
    ++line;
    std::string_view field[5];
    std::size_t from = 0;
    for (std::size_t k = 0; k < 5; ++k) {
      const std::size_t comma = k < 4 ? l.find(',', from) : l.size();
      if (comma == std::string_view::npos) {
        std::fprintf(stderr, "%s:%zu: expected 5 fields\n", argv[1], line);
        return 1;
      }
      field[k] = l.substr(from, comma - from);
      from = comma + 1;
    }
    const auto it = index.find(field[1]);
    if (it == index.end()) {
      continue;
    }
    int y = 0;
    double v = 0.0;
    const auto ry = std::from_chars(field[2].data(), field[2].data() + field[2].size(), y);
    const auto rv = std::from_chars(field[3].data(), field[3].data() + field[3].size(), v);
    if (ry.ec != std::errc{} || rv.ec != std::errc{}) {
      std::fprintf(stderr, "%s:%zu: bad year or value\n", argv[1], line);
      return 1;
    }
    zz::flag fl = zz::flag::none;
    if (field[4] == "provisional") {
      fl = zz::flag::provisional;
    } else if (field[4] == "lower_bound") {
      fl = zz::flag::lower_bound;
    } else if (field[4] == "derived") {
      fl = zz::flag::derived;
    } else if (field[4] == "revised") {
      fl = zz::flag::revised;
    }
    zzbench::for_each_goal([&](auto i) {
      if (i.value == it->second) {
        using Q = typename std::tuple_element_t<
            i.value, std::remove_cvref_t<decltype(zzbench::goals)>>::quantity_type;
        std::get<i.value>(rows).push_back(
            {field[0], {zz::year{y}, zzbench::to_quantity<Q>(v), fl}});
      }
    });
  }
  const double t_read = seconds_since(t0);

  // ---- evaluate every goal for every region; write ----
  std::size_t n_assessments = 0;
  // evaluate and write goal by goal: each goal's assessments are kept until written
  double t_eval = 0.0;
  double t_write = 0.0;
  std::FILE* out = std::fopen(argv[2], "w");
  if (!out) {
    std::perror(argv[2]);
    return 1;
  }
  static char buffer[1 << 20];
  std::setvbuf(out, buffer, _IOFBF, sizeof buffer);
  writer w{out};
  zzbench::for_each_goal([&](auto i) {
    const auto& pg = std::get<i.value>(zzbench::goals);
    const auto te = std::chrono::steady_clock::now();
    auto view = zz::evaluate_panel(pg.goal, std::get<i.value>(rows), zzbench::as_of);
    std::vector<ranges::range_value_t<decltype(view)>> done;
    for (auto&& ra : view) {
      done.push_back(ra);
    }
    t_eval += seconds_since(te);
    const auto tw = std::chrono::steady_clock::now();
    for (const auto& ra : done) {
      write(w, ra.region, pg.code, ra.result);
    }
    n_assessments += done.size();
    t_write += seconds_since(tw);
  });
  if (std::fclose(out) != 0) {
    std::perror(argv[2]);
    return 1;
  }
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  std::fprintf(stderr,
               "zzplan_bench_panel_eval: %zu assessments; read %.3f s, evaluate %.3f s, write "
               "%.3f s, total %.3f s; peak RSS %.1f MB\n",
               n_assessments, t_read, t_eval, t_write, seconds_since(t0),
               static_cast<double>(u.ru_maxrss) / 1024.0);
  return 0;
}
