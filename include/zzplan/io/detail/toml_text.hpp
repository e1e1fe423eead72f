#pragma once
// What the plan reader checks in a TOML text before toml++ parses it: text that TOML 1.0 rejects
// anyway, but on which toml++ 3.3 (Debian bookworm) reaches an assertion or an unreachable point
// (undefined behaviour in a release build) instead of reporting a parse error. Both were found by
// fuzz/plan_fuzzer.cpp and are fixed upstream (marzer/tomlplusplus #301 and #295/#305):
//   - a table header whose name does not start with a key character: "[计划]", "[!a]", "[\n";
//   - a non-ASCII character outside strings and comments ("名称 = …", "a ＝ 1", "a = 1 、");
//   - a non-ASCII character right after a line-ending backslash in a """ string (#190), or after
//     a backslash and blanks (toml++ asks whether 'é', '、' or 'ﺿ' is a blank, and its generated
//     table reaches an unreachable point for them);
//   - a '}' where an array expects a value, or a date, a blank and one digit ("2025-12-31 0"):
//     assumptions of its parser that do not hold (UB in a release build).
// Each is an input_error with the line and column, and a message that says what to fix.

#include <zzplan/io/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace zzplan::io::detail {

class toml_text_check {
public:
  toml_text_check(std::string_view text, const std::string& file) : s_(text), file_(file) {}

  void run() {
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == '\n') {
        new_line(i_ + 1);
        if (nest_.empty()) {
          at_ = where::line_start;
        }
        ++i_;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        ++i_;
      } else if (c == '#') { // a comment runs to the end of the line
        while (i_ < s_.size() && s_[i_] != '\n') {
          ++i_;
        }
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        fail_non_ascii(i_);
      } else if (c == '"' || c == '\'') {
        skip_string(c);
        at_ = at_ == where::value ? where::after_value : where::key;
      } else if (at_ == where::value && c != '[' && c != '{') {
        skip_bare_value();
        at_ = where::after_value;
      } else {
        punctuation(c);
        ++i_;
      }
    }
  }

