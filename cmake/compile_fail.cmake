# Compile-fail test for one file; run by CTest as
#   cmake -DCXX=<compiler> -DCXX_ID=<GNU|Clang> -DSOURCE=<file.cpp> -DNAME=<name>
#         -DFLAGS_FILE=<compile_fail_flags.cmake> -DSIZES_DIR=<dir> [-DPCH=<header>]
#         -P compile_fail.cmake
# and once before them, to precompile <zzplan/zzplan.hpp> for the twins (see (b) below), as
#   cmake -DCXX=... -DCXX_ID=... -DFLAGS_FILE=... -DPCH=<header> -DMAKE_PCH=ON -P compile_fail.cmake
#
# Convention for tests/compile_fail/<name>.cpp (one misuse per file):
#   #include "support/user_header.hpp"   first: the student's own header, which includes
#                                         <zzplan/zzplan.hpp>, so that every error is measured
#                                         through the include chain of a real program
#   // expect: <text>          must appear in the compiler output (any compiler); one or more lines
#   // expect-gcc: <text>      the same, for g++ only
#   // expect-clang: <text>    the same, for clang++ only
#   #ifdef ZZPLAN_COMPILING_TWIN
#     ... the same code made correct ...
#   #else
#     ... the misuse ...
#   #endif
#
# Passes only if (a) the file fails to compile (-fsyntax-only) with exactly one error (one
# mistake, one error: no cascade), every expected text is in the output, the error line itself
# says "zzplan: " (not only a quoted source line), and the first error is within the budget
# below; and (b) it compiles with -DZZPLAN_COMPILING_TWIN. Texts are matched literally
# (case-sensitive) against the output in the C locale (so g++ quotes with ' not with curly
# quotes). clang 14 prints non-ASCII bytes of static_assert messages as octal escapes
# (\344\272\277): a non-ASCII expected text also matches in that spelling.
#
# The first error is the first diagnostic as a student reads it: the first error line with the
# context the compiler prints for it (include chain, instantiation chain, "required from here"),
# its source excerpt and its notes, up to the next top-level diagnostic. Its text goes to
# SIZES_DIR/<name>.<gcc|clang>.txt (docs/troubleshooting.md shows these texts, and
# tests/docs/check_snippets.py, CTest docs.compiler_output, compares them); its size to
# SIZES_DIR/<name>.txt. The budget is at most ZZ_MAX_LINES lines and ZZ_MAX_CHARS characters,
# counted with the paths written relative to the repository (include/zzplan/goal.hpp,
# tests/compile_fail/<name>.cpp), so that the result does not depend on where the repository is
# checked out; the characters with the checkout's own paths are recorded too. The file is compiled
# from its own directory, as a student compiles main.cpp, so its own path is its name.

cmake_minimum_required(VERSION 3.25)

if(MAKE_PCH)
  set(zz_required CXX CXX_ID FLAGS_FILE PCH)
else()
  set(zz_required CXX SOURCE NAME FLAGS_FILE SIZES_DIR)
endif()
foreach(var IN LISTS zz_required)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "compile_fail.cmake: -D${var}=... is required")
  endif()
endforeach()
include("${FLAGS_FILE}")

# The budget of the first error (see above), and the repository root its paths are counted from.
set(ZZ_MAX_LINES 10)
set(ZZ_MAX_CHARS 1200)
if(DEFINED ROOT)
  set(zz_root "${ROOT}")
