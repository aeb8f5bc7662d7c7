#!/usr/bin/env python3
"""Spanish wording fixes for data/rulings.csv (issue #15), kept as a script because other branches change
that file's columns at the same time: run it after merging them.

Each fix (a row of tools/es-fixes-rulings.csv) is an exact old -> new replacement inside one cell (row id,
column). The script is idempotent:
a cell that already holds the new text is left alone; a cell that holds neither the old nor the new text
stops the script with an error, so a fix never lands in the wrong place or silently does nothing.
The reasons are in docs/spanish-terms.md.

    python3 tools/es-fixes-rulings.py [path/to/rulings.csv]
"""
import csv
import io
import os
import sys

# The fixes themselves are data, beside this script: tools/es-fixes-rulings.csv (id, column, old, new).
# SpanishTermsTests reads the same file, so the check of rulings.csv holds on a branch where the fixes are
# still pending and keeps holding once they are applied.
FIXES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "es-fixes-rulings.csv")


def load_fixes():
    with open(FIXES_FILE, encoding="utf-8", newline="") as f:
        return [(r["id"], r["column"], r["old"], r["new"]) for r in csv.DictReader(f)]


def main(path: str) -> int:
    FIXES = load_fixes()
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    ids = {row[0]: row for row in body}
    changed = 0
    for row_id, column, old, new in FIXES:
        if row_id not in ids:
            sys.exit(f"{path}: no row with id '{row_id}'")
        if column not in header:
            sys.exit(f"{path}: no column '{column}'")
        row = ids[row_id]
        cell = row[header.index(column)]
        if old in cell:
            if cell.count(old) != 1:
                sys.exit(f"{path}: '{old}' occurs {cell.count(old)} times in {row_id}.{column}; expected once")
            row[header.index(column)] = cell.replace(old, new)
            changed += 1
        elif new in cell:
            continue  # Already applied.
        else:
            sys.exit(f"{path}: {row_id}.{column} holds neither the old text nor the new one:\n  old: {old}\n  new: {new}")
    if changed:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(out.getvalue())
    print(f"{path}: {changed} of {len(FIXES)} Spanish fixes applied ({len(FIXES) - changed} already in place)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "data/rulings.csv"))
