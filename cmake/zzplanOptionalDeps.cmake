# Optional dependencies of the io/ layer, and a helper that tells which of them a source file needs.
#
#   zzplan_optional_deps(<file> <targets_var> <missing_var>)
#
# scans <file> and, transitively, every <zzplan/...> header it includes, for #include of a known
# optional library; sets <targets_var> to the imported targets to link (those found) and
# <missing_var> to the packages not found. Used by the header check and the examples; tools/ and
# bench/ may use it too. Add a row to ZZPLAN_OPTIONAL_DEPS for a new optional library:
#   "<include prefix>|<find_package name>|<target>"

include_guard(GLOBAL)

set(ZZPLAN_OPTIONAL_DEPS
  "nlohmann/|nlohmann_json|nlohmann_json::nlohmann_json"
  "toml++/|tomlplusplus|tomlplusplus::tomlplusplus"
  "CLI/|CLI11|CLI11::CLI11"
  "fmt/|fmt|fmt::fmt"
  "benchmark/|benchmark|benchmark::benchmark")

foreach(_zz_row IN LISTS ZZPLAN_OPTIONAL_DEPS)
  string(REPLACE "|" ";" _zz_row "${_zz_row}")
  list(GET _zz_row 1 _zz_pkg)
  find_package(${_zz_pkg} QUIET)
endforeach()

function(zzplan_optional_deps file targets_var missing_var)
  set(queue "${file}")
  set(seen "")
  set(targets "")
  set(missing "")
  while(queue)
    list(POP_FRONT queue f)
    if(f IN_LIST seen OR NOT EXISTS "${f}")
      continue()
    endif()
    list(APPEND seen "${f}")
    file(READ "${f}" text)
    foreach(row IN LISTS ZZPLAN_OPTIONAL_DEPS)
      string(REPLACE "|" ";" row "${row}")
      list(GET row 0 prefix)
      list(GET row 1 pkg)
      list(GET row 2 tgt)
      string(FIND "${text}" "<${prefix}" at_angle)
      string(FIND "${text}" "\"${prefix}" at_quote)
      if(at_angle GREATER -1 OR at_quote GREATER -1)
        if(TARGET ${tgt})
          list(APPEND targets ${tgt})
        else()
          list(APPEND missing ${pkg})
        endif()
      endif()
    endforeach()
    string(REGEX MATCHALL "#[ \t]*include[ \t]*[<\"]zzplan/[^>\"]+" incs "${text}")
    foreach(inc IN LISTS incs)
      string(REGEX REPLACE "^#[ \t]*include[ \t]*[<\"]" "" inc "${inc}")
      list(APPEND queue "${PROJECT_SOURCE_DIR}/include/${inc}")
    endforeach()
  endwhile()
  list(REMOVE_DUPLICATES targets)
  list(REMOVE_DUPLICATES missing)
  set(${targets_var} "${targets}" PARENT_SCOPE)
  set(${missing_var} "${missing}" PARENT_SCOPE)
endfunction()
