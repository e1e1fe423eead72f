# CTest python.install: `cmake --install` of the component "python" under a scratch prefix, then
# the package imported from there (not from the build tree) evaluates a shipped plan.
#   cmake -DBUILD_DIR=... -DCONFIG=... -DPREFIX=... -DSITE_DIR=... -DPYTHON=... -DEXAMPLES=...
#         -P install_test.cmake

file(REMOVE_RECURSE "${PREFIX}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --config "${CONFIG}"
          --component python --prefix "${PREFIX}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install --component python failed (${rc})")
endif()
set(site "${PREFIX}/${SITE_DIR}")
if(NOT EXISTS "${site}/zzplan/__init__.py")
  message(FATAL_ERROR "not installed: ${site}/zzplan/__init__.py")
endif()
file(GLOB ext "${site}/zzplan/_core*")
if(NOT ext)
  message(FATAL_ERROR "the extension zzplan._core is not installed in ${site}/zzplan")
endif()
set(ENV{PYTHONPATH} "${site}")
set(ENV{PYTHONDONTWRITEBYTECODE} "1")
execute_process(
  COMMAND "${PYTHON}" -c [=[
import pathlib, sys
import zzplan
site = pathlib.Path(sys.argv[1]).resolve()
where = pathlib.Path(zzplan.__file__).resolve()
assert site in where.parents, f"zzplan imported from {where}, not from {site}"
df = zzplan.evaluate(sys.argv[2] + "/zhuzhou.toml", sys.argv[2] + "/data/zhuzhou.csv")
assert len(df) > 0 and list(df.columns) == zzplan.COLUMNS
print(f"installed zzplan: {where}; {len(df)} assessments")
]=] "${site}" "${EXAMPLES}"
  WORKING_DIRECTORY "${PREFIX}" # not the build tree's python/, whose zzplan/ would come first
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the installed package does not work (${rc})")
endif()
