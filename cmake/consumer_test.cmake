# Consumer test, run by CTest: a project outside this one finds zzplan with find_package and uses it.
#   MODE=install     cmake --install BUILD_DIR --prefix WORK_DIR/prefix, then CMAKE_PREFIX_PATH=that
#   MODE=build_tree  zzplan_DIR=BUILD_DIR (the exported build tree)
# Then configures, builds and runs tests/consumer with the same compiler and generator.

cmake_minimum_required(VERSION 3.25)

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    list(JOIN ARGN " " cmd)
    message(FATAL_ERROR "consumer.${MODE}: ${what} failed (${rc})\ncommand: ${cmd}\noutput:\n${out}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(config_args "")
if(MODE STREQUAL "install")
  set(prefix "${WORK_DIR}/prefix")
  run("install" "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" --config "${CONFIG}")
  set(expected_dir "${prefix}/share/cmake/zzplan")
  if(NOT EXISTS "${expected_dir}/zzplanConfig.cmake")
    message(FATAL_ERROR "consumer.install: no ${expected_dir}/zzplanConfig.cmake after install")
  endif()
  list(APPEND config_args "-DCMAKE_PREFIX_PATH=${prefix}")
elseif(MODE STREQUAL "build_tree")
  set(expected_dir "${BUILD_DIR}")
  list(APPEND config_args "-Dzzplan_DIR=${BUILD_DIR}")
else()
  message(FATAL_ERROR "consumer_test.cmake: MODE must be install or build_tree")
endif()

if(CONFIG STREQUAL "")
  set(CONFIG Debug)
endif()
set(build "${WORK_DIR}/build")
run("configure" "${CMAKE_COMMAND}" -S "${CONSUMER_SOURCE_DIR}" -B "${build}" -G "${GENERATOR}"
  "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}" "-DCMAKE_CXX_COMPILER=${CXX}"
  "-DCMAKE_BUILD_TYPE=${CONFIG}" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF ${config_args})
string(REGEX MATCH "zzplan_DIR=[^\n]*" found "${run_output}")
file(REAL_PATH "${expected_dir}" expected_dir)
if(NOT found STREQUAL "zzplan_DIR=${expected_dir}")
  message(FATAL_ERROR "consumer.${MODE}: found the wrong zzplan (${found}), expected ${expected_dir}")
endif()
run("build" "${CMAKE_COMMAND}" --build "${build}" --config "${CONFIG}")

find_program(exe zzplan_consumer PATHS "${build}" "${build}/${CONFIG}" NO_DEFAULT_PATH)
if(NOT exe)
  message(FATAL_ERROR "consumer.${MODE}: built, but no zzplan_consumer executable in ${build}")
endif()
run("run" "${exe}")
message("${run_output}")
string(FIND "${run_output}" "zzplan consumer: ok" at)
if(at EQUAL -1)
  message(FATAL_ERROR "consumer.${MODE}: unexpected output:\n${run_output}")
endif()
