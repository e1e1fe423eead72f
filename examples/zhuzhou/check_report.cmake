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
            "overall labour productivity (real)" "urbanization rate of residents" "R&D spending (real)"
            "high-value invention patents per 10,000 population" "core digital-economy industries, share of GDP"
            "per-capita disposable income (real)" "surveyed urban unemployment rate"
            "average years of schooling of the working-age population"
            "practising (assistant) doctors per 1,000 population" "basic pension insurance coverage"
            "childcare places for under-3s per 1,000 population" "life expectancy" "energy use per unit of GDP"
            "CO2 emissions per unit of GDP" "days of good air quality, prefecture-level cities"
            "surface water of grade III or better" "forest coverage" "grain production capacity"
            "energy production capacity" "GDP growth within an appropriate range")
else()
  set(goals 千亿产业集群 科技进步贡献率 对外贸易依存度 全市经济总量 全市常住人口城镇化率 居民人均可支配收入 万元GDP能耗
            轨道交通装备产业集群 全国文明城市
            全员劳动生产率 常住人口城镇化率 全社会研发经费投入 每万人口高价值发明专利拥有量
            数字经济核心产业增加值占GDP比重 居民人均可支配收入 城镇调查失业率 劳动年龄人口平均受教育年限
            每千人口拥有执业（助理）医师数 基本养老保险参保率 每千人口拥有3岁以下婴幼儿托位数 人均预期寿命
            单位GDP能源消耗 单位GDP二氧化碳排放 地级及以上城市空气质量优良天数比率 地表水达到或好于Ⅲ类水体比例
            森林覆盖率 粮食综合生产能力 能源综合生产能力 国内生产总值增长保持在合理区间)
endif()
foreach(g IN LISTS goals)
  string(FIND "${out}" "${g}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "goal '${g}' is missing from the report (${args}):\n${out}")
  endif()
endforeach()
# each plan's heading once (text and markdown: "== name ==" or "# name")
if(NOT MODE STREQUAL "json")
  foreach(heading IN ITEMS 株洲市未来五年主要奋斗目标 “十四五”规划主要指标)
    string(REGEX MATCHALL "(==|#) ${heading}" seen "${out}")
    list(LENGTH seen n)
    if(NOT n EQUAL 1)
      message(FATAL_ERROR "the heading '${heading}' is printed ${n} times (${args}), not once:\n${out}")
    endif()
  endforeach()
endif()
string(TOLOWER "${out}" lower)
if(lower MATCHES "(^|[^a-z])(nan|inf|infinity)([^a-z]|$)")
  message(FATAL_ERROR "the report (${args}) prints '${CMAKE_MATCH_2}':\n${out}")
endif()
message(STATUS "zzplan_report ${args}: all goals present, no nan/inf")
