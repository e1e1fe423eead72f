# Runs one example (CTest example.<name>): exit code 0, and every "// expect-output: <text>" line
# of its source (at least one) must appear in its output (stdout + stderr), literally.
#   cmake -DEXE=<executable> -DSOURCE=<example.cpp> -P run_example.cmake

cmake_minimum_required(VERSION 3.25)

execute_process(COMMAND "${EXE}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "example ${EXE} exited with ${rc}")
endif()

file(READ "${SOURCE}" text)
string(REPLACE ";" "<zz-semi>" text "${text}")
string(REPLACE "[" "<zz-lb>" text "${text}")
string(REPLACE "]" "<zz-rb>" text "${text}")
string(REPLACE "\n" ";" lines "${text}")
set(missing "")
set(n_expected 0)
foreach(line IN LISTS lines)
  if(line MATCHES "^[ \t]*//[ \t]*expect-output:(.*)$")
    math(EXPR n_expected "${n_expected} + 1")
    string(STRIP "${CMAKE_MATCH_1}" want)
    string(REPLACE "<zz-semi>" ";" want "${want}")
    string(REPLACE "<zz-lb>" "[" want "${want}")
    string(REPLACE "<zz-rb>" "]" want "${want}")
    string(FIND "${out}" "${want}" at)
    if(at EQUAL -1)
      string(APPEND missing "  ${want}\n")
    endif()
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "example ${EXE}: these expected texts are NOT in its output:\n${missing}")
endif()
# Without one, the test would pass on any program that exits 0, whatever it computed.
if(n_expected EQUAL 0)
  message(FATAL_ERROR "example ${EXE}: ${SOURCE} has no '// expect-output: <text>' line")
endif()
