// format_plan_file, the streaming run behind `zzplan evaluate --format csv|json`, and the
// ordered_chunks under it: the same text whatever the number of threads, in region order, written
// on the calling thread, and a failure (of a write or of a chunk) reaches the caller with nothing
// written after it.
#include "support/catch.hpp"

#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/ordered_chunks.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using namespace zzplan;

constexpr std::string_view plan_text = R"(
[plan]
name = "threads"
base_year = 2020
deadline = 2025

[[goal]]
id = "urban"
indicator = "常住人口城镇化率"
target = "常住人口城镇化率：提高到70%"
unit = "%"
attribute = "expected"

[[goal]]
id = "urban_floor"
indicator = "常住人口城镇化率"
target = "常住人口城镇化率：不低于60%"
unit = "%"
attribute = "binding"
)";

// 301 regions: in chunks of 32, ten chunks and a short last one
io::data_table panel() {
  io::table_builder b("panel.csv");
  b.columns(true, false, false);
  for (int r = 0; r < 301; ++r) {
    char name[16];
    std::snprintf(name, sizeof name, "R%03d", r);
    for (int y = 2020; y <= 2020 + r % 5; ++y) { // some regions have only the base year
      io::data_row row;
      row.region = b.intern(name);
      row.indicator = b.intern("常住人口城镇化率");
      row.year = static_cast<std::int16_t>(y);
      row.value = 55.0 + r % 17 + (y - 2020) * (0.4 + r % 7 / 10.0);
      b.add(row);
    }
  }
  return std::move(b).finish();
}

void csv_row(std::string& out, const io::assessment_record& r) {
  io::append_csv_row(out, r);
}

struct run_text {
  std::string text;
  int writes = 0;
};

io::run_options as_of_2024() {
  io::run_options o;
  o.as_of = year{2024};
  return o;
}

run_text run(const io::plan_spec& p, const io::data_table& d, unsigned threads) {
  const io::run_options o = as_of_2024();
  run_text out;
  std::atomic<int> inside{0};
  const std::thread::id caller = std::this_thread::get_id();
  const rollup summary = io::format_plan_file(
      p, d, o, &csv_row,
      [&](std::string_view t) {
        REQUIRE(inside.fetch_add(1) == 0); // never two writes at once
        REQUIRE(std::this_thread::get_id() == caller);
        out.text += t;
        ++out.writes;
        inside.fetch_sub(1);
      },
      lang::en, threads);
  CHECK(summary.all.goals == 602); // 301 regions, two goals each
  CHECK(summary.binding.goals == 301);
  return out;
}

} // namespace

TEST_CASE("format_plan_file writes the same text with 1, 2, 3 and 8 threads",
          "[io][run][threads]") {
  const io::plan_spec p = io::parse_plan_toml(plan_text, "threads.toml");
  const io::data_table d = panel();
  const run_text one = run(p, d, 1);
  CHECK(one.writes == 10); // 301 regions in chunks of 32
  // in region order: R000's two rows first, R300's last
  CHECK(one.text.find("urban,R000,") == 0);
  CHECK(one.text.rfind("urban_floor,R300,") != std::string::npos);
  CHECK(one.text.rfind("urban_floor,R300,") > one.text.rfind("urban,R300,"));
  for (const unsigned threads : {2U, 3U, 8U}) {
    CAPTURE(threads);
    CHECK(run(p, d, threads).text == one.text);
  }
}

