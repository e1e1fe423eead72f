// The io tests that run plan files through the typed core (io/run.hpp), in one translation unit.
// Each of them instantiates the whole typed dispatch (every quantity type of the unit table times
// every kind of target), which costs minutes and gigabytes per file: compiled together, that
// happens once. Each file keeps its own namespace, so their helpers do not meet.
#include "support/catch.hpp"
#include "support/unit_spellings.hpp" // before the namespaces below: see io_typed/unit_table.cpp

#include <zzplan/io/data.hpp>
#include <zzplan/io/json.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/plans/zhuzhou.hpp>
#include <zzplan/unit_table.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// clang-format off
namespace io_plan_file_test {
#include "io_typed/plan_file.cpp"
} // namespace io_plan_file_test
namespace io_data_layouts_test {
#include "io_typed/data_layouts.cpp"
} // namespace io_data_layouts_test
namespace io_values_test {
#include "io_typed/values.cpp"
} // namespace io_values_test
namespace io_unit_table_test {
#include "io_typed/unit_table.cpp"
} // namespace io_unit_table_test
// clang-format on
