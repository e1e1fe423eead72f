# FindFastCppCsvParser: fast-cpp-csv-parser (Ben Strasser's header-only csv.h), as Debian's
# libfccp-dev installs it, <libfccp/csv.h>. It ships no CMake package file, so zzplan installs this
# module next to zzplanConfig.cmake, which uses it for the zzplan::csv component.
#
# Result:
#   FastCppCsvParser_FOUND
#   FastCppCsvParser_INCLUDE_DIR            the directory that holds libfccp/csv.h (cache)
#   FastCppCsvParser::FastCppCsvParser      INTERFACE IMPORTED target with that include directory
#
# zzplan includes csv.h with CSV_IO_NO_THREAD defined, so no thread library is linked here.

find_path(FastCppCsvParser_INCLUDE_DIR
  NAMES libfccp/csv.h
  DOC "Directory that holds libfccp/csv.h (fast-cpp-csv-parser; Debian: libfccp-dev)")
mark_as_advanced(FastCppCsvParser_INCLUDE_DIR)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(FastCppCsvParser
  REQUIRED_VARS FastCppCsvParser_INCLUDE_DIR
  REASON_FAILURE_MESSAGE "libfccp/csv.h not found (Debian: libfccp-dev): install it or set FastCppCsvParser_INCLUDE_DIR")

if(FastCppCsvParser_FOUND AND NOT TARGET FastCppCsvParser::FastCppCsvParser)
  add_library(FastCppCsvParser::FastCppCsvParser INTERFACE IMPORTED)
  set_target_properties(FastCppCsvParser::FastCppCsvParser PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${FastCppCsvParser_INCLUDE_DIR}")
endif()
