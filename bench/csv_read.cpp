// CSV ingestion: the data-file reader of the zzplan command (zzplan::io, in
// <zzplan/io/data.hpp>) on a file, as MB/s. Two figures, median of N runs each:
//   read   read_data_csv(path): the file read into memory, parsed, sorted, checked (what the
//          command does before evaluating)
//   parse  parse_data_csv(text) on the text already in memory
// bench/pandas_eval.py --read-only FILE gives pandas.read_csv on the same file.
//
//   zzplan_bench_csv_read panel.csv [runs=5]

#include <zzplan/io/data.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct seconds {
  double cpu;
  double wall;
};

/// Median CPU time (this process: one thread) and median wall time of runs calls of f.
template <class F> seconds median_seconds(int runs, F&& f) {
  std::vector<double> cpu;
  std::vector<double> wall;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    f();
    cpu.push_back(static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
    wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(cpu.begin(), cpu.end());
  std::sort(wall.begin(), wall.end());
  return {cpu[cpu.size() / 2], wall[wall.size() / 2]};
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.csv [runs]\n", argv[0]);
    return 2;
  }
  const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  std::ifstream f(argv[1], std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  const std::string text = ss.str();
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::size_t rows = 0;
  try {
    const seconds r =
        median_seconds(runs, [&] { rows = zzplan::io::read_data_csv(argv[1]).rows.size(); });
    const seconds p =
        median_seconds(runs, [&] { rows = zzplan::io::parse_data_csv(text, argv[1]).rows.size(); });
    std::printf("zzplan reader: %zu rows, %.1f MB, median of %d; read_data_csv: CPU %.3f s = %.1f "
                "MB/s (wall %.3f s = %.1f MB/s); parse_data_csv: CPU %.3f s = %.1f MB/s (wall %.3f "
                "s)\n",
                rows, mb, runs, r.cpu, mb / r.cpu, r.wall, mb / r.wall, p.cpu, mb / p.cpu, p.wall);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  return 0;
}
