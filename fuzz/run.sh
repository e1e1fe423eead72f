#!/usr/bin/env bash
# Runs each libFuzzer target (phrase, plan, data, wide, sdmx, xlsx) for a bounded time under ASan +
# UBSan, from its seed corpus in fuzz/corpus/<name>/ (read, not written), and reports executions
# and crashes.
#
#   fuzz/run.sh [SECONDS] [BUILD_DIR]     defaults: 60, build/fuzz (configured with clang++)
#
# New interesting inputs go to BUILD_DIR/fuzz-work/<name>/corpus; crashes, leaks and timeouts to
# BUILD_DIR/fuzz-work/<name>/artifacts (add a fixed crash to fuzz/corpus/<name>/ as a seed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-60}"
build="${2:-build/fuzz}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    -DZZPLAN_BUILD_EXAMPLES=OFF -DZZPLAN_TEST_HEADERS=OFF -DZZPLAN_TEST_COMPILE_FAIL=OFF \
    -DZZPLAN_TEST_CONSUMER=OFF -DZZPLAN_BUILD_FUZZ=ON >/dev/null
fi
names=(phrase plan data wide sdmx)
if cmake --build "$build" --target help | grep -q '^fuzz_xlsx:'; then
  names+=(xlsx) # the workbook reader, built where liborcus is installed
fi
cmake --build "$build" --target "${names[@]/#/fuzz_}"
status=0
for name in "${names[@]}"; do
  work="$build/fuzz-work/$name"
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
  dict=()
  [ -f "fuzz/$name.dict" ] && dict=("-dict=fuzz/$name.dict")
  log="$work/log.txt"
  set +e
  "$build/fuzz/fuzz_$name" "$work/corpus" "fuzz/corpus/$name" "-max_total_time=$seconds" -timeout=10 \
    -rss_limit_mb=2048 "-artifact_prefix=$work/artifacts/" -print_final_stats=1 "${dict[@]}" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  crashes=$(find "$work/artifacts" -type f | wc -l)
  printf '%-7s %10s executions in %ss, %s, %s crash/leak/timeout inputs, exit %s\n' \
    "$name" "$runs" "$seconds" "${cov:-cov: ?}" "$crashes" "$rc"
  if [ "$rc" -ne 0 ]; then
    status=1
    grep -m1 -A12 'ERROR:\|runtime error\|deadly signal\|uncaught' "$log" || tail -20 "$log"
  fi
done
exit "$status"
