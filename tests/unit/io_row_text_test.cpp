// The CSV row and the JSON line of a record are written through a buffer on the stack that is
// flushed when full: whatever the length of the strings and wherever a cell meets the buffer's end,
// the row is the same as the cells written one by one, and the JSON line is the record's JSON.
#include "support/catch.hpp"

#include <zzplan/io/json.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/tables.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace zzplan;

// A record whose text needs every kind of quoting and escape, its id `pad` bytes longer than
// usual so that the cells after it meet the buffer's end at every offset.
io::assessment_record tricky(std::size_t pad) {
  io::assessment_record r;
  r.id = "g" + std::string(pad, 'x');
  r.region = "株洲市, \"主城区\"";
  r.indicator = "tab\there; back\\slash; line\nend; bell\a";
  r.unit = "亿元";
  r.baseline_year = 2020;
  r.baseline_value = 3105.8;
  r.target_year = 2025;
  r.target_value = 4000.0;
  r.latest_year = 2024;
  r.latest_value = 59.525099999999995;
  r.met = false;
  r.status = status::lagging;
  r.label = schedule_label::lagging;
  r.achievement_share = 0.30000000000000004;
  r.time_elapsed = 0.8;
  r.actual_rate = -0.0787;
  r.required_rate = 1e-7;
  r.rate_ratio = 1e22;
  r.projected_value = 123456.789;
  r.projection_method = projection_method::geometric;
  r.years_to_target = 3.0;
  r.notes = {"first, with a comma", std::string(3000, 'n') + "\"quoted\"", "\r\n"};
  return r;
}

// The row as the public per-cell functions write it: each cell, quoted where it must be.
std::string row_by_cells(const io::assessment_record& r) {
  std::string out;
  for (std::size_t i = 0; i < io::data_columns.size(); ++i) {
    if (i) {
      out += ',';
    }
    const io::column c = io::data_columns[i];
    const std::string cell = io::csv_field(r, c);
    out += io::detail::free_text(c) ? io::csv_quote(cell) : cell;
  }
  return out + "\r\n";
}

} // namespace

TEST_CASE("a CSV row is its cells, quoted, wherever the buffer fills", "[io][csv]") {
  for (std::size_t pad = 0; pad < 4200; pad += 7) {
    const io::assessment_record r = tricky(pad);
    std::string row = "before\n"; // appended to what is there
    io::append_csv_row(row, r);
    REQUIRE(row == "before\n" + row_by_cells(r));
  }
  io::assessment_record empty;
  std::string row;
  io::append_csv_row(row, empty);
  CHECK(row == row_by_cells(empty));
  CHECK(row.find("nan") == std::string::npos);
}

TEST_CASE("a JSON line is the record's JSON, wherever the buffer fills", "[io][json]") {
  for (std::size_t pad = 0; pad < 4200; pad += 7) {
    const io::assessment_record r = tricky(pad);
    std::string line = "[";
    io::append_json(line, r);
    line += ']';
    const nlohmann::ordered_json back = nlohmann::ordered_json::parse(line);
    REQUIRE(back.size() == 1);
    REQUIRE(back[0] == io::to_json(r));
    // numbers in their shortest form, not nlohmann's
    CHECK(line.find("\"latest_value\":59.525099999999995") != std::string::npos);
    CHECK(line.find("\"rate_ratio\":1e+22") != std::string::npos);
  }
}

