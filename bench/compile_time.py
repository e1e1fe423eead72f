#!/usr/bin/env python3
"""Compile time of zzplan, from the repository root.

    python3 bench/compile_time.py ratio    [--cxx g++] [--opt -O0] [--runs 5]
        bench/compile/zhuzhou_typed.cpp (<zzplan/zzplan.hpp>, the seven Zhuzhou goals) against
        bench/compile/zhuzhou_plain.cpp (the same program on plain doubles, <cmath>, <vector>,
        <iostream>): median of N compilations (-c) each, CPU time (user + sys of the compiler)
        and wall time; the ratio typed / plain on CPU time (target <= 3).
    python3 bench/compile_time.py headers  [--cxx g++] [--runs 3]
        every public header alone (-fsyntax-only, -O0): median time, number of headers it pulls
        in (from -H), of which Boost, range-v3, the standard library.
    python3 bench/compile_time.py trace    [--cxx clang++] [--top 20] [--out DIR]
        clang -ftime-trace of zhuzhou_typed.cpp: the phases, the includes that cost most (by
        their own time, as clang counts it) and the costliest template instantiations.
    python3 bench/compile_time.py iwyu
        include-what-you-use (Debian: iwyu) on every public header but the umbrella: the
        includes it would remove (its suggestions to add transitive includes are left out).
    python3 bench/compile_time.py all      all four (what bench/run_all.sh runs; iwyu if installed)

Exit status 0 whatever the figures (a report, not a test).
"""
import argparse
import collections
import json
import os
import pathlib
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
INCLUDE = ROOT / "include"
TYPED = ROOT / "bench" / "compile" / "zhuzhou_typed.cpp"
PLAIN = ROOT / "bench" / "compile" / "zhuzhou_plain.cpp"


