// Data in Excel workbooks (io/xlsx.hpp, liborcus): workbooks written here with libxlsxwriter
// in each layout read into the same table as the long CSV with the same figures (the real figures
// of tests/data/layouts, see its README), and give the same assessments; errors name the
// workbook, the sheet and the cell.
#include "support/catch.hpp"

#include <zzplan/io/data.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/io/xlsx.hpp>

#include <xlsxwriter.h>

#include <filesystem>
#include <string>
#include <unistd.h>

using namespace zzplan;

namespace {

/// A scratch directory of this test run.
std::filesystem::path scratch() {
  static const std::filesystem::path dir = [] {
    const auto d =
        std::filesystem::temp_directory_path() / ("zzplan_xlsx_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

/// Writes a workbook: `fill` writes its sheets.
template <class F> std::string workbook(const std::string& name, F&& fill) {
  const std::string path = (scratch() / name).string();
  lxw_workbook* wb = workbook_new(path.c_str());
  fill(wb);
  REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
  return path;
}

/// The Zhuzhou figures as a yearbook table: a merged title, a unit column, years as a number
/// and as text, p after the preliminary figure, a formula with its saved result, a footer.
void wide_sheet(lxw_workbook* wb, const char* name) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name);
  worksheet_merge_range(ws, 0, 0, 0, 3, "表1 株洲市主要经济指标", nullptr);
  worksheet_write_string(ws, 2, 0, "指标", nullptr);
  worksheet_write_string(ws, 2, 1, "单位", nullptr);
  worksheet_write_number(ws, 2, 2, 2021, nullptr);
  worksheet_write_string(ws, 2, 3, "2022年", nullptr);
  worksheet_write_string(ws, 3, 0, "城镇化率", nullptr);
  worksheet_write_string(ws, 3, 1, "%", nullptr);
  worksheet_write_number(ws, 3, 2, 72.04, nullptr);
  worksheet_write_string(ws, 4, 0, "地区生产总值", nullptr);
  worksheet_write_string(ws, 4, 1, "亿元", nullptr);
  worksheet_write_string(ws, 4, 2, "3420.3p", nullptr);
  worksheet_write_formula_num(ws, 4, 3, "=3616.81", nullptr, 3616.81);
  worksheet_write_string(ws, 6, 0, "资料来源：公开发布数据，逐项出处见 examples/data/SOURCES.md",
                         nullptr);
}

std::string error_of(const std::string& path, const std::string& sheet = {}) {
  try {
    static_cast<void>(io::read_data_xlsx(path, sheet));
  } catch (const io::input_error& e) {
    return e.what();
  }
  return "no error";
}

} // namespace

TEST_CASE("a workbook in each layout reads as the long CSV", "[io][xlsx]") {
  const std::string want =
      io::to_long_csv(io::read_data_file("tests/data/layouts/zhuzhou_long.csv"));
  const std::string wide = workbook("wide.xlsx", [](lxw_workbook* wb) {
    workbook_add_worksheet(wb, "说明"); // an empty first sheet
    wide_sheet(wb, "表1");
  });
  CHECK(io::to_long_csv(io::read_data_xlsx(wide, "表1")) == want);
  // none named: the first sheet is read, and its error says which was read and which there are
  CHECK(error_of(wide).ends_with(" (the first sheet, 说明, was read as none was named; the "
                                 "workbook's sheets are: 说明, 表1; give one with --sheet)"));
  const std::string long_book = workbook("long.xlsx", [](lxw_workbook* wb) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, "data");
    const char* head[] = {"indicator", "year", "value", "flag"};
    for (lxw_col_t c = 0; c < 4; ++c) {
      worksheet_write_string(ws, 0, c, head[c], nullptr);
    }
    worksheet_write_string(ws, 1, 0, "城镇化率", nullptr);
    worksheet_write_number(ws, 1, 1, 2021, nullptr);
    worksheet_write_number(ws, 1, 2, 72.04, nullptr);
    worksheet_write_string(ws, 2, 0, "地区生产总值", nullptr);
    worksheet_write_number(ws, 2, 1, 2021, nullptr);
    worksheet_write_number(ws, 2, 2, 3420.3, nullptr);
    worksheet_write_string(ws, 2, 3, "provisional", nullptr);
    worksheet_write_string(ws, 3, 0, "地区生产总值", nullptr);
    worksheet_write_number(ws, 3, 1, 2022, nullptr);
    worksheet_write_number(ws, 3, 2, 3616.81, nullptr);
  });
  CHECK(io::to_long_csv(io::read_data_xlsx(long_book)) == want);
  const std::string sdmx = workbook("sdmx.xlsx", [](lxw_workbook* wb) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Sheet1");
    const char* head[] = {"INDICATOR", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS"};
    for (lxw_col_t c = 0; c < 4; ++c) {
      worksheet_write_string(ws, 0, c, head[c], nullptr);
    }
    const struct {
      const char* name;
      double year, value;
      const char* status;
    } rows[] = {{"城镇化率", 2021, 72.04, "A"},
                {"地区生产总值", 2021, 3420.3, "P"},
                {"地区生产总值", 2022, 3616.81, "A"}};
    lxw_row_t r = 1;
    for (const auto& row : rows) {
      worksheet_write_string(ws, r, 0, row.name, nullptr);
      worksheet_write_number(ws, r, 1, row.year, nullptr);
      worksheet_write_number(ws, r, 2, row.value, nullptr);
      worksheet_write_string(ws, r, 3, row.status, nullptr);
      ++r;
    }
  });
  CHECK(io::to_long_csv(io::read_data_xlsx(sdmx)) == want);

  // and a plan evaluated on the workbook gives the assessments of the long CSV
  const io::plan_spec p = io::read_plan_toml("tests/cli/good/plan.toml");
  io::run_options o;
  o.as_of = year{2022};
  const auto csv_of = [&](const io::data_table& d) {
    return io::to_csv(io::evaluate_plan_file(p, d, o).records);
  };
  CHECK(csv_of(io::read_data_xlsx(wide, "表1")) ==
        csv_of(io::read_data_file("tests/data/layouts/zhuzhou_long.csv")));
}

