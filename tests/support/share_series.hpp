#pragma once
// A series of a share written as (year, percent) pairs, for the evaluation tests.
#include <zzplan/series.hpp>
#include <zzplan/units.hpp>

#include <initializer_list>
#include <utility>
#include <vector>

namespace zzplan::test {

inline std::vector<observation<share>> shares(std::initializer_list<std::pair<int, double>> pts) {
  std::vector<observation<share>> s;
  for (const auto& [y, v] : pts) {
    s.push_back({year{y}, share::percent(v)});
  }
  return s;
}

} // namespace zzplan::test
