#pragma once
// A data file in any layout zzplan reads, in UTF-8 or GB18030: the long CSV (detail/long_csv.hpp), a wide
// yearbook table (detail/wide_reader.hpp) or SDMX-CSV / Open SDG (detail/sdmx_reader.hpp). The
// layout is recognised from the header, or given; the encoding too (detail/text_encoding.hpp).
// Every layout fills a data_table through table_builder, so a plan evaluated on the same figures
// gives the same assessments whatever the file looked like. to_long_csv writes a table back as
// the long CSV (`zzplan data convert`), to show how a file was read.

#include <zzplan/format.hpp>
#include <zzplan/io/detail/csv_reader.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/long_csv.hpp>
#include <zzplan/io/detail/sdmx_reader.hpp>
#include <zzplan/io/detail/text_encoding.hpp>
#include <zzplan/io/detail/wide_reader.hpp>
#include <zzplan/io/error.hpp>

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

namespace zzplan::io {

/// The layout of a data file.
enum class data_layout : unsigned char {
  detect,   ///< recognised from the header
  long_csv, ///< indicator,year,value[,region][,flag][,span]
  wide,     ///< a yearbook table: indicators as rows, years as columns
  sdmx      ///< SDMX-CSV 1.0/2.0 or Open SDG, by column name
};

/// How to read a data file: both recognised unless given.
struct data_options {
  data_layout layout = data_layout::detect;
  text_encoding encoding = text_encoding::detect;
};

namespace detail {

/// How many lines may stand above a wide table's header (its title and unit lines).
inline constexpr std::size_t max_title_lines = 20;

/// The layout of a file's UTF-8 text: long when the first line names a long column (so that a
/// misspelt long header gets the long reader's message), SDMX by its column codes, wide when a
/// line near the top heads years, otherwise long.
[[nodiscard]] inline data_layout recognise_layout(std::string_view text) {
  csv_fields f;
  std::size_t seen = 0;
  bool first = true;
  for (std::size_t at = 0; at < text.size() && seen <= max_title_lines;) {
    const std::size_t nl = text.find('\n', at);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (f.split(line) == csv_fields::status::not_closed) {
      return data_layout::long_csv;
    }
    if (first && !has_year_label(f)) {
      first = false;
      for (std::size_t k = 0; k < f.size(); ++k) {
        for (const std::string_view n : data_column_names) {
          if (f[k] == n) {
            return data_layout::long_csv;
          }
        }
      }
      if (sdmx_header(f)) {
        return data_layout::sdmx;
      }
    }
    first = false;
    if (has_year_label(f)) {
      return data_layout::wide;
    }
    ++seen;
  }
  return data_layout::long_csv;
}

} // namespace detail

/// Parses the bytes of a data file; file_name is used in messages.
[[nodiscard]] inline data_table parse_data_file(std::string bytes, const std::string& file_name,
                                                const data_options& o = {}) {
  const std::string text = detail::to_utf8(std::move(bytes), file_name, o.encoding);
  const data_layout l = o.layout == data_layout::detect ? detail::recognise_layout(text) : o.layout;
  if (l == data_layout::wide) {
    return detail::parse_wide_csv(text, file_name);
  }
  if (l == data_layout::sdmx) {
    return detail::parse_sdmx_csv(text, file_name);
  }
  return parse_data_csv(text, file_name);
}

/// Whether a file is an Excel workbook (.xlsx, or the zip signature of one): what reads it is
/// read_data_xlsx (<zzplan/io/xlsx.hpp>, liborcus), not read_data_file.
[[nodiscard]] inline bool is_workbook(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  for (char& ch : ext) {
    ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  if (ext == ".xlsx") {
    return true;
  }
  std::ifstream f(p, std::ios::binary);
  char magic[4] = {};
  return f.read(magic, 4) && std::string_view(magic, 4) == std::string_view("PK\x03\x04", 4);
}

/// Reads a data file in any layout and encoding. A long UTF-8 file larger than memory should
/// hold is streamed a block at a time (read_data_csv); the others are read whole.
[[nodiscard]] inline data_table read_data_file(const std::filesystem::path& p,
                                               const data_options& o = {}) {
  const std::string file = p.string();
  const detail::file_handle f = detail::open_data_file(p);
  constexpr std::size_t sample = detail::first_data_block;
  detail::text_block block = detail::data_block_buffer(); // the first block, if streamed
  static_cast<void>(detail::read_block(f.get(), file, block, 0, sample));
  const bool large = block.size() == sample;
  if (large) { // stream it if it is a long UTF-8 CSV
    std::string_view head = block.view();
    if (head.starts_with(detail::utf8_bom)) {
      head.remove_prefix(detail::utf8_bom.size());
    }
    const data_layout l =
        o.layout == data_layout::detect ? detail::recognise_layout(head) : o.layout;
    if (l == data_layout::long_csv && o.encoding != text_encoding::gb18030 &&
        utf8::invalid_at(head.substr(0, head.rfind('\n') + 1)) == std::string_view::npos) {
      return detail::stream_data_csv(f.get(), file, detail::file_bytes(p), std::move(block));
    }
  }
  std::string bytes(block.view()); // read whole
  if (large) {
    char buf[1 << 16];
    for (std::size_t got; (got = std::fread(buf, 1, sizeof buf, f.get())) > 0;) {
      bytes.append(buf, got);
    }
    if (std::ferror(f.get())) {
      throw input_error(file, 0, 0, "cannot read the file; check that it is a regular file");
    }
  }
  return parse_data_file(std::move(bytes), file, o);
}

/// A table as the long CSV, UTF-8 with LF line ends: region (when the table has regions),
/// indicator, year, value (the shortest text that reads back the same number), flag and span
/// (when it has them); rows in the table's order.
[[nodiscard]] inline std::string to_long_csv(const data_table& t) {
  const auto field = [](std::string& out, std::string_view s) {
    const bool padded = !s.empty() && (s.front() == ' ' || s.front() == '\t' || s.back() == ' ' ||
                                       s.back() == '\t'); // the reader trims what is not quoted
    if (s.find_first_of(",\"\r\n") == std::string_view::npos && !padded) {
      out.append(s);
      return;
    }
    out += '"';
    for (const char c : s) {
      out += c;
      if (c == '"') {
        out += '"';
      }
    }
    out += '"';
  };
  std::string out;
  out.reserve(t.rows.size() * 32 + 64);
  out += t.has_region ? "region,indicator,year,value" : "indicator,year,value";
  out += t.has_flag ? ",flag" : "";
  out += t.has_span ? ",span\n" : "\n";
  for (const data_row& r : t.rows) {
    if (t.has_region) {
      field(out, t.name(r.region));
      out += ',';
    }
    field(out, t.name(r.indicator));
    out += ',';
    out += std::to_string(r.year);
    out += ',';
    out += format_shortest(r.value); // a row's value is finite: the reader refuses the others
    if (t.has_flag) {
      out += ',';
      detail::append_flag_words(out, r.flags);
    }
    if (t.has_span) {
      out += ',';
      out += std::to_string(r.span);
    }
    out += '\n';
  }
  return out;
}

} // namespace zzplan::io