TEST_CASE("a workbook's errors name the sheet and the cell", "[io][xlsx]") {
  const std::string path = workbook("bad.xlsx", [](lxw_workbook* wb) {
    wide_sheet(wb, "表1");
    lxw_worksheet* bad = workbook_add_worksheet(wb, "表2");
    worksheet_write_string(bad, 0, 0, "指标", nullptr);
    worksheet_write_string(bad, 0, 1, "2021年", nullptr);
    worksheet_write_string(bad, 1, 0, "城镇化率", nullptr);
    worksheet_write_string(bad, 1, 1, "七十二", nullptr);
    lxw_worksheet* merged = workbook_add_worksheet(wb, "表3");
    worksheet_write_string(merged, 0, 0, "指标", nullptr);
    worksheet_merge_range(merged, 0, 1, 0, 2, "2021年", nullptr);
    worksheet_write_string(merged, 1, 0, "城镇化率", nullptr);
    worksheet_write_number(merged, 1, 1, 72.04, nullptr);
  });
  CHECK(error_of(path, "表4") == path + ": has no sheet named '表4'; its sheets are: 表1, 表2, 表3 "
                                        "(give one with --sheet)");
  CHECK(error_of(path, "表2") ==
        path + ", sheet 表2, cell B2: cell (城镇化率, 2021年): value '七十二' is not a finite "
               "number; write digits such as 72.04 (no units, no NA/NaN/inf: leave a gap out)");
  CHECK(error_of(path, "表3") ==
        path + ", sheet 表3, cell B1: cells B1:C1 are merged inside the table; unmerge them and "
               "write each heading or figure in its own cell (a merged title above the table is "
               "fine)");
  // libxlsxwriter's constant-memory mode writes texts inline, which liborcus 0.17 does not read
  const std::string inline_path = (scratch() / "inline.xlsx").string();
  lxw_workbook_options opt{};
  opt.constant_memory = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(inline_path.c_str(), &opt);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "表1");
  worksheet_write_string(ws, 0, 0, "指标", nullptr);
  worksheet_write_number(ws, 0, 1, 2021, nullptr);
  worksheet_write_string(ws, 1, 0, "城镇化率", nullptr);
  worksheet_write_number(ws, 1, 1, 72.04, nullptr);
  REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
  CHECK(error_of(inline_path) ==
        inline_path + ": its cells hold their text inline (t=\"inlineStr\"), which the workbook "
                      "reader (liborcus 0.17) leaves empty; open it in Excel or LibreOffice and "
                      "save it again as .xlsx");
  CHECK(error_of((scratch() / "none.xlsx").string())
            .ends_with("cannot open the workbook; check "
                       "the path"));
  CHECK(error_of("tests/data/layouts/zhuzhou_long.csv")
            .starts_with("tests/data/layouts/zhuzhou_long.csv: is not a readable .xlsx workbook"));
}
