#!/usr/bin/env python3
"""Checks that the repository stands on its own: no file points outside it, no comment names an issue.

Run by CTest (docs.no_outside_paths) as
    python3 tests/docs/check_no_outside_paths.py --root <source dir>

A reader of the repository has only the repository. A file that sends them to a team's private
notes (a method or design document kept beside the checkout, a shared data folder) sends them
nowhere; what such a reference means belongs in the repository itself (docs/method.md for the
method, docs/design.md for the design). So every file is searched for the names of those
documents and folders.

Comments say why the code is as it is. Which issue or ticket asked for a change is history: it
belongs in the commit message, and to a reader without the tracker it says nothing. So the comments
(and docstrings) of C++ sources, CMake files and Python scripts are searched for an issue number:
the word issue or ticket, singular or plural, followed by a number, with or without a '#'.

The files are those git tracks when the root is a git checkout (git ls-files), otherwise every
file under the root except build trees (build*/, cmake-build-*/), version-control and cache
folders; fuzz/corpus/ is skipped in both cases (fuzzer inputs are data, not text for readers), and
so are binary files. The patterns are assembled from pieces so that this file does not match
itself. Exit status: 0 when nothing is found, 1 otherwise (each finding as file:line: ...).
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tempfile
import tokenize
from pathlib import Path

# Assembled from pieces: written whole, these strings would make this very file fail the check.
_MD = "." + "md"
OUTSIDE = [
    "DOMAIN" + _MD,
    "DESIGN" + _MD,
    ".." + "/shared",
    "/work" + "/shared",
    "shared" + "/data",
]
ISSUE = re.compile(r"\b(?:issue|ticket)s?\s*(?:no\.?\s*)?#?\s*\d+", re.IGNORECASE)

SKIP_DIRS = {".git", ".cache", "__pycache__", "node_modules", ".venv", "venv"}
SKIP_PREFIXES = ("fuzz/corpus/",)


def is_build_dir(name: str) -> bool:
    return name == "build" or name.startswith(("build-", "build_", "cmake-build-"))


def tracked_files(root: Path) -> list[str] | None:
    """The files git tracks under root, or None when root is not a git checkout."""
    try:
        res = subprocess.run(["git", "-C", str(root), "ls-files", "-z"], capture_output=True, check=False)
    except OSError:
        return None
    if res.returncode != 0:
        return None
    return [p for p in res.stdout.decode("utf-8", errors="replace").split("\0") if p]


def walked_files(root: Path) -> list[str]:
    out = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part in SKIP_DIRS or is_build_dir(part) for part in rel.parts[:-1]):
            continue
        if path.is_file():
            out.append(rel.as_posix())
    return out


def comment_kind(rel: str) -> str | None:
    name = rel.rsplit("/", 1)[-1]
    if name == "CMakeLists.txt" or name.endswith(".cmake") or name.endswith(".cmake.in"):
        return "hash"
    if name.endswith(".py"):
        return "python"
    if name.endswith((".hpp", ".cpp", ".h", ".cc", ".cxx", ".hh", ".ipp")):
        return "cpp"
    return None


def cpp_comments(text: str) -> list[tuple[int, str]]:
    """(line, text) of each comment of a C++ source, skipping string and character literals."""
    out: list[tuple[int, str]] = []
    i, n, line = 0, len(text), 1
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append((line, text[i + 2 : end]))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end
            for k, part in enumerate(text[i + 2 : end].split("\n")):
                out.append((line + k, part))
            line += text.count("\n", i, end)
            i = end + 2
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            open_paren = text.find("(", i + 2)
            if open_paren < 0:
                i += 1
                continue
            close = ")" + text[i + 2 : open_paren] + '"'
            end = text.find(close, open_paren)
            end = n if end < 0 else end + len(close)
            line += text.count("\n", i, end)
            i = end
        elif c in "\"'":
            if c == "'" and i > 0 and text[i - 1].isalnum():  # a digit separator: 10'000
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
        else:
            i += 1
    return out


def hash_comments(text: str) -> list[tuple[int, str]]:
    """(line, text) after a '#' outside quotes: CMake's comments (bracket comments aside)."""
    out = []
    for number, line in enumerate(text.split("\n"), 1):
        quoted = False
        for k, c in enumerate(line):
            if c == '"' and (k == 0 or line[k - 1] != "\\"):
                quoted = not quoted
            elif c == "#" and not quoted:
                out.append((number, line[k + 1 :]))
                break
    return out


