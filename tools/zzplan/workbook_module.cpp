// zzplan-workbook.so: the command's workbook reader and writer (workbook.hpp says why they are a
// module of their own). One entry point, found by name with dlsym.
#include "workbook.hpp"

#include <zzplan/io/xlsx.hpp>

namespace {

zzplan::io::data_table read(const std::string& path, const std::string& sheet,
                            const zzplan::io::data_options& o) {
  return zzplan::io::read_data_xlsx(path, sheet, o);
}

void write(const std::string& path, const std::vector<zzplan::io::assessment_record>& records,
           const zzplan::rollup& summary, zzplan::lang l) {
  zzplan::io::write_results_xlsx(path, records, summary, l);
}

constexpr zzplan::cli::workbook_api api{zzplan::cli::workbook_stamp, &read, &write};

} // namespace

extern "C" __attribute__((visibility("default"))) const zzplan::cli::workbook_api*
zzplan_workbook_api() {
  return &api;
}
