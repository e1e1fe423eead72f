// Data files as statistics offices publish them: wide yearbook tables, GB18030, SDMX-CSV. Each is
// read into the same table as the long CSV with the same figures, and a plan evaluated on each
// gives the same assessments. Figures in tests/data/layouts are real (see its README); those in
// strings here are synthetic (round numbers, made-up names).
#include "support/catch.hpp"

#include <zzplan/io/data.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

using namespace zzplan;

namespace {

std::string long_of(const std::string& text, const io::data_options& o = {}) {
  return io::to_long_csv(io::parse_data_file(text, "t.csv", o));
}

std::string error_of(const std::string& text, const io::data_options& o = {}) {
  try {
    static_cast<void>(io::parse_data_file(text, "t.csv", o));
  } catch (const io::input_error& e) {
    return e.what();
  }
  return "no error";
}

std::string gb18030(const std::string& utf8) {
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  std::string out(utf8.size() * 2 + 8, '\0');
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size();
  char* dst = out.data();
  std::size_t left = out.size();
  static_cast<void>(iconv(cd, &in, &in_left, &dst, &left));
  iconv_close(cd);
  out.resize(out.size() - left);
  return out;
}

} // namespace

TEST_CASE("a wide table: title, unit line, years as columns, gaps, footer", "[io][layouts]") {
  const std::string wide = "表1 测试指标\n"
                           "单位：亿元\n"
                           "指标,2020年,2021年,2022年\n"
                           "甲,100,,120p\n"
                           "乙,\"1,000.5\",…,2000r\n"
                           ",,,\n"
                           "资料来源：合成数据\n"
                           "注：p 为初步数。\n";
  CHECK(io::detail::recognise_layout(wide) == io::data_layout::wide);
  CHECK(long_of(wide) == "indicator,year,value,flag\n"
                         "甲,2020,100,\n"
                         "甲,2022,120,provisional\n"
                         "乙,2020,1000.5,\n"
                         "乙,2022,2000,revised\n");
  // the same in GB18030, recognised or given
  CHECK(long_of(gb18030(wide)) == long_of(wide));
  io::data_options o;
  o.encoding = io::text_encoding::gb18030;
  CHECK(long_of(gb18030(wide), o) == long_of(wide));
  // a BOM is skipped
  CHECK(long_of("\xEF\xBB\xBF" + wide) == long_of(wide));
}

TEST_CASE("a wide table with a region and a unit column, read as forced", "[io][layouts]") {
  const std::string wide = "地区,指标,单位,2020,2021\n"
                           "甲市,乙,%,1.5,2.5\n"
                           "丙市,乙,%,3,\n"
                           ",注册企业数,,,\n";
  // 注册企业数 is an indicator name, not a note: a row without figures, which adds nothing
  CHECK(long_of(wide) == "region,indicator,year,value\n"
                         "丙市,乙,2020,3\n"
                         "甲市,乙,2020,1.5\n"
                         "甲市,乙,2021,2.5\n");
  const std::string two = "地区,指标,单位,2020,2021\n"
                          "甲市,乙,%,1.5,2.5\n"
                          "丙市,乙,%,3,\n";
  CHECK(long_of(two) == "region,indicator,year,value\n"
                        "丙市,乙,2020,3\n"
                        "甲市,乙,2020,1.5\n"
                        "甲市,乙,2021,2.5\n");
  io::data_options o;
  o.layout = io::data_layout::wide;
  CHECK(long_of(two, o) == long_of(two));
}

