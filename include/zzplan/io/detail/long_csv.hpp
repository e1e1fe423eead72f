#pragma once
// Data files: CSV in long format (UTF-8, optional BOM, LF or CRLF, quoted fields) with the columns
// indicator, year, value and optionally region, flag and span, in any order. Every error names
// the file, the line (and column where it helps) and what to fix; nothing is guessed: a gap is a
// missing row, never "NA" or "nan". A file is read in blocks (memory stays near the size of its
// rows, not of its text), two threads to a block (detail/csv_rows.hpp). No dependency beyond
// the standard library.

#include <zzplan/io/detail/csv_reader.hpp>
#include <zzplan/io/detail/csv_rows.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/uninitialized.hpp>
#include <zzplan/io/error.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>

namespace zzplan::io {

namespace detail {

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

[[nodiscard]] inline bool blank(std::string_view s) noexcept {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

[[noreturn]] inline void empty_data_file(const std::string& file) {
  throw input_error(
      file, 0, 0,
      "the file is empty; it needs a header line: indicator,year,value[,region][,flag][,span]");
}

/// The header line of a data file's text (after its BOM), checked; returns where the rows start.
[[nodiscard]] inline std::size_t read_header_line(std::string_view text, const std::string& file,
                                                  csv_header& h) {
  const std::size_t nl = text.find('\n');
  std::string_view line = text.substr(0, nl);
  if (const std::size_t bad = utf8::invalid_at(line); bad != std::string_view::npos) {
    throw input_error(file, 1, bad + 1, invalid_utf8_message(bad));
  }
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  h = read_csv_header(line, file);
  return nl == std::string_view::npos ? text.size() : nl + 1;
}

/// About how many rows a file of `bytes` holds, from the lines of a sample of it.
[[nodiscard]] inline std::size_t rows_in(std::size_t bytes, std::string_view sample) noexcept {
  const auto lines = static_cast<std::size_t>(std::count(sample.begin(), sample.end(), '\n'));
  if (lines == 0 || sample.empty()) {
    return 0;
  }
  return bytes / (sample.size() / lines) + lines / 16 + 16;
}

} // namespace detail

namespace detail {
/// parse_data_csv with the text cut as `cut` says (one block: the whole text).
[[nodiscard]] inline data_table parse_data_csv_cut(std::string_view text,
                                                   const std::string& file_name, csv_cut cut) {
  if (text.starts_with(utf8_bom)) {
    text.remove_prefix(utf8_bom.size());
  }
  if (blank(text)) {
    empty_data_file(file_name);
  }
  csv_header h;
  const std::size_t body = read_header_line(text, file_name, h);
  csv_rows rows(file_name, h, rows_in(text.size(), text.substr(0, 1U << 16)), cut);
  static_cast<void>(rows.feed(text.substr(body), 2, body));
  return std::move(rows).finish();
}
} // namespace detail

/// Parses the text of a data file; file_name is used in messages.
[[nodiscard]] inline data_table parse_data_csv(std::string_view text,
                                               const std::string& file_name) {
  return detail::parse_data_csv_cut(text, file_name, {});
}

namespace detail {

/// The block size of the streaming read: memory holds rows, not the file's text.
inline constexpr std::size_t data_block = std::size_t{4} << 20;

/// A buffer for the streaming read, with room for a block and the unfinished line before it.
[[nodiscard]] inline text_block data_block_buffer() {
  return text_block(data_block + data_block / 4);
}

/// The first block of a file is half the size of the others: nothing can be parsed until it is
/// read, so a smaller one sets the two parsing threads to work sooner (the next block is read
/// while its lines are parsed).
inline constexpr std::size_t first_data_block = std::size_t{2} << 20;

/// Reads up to `bytes` of f into buf after its first `keep` bytes; buf's size is then keep + the
/// bytes read, which it returns. Nothing is written to buf but what is read.
[[nodiscard]] inline std::size_t read_block(std::FILE* f, const std::string& file, text_block& buf,
                                            std::size_t keep, std::size_t bytes = data_block) {
  buf.resize(keep + bytes);
  const std::size_t got = std::fread(buf.data() + keep, 1, bytes, f);
  if (std::ferror(f)) {
    throw input_error(file, 0, 0, "cannot read the file; check that it is a regular file");
  }
  buf.resize(keep + got);
  return got;
}

/// Reads and parses a long CSV from f, a block of lines at a time, the next block read while the
/// lines of this one are parsed; `buf` holds the file's first bytes when the caller has read them
/// already (to see what the file is), and is empty otherwise. `size` is the file's size (a guess
/// of its number of rows), `file` its name for messages.
[[nodiscard]] inline data_table stream_data_csv(std::FILE* f, const std::string& file,
                                                std::size_t size, text_block buf) {
  bool last = false; // nothing left to read after buf
  if (buf.size() == 0) {
    last = read_block(f, file, buf, 0, first_data_block) < first_data_block;
  }
  text_block next = data_block_buffer(); // the block read while buf's lines are parsed
  std::size_t offset = 0;                // of buf's first byte in the file (without its BOM)
  std::size_t line = 1;                  // the file's line at buf's start
  bool first = true;
  csv_header h;
  std::unique_ptr<csv_rows> rows;
  while (true) {
    std::string_view text = buf.view();
    if (first) {
      first = false;
      if (text.starts_with(utf8_bom)) {
        text.remove_prefix(utf8_bom.size());
      }
      if (last && blank(text)) {
        empty_data_file(file);
      }
      const std::size_t body = read_header_line(text, file, h);
      rows = std::make_unique<csv_rows>(file, h, rows_in(size, text.substr(0, 1U << 16)));
      text.remove_prefix(body);
      offset = body;
      line = 2;
    }
    // whole lines now; the rest starts the next block
    const std::size_t nl = text.rfind('\n');
    const std::size_t end = last ? text.size() : (nl == std::string_view::npos ? 0 : nl + 1);
    const std::string_view lines = text.substr(0, end);
    const std::string_view rest = text.substr(lines.size());
    std::size_t got = 0;
    std::exception_ptr read_failed;
    std::thread reader;
    if (!last) {
      next.resize(rest.size()); // the unfinished line starts the next block
      std::memcpy(next.data(), rest.data(), rest.size());
      reader = std::thread([&] {
        try {
          got = read_block(f, file, next, rest.size());
        } catch (...) {
          read_failed = std::current_exception();
        }
      });
    }
    try {
      if (!lines.empty()) {
        line += rows->feed(lines, line, offset);
        offset += lines.size();
      }
    } catch (...) {
      if (reader.joinable()) {
        reader.join(); // the file's first error is the one reported, not the read's
      }
      throw;
    }
    if (last) {
      break;
    }
    reader.join();
    if (read_failed) {
      std::rethrow_exception(read_failed);
    }
    last = got < data_block;
    std::swap(buf, next);
  }
  return std::move(*rows).finish();
}

using file_handle = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

/// A data file opened for reading, or an input_error that says why not.
[[nodiscard]] inline file_handle open_data_file(const std::filesystem::path& p) {
  if (std::error_code ec; std::filesystem::is_directory(p, ec)) {
    throw input_error(p.string(), 0, 0, "is not a file; give the path of a CSV file");
  }
  file_handle f(std::fopen(p.string().c_str(), "rb"), &std::fclose);
  if (!f) {
    throw input_error(p.string(), 0, 0, "cannot open the file; check the path");
  }
  return f;
}

/// The size of a file in bytes, 0 if it cannot be known (a guess of its rows, no more).
[[nodiscard]] inline std::size_t file_bytes(const std::filesystem::path& p) {
  std::error_code ec;
  const std::uintmax_t n = std::filesystem::file_size(p, ec);
  return ec ? 0 : static_cast<std::size_t>(n);
}
} // namespace detail

/// Reads and parses a data file, a block of lines at a time.
[[nodiscard]] inline data_table read_data_csv(const std::filesystem::path& p) {
  const detail::file_handle f = detail::open_data_file(p);
  return detail::stream_data_csv(f.get(), p.string(), detail::file_bytes(p),
                                 detail::data_block_buffer());
}

} // namespace zzplan::io
