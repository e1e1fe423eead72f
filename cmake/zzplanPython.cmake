# zzplan_find_python(): the Python 3 interpreter for the Python package (ZZPLAN_PYTHON), one that
# imports numpy and pandas, and its development files (Python3::Module).
#
# The first python3 on PATH is often not the one with the system's numpy and pandas (a pyenv or
# conda python sits before Debian's /usr/bin/python3), and CMake's FindPython3 takes the first it
# finds. So each candidate is asked to import numpy and pandas: -DPython3_EXECUTABLE=... (only
# that one, when given), else python3 on PATH, then /usr/bin/python3 and /usr/local/bin/python3.
# None that can: configuration stops and says what to install. The choice is cached in
# Python3_EXECUTABLE, so every find_package(Python3) of the project (tools/, tests/docs/) uses the
# same interpreter.

function(zzplan_python_probe candidate out)
  execute_process(
    COMMAND "${candidate}" -c "import sys, numpy, pandas; print(sys.executable, end='')"
    RESULT_VARIABLE rc OUTPUT_VARIABLE exe ERROR_QUIET)
  if(rc EQUAL 0 AND exe)
    set(${out} "${candidate}" PARENT_SCOPE)
  else()
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

function(zzplan_find_python)
  set(tried "")
  if(Python3_EXECUTABLE)
    set(candidates "${Python3_EXECUTABLE}")
  else()
    find_program(zz_path_python3 NAMES python3 NO_CACHE)
    set(candidates ${zz_path_python3} /usr/bin/python3 /usr/local/bin/python3)
    list(REMOVE_DUPLICATES candidates)
  endif()
  set(chosen "")
  foreach(candidate IN LISTS candidates)
    if(NOT EXISTS "${candidate}")
      continue()
    endif()
    zzplan_python_probe("${candidate}" ok)
    if(ok)
      set(chosen "${candidate}")
      break()
    endif()
    list(APPEND tried "${candidate}")
  endforeach()
  if(NOT chosen)
    list(JOIN tried ", " tried_text)
    message(FATAL_ERROR
      "zzplan: ZZPLAN_PYTHON is ON, but no Python 3 interpreter that imports numpy and pandas was "
      "found (tried: ${tried_text}).\n"
      "On Debian: apt-get install python3-dev pybind11-dev python3-numpy python3-pandas "
      "python3-pytest; or name the interpreter with -DPython3_EXECUTABLE=/path/to/python3; or "
      "build without the Python package: -DZZPLAN_PYTHON=OFF.")
  endif()
  set(Python3_EXECUTABLE "${chosen}" CACHE FILEPATH
    "The Python 3 interpreter (one that imports numpy and pandas, for ZZPLAN_PYTHON)" FORCE)
  find_package(Python3 REQUIRED COMPONENTS Interpreter Development.Module)
  message(STATUS "zzplan: Python package for ${Python3_EXECUTABLE} (${Python3_VERSION})")
endfunction()