TEST_CASE("a wide table's bad cells are named", "[io][layouts]") {
  CHECK(error_of("指标,2020,2021E\n甲,1,2\n") ==
        "t.csv:1:9: column '2021E' is not a year; a wide table's year columns are headed 2020 "
        "or 2020年, one year a column");
  CHECK(error_of("指标,2020,2021\n甲,1,2\n指标,2020,2022\n乙,1,2\n") ==
        "t.csv:3: a second header that disagrees with the header on line 1; a table has one "
        "header: make its years one row, or split the table in two files");
  // a repeated header (a table over two pages) is skipped
  CHECK(long_of("指标,2020,2021\n甲,1,2\n指标,2020,2021\n乙,3,4\n") ==
        "indicator,year,value\n甲,2020,1\n甲,2021,2\n乙,2020,3\n乙,2021,4\n");
  CHECK(error_of("指标,2020,2021\n甲,1,2*\n") ==
        "t.csv:2:5: cell (甲, 2021): value '2*' ends with a mark zzplan does not read ('*'); "
        "write p after a preliminary figure (3420.3p), r after a revised one, or the number "
        "alone");
  CHECK(error_of("指标,2020,2021\n甲,1,NaN\n")
            .starts_with("t.csv:2:5: cell (甲, 2021): value "
                         "'NaN' is not a finite number"));
  CHECK(error_of("指标,2020,2020年\n甲,1,2\n").starts_with("t.csv:1:9: year 2020 heads two"));
  CHECK(error_of("指标,1850,2021\n甲,1,2\n") ==
        "t.csv:1:4: year 1850 is out of range (1900 to 2200)");
  CHECK(error_of("指标,2020,2021\n甲,1,2\n甲,3,4\n") ==
        "t.csv:3: duplicate row for (甲, 2020) also on line 2; keep one");
  CHECK(error_of("指标,2020\n,1\n").starts_with("t.csv:2: empty indicator name"));
  CHECK(error_of("指标,2020\n甲,1,5\n").starts_with("t.csv:2:5: a cell beyond the header"));
  CHECK(error_of("指标,备注,2020\n甲,x,5\n").starts_with("t.csv:1:4: column '备注' is neither"));
  CHECK(error_of("指标,2020,\"1,00\"\n", {io::data_layout::wide}).starts_with("t.csv:1"));
  CHECK(error_of("指标,2020\n甲,\"1,00\"\n")
            .starts_with("t.csv:2: cell (甲, 2020): value "
                         "'1,00' is not a finite number"));
}

TEST_CASE("encodings: UTF-8 with or without BOM, GB18030, mixed refused", "[io][layouts]") {
  const std::string utf8 = "indicator,year,value\n甲,2020,1\n";
  CHECK(long_of(utf8) == "indicator,year,value\n甲,2020,1\n");
  CHECK(long_of(gb18030(utf8)) == long_of(utf8));
  // 指 in GB18030 (D6 B8) is also a well-formed UTF-8 sequence: the file is still GB18030
  CHECK(long_of(gb18030("指标,2021年\n城镇化率,1\n")) == "indicator,year,value\n城镇化率,2021,1\n");
  const std::string mixed = "indicator,year,value\n甲,2020,1\n" + gb18030("乙,2021,2\n");
  CHECK(error_of(mixed) == "t.csv:3:1: the file mixes encodings: line 2 is UTF-8, this line is "
                           "not (byte 32); save the whole file in one encoding, UTF-8 or GB18030");
  CHECK(error_of("indicator,year,value\n\x81\x30,2020,1\n") ==
        "t.csv:2:1: invalid GB18030 (byte 21); save the file as UTF-8, or give the encoding it "
        "was saved in with --encoding");
  io::data_options o;
  o.encoding = io::text_encoding::utf8;
  CHECK(error_of(gb18030(utf8), o).starts_with("t.csv:2:1: invalid UTF-8"));
}

