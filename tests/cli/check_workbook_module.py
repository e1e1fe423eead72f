#!/usr/bin/env python3
"""The command loads its workbook module only for a workbook, and finds it (CTest cli.workbook_module).

Usage: check_workbook_module.py ZZPLAN BUILD_DIR WORK_DIR

- The command does not link liborcus or libxlsxwriter (readelf -d: no NEEDED entry for them), so
  a run without a workbook never loads them.
- Installed (cmake --install BUILD_DIR into WORK_DIR/prefix), the command finds the module in
  <libdir>/zzplan and reads a workbook as the build tree's command does.
- Alone in a directory, the command reads CSV as before, and a workbook fails with exit code 2 and
  a message that names the module and where it was looked for; with another library in the
  module's place, the message says it is not the module of this build.
"""

import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_checks import expect, failures, run  # noqa: E402
from make_xlsx_cases import write_workbook  # noqa: E402


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    zzplan, build, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    module = os.path.join(os.path.dirname(zzplan), "zzplan-workbook.so")
    if not os.path.exists(module):
        print("skipped: the command is built without workbooks (no zzplan-workbook.so)")
        return 0

    readelf = shutil.which("readelf")
    if readelf:
        dynamic, _ = run([readelf, "-d", zzplan], work)
        needed = [line for line in dynamic.splitlines() if "(NEEDED)" in line]
        expect(needed, f"readelf -d {zzplan}: no NEEDED entries read:\n{dynamic}")
        for lib in ("liborcus", "libxlsxwriter"):
            expect(not any(lib in line for line in needed),
                   f"the command links {lib}: every run would load it\n" + "\n".join(needed))

    book = os.path.join(work, "data.xlsx")
    write_workbook(book, [("表1", [["indicator", "year", "value"], ["城镇化率", 2021, 72.04],
                                   ["城镇化率", 2022, 72.65]], [])])
    csv_path = os.path.join(work, "data.csv")
    with open(csv_path, "w", encoding="utf-8") as f:
        f.write("indicator,year,value\n城镇化率,2021,72.04\n城镇化率,2022,72.65\n")
    want, _ = run([zzplan, "data", "convert", book, "-"], work)
    expect("72.65" in want, f"data convert of the workbook by the build tree's command:\n{want}")

    # installed: the module in <libdir>/zzplan, found from <bindir>
    prefix = os.path.join(work, "prefix")
    run(["cmake", "--install", build, "--prefix", prefix], work, timeout=300)
    installed = os.path.join(prefix, "bin", "zzplan")
    modules = [os.path.join(d, f) for d, _, fs in os.walk(prefix) for f in fs if f == "zzplan-workbook.so"]
    expect(len(modules) == 1 and os.path.basename(os.path.dirname(modules[0])) == "zzplan",
           f"installed modules: {modules} (expected one, in <libdir>/zzplan)")
    expect(os.path.exists(installed), f"cmake --install put no command at {installed}")
    if os.path.exists(installed):
        got, err = run([installed, "data", "convert", book, "-"], work)
        expect(got == want, f"the installed command reads the workbook otherwise:\n{got}\n{err}")

    # alone: CSV as before; a workbook refused with what to do
    alone = os.path.join(work, "alone")
    os.makedirs(alone)
    lone = shutil.copy(zzplan, os.path.join(alone, "zzplan"))
    got, _ = run([lone, "data", "convert", csv_path, "-"], work)
    expect(got == want, f"the command alone reads CSV otherwise:\n{got}")
    _, err = run([lone, "data", "convert", book, "-"], work, expect_rc=2)
    expect("workbook module" in err and "zzplan-workbook.so is neither in " + alone in err
           and "use CSV" in err, f"a workbook without the module:\n{err}")
    # another library where the module should be
    zlib = next((p for p in ("/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/x86_64-linux-gnu/libz.so.1",
                             "/lib64/libz.so.1", "/usr/lib/libz.so.1") if os.path.exists(p)), None)
    if zlib:
        shutil.copy(zlib, os.path.join(alone, "zzplan-workbook.so"))
        _, err = run([lone, "data", "convert", book, "-"], work, expect_rc=2)
        expect("is not the workbook module of this build of zzplan" in err,
               f"a workbook with another library in the module's place:\n{err}")

    if failures:
        print("\n\n".join(failures))
        return 1
    print("the workbook module: not linked, found in the build tree and installed, refused when "
          "missing or foreign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
