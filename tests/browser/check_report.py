#!/usr/bin/env python3
"""Opens zzplan's HTML reports in headless Chromium and fails if the page logs a console error or
fetches anything, if a chart draws nothing, or if text falls back to missing-glyph boxes (tofu).

Python 3 standard library only. Exit 0: passed; 1: failed; 77: skipped (no chromium).

  check_report.py --chromium /usr/bin/chromium --workdir DIR
                  --report-exe zzplan_report            (writes the zh and en reports)
                  [--cli-exe zzplan --examples DIR]     (also `zzplan report` on the plan files)
                  [--html FILE ...]                     (or check these files)
                  [--screenshot OUT.png]                (of the first report; README: docs/img)
                  [--expect-tofu]                       (self-test: fonts without CJK must fail)

How each page is checked (on a copy with probe.js injected; the report itself has no script):
  * console: Chromium runs with --enable-logging=stderr --v=0, which prints every console message
    of the page as a CONSOLE line; the page has no script, so any such line fails. A capturing
    'error' listener and a console.error hook injected first in <head> catch script and resource
    errors too; performance.getEntriesByType('resource') must be empty (nothing fetched).
  * charts: every <svg> must have a non-empty getBBox() and on-screen box, draw at least 3
    elements with a non-empty box, and each non-empty <text> must have a text length > 0.
  * glyphs: each character of the page's text is drawn on a canvas in the font-family its
    element uses, and compared pixel for pixel with what that same font stack draws for code
    points no font has (U+0378, U+10FFFD, U+3FFFD): the missing-glyph box (.notdef). A character
    drawn exactly like it, or drawn without ink, has no glyph. This compares renderings, not
    widths, so it holds whatever the .notdef looks like; the method is checked on each run (the
    box has ink and differs from "A"), and --expect-tofu runs Chromium with a fontconfig that
    rejects the CJK fonts to show that the check does fail then.
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio"]
HEAD_HOOK = """<script>
window.__zzErrors = [];
window.addEventListener('error', function (e) {
  var t = e.target && e.target !== window ? (e.target.src || e.target.href || e.target.tagName) : '';
  window.__zzErrors.push('error: ' + (e.message || ('resource failed: ' + t)));
}, true);
window.addEventListener('unhandledrejection', function (e) {
  window.__zzErrors.push('unhandled rejection: ' + e.reason);
});
(function () {
  var original = console.error;
  console.error = function () {
    window.__zzErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return original.apply(console, arguments);
  };
})();
</script>"""


class Failure(Exception):
    pass


def chromium(exe, args, env=None, timeout=45):
    profile = tempfile.mkdtemp(prefix="zz-chromium-")
    try:
        cmd = [exe] + FLAGS + ["--user-data-dir=" + profile] + args
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def static_checks(page, name):
    """The markup itself: no script, no resource reference, no nan."""
    problems = []
    if re.search(r"<script", page, re.I):
        problems.append("the report contains a <script>")
    for tag in re.findall(r"<[^>]*>", page):
        for m in re.finditer(r"""\s(src|href|srcset|data|action|poster|xlink:href)\s*=\s*["']?([^"'\s>]*)""",
                             tag, re.I):
            problems.append("resource reference %s=%s" % (m.group(1), m.group(2)))
    if re.search(r"url\(|@import", page, re.I):
        problems.append("CSS url() or @import")
    if re.search(r"(^|[^A-Za-z])(nan|inf|infinity)([^A-Za-z]|$)", re.sub(r"<[^>]*>", " ", page), re.I) or \
            re.search(r"=\"[^\"]*\b(nan|inf)\b", page, re.I):
        problems.append("'nan' or 'inf' in the page")
    if page.count("<svg") != page.count("</svg>") or page.count("<svg") == 0:
        problems.append("no or unbalanced <svg> elements")
    return ["%s: %s" % (name, p) for p in problems]


def probe_page(exe, path, workdir, env=None):
    """Loads a copy of the page with the probe; returns (probe result, console lines)."""
    with open(path, encoding="utf-8") as f:
        page = f.read()
    with open(os.path.join(HERE, "probe.js"), encoding="utf-8") as f:
        probe = "<script>\n" + f.read() + "\n</script>"
    if "<head>" not in page or "</body>" not in page:
        raise Failure("%s: no <head> or </body>" % path)
    copy = os.path.join(workdir, "probe-" + os.path.basename(path))
    with open(copy, "w", encoding="utf-8") as f:
        f.write(page.replace("<head>", "<head>\n" + HEAD_HOOK, 1).replace("</body>", probe + "\n</body>", 1))
    rc, out, err = chromium(exe, ["--enable-logging=stderr", "--v=0", "--window-size=1280,2000",
                                  "--dump-dom", "file://" + os.path.abspath(copy)], env=env)
    console = [line for line in err.splitlines() if re.search(r"CONSOLE[:(]", line)]
    found = re.findall(r'<pre id="zz-probe-result" style="[^"]*">(.*?)</pre>', out, re.S)
    if rc != 0 or not found:
        raise Failure("%s: chromium exited with %d and no probe result\n%s" % (path, rc, err[-3000:]))
    return json.loads(html.unescape(found[-1])), console