TEST_CASE("SDMX-CSV 1.0 and 2.0, Open SDG: columns by name, statuses", "[io][layouts]") {
  const std::string v1 = "DATAFLOW,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
                         "X:Y(1.0),A,AA,甲,2020,1.5,A\n"
                         "X:Y(1.0),A,AA,甲,2021,2,P\n"
                         "X:Y(1.0),A,AA,甲,2022,,M\n"
                         "X:Y(1.0),A,AA,甲,2023,NaN,\n"
                         "X:Y(1.0),A,AA,甲,2024,3,E\n";
  CHECK(io::detail::recognise_layout(v1) == io::data_layout::sdmx);
  CHECK(long_of(v1) == "region,indicator,year,value,flag\n"
                       "AA,甲,2020,1.5,\nAA,甲,2021,2,provisional\nAA,甲,2024,3,derived\n");
  const std::string v2 = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA: Reference area,SERIES,"
                         "TIME_PERIOD: Time,OBS_VALUE: Value\n"
                         "dataflow,X:Y(2.0),I,AA,甲,2020,1.5\n";
  CHECK(long_of(v2) == "region,indicator,year,value\nAA,甲,2020,1.5\n");
  const std::string sdg = "Year,Series,Units,Value\n2020,甲,PERCENT,1.5\n2021,甲,PERCENT,2\n";
  CHECK(long_of(sdg) == "indicator,year,value\n甲,2020,1.5\n甲,2021,2\n");
  CHECK(error_of("DATAFLOW,INDICATOR,TIME_PERIOD\nX,甲,2020\n") ==
        "t.csv:1: missing column OBS_VALUE; an SDMX-CSV file needs TIME_PERIOD, OBS_VALUE and "
        "INDICATOR or SERIES (or a DATAFLOW column naming the series)");
  CHECK(error_of("INDICATOR,TIME_PERIOD,OBS_VALUE\n甲,2020-Q1,1\n") ==
        "t.csv:2:3: TIME_PERIOD '2020-Q1' is not a year such as 2021; zzplan reads annual "
        "figures (FREQ A)");
  CHECK(long_of("INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n甲,2020,1,B\n") ==
        "indicator,year,value,flag\n甲,2020,1,series_break\n");
  CHECK(error_of("INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n甲,2020,1,F\n")
            .starts_with("t.csv:2:10: status 'F' is not read"));
  CHECK(error_of("INDICATOR,TIME_PERIOD,OBS_VALUE,SEX\n甲,2020,1,M\n甲,2020,2,F\n") ==
        "t.csv:3: duplicate row for (甲, 2020) also on line 2; keep one");
}

TEST_CASE("the long layout is read as before", "[io][layouts]") {
  CHECK(error_of("indicator,year\n甲,2020\n") ==
        "t.csv:1: missing column 'value'; the header needs indicator,year,value (region, flag "
        "and span are optional)");
  CHECK(error_of("").starts_with("t.csv: the file is empty"));
  const std::string text = "region,indicator,year,value,flag,span\nA,\"x, y\",2020,1.25,"
                           "provisional|revised,3\n";
  CHECK(long_of(text) == text);
  CHECK(long_of(long_of(text)) == text);
}

TEST_CASE("one plan on the same figures in each layout: the same assessments", "[io][layouts]") {
  const io::plan_spec p = io::read_plan_toml("tests/cli/good/plan.toml");
  io::run_options o;
  o.as_of = year{2022};
  const auto csv_of = [&](const std::string& path) {
    const io::data_table d = io::read_data_file(path);
    return io::to_csv(io::evaluate_plan_file(p, d, o).records);
  };
  const std::string want = csv_of("tests/data/layouts/zhuzhou_long.csv");
  CHECK(want.find("3616.81") != std::string::npos);
  CHECK(csv_of("tests/data/layouts/zhuzhou_wide.csv") == want);
  CHECK(csv_of("tests/data/layouts/zhuzhou_wide_gb18030.csv") == want);
  CHECK(csv_of("tests/data/layouts/zhuzhou_sdmx.csv") == want);
  // and the wide table reads as the long file, row for row
  CHECK(io::to_long_csv(io::read_data_file("tests/data/layouts/zhuzhou_wide_gb18030.csv")) ==
        io::to_long_csv(io::read_data_file("tests/data/layouts/zhuzhou_long.csv")));
}

TEST_CASE("text_block: growing keeps the bytes held", "[io][layouts]") {
  io::detail::text_block b(4);
  CHECK(b.size() == 0);
  b.resize(3);
  std::memcpy(b.data(), "abc", 3);
  CHECK(b.view() == "abc");
  const char* const storage = b.data();
  b.resize(2); // shrinking keeps the storage and the first bytes
  CHECK(b.data() == storage);
  CHECK(b.view() == "ab");
  b.resize(1U << 20); // past its room: new storage, the bytes held copied
  std::memcpy(b.data() + 2, "cd", 2);
  CHECK(b.view().substr(0, 4) == "abcd");
  io::detail::text_block moved = std::move(b);
  CHECK(moved.size() == (1U << 20));
  CHECK(moved.view().substr(0, 4) == "abcd");
}

