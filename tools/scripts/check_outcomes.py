#!/usr/bin/env python3
"""Independent count of outcome groups for OutcomeRealDataTest (python3, csv module only).

Crimes: rows of the street files whose LSOA name starts 'Stevenage ' and whose crime type is not
anti-social behaviour, reported in the months given. Outcome: the latest 'Outcome type' for the
Crime ID in the outcomes files (latest Month; a tie goes to the later file and line), else the
street row's 'Last outcome category'. Groups as docs/outcomes.md lists them.

  python3 tools/scripts/check_outcomes.py ../shared/data/police-uk 2021-04 2022-01
"""
import csv, glob, os, sys, collections

root, first, last = sys.argv[1], sys.argv[2], sys.argv[3]
CHARGED = {s.lower() for s in ["Suspect charged", "Suspect charged as part of another case", "Awaiting court outcome",
    "Court result unavailable", "Court case unable to proceed", "Defendant found not guilty",
    "Defendant sent to Crown Court", "Offender sent to prison", "Offender given suspended prison sentence",
    "Offender fined", "Offender given community sentence", "Offender given conditional discharge",
    "Offender given absolute discharge", "Offender ordered to pay compensation", "Offender otherwise dealt with",
    "Offender deprived of property", "Offender given a drugs possession warning in court", "Sentenced in another case"]}
SANCTION = {s.lower() for s in ["Offender given a caution", "Local resolution", "Offender given penalty notice",
    "Offender given a drugs possession warning", "Offender given a cannabis warning",
    "Offender given conditional caution", "Offender given a community resolution"]}

def group(text):
    t = text.strip().lower()
    if t in CHARGED: return "charged_or_summonsed"
    if t in SANCTION: return "other_sanction"
    if t == "investigation complete; no suspect identified": return "no_suspect_identified"
    if t == "unable to prosecute suspect": return "unable_to_prosecute"
    if t == "under investigation": return "under_investigation"
    return "other"

crimes = []
for f in sorted(glob.glob(os.path.join(root, "hertfordshire-2021-01-to-2022-01", "*.csv"))):
    for r in csv.DictReader(open(f, encoding="utf-8-sig")):
        if r["LSOA name"].startswith("Stevenage ") and r["Crime type"] != "Anti-social behaviour":
            crimes.append(r)
latest = {}
for f in sorted(glob.glob(os.path.join(root, "hertfordshire-outcomes-2021-01-to-2022-01", "*-outcomes.csv"))):
    for r in csv.DictReader(open(f, encoding="utf-8-sig")):
        cid = r["Crime ID"]
        if cid and (cid not in latest or r["Month"] >= latest[cid][0]):
            latest[cid] = (r["Month"], r["Outcome type"])
counts = collections.defaultdict(collections.Counter)
for r in crimes:
    if first <= r["Month"] <= last:
        outcome = latest[r["Crime ID"]][1] if r["Crime ID"] in latest else r["Last outcome category"]
        g = group(outcome)
        counts["All crime"][g] += 1
        counts[r["Crime type"]][g] += 1
for k in sorted(counts):
    print(k, sum(counts[k].values()), dict(sorted(counts[k].items())))
