#pragma once
// The pieces of a record's JSON line that are written the same way every time: strings with their
// escapes, the keys with their punctuation (one text made at compile time), and the enums' texts
// already quoted. io::append_json puts them together (json.hpp).

#include <zzplan/assessment.hpp>
#include <zzplan/goal.hpp>
#include <zzplan/io/detail/byte_scan.hpp>
#include <zzplan/io/detail/csv.hpp> // row_buffer
#include <zzplan/io/record.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/status.hpp>
#include <zzplan/target.hpp>

#include <array>
#include <cstddef>
#include <cstring>
#include <string_view>

namespace zzplan::io::detail {

/// The position of the first byte of s at or after `from` that must be escaped in a JSON string
/// (a quote, a backslash or a control character), or s.size().
[[nodiscard]] inline std::size_t next_json_escape(std::string_view s, std::size_t from) noexcept {
  return find_byte_of<true, '"', '\\'>(s, from);
}

/// Puts s as a JSON string (UTF-8 kept as it is; quotes, backslashes and control characters
/// escaped as nlohmann-json escapes them).
inline void put_json_string(row_buffer& out, std::string_view s) {
  // Most strings need no escape: copied with their quotes, then checked where they were copied
  // (the scan may read 15 bytes past them, inside the buffer).
  if (char* at = out.room_for(s.size() + 2 + 15)) {
    *at = '"';
    std::memcpy(at + 1, s.data(), s.size());
    if (find_byte_of_padded<true, '"', '\\'>(at + 1, s.size()) == s.size()) {
      at[s.size() + 1] = '"';
      out.advance(at + s.size() + 2);
      return;
    }
  }
  out.put('"');
  // Runs of characters that need no escape (nearly all of them) are put whole.
  std::size_t from = 0;
  for (std::size_t i = next_json_escape(s, 0); i < s.size(); i = next_json_escape(s, from)) {
    out.put(s.substr(from, i - from));
    from = i + 1;
    const auto u = static_cast<unsigned char>(s[i]);
    switch (s[i]) {
    case '"': out.put(std::string_view("\\\"")); break;
    case '\\': out.put(std::string_view("\\\\")); break;
    case '\b': out.put(std::string_view("\\b")); break;
    case '\f': out.put(std::string_view("\\f")); break;
    case '\n': out.put(std::string_view("\\n")); break;
    case '\r': out.put(std::string_view("\\r")); break;
    case '\t': out.put(std::string_view("\\t")); break;
    default: {
      constexpr char hex[] = "0123456789abcdef";
      out.put(std::string_view("\\u00"));
      out.put(hex[u >> 4U]);
      out.put(hex[u & 0xFU]);
    }
    }
  }
  out.put(s.substr(from));
  out.put('"');
}

/// What comes before each field of a record's JSON object, all in one text made at compile time:
/// `{"id":`, `,"region":`, … Keys are plain ASCII names: nothing to escape.
struct json_heads_table {
  static constexpr std::size_t size = [] {
    std::size_t n = 0;
    for (const column c : data_columns) {
      n += key(c).size() + 4; // , or { then "key":
    }
    return n;
  }();
  std::array<char, size> text{};
  std::array<std::size_t, data_columns.size() + 1> at{};
};
inline constexpr json_heads_table json_heads = [] {
  json_heads_table t;
  std::size_t k = 0;
  for (std::size_t i = 0; i < data_columns.size(); ++i) {
    t.at[i] = k;
    t.text[k++] = i == 0 ? '{' : ',';
    t.text[k++] = '"';
    for (const char ch : key(data_columns[i])) {
      t.text[k++] = ch;
    }
    t.text[k++] = '"';
    t.text[k++] = ':';
  }
  t.at[data_columns.size()] = k;
  return t;
}();

/// How many values each enum of a record has (their text_of is written quoted from a table).
template <class E> inline constexpr std::size_t enum_values = 0;
template <>
inline constexpr std::size_t
    enum_values<goal_kind> = static_cast<std::size_t>(goal_kind::cumulative_total) + 1;
template <>
inline constexpr std::size_t enum_values<attribute> = static_cast<std::size_t>(attribute::binding) +
                                                      1;
template <> inline constexpr std::size_t enum_values<status> = status_count;
template <> inline constexpr std::size_t enum_values<schedule_label> = label_count;
template <>
inline constexpr std::size_t
    enum_values<projection_method> = static_cast<std::size_t>(projection_method::geometric) + 1;

/// Each value's text_of with its quotes, in a slot of a fixed width, so that putting one is a copy
/// of a known size: five a record, which put_json_string copied and scanned for escapes one by one.
template <class E> struct quoted_texts {
  static constexpr std::size_t width = 32;
  std::array<std::array<char, width>, enum_values<E>> text{};
  std::array<unsigned char, enum_values<E>> size{};
};
template <class E>
inline constexpr quoted_texts<E> quoted_texts_of = [] {
  quoted_texts<E> t;
  for (std::size_t i = 0; i < enum_values<E>; ++i) {
    const std::string_view s = text_of(static_cast<E>(i));
    if (s.size() + 2 > quoted_texts<E>::width) {
      throw "a text longer than its slot: widen quoted_texts::width";
    }
    std::size_t k = 0;
    t.text[i][k++] = '"';
    for (const char c : s) {
      if (in_byte_set<true, '"', '\\'>(static_cast<unsigned char>(c))) {
        throw "a text that needs escapes: write it by put_json_string";
      }
      t.text[i][k++] = c;
    }
    t.text[i][k++] = '"';
    t.size[i] = static_cast<unsigned char>(k);
  }
  return t;
}();

/// Puts an enum's text quoted, as put_json_string(out, text_of(v)) does.
template <class E> void put_json_text(row_buffer& out, E v) {
  static_assert(enum_values<E> > 0, "an enum without its count in enum_values");
  constexpr const quoted_texts<E>& t = quoted_texts_of<E>;
  const auto i = static_cast<std::size_t>(v);
  char* const at = out.room_for(quoted_texts<E>::width); // never null: the buffer is larger
  if (i >= t.size.size() || at == nullptr) [[unlikely]] {
    put_json_string(out, text_of(v)); // not a value of the enum: its text, whatever it is
    return;
  }
  std::memcpy(at, t.text[i].data(), quoted_texts<E>::width);
  out.advance(at + t.size[i]);
}

} // namespace zzplan::io::detail
