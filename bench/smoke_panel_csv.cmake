# CTest bench.panel_csv: the CSV path of the panel benchmark on a 5-region panel. Generates the
# CSV and goals, evaluates them with the library, and checks that one line per (region, goal)
# came out. Run as: cmake -DGEN=<gen_panel> -DEVAL=<panel_eval> -DDIR=<dir> -P smoke_panel_csv.cmake
file(MAKE_DIRECTORY "${DIR}")
execute_process(COMMAND "${GEN}" --regions 5 --csv "${DIR}/panel.csv" --goals "${DIR}/panel_goals.json"
  --plan "${DIR}/panel_plan.toml"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "zzplan_bench_gen_panel failed (${rc})")
endif()
execute_process(COMMAND "${EVAL}" "${DIR}/panel.csv" "${DIR}/out.jsonl" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "zzplan_bench_panel_eval failed (${rc})")
endif()
file(STRINGS "${DIR}/out.jsonl" lines)
list(LENGTH lines n)
if(NOT n EQUAL 100)
  message(FATAL_ERROR "expected 100 assessments (5 regions x 20 goals), got ${n}")
endif()
message(STATUS "bench.panel_csv: 100 assessments")
