# Runs the main report and checks that every goal appears and that no nan/inf reaches the output.
set(args "")
if(MODE STREQUAL "en")
  set(args --lang en)
elseif(MODE STREQUAL "json")
  set(args --format json)
elseif(MODE STREQUAL "un2023")
  set(args --method un2023 --format markdown)
endif()
if(HTML)
  list(APPEND args --html "${HTML}") # keep the page out of the source tree
endif()
execute_process(COMMAND "${EXE}" ${args} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "zzplan_report ${args} exited with ${rc}:\n${err}\n${out}")
endif()
if(MODE STREQUAL "en")
  set(goals "industrial clusters" "contribution of S&T progress" "foreign trade dependence" "GDP (current prices)"
            "urbanization rate of residents" "per-capita disposable income" "energy use per 10,000 yuan of GDP"
            "rail-transit equipment cluster" "civilized city"
            "energy use per unit of GDP" "surveyed urban unemployment rate" "basic pension insurance coverage"
            "R&D spending" "per-capita disposable income (real)")
else()
  set(goals 千亿产业集群 科技进步贡献率 对外贸易依存度 全市经济总量 全市常住人口城镇化率 居民人均可支配收入 万元GDP能耗
            轨道交通装备产业集群 全国文明城市
            常住人口城镇化率 单位GDP能源消耗 城镇调查失业率 基本养老保险参保率 研发经费投入)
endif()
foreach(g IN LISTS goals)
  string(FIND "${out}" "${g}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "goal '${g}' is missing from the report (${args}):\n${out}")
  endif()
endforeach()
string(TOLOWER "${out}" lower)
if(lower MATCHES "(^|[^a-z])(nan|inf|infinity)([^a-z]|$)")
  message(FATAL_ERROR "the report (${args}) prints '${CMAKE_MATCH_2}':\n${out}")
endif()
message(STATUS "zzplan_report ${args}: all goals present, no nan/inf")
