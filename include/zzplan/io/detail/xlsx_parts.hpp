#pragma once
// The parts of a workbook, checked before liborcus reads them. liborcus 0.17's XML parser reads
// past the end of a part that stops inside a tag (a truncated or damaged file): it may then abort
// the process on one of its own assertions, or read whatever lies beyond the part. So every part
// liborcus may parse as XML is first unpacked exactly as liborcus unpacks it (the entries of the
// zip's central directory, the sizes they declare) and parsed by expat, which is made for
// untrusted input: a workbook with a part that is not well-formed XML is refused, naming the part,
// line and column. The same pass refuses parts larger than the file could hold and finds sheets
// whose text is stored inline (which liborcus 0.17 leaves empty).

#include <zzplan/io/error.hpp>

#include <expat.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zzplan::io::detail {

/// The largest part of a workbook read (its sheet's XML): far beyond any data table.
inline constexpr std::uint64_t max_xlsx_part = std::uint64_t{1} << 30;

/// Deflate cannot expand data more than 1032 times (zlib's technical notes); a part declared
/// larger than that is damaged, and would make liborcus allocate what it declares.
inline constexpr std::uint64_t max_deflate_ratio = 1032;

/// One entry of a zip's central directory, as liborcus reads it.
struct zip_entry {
  std::string_view name;
  unsigned method = 0;      // 0 stored, 8 deflated
  std::uint64_t packed = 0; // bytes in the file
  std::uint64_t size = 0;   // bytes unpacked, as declared
  std::uint64_t local = 0;  // where its local header starts
};

/// Little-endian fields of a zip held in memory; nullopt past its end.
struct zip_bytes {
  std::string_view bytes;
  [[nodiscard]] std::optional<std::uint32_t> u16(std::uint64_t at) const {
    if (at + 2 > bytes.size()) {
      return std::nullopt;
    }
    return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 8U;
  }
  [[nodiscard]] std::optional<std::uint32_t> u32(std::uint64_t at) const {
    const auto lo = u16(at);
    const auto hi = u16(at + 2);
    if (!lo || !hi) {
      return std::nullopt;
    }
    return *lo | *hi << 16U;
  }
};

[[nodiscard]] inline input_error unreadable_xlsx(const std::string& file, const std::string& why) {
  return input_error(file, 0, 0,
                     "is not a readable .xlsx workbook (" + why +
                         "); save it again from Excel or LibreOffice as .xlsx");
}

/// Where liborcus 0.17 finds the zip's end record, found the way it finds it: back from the end of
/// the file in segments of 65,557 bytes, the signature matched byte by byte (after a mismatch the
/// match restarts at the next byte, not at this one), a record at offset 0 taken for none; so that
/// the directory checked here is the one liborcus reads.
[[nodiscard]] inline std::optional<std::size_t> end_record(std::string_view bytes) {
  constexpr std::array<unsigned char, 4> signature_backwards{0x06, 0x05, 0x4b, 0x50};
  constexpr std::size_t segment = 22 + 0xffff;
  for (std::size_t end = bytes.size(); end > 0;) {
    const std::size_t n = std::min(segment, end);
    std::size_t matched = 0;
    for (std::size_t i = end; i-- > end - n;) {
      if (static_cast<unsigned char>(bytes[i]) != signature_backwards[matched]) {
        matched = 0;
      } else if (++matched == signature_backwards.size()) {
        return i == 0 ? std::nullopt : std::optional<std::size_t>(i);
      }
    }
    end -= n;
  }
  return std::nullopt;
}

/// The entries of the central directory, found and walked as liborcus does (its end record, then
/// entries while their signature holds). Empty when there is no end record: liborcus then
/// refuses the file itself, before it parses anything. A directory that runs past the end of the
/// file is refused here.
[[nodiscard]] inline std::vector<zip_entry> zip_entries(std::string_view bytes,
                                                        const std::string& file) {
  std::vector<zip_entry> out;
  const zip_bytes z{bytes};
  const std::optional<std::size_t> end = end_record(bytes);
  if (!end) {
    return out;
  }
  const auto cut_short = [&] { return unreadable_xlsx(file, "its zip directory is cut short"); };
  const auto start = z.u32(*end + 16);
  if (!start) {
    throw cut_short();
  }
  for (std::uint64_t at = *start;;) {
    const auto signature = z.u32(at);
    if (!signature) {
      throw cut_short();
    }
    if (*signature != 0x02014b50U) {
      return out;
    }
    const auto method = z.u16(at + 10);
    const auto packed = z.u32(at + 20);
    const auto size = z.u32(at + 24);
    const auto name_size = z.u16(at + 28);
    const auto extra = z.u16(at + 30);
    const auto comment = z.u16(at + 32);
    const auto local = z.u32(at + 42);
    if (!local || at + 46 + *name_size > bytes.size()) {
      throw cut_short();
    }
    out.push_back({bytes.substr(at + 46, *name_size), *method, *packed, *size, *local});
    if (*packed > bytes.size() || *packed > max_xlsx_part || *size > max_xlsx_part ||
        (*method == 8 && *size > *packed * max_deflate_ratio + 1024)) {
      throw unreadable_xlsx(file, "its zip directory declares a part of " +
                                      std::to_string(std::max<std::uint64_t>(*packed, *size)) +
                                      " bytes");
    }
    at += 46 + std::uint64_t{*name_size} + *extra + *comment;
  }
}

