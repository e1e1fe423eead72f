// Damaged workbooks are refused before liborcus parses them (io/detail/xlsx_parts.hpp): each XML
// part of a workbook cut at every length gives an input_error that names the part, never a read
// past its end (liborcus 0.17 alone reads past a part cut inside a tag); parts that are not XML,
// and legacy VML drawings, pass; zip directories that lie about sizes are refused. The workbooks
// are zipped here, stored or deflated, so that each byte of each part is the test's.
#include "support/catch.hpp"

#include <zzplan/io/data.hpp>
#include <zzplan/io/xlsx.hpp>

#include <zlib.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace zzplan;

namespace {

struct part {
  std::string name;
  std::string text;
};

void put16(std::string& s, std::uint32_t v) {
  s += static_cast<char>(v & 0xFFU);
  s += static_cast<char>(v >> 8U & 0xFFU);
}
void put32(std::string& s, std::uint32_t v) {
  put16(s, v & 0xFFFFU);
  put16(s, v >> 16U);
}

/// Raw deflate (no zlib header), as zip entries hold it.
std::string deflated(const std::string& text) {
  z_stream z{};
  REQUIRE(deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) ==
          Z_OK);
  std::string out(deflateBound(&z, static_cast<uLong>(text.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

/// A zip of the parts (method 0: stored, 8: deflated); `declared`, when not 0, is written as the
/// unpacked size of every entry instead of the true one.
std::string zip_of(const std::vector<part>& parts, unsigned method, std::uint32_t declared = 0) {
  std::string local;
  std::string central;
  for (const part& p : parts) {
    const std::string data = method == 8 ? deflated(p.text) : p.text;
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(p.text.data()), static_cast<uInt>(p.text.size())));
    const auto size = declared ? declared : static_cast<std::uint32_t>(p.text.size());
    std::string common;
    put16(common, 20); // version needed
    put16(common, 0);  // flags
    put16(common, method);
    put32(common, 0); // time and date
    put32(common, crc);
    put32(common, static_cast<std::uint32_t>(data.size()));
    put32(common, size);
    put16(common, static_cast<std::uint32_t>(p.name.size()));
    put16(common, 0); // extra
    const auto offset = static_cast<std::uint32_t>(local.size());
    local += std::string("PK\x03\x04", 4) + common + p.name + data;
    central += std::string("PK\x01\x02", 4);
    put16(central, 20); // made by
    central += common;
    put16(central, 0); // comment
    put16(central, 0); // disk
    put16(central, 0); // internal attributes
    put32(central, 0); // external attributes
    put32(central, offset);
    central += p.name;
  }
  std::string end("PK\x05\x06", 4);
  put32(end, 0);
  put16(end, static_cast<std::uint32_t>(parts.size()));
  put16(end, static_cast<std::uint32_t>(parts.size()));
  put32(end, static_cast<std::uint32_t>(central.size()));
  put32(end, static_cast<std::uint32_t>(local.size()));
  put16(end, 0);
  return local + central + end;
}

constexpr std::string_view main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view rel_ns =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// A one-sheet workbook (城镇化率 72.04 in 2021, the Zhuzhou figure); `cells`: the sheet's rows.
std::vector<part> workbook(const std::string& cells = R"(<row r="1"><c r="A1" t="s"><v>0</v></c>)"
                                                      R"(<c r="B1"><v>2021</v></c></row>)"
                                                      R"(<row r="2"><c r="A2" t="s"><v>1</v></c>)"
                                                      R"(<c r="B2"><v>72.04</v></c></row>)") {
  const std::string decl = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
  const std::string pkg = "http://schemas.openxmlformats.org/package/2006/";
  const std::string office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  const std::string ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
  return {
      {"[Content_Types].xml",
       decl + R"(<Types xmlns=")" + pkg + R"(content-types">)" +
           R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.)" +
           R"(relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>)" +
           R"(<Override PartName="/xl/workbook.xml" ContentType=")" + ct + R"(sheet.main+xml"/>)" +
           R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType=")" + ct +
           R"(worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType=")" + ct +
           R"(sharedStrings+xml"/></Types>)"},
      {"_rels/.rels", decl + R"(<Relationships xmlns=")" + pkg +
                          R"(relationships"><Relationship Id="rId1" Type=")" + office +
                          R"(officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
      {"xl/workbook.xml", decl + R"(<workbook xmlns=")" + std::string(main_ns) + R"(" xmlns:r=")" +
                              std::string(rel_ns) +
                              R"("><sheets><sheet name="表1" sheetId="1" r:id="rId1"/>)" +
                              R"(</sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       decl + R"(<Relationships xmlns=")" + pkg + R"(relationships">)" +
           R"(<Relationship Id="rId1" Type=")" + office +
           R"(worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type=")" + office +
           R"(sharedStrings" Target="sharedStrings.xml"/></Relationships>)"},
      {"xl/worksheets/sheet1.xml", decl + R"(<worksheet xmlns=")" + std::string(main_ns) +
                                       R"("><sheetData>)" + cells + "</sheetData></worksheet>"},
      {"xl/sharedStrings.xml", decl + R"(<sst xmlns=")" + std::string(main_ns) +
                                   R"(" count="2" uniqueCount="2"><si><t>指标</t></si>)" +
                                   R"(<si><t>城镇化率</t></si></sst>)"},
  };
}

/// The long CSV of the workbook's first sheet, or the message it is refused with.
std::string read(const std::string& bytes) {
  try {
    return io::to_long_csv(
        io::data_of_sheet(io::parse_xlsx_sheets(bytes, "book.xlsx"), "book.xlsx"));
  } catch (const io::input_error& e) {
    return e.what();
  }
}

} // namespace

