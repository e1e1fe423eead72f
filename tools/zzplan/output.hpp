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
#include <streambuf>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#if defined(__linux__)
#include <fcntl.h> // AT_FDCWD
#include <sys/stat.h>
#endif
#if defined(__unix__) || defined(__APPLE__)
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>
#define ZZPLAN_CLI_WRITEV 1
#else
#define ZZPLAN_CLI_WRITEV 0
#endif

namespace zzplan::cli {

#if ZZPLAN_CLI_WRITEV
/// A file written through its descriptor: what is put on a stream over it is buffered (64 KB);
/// write(texts) sends what is buffered, then the texts, in as few writev calls as the system
/// takes. A batch of a panel's chunks then goes to the file in one call without being copied
/// together first (io::detail::writes_batches says why that is faster).
class file_buf : public std::streambuf {
public:
  file_buf() = default;
  file_buf(const file_buf&) = delete;
  file_buf& operator=(const file_buf&) = delete;
  ~file_buf() override { static_cast<void>(close()); }
  /// Opens (creates, or empties) the file; false if it cannot.
  [[nodiscard]] bool open(const std::string& path) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    setp(buf_, buf_ + sizeof buf_);
    return fd_ >= 0;
  }
  /// Writes what is buffered, then each text; false if the system refused any of it.
  [[nodiscard]] bool write(std::span<const std::string_view> texts) {
    std::vector<iovec> iov;
    iov.reserve(texts.size() + 1);
    const auto add = [&iov](const char* p, std::size_t n) {
      if (n > 0) {
        iov.push_back({const_cast<char*>(p), n});
      }
    };
    add(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    for (const std::string_view t : texts) {
      add(t.data(), t.size());
    }
    setp(buf_, buf_ + sizeof buf_);
    return send(iov);
  }
  /// Writes what is buffered and closes the file; false if a write or the close failed.
  [[nodiscard]] bool close() {
    if (fd_ >= 0) {
      ok_ = sync() == 0 && ok_;
      ok_ = ::close(fd_) == 0 && ok_;
      fd_ = -1;
    }
    return ok_;
  }

protected:
  int_type overflow(int_type c) override {
    if (sync() != 0) {
      return traits_type::eof();
    }
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return write({}) ? 0 : -1; }

private:
  bool send(std::vector<iovec>& iov) {
#if defined(IOV_MAX)
    constexpr std::size_t most = IOV_MAX;
#else
    constexpr std::size_t most = 16; // the least POSIX allows
#endif
    for (std::size_t at = 0; at < iov.size() && ok_;) {
      const ssize_t got =
          ::writev(fd_, iov.data() + at, static_cast<int>(std::min(iov.size() - at, most)));
      if (got < 0) {
        ok_ = errno == EINTR;
        continue;
      }
      auto left = static_cast<std::size_t>(got); // whole pieces written, then part of one
      for (; at < iov.size() && left >= iov[at].iov_len; ++at) {
        left -= iov[at].iov_len;
      }
      if (left > 0) {
        iov[at].iov_base = static_cast<char*>(iov[at].iov_base) + left;
        iov[at].iov_len -= left;
      }
    }
    return ok_;
  }
  int fd_ = -1;
  bool ok_ = true;
  char buf_[1 << 16];
};
#endif

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
#if ZZPLAN_CLI_WRITEV
      if (buf_.open(part_)) {
        file_.rdbuf(&buf_);
      }
#else
      file_.open(part_, std::ios::binary | std::ios::trunc);
#endif
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
      close();
      std::error_code ec;
      std::filesystem::remove(part_, ec);
    }
  }
  [[nodiscard]] std::ostream& stream() {
    return path_.empty() ? std::cout : file_;
  }
  /// Writes texts in order, after what was put on stream(): to a file in as few system calls as
  /// it can.
  void write(std::span<const std::string_view> texts) {
#if ZZPLAN_CLI_WRITEV
    if (!path_.empty()) {
      if (!buf_.write(texts)) {
        file_.setstate(std::ios::badbit);
      }
      return;
    }
#endif
    for (const std::string_view t : texts) {
      stream().write(t.data(), static_cast<std::streamsize>(t.size()));
    }
  }
  /// Everything succeeded: the file takes its name.
  void commit() {
    stream().flush();
    if (path_.empty()) {
      return;
    }
    close();
    std::error_code ec;
    replace_file(part_, path_, ec);
    if (!file_ || ec) {
      throw io::input_error(path_, 0, 0,
                            "cannot write the output file; check the directory and permissions");
    }
    done_ = true;
  }

private:
  void close() {
#if ZZPLAN_CLI_WRITEV
    if (!buf_.close()) {
      file_.setstate(std::ios::badbit);
    }
#else
    file_.close();
#endif
  }
  std::string path_, part_;
#if ZZPLAN_CLI_WRITEV
  file_buf buf_;
  std::ostream file_{nullptr}; // over buf_ once it is open
#else
  std::ofstream file_;
#endif
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
  json_stream(output& out, std::string_view plan, year as_of, method m)
      : out_(out), os_(out.stream()) {
    os_ << "{\n  \"plan\": " << dump(std::string(plan))
        << ",\n  \"as_of\": " << static_cast<int>(as_of)
        << ",\n  \"method\": " << dump(std::string(to_string(m))) << ",\n  \"assessments\": [";
  }
  /// Appends one assessment to a batch's text (each after a comma, dropped before the first).
  static void format(std::string& out, const io::assessment_record& r) {
    out.append(",\n    ");
    io::append_json(out, r);
  }
  /// Writes batches of assessments' text, in order.
  void write(std::span<const std::string_view> batches) {
    if (first_) {
      std::vector<std::string_view> texts(batches.begin(), batches.end());
      for (std::string_view& t : texts) {
        if (!t.empty()) {
          t.remove_prefix(1); // the comma before the first assessment
          first_ = false;
          break;
        }
      }
      out_.write(texts);
      return;
    }
    out_.write(batches);
  }
  void finish(const rollup& summary) {
    os_ << (first_ ? "]" : "\n  ]")
        << ",\n  \"summary\": " << indent(dump(io::to_json(summary), 2), 2, false) << "\n}\n";
  }

private:
  output& out_;
  std::ostream& os_;
  bool first_ = true;
};

/// The CSV of `zzplan evaluate --format csv`, written as it is made: its header row, then each
/// batch of rows (io::append_csv_row). The same text as io::to_csv(records).
class csv_stream {
public:
  explicit csv_stream(output& out) : out_(out) {
    std::string head;
    io::append_csv_header(head);
    out_.stream() << head;
  }
  static void format(std::string& out, const io::assessment_record& r) {
    io::append_csv_row(out, r);
  }
  /// Writes batches of rows, in order.
  void write(std::span<const std::string_view> batches) { out_.write(batches); }

private:
  output& out_;
};

} // namespace zzplan::cli
