#pragma once
// Excel workbooks (CMake target zzplan::xlsx: liborcus to read, libxlsxwriter to write; Debian
// liborcus-dev and libxlsxwriter-dev): data read from a sheet in any layout a CSV data file may
// have (detail/xlsx_data.hpp: read_data_xlsx), and assessments written as a workbook
// (detail/xlsx_results.hpp: write_results_xlsx).

#include <zzplan/io/detail/xlsx_data.hpp>
#include <zzplan/io/detail/xlsx_results.hpp>