TEST_CASE("a workbook zipped here reads, stored and deflated", "[io][xlsx]") {
  for (const unsigned method : {0U, 8U}) {
    CAPTURE(method);
    const std::string csv = read(zip_of(workbook(), method));
    CHECK(csv.find("城镇化率") != std::string::npos);
    CHECK(csv.find("72.04") != std::string::npos);
    // parts liborcus does not parse as XML pass: an image, a VML drawing with an unclosed <br>
    std::vector<part> parts = workbook();
    parts.push_back({"xl/media/image1.png", std::string("\x89PNG\r\n\x1a\n<", 9)});
    parts.push_back(
        {"xl/drawings/vmlDrawing1.vml", "<xml><x:ClientData><br></x:ClientData></xml>"});
    CHECK(read(zip_of(parts, method)) == csv);
  }
}

TEST_CASE("every part cut at every length is refused by name", "[io][xlsx]") {
  const std::vector<part> whole = workbook();
  for (const unsigned method : {0U, 8U}) {
    for (std::size_t k = 0; k < whole.size(); ++k) {
      for (std::size_t n = 1; n < whole[k].text.size(); ++n) {
        std::vector<part> cut = whole;
        cut[k].text.resize(n);
        const std::string message = read(zip_of(cut, method));
        CAPTURE(method, whole[k].name, n, message);
        REQUIRE(message.starts_with("book.xlsx: is not a readable .xlsx workbook (its part " +
                                    whole[k].name + " is not well-formed XML: line 1, column "));
        REQUIRE(message.ends_with("); save it again from Excel or LibreOffice as .xlsx"));
      }
    }
  }
  std::vector<part> cut = whole;
  cut[0].text.resize(40); // where liborcus alone reads past the part (seen with valgrind)
  CHECK(read(zip_of(cut, 8)) ==
        "book.xlsx: is not a readable .xlsx workbook (its part [Content_Types].xml is not "
        "well-formed XML: line 1, column 1: unclosed token); save it again from Excel or "
        "LibreOffice as .xlsx");
  // an empty part is not XML to liborcus either: refused by liborcus, cleanly
  cut = whole;
  cut[4].text.clear();
  CHECK(read(zip_of(cut, 0)).starts_with("book.xlsx: is not a readable .xlsx workbook ("));
}

TEST_CASE("a part with a document type, or a zip that lies about sizes, is refused", "[io][xlsx]") {
  std::vector<part> parts = workbook();
  parts[2].text.insert(parts[2].text.find("<workbook"),
                       R"(<!DOCTYPE workbook [<!ENTITY a "aaaaaaaa">]>)");
  CHECK(read(zip_of(parts, 0)) ==
        "book.xlsx: is not a readable .xlsx workbook (its part xl/workbook.xml declares a "
        "document type (<!DOCTYPE …>), which no workbook part has); save it again from Excel "
        "or LibreOffice as .xlsx");
  // a few hundred deflated bytes cannot unpack to 512 MiB (deflate expands at most 1032 times)
  CHECK(read(zip_of(workbook(), 8, std::uint32_t{1} << 29U)) ==
        "book.xlsx: is not a readable .xlsx workbook (its zip directory declares a part of "
        "536870912 bytes); save it again from Excel or LibreOffice as .xlsx");
  // the end record points past the end of the file
  std::string bytes = zip_of(workbook(), 0);
  bytes[bytes.size() - 6] = '\xFF';
  bytes[bytes.size() - 5] = '\xFF';
  CHECK(read(bytes) == "book.xlsx: is not a readable .xlsx workbook (its zip directory is cut "
                       "short); save it again from Excel or LibreOffice as .xlsx");
  // no end record at all: liborcus's own message
  CHECK(read("not a zip").starts_with("book.xlsx: is not a readable .xlsx workbook ("));
}

TEST_CASE("text held inline in a sheet's cells is found in the whole sheet", "[io][xlsx]") {
  std::string rows;
  for (int r = 1; r <= 30000; ++r) { // the inline cell last, past the sheet's first megabyte
    rows += R"(<row r=")" + std::to_string(r) + R"("><c r="B)" + std::to_string(r) +
            R"("><v>72.04</v></c></row>)";
  }
  rows += R"(<row r="30001"><c r="A30001" t="inlineStr"><is><t>城镇化率</t></is></c></row>)";
  CHECK(read(zip_of(workbook(rows), 8)) ==
        "book.xlsx: its cells hold their text inline (t=\"inlineStr\"), which the workbook "
        "reader (liborcus 0.17) leaves empty; open it in Excel or LibreOffice and save it again "
        "as .xlsx");
}

TEST_CASE("the zip's end record is found where liborcus 0.17 finds it", "[io][xlsx]") {
  using io::detail::end_record;
  using namespace std::string_literals;
  CHECK(end_record("abPK\x05\x06\0\0"s) == std::optional<std::size_t>(2));
  CHECK(end_record("PK\x05\x06\0\0"s) == std::nullopt); // at offset 0: liborcus takes it for none
  // a 0x06 after the signature hides it from liborcus's byte-by-byte match
  CHECK(end_record("abPK\x05\x06\x06\0"s) == std::nullopt);
  CHECK(end_record("PK\x05\x06\0\0abPK\x05\x06\x06\0"s) == std::nullopt); // the earlier is at 0
  CHECK(end_record("xPK\x05\x06\0\0abPK\x05\x06\x06\0"s) == std::optional<std::size_t>(1));
  // a signature across the boundary of liborcus's 65,557-byte segments is not found either
  const std::string across = "abPK\x05\x06"s + std::string(65555, 'x');
  CHECK(end_record(across) == std::nullopt);
  const std::string inside = "abPK\x05\x06"s + std::string(65553, 'x'); // the last segment's start
  CHECK(end_record(inside) == std::optional<std::size_t>(2));
}
