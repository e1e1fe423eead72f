// Excel workbooks: data read with liborcus (parts/data.cpp) and results written with
// libxlsxwriter (parts/results.cpp), in one translation unit: each part runs plan files through
// the typed core (io/run.hpp), whose instantiation costs minutes and gigabytes per file.
#include "support/catch.hpp"

#include <zzplan/io/data.hpp>
#include <zzplan/io/detail/csv_reader.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/io/xlsx.hpp>

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

// clang-format off
namespace xlsx_data_test {
#include "parts/data.cpp"
} // namespace xlsx_data_test
namespace xlsx_results_test {
#include "parts/results.cpp"
} // namespace xlsx_results_test
// clang-format on
