#pragma once
// Where `zzplan evaluate` writes: stdout, or a file that appears only when everything succeeded
// (written as FILE.zzplan-part, put in FILE's place at the end, removed on failure). JSON and CSV stream a
// batch of regions at a time (a panel of thousands of regions is never held in memory), formatted
// by io::append_json and io::append_csv_row; text and Markdown tables need every row first.

#include <zzplan/calendar.hpp>
#include <zzplan/io/data.hpp> // input_error
#include <zzplan/io/json.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/plan.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <span>
#include <string>
#include <string_view>
#include <system_error>

#if defined(__linux__)
#include <fcntl.h> // AT_FDCWD
#include <sys/stat.h>
#endif

namespace zzplan::cli {

/// Puts the finished file `part` in the place of `path`, in one step for anyone reading `path`.
/// Over an existing regular file, the two names are exchanged and the old file is then removed:
/// renaming over it would make ext4 (auto_da_alloc) start writing the new file to disk inside the
/// call, 40 ms for a 49 MB output, which is most of what a rename-over buys and which the program
/// does not need (the output is made again from its inputs). Elsewhere, a plain rename.
inline void replace_file(const std::string& part, const std::string& path, std::error_code& ec) {
  ec.clear();
#if defined(__linux__) && defined(RENAME_EXCHANGE)
  struct stat old {};
  // only over a regular file: an exchange would also swap a directory into the part's name
  if (::lstat(path.c_str(), &old) == 0 && S_ISREG(old.st_mode) &&
      ::renameat2(AT_FDCWD, part.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) == 0) {
    std::error_code gone;
    std::filesystem::remove(part, gone); // the old file, now under the part's name
    return;
  }
#endif
  std::filesystem::rename(part, path, ec); // no old file, or a file system without exchange
}

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
    replace_file(part_, path_, ec);
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

/// The JSON document of `zzplan evaluate --format json`, written as it is made: its head, each
/// batch of assessments (one object a line, from io::append_json), its summary. The same values
/// as io::json_document(...).
class json_stream {
public:
  json_stream(std::ostream& os, std::string_view plan, year as_of, method m) : os_(os) {
    os_ << "{\n  \"plan\": " << dump(std::string(plan))
        << ",\n  \"as_of\": " << static_cast<int>(as_of)
        << ",\n  \"method\": " << dump(std::string(to_string(m))) << ",\n  \"assessments\": [";
  }
  /// Appends one assessment to a batch's text (each after a comma, dropped before the first).
  static void format(std::string& out, const io::assessment_record& r) {
    out.append(",\n    ");
    io::append_json(out, r);
  }
  void write(std::string_view batch) {
    if (first_ && !batch.empty()) {
      batch.remove_prefix(1); // the comma before the first assessment
      first_ = false;
    }
    os_.write(batch.data(), static_cast<std::streamsize>(batch.size()));
  }
  void finish(const rollup& summary) {
    os_ << (first_ ? "]" : "\n  ]")
        << ",\n  \"summary\": " << indent(dump(io::to_json(summary), 2), 2, false) << "\n}\n";
  }

private:
  std::ostream& os_;
  bool first_ = true;
};

/// The CSV of `zzplan evaluate --format csv`, written as it is made: its header row, then each
/// batch of rows (io::append_csv_row). The same text as io::to_csv(records).
class csv_stream {
public:
  explicit csv_stream(std::ostream& os) : os_(os) {
    std::string head;
    io::append_csv_header(head);
    os_ << head;
  }
  static void format(std::string& out, const io::assessment_record& r) {
    io::append_csv_row(out, r);
  }
  void write(std::string_view batch) {
    os_.write(batch.data(), static_cast<std::streamsize>(batch.size()));
  }

private:
  std::ostream& os_;
};

} // namespace zzplan::cli