TEST_CASE("large buffers start on a huge page's boundary; small ones as new gives them",
          "[io][layouts]") {
  const auto offset = [](const void* p) {
    return reinterpret_cast<std::uintptr_t>(p) % io::detail::huge_page_bytes;
  };
  for (const std::size_t bytes :
       {io::detail::huge_page_bytes, std::size_t{5} << 20, io::detail::huge_page_bytes * 3 + 1}) {
    void* p = io::detail::allocate_buffer(bytes);
    REQUIRE(p != nullptr);
    CHECK(offset(p) == 0);
    std::memset(p, 0x5a, bytes); // all of it is there to be written
    io::detail::release_buffer(p, bytes);
  }
  void* small = io::detail::allocate_buffer(100);
  REQUIRE(small != nullptr);
  std::memset(small, 1, 100);
  io::detail::release_buffer(small, 100);

  // A table's rows: a large reserve is aligned, and growing keeps every row held.
  io::row_vector rows;
  rows.reserve(10);
  rows.push_back(io::data_row{1.5, 1, 2, 3, 2021, flag::none, 1});
  rows.reserve(io::detail::huge_page_bytes / sizeof(io::data_row) + 1);
  CHECK(offset(rows.data()) == 0);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].value == 1.5);
  CHECK(rows[0].line == 3);
  CHECK(rows[0].year == 2021);
}

TEST_CASE("files around the first block's size: every row read, as built row by row",
          "[io][layouts]") {
  // The first block is smaller than the others; a file of at least its size is streamed. Texts
  // of one byte less (read whole), exactly its size (read whole in one block, then nothing) and
  // one byte more (the last line's end in the next block), each against the same rows given to
  // a table_builder one by one (so a row the reader did not write, left as it was allocated,
  // would not pass for one it did). A long indicator name: fewer rows to the block (this test
  // runs under the sanitizers too).
  const std::size_t first = io::detail::first_data_block;
  const std::string head = "region,indicator,year,value\n";
  const std::string indicator = "一般公共预算收入占地区生产总值比重";
  const auto line_of = [&](int k) {
    return "R" + std::to_string(k / 5) + "," + indicator + "," + std::to_string(2016 + k % 5) +
           "," + std::to_string(k % 997) + ".25\n";
  };
  for (const std::ptrdiff_t off : {-1, 0, 1}) {
    const std::size_t size = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(first) + off);
    std::string text = head;
    int lines = 0;
    while (text.size() + line_of(lines).size() <= size) {
      text += line_of(lines++);
    }
    text.insert(text.size() - 1, size - text.size(), '0'); // the last value: 12.25000…
    REQUIRE(text.size() == size);
    io::table_builder b("t.csv");
    b.columns(true, false, false);
    for (int k = 0; k < lines; ++k) {
      io::data_row r;
      r.region = b.intern("R" + std::to_string(k / 5));
      r.indicator = b.intern(indicator);
      r.year = static_cast<std::int16_t>(2016 + k % 5);
      r.value = (k % 997) + 0.25;
      r.line = static_cast<std::uint32_t>(k + 2);
      b.add(r);
    }
    const std::string want = io::to_long_csv(std::move(b).finish());
    const std::string path =
        (std::filesystem::temp_directory_path() / "zzplan_io_first_block.csv").string();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f != nullptr);
    REQUIRE(std::fwrite(text.data(), 1, text.size(), f) == text.size());
    std::fclose(f);
    INFO("file of " << size << " bytes, " << lines << " rows");
    const io::data_table streamed = io::read_data_file(path);
    CHECK(streamed.rows.size() == static_cast<std::size_t>(lines));
    CHECK(io::to_long_csv(streamed) == want);
    CHECK(io::to_long_csv(io::read_data_csv(path)) == want);
    std::remove(path.c_str());
  }
}