private:
  // Where the text is: what toml++ expects next. A value that does not start with a quote, '['
  // or '{' is bare (a number, a date, true): toml++ reads it up to a blank, ',', ']', '}' or
  // '#', quotes and brackets included, and asks of each character whether it ends the value.
  enum class where : unsigned char { line_start, key, value, after_value };

  void punctuation(char c) {
    if (c == '[' && at_ == where::line_start) { // a table header
      check_header();
      in_header_ = true;
      i_ += s_.substr(i_, 2) == "[[" ? 1U : 0U;
      at_ = where::key;
    } else if (c == ']' && in_header_ && nest_.empty()) {
      in_header_ = false;
      i_ += s_.substr(i_, 2) == "]]" ? 1U : 0U;
      at_ = where::after_value;
    } else if (c == '=') {
      at_ = where::value;
    } else if (c == '[' || c == '{') {
      nest_.push_back(c);
      at_ = c == '[' ? where::value : where::key;
    } else if (c == ']' || c == '}') {
      if (!nest_.empty() && nest_.back() == '[' && c == '}') {
        fail(i_, "'}' inside an array: expected a value, ',' or ']'");
      }
      if (!nest_.empty() && nest_.back() == (c == ']' ? '[' : '{')) {
        nest_.pop_back();
      }
      at_ = where::after_value;
    } else if (c == ',') {
      at_ = !nest_.empty() && nest_.back() == '[' ? where::value : where::key;
    } else if (at_ == where::line_start) {
      at_ = where::key;
    }
  }

  [[nodiscard]] static bool ends_value(char c) noexcept {
    return c == ' ' || c == '\t' || (c >= '\n' && c <= '\r') || c == ']' || c == '}' || c == ',' ||
           c == '#';
  }

  /// A bare value, up to what toml++ takes as its end; it must be ASCII. A date followed by a
  /// blank and a single digit ("2025-12-31 0]") makes toml++ 3.3 assume the digit is no value's
  /// end (parse_value's scan): said here, since TOML has no such time anyway. A value that
  /// toml++ sends to its date and time parsers (a digit first, then ':' or a '-' not after an
  /// exponent's 'e') must be a well-formed date or time: those parsers assume the shape
  /// ("0000-01-03tn:0" fails an assertion).
  void skip_bare_value() {
    const std::size_t begin = i_;
    std::string shape; // the characters toml++ keeps to tell a date: all but '_', up to 11
    skip_bare_run(&shape);
    const auto digit = [&](std::size_t k) { return k < s_.size() && s_[k] >= '0' && s_[k] <= '9'; };
    if (shape.size() == 10 && shape[4] == '-' && shape[7] == '-' && i_ < s_.size() &&
        s_[i_] == ' ' && digit(i_ + 1)) {
      if (i_ + 2 >= s_.size() || ends_value(s_[i_ + 2])) {
        fail(i_ + 1, "a date and a single digit: write a time as HH:MM:SS (2025-12-31 08:00:00) "
                     "or remove the blank");
      }
      ++i_; // toml++ reads on across the blank: a date and its time
      skip_bare_run(nullptr);
    }
    const std::string_view v = s_.substr(begin, i_ - begin);
    if (digit(begin) && looks_like_date_time(v) && !is_date_time(v)) {
      fail(begin, "'" + std::string(v) +
                      "' is neither a number nor a date or time TOML reads (2025-12-31, 08:30:00, "
                      "2025-12-31T08:30:00+08:00); put text in quotes");
    }
  }

  [[nodiscard]] static bool looks_like_date_time(std::string_view v) noexcept {
    for (std::size_t k = 1; k < v.size(); ++k) {
      if (v[k] == ':' || (v[k] == '-' && v[k - 1] != 'e' && v[k - 1] != 'E')) {
        return true;
      }
    }
    return false;
  }

  /// TOML's date and time forms: YYYY-MM-DD, HH:MM[:SS[.F]], a date and a time joined by 'T',
  /// 't' or a blank, with Z, z or ±HH:MM after it.
  [[nodiscard]] static bool is_date_time(std::string_view v) noexcept {
    std::size_t k = 0;
    const auto digits = [&](std::size_t n) {
      for (std::size_t j = 0; j < n; ++j, ++k) {
        if (k >= v.size() || v[k] < '0' || v[k] > '9') {
          return false;
        }
      }
      return true;
    };
    const auto is = [&](char c) { return k < v.size() && v[k] == c ? (++k, true) : false; };
    const auto time = [&] {
      if (!(digits(2) && is(':') && digits(2))) {
        return false;
      }
      if (is(':')) {
        if (!digits(2)) {
          return false;
        }
        if (is('.')) {
          if (!digits(1)) {
            return false;
          }
          while (k < v.size() && v[k] >= '0' && v[k] <= '9') {
            ++k;
          }
        }
      }
      return true;
    };
    if (v.size() > 2 && v[2] == ':') {
      return time() && k == v.size();
    }
    if (!(digits(4) && is('-') && digits(2) && is('-') && digits(2))) {
      return false;
    }
    if (k == v.size()) {
      return true;
    }
    if (!(is('T') || is('t') || is(' ')) || !time()) {
      return false;
    }
    if (is('Z') || is('z')) {
      return k == v.size();
    }
    if (is('+') || is('-')) {
      return digits(2) && is(':') && digits(2) && k == v.size();
    }
    return k == v.size();
  }

  /// Characters up to the end of a bare value; non-ASCII ones are an error.
  void skip_bare_run(std::string* shape) {
    while (i_ < s_.size() && !ends_value(s_[i_])) {
      if (static_cast<unsigned char>(s_[i_]) >= 0x80) {
        fail_non_ascii(i_);
      }
      if (shape != nullptr && s_[i_] != '_' && shape->size() < 11) {
        *shape += s_[i_];
      }
      ++i_;
    }
  }

  [[noreturn]] void fail_non_ascii(std::size_t at) const {
    fail(at, "'" + std::string(s_.substr(at, char_length(at))) +
                 "' outside quotes: only quoted strings and comments may hold non-ASCII "
                 "characters (write = not ＝, 2025 not 2025年, \"名称\" in quotes)");
  }

  [[noreturn]] void fail(std::size_t at, const std::string& what) const {
    std::size_t col = 1;
    for (std::size_t k = line_begin_; k < at && k < s_.size(); ++k) {
      col += (static_cast<unsigned char>(s_[k]) & 0xC0U) != 0x80U ? 1U : 0U;
    }
    throw input_error(file_, line_, col,
                      "TOML syntax error: " + what + "; fix the syntax (see toml.io)");
  }
  void new_line(std::size_t begin) {
    ++line_;
    line_begin_ = begin;
  }
  [[nodiscard]] std::size_t char_length(std::size_t at) const {
    std::size_t n = 1;
    while (at + n < s_.size() && (static_cast<unsigned char>(s_[at + n]) & 0xC0U) == 0x80U) {
      ++n;
    }
    return n;
  }

  /// A table header: "[" or "[[", blanks, then a key character, a quote or "]".
  void check_header() {
    std::size_t j = i_ + 1;
    j += (j < s_.size() && s_[j] == '[') ? 1U : 0U;
    while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t')) {
      ++j;
    }
    const char k = j < s_.size() ? s_[j] : ']';
    const bool ok = (k >= 'A' && k <= 'Z') || (k >= 'a' && k <= 'z') || (k >= '0' && k <= '9') ||
                    k == '_' || k == '-' || k == '"' || k == '\'' || k == ']';
    if (!ok) {
      fail(j, "expected a table name after '[' (such as [plan], [[goal]] or [[milestone]])");
    }
  }

  /// Skips a string (basic or literal, one line or multi-line); an unclosed one-line string ends
  /// at its line's end, where toml++ reports it.
  void skip_string(char quote) {
    const bool multi = s_.substr(i_, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''");
    const std::string_view close = multi ? s_.substr(i_, 3) : s_.substr(i_, 1);
    i_ += close.size();
    while (i_ < s_.size() && s_.substr(i_, close.size()) != close) {
      const char c = s_[i_];
      if (c == '\n') {
        if (!multi) {
          return;
        }
        new_line(i_ + 1);
      } else if (c == '\\' && quote == '"') {
        if (multi && continues_line(i_ + 1)) {
          continue;
        }
        ++i_; // the escaped character
        if (i_ < s_.size() && s_[i_] == '\n') {
          continue;
        }
      }
      ++i_;
    }
    if (multi) { // up to two quotes right before the closing three belong to the string
      std::size_t run = 0;
      while (run < 5 && i_ + run < s_.size() && s_[i_ + run] == quote) {
        ++run;
      }
      i_ += run;
    } else {
      i_ += i_ < s_.size() ? 1U : 0U;
    }
  }

  /// After a backslash at `at` in a """ string: a line-ending backslash? Then skips to the next
  /// text and checks that it is not a non-ASCII character (toml++ #190).
  bool continues_line(std::size_t at) {
    std::size_t j = at;
    while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t' || s_[j] == '\r')) {
      ++j;
    }
    if (j < s_.size() && static_cast<unsigned char>(s_[j]) >= 0x80) {
      // toml++ 3.3 asks whether it is a blank, and reaches an unreachable point for some letters
      fail(j, "a backslash before '" + std::string(s_.substr(j, char_length(j))) +
                  "' in a \"\"\" string: it is no escape; write \\\\ for a backslash");
    }
    if (j >= s_.size() || s_[j] != '\n') {
      return false;
    }
    while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t' || s_[j] == '\r' || s_[j] == '\n')) {
      if (s_[j] == '\n') {
        new_line(j + 1);
      }
      ++j;
    }
    if (j < s_.size() && static_cast<unsigned char>(s_[j]) >= 0x80) {
      fail(j, "a line-ending backslash right before '" + std::string(s_.substr(j, char_length(j))) +
                  "' is not read reliably by the TOML library (toml++ 3.3); join the lines");
    }
    i_ = j;
    return true;
  }

  std::string_view s_;
  const std::string& file_;
  std::size_t i_ = 0;
  std::size_t line_ = 1;
  std::size_t line_begin_ = 0;
  std::string nest_;       // the open arrays '[' and inline tables '{', innermost last
  bool in_header_ = false; // between a table header's '[' and its ']'
  where at_ = where::line_start;
};

/// Checks a TOML text before toml++ parses it (see above). Throws input_error.
inline void check_toml_text(std::string_view text, const std::string& file) {
  toml_text_check(text, file).run();
}

} // namespace zzplan::io::detail