def check_page(exe, path, workdir, env=None):
    with open(path, encoding="utf-8") as f:
        problems = static_checks(f.read(), path)
    result, console = probe_page(exe, path, workdir, env)
    problems += ["%s: console: %s" % (path, line) for line in console]
    problems += ["%s: %s" % (path, e) for e in result["errors"]]
    problems += ["%s: fetched %s" % (path, r) for r in result["resources"]]
    for s in result["svgs"]:
        bw, bh = s["bbox"][2], s["bbox"][3]
        cw, ch = s["client"]
        if not (bw > 0 and bh > 0 and cw > 0 and ch > 0) or s["drawn"] < 3 or s["emptyTexts"] > 0:
            problems.append("%s: chart %d '%s' draws nothing (bbox %s, on screen %s, %d drawn, %d "
                            "empty texts)" % (path, s["index"], s["title"], s["bbox"], s["client"],
                                              s["drawn"], s["emptyTexts"]))
    missing = []
    for family, g in result["glyphs"].items():
        if not g["methodOk"]:
            problems.append("%s: the missing-glyph check cannot work for %s" % (path, family))
        missing += g["missing"] + g["blank"]
    if missing:
        problems.append("%s: %d characters without a glyph (tofu): %s" % (
            path, len(missing), "".join(sorted(set(missing)))[:80]))
    chars = sum(g["chars"] for g in result["glyphs"].values())
    print("  %s: %d charts, %d distinct characters in %d font stacks, %d console lines, "
          "%d resources fetched" % (os.path.basename(path), len(result["svgs"]), chars,
                                    len(result["glyphs"]), len(console), len(result["resources"])))
    if not result["svgs"]:
        problems.append("%s: no chart at all" % path)
    return problems, missing


def screenshot(exe, path, out):
    rc, _, err = chromium(exe, ["--window-size=1240,1640", "--force-device-scale-factor=1",
                                "--screenshot=" + os.path.abspath(out), "file://" + os.path.abspath(path)])
    if rc != 0 or not os.path.exists(out) or os.path.getsize(out) == 0:
        raise Failure("screenshot of %s failed (%d)\n%s" % (path, rc, err[-2000:]))
    print("  screenshot: %s (%d KB)" % (out, os.path.getsize(out) // 1024))


def make_reports(args):
    pages = list(args.html)
    if args.report_exe:
        for lang in ("zh", "en"):
            out = os.path.join(args.workdir, "zzplan_report.%s.html" % lang)
            cmd = [args.report_exe, "--lang", lang, "--html", out]
            p = subprocess.run(cmd, capture_output=True, timeout=60)
            if p.returncode != 0 or not os.path.exists(out):
                raise Failure("%s failed (%d):\n%s" % (" ".join(cmd), p.returncode, p.stderr.decode()))
            pages.append(out)
    if args.cli_exe:
        for plan, data in (("zhuzhou.toml", "zhuzhou.csv"), ("fyp14.toml", "china.csv")):
            out = os.path.join(args.workdir, "cli_" + plan.replace(".toml", ".html"))
            cmd = [args.cli_exe, "report", os.path.join(args.examples, plan),
                   os.path.join(args.examples, "data", data), "-o", out]
            p = subprocess.run(cmd, capture_output=True, timeout=60)
            if p.returncode != 0 or not os.path.exists(out):
                raise Failure("%s failed (%d):\n%s" % (" ".join(cmd), p.returncode, p.stderr.decode()))
            pages.append(out)
    return pages


def no_cjk_fontconfig(workdir):
    """A fontconfig that rejects every font covering 中 (U+4E2D); None if that is not possible."""
    listing = subprocess.run(["fc-list", ":charset=4e2d", "file"], capture_output=True, text=True)
    files = [line.split(":")[0].strip() for line in listing.stdout.splitlines() if line.strip()]
    conf = os.path.join(workdir, "no-cjk-fonts.conf")
    with open(conf, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                "<cachedir>%s</cachedir>\n<selectfont><rejectfont>\n%s</rejectfont></selectfont>\n"
                "</fontconfig>\n" % (html.escape(os.path.join(workdir, "fc-cache")),
                                     "".join("<glob>%s</glob>\n" % html.escape(x) for x in files)))
    env = dict(os.environ, FONTCONFIG_FILE=conf)
    still = subprocess.run(["fc-list", ":charset=4e2d", "file"], capture_output=True, text=True, env=env)
    return env if not still.stdout.strip() else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--report-exe")
    ap.add_argument("--cli-exe")
    ap.add_argument("--examples")
    ap.add_argument("--html", nargs="*", default=[])
    ap.add_argument("--screenshot")
    ap.add_argument("--expect-tofu", action="store_true")
    args = ap.parse_args()
    if not (os.path.isfile(args.chromium) and os.access(args.chromium, os.X_OK)):
        print("SKIPPED: %s not found; the browser test needs Debian's chromium and fonts-noto-cjk "
              "(apt-get install chromium fonts-noto-cjk)" % args.chromium)
        return SKIP
    start = time.monotonic()
    os.makedirs(args.workdir, exist_ok=True)
    try:
        pages = make_reports(args)
        if not pages:
            raise Failure("nothing to check: give --report-exe, --cli-exe or --html")
        if args.expect_tofu:
            if not shutil.which("fc-list"):
                print("SKIPPED: fc-list (fontconfig) not found")
                return SKIP
            env = no_cjk_fontconfig(args.workdir)
            if env is None:
                print("SKIPPED: cannot hide the CJK fonts from fontconfig here")
                return SKIP
            _, missing = check_page(args.chromium, pages[0], args.workdir, env)
            if not any(ord(c) >= 0x4E00 for c in missing):
                raise Failure("without CJK fonts, no Chinese character was found missing: the "
                              "missing-glyph check does not work")
            print("without CJK fonts the check finds %d characters without a glyph, as it should"
                  % len(set(missing)))
        else:
            problems = []
            for p in pages:
                problems += check_page(args.chromium, p, args.workdir)[0]
            if args.screenshot:
                screenshot(args.chromium, pages[0], args.screenshot)
            if problems:
                raise Failure("\n".join(problems))
    except (Failure, subprocess.TimeoutExpired) as e:
        print("FAILED: %s" % e)
        return 1
    print("passed in %.1f s" % (time.monotonic() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