def timed(cmd):
    """Runs cmd; returns (cpu seconds of the child, wall seconds, stderr)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"compile_time.py: failed: {' '.join(map(str, cmd))}\n{p.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, p.stderr


def compile_cmd(cxx, src, opt, extra=()):
    return [cxx, "-std=c++20", opt, f"-I{INCLUDE}", *extra, "-c", str(src), "-o", os.devnull]


def median_time(cmd, runs):
    cpus, walls = [], []
    for _ in range(runs):
        cpu, wall, _ = timed(cmd)
        cpus.append(cpu)
        walls.append(wall)
    return statistics.median(cpus), statistics.median(walls)


def header_families(h_output):
    """Counts the headers in -H output by family."""
    fam = collections.Counter()
    seen = set()
    for line in h_output.splitlines():
        m = re.match(r"^\.+ (.*)$", line)
        if not m:
            continue
        path = os.path.normpath(m.group(1))
        if path in seen:
            continue
        seen.add(path)
        if "/boost/" in path:
            fam["boost"] += 1
        elif "/range/v3/" in path or "/concepts/" in path or "/meta/" in path:
            fam["range-v3"] += 1
        elif "/zzplan/" in path:
            fam["zzplan"] += 1
        else:
            fam["std/other"] += 1
    fam["total"] = len(seen)
    return fam


def cmd_ratio(args):
    print(f"== compile time, {args.cxx} {args.opt}, median of {args.runs} (CPU = user + sys of the compiler)")
    print(f"   {subprocess.run([args.cxx, '--version'], capture_output=True, text=True).stdout.splitlines()[0]}")
    rows = {}
    for name, src in (("typed", TYPED), ("plain", PLAIN)):
        cpu, wall = median_time(compile_cmd(args.cxx, src, args.opt), args.runs)
        _, _, h = timed(compile_cmd(args.cxx, src, args.opt, ["-H", "-fsyntax-only"]))
        fam = header_families(h)
        rows[name] = (cpu, wall, fam)
        print(f"   {name:<6} {src.relative_to(ROOT)}: CPU {cpu:.2f} s, wall {wall:.2f} s, "
              f"{fam['total']} headers (zzplan {fam['zzplan']}, Boost {fam['boost']}, "
              f"range-v3 {fam['range-v3']}, std/other {fam['std/other']})")
    r = rows["typed"][0] / rows["plain"][0]
    print(f"   ratio typed / plain (CPU): {r:.2f}  (target <= 3: {'met' if r <= 3 else 'missed'}); "
          f"wall: {rows['typed'][1] / rows['plain'][1]:.2f}")


def public_headers():
    hs = []
    for p in sorted((INCLUDE / "zzplan").rglob("*.hpp")):
        rel = p.relative_to(INCLUDE).as_posix()
        if "/detail/" in rel:
            continue
        hs.append(rel)
    return hs


def cmd_headers(args):
    print(f"== each public header alone: {args.cxx} -fsyntax-only -O0, median of {args.runs}")
    print(f"   {'header':<28} {'CPU s':>6} {'headers':>8} {'Boost':>6} {'range-v3':>8} {'std/other':>9}")
    with tempfile.TemporaryDirectory() as d:
        for h in public_headers():
            src = pathlib.Path(d) / "tu.cpp"
            src.write_text(f"#include <{h}>\n")
            base = [args.cxx, "-std=c++20", "-O0", f"-I{INCLUDE}", "-fsyntax-only", str(src)]
            try:
                cpu, _ = median_time(base, args.runs)
            except SystemExit:
                print(f"   {h:<28} (does not compile alone with this compiler's packages; skipped)")
                continue
            _, _, hout = timed(base + ["-H"])
            fam = header_families(hout)
            print(f"   {h:<28} {cpu:>6.2f} {fam['total']:>8} {fam['boost']:>6} {fam['range-v3']:>8} {fam['std/other']:>9}")


def cmd_trace(args):
    out = pathlib.Path(args.out) if args.out else pathlib.Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    obj = out / "zhuzhou_typed.o"
    cmd = [args.cxx, "-std=c++20", "-O0", f"-I{INCLUDE}", "-ftime-trace", "-ftime-trace-granularity=100",
           "-c", str(TYPED), "-o", str(obj)]
    timed(cmd)
    trace = obj.with_suffix(".json")
    events = json.loads(trace.read_text())["traceEvents"]
    total = {e["name"]: e["dur"] for e in events if e.get("name", "").startswith("Total ")}
    print(f"== clang -ftime-trace of {TYPED.relative_to(ROOT)} ({trace})")
    for k in ("Total ExecuteCompiler", "Total Frontend", "Total Source", "Total ParseClass",
              "Total InstantiateClass", "Total InstantiateFunction", "Total PerformPendingInstantiations",
              "Total Backend", "Total CodeGen Function"):
        if k in total:
            print(f"   {k[6:]:<30} {total[k] / 1e6:6.2f} s")
    # Source events nest: a header's own time is its duration minus its children's.
    src = [e for e in events if e.get("name") == "Source" and e.get("ph") == "X"]
    src.sort(key=lambda e: (e["ts"], -e["dur"]))
    own = {}
    stack = []
    for e in src:
        end = e["ts"] + e["dur"]
        while stack and stack[-1][1] <= e["ts"]:
            stack.pop()
        if stack:
            parent = stack[-1][0]
            own[parent] = own.get(parent, 0) - e["dur"]
        own[id(e)] = own.get(id(e), 0) + e["dur"]
        stack.append((id(e), end))
    by_file = collections.Counter()
    incl = collections.Counter()
    for e in src:
        f = e["args"]["detail"]
        by_file[f] += own[id(e)]
        incl[f] = max(incl[f], e["dur"])
    fam = collections.Counter()
    for f, us in by_file.items():
        key = ("Boost" if "/boost/" in f else "range-v3" if "/range/v3/" in f or "/concepts/" in f or "/meta/" in f
               else "zzplan" if "/zzplan/" in f else "std/other")
        fam[key] += us
    print("   parsing time by family (own time of the headers):")
    for k, us in fam.most_common():
        print(f"     {k:<10} {us / 1e6:6.2f} s")
    print(f"   the {args.top} headers with the most time including what they include (inclusive):")
    for f, us in incl.most_common(args.top):
        print(f"     {us / 1e6:6.3f} s  {f}")
    inst = collections.Counter()
    for e in events:
        if e.get("name") in ("InstantiateClass", "InstantiateFunction") and "args" in e:
            inst[e["args"]["detail"][:110]] += e["dur"]
    print(f"   the {min(args.top, 10)} costliest template instantiations (inclusive):")
    for d, us in inst.most_common(min(args.top, 10)):
        print(f"     {us / 1e6:6.3f} s  {d}")


def cmd_iwyu(args):
    import shutil
    exe = shutil.which("include-what-you-use")
    if not exe:
        print("== include-what-you-use: not installed (Debian: apt-get install iwyu); skipped")
        return
    print("== include-what-you-use: includes a public header does not use (its own suggestions)")
    found = 0
    with tempfile.TemporaryDirectory() as d:
        for h in public_headers():
            if h == "zzplan/zzplan.hpp":
                continue  # the umbrella includes what it does not use, by design
            src = pathlib.Path(d) / "tu.cpp"
            src.write_text(f"#include <{h}>\n")
            p = subprocess.run([exe, "-std=c++20", f"-I{INCLUDE}", "-Xiwyu", f"--check_also={INCLUDE / h}",
                                "-Xiwyu", "--no_fwd_decls", str(src)], capture_output=True, text=True)
            removing = False
            for line in p.stderr.splitlines():
                if "should remove these lines:" in line:
                    removing = line.startswith(str(INCLUDE / h))
                elif "should add these lines" in line or "full include-list" in line:
                    removing = False
                elif removing and line.startswith("- #include"):
                    print(f"   {h}: {line[2:]}")
                    found += 1
    print(f"   {found} suggestions")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["ratio", "headers", "trace", "iwyu", "all"])
    ap.add_argument("--cxx", default=None)
    ap.add_argument("--opt", default="-O0")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    if args.what in ("ratio", "all"):
        a = argparse.Namespace(**vars(args))
        a.cxx = args.cxx or "g++"
        cmd_ratio(a)
    if args.what in ("headers", "all"):
        a = argparse.Namespace(**vars(args))
        a.cxx = args.cxx or "g++"
        a.runs = min(args.runs, 3)
        cmd_headers(a)
    if args.what in ("trace", "all"):
        a = argparse.Namespace(**vars(args))
        a.cxx = args.cxx if args.cxx and "clang" in args.cxx else "clang++"
        cmd_trace(a)
    if args.what in ("iwyu", "all"):
        cmd_iwyu(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
