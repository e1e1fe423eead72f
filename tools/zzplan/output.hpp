#pragma once
// Where `zzplan evaluate` writes: stdout, or a file that appears only when everything succeeded
// (written as FILE.zzplan-part, renamed at the end, removed on failure). JSON and CSV stream one
// record at a time (a panel of thousands of regions is never held in memory), through the
// renderers of io/json.hpp and io/csv.hpp; text and Markdown tables need every row first.

#include <zzplan/calendar.hpp>
#include <zzplan/io/data.hpp> // input_error
#include <zzplan/io/json.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/plan.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <span>
#include <string>
#include <string_view>

namespace zzplan::cli {

class output {
public:
  explicit output(std::string path) : path_(std::move(path)) {
    if (!path_.empty()) {
      part_ = path_ + ".zzplan-part";
      file_.open(part_, std::ios::binary | std::ios::trunc);
      if (!file_) {
        throw io::input_error(path_, 0, 0,
                              "cannot write the output file; check the directory and permissions");
      }
    }
  }
  output(const output&) = delete;
  output& operator=(const output&) = delete;
  ~output() {
    if (!part_.empty() && !done_) {
      file_.close();
      std::error_code ec;
      std::filesystem::remove(part_, ec);
    }
  }
  [[nodiscard]] std::ostream& stream() { return path_.empty() ? std::cout : file_; }
  /// Everything succeeded: the file takes its name.
  void commit() {
    stream().flush();
    if (path_.empty()) {
      return;
    }
    file_.close();
    std::error_code ec;
    std::filesystem::rename(part_, path_, ec);
    if (!file_ || ec) {
      throw io::input_error(path_, 0, 0,
                            "cannot write the output file; check the directory and permissions");
    }
    done_ = true;
  }

private:
  std::string path_, part_;
  std::ofstream file_;
  bool done_ = false;
};

/// Every line of text indented by n spaces, except the first when `first` is false.
[[nodiscard]] inline std::string indent(std::string_view text, std::size_t n, bool first = true) {
  std::string out = first ? std::string(n, ' ') : std::string();
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t from = 0; from < text.size();) {
    const std::size_t nl = std::min(text.find('\n', from), text.size());
    out.append(text.substr(from, nl - from));
    if (nl < text.size()) {
      out += '\n';
      out.append(n, ' ');
    }
    from = nl + 1;
  }
  return out;
}

[[nodiscard]] inline std::string dump(const nlohmann::ordered_json& j, int spaces = -1) {
  return j.dump(spaces, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

/// io::json_document(...).dump(2), written one assessment at a time.
class json_stream {
public:
  json_stream(std::ostream& os, std::string_view plan, year as_of, method m) : os_(os) {
    os_ << "{\n  \"plan\": " << dump(std::string(plan))
        << ",\n  \"as_of\": " << static_cast<int>(as_of)
        << ",\n  \"method\": " << dump(std::string(to_string(m))) << ",\n  \"assessments\": [";
  }
  void add(const io::assessment_record& r) {
    os_ << (first_ ? "\n" : ",\n") << indent(dump(io::to_json(r), 2), 4);
    first_ = false;
  }
  void finish(const rollup& summary) {
    os_ << (first_ ? "]" : "\n  ]")
        << ",\n  \"summary\": " << indent(dump(io::to_json(summary), 2), 2, false) << "\n}\n";
  }

private:
  std::ostream& os_;
  bool first_ = true;
};

/// io::to_csv(records), written one record at a time (its header, then each row of its cells).
class csv_stream {
public:
  explicit csv_stream(std::ostream& os) : os_(os) { os_ << io::to_csv({}); }
  void add(const io::assessment_record& r) {
    row_.clear();
    io::append_csv_row(row_, r);
    os_ << row_;
  }

private:
  std::ostream& os_;
  std::string row_;
};

} // namespace zzplan::cli