/// An entry's bytes as liborcus unpacks them: the stored bytes, or what one inflate call gives
/// into a buffer of the declared size (the rest left zero, as liborcus leaves it). nullopt where
/// liborcus cannot read the entry and refuses the workbook itself (data past the end of the file,
/// an unknown method).
[[nodiscard]] inline std::optional<std::string> unpack(std::string_view bytes, const zip_entry& e) {
  const zip_bytes z{bytes};
  const auto name_size = z.u16(e.local + 26);
  const auto extra = z.u16(e.local + 28);
  if (!name_size || !extra) {
    return std::nullopt;
  }
  const std::uint64_t data = e.local + 30 + *name_size + *extra;
  if (data > bytes.size() || e.packed > bytes.size() - data) {
    return std::nullopt;
  }
  const std::string_view in = bytes.substr(data, e.packed);
  if (e.method == 0) {
    return std::string(in);
  }
  if (e.method != 8) {
    return std::nullopt;
  }
  std::string out(e.size, '\0');
  z_stream s{};
  if (inflateInit2(&s, -MAX_WBITS) != Z_OK) {
    return std::nullopt;
  }
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  s.avail_in = static_cast<uInt>(in.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  static_cast<void>(inflate(&s, Z_SYNC_FLUSH)); // as liborcus: whatever one call gives
  inflateEnd(&s);
  return out;
}

/// Would liborcus parse these bytes as XML, if asked? Its parser skips a UTF-8 byte order mark
/// and bytes up to the space, and refuses at once anything that does not then start with '<'.
[[nodiscard]] inline bool looks_like_xml(std::string_view part) {
  if (part.starts_with("\xEF\xBB\xBF")) {
    part.remove_prefix(3);
  }
  const auto first = std::find_if(part.begin(), part.end(),
                                  [](char c) { return static_cast<unsigned char>(c) > 0x20; });
  return first != part.end() && *first == '<';
}

/// What expat says of one part.
struct xml_verdict {
  std::string error;           // empty: well-formed
  bool inline_strings = false; // a cell with t="inlineStr"
};

/// `sheet`: the part is a worksheet, where cells holding their text inline are looked for.
[[nodiscard]] inline xml_verdict check_xml(std::string_view part, bool sheet) {
  struct state {
    XML_Parser parser = nullptr;
    xml_verdict verdict;
    bool doctype = false;
  } st;
  // read as UTF-8 whatever the declaration says: liborcus reads the bytes as UTF-8
  st.parser = XML_ParserCreate("UTF-8");
  if (!st.parser) {
    throw std::bad_alloc();
  }
  XML_SetUserData(st.parser, &st);
  XML_SetStartDoctypeDeclHandler(
      st.parser, [](void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        auto* s = static_cast<state*>(data);
        s->doctype = true; // no workbook part has one, and its entities are not read by liborcus
        XML_StopParser(s->parser, XML_FALSE);
      });
  if (sheet) {
    XML_SetStartElementHandler(
        st.parser, [](void* data, const XML_Char* name, const XML_Char** attributes) {
          const std::string_view n(name);
          if (n != "c" && !n.ends_with(":c")) {
            return;
          }
          for (const XML_Char** a = attributes; a[0] != nullptr; a += 2) {
            if (std::strcmp(a[0], "t") == 0 && std::strcmp(a[1], "inlineStr") == 0) {
              static_cast<state*>(data)->verdict.inline_strings = true;
            }
          }
        });
  }
  const XML_Status status = XML_Parse(st.parser, part.data(), static_cast<int>(part.size()), 1);
  if (st.doctype) {
    st.verdict.error = "declares a document type (<!DOCTYPE …>), which no workbook part has";
  } else if (status != XML_STATUS_OK) {
    st.verdict.error = "is not well-formed XML: line " +
                       std::to_string(XML_GetCurrentLineNumber(st.parser)) + ", column " +
                       std::to_string(XML_GetCurrentColumnNumber(st.parser) + 1) + ": " +
                       XML_ErrorString(XML_GetErrorCode(st.parser));
  }
  XML_ParserFree(st.parser);
  return st.verdict;
}

/// Checks every part of a workbook that liborcus may parse as XML (legacy VML drawings aside:
/// Excel writes them with unclosed tags, and liborcus does not read them). Throws input_error
/// naming the part; returns whether a sheet holds its text inline.
[[nodiscard]] inline bool check_xlsx_parts(std::string_view bytes, const std::string& file) {
  bool inline_strings = false;
  for (const zip_entry& e : zip_entries(bytes, file)) {
    if (e.name.ends_with(".vml")) {
      continue;
    }
    const std::optional<std::string> part = unpack(bytes, e);
    if (!part || !looks_like_xml(*part)) {
      continue;
    }
    const bool sheet = e.name.starts_with("xl/worksheets/");
    const xml_verdict v = check_xml(*part, sheet);
    if (!v.error.empty()) {
      throw unreadable_xlsx(file, "its part " + std::string(e.name) + " " + v.error);
    }
    inline_strings = inline_strings || v.inline_strings;
  }
  return inline_strings;
}

} // namespace zzplan::io::detail
