#pragma once
// The reader of SDMX-CSV (1.0 and 2.0) and Open SDG data files, by column name: REF_AREA (or
// GEO) → region, INDICATOR or SERIES → indicator (without either, the DATAFLOW or STRUCTURE_ID
// cell names the series), TIME_PERIOD (Open SDG: Year) → year, OBS_VALUE (Value) → value,
// OBS_STATUS or OBS_FLAG → flags. A header may be written "CODE: label" (SDMX-CSV's labels
// option); the code is what counts, in any case. Other columns (FREQ, UNIT_MEASURE, further
// dimensions) are not read: a file holding several values of another dimension gives duplicate
// rows, which table_builder refuses with both lines, so one slice must be chosen first.
//
// Observation status codes (SDMX code list CL_OBS_STATUS): A normal; P provisional; E estimated,
// read as derived (a figure computed rather than observed); B break in series, read as the
// series_break flag (progress is not measured across it unless the plan says so). An empty
// OBS_VALUE or NaN (SDMX-CSV's missing value) is a gap, whatever its status.

#include <zzplan/io/detail/csv_reader.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/wide_reader.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/series.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

namespace zzplan::io::detail {

/// The code of an SDMX-CSV header cell ("REF_AREA: Reference area" → REF_AREA), upper case.
[[nodiscard]] inline std::string sdmx_code(std::string_view cell) {
  const std::size_t colon = cell.find(':');
  std::string_view code = cell.substr(0, colon);
  while (!code.empty() && code.back() == ' ') {
    code.remove_suffix(1);
  }
  std::string up(code);
  for (char& c : up) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return up;
}

/// Is this the header of an SDMX-CSV or Open SDG file?
[[nodiscard]] inline bool sdmx_header(const csv_fields& f) {
  for (std::size_t k = 0; k < f.size(); ++k) {
    const std::string c = sdmx_code(f[k]);
    if (c == "OBS_VALUE" || c == "TIME_PERIOD" || c == "DATAFLOW" || c == "STRUCTURE" ||
        (c == "SERIES" && k + 1 < f.size())) {
      return true;
    }
  }
  for (std::size_t k = 0; k < f.size(); ++k) { // Open SDG: Year and Value, capitalised
    if (f[k] == "Year") {
      for (std::size_t j = 0; j < f.size(); ++j) {
        if (f[j] == "Value") {
          return true;
        }
      }
    }
  }
  return false;
}

/// The columns of an SDMX-CSV file (-1: absent).
struct sdmx_columns {
  int region = -1, indicator = -1, series_name = -1, year = -1, value = -1, status = -1,
      flag_col = -1;
  std::size_t fields = 0;
};

[[nodiscard]] inline sdmx_columns read_sdmx_header(const csv_fields& f, const std::string& file) {
  sdmx_columns c;
  c.fields = f.size();
  const auto set = [&](int& at, std::size_t k) {
    if (at < 0) {
      at = static_cast<int>(k);
    }
  };
  for (std::size_t k = 0; k < f.size(); ++k) {
    const std::string code = sdmx_code(f[k]);
    if (code == "REF_AREA" || code == "GEO") {
      set(c.region, k);
    } else if (code == "INDICATOR" || code == "SERIES") {
      set(c.indicator, k);
    } else if (code == "DATAFLOW" || code == "STRUCTURE_ID") {
      set(c.series_name, k);
    } else if (code == "TIME_PERIOD" || code == "YEAR") {
      set(c.year, k);
    } else if (code == "OBS_VALUE" || code == "VALUE") {
      set(c.value, k);
    } else if (code == "OBS_STATUS" || code == "OBSERVATION STATUS") {
      set(c.status, k);
    } else if (code == "OBS_FLAG") {
      set(c.flag_col, k);
    }
  }
  const auto missing = [&](const std::string& what) {
    throw input_error(file, 1, 0,
                      "missing column " + what +
                          "; an SDMX-CSV file needs TIME_PERIOD, OBS_VALUE and INDICATOR or "
                          "SERIES (or a DATAFLOW column naming the series)");
  };
  if (c.value < 0) {
    missing("OBS_VALUE");
  }
  if (c.year < 0) {
    missing("TIME_PERIOD");
  }
  if (c.indicator < 0 && c.series_name < 0) {
    missing("INDICATOR (or SERIES)");
  }
  return c;
}

/// The flag of an SDMX observation status (OBS_STATUS upper case, Eurostat's OBS_FLAG lower
/// case); ok is false, with a message, for a code that is not read.
[[nodiscard]] inline flag sdmx_status(std::string_view code, std::string& error) {
  std::string up(code);
  for (char& ch : up) {
    ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  if (up.empty() || up == "A") {
    return flag::none;
  }
  if (up == "P") {
    return flag::provisional;
  }
  if (up == "E") {
    return flag::derived;
  }
  if (up == "B") {
    return flag::series_break;
  }
  error = "status '" + std::string(code) +
          "' is not read; zzplan reads A (normal), P (provisional), E (estimated, read as "
          "derived) and B (break in series)";
  return flag::none;
}

/// Parses an SDMX-CSV or Open SDG file (UTF-8 text without a byte order mark).
[[nodiscard]] inline data_table parse_sdmx_csv(std::string_view text, const std::string& file) {
  require_utf8(text, file);
  table_builder b(file);
  sdmx_columns c;
  csv_fields f;
  bool any_flag = false;
  std::size_t line_no = 0;
  for (std::size_t at = 0; at < text.size();) {
    ++line_no;
    const std::string_view line = next_line(text, at);
    if (f.split(line) == csv_fields::status::not_closed) {
      throw input_error(file, line_no, 0,
                        "a quoted field is not closed; end it with \" on the same line");
    }
    if (line_no == 1) {
      c = read_sdmx_header(f, file);
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      continue;
    }
    if (f.size() != c.fields) {
      throw input_error(file, line_no, 0,
                        std::string(f.size() < c.fields ? "too few" : "too many") + " fields (" +
                            std::to_string(f.size()) + "); every row needs the " +
                            std::to_string(c.fields) + " of the header");
    }
    const auto cell = [&](int k) {
      return k >= 0 ? f[static_cast<std::size_t>(k)] : std::string_view{};
    };
    const auto fail = [&](int k, const std::string& what) {
      throw input_error(file, line_no, column_of(line, cell(k)), what);
    };
    const std::string_view value = cell(c.value);
    if (value.empty() || value == "NaN") {
      continue; // SDMX-CSV's missing observation
    }
    data_row r;
    r.line = static_cast<std::uint32_t>(line_no);
    const std::string_view name = c.indicator >= 0 ? cell(c.indicator) : cell(c.series_name);
    if (name.empty()) {
      fail(c.indicator >= 0 ? c.indicator : c.series_name, empty_indicator_message());
    }
    r.indicator = b.intern(name);
    r.region = b.intern(cell(c.region));
    const std::string_view ys = cell(c.year);
    int y = 0;
    const auto [yp, yec] = std::from_chars(ys.data(), ys.data() + ys.size(), y);
    if (yec != std::errc{} || yp != ys.data() + ys.size() || ys.size() != 4) {
      fail(c.year, "TIME_PERIOD '" + std::string(ys) +
                       "' is not a year such as 2021; zzplan reads annual figures (FREQ A)");
    }
    if (!data_year_in_range(y)) {
      fail(c.year, year_out_of_range_message(ys));
    }
    r.year = static_cast<std::int16_t>(y);
    std::string_view vs = value;
    if (vs.front() == '+') {
      vs.remove_prefix(1);
    }
    const auto [vp, vec] = std::from_chars(vs.data(), vs.data() + vs.size(), r.value);
    if (vec != std::errc{} || vp != vs.data() + vs.size() || !std::isfinite(r.value)) {
      fail(c.value, value_not_finite_message(value));
    }
    for (const int k : {c.status, c.flag_col}) {
      if (k >= 0) {
        std::string error;
        r.flags = r.flags | sdmx_status(cell(k), error);
        if (!error.empty()) {
          fail(k, error);
        }
      }
    }
    any_flag = any_flag || r.flags != flag::none;
    b.add(r);
  }
  if (line_no == 0) {
    throw input_error(file, 0, 0, "the file is empty; it needs a header line");
  }
  b.columns(c.region >= 0, any_flag, false);
  return std::move(b).finish();
}

} // namespace zzplan::io::detail
