#!/usr/bin/env bash
# Reproduces every figure of docs/performance.md, from any directory:
#
#   bench/run_all.sh [OUT]        (OUT: build/bench-results by default; about 10 minutes)
#   QUICK=1 bench/run_all.sh      fewer repetitions, no 100x scale (a few minutes)
#
# Builds the benchmarks in build/bench (RelWithDebInfo: -O2 -g, so the figures are -O2), and the
# zzplan command when tools/ has it; writes every raw report (Google Benchmark JSON, /usr/bin/time
# -v logs) to OUT and the figures to OUT/summary.txt. Needs: cmake, ninja, g++, clang++,
# libbenchmark-dev, /usr/bin/time, python3 with pandas (python3-pandas) for items 3 and 4;
# include-what-you-use (iwyu) optionally. Rates are on CPU time: on a shared machine the wall
# time grows with the load, the CPU time of a single-threaded process much less (the load
# average is recorded with the figures).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$(mkdir -p "${1:-build/bench-results}" && cd "${1:-build/bench-results}" && pwd)"
BUILD="$ROOT/build/bench"
B="$BUILD/bench"
QUICK="${QUICK:-0}"
SUMMARY="$OUT/summary.txt"
: >"$SUMMARY"

say() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }
section() { say ""; say "===== $*"; }

# python3 with pandas (pyenv shims may hide Debian's python3-pandas)
PY=""
for p in python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null && "$p" -c 'import pandas' 2>/dev/null; then PY="$p"; break; fi
done

# /usr/bin/time -v: "cpu_s wall_s maxrss_kb" of a log
timev_fields() {
  awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2}
              /Elapsed \(wall clock\)/ {n=split($2, a, ":"); w=0; for (i=1; i<=n; i++) w=w*60+a[i]}
              END {printf "%.3f %.3f %d\n", u+s, w, m}' "$1"
}

section "machine"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "g++: $(g++ --version | head -1)"
  echo "clang++: $(clang++ --version | head -1)"
  echo "cmake: $(cmake --version | head -1)"
  echo "google benchmark: $(dpkg-query -W -f='${Version}' libbenchmark-dev 2>/dev/null || echo '?')"
  echo "python: $([ -n "$PY" ] && "$PY" -c 'import sys, pandas, numpy; print(sys.version.split()[0], "pandas", pandas.__version__, "numpy", numpy.__version__)' || echo 'no pandas')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "git: $(git -C "$ROOT" rev-parse --short HEAD) $(git -C "$ROOT" status --porcelain include | wc -l) modified files under include/"
} | tee -a "$SUMMARY"

section "build (build/bench, RelWithDebInfo = -O2 -g)"
# the Python package (item 7) when this python has pandas and pybind11 is installed
PYOPT="-DZZPLAN_PYTHON=OFF"
if [ -n "$PY" ] && [ -f /usr/lib/cmake/pybind11/pybind11Config.cmake ]; then
  PYOPT="-DZZPLAN_PYTHON=ON -DPython3_EXECUTABLE=$(command -v "$PY")"
fi
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZZPLAN_BUILD_BENCH=ON \
  -DZZPLAN_BUILD_TESTS=OFF -DZZPLAN_BUILD_EXAMPLES=OFF -DZZPLAN_BUILD_TOOLS=ON $PYOPT \
  -DZZPLAN_WARNINGS_AS_ERRORS=OFF >"$OUT/configure.log" # a measurement, not a warnings check
cmake --build "$BUILD" --target zzplan_bench_kinds zzplan_bench_panel zzplan_bench_gen_panel \
  zzplan_bench_panel_eval zzplan_bench_asm_level >"$OUT/build.log"
cmake --build "$BUILD" --target zzplan_bench_csv_read >>"$OUT/build.log" 2>&1 || true
CLI=""
if [ -f "$ROOT/tools/CMakeLists.txt" ] && cmake --build "$BUILD" --target zzplan_cli >>"$OUT/build.log" 2>&1; then
  CLI="$BUILD/tools/zzplan"
fi
say "built; zzplan command: ${CLI:-not available}"

# ---- 1. zero overhead ---------------------------------------------------------------------------
section "1. typed evaluate() / plain doubles, per goal kind (-O2, CPU time, median of repetitions)"
reps=10; [ "$QUICK" = 1 ] && reps=3
"$B/zzplan_bench_kinds" --benchmark_repetitions="$reps" --benchmark_enable_random_interleaving=true \
  --benchmark_min_time=0.2 --benchmark_out="$OUT/kinds.json" --benchmark_out_format=json \
  >"$OUT/kinds.txt" 2>&1
