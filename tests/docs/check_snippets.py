#!/usr/bin/env python3
"""Checks that the C++ code shown in the Markdown docs is the code that is compiled.

Run by CTest (docs.snippets) as
    python3 tests/docs/check_snippets.py --root <source dir> [--strict GLOB ...] [FILE.md ...]
Without FILE arguments it checks README.md and docs/**/*.md under the root.

The convention (also in docs/CONTRIBUTING-docs.md): an HTML comment on the line before a fenced
code block (blank lines between are allowed) names where the block comes from.

    <!-- snippet: examples/01_quick_start.cpp -->              the whole file
    <!-- snippet: examples/01_quick_start.cpp lines 12-27 -->  lines 12 to 27 (1-based, inclusive;
                                                               "[lines 12-27]" is accepted too)
    <!-- snippet: docs/exercises/ex01.cpp region answer -->   the lines between "// snippet-begin: answer"
                                                               and "// snippet-end: answer" (markers
                                                               excluded, common indentation removed)
    <!-- signature: include/zzplan/target.hpp -->             each non-empty line of the block,
                                                               whitespace collapsed, occurs in the
                                                               file (whitespace collapsed too)
    <!-- output: examples/04_midterm_review.cpp -->          (any fence language) each non-empty
                                                               line of the block is the text of an
                                                               "// expect-output: <text>" line of the
                                                               file, which CTest checks against the
                                                               program's real output
    <!-- compiler-output: compile_fail/NAME gcc -->          (any fence language) the first
                                                               diagnostic that the compile-fail
                                                               test compile_fail.NAME recorded with
                                                               that compiler (gcc or clang), paths
                                                               and line:column numbers masked
    <!-- not-compiled: <reason> -->                          deliberately not checked

Python files (python/examples/*.py) use the same markers in "#" comments ("# snippet-begin: NAME",
"# expect-output: TEXT"), and in files matched by --strict a ```python block needs a marker too.

snippet blocks must equal the named text exactly (trailing spaces and a final newline aside).
With --update the snippet blocks are rewritten from their files instead (signature blocks are
only checked): write the marker and an empty ```cpp block, run --update, review the diff.
The named file must exist under the root.

compiler-output blocks are compared only when --recordings DIR names where a build's compile-fail
tests wrote their recordings (DIR/NAME.gcc.txt, DIR/NAME.clang.txt: build/<preset>/compile_fail_sizes);
CTest runs that as docs.compiler_output after the compile_fail tests. Before comparing, both sides
are masked: whatever precedes include/zzplan/ or tests/compile_fail/ in a path becomes ".../", a
path's :line:column becomes :LINE:COL (:LINE alone in an include chain), and g++'s source-line
gutter " 94 |" becomes " LINE |", so the docs do not go stale when a header gains a line. With
--compiler NAME (the build's compiler) blocks of the other compiler are listed as not checked
here. A block whose recording is missing is not a pass: the run then exits with status 77, which
CTest reports as skipped. --update with --recordings rewrites compiler-output blocks from the
recordings, masked. --strict-output GLOB (repeatable): in those files a fenced block that shows a
compiler diagnostic ("error: ") needs a marker.

--lint-expect GLOB (repeatable) also checks C++ sources for "expect-output:" in the middle of a
comment line: the trace of a long "// expect-output:" line reflowed by clang-format, after which
the test would check only a fragment of it. In files matched by --strict, every ```cpp block needs
one of these markers; elsewhere unmarked ```cpp blocks are listed but do not fail.
Exit status: 0 when everything matches, 1 otherwise (every problem is printed as file:line: ...),
77 when there are no problems but recordings were missing (see above).
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import sys
from pathlib import Path

MARKER = re.compile(r"^\s*<!--\s*(snippet|signature|output|compiler-output|not-compiled)\s*:\s*(.*?)\s*-->\s*$")
EXPECT = re.compile(r"^\s*(?://|#)\s*expect-output:(.*)$")  # C++ or Python
FENCE_OPEN = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([A-Za-z0-9_+-]*)")
LINES = re.compile(r"^(\S+)\s+\[?\s*lines\s+(\d+)\s*-\s*(\d+)\s*\]?$")
REGION = re.compile(r"^(\S+)\s+region\s+([A-Za-z0-9_.-]+)$")
CPP_LANGS = {"cpp", "c++", "cxx", "cc"}
PY_LANGS = {"python", "py"}
COMPILER_OUTPUT = re.compile(r"^compile_fail/([A-Za-z0-9_]+)\s+(gcc|clang)$")
DIAGNOSTIC = re.compile(r"(^|\s)(fatal )?error: ")
SKIP_STATUS = 77  # CTest's SKIP_RETURN_CODE for docs.compiler_output

# Masks for compiler output. A path token is preceded by the start of the line, a blank, a quote or
# "(": the masks below never reach into the text of a message.
_TOKEN_START = r"(?<![^\s'\"(`])"
PATH_PREFIX = re.compile(_TOKEN_START + r"[^\s'\"(`]*(?=(?:include/zzplan|tests/compile_fail)/)")
LINE_COLUMN = re.compile(_TOKEN_START + r"([^\s'\"(`:]*[./][^\s'\"(`:]*):(\d+)(?::(\d+))?(?=[:,]|$)")
GUTTER = re.compile(r"^ *\d+ \|")


def mask_compiler_output(lines: list[str]) -> list[str]:
    """The masked form of compiler output: no machine paths, no line or column numbers."""
    out = []
    for line in lines:
        line = PATH_PREFIX.sub(".../", line.rstrip())
        line = LINE_COLUMN.sub(lambda m: m.group(1) + (":LINE:COL" if m.group(3) else ":LINE"), line)
        out.append(GUTTER.sub(" LINE |", line))
    return normalise(out)


def dedent(lines: list[str]) -> list[str]:
    indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
    cut = min(indents) if indents else 0
    return [l[cut:] if l.strip() else "" for l in lines]


def normalise(lines: list[str]) -> list[str]:
    out = [l.rstrip() for l in lines]
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return out


def collapse(text: str) -> str:
    return " ".join(text.split())


class Checker:
    def __init__(self, root: Path, strict: list[str], update: bool = False,
                 recordings: Path | None = None, compiler: str | None = None,
                 strict_output: list[str] | None = None):
        self.update = update
        self.recordings = recordings
        self.compiler = compiler
        self.strict_output = strict_output or []
        self.compared = 0
        self.deferred = 0
        self.missing: list[str] = []
        self.elsewhere: list[str] = []
        self.replacements: list[tuple[int, int, list[str]]] = []
        self.root = root
        self.strict = strict
        self.problems: list[str] = []
        self.checked = 0
        self.unmarked: list[str] = []

    def problem(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def source(self, where: str, rel: str) -> list[str] | None:
        path = (self.root / rel).resolve()
        if not path.is_file() or self.root.resolve() not in path.parents:
            self.problem(where, f"the named file '{rel}' does not exist under {self.root}")
            return None
        return path.read_text(encoding="utf-8").split("\n")

    def expected(self, where: str, spec: str) -> list[str] | None:
        m = LINES.match(spec)
        if m:
            text = self.source(where, m.group(1))
            if text is None:
                return None
            first, last = int(m.group(2)), int(m.group(3))
            if first < 1 or last < first or last > len(text):
                self.problem(where, f"lines {first}-{last} are not within '{m.group(1)}' ({len(text)} lines)")
                return None
            return text[first - 1 : last]
        m = REGION.match(spec)
        if m:
            text = self.source(where, m.group(1))
            if text is None:
                return None
            name = m.group(2)
            begin = [i for i, l in enumerate(text) if re.search(rf"(?://|#)\s*snippet-begin:\s*{re.escape(name)}\s*$", l)]
            end = [i for i, l in enumerate(text) if re.search(rf"(?://|#)\s*snippet-end:\s*{re.escape(name)}\s*$", l)]
            if len(begin) != 1 or len(end) != 1 or end[0] < begin[0]:
                self.problem(where, f"'{m.group(1)}' needs exactly one '// snippet-begin: {name}' "
                                    f"before one '// snippet-end: {name}'")
                return None
            return dedent(text[begin[0] + 1 : end[0]])
        if " " in spec:
            self.problem(where, f"cannot read the marker '{spec}': write 'PATH', 'PATH lines A-B' or 'PATH region NAME'")
            return None
        return self.source(where, spec)

    def check_compiler_output(self, rel: str, fence_line: int, spec: str, block: list[str]) -> None:
        where = f"{rel}:{fence_line}"
        m = COMPILER_OUTPUT.match(spec)
        if not m:
            self.problem(where, f"cannot read the marker 'compiler-output: {spec}': write "
                                "'compiler-output: compile_fail/NAME gcc' (or clang)")
            return
        name, compiler = m.groups()
        if not (self.root / "tests" / "compile_fail" / f"{name}.cpp").is_file():
            self.problem(where, f"there is no compile-fail test 'tests/compile_fail/{name}.cpp' under {self.root}")
            return
        if self.recordings is None:
            self.deferred += 1
            return
        recording = self.recordings / f"{name}.{compiler}.txt"
        if not recording.is_file():
            if self.compiler and compiler != self.compiler:
                self.elsewhere.append(f"{where}: note: {compiler} output, not checked by a {self.compiler} build")
            else:
                self.missing.append(f"{where}: no recording {recording}")
            return
        want = mask_compiler_output(recording.read_text(encoding="utf-8", errors="replace").split("\n"))
        if not want:
            self.problem(where, f"the recording {recording} holds no diagnostic")
            return
        self.compared += 1
        if self.update:
            self.replacements.append((fence_line, fence_line + len(block), want))
            return
        got = mask_compiler_output(block)
        if want != got:
            for i in range(max(len(want), len(got))):
                w = want[i] if i < len(want) else "<end of the recording>"
                g = got[i] if i < len(got) else "<end of block>"
                if w != g:
                    self.problem(where, f"the block is not what compile_fail.{name} recorded with {compiler} "
                                        f"(masked), from its line {i + 1}:\n    recorded: {w}\n    doc:      {g}\n"
                                        f"    to take the recording: python3 tests/docs/check_snippets.py --update "
                                        f"--recordings {self.recordings} {rel}")
                    break

    def check_block(self, rel: str, fence_line: int, kind: str, spec: str, block: list[str]) -> None:
        where = f"{rel}:{fence_line}"
        self.checked += 1
        if kind == "compiler-output":
            self.check_compiler_output(rel, fence_line, spec, block)
            return
        if kind == "not-compiled":
            if not spec:
                self.problem(where, "'not-compiled:' needs a reason")
            return
        if kind == "output":
            text = self.source(where, spec)
            if text is None:
                return
            expected = {m.group(1).strip() for m in map(EXPECT.match, text) if m}
            for offset, line in enumerate(block):
                if line.strip() and line.strip() not in expected:
                    self.problem(f"{rel}:{fence_line + 1 + offset}",
                                 f"this line is not an '// expect-output:' line of '{spec}': {line.strip()}")
            return
        if kind == "signature":
            text = self.source(where, spec)
            if text is None:
                return
            haystack = collapse("\n".join(text))
            for offset, line in enumerate(block):
                if line.strip() and collapse(line) not in haystack:
                    self.problem(f"{rel}:{fence_line + 1 + offset}", f"this line is not in '{spec}': {line.strip()}")
            return
        want = self.expected(where, spec)
        if want is None:
            return
        if self.update:
            self.replacements.append((fence_line, fence_line + len(block), normalise(want)))
            return
        want, got = normalise(want), normalise(dedent(block) if "region" in spec.split() else block)
        if want != got:
            for i in range(max(len(want), len(got))):
                w = want[i] if i < len(want) else "<end of snippet>"
                g = got[i] if i < len(got) else "<end of block>"
                if w != g:
                    self.problem(where, f"the block differs from '{spec}' at its line {i + 1}:\n"
                                        f"    source: {w}\n    doc:    {g}")
                    break

    def check_file(self, md: Path) -> None:
        rel = md.relative_to(self.root).as_posix() if self.root in md.parents else str(md)
        strict = any(fnmatch.fnmatch(rel, pat) for pat in self.strict)
        strict_output = any(fnmatch.fnmatch(rel, pat) for pat in self.strict_output)
        lines = md.read_text(encoding="utf-8").split("\n")
        self.replacements = []
        pending: tuple[str, str, int] | None = None
        i = 0
        while i < len(lines):
            line = lines[i]
            marker = MARKER.match(line)
            if marker:
                if pending:
                    self.problem(f"{rel}:{pending[2]}", "this marker is not followed by a code block")
                pending = (marker.group(1), marker.group(2), i + 1)
                i += 1
                continue
            fence = FENCE_OPEN.match(line)
            if fence:
                indent, ticks, lang = fence.groups()
                j = i + 1
                while j < len(lines) and not lines[j].strip().startswith(ticks):
                    j += 1
                block = [l[len(indent):] if l.startswith(indent) else l for l in lines[i + 1 : j]]
                where = f"{rel}:{i + 1}"
                if pending:
                    self.check_block(rel, i + 1, pending[0], pending[1], block)
                elif strict_output and lang.lower() not in CPP_LANGS and any(map(DIAGNOSTIC.search, block)):
                    self.problem(where, "compiler output without a '<!-- compiler-output: compile_fail/NAME gcc -->' "
                                        "marker (or '<!-- not-compiled: reason -->'; see docs/CONTRIBUTING-docs.md)")
                elif lang.lower() in CPP_LANGS | PY_LANGS:
                    if strict:
                        self.problem(where, f"a ```{lang} block without a marker (see docs/CONTRIBUTING-docs.md)")
                    else:
                        self.unmarked.append(where)
                pending = None
                i = j + 1
                continue
            if pending and line.strip():
                self.problem(f"{rel}:{pending[2]}", "this marker is not followed by a code block")
                pending = None
            i += 1
        if pending:
            self.problem(f"{rel}:{pending[2]}", "this marker is not followed by a code block")
        if self.update and self.replacements:
            # fence_line is the 1-based line of the opening fence: the block is lines[first:last]
            for first, last, text in reversed(self.replacements):
                lines[first:last] = text
            md.write_text("\n".join(lines), encoding="utf-8")
            print(f"{rel}: {len(self.replacements)} blocks rewritten from their files or recordings")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    ap.add_argument("--strict", action="append", default=[], metavar="GLOB",
                    help="Markdown files (relative to the root) in which every ```cpp block needs a marker")
    ap.add_argument("--lint-expect", action="append", default=[], metavar="GLOB",
                    help="C++ sources (relative to the root) whose expect-output lines must be whole")
    ap.add_argument("--update", action="store_true",
                    help="rewrite each snippet block from its file (and, with --recordings, each "
                         "compiler-output block from its recording) instead of checking it")
    ap.add_argument("--recordings", type=Path, metavar="DIR",
                    help="where the compile-fail tests recorded their first diagnostics "
                         "(build/<preset>/compile_fail_sizes): compare the compiler-output blocks")
    ap.add_argument("--compiler", choices=["gcc", "clang"],
                    help="the compiler of the build that made the recordings")
    ap.add_argument("--strict-output", action="append", default=[], metavar="GLOB",
                    help="Markdown files (relative to the root) in which every block of compiler "
                         "output needs a marker")
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args()
    root = args.root.resolve()
    files = [f.resolve() for f in args.files]
    if not files:
        files = [p for p in [root / "README.md"] if p.is_file()]
        files += sorted((root / "docs").rglob("*.md")) if (root / "docs").is_dir() else []
    recordings = args.recordings.resolve() if args.recordings else None
    checker = Checker(root, args.strict, args.update, recordings, args.compiler, args.strict_output)
    for md in files:
        checker.check_file(md)
    for pattern in args.lint_expect:
        for src in sorted(root.glob(pattern)):
            for n, line in enumerate(src.read_text(encoding="utf-8").split("\n"), 1):
                if "expect-output:" in line and not EXPECT.match(line):
                    checker.problem(f"{src.relative_to(root).as_posix()}:{n}",
                                    "'expect-output:' inside a comment line (reflowed by clang-format?): "
                                    "put the expected output after a '// clang-format off' line")
    for where in checker.unmarked:
        print(f"{where}: note: a ```cpp block without a marker is not checked")
    for line in checker.elsewhere:
        print(line)
    if checker.deferred:
        print(f"check_snippets: {checker.deferred} compiler-output blocks not compared here "
              "(that needs --recordings: CTest docs.compiler_output)")
    if recordings is not None:
        print(f"check_snippets: {checker.compared} compiler-output blocks "
              f"{'taken from' if args.update else 'compared with'} the recordings in {recordings}")
    for where in checker.missing:
        print(f"{where}: missing")
    for p in checker.problems:
        print(p)
    print(f"check_snippets: {len(files)} files, {checker.checked} marked blocks, "
          f"{len(checker.problems)} problems")
    if checker.problems:
        return 1
    if recordings is not None and (checker.missing or checker.compared == 0):
        print(f"check_snippets: SKIPPED: {len(checker.missing)} compiler-output blocks have no recording "
              f"and {checker.compared} could be compared; run the compile-fail tests first "
              "(ctest -L compile_fail) or let CTest run them (docs.compiler_output requires them)")
        return SKIP_STATUS
    return 0


if __name__ == "__main__":
    sys.exit(main())
