// Results as an Excel workbook (io/xlsx.hpp): the assessments sheet, read back with
// liborcus, holds every cell of the CSV output (texts as written; numbers equal to 16
// significant digits, which is what libxlsxwriter writes: the CSV's shortest round-trip text
// may need 17), for both shipped plans under every method; the summary and notes sheets are
// there.
#include "support/catch.hpp"

#include <zzplan/io/detail/csv_reader.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/io/xlsx.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

using namespace zzplan;

namespace {

/// The CSV output's lines, split into fields (RFC 4180 quotes removed).
std::vector<std::vector<std::string>> csv_cells(const std::string& text) {
  std::vector<std::vector<std::string>> out;
  io::detail::csv_fields f;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t nl = text.find("\r\n", at);
    const std::string_view line(text.data() + at, nl - at);
    REQUIRE(f.split(line) == io::detail::csv_fields::status::ok);
    std::vector<std::string> row;
    for (std::size_t k = 0; k < f.size(); ++k) {
      row.emplace_back(f[k]);
    }
    out.push_back(row);
    at = nl + 2;
  }
  return out;
}

/// Does a cell of the workbook hold what the CSV writes (a number to 16 significant digits)?
bool same(const io::detail::xlsx_cell* c, const std::string& csv) {
  if (c == nullptr) {
    return csv.empty();
  }
  if (c->what == io::detail::xlsx_cell::kind::number) {
    double want = 0.0;
    const auto [p, ec] = std::from_chars(csv.data(), csv.data() + csv.size(), want);
    if (ec != std::errc{} || p != csv.data() + csv.size()) {
      return false;
    }
    return std::abs(c->number - want) <= 1e-15 * std::max(std::abs(want), std::abs(c->number));
  }
  return (c->text == "TRUE" ? "true" : c->text == "FALSE" ? "false" : c->text) == csv;
}

} // namespace

TEST_CASE("the xlsx results read back as the CSV output, numbers to 16 digits", "[io][xlsx]") {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("zzplan_xlsx_results_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::pair<const char*, const char*> plans[] = {
      {"examples/zhuzhou.toml", "examples/data/zhuzhou.csv"},
      {"examples/fyp14.toml", "examples/data/china.csv"}};
  std::size_t compared = 0;
  for (const auto& [plan_path, data_path] : plans) {
    const io::plan_spec p = io::read_plan_toml(plan_path);
    const io::data_table d = io::read_data_file(data_path);
    for (const method m : {method::cn_midterm, method::un2022, method::un2023, method::eurostat}) {
      for (const lang l : {lang::zh, lang::en}) {
        io::run_options o;
        o.how = m;
        o.as_of = year{2025};
        const io::plan_result r = io::evaluate_plan_file(p, d, o, l);
        const std::string path = (dir / "results.xlsx").string();
        io::write_results_xlsx(path, r.records, r.summary, l);
        const auto sheets = io::read_xlsx_sheets(path);
        REQUIRE(sheets.size() == 3);
        const auto want = csv_cells(io::to_csv(r.records));
        const io::detail::xlsx_sheet& s = *sheets[0];
        for (std::size_t row = 0; row < want.size(); ++row) {
          for (std::size_t col = 0; col < want[row].size(); ++col) {
            const auto it = s.cells.find({static_cast<int>(row), static_cast<int>(col)});
            INFO(plan_path << " row " << row << " column " << want[0][col] << ": "
                           << want[row][col]);
            CHECK(same(it == s.cells.end() ? nullptr : &it->second, want[row][col]));
            ++compared;
          }
        }
        // nothing beyond the CSV's cells
        for (const auto& [at, c] : s.cells) {
          CHECK(static_cast<std::size_t>(at.first) < want.size());
          CHECK(static_cast<std::size_t>(at.second) < want[0].size());
        }
        CHECK(s.name == (l == lang::zh ? "评估结果" : "assessments"));
        CHECK(sheets[1]->cells.at({1, 1}).number == static_cast<double>(r.summary.all.goals));
        std::size_t notes = 0;
        for (const io::assessment_record& rec : r.records) {
          notes += rec.notes.size();
        }
        CHECK(sheets[2]->cells.size() >= notes * 2);
      }
    }
  }
  CHECK(compared > 1000);
  std::filesystem::remove_all(dir);
}
