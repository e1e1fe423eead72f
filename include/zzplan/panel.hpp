#pragma once
// Panels: one goal evaluated for many regions (docs/method.md §5). The input is any forward range of
// rows (region, observation) grouped by region, for instance the rows of a data file filtered to
// one indicator; the output is a lazy range-v3 view of (region, assessment), one per region, that
// reads the rows where they are: no copy of the data is made.

#include <zzplan/evaluate.hpp>

#include <range/v3/view/chunk_by.hpp>
#include <range/v3/view/transform.hpp>

#include <string_view>
#include <utility>

namespace zzplan {

/// One row of a panel: a region and one observation of the indicator.
template <class V> struct panel_row {
  std::string_view region;
  V obs; ///< observation<Q> or change_observation
};

/// The assessment of one region.
template <class A> struct regional_assessment {
  std::string_view region;
  A result;
};

/// Evaluates g for each region of rows (rows of one region must be adjacent); lazily.
template <class Goal, class Rows>
[[nodiscard]] auto evaluate_panel(const Goal& g, Rows&& rows, year as_of, options opt = {}) {
  return std::forward<Rows>(rows) | ranges::views::chunk_by([](const auto& a, const auto& b) {
           // rows of one region usually view one string: compare addresses before contents
           return (a.region.data() == b.region.data() && a.region.size() == b.region.size()) ||
                  a.region == b.region;
         }) |
         // the goal is kept by value: the view is lazy and may outlive a temporary goal
         ranges::views::transform([g, as_of, opt](auto&& region_rows) {
           auto series = region_rows | ranges::views::transform(
                                           [](const auto& r) -> const auto& { return r.obs; });
           using result = decltype(evaluate(g, series, as_of, opt));
           // the assessment is built in place (a prvalue member: no copy of its ~700 bytes)
           return regional_assessment<result>{(*ranges::begin(region_rows)).region,
                                              evaluate(g, series, as_of, opt)};
         });
}

} // namespace zzplan
