#pragma once
// A long CSV's rows read block by block (long_csv.hpp streams a file's blocks to it): each large
// block cut into pieces that two threads share, counted, read by read_csv_part into their own
// ranges of the table's rows and mapped to the table's ids in file order, so that the table, and
// the first error named, are the same as with one thread.

#include <zzplan/io/detail/csv_reader.hpp>
#include <zzplan/io/detail/data_table.hpp>
#include <zzplan/io/detail/paired_steps.hpp>
#include <zzplan/io/error.hpp>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace zzplan::io::detail {

/// How csv_rows::feed cuts a block: a block of at least two_threads_from bytes into pieces of about
/// piece_bytes (whole lines), which two threads share where the machine has two cores; a smaller
/// block is one piece. The table and the first error named are the same for any cut (the fuzzer
/// checks it with pieces of a few bytes).
struct csv_cut {
  std::size_t piece_bytes = std::size_t{1} << 18;
  std::size_t two_threads_from = std::size_t{1} << 20; // a thread costs more below
};

/// Reads a data file's text after its header, block by block: feed() whole lines, then finish().
class csv_rows {
public:
  csv_rows(const std::string& file, const csv_header& h, std::size_t expected_rows,
           csv_cut cut = {})
      : file_(file), header_(h), builder_(file), cut_(cut) {
    builder_.columns(h.has(data_column::region), h.has(data_column::flag),
                     h.has(data_column::span));
    builder_.reserve(expected_rows);
  }

  /// Reads whole lines: the first is line first_line, at byte `offset` of the file (without its
  /// byte order mark). Two threads for a large block. Returns the number of lines read.
  std::size_t feed(std::string_view lines, std::size_t first_line, std::size_t offset) {
    // A large block is cut into pieces of whole lines that two threads take as each is free, so
    // that a thread slowed down (by the next block being read meanwhile, or by its lines) leaves
    // more pieces to the other instead of keeping it waiting (with the block cut in two halves,
    // one thread waited for the other about a sixth of the time). Each piece is counted, then read
    // straight into its own range of the table's rows with ids of its own, which then take the
    // table's, piece by piece in file order: the table is the same for any cut.
    const bool in_pieces = lines.size() >= cut_.two_threads_from;
    const bool two = in_pieces && std::thread::hardware_concurrency() > 1;
    std::vector<piece> pieces;
    for (std::size_t at = 0; at < lines.size();) {
      const std::size_t nl =
          in_pieces ? lines.find('\n', at + std::max<std::size_t>(cut_.piece_bytes, 1) - 1)
                    : std::string_view::npos;
      const std::size_t end = nl == std::string_view::npos ? lines.size() : nl + 1;
      pieces.emplace_back().text = lines.substr(at, end - at);
      pieces.back().at = at;
      at = end;
    }
    row_vector& rows = builder_.rows(); // the new rows unwritten: each piece writes its own
    const std::size_t from = rows.size();
    // The three steps, each done by both threads a piece at a time; between them, on one thread,
    // the rows are placed (after counting) and the names interned in order (after reading).
    std::atomic<std::size_t> next[3] = {0, 0, 0};
    // Out of memory stops the steps, and is thrown once both threads are done with them.
    std::exception_ptr failed;
    std::mutex failing;
    std::atomic<bool> stop = false;
    const auto fail = [&] {
      const std::lock_guard<std::mutex> lock(failing);
      if (!failed) {
        failed = std::current_exception();
      }
      stop = true;
    };
    std::size_t usable = 0; // the pieces before the first with an error
    const auto step = [&](int s) noexcept {
      try {
        for (std::size_t k = next[s]++; k < pieces.size() && !stop; k = next[s]++) {
          piece& p = pieces[k];
          if (s == 0) {
            p.rows = count_lines(p.text);
          } else if (s == 1) {
            read_csv_part(p.text, offset + p.at, header_, file_, p.part, rows.data() + p.first_row);
          } else if (k < usable) {
            remap(p);
          }
        }
      } catch (...) {
        fail();
      }
    };
    const auto between = [&](int s) noexcept {
      if (stop) {
        return;
      }
      try {
        if (s == 0) {
          std::size_t row = from;
          for (piece& p : pieces) {
            p.first_row = row;
            row += p.rows;
          }
          rows.resize(row);
        } else {
          usable = intern_names(pieces, first_line);
        }
      } catch (...) {
        fail();
      }
    };
    run_paired_steps<3>(two, step, between);
    if (failed) {
      std::rethrow_exception(failed);
    }
    std::size_t line = first_line;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      const csv_part& p = pieces[k].part;
      if (k >= usable) {       // the first error in the file: its piece's
        if (p.error.empty()) { // every line is a row or an error; an unwritten row would be read
          throw std::logic_error("zzplan (internal): a block's rows and lines differ in number");
        }
        std::string what = p.error;
        if (const std::size_t mark = what.find(" line @ "); mark != std::string::npos) {
          what.replace(mark + 6, 1, std::to_string(line + p.error_line));
        }
        throw input_error(file_, line + p.error_line, p.error_column, what);
      }
      line += p.lines;
    }
    return line - first_line;
  }
  [[nodiscard]] data_table finish() && { return std::move(builder_).finish(); }

private:
  struct piece {
    std::string_view text;
    std::size_t at = 0;        ///< of text in the block
    std::size_t rows = 0;      ///< its lines
    std::size_t first_row = 0; ///< in the table
    csv_part part;
    std::vector<std::uint32_t> ids; ///< the table's id of each of part.names
    std::uint32_t first_line = 0;   ///< the file's line at its start
  };

  /// The table's ids for each piece's names, interned piece by piece in file order, up to the
  /// first piece with an error, whose number it returns (pieces.size() without one).
  std::size_t intern_names(std::vector<piece>& pieces, std::size_t first_line) {
    std::size_t line = first_line;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      piece& p = pieces[k];
      if (!p.part.error.empty() || p.part.lines != p.rows) {
        return k;
      }
      p.ids.resize(p.part.names.size());
      for (std::size_t n = 0; n < p.part.names.size(); ++n) {
        p.ids[n] = builder_.intern(p.part.names[n]);
      }
      p.first_line = static_cast<std::uint32_t>(line);
      line += p.rows;
    }
    return pieces.size();
  }

  /// A piece's rows take the table's ids and the file's line numbers.
  void remap(const piece& p) {
    data_row* r = builder_.rows().data() + p.first_row;
    for (std::size_t i = 0; i < p.rows; ++i) {
      r[i].region = p.ids[r[i].region];
      r[i].indicator = p.ids[r[i].indicator];
      r[i].line += p.first_line;
    }
  }

  const std::string& file_;
  csv_header header_;
  table_builder builder_;
  csv_cut cut_;
};

} // namespace zzplan::io::detail
