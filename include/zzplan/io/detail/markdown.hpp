#pragma once
// The tables of text_table.hpp as GitHub-flavoured Markdown: the same grids (table_grid,
// summary_grid), cells escaped (| and \), numbers right-aligned, source columns padded by display
// width so the Markdown reads well as text too.

#include <zzplan/io/detail/text_table.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/utf8.hpp>

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace zzplan::io {

/// A cell's text for a GFM table: | and \ escaped, line breaks as <br>.
[[nodiscard]] inline std::string markdown_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '|' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      out += (i + 1 < s.size() && s[i + 1] == '\n') ? "" : "<br>";
    } else if (c == '\n') {
      out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

/// A grid as a GFM table.
[[nodiscard]] inline std::string render_markdown(const grid& g) {
  const std::size_t n = g.header.size();
  const auto escaped = [n](const std::vector<std::string>& row) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) {
      out.push_back(
          markdown_escape(i < row.size() ? std::string_view(row[i]) : std::string_view()));
    }
    return out;
  };
  std::vector<std::vector<std::string>> cells{escaped(g.header)};
  for (const auto& row : g.rows) {
    cells.push_back(escaped(row));
  }
  std::vector<std::size_t> width(n, 3);
  for (const auto& row : cells) {
    for (std::size_t i = 0; i < n; ++i) {
      width[i] = std::max(width[i], utf8::display_width(row[i]));
    }
  }
  const auto right = [&g](std::size_t i) { return i < g.right.size() && g.right[i]; };
  const auto line = [&](const std::vector<std::string>& row) {
    std::string out = "|";
    for (std::size_t i = 0; i < n; ++i) {
      out.append(" ").append(pad(row[i], width[i], right(i))).append(" |");
    }
    return out + "\n";
  };
  std::string out = line(cells.front());
  out += "|";
  for (std::size_t i = 0; i < n; ++i) {
    out += right(i) ? " " + std::string(width[i] - 1, '-') + ": |"
                    : " :" + std::string(width[i] - 1, '-') + " |";
  }
  out += "\n";
  for (std::size_t k = 1; k < cells.size(); ++k) {
    out += line(cells[k]);
  }
  return out;
}

/// The assessments as a GFM table (with their notes below as a list, by default).
[[nodiscard]] inline std::string render_markdown_table(std::span<const assessment_record> records,
                                                       const table_options& o = {},
                                                       lang l = lang::zh) {
  std::string out = render_markdown(table_grid(records, o, l));
  if (!o.notes_below) {
    return out;
  }
  std::string notes;
  for (const assessment_record& r : records) {
    for (const std::string& note : r.notes) {
      notes += "- [" + markdown_escape(r.id.empty() ? r.indicator : r.id) + "] " +
               markdown_escape(note) + "\n";
    }
  }
  return notes.empty() ? out : out + (l == lang::zh ? "\n**说明**\n\n" : "\n**Notes**\n\n") + notes;
}

/// The roll-up as a GFM table under a bold title naming the method.
[[nodiscard]] inline std::string render_markdown_summary(const rollup& r, lang l = lang::zh) {
  const std::string m(to_string(r.under));
  return (l == lang::zh ? "**汇总（评估方法：" + m + "）**\n\n"
                        : "**Summary (method: " + m + ")**\n\n") +
         render_markdown(summary_grid(r, l));
}

} // namespace zzplan::io