TEST_CASE("a JSON string is written as nlohmann-json writes it", "[io][json]") {
  // an escape at every place of strings from short to longer than the row's buffer, each string
  // starting at many offsets of the buffer, so that both the copy-then-check way and the escaping
  // way meet the buffer's end
  const std::string escapes = std::string("\"\\\b\f\n\r\t\x01\x1F", 9);
  for (const std::size_t n : std::initializer_list<std::size_t>{0, 1, 2, 15, 16, 17, 31, 33, 100,
                                                                2047, 2048, 2049, 5000}) {
    // UTF-8 at the front (kept as it is) when there is room for it
    const std::size_t first = n >= 4 ? 3 : 0;
    for (const std::size_t at : {first, std::max(first, n / 2), n > 0 ? n - 1 : 0}) {
      for (const char e : escapes) {
        std::string s(n, 'x');
        if (n >= 4) {
          s.replace(0, 3, "株");
        }
        if (n > 0) {
          s[at] = e;
        }
        for (const std::size_t offset :
             std::initializer_list<std::size_t>{0, 1, 2000, 2030, 2046}) {
          std::string out;
          {
            io::detail::row_buffer line(out);
            line.put(std::string(offset, '.'));
            io::detail::put_json_string(line, s);
            line.flush();
          }
          const std::string want =
              nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
          REQUIRE(out.size() == offset + want.size());
          REQUIRE(std::string_view(out).substr(offset) == want);
        }
      }
    }
  }
}

TEST_CASE("field<C> is the member visit_field gives for C", "[io][record]") {
  const io::assessment_record r = tricky(3);
  io::for_each_data_column([&](auto c) {
    constexpr io::column col = decltype(c)::value;
    const void* by_field = &io::field<col>(r);
    const void* by_visit = io::visit_field(r, col, [](const auto& v) -> const void* { return &v; });
    CHECK(by_field == by_visit);
  });
  int columns = 0;
  io::for_each_data_column([&](auto) { ++columns; });
  CHECK(columns == static_cast<int>(io::data_columns.size()));
}

namespace {
// Each value of an enum put by its quoted table, at offsets where it meets the buffer's end, is
// the text put_json_string writes for it.
template <class E> void check_quoted_texts() {
  for (std::size_t i = 0; i < io::detail::enum_values<E>; ++i) {
    const auto v = static_cast<E>(i);
    for (const std::size_t offset : std::initializer_list<std::size_t>{0, 2000, 2016, 2030, 2047}) {
      std::string by_table;
      std::string by_string;
      {
        io::detail::row_buffer a(by_table);
        io::detail::row_buffer b(by_string);
        a.put(std::string(offset, '.'));
        b.put(std::string(offset, '.'));
        io::detail::put_json_text(a, v);
        io::detail::put_json_string(b, io::text_of(v));
        a.flush();
        b.flush();
      }
      REQUIRE(by_table == by_string);
    }
  }
  // a value outside the enum is still written as its text
  std::string out;
  {
    io::detail::row_buffer line(out);
    io::detail::put_json_text(line, static_cast<E>(io::detail::enum_values<E>));
    line.flush();
  }
  CHECK(out.front() == '"');
  CHECK(out.back() == '"');
}
} // namespace

TEST_CASE("the enums' quoted texts are their JSON strings", "[io][json]") {
  STATIC_REQUIRE(io::detail::enum_values<status> == 16);
  STATIC_REQUIRE(io::detail::enum_values<goal_kind> == 13);
  check_quoted_texts<goal_kind>();
  check_quoted_texts<attribute>();
  check_quoted_texts<status>();
  check_quoted_texts<schedule_label>();
  check_quoted_texts<projection_method>();
  // the texts themselves, a few of them
  std::string out;
  {
    io::detail::row_buffer line(out);
    io::detail::put_json_text(line, schedule_label::as_expected);
    io::detail::put_json_text(line, goal_kind::cumulative_total);
    line.flush();
  }
  CHECK(out == "\"基本符合预期\"\"cumulative_total\"");
}

TEST_CASE("whole numbers are written as std::to_chars writes them", "[io][csv]") {
  const auto check = [](int v) {
    char want[16];
    char got[16];
    const char* const want_end = std::to_chars(want, want + sizeof want, v).ptr;
    const char* const got_end = io::detail::write_whole(got, v);
    REQUIRE(std::string_view(got, static_cast<std::size_t>(got_end - got)) ==
            std::string_view(want, static_cast<std::size_t>(want_end - want)));
  };
  for (int v = -20000; v <= 20000; ++v) {
    check(v);
  }
  for (const int v : {std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), 99999,
                      100000, 2147483, -1}) {
    check(v);
  }
}
