#pragma once
// What every data reader promises of a table that reads: years 1900-2200, finite values, spans
// 1-50, ids within the names, rows sorted by (region name, indicator id, year, span) without
// duplicates, every name found again by find(). A fuzzer aborts when a table breaks it.
#include <zzplan/io/detail/data_table.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <tuple>

inline void check_table_invariants(const zzplan::io::data_table& t) {
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const zzplan::io::data_row& r = t.rows[i];
    if (r.year < 1900 || r.year > 2200 || !std::isfinite(r.value) || r.span < 1 || r.span > 50 ||
        r.region >= t.names.size() || r.indicator >= t.names.size()) {
      std::abort();
    }
    if (i > 0) {
      const zzplan::io::data_row& q = t.rows[i - 1];
      const auto key = [&](const zzplan::io::data_row& x) {
        return std::tuple(t.rank[x.region], x.indicator, x.year, x.span);
      };
      if (!(key(q) < key(r))) {
        std::abort();
      }
    }
  }
  for (std::uint32_t k = 0; k < t.names.size(); ++k) {
    if (t.find(t.names[k]) != static_cast<long>(k)) {
      std::abort();
    }
  }
}