TEST_CASE("format_plan_file writes batches of chunks, the same text, when the writer takes them",
          "[io][run][threads]") {
  const io::plan_spec p = io::parse_plan_toml(plan_text, "threads.toml");
  const io::data_table d = panel();
  const std::string want = run(p, d, 1).text;
  for (const unsigned threads : {1U, 2U, 3U}) {
    CAPTURE(threads);
    std::string text;
    std::size_t calls = 0, texts = 0, largest = 0;
    const std::thread::id caller = std::this_thread::get_id();
    static_cast<void>(io::format_plan_file(
        p, d, as_of_2024(), &csv_row,
        [&](std::span<const std::string_view> batch) {
          REQUIRE(std::this_thread::get_id() == caller);
          REQUIRE(!batch.empty());
          for (const std::string_view t : batch) {
            text += t;
          }
          ++calls;
          texts += batch.size();
          largest = std::max(largest, batch.size());
        },
        lang::en, threads));
    CHECK(text == want);
    CHECK(texts == 10); // the ten chunks, each once, in order
    CHECK(largest <= 2 * threads);
    if (threads == 1) {
      CHECK(calls == 5); // one thread fills two texts, then writes them
    }
  }
}

TEST_CASE("format_plan_file passes on a failed write and writes nothing after it",
          "[io][run][threads]") {
  const io::plan_spec p = io::parse_plan_toml(plan_text, "threads.toml");
  const io::data_table d = panel();
  const io::run_options o = as_of_2024();
  for (const unsigned threads : {1U, 2U}) {
    CAPTURE(threads);
    int writes = 0;
    const auto failing = [&](std::string_view) {
      if (++writes == 2) {
        throw std::runtime_error("disk full");
      }
    };
    CHECK_THROWS_WITH(
        static_cast<void>(io::format_plan_file(p, d, o, &csv_row, failing, lang::en, threads)),
        "disk full");
    CHECK(writes == 2); // nothing written after the failure
  }
}

TEST_CASE("format_plan_file stops at a region that fails, whatever the number of threads",
          "[io][run][threads]") {
  const io::plan_spec p = io::parse_plan_toml(plan_text, "threads.toml");
  const io::data_table d = panel();
  const io::run_options o = as_of_2024();
  std::string expected;
  for (const unsigned threads : {1U, 2U, 3U}) {
    CAPTURE(threads);
    std::string text;
    const auto failing_row = [](std::string& out, const io::assessment_record& r) {
      if (r.region == "R100") { // in the fourth chunk (regions 96-127)
        throw std::runtime_error("R100");
      }
      io::append_csv_row(out, r);
    };
    CHECK_THROWS_WITH(
        static_cast<void>(io::format_plan_file(
            p, d, o, failing_row, [&](std::string_view t) { text += t; }, lang::en, threads)),
        "R100");
    CHECK(text.find("urban,R095,") != std::string::npos); // the three chunks before it
    CHECK(text.find(",R096,") == std::string::npos);      // nothing from its own
    if (threads == 1) {
      expected = text;
    }
    CHECK(text == expected);
  }
}

TEST_CASE("ordered_chunks writes in chunk order and reports the first failing chunk",
          "[io][run][threads]") {
  struct worker {
    int made = 0;
  };
  for (const std::size_t threads : {1U, 2U, 3U, 8U}) {
    CAPTURE(threads);
    std::vector<worker> workers(threads);
    std::string text;
    io::detail::ordered_chunks(
        workers, 100, 64,
        [](worker& w, std::size_t c, std::string& out) {
          ++w.made;
          out += std::to_string(c) + ";";
        },
        [&](std::string_view t) { text += t; });
    std::string want;
    for (int c = 0; c < 100; ++c) {
      want += std::to_string(c) + ";";
    }
    CHECK(text == want);
    int made = 0;
    for (const worker& w : workers) {
      made += w.made;
    }
    CHECK(made == 100);

    // chunks 37 and 60 fail: 37's error, whichever thread hits which first; 0-36 written
    const auto failing = [](worker&, std::size_t c, std::string& out) {
      if (c == 37 || c == 60) {
        throw std::runtime_error("chunk " + std::to_string(c));
      }
      out += std::to_string(c) + ";";
    };
    text.clear();
    CHECK_THROWS_WITH(io::detail::ordered_chunks(workers, 100, 64, failing,
                                                 [&](std::string_view t) { text += t; }),
                      "chunk 37");
    CHECK(text == want.substr(0, want.find("37;")));

    // the same with batches: in order, none larger than 2 × threads, the first failure's
    std::size_t largest = 0;
    text.clear();
    const auto batches = [&](std::span<const std::string_view> b) {
      largest = std::max(largest, b.size());
      for (const std::string_view t : b) {
        text += t;
      }
    };
    io::detail::ordered_chunks(
        workers, 100, 64,
        [](worker&, std::size_t c, std::string& out) { out += std::to_string(c) + ";"; }, batches);
    CHECK(text == want);
    CHECK(largest >= 1);
    CHECK(largest <= 2 * threads);
    text.clear();
    CHECK_THROWS_WITH(io::detail::ordered_chunks(workers, 100, 64, failing, batches), "chunk 37");
    CHECK(text == want.substr(0, want.find("37;")));
  }
}