else()
  get_filename_component(zz_root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()

# ';' '[' ']' would confuse CMake's list splitting: lines are split with them masked.
function(split_lines in out)
  string(REGEX REPLACE "\n$" "" in "${in}")
  string(REPLACE ";" "<zz-semi>" in "${in}")
  string(REPLACE "[" "<zz-lb>" in "${in}")
  string(REPLACE "]" "<zz-rb>" in "${in}")
  string(REPLACE "\n" ";" in "${in}")
  set(${out} "${in}" PARENT_SCOPE)
endfunction()
function(unmask in out)
  string(REPLACE "<zz-semi>" ";" in "${in}")
  string(REPLACE "<zz-lb>" "[" in "${in}")
  string(REPLACE "<zz-rb>" "]" in "${in}")
  set(${out} "${in}" PARENT_SCOPE)
endfunction()

# ---- the command ---------------------------------------------------------------------------------

set(cmd "${CXX}" -std=c++20 -fsyntax-only -fdiagnostics-color=never)
foreach(dir IN LISTS ZZ_INCLUDES)
  if(dir AND NOT dir IN_LIST ZZ_IMPLICIT_INCLUDES AND NOT "-I${dir}" IN_LIST cmd)
    list(APPEND cmd "-I${dir}")
  endif()
endforeach()
foreach(def IN LISTS ZZ_DEFINES)
  list(APPEND cmd "-D${def}")
endforeach()

set(ENV{LC_ALL} C)

# ---- the precompiled header of the twins ---------------------------------------------------------

# Only the twins use it: a precompiled header changes the include chain that the misuse's message
# shows. g++ finds <PCH>.gch and clang++ <PCH>.pch when a file is compiled with -include <PCH>.
if(CXX_ID STREQUAL "GNU")
  set(zz_pch_file "${PCH}.gch")
else()
  set(zz_pch_file "${PCH}.pch")
endif()
if(MAKE_PCH)
  get_filename_component(pch_dir "${PCH}" DIRECTORY)
  file(MAKE_DIRECTORY "${pch_dir}")
  file(WRITE "${PCH}" "// zzplan.hpp, precompiled for the compile-fail tests' twins\n#include <zzplan/zzplan.hpp>\n")
  file(REMOVE "${zz_pch_file}")
  list(REMOVE_ITEM cmd -fsyntax-only)
  execute_process(COMMAND ${cmd} -x c++-header "${PCH}" -o "${zz_pch_file}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    file(REMOVE "${zz_pch_file}")
    list(JOIN cmd " " cmd_text)
    message(FATAL_ERROR "<zzplan/zzplan.hpp> does not compile on its own:\n"
      "command: ${cmd_text} -x c++-header ${PCH} -o ${zz_pch_file}\noutput:\n${out}")
  endif()
  message(STATUS "precompiled ${zz_pch_file}")
  return()
endif()

# ---- expectations --------------------------------------------------------------------------------

file(READ "${SOURCE}" text)
split_lines("${text}" lines)
set(expects "")
foreach(line IN LISTS lines)
  if(line MATCHES "^[ \t]*//[ \t]*expect(-gcc|-clang)?:(.*)$")
    set(which "${CMAKE_MATCH_1}")
    string(STRIP "${CMAKE_MATCH_2}" want)
    if(want STREQUAL "")
      message(FATAL_ERROR "${NAME}: empty '// expect${which}:' line in ${SOURCE}")
    endif()
    if(which STREQUAL "" OR (which STREQUAL "-gcc" AND CXX_ID STREQUAL "GNU")
       OR (which STREQUAL "-clang" AND CXX_ID MATCHES "Clang"))
      list(APPEND expects "${want}")
    endif()
  endif()
endforeach()
if(NOT expects)
  message(FATAL_ERROR "${NAME}: no '// expect: <text>' line for ${CXX_ID} in ${SOURCE}")
endif()
if(NOT text MATCHES "(^|\n)#include \"support/user_header\\.hpp\"")
  message(FATAL_ERROR "${NAME}: ${SOURCE} must include \"support/user_header.hpp\" (the student's "
    "own header, which includes <zzplan/zzplan.hpp>): errors are measured through that chain")
endif()
string(FIND "${text}" "ZZPLAN_COMPILING_TWIN" has_twin)
if(has_twin EQUAL -1)
  message(FATAL_ERROR "${NAME}: no '#ifdef ZZPLAN_COMPILING_TWIN' twin block in ${SOURCE}")
endif()


# A clang-style spelling of a text: every byte >= 0x80 as a 3-digit octal escape.
function(octal_escaped in out)
  string(HEX "${in}" hex)
  string(REGEX MATCHALL ".." bytes "${hex}")
  set(res "")
  foreach(b IN LISTS bytes)
    math(EXPR d "0x${b}")
    if(d GREATER_EQUAL 128)
      math(EXPR o1 "${d} / 64")
      math(EXPR o2 "(${d} / 8) % 8")
      math(EXPR o3 "${d} % 8")
      string(APPEND res "\\${o1}${o2}${o3}")
    else()
      string(ASCII ${d} c)
      string(APPEND res "${c}")
    endif()
  endforeach()
  set(${out} "${res}" PARENT_SCOPE)
endfunction()

# ---- (a) the misuse must fail, with one error, in zzplan's words, within the budget -------------

# Compiled from its own directory, by its file name, as a student compiles main.cpp: the paths
# in the messages are then those of a real program.
get_filename_component(source_dir "${SOURCE}" DIRECTORY)
get_filename_component(source_name "${SOURCE}" NAME)
execute_process(COMMAND ${cmd} "${source_name}" WORKING_DIRECTORY "${source_dir}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
list(JOIN cmd " " cmd_text)
if(rc EQUAL 0)
  message(FATAL_ERROR "${NAME}: the misuse COMPILED, but it must not.\n"
    "command (in ${source_dir}): ${cmd_text} ${source_name}\noutput:\n${out}")
endif()
set(missing "")
foreach(want IN LISTS expects)
  unmask("${want}" want)
  string(FIND "${out}" "${want}" at)
  if(at EQUAL -1 AND want MATCHES "[^\t -~]")
    octal_escaped("${want}" want_escaped)
    string(FIND "${out}" "${want_escaped}" at)
  endif()
  if(at EQUAL -1)
    string(APPEND missing "  ${want}\n")
  endif()
endforeach()

# The first diagnostic as text. A line is context (the include chain, "In instantiation of",
# "required from", "in 'constexpr' expansion of"), an error, a warning, the compiler's closing
# summary, or anything else (notes, source excerpts, carets). Context printed before a note belongs
# to the current error (g++ prints "In substitution of" and "required from" before the notes of a
# failed constraint); context printed before an error or a warning starts the next diagnostic.
split_lines("${out}" out_lines)
set(diag "")
set(error_line "")
set(pending "")
set(in_first FALSE)
set(done FALSE)
set(n_errors 0)
foreach(line IN LISTS out_lines)
  set(kind other)
  if(line MATCHES "^In file included from " OR line MATCHES "^ +from [^ ]+[:,]$"
     OR line MATCHES "^[^ ]+: (In|At) " OR line MATCHES "^[^ ]+:[0-9]+:[0-9]+:   ")
    set(kind context)
  elseif(line MATCHES "^[^ ]+:([0-9]+:)*( fatal)? error: ")
    set(kind error)
    math(EXPR n_errors "${n_errors} + 1")
  elseif(line MATCHES "^[^ ]+:([0-9]+:)* warning: "
         OR line MATCHES "^[0-9]+ (errors?|warnings?)( and [0-9]+ (errors?|warnings?))? generated\\.$"
         OR line MATCHES "^compilation terminated\\.$")
    set(kind end)
  endif()
  if(done)
    continue() # only counting the errors now
  elseif(kind STREQUAL "context")
    string(APPEND pending "${line}\n")
  elseif(NOT in_first)
    if(kind STREQUAL "error")
      set(diag "${pending}${line}\n")
      set(error_line "${line}")
      set(in_first TRUE)
    endif()
    set(pending "")
  elseif(kind STREQUAL "error" OR kind STREQUAL "end")
    set(done TRUE)
  else()
    string(APPEND diag "${pending}${line}\n")
    set(pending "")
  endif()
endforeach()
unmask("${diag}" diag)
unmask("${error_line}" error_line)

# Its size: lines, and characters (bytes that are not UTF-8 continuation bytes 10xxxxxx) with the
# paths relative to the repository and with the checkout's own paths.
function(count_chars text out)
  string(LENGTH "${text}" n_bytes)
  string(HEX "${text}" hex)
  string(REGEX MATCHALL ".." hex_bytes "${hex}")
  list(FILTER hex_bytes INCLUDE REGEX "^[89ab]")
  list(LENGTH hex_bytes n_cont)
  math(EXPR n "${n_bytes} - ${n_cont}")
  set(${out} ${n} PARENT_SCOPE)
endfunction()
string(REGEX MATCHALL "\n" nl "${diag}")
list(LENGTH nl n_lines)
string(REPLACE "${zz_root}/" "" diag_relative "${diag}")
count_chars("${diag_relative}" n_chars)
count_chars("${diag}" n_chars_here)
string(LENGTH "${diag}" n_bytes)
string(LENGTH "${out}" total_bytes)
string(REGEX MATCHALL "\n" nl "${out}")
list(LENGTH nl total_lines)
file(MAKE_DIRECTORY "${SIZES_DIR}")
file(WRITE "${SIZES_DIR}/${NAME}.txt"
  "name: ${NAME}\ncompiler: ${CXX_ID} ${CXX}\nerrors: ${n_errors}\nfirst_error_lines: ${n_lines}\n"
  "first_error_chars: ${n_chars}\nfirst_error_chars_with_checkout_paths: ${n_chars_here}\n"
  "first_error_bytes: ${n_bytes}\ntotal_lines: ${total_lines}\ntotal_bytes: ${total_bytes}\n")
if(CXX_ID STREQUAL "GNU")
  set(compiler_tag gcc)
elseif(CXX_ID MATCHES "Clang")
  set(compiler_tag clang)
else()
  string(TOLOWER "${CXX_ID}" compiler_tag)
endif()
file(WRITE "${SIZES_DIR}/${NAME}.${compiler_tag}.txt" "${diag}")

set(problems "")
if(missing)
  string(APPEND problems "these expected texts are NOT in the compiler output:\n${missing}")
endif()
if(NOT n_errors EQUAL 1)
  string(APPEND problems "it gives ${n_errors} errors: one mistake must give one error, not a "
    "cascade (fix the first one's follow-ups where they arise)\n")
endif()
if(NOT error_line MATCHES "error: .*zzplan: ")
  string(APPEND problems "the error line does not say 'zzplan: ...' itself (a message only in a "
    "quoted source line or in a note is not read first):\n  ${error_line}\n")
endif()
if(n_lines GREATER ZZ_MAX_LINES OR n_chars GREATER ZZ_MAX_CHARS)
  string(APPEND problems "its first error is ${n_lines} lines and ${n_chars} characters; the "
    "budget is ${ZZ_MAX_LINES} lines and ${ZZ_MAX_CHARS} characters:\n${diag}")
endif()
if(problems)
  message(FATAL_ERROR "${NAME}: the misuse failed to compile, but ${problems}"
    "command (in ${source_dir}): ${cmd_text} ${source_name}\noutput:\n${out}")
endif()

# ---- (b) the twin must compile -------------------------------------------------------------------

# With zzplan.hpp precompiled when the fixture made it (a fifth of the time): the twin's own
# include of it is then skipped (#pragma once), so what compiles is the same code.
set(twin_cmd ${cmd} -DZZPLAN_COMPILING_TWIN)
if(DEFINED PCH AND EXISTS "${zz_pch_file}")
  list(APPEND twin_cmd -include "${PCH}")
endif()
execute_process(COMMAND ${twin_cmd} "${source_name}"
  WORKING_DIRECTORY "${source_dir}" RESULT_VARIABLE rc OUTPUT_VARIABLE twin_out ERROR_VARIABLE twin_out)
if(NOT rc EQUAL 0)
  list(JOIN twin_cmd " " twin_cmd_text)
  message(FATAL_ERROR "${NAME}: the twin (-DZZPLAN_COMPILING_TWIN) does NOT compile, so the test "
    "does not prove that exactly the misuse is rejected.\n"
    "command (in ${source_dir}): ${twin_cmd_text} ${source_name}\noutput:\n${twin_out}")
endif()

message(STATUS "${NAME}: misuse rejected (one error: ${n_lines} lines, ${n_chars} characters), "
  "twin compiles")
