#!/usr/bin/env python3
"""End to end: `zzplan evaluate` against bench/pandas_eval.py on the generated panel, and the
command's scaling in time and memory. Wall clock, the two commands run in turn (A, B, A, B, …) in
one sitting, medians; the outputs checked equal (pandas_eval.py --check) before any time counts.

    python3 bench/e2e.py ratio   --zzplan Z --gen G [--runs 7] [--dir D] [--threads 2]
    python3 bench/e2e.py scaling --zzplan Z --gen G [--scales 1,10,100] [--runs 3] [--dir D]

Z: the zzplan command; G: zzplan_bench_gen_panel. The panel (and its plan and goals) is written into
D (default: a temporary directory) unless it is there already. Peak memory is /usr/bin/time's
maximum resident set size. Prints Markdown tables; exits 0 whatever the figures (a report, not a
test), 1 if an output differs.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def timed(cmd):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS in MB, CPU seconds, user
    seconds, system seconds)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        full = ["/usr/bin/time", "-f", "%U %S %M", "-o", t.name] + cmd
        t0 = time.perf_counter()
        p = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - t0
        if p.returncode != 0:
            sys.exit(f"e2e: failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr}")
        user, system, rss = open(t.name).read().split()[-3:]
        return wall, int(rss) / 1024.0, float(user) + float(system), float(user), float(system)


def panel(gen, d, scale=1):
    """The panel of the scale in d: its CSV, plan and goals (written once)."""
    csv = os.path.join(d, f"panel{scale}.csv")
    plan = os.path.join(d, "panel_plan.toml")
    goals = os.path.join(d, "panel_goals.json")
    if not (os.path.exists(csv) and os.path.exists(plan) and os.path.exists(goals)):
        subprocess.run([gen, "--scale", str(scale), "--csv", csv, "--goals", goals, "--plan", plan],
                       check=True, stdout=subprocess.DEVNULL)
    return csv, plan, goals


def same(a, b, d):
    """The two outputs hold the same assessments (pandas_eval.py --check on JSON lines)."""
    conv = os.path.join(HERE, "cli_json_to_jsonl.py")
    ja = os.path.join(d, "check_a.jsonl")
    subprocess.run([PYTHON, conv, a, ja], check=True)
    p = subprocess.run([PYTHON, os.path.join(HERE, "pandas_eval.py"), "--check", ja, b],
                       capture_output=True, text=True)
    print(("    " + p.stdout.strip()) if p.returncode == 0 else p.stderr, file=sys.stderr)
    return p.returncode == 0


def ratio(a):
    d = a.dir or tempfile.mkdtemp(prefix="zzplan-e2e-")
    csv, plan, goals = panel(a.gen, d)
    size = os.path.getsize(csv) / 1e6
    ok = True
    print(f"End to end on the generated panel ({size:.1f} MB of CSV), wall clock, median of {a.runs} "
          f"runs each, the two commands in turn; {a.threads} thread(s) for zzplan.\n")
    print("| output | pandas_eval.py s | zzplan evaluate s | pandas / zzplan | zzplan peak MB | / CSV |")
    print("|---|---:|---:|---:|---:|---:|")
    for fmt, pandas_out in (("csv", "pandas.csv"), ("json", "pandas.jsonl")):
        out = os.path.join(d, f"zzplan.{fmt}")
        pout = os.path.join(d, pandas_out)
        z = [a.zzplan, "evaluate", plan, csv, "--as-of", "2024", "--format", fmt, "--threads",
             str(a.threads), "-o", out]
        p = [PYTHON, os.path.join(HERE, "pandas_eval.py"), csv, goals, pout]
        subprocess.run(z, check=True)  # both once, unmeasured (caches), and their outputs compared
        subprocess.run(p, check=True, stderr=subprocess.DEVNULL)
        ok = same(out, pout, d) and ok
        zt, pt, zm = [], [], []
        for _ in range(a.runs):
            w, m = timed(z)[:2]
            zt.append(w)
            zm.append(m)
            pt.append(timed(p)[0])
        zmed, pmed = statistics.median(zt), statistics.median(pt)
        print(f"| {fmt} | {pmed:.3f} | {zmed:.3f} | **{pmed / zmed:.1f}** | {max(zm):.0f} | "
              f"{max(zm) / size:.2f} |")
    if not a.dir:
        shutil.rmtree(d)
    return 0 if ok else 1


def scaling(a):
    d = a.dir or tempfile.mkdtemp(prefix="zzplan-e2e-")
    print(f"`zzplan evaluate --format csv` by panel size, median of {a.runs}; CPU is user + system "
          f"time of all threads; user time is the command's own work, system time mostly the "
          f"kernel's (pages handed out and zeroed, the output copied into the page cache).\n")
    print("| scale | regions | CSV MB | wall s | CPU s | user s | system s | user per MB | CPU per MB "
          "| peak MB | peak / CSV |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for scale in [int(s) for s in a.scales.split(",")]:
        csv, plan, _ = panel(a.gen, d, scale)
        size = os.path.getsize(csv) / 1e6
        out = os.path.join(d, "scale.csv")
        z = [a.zzplan, "evaluate", plan, csv, "--as-of", "2024", "--format", "csv", "--threads",
             str(a.threads), "-o", out]
        runs = [timed(z) for _ in range(a.runs)]
        w = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[2] for r in runs)
        user = statistics.median(r[3] for r in runs)
        system = statistics.median(r[4] for r in runs)
        m = max(r[1] for r in runs)
        print(f"| {scale}× | {2850 * scale:,} | {size:,.0f} | {w:.2f} | {cpu:.2f} | {user:.2f} | "
              f"{system:.2f} | {user / size * 1000:.1f} ms | {cpu / size * 1000:.1f} ms | {m:,.0f} | "
              f"{m / size:.2f} |")
        os.remove(out)
        if scale >= 10 and not a.dir:
            os.remove(csv)
    if not a.dir:
        shutil.rmtree(d)
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["ratio", "scaling"])
    ap.add_argument("--zzplan", required=True)
    ap.add_argument("--gen", required=True)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--scales", default="1,10,100")
    ap.add_argument("--dir")
    a = ap.parse_args()
    return ratio(a) if a.what == "ratio" else scaling(a)


if __name__ == "__main__":
    sys.exit(main())
