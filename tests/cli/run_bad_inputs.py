#!/usr/bin/env python3
"""The bad-input catalogue of the zzplan command (CTest cli.bad_inputs).

Usage: run_bad_inputs.py ZZPLAN CASES_DIR WORK_DIR [--update]

Each directory of CASES_DIR is one bad input: plan.toml and/or data.csv (a missing one is taken
from tests/cli/good/), any other data file the case reads (copied as it is, e.g. data.xlsx), an
optional `args` file (one argument a line; default: `evaluate plan.toml data.csv --output
out.txt`) and `expect`, the exact message the command must print on stderr. The command runs in
a fresh copy of the case and must exit with code 2, print exactly `expect`, print nothing on
stdout and write no output file. --update rewrites `expect` from what the command prints (review
the diff before committing it). A workbook case is skipped, and counted as such, when the
command was built without Excel support (no liborcus).
"""

import os
import shutil
import subprocess
import sys

DEFAULT_ARGS = ["evaluate", "plan.toml", "data.csv", "--output", "out.txt"]


def run_case(zzplan, case_dir, good_dir, work, update):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    for name in ("plan.toml", "data.csv"):
        src = os.path.join(case_dir, name)
        if os.path.isdir(src):  # a directory where a file is expected
            shutil.copytree(src, os.path.join(work, name))
        else:
            shutil.copyfile(src if os.path.exists(src) else os.path.join(good_dir, name), os.path.join(work, name))
    for name in sorted(os.listdir(case_dir)):  # other inputs: a workbook, a second data file
        if name not in ("plan.toml", "data.csv", "args", "expect"):
            shutil.copyfile(os.path.join(case_dir, name), os.path.join(work, name))
    args_file = os.path.join(case_dir, "args")
    args = DEFAULT_ARGS
    if os.path.exists(args_file):
        with open(args_file, encoding="utf-8") as f:
            args = [line.rstrip("\n") for line in f if line.rstrip("\n")]
    before = set(os.listdir(work))
    p = subprocess.run([zzplan] + args, cwd=work, capture_output=True, timeout=120)
    after = set(os.listdir(work))
    stderr = p.stderr.decode("utf-8", errors="replace").rstrip("\n")
    if "was built without Excel support" in stderr and any(n.endswith(".xlsx") for n in os.listdir(case_dir)):
        return None  # a workbook case, and this zzplan reads no workbooks: skipped, said below
    expect_file = os.path.join(case_dir, "expect")
    if update:
        with open(expect_file, "w", encoding="utf-8") as f:
            f.write(stderr + "\n")
    problems = []
    if p.returncode != 2:
        problems.append(f"exit code {p.returncode}, expected 2")
    if p.stdout:
        problems.append("wrote on stdout: " + p.stdout.decode("utf-8", errors="replace")[:200])
    if after != before:
        problems.append("created files: " + ", ".join(sorted(after - before)))
    if not os.path.exists(expect_file):
        problems.append("no `expect` file")
    else:
        with open(expect_file, encoding="utf-8") as f:
            expected = f.read().rstrip("\n")
        if stderr != expected:
            problems.append(f"message differs:\n    got:      {stderr}\n    expected: {expected}")
    return problems


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    zzplan, cases, work_root = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    update = "--update" in sys.argv[4:]
    good = os.path.join(os.path.dirname(os.path.abspath(cases)), "good")
    names = sorted(d for d in os.listdir(cases) if os.path.isdir(os.path.join(cases, d)))
    failed = 0
    skipped = 0
    for name in names:
        problems = run_case(zzplan, os.path.join(cases, name), good, os.path.join(work_root, name), update)
        if problems is None:
            skipped += 1
            print(f"skip {name}: this zzplan was built without Excel support")
        elif problems:
            failed += 1
            print(f"FAIL {name}:\n  " + "\n  ".join(problems))
        else:
            print(f"ok   {name}")
    print(f"{len(names) - failed - skipped} of {len(names)} bad inputs give their message (exit 2, nothing written)"
          + (f"; {skipped} workbook cases skipped" if skipped else ""))
    if len(names) < 30:
        print("the catalogue needs at least 30 bad inputs")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
