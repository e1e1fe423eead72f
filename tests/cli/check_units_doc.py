#!/usr/bin/env python3
"""The unit table in docs/reference/units.md is the one `zzplan units` prints (the table in
unit_table.hpp): the lines between <!-- units-table --> and <!-- end units-table --> must equal
the command's output. With --update, rewrites them.

usage: check_units_doc.py ZZPLAN DOC [--update]
"""
import subprocess
import sys


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    zzplan, doc = sys.argv[1], sys.argv[2]
    update = "--update" in sys.argv[3:]
    table = subprocess.run([zzplan, "units"], check=True, capture_output=True, text=True).stdout
    text = open(doc, encoding="utf-8").read()
    start, end = "<!-- units-table -->\n", "<!-- end units-table -->"
    a = text.find(start)
    b = text.find(end, a)
    if a < 0 or b < 0:
        print(f"{doc}: no {start.strip()} ... {end} block", file=sys.stderr)
        return 1
    shown = text[a + len(start):b]
    if shown == table:
        print(f"{doc}: the unit table is the one `zzplan units` prints ({table.count(chr(10)) - 2} units)")
        return 0
    if update:
        open(doc, "w", encoding="utf-8").write(text[:a + len(start)] + table + text[b:])
        print(f"{doc}: unit table rewritten")
        return 0
    print(f"{doc}: the unit table differs from `zzplan units`; run "
          f"tests/cli/check_units_doc.py build/<preset>/tools/zzplan {doc} --update", file=sys.stderr)
    for line in table.splitlines():
        if line not in shown.splitlines():
            print(f"  missing: {line}", file=sys.stderr)
    for line in shown.splitlines():
        if line not in table.splitlines():
            print(f"  stale:   {line}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
