#!/usr/bin/env python3
"""The corpus of real target wordings (CTest cli.corpus): every wording of wordings.tsv is read by
`zzplan explain --format json` as its line expects.

Usage: check_corpus.py ZZPLAN WORDINGS.tsv [--show] [--count]

--show prints each wording with what was read (to write a new line's EXPECTED);
--count prints how many wordings are read right and exits 0 whatever the result (to measure a
parser against the corpus). Without them the script fails when any wording is not read right.
"""

import json
import subprocess
import sys

NUMBERS = {"value", "stretch", "high", "from", "tolerance"}
FIELDS = {"name", "kind", "comparison", "value", "unit", "stretch", "high", "from", "of",
          "per_year", "tolerance", "modality", "reference", "price_basis"}


def read_corpus(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not parts[0] or not parts[2].strip():
                sys.exit(f"{path}:{n}: expected WORDING<TAB>EXPECTED<TAB>SOURCE")
            expected = {}
            for item in parts[1].split():
                key, eq, value = item.partition("=")
                if key not in FIELDS | {"refused", "says", "explain"}:
                    sys.exit(f"{path}:{n}: unknown key '{key}'")
                expected[key] = value if eq else True
            rows.append((n, parts[0], expected))
    return rows


def same(key, want, got):
    if key in NUMBERS:
        if got is None:
            return want == ""
        try:
            return abs(float(want) - float(got)) <= 1e-9 * max(1.0, abs(float(want)))
        except ValueError:
            return False
    if key == "per_year":
        return str(got).lower() == want.lower()
    return (got if got is not None else "") == want


def check(zzplan, wording, expected):
    """The reasons the reading differs from the expectation ([] when it is read right)."""
    p = subprocess.run([zzplan, "explain", "--format", "json", wording], capture_output=True,
                       timeout=60)
    try:
        got = json.loads(p.stdout.decode("utf-8"))
    except ValueError:
        return [f"no JSON (exit {p.returncode}): {p.stderr.decode('utf-8', 'replace').strip()}"], None
    if expected.get("refused"):
        if p.returncode != 2 or "error" not in got:
            return [f"read, but should be refused: {got.get('kind')}"], got
        says = expected.get("says")
        if says and says not in got["error"]:
            return [f"refused without '{says}': {got['error']}"], got
        return [], got
    if p.returncode != 0 or "error" in got:
        return [f"refused: {got.get('error')}"], got
    why = []
    for key, want in expected.items():
        if key == "explain":
            if want not in got.get("explain", {}).get("en", ""):
                why.append(f"explanation without '{want}': {got.get('explain', {}).get('en')}")
        elif key not in got:
            why.append(f"no field {key}")
        elif not same(key, want, got[key]):
            why.append(f"{key}: {got[key]!r}, expected {want!r}")
    return why, got


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    zzplan, path = sys.argv[1], sys.argv[2]
    show, count = "--show" in sys.argv, "--count" in sys.argv
    rows = read_corpus(path)
    wrong = []
    for n, wording, expected in rows:
        why, got = check(zzplan, wording, expected)
        if show:
            print(f"{wording}\t{json.dumps(got, ensure_ascii=False) if got else ''}")
        if why:
            wrong.append(f"{path}:{n}: {wording}: " + "; ".join(why))
    right = len(rows) - len(wrong)
    if count or wrong:
        print("\n".join(wrong))
    print(f"{right} of {len(rows)} wordings read right")
    sys.exit(0 if count or not wrong else 1)


if __name__ == "__main__":
    main()