TEST_CASE("format_plan_file fills the text tables' fields only when they are read", "[io][run]") {
  const io::plan_spec p = io::parse_plan_toml(plan_text, "threads.toml");
  const io::data_table d = panel();
  const io::run_options o = as_of_2024();
  struct seen {
    std::string csv;
    int rows = 0, worded = 0, over_text = 0;
  };
  const auto run_with = [&](io::record_fields fields) {
    seen s;
    const std::function<void(std::string&, const io::assessment_record&)> format =
        [&s](std::string& out, const io::assessment_record& r) { // one thread: no race on s
          io::append_csv_row(out, r);
          ++s.rows;
          s.worded += r.wording.empty() ? 0 : 1;
          s.over_text += r.over_completion_text.empty() ? 0 : 1;
        };
    static_cast<void>(io::format_plan_file(
        p, d, o, format, [&s](std::string_view t) { s.csv += t; }, lang::en, 1, fields));
    return s;
  };
  const seen all = run_with(io::record_fields::all);
  const seen data = run_with(io::record_fields::data_only);
  CHECK(all.rows == 602);
  CHECK(all.worded == 602);
  CHECK(all.over_text > 0);
  CHECK(data.rows == 602);
  CHECK(data.worded == 0);
  CHECK(data.over_text == 0);
  CHECK(data.csv == all.csv); // the data columns the same either way
}

TEST_CASE("regions_of gives every region once, in the table's order, however many rows it has",
          "[io][run]") {
  const io::plan_spec p = io::parse_plan_toml(plan_text, "threads.toml");
  // regions of 1 to 700 rows (around each power of two), names not in the order they come
  std::vector<std::size_t> sizes;
  for (std::size_t s = 1; s <= 700; s = s < 20 ? s + 1 : s * 3 / 2) {
    sizes.push_back(s);
  }
  for (const std::size_t p2 : {16U, 64U, 128U, 256U, 512U}) {
    sizes.insert(sizes.end(), {p2 - 1, p2, p2 + 1});
  }
  io::table_builder b("sizes.csv");
  b.columns(true, false, false);
  for (std::size_t r = 0; r < sizes.size(); ++r) {
    const std::string name = "Q" + std::to_string(1000 + (r * 37) % sizes.size());
    for (std::size_t k = 0; k < sizes[r]; ++k) {
      io::data_row row;
      row.region = b.intern(name);
      row.indicator = b.intern(k % 2 == 0 ? "常住人口城镇化率" : "other");
      row.year = static_cast<std::int16_t>(1500 + k / 2);
      row.value = 1.0;
      b.add(row);
    }
  }
  const io::data_table d = std::move(b).finish();
  std::vector<std::string> want; // a test of every row: where the region changes
  for (std::size_t i = 0; i < d.rows.size(); ++i) {
    if (i == 0 || d.rows[i].region != d.rows[i - 1].region) {
      want.emplace_back(d.name(d.rows[i].region));
    }
  }
  REQUIRE(want.size() == sizes.size());
  const std::vector<io::region_name> got = io::regions_of(p, d, std::nullopt);
  REQUIRE(got.size() == want.size());
  for (std::size_t k = 0; k < want.size(); ++k) {
    REQUIRE(got[k].first == want[k]);
    REQUIRE(got[k].second == want[k]);
  }
  const io::series_index index(d); // the same from the index's runs
  REQUIRE(index.in_row_order());
  CHECK(io::regions_of(p, d, index, std::nullopt) == got);
  for (const std::string& one : {want.front(), want[want.size() / 2], want.back()}) {
    const std::vector<io::region_name> only = io::regions_of(p, d, one);
    REQUIRE(only.size() == 1);
    REQUIRE(only[0].first == one);
    CHECK(io::regions_of(p, d, index, one) == only);
  }
  try {
    static_cast<void>(io::regions_of(p, d, index, std::string("nowhere")));
    FAIL("a region not in the data was taken");
  } catch (const io::input_error& e) {
    CHECK(std::string(e.what()).find("'nowhere' is not in the data's region column") !=
          std::string::npos);
  }
}

