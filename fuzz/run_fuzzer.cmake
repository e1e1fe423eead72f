# Runs one libFuzzer target for SECONDS seconds on a fresh work corpus seeded from CORPUS (the
# seeds are read, never written). Fails on any crash, leak, timeout or sanitizer report.
#   cmake -DFUZZER=<exe> -DCORPUS=<dir> -DWORK=<dir> -DSECONDS=<n> [-DDICT=<file>] -P run_fuzzer.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
set(args "${WORK}/corpus" "${CORPUS}" "-max_total_time=${SECONDS}" "-timeout=10" "-rss_limit_mb=2048"
         "-artifact_prefix=${WORK}/artifacts/" "-print_final_stats=1")
if(DICT)
  list(APPEND args "-dict=${DICT}")
endif()
execute_process(COMMAND "${FUZZER}" ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(REGEX MATCH "Done [0-9]+ runs in [0-9]+ second" done "${err}")
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" units "${err}")
message(STATUS "${FUZZER}: ${done}; ${units}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the fuzzer failed (exit ${rc}); inputs in ${WORK}/artifacts\n${err}")
endif()
# A fuzzer that exits 0 without running (no seeds read, an option it did not understand) proves
# nothing: it must have executed inputs.
if(NOT units MATCHES "[1-9][0-9]*$")
  message(FATAL_ERROR "the fuzzer exited 0 but executed no input (${units})\n${err}")
endif()
