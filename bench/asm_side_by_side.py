#!/usr/bin/env python3
"""The machine code of one goal kind beside the baseline's.

    python3 bench/asm_side_by_side.py build/bench/bench/zzplan_bench_asm_level [--width 78]

Disassembles (objdump, Intel syntax) typed_level, the typed zzplan::evaluate of a level goal, and
plain_level, the hand-written plain-double baseline (bench/asm_level.cpp), each with the functions
of the program it calls (the evaluation core, not the C library), and prints first a table of
counts for each side (instructions, bytes, branches, calls to pow and log, stack frame), then the
two listings in two columns. Addresses and raw bytes are left out, jump targets are kept as the
offset in their function. Exit status 1 if objdump or a function is missing.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

FUNC = re.compile(r"^[0-9a-f]+ <(.+)>:$")
INSN = re.compile(r"^\s*([0-9a-f]+):\s+(.*)$")
CALL = re.compile(r"\bcall\s+[0-9a-f]+ <(.+)>$")
TARGET = re.compile(r"^(\S+)\s+[0-9a-f]+ <(.+)>$")  # a jump or call with its target's name
LIBM = ("pow", "log", "exp")


def disassemble(binary: str) -> dict[str, list[tuple[int, str]]]:
    out = subprocess.run(
        ["objdump", "-d", "-C", "--no-show-raw-insn", "-M", "intel", binary],
        check=True, capture_output=True, text=True).stdout
    funcs: dict[str, list[tuple[int, str]]] = {}
    current = None
    for line in out.splitlines():
        m = FUNC.match(line)
        if m:
            current = m.group(1)
            funcs[current] = []
            continue
        m = INSN.match(line)
        if m and current is not None:
            funcs[current].append((int(m.group(1), 16), m.group(2).strip()))
    return funcs


def find(funcs: dict, prefix: str) -> str:
    for name in funcs:
        if name.startswith(prefix + "(") or name == prefix:
            return name
    sys.exit(f"asm_side_by_side: no function {prefix} in the program")


def closure(funcs: dict, root: str) -> list[str]:
    """root and the program's own functions it calls, in call order (not the libraries')."""
    order, todo = [], [root]
    while todo:
        name = todo.pop(0)
        if name in order:
            continue
        order.append(name)
        for _, text in funcs[name]:
            m = CALL.search(text)
            if m:
                callee = m.group(1).split("+")[0]
                if "@plt" not in callee and callee in funcs and callee not in order:
                    todo.append(callee)
    return order


def short(name: str) -> str:
    """A demangled name without its parameter list, return type and compiler clone suffix."""
    name = re.sub(r"\s+\[clone [^\]]*\]$", "", name)  # g++'s specialised copies (.isra.0)
    name = re.sub(r"\s+const$", "", name)
    if name.endswith(")"):
        depth = 0
        for i in range(len(name) - 1, -1, -1):
            depth += {")": 1, "(": -1}.get(name[i], 0)
            if depth == 0:
                name = name[:i]
                break
    depth = 0
    for i in range(len(name) - 1, -1, -1):  # a return type ends at the last blank outside <>
        depth += {">": 1, "<": -1}.get(name[i], 0)
        if depth == 0 and name[i] == " ":
            return name[i + 1:]
    return name


def brief(name: str) -> str:
    """short(name) without namespaces and a series type's details, for the table."""
    text = re.sub(r"\b(zzplan::detail::|zzplan::units::|zzplan::|std::)", "", short(name))
    text = re.sub(r"span<observation<(\w+)> const, \d+ul>&?", r"span<observation<\1>>", text)
    return text.replace(", false>", ">").replace(" >", ">")


def tidy(insns: list[tuple[int, str]]) -> list[str]:
    lines = []
    for _, text in insns:
        text = re.sub(r"\s*#.*$", "", re.sub(r"\s+", " ", text))
        m = TARGET.match(text)
        if m:
            target = m.group(2)
            if "+0x" in target and not target.endswith("@plt>"):
                target = "+0x" + target.rsplit("+0x", 1)[1]  # a jump inside the function
            else:
                target = "<" + short(target.split("@")[0]) + ">"
            text = f"{m.group(1)} {target}"
        lines.append(text)
    return lines


def counts(funcs: dict, names: list[str]) -> dict[str, int]:
    c = {"functions": len(names), "instructions": 0, "bytes": 0, "branches": 0, "calls": 0,
         "calls to pow/log/exp": 0, "stack frame (bytes)": 0}
    for name in names:
        insns = funcs[name]
        c["instructions"] += len(insns)
        if len(insns) > 1:
            c["bytes"] += insns[-1][0] - insns[0][0]
        for _, text in insns:
            op = text.split()[0] if text else ""
            if op.startswith("j") and op != "jmp":
                c["branches"] += 1
            if op == "call":
                c["calls"] += 1
                m = CALL.search(text)
                if m and short(m.group(1).split("@")[0]) in LIBM:
                    c["calls to pow/log/exp"] += 1
            m = re.match(r"sub\s+rsp,\s*0x([0-9a-f]+)", text)
            if m:
                c["stack frame (bytes)"] = max(c["stack frame (bytes)"], int(m.group(1), 16))
    return c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary", help="zzplan_bench_asm_level")
    ap.add_argument("--width", type=int, default=78, help="width of a column")
    args = ap.parse_args()
    try:
        funcs = disassemble(args.binary)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"asm_side_by_side: objdump failed: {e}", file=sys.stderr)
        return 1
    sides = {"typed": closure(funcs, find(funcs, "typed_level")),
             "plain": closure(funcs, find(funcs, "plain_level"))}
    print("| side | function | instructions | bytes | branches | calls | to pow/log/exp | stack frame |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for side, names in sides.items():
        for name in names + [None]:
            c = counts(funcs, names if name is None else [name])
            label = "**all**" if name is None else "`" + brief(name) + "`"
            print(f"| {side} | {label} | {c['instructions']:,} | {c['bytes']:,} | {c['branches']} | "
                  f"{c['calls']} | {c['calls to pow/log/exp']} | {c['stack frame (bytes)']:,} |")
    print()
    w = args.width
    left, right = [], []
    for side, col in (("typed", left), ("plain", right)):
        for name in sides[side]:
            col.append(("== " + short(name))[:w])
            col.extend(line[:w] for line in tidy(funcs[name]))
    print(f"{'typed zzplan::evaluate':<{w}} | plain doubles")
    print("-" * w + "-+-" + "-" * w)
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        print(f"{a:<{w}} | {b}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # the reader (head, less) stopped early
        sys.exit(0)
