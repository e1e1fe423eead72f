# Consumer test, run by CTest: a project outside this one uses zzplan, configured, built and run
# with the same compiler and generator.
#   MODE=install       cmake --install BUILD_DIR --prefix WORK_DIR/prefix; CMAKE_PREFIX_PATH=that
#   MODE=build_tree    zzplan_DIR=BUILD_DIR (the exported build tree)
#   MODE=subdirectory  the project adds SOURCE_DIR with add_subdirectory (tests/subproject)
#
#   -DNAME=<test name> -DCONSUMER_SOURCE_DIR=<project> -DWORK_DIR=<scratch dir>
#   -DBUILD_DIR=<zzplan build dir> -DSOURCE_DIR=<zzplan source dir> -DCONFIG=<config>
#   -DGENERATOR=... -DMAKE_PROGRAM=... -DCXX=...
#   -DPROGRAMS=<exe>[|<exe>...]      each must exit 0 and print "<exe>: ok"
#   -DEXTRA_ARGS=<arg>[|<arg>...]    more configure arguments (e.g. -DCMAKE_DISABLE_FIND_PACKAGE_X=ON)
#   -DHIDE_PATHS=<dir>[|<dir>...]    directories the consumer's find_package must not look in
#                                    (CMAKE_IGNORE_PATH): a package installed there looks missing
#   -DEXPECT_CONFIGURE_ERROR=<regex> the configure step must FAIL, with output matching <regex>
#                                    (nothing is built then)

cmake_minimum_required(VERSION 3.25)

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  set(run_rc "${rc}" PARENT_SCOPE)
  set(run_output "${out}" PARENT_SCOPE)
  if(NOT rc EQUAL 0 AND NOT what STREQUAL "configure (expected to fail)")
    list(JOIN ARGN " " cmd)
    message(FATAL_ERROR "${NAME}: ${what} failed (${rc})\ncommand: ${cmd}\noutput:\n${out}")
  endif()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
if(CONFIG STREQUAL "")
  set(CONFIG Debug)
endif()

string(REPLACE "|" ";" extra_args "${EXTRA_ARGS}")
set(config_args ${extra_args})
if(HIDE_PATHS) # through an initial-cache script: a ;-list does not survive as one argument
  string(REPLACE "|" ";" hide_paths "${HIDE_PATHS}")
  file(WRITE "${WORK_DIR}/hide_paths.cmake"
    "set(CMAKE_IGNORE_PATH [==[${hide_paths}]==] CACHE STRING \"\")\n")
  list(APPEND config_args -C "${WORK_DIR}/hide_paths.cmake")
endif()
if(MODE STREQUAL "install")
  set(prefix "${WORK_DIR}/prefix")
  run("install" "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" --config "${CONFIG}")
  set(expected_dir "${prefix}/share/cmake/zzplan")
  if(NOT EXISTS "${expected_dir}/zzplanConfig.cmake")
    message(FATAL_ERROR "${NAME}: no ${expected_dir}/zzplanConfig.cmake after install")
  endif()
  list(APPEND config_args "-DCMAKE_PREFIX_PATH=${prefix}")
elseif(MODE STREQUAL "build_tree")
  set(expected_dir "${BUILD_DIR}")
  list(APPEND config_args "-Dzzplan_DIR=${BUILD_DIR}")
elseif(MODE STREQUAL "subdirectory")
  set(expected_dir "subdirectory")
  list(APPEND config_args "-DZZ_SOURCE_DIR=${SOURCE_DIR}")
else()
  message(FATAL_ERROR "consumer_test.cmake: MODE must be install, build_tree or subdirectory")
endif()

set(build "${WORK_DIR}/build")
set(configure "${CMAKE_COMMAND}" -S "${CONSUMER_SOURCE_DIR}" -B "${build}" -G "${GENERATOR}"
  "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}" "-DCMAKE_CXX_COMPILER=${CXX}"
  "-DCMAKE_BUILD_TYPE=${CONFIG}" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF ${config_args})

if(DEFINED EXPECT_CONFIGURE_ERROR AND NOT EXPECT_CONFIGURE_ERROR STREQUAL "")
  run("configure (expected to fail)" ${configure})
  if(run_rc EQUAL 0)
    message(FATAL_ERROR "${NAME}: the configure step succeeded, but it must fail:\n${run_output}")
  endif()
  if(NOT run_output MATCHES "${EXPECT_CONFIGURE_ERROR}")
    message(FATAL_ERROR "${NAME}: the configure step failed, but its output does not match "
      "'${EXPECT_CONFIGURE_ERROR}':\n${run_output}")
  endif()
  message("${run_output}")
  message(STATUS "${NAME}: the configure step failed as expected")
  return()
endif()

run("configure" ${configure})
string(REGEX MATCH "zzplan_DIR=[^\n]*" found "${run_output}")
if(NOT expected_dir STREQUAL "subdirectory")
  file(REAL_PATH "${expected_dir}" expected_dir)
endif()
if(NOT found STREQUAL "zzplan_DIR=${expected_dir}")
  message(FATAL_ERROR "${NAME}: found the wrong zzplan (${found}), expected ${expected_dir}")
endif()
run("build" "${CMAKE_COMMAND}" --build "${build}" --config "${CONFIG}")

string(REPLACE "|" ";" programs "${PROGRAMS}")
if(NOT programs)
  message(FATAL_ERROR "${NAME}: -DPROGRAMS=<exe>[|<exe>...] is required")
endif()
foreach(program IN LISTS programs)
  unset(exe)
  find_program(exe "${program}" PATHS "${build}" "${build}/${CONFIG}" NO_DEFAULT_PATH NO_CACHE)
  if(NOT exe)
    message(FATAL_ERROR "${NAME}: built, but no ${program} executable in ${build}")
  endif()
  run("running ${program}" "${exe}")
  message("${run_output}")
  string(FIND "${run_output}" "${program}: ok" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${NAME}: ${program} printed no '${program}: ok':\n${run_output}")
  endif()
endforeach()