TEST_CASE("a block read in pieces by two threads: every row at its line, the first error named",
          "[io][layouts]") {
  // 1.4 MB in one block: cut into pieces of about 256 KB, which two threads count, read and map
  // to the table's ids, each piece in its own range of rows. Every row must keep its own line,
  // region and year; with errors in two pieces, the one nearer the start of the file is named.
  const std::string head = "region,indicator,year,value\n";
  const auto line_of = [](int k) {
    return "R" + std::to_string(k / 5) + ",城镇化率," + std::to_string(2016 + k % 5) + "," +
           std::to_string(k % 997) + ".5\n";
  };
  std::string text = head;
  std::vector<std::size_t> starts; // of each row's line
  for (int k = 0; k < 45000; ++k) {
    starts.push_back(text.size());
    text += line_of(k);
  }
  REQUIRE(text.size() > (std::size_t{5} << 18));
  const io::data_table t = io::parse_data_csv(text, "t.csv");
  REQUIRE(t.rows.size() == 45000);
  std::size_t wrong = 0;
  for (const io::data_row& r : t.rows) {
    const int k = static_cast<int>(r.line) - 2;
    const bool right = k >= 0 && k < 45000 && t.name(r.region) == "R" + std::to_string(k / 5) &&
                       t.name(r.indicator) == "城镇化率" && r.year == 2016 + k % 5 &&
                       r.value == (k % 997) + 0.5;
    wrong += right ? 0 : 1;
  }
  CHECK(wrong == 0);
  // two errors: a value that is not a number and a byte that is not UTF-8, either first
  const auto broken = [&](int value_at, int utf8_at) {
    std::string bad = text; // bytes replaced, none added: the starts still hold
    const std::size_t v = starts[static_cast<std::size_t>(value_at)];
    const std::size_t u = starts[static_cast<std::size_t>(utf8_at)];
    bad[bad.find(".5\n", v)] = 'x';              // 12x5: not a number
    bad[bad.find(",城镇化率,", u) + 1] = '\xFF'; // a lone byte in the name
    return bad;
  };
  for (const auto& [value_at, utf8_at] :
       std::vector<std::pair<int, int>>{{30000, 40000}, {40000, 30000}, {0, 44999}, {44999, 7}}) {
    INFO("value at row " << value_at << ", UTF-8 at row " << utf8_at);
    std::string message = "no error";
    try {
      static_cast<void>(io::parse_data_csv(broken(value_at, utf8_at), "t.csv"));
    } catch (const io::input_error& e) {
      message = e.what();
    }
    const int first = std::min(value_at, utf8_at);
    const std::string at = "t.csv:" + std::to_string(first + 2) + ":";
    CHECK(message.starts_with(at));
    CHECK(message.find(first == value_at ? "value '" : "invalid UTF-8") != std::string::npos);
  }
}

TEST_CASE("the first error in a file is named, whatever its kind and however the file is cut",
          "[io][layouts]") {
  // the text is checked for UTF-8 all at once, but a line before the bad byte is read first (a
  // seed of the data fuzzer: read whole it named line 3, cut before line 3 it named line 2)
  const std::string text = "indicator,year,value\n"
                           "城镇化率,2020,71.2,extra\n"
                           "城镇化率,2021,72\xFF.1\n";
  for (const std::size_t piece : {0U, 1U, 20U}) {
    INFO("pieces of " << piece << " bytes (0: whole)");
    std::string message = "no error";
    try {
      static_cast<void>(io::detail::parse_data_csv_cut(
          text, "t.csv", piece == 0 ? io::detail::csv_cut{} : io::detail::csv_cut{piece, 0}));
    } catch (const io::input_error& e) {
      message = e.what();
    }
    CHECK(message.starts_with("t.csv:2: Too many columns in line 2"));
  }
  // with nothing wrong before it, the bad byte is named at its line and column
  std::string message = "no error";
  try {
    static_cast<void>(io::parse_data_csv(
        "indicator,year,value\n城镇化率,2020,71.2\n城镇化率,2021,72\xFF.1\n", "t.csv"));
  } catch (const io::input_error& e) {
    message = e.what();
  }
  CHECK(message.starts_with("t.csv:3:21: invalid UTF-8 (byte 64)"));
}

