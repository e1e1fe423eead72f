#!/usr/bin/env python3
"""Writes the .xlsx workbooks of the bad-input catalogue (tests/cli/bad/*/data.xlsx) with nothing
but zipfile: a workbook is a zip of XML parts, and writing them by hand lets a case hold what
spreadsheet programs do not write on request (a formula saved without its result).

Usage: make_xlsx_cases.py [CASES_DIR]   (default: tests/cli/bad beside this script)
"""

import os
import sys
import zipfile
from xml.sax.saxutils import escape

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
{sheets}
</Types>"""
SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets>{sheets}</sheets>
</workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
{rels}
</Relationships>"""
STRINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{n}" uniqueCount="{n}">{items}</sst>"""
SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>{rows}</sheetData>{merged}
</worksheet>"""


def column(c):
    letters = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def cell_xml(ref, value, strings, inline=False):
    if isinstance(value, tuple):  # ("formula", text, cached value or None)
        _, formula, cached = value
        return f'<c r="{ref}"><f>{escape(formula)}</f>' + (f"<v>{cached}</v>" if cached is not None else "") + "</c>"
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    if inline:  # text in the cell itself, as some programs write it
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    if value not in strings:
        strings.append(value)
    return f'<c r="{ref}" t="s"><v>{strings.index(value)}</v></c>'


def put(z, name, text, cut=None):
    """A part with a fixed date, so that the same cases write the same bytes; cut: (part name,
    bytes kept) writes that part cut short, as an interrupted copy leaves it."""
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    if cut and cut[0] == name:
        text = text.encode("utf-8")[:cut[1]]
    z.writestr(info, text)


def write_workbook(path, sheets, inline=False, cut=None):
    """sheets: [(name, rows, merged ranges such as "A1:D1")]; rows: lists of cells (None: empty);
    inline: texts in their cells (t="inlineStr") instead of the shared string table; cut: (part
    name, bytes kept) for a damaged workbook."""
    def part(z, name, text):
        put(z, name, text, cut)

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        part(z, "[Content_Types].xml", CONTENT_TYPES.format(
            sheets="\n".join(SHEET_TYPE.format(n=i + 1) for i in range(len(sheets)))))
        part(z, "_rels/.rels", ROOT_RELS)
        part(z, "xl/workbook.xml", WORKBOOK.format(sheets="".join(
            f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
            for i, (name, _, _) in enumerate(sheets))))
        part(z, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS.format(rels="\n".join(
            [f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/'
             f'2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
             for i in range(len(sheets))] +
            [f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/'
             f'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'])))
        strings = []
        for i, (_, rows, merged) in enumerate(sheets):
            xml_rows = []
            for r, row in enumerate(rows):
                cells = "".join(cell_xml(f"{column(c)}{r + 1}", v, strings, inline) for c, v in enumerate(row) if v is not None)
                xml_rows.append(f'<row r="{r + 1}">{cells}</row>')
            merges = ""
            if merged:
                merges = f'<mergeCells count="{len(merged)}">' + "".join(
                    f'<mergeCell ref="{m}"/>' for m in merged) + "</mergeCells>"
            part(z, f"xl/worksheets/sheet{i + 1}.xml", SHEET.format(rows="".join(xml_rows), merged=merges))
        part(z, "xl/sharedStrings.xml", STRINGS.format(n=len(strings), items="".join(
            f"<si><t>{escape(t)}</t></si>" for t in strings)))


# The figures are those of tests/cli/good/data.csv (sources in examples/data/SOURCES.md).
TITLE = ["表1 株洲市主要经济指标", None, None, None]
HEADER = ["指标", "单位", "2021年", "2022年"]
CASES = {
    "xlsx_sheet_missing": [("表1", [TITLE, [], HEADER, ["城镇化率", "%", 72.04, None]], ["A1:D1"])],
    "xlsx_formula_without_value": [("表1", [TITLE, [], HEADER, ["城镇化率", "%", 72.04, None],
                                           ["地区生产总值", "亿元", 3420.3, ("formula", "3616.81", None)]],
                                    ["A1:D1"])],
    "xlsx_merged_cells_in_table": [("表1", [TITLE, ["指标", "2021年", None],
                                           ["城镇化率", 72.04, 72.04]], ["A1:C1", "B2:C2"])],
    "xlsx_inline_strings": [("表1", [TITLE, [], HEADER, ["城镇化率", "%", 72.04, None]], ["A1:D1"])],
    # [Content_Types].xml cut inside its first tag: liborcus 0.17 alone reads past the part's end
    "xlsx_damaged_part": [("表1", [TITLE, [], HEADER, ["城镇化率", "%", 72.04, None]], ["A1:D1"])],
    "xlsx_bad_cell": [("说明", [["本工作簿为测试数据"]], []),
                      ("表1", [TITLE, [], HEADER, ["地区生产总值", "亿元", "3420.3p", "三千六百亿"]],
                       ["A1:D1"])],
}


def main():
    cases = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "bad")
    for name, sheets in CASES.items():
        matches = [d for d in os.listdir(cases) if d.endswith("_" + name)]
        if not matches:
            print(f"no case directory ends with _{name}")
            return 1
        write_workbook(os.path.join(cases, matches[0], "data.xlsx"), sheets, inline=name == "xlsx_inline_strings",
                       cut=("[Content_Types].xml", 40) if name == "xlsx_damaged_part" else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
