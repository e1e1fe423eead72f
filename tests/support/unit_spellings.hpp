#pragma once
// Every spelling of a row of the unit table (its symbols, names and aliases), for the tests that
// read each row back from a phrase and from a plan file.
#include <zzplan/unit_table.hpp>

#include <string_view>
#include <vector>

namespace zzplan::test {

inline std::vector<std::string_view> spellings(const unit_info& row) {
  std::vector<std::string_view> out;
  static_cast<void>(any_spelling(row, [&](std::string_view w) {
    out.push_back(w);
    return false;
  }));
  return out;
}

} // namespace zzplan::test
