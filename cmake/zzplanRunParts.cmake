# zzplan_run_parts: the typed passes over plan files' goals (include/zzplan/io/detail/typed_pass.hpp),
# which are most of the compile time of any program that reads plan files, compiled once for all
# of ours (the zzplan command, the main job, the Python module, the io tests) in four files that
# build in parallel. The programs that link it define ZZPLAN_RUN_APART (a PUBLIC definition here)
# and so compile only their own code. A user's program needs none of this: without
# ZZPLAN_RUN_APART the headers compile what they use.
function(zzplan_add_run_parts)
  set(parts 4) # zzplan::io::run_parts; each generated file checks it
  set(sources)
  math(EXPR last "${parts} - 1")
  foreach(k RANGE 0 ${last})
    set(file "${PROJECT_BINARY_DIR}/run_parts/run_part_${k}.cpp")
    file(CONFIGURE OUTPUT "${file}" CONTENT [[
// Part @k@ of zzplan's typed passes over plan files' goals, compiled apart (cmake/zzplanRunParts.cmake).
#include <zzplan/io/run.hpp>
static_assert(zzplan::io::run_parts == @parts@, "cmake/zzplanRunParts.cmake: set parts to zzplan::io::run_parts");
ZZPLAN_RUN_PART(@k@)
]] @ONLY)
    list(APPEND sources "${file}")
  endforeach()
  add_library(zzplan_run_parts STATIC ${sources})
  target_link_libraries(zzplan_run_parts PUBLIC zzplan::io PRIVATE zzplan_dev)
  target_compile_definitions(zzplan_run_parts PUBLIC ZZPLAN_RUN_APART)
  # also linked into the Python module (a shared library)
  set_target_properties(zzplan_run_parts PROPERTIES
    POSITION_INDEPENDENT_CODE ON
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
endfunction()
