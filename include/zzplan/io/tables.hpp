#pragma once
// Assessment records as tables: plain text aligned by display width (render_table,
// render_summary), Markdown (render_markdown_table, render_markdown_summary) and CSV (to_csv,
// append_csv_row). No dependency beyond the standard library.

#include <zzplan/io/detail/csv.hpp>
#include <zzplan/io/detail/markdown.hpp>
#include <zzplan/io/detail/text_table.hpp>
#include <zzplan/io/record.hpp>
