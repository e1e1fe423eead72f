# Helpers for zzplan's own tests, examples, tools and benchmarks (top-level builds only).
#
#   zzplan_missing(<out_var> <target>...)
#       The libraries that the given link targets need and this build does not have, as text for
#       a message ("toml++ (tomlplusplus), CLI11::CLI11"); empty when all are there. zzplan::csv, zzplan::toml, zzplan::json and zzplan::io always exist, so they are
#       checked through ZZPLAN_FOUND_<csv|toml|json|io|xlsx>; any other target (CLI11::CLI11, ...) must
#       exist in the calling directory.
#
#   zzplan_add_skipped_test(<name> REASON <text> [LABELS <label>...])
#       Registers <name> as a test that CTest reports as skipped, with the reason in its output:
#       what cannot be built here still shows up in the test summary instead of vanishing.

include_guard(GLOBAL)

function(zzplan_missing out)
  set(missing "")
  foreach(tgt IN LISTS ARGN)
    if(tgt MATCHES "^zzplan::(csv|toml|json|io|xlsx)$")
      set(addons ${CMAKE_MATCH_1})
      if(addons STREQUAL "io")
        set(addons csv toml json)
      endif()
      foreach(addon IN LISTS addons)
        if(NOT ZZPLAN_FOUND_${addon})
          list(APPEND missing "${zz_addon_package_${addon}}")
        endif()
      endforeach()
    elseif(NOT TARGET ${tgt})
      list(APPEND missing "${tgt}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES missing)
  list(JOIN missing ", " missing)
  set(${out} "${missing}" PARENT_SCOPE)
endfunction()

function(zzplan_add_skipped_test name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "REASON" "LABELS")
  add_test(NAME ${name} COMMAND "${CMAKE_COMMAND}" -E echo "skipped: ${arg_REASON}")
  set_tests_properties(${name} PROPERTIES SKIP_REGULAR_EXPRESSION "skipped: ")
  if(arg_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}")
  endif()
  message(STATUS "zzplan: test ${name} is registered as skipped: ${arg_REASON}")
endfunction()
