#pragma once
// The cells of a main-indicator table as `zzplan draft` reads them (io/draft.hpp): CSV or TSV
// lines split into cells, the unit in a name's last bracket, row numbers, and a value cell's
// number with what is written around it ([X] and 〔X〕 over the period, > and <, 左右, * for a
// figure of another year).

#include <zzplan/format.hpp>
#include <zzplan/phrase.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zzplan::io {

namespace detail {

namespace words = zzplan::detail::phrase; // the phrase parser's lexer: trim, numbers

/// The cells of one line of CSV (quotes allowed) or TSV.
[[nodiscard]] inline std::vector<std::string> split_cells(std::string_view line, char sep) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == sep) {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  for (std::string& cell : out) {
    cell = std::string(words::trim(cell));
  }
  return out;
}

/// A cell that says nothing: empty, —, -, －.
[[nodiscard]] inline bool blank_cell(std::string_view c) {
  return c.empty() || c == "—" || c == "-" || c == "－" || c == "——" || c == "/";
}

/// "常住人口城镇化率（%）" → name 常住人口城镇化率, unit %: the last bracket is the unit.
inline void split_unit(std::string_view cell, std::string& name, std::string& unit) {
  std::string_view s = cell;
  name = std::string(s);
  unit.clear();
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"},
                                    std::pair<std::string_view, std::string_view>{"(", ")"}}) {
    if (s.ends_with(close)) {
      const std::size_t at = s.rfind(open);
      if (at != std::string_view::npos) {
        unit = std::string(
            words::trim(s.substr(at + open.size(), s.size() - close.size() - at - open.size())));
        name = std::string(words::trim(s.substr(0, at)));
        return;
      }
    }
  }
}

/// A row number in front of a name (1. 2、 ①) is not part of it.
[[nodiscard]] inline std::string without_number(std::string s) {
  std::size_t i = 0;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == ' ')) {
    ++i;
  }
  if (i > 0 && i < s.size()) {
    s.erase(0, i);
    if (s.starts_with("、")) {
      s.erase(0, 3);
    }
  }
  constexpr std::string_view circled[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"};
  for (const std::string_view c : circled) {
    if (s.starts_with(c)) {
      s.erase(0, c.size());
    }
  }
  return s;
}

/// A table's value cell read: its number, and what is written around it.
struct draft_cell {
  std::optional<double> number;
  bool more = false;       ///< >X
  bool less = false;       ///< <X
  bool about = false;      ///< X左右
  bool bracketed = false;  ///< [X], 〔X〕: over the whole period
  bool other_year = false; ///< X*: a figure of another year
  std::string text;        ///< a cell in words (与GDP增长基本同步)
  std::string rest; ///< what follows a 、 (力争投入强度高于“十三五”时期实际)
};

[[nodiscard]] inline draft_cell read_draft_cell(std::string_view c) {
  draft_cell out;
  for (const std::string_view sep : {std::string_view("、"), std::string_view("，"),
                                     std::string_view(";"), std::string_view("；")}) {
    const std::size_t at = c.find(sep);
    if (at != std::string_view::npos) {
      out.rest = std::string(words::trim(c.substr(at + sep.size())));
      c = words::trim(c.substr(0, at));
      break;
    }
  }
  std::string_view s = c;
  const auto strip = [&](std::string_view a, std::string_view b) {
    if (s.starts_with(a) && s.ends_with(b) && s.size() >= a.size() + b.size()) {
      s = words::trim(s.substr(a.size(), s.size() - a.size() - b.size()));
      return true;
    }
    return false;
  };
  out.bracketed = strip("〔", "〕") || strip("[", "]") || strip("【", "】") || strip("［", "］");
  if (s.starts_with(">") || s.starts_with("＞")) {
    out.more = true;
    s.remove_prefix(s.starts_with(">") ? 1 : 3);
  } else if (s.starts_with("<") || s.starts_with("＜")) {
    out.less = true;
    s.remove_prefix(s.starts_with("<") ? 1 : 3);
  }
  if (s.ends_with("*") || s.ends_with("＊")) {
    out.other_year = true;
    s.remove_suffix(s.ends_with("*") ? 1 : 3);
  }
  if (s.ends_with("左右")) {
    out.about = true;
    s.remove_suffix(std::string_view("左右").size());
  }
  s = words::trim(s);
  words::lexer lx{s, 0};
  words::decimal d{};
  if (lx.number(d) == words::number_status::ok && lx.at_end()) {
    out.number = words::decimal_value(d);
  } else if (!blank_cell(c)) {
    out.text = std::string(c);
  }
  return out;
}

[[nodiscard]] inline std::string number_text(double v) {
  return format_number(v, 6);
}

[[nodiscard]] inline std::string toml_quoted(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "\"";
}

} // namespace detail

} // namespace zzplan::io