def python_comments(text: str) -> list[tuple[int, str]]:
    """(line, text) of each comment and docstring-like string of a Python script."""
    out: list[tuple[int, str]] = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return hash_comments(text)
    previous = tokenize.NEWLINE
    for tok in tokens:
        if tok.type == tokenize.COMMENT:
            out.append((tok.start[0], tok.string[1:]))
        elif tok.type == tokenize.STRING and previous in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT,
                                                           tokenize.DEDENT):
            for k, part in enumerate(tok.string.split("\n")):
                out.append((tok.start[0] + k, part))
        if tok.type not in (tokenize.COMMENT,):
            previous = tok.type
    return out


def self_test() -> int:
    """Runs the check on a small tree made here (not a git checkout): each planted finding and no other."""
    issue = "iss" + "ue"
    planted = {
        "docs/notes.md": f"the method is in {OUTSIDE[0]}\n",
        "tools/x.py": f"# {issue} 6: the parser\nx = '{issue} 9'  # a string, not a comment\n",
        "include/a.hpp": (f"int a = 10'000; // see {issue} #7\nconst char* s = \"{issue} 5\";\n"
                          f"/* long\n   {issue}s 3 and 4 */\n"),
        "cmake/b.cmake": f'set(X "a#b") # after {issue} 12\n',
        "build/gcc/ignored.txt": f"{OUTSIDE[3]}\n",
        "fuzz/corpus/plan/seed.toml": f"{OUTSIDE[2]}\n",
    }
    expected = {"docs/notes.md:1", "tools/x.py:1", "include/a.hpp:1", "include/a.hpp:4", "cmake/b.cmake:1"}
    with tempfile.TemporaryDirectory() as tmp:
        for rel, text in planted.items():
            (Path(tmp) / rel).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / rel).write_text(text, encoding="utf-8")
        found = {f.split(": ", 1)[0] for f in check(Path(tmp))[1]}
    ok = found == expected
    print(f"check_no_outside_paths --self-test: found {sorted(found)}; "
          f"{'as planted' if ok else 'expected ' + str(sorted(expected))}")
    return 0 if ok else 1


def check(root: Path) -> tuple[str, list[str], int]:
    """How the files were found, the problems, and the number of files scanned."""
    files = tracked_files(root)
    how = "tracked by git"
    if not files:  # not a checkout, or a folder its enclosing repository does not track
        files, how = walked_files(root), "found under the root (not a git checkout)"
    files = [f for f in files if not f.startswith(SKIP_PREFIXES)]

    problems: list[str] = []
    scanned = 0
    for rel in files:
        path = root / rel
        if not path.is_file():  # deleted in the work tree but still in the index
            continue
        data = path.read_bytes()
        if b"\0" in data:
            continue
        scanned += 1
        text = data.decode("utf-8", errors="replace")
        for number, line in enumerate(text.split("\n"), 1):
            for pattern in OUTSIDE:
                if pattern in line:
                    problems.append(f"{rel}:{number}: names '{pattern}', which is outside the repository: "
                                    "say here what it says (docs/method.md, docs/design.md) or drop the reference")
        kind = comment_kind(rel)
        if kind is None:
            continue
        comments = {"cpp": cpp_comments, "hash": hash_comments, "python": python_comments}[kind](text)
        for number, comment in comments:
            m = ISSUE.search(comment)
            if m:
                problems.append(f"{rel}:{number}: a comment names an issue ('{m.group(0)}'): say why the code "
                                "is so; which issue asked for it belongs in the commit message")
    return how, problems, scanned


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    ap.add_argument("--self-test", action="store_true",
                    help="check the checker on a tree with planted findings")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    how, problems, scanned = check(args.root.resolve())
    for p in problems:
        print(p)
    print(f"check_no_outside_paths: {scanned} files {how}, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
