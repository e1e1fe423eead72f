#pragma once
// A bad input file, reported as the user must fix it: the file, the position in it and what to
// write instead. Every reader of zzplan::io throws input_error; the zzplan command prints its
// what() and exits with 2. No dependency beyond the standard library.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace zzplan::io {

/// A place in a text file: line and column from 1 (0 when not known). Columns count characters
/// (code points), not bytes.
struct file_position {
  std::size_t line = 0;
  std::size_t column = 0;
};

/// A bad input file: where (file, line, column: 0 when not known) and what to fix.
class input_error : public std::runtime_error {
public:
  input_error(std::string file, std::size_t line, std::size_t column, const std::string& what)
      : std::runtime_error(where(file, line, column) + what),
        file_(std::move(file)), at_{line, column} {}
  input_error(std::string file, file_position at, const std::string& what)
      : input_error(std::move(file), at.line, at.column, what) {}
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] std::size_t line() const noexcept { return at_.line; }
  [[nodiscard]] std::size_t column() const noexcept { return at_.column; }
  [[nodiscard]] file_position position() const noexcept { return at_; }

private:
  static std::string where(const std::string& f, std::size_t l, std::size_t c) {
    std::string s = f;
    if (l) {
      s += ":";
      s += std::to_string(l);
    }
    if (c) {
      s += ":";
      s += std::to_string(c);
    }
    s += ": ";
    return s;
  }
  std::string file_;
  file_position at_;
};

} // namespace zzplan::io
