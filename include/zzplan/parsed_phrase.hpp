#pragma once
// What parse_phrase returns (<zzplan/phrase.hpp>): a parsed_phrase, or a phrase_error that says
// where the phrase stopped making sense and what was expected there.

#include <zzplan/goal.hpp>
#include <zzplan/target.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/utf8.hpp>

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace zzplan {

/// Text in a fixed buffer (a message composed in a constant expression, no allocation).
template <std::size_t Capacity> struct fixed_text {
  char data[Capacity]{};
  std::size_t size = 0;

  /// Appends as much as fits, never cutting a UTF-8 sequence in two; keeps a terminating NUL.
  constexpr void append(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
      const std::size_t n = utf8::step(s[i]);
      if (size + n >= Capacity || i + n > s.size()) {
        return;
      }
      for (std::size_t k = 0; k < n; ++k) {
        data[size++] = s[i + k];
      }
      i += n;
    }
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, size}; }
  friend constexpr bool operator==(const fixed_text& a, const fixed_text& b) noexcept {
    return a.view() == b.view();
  }
};

/// What the numbers of a phrase measure: a level, a change from the base year, or a change a year
/// (年均增长X%, and 每年提高X个百分点: a yearly pace).
enum class phrase_measure : unsigned char { level, change, annual_change };

/// A parsed target phrase. Numbers are as written, in `unit`; a decrease is negative.
struct parsed_phrase {
  goal_kind kind = goal_kind::level;
  /// at_least for step, multiple, increment, range and band (no comparator of their own).
  comparison cmp = comparison::at_least;
  modality mode = modality::firm; ///< 力争/争取: aspirational; 确保 or nothing: firm
  phrase_measure measure = phrase_measure::level;
  /// The target figure: the level, the rate (−15 for 下降15%), the floor of an increment, the low
  /// end of a range, the centre of a band, the level B of a step, the factor of 翻N番, the total
  /// of a cumulative total (累计X), the points a year of a yearly pace (每年提高X个百分点).
  double value = 0.0;
  /// The other figure, when written: a range's high end, an increment's stretch, a step's start A,
  /// a level's stated start (从8.7万元提高到12万元).
  std::optional<double> second{};
  unit_id unit = unit_id::none;
  double factor = 1.0; ///< 翻N番: 2^N
  bool decrease = false; ///< the wording says lower: 下降, 降低, 减少, 降至, 降低到, 缩小到
  bool increase = false;   ///< the wording says higher: 提高, 增长, 增加, 提高到, 突破
  bool every_year = false; ///< 保持在, 稳定在: the level must hold in every year of the period
  std::optional<price_basis> basis{}; ///< 实际增长 (real) or 名义增长 (nominal), when written
  bool band = false;                  ///< 左右
  std::optional<double> tolerance{}; ///< a band's tolerance when written, a fraction of |value|
  relative_target::relation relation = relative_target::relation::in_step;
  std::string_view reference{}; ///< 与<reference>基本同步, 高于<reference>
  std::string_view name{};      ///< the indicator's name before the wording or the colon
  friend constexpr bool operator==(const parsed_phrase&, const parsed_phrase&) = default;
};

/// Where a phrase stopped making sense (a byte offset) and what was expected there.
struct phrase_error {
  std::size_t offset = 0;
  fixed_text<320> text{};
  [[nodiscard]] constexpr std::string_view message() const noexcept { return text.view(); }
  friend constexpr bool operator==(const phrase_error&, const phrase_error&) = default;
};

/// Thrown by parse_result::value() on an error (at run time; in a constant expression the throw
/// is itself the diagnostic).
class bad_phrase : public std::invalid_argument {
public:
  explicit bad_phrase(const phrase_error& e)
      : std::invalid_argument("zzplan: " + std::string(e.message()) + " (at byte " +
                              std::to_string(e.offset) + ")"),
        error_(e) {}
  [[nodiscard]] const phrase_error& error() const noexcept { return error_; }

private:
  phrase_error error_;
};

/// A parsed_phrase or a phrase_error.
class parse_result {
public:
  constexpr parse_result(const parsed_phrase& p) noexcept : ok_(true), phrase_(p) {} // NOLINT
  constexpr parse_result(const phrase_error& e) noexcept : ok_(false), error_(e) {}  // NOLINT
  [[nodiscard]] constexpr bool has_value() const noexcept { return ok_; }
  constexpr explicit operator bool() const noexcept { return ok_; }
  /// The phrase; throws bad_phrase on an error.
  [[nodiscard]] constexpr const parsed_phrase& value() const {
    if (!ok_) {
      throw bad_phrase(error_);
    }
    return phrase_;
  }
  [[nodiscard]] constexpr const parsed_phrase& operator*() const { return value(); }
  [[nodiscard]] constexpr const parsed_phrase* operator->() const { return &value(); }
  /// The error (a default phrase_error when has_value()).
  [[nodiscard]] constexpr const phrase_error& error() const noexcept { return error_; }

private:
  bool ok_;
  parsed_phrase phrase_{};
  phrase_error error_{};
};

} // namespace zzplan
