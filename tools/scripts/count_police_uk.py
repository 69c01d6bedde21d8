#!/usr/bin/env python3
"""Independent row count of police.uk street-level files, per month and crime type.

Written with Python's csv module only, so that it shares no code with the Java readers it
is used to check. Usage:

    python3 tools/scripts/count_police_uk.py DIR [LSOA_NAME_PREFIX] > counts.csv

DIR is searched recursively for *-street.csv files. With a prefix, only rows whose
`LSOA name` starts with it are counted. Output: `month,category,count`, sorted by month
then category, LF line endings.
"""
import collections
import csv
import pathlib
import sys


def main():
    root = pathlib.Path(sys.argv[1])
    prefix = sys.argv[2] if len(sys.argv) > 2 else None
    counts = collections.Counter()
    for path in sorted(root.rglob("*-street.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if prefix is not None and not row["LSOA name"].startswith(prefix):
                    continue
                counts[(row["Month"], row["Crime type"])] += 1
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["month", "category", "count"])
    for (month, category), n in sorted(counts.items()):
        out.writerow([month, category, n])


if __name__ == "__main__":
    main()