TEST_CASE("any cut of a text into pieces reads the same table, or names the same error",
          "[io][layouts]") {
  // the shipped long files, and each of them broken, read whole and in pieces of 1 to 40 bytes
  // shared by two threads (fuzz/data_fuzzer.cpp checks the same on its inputs)
  const auto text_of = [](const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    REQUIRE(f != nullptr);
    std::string t;
    char buf[4096];
    for (std::size_t n = 0; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) {
      t.append(buf, n);
    }
    std::fclose(f);
    return t;
  };
  const auto read = [](const std::string& text, io::detail::csv_cut cut) {
    try {
      return io::to_long_csv(io::detail::parse_data_csv_cut(text, "t.csv", cut));
    } catch (const io::input_error& e) {
      return std::string("error: ") + e.what();
    }
  };
  int read_whole = 0;
  for (const char* path : {"examples/data/zhuzhou.csv", "examples/data/china.csv",
                           "tests/data/layouts/zhuzhou_long.csv"}) {
    const std::string good = text_of(path);
    const std::size_t mid = good.find('\n', good.size() / 2) + 1;
    std::string bad_quote = good; // a quote not closed on its line
    bad_quote.insert(mid, "\"");
    std::string bad_utf8 = good;
    bad_utf8.insert(mid, "\xC3(");
    for (const std::string& text : {good, bad_quote, bad_utf8}) {
      const std::string whole = read(text, {});
      read_whole += whole.starts_with("error: ") ? 0 : 1;
      for (const std::size_t piece : {1U, 2U, 7U, 40U}) {
        INFO(path << ", pieces of " << piece << " bytes");
        CHECK(read(text, {piece, 0}) == whole);
      }
    }
  }
  CHECK(read_whole == 3); // each good file read; each broken one refused
}

TEST_CASE("a long CSV larger than a block is streamed: the same table as parsed whole",
          "[io][layouts]") {
  // about 7 MB: the first block (read to see what the file is, or by read_data_csv) and two more,
  // each read while the one before is parsed, lines across their ends; a BOM and CRLF line ends
  std::string text = "\xEF\xBB\xBFregion,indicator,year,value,flag\r\n";
  for (int r = 0; r < 25000; ++r) {
    for (int y = 2016; y <= 2022; ++y) {
      text += "R" + std::to_string(r) + ",常住人口城镇化率," + std::to_string(y) + "," +
              std::to_string(r % 97) + "." + std::to_string(y % 10) + "5,\r\n";
    }
  }
  REQUIRE(text.size() > io::detail::first_data_block + io::detail::data_block);
  const std::string path =
      (std::filesystem::temp_directory_path() / "zzplan_io_streamed_panel.csv").string();
  const auto write = [&](const std::string& t) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f != nullptr);
    REQUIRE(std::fwrite(t.data(), 1, t.size(), f) == t.size());
    std::fclose(f);
  };
  write(text);
  // each of the three reads once (this test runs under the sanitizers too, where a read of the
  // file takes seconds)
  const std::string whole = io::to_long_csv(io::parse_data_csv(text, path));
  const io::data_table streamed = io::read_data_file(path);
  CHECK(streamed.rows.size() == 175000);
  CHECK(io::to_long_csv(streamed) == whole);
  // read_data_csv streams from its own first block
  CHECK(io::to_long_csv(io::read_data_csv(path)) == whole);
  // an error past the first block is at its line in the file
  const std::size_t at = text.find("R20000,");
  const std::size_t line = 1 + static_cast<std::size_t>(std::count(
                                   text.begin(), text.begin() + static_cast<long>(at), '\n'));
  std::string bad = text;
  bad.replace(bad.find(",2016,", at) + 6, 2, "1x");
  write(bad);
  std::string message = "no error";
  try {
    static_cast<void>(io::read_data_file(path));
  } catch (const io::input_error& e) {
    message = e.what();
  }
  CHECK(message.starts_with(path + ":" + std::to_string(line) + ": value '1x"));
  message = "no error";
  try {
    static_cast<void>(io::read_data_csv(path));
  } catch (const io::input_error& e) {
    message = e.what();
  }
  CHECK(message.starts_with(path + ":" + std::to_string(line) + ": value '1x"));
  std::remove(path.c_str());
}