python3 bench/ratios.py "$OUT/kinds.json" --markdown | tee -a "$SUMMARY"
say ""
say "the machine code of a level goal, typed beside plain (both listings: $OUT/asm_level.txt)"
python3 bench/asm_side_by_side.py "$B/zzplan_bench_asm_level" >"$OUT/asm_level.txt"
sed -n '/^| side/,/^$/p' "$OUT/asm_level.txt" | tee -a "$SUMMARY"

# ---- 2 and 6. panel throughput and scaling -----------------------------------------------------
section "2, 6. panel throughput (library, one core, CPU time) and peak memory, by scale"
scales="1 10 100"; [ "$QUICK" = 1 ] && scales="1 10"
say "| benchmark | regions | assessments / pass | CPU ms / pass | assessments/s | ns / assessment | data MB | peak RSS MB |"
say "|---|---:|---:|---:|---:|---:|---:|---:|"
for s in $scales direct; do
  if [ "$s" = direct ]; then filter='^panel_direct/scale:1$'; name=panel_direct_1; else filter="^panel/scale:$s\$"; name=panel_$s; fi
  r=3
  /usr/bin/time -v -o "$OUT/$name.time" "$B/zzplan_bench_panel" --benchmark_filter="$filter" \
    --benchmark_repetitions="$r" --benchmark_out="$OUT/$name.json" --benchmark_out_format=json \
    >"$OUT/$name.txt" 2>&1
  read -r _ _ rss < <(timev_fields "$OUT/$name.time")
  python3 - "$OUT/$name.json" "$rss" <<'EOF' | tee -a "$SUMMARY"
import json, statistics, sys
runs = [b for b in json.load(open(sys.argv[1]))["benchmarks"] if b.get("run_type") != "aggregate"]
name = runs[0]["run_name"]
cpu = statistics.median(b["cpu_time"] for b in runs)  # ms per pass
per = runs[0]["assessments"]
regions = int(per / 20)
print(f"| {name} | {regions:,} | {int(per):,} | {cpu:.1f} | {per / cpu * 1e3 / 1e6:.2f} M | {cpu * 1e6 / per:.0f} | "
      f"{runs[0]['data_MB']:.0f} | {int(sys.argv[2]) / 1024:.0f} |")
EOF
done

# ---- 3, 4. the CSV: library, pandas, the zzplan command -----------------------------------------
section "3, 4. the synthetic panel as CSV"
D="$OUT/csv"
mkdir -p "$D"
"$B/zzplan_bench_gen_panel" --csv "$D/panel.csv" --goals "$D/panel_goals.json" --plan "$D/panel_plan.toml" 2>>"$SUMMARY"
csv_bytes=$(stat -c %s "$D/panel.csv")
say "panel.csv: $csv_bytes bytes ($(($(wc -l <"$D/panel.csv") - 1)) rows)"

/usr/bin/time -v -o "$D/lib.time" "$B/zzplan_bench_panel_eval" "$D/panel.csv" "$D/lib.jsonl" 2>"$D/lib.txt"
read -r cpu wall rss < <(timev_fields "$D/lib.time")
say "library (zzplan_bench_panel_eval: minimal reader, evaluate_panel, JSON lines): CPU $cpu s, wall $wall s, peak RSS $((rss / 1024)) MB = $(awk -v r="$rss" -v c="$csv_bytes" 'BEGIN {printf "%.2f", r * 1024 / c}') x CSV"
say "  $(cat "$D/lib.txt")"
lib_cpu=$cpu

if [ -n "$PY" ]; then
  /usr/bin/time -v -o "$D/pandas.time" "$PY" bench/pandas_eval.py "$D/panel.csv" "$D/panel_goals.json" "$D/pandas.jsonl" 2>"$D/pandas.txt"
  read -r cpu wall rss < <(timev_fields "$D/pandas.time")
  say "pandas (bench/pandas_eval.py: read_csv, vectorised evaluation, to_json): CPU $cpu s, wall $wall s, peak RSS $((rss / 1024)) MB"
  say "  $(cat "$D/pandas.txt")"
  pandas_cpu=$cpu
  say "check pandas against the library: $("$PY" bench/pandas_eval.py --check "$D/pandas.jsonl" "$D/lib.jsonl" 2>&1 | tail -1)"
  "$PY" bench/pandas_eval.py --check "$D/pandas.jsonl" "$D/lib.jsonl" >"$D/check_lib.txt" 2>&1 || true
  say "end to end, pandas / library (CPU): $(awk -v p="$pandas_cpu" -v l="$lib_cpu" 'BEGIN {printf "%.1f", p / l}')"
