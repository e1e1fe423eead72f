// Reference example (docs/reference/io.md): io/data.hpp reads a data file (long CSV) into
// series. Run from the source root (CTest does): examples/data/china.csv holds real figures.
#include <zzplan/io/data.hpp>
#include <zzplan/plans/fyp14.hpp>
#include <zzplan/zzplan.hpp>

#include <iostream>

using namespace zzplan;
using namespace std::chrono_literals;

int main() {
  // snippet-begin: data_file
  try {
    const io::data_table table = io::read_data_csv("examples/data/china.csv");
    const auto urban = io::levels_of<share>(table, "常住人口城镇化率", "",
                                            [](double v) { return share::percent(v); });
    const auto energy = io::changes_of(table, "单位GDP能源消耗");
    std::cout << urban.size() << " levels, " << energy.size() << " changes; "
              << label_zh(evaluate(fyp14::urban, urban, 2023y).label) << ", "
              << label_zh(evaluate(fyp14::energy, energy, 2023y).label) << '\n';
    (void)io::parse_data_csv("indicator,year\nx,2020\n", "broken.csv");
  } catch (const io::input_error& e) {
    std::cout << e.what() << '\n'; // the file, the line where known, and what to fix
  }
  // snippet-end: data_file
}
// The expected output, matched literally (never reflowed):
// clang-format off
// expect-output: 6 levels, 4 changes; 提前实现, 滞后
// expect-output: broken.csv:1: missing column 'value'; the header needs indicator,year,value