namespace {

// 7 regions × 2 indicators × 5,000 years = 70,000 rows (checked in two halves), in order, with
// the row at each of `repeats` made a copy of the one before it (its line aside).
std::vector<io::data_row> ordered_rows(io::table_builder& b, std::vector<std::size_t> repeats) {
  std::vector<io::data_row> rows;
  for (int r = 0; r < 7; ++r) {
    const std::string region = "R" + std::to_string(r);
    for (const char* ind : {"a", "b"}) {
      for (int y = 0; y < 5000; ++y) {
        io::data_row row;
        row.region = b.intern(region);
        row.indicator = b.intern(ind);
        row.year = static_cast<std::int16_t>(2000 + y);
        row.value = y;
        rows.push_back(row);
      }
    }
  }
  for (const std::size_t k : repeats) {
    const std::uint32_t line = rows[k].line;
    rows[k] = rows[k - 1];
    rows[k].line = line;
  }
  for (std::size_t k = 0; k < rows.size(); ++k) {
    rows[k].line = static_cast<std::uint32_t>(k + 2);
  }
  return rows;
}

std::string finish_error(std::vector<std::size_t> repeats, bool reversed) {
  io::table_builder b("big.csv");
  b.columns(true, false, false);
  std::vector<io::data_row> rows = ordered_rows(b, std::move(repeats));
  if (reversed) { // out of order: the table is sorted, then checked
    std::reverse(rows.begin(), rows.end());
  }
  for (const io::data_row& r : rows) {
    b.add(r);
  }
  try {
    const io::data_table t = std::move(b).finish();
    return "last year " + std::to_string(t.last_year);
  } catch (const io::input_error& e) {
    return e.what();
  }
}

} // namespace

TEST_CASE("table_builder::finish checks a large table in two halves as it would in one",
          "[io][run]") {
  CHECK(finish_error({}, false) == "last year 6999");
  CHECK(finish_error({}, true) == "last year 6999");
  const std::size_t mid = 35000;
  // the first repeated row in the table's order is named, whichever half holds it
  for (const std::vector<std::size_t>& repeats :
       std::vector<std::vector<std::size_t>>{{1},
                                             {mid - 1},
                                             {mid},
                                             {mid + 1},
                                             {69999},
                                             {mid + 7, 12},
                                             {12, mid + 7},
                                             {mid, mid + 1}}) {
    const std::size_t k = *std::min_element(repeats.begin(), repeats.end());
    const std::string year = std::to_string(2000 + (k - 1) % 5000);
    const std::string line = std::to_string(k + 1); // the row before it: line k + 1
    for (const bool reversed : {false, true}) {
      INFO("repeat at " << k << (reversed ? ", rows reversed" : ""));
      const std::string e = finish_error(repeats, reversed);
      CHECK(e.find(", " + year + ") also on line " + line + "; keep one") != std::string::npos);
    }
  }
}
