#pragma once
// The command's workbooks (.xlsx data in, results out) come from a module of their own,
// zzplan-workbook.so, loaded the first time a workbook is read or written. Linked into the
// command, liborcus and libxlsxwriter cost every run 6 ms before main (liborcus builds its XML
// token tables when it is loaded): as much as the rest of the start-up, and about a thirtieth of
// evaluating a 2,850-region panel, which never opens a workbook.
//
// The module and the command are built together from the same headers, so the two functions pass
// the library's own types and let its exceptions through; a stamp of the version and of those
// types' sizes refuses a module from another build.

#include <zzplan/io/data.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/io/record.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace zzplan::cli {

/// What the module gives: read a sheet into a data table (throws io::input_error), write results
/// as a workbook at a path (throws std::runtime_error).
struct workbook_api {
  std::uint64_t stamp;
  io::data_table (*read)(const std::string& path, const std::string& sheet,
                         const io::data_options& o);
  void (*write)(const std::string& path, const std::vector<io::assessment_record>& records,
                const rollup& summary, lang l);
};

/// The build the module and the command must share.
inline constexpr std::uint64_t workbook_stamp =
    (std::uint64_t{ZZPLAN_WORKBOOK_VERSION} << 48U) ^ (sizeof(io::data_table) << 32U) ^
    (sizeof(io::assessment_record) << 16U) ^ (sizeof(rollup) << 8U) ^ sizeof(io::data_options);

/// The name of the module's entry point, a function that returns its workbook_api.
inline constexpr const char* workbook_entry = "zzplan_workbook_api";

} // namespace zzplan::cli
