#pragma once
// The edit distance behind every "did you mean …?": of an unknown verb to the known ones, of a
// plan file's unknown key or word, of an indicator the data does not have to the names it has.

#include <cstddef>
#include <span>

namespace zzplan::detail {

/// The Levenshtein distance of a and b (an insertion, a deletion or a substitution costs 1), for
/// items compared with ==: bytes, or code points held as string_views. row is scratch of at least
/// b.size() + 1 cells (one row of the table: memory grows with b only).
template <class T>
[[nodiscard]] constexpr std::size_t edit_distance(std::span<const T> a, std::span<const T> b,
                                                  std::span<std::size_t> row) noexcept {
  for (std::size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      const std::size_t skip = (row[j] < row[j - 1] ? row[j] : row[j - 1]) + 1;
      const std::size_t swap = diag + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = swap < skip ? swap : skip;
      diag = up;
    }
  }
  return row[b.size()];
}

} // namespace zzplan::detail