else
  say "pandas: not available (install python3-pandas); items 3 and 4 skipped for pandas"
fi

if [ -n "$CLI" ]; then
  /usr/bin/time -v -o "$D/cli.time" "$CLI" evaluate "$D/panel_plan.toml" "$D/panel.csv" --as-of 2024 \
    --format json --output "$D/cli.json" >"$D/cli.txt" 2>&1 || say "zzplan evaluate failed: $(tail -3 "$D/cli.txt")"
  if [ -s "$D/cli.json" ]; then
    read -r cpu wall rss < <(timev_fields "$D/cli.time")
    say "zzplan evaluate (JSON): CPU $cpu s, wall $wall s, peak RSS $((rss / 1024)) MB = $(awk -v r="$rss" -v c="$csv_bytes" 'BEGIN {printf "%.2f", r * 1024 / c}') x CSV (target <= 3)"
    [ -n "${pandas_cpu:-}" ] && say "end to end, pandas / zzplan evaluate (CPU of all threads, one run each): $(awk -v p="$pandas_cpu" -v l="$cpu" 'BEGIN {printf "%.3f", p / l}') (the target, >= 20, is on wall time: the next section)"
    if [ -n "$PY" ] && [ -f bench/cli_json_to_jsonl.py ]; then
      "$PY" bench/cli_json_to_jsonl.py "$D/cli.json" "$D/cli.jsonl" &&
        say "check pandas against zzplan evaluate: $("$PY" bench/pandas_eval.py --check "$D/pandas.jsonl" "$D/cli.jsonl" 2>&1 | tail -1)"
    fi
  fi
fi

section "3, 6. end to end against pandas (wall clock, alternating runs) and the command by panel size"
if [ -n "$CLI" ] && [ -n "$PY" ]; then
  runs=7; [ "$QUICK" = 1 ] && runs=3
  "$PY" bench/e2e.py ratio --zzplan "$CLI" --gen "$B/zzplan_bench_gen_panel" --dir "$D" --runs "$runs" 2>&1 | tee -a "$SUMMARY"
  sc="1,10,100"; [ "$QUICK" = 1 ] && sc="1,10"
  # a temporary directory: the 100x panel is 2 GB and is removed afterwards
  "$PY" bench/e2e.py scaling --zzplan "$CLI" --gen "$B/zzplan_bench_gen_panel" --runs 1 --scales "$sc" 2>&1 | tee -a "$SUMMARY"
else
  say "end to end: needs the zzplan command and python3 with pandas"
fi

section "7. the Python package: zzplan.evaluate against zzplan evaluate and pandas_eval.py (wall, median)"
if [ -n "$CLI" ] && [ -n "$PY" ] && cmake --build "$BUILD" --target zzplan_python >>"$OUT/build.log" 2>&1; then
  runs=7; [ "$QUICK" = 1 ] && runs=3
  PYTHONPATH="$BUILD/python" "$PY" bench/python_eval.py "$D" "$CLI" --runs "$runs" 2>&1 | tee -a "$SUMMARY"
else
  say "the Python package is not built here (needs the zzplan command, pandas and pybind11-dev)"
fi

section "4. CSV ingestion, MB/s (CPU time, median of 5)"
if [ -x "$B/zzplan_bench_csv_read" ]; then
  "$B/zzplan_bench_csv_read" "$D/panel.csv" 5 | tee -a "$SUMMARY"
fi
[ -n "$PY" ] && "$PY" bench/pandas_eval.py --read-only "$D/panel.csv" 5 2>&1 | tee -a "$SUMMARY"

# ---- 5. compile time ----------------------------------------------------------------------------
section "5. compile time"
python3 bench/compile_time.py all --runs 5 --out "$OUT/trace" 2>&1 | tee -a "$SUMMARY"

section "done"
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
say "raw reports: $OUT"
