#!/usr/bin/env python3
"""Writes sample-data/council-asb-stevenage/asb-cases.csv: an INVENTED council ASB case export for
Stevenage, January 2021 to January 2022, to go beside the bundled police.uk extract
(sample-data/stevenage-2021-01-to-2022-01) in a run with several sources. Python 3, standard
library only, deterministic (seed 17): running it again writes the same bytes.

  python3 tools/scripts/make_council_stevenage.py            # from the repository root

Nothing in it is a real case. Places are taken from the police.uk extract: each case is put
near a real police.uk snap point (the published, anonymised map points), drawn with weights =
ASB rows at the point + 0.2 x other rows, then moved by up to about 25 m, so the cases sit in
Stevenage's streets and LSOAs without copying any police row. Addresses are the snap point's
street ("Outside Town Square, Stevenage" for street issues, "Elder Way (residential),
Stevenage" for neighbour and noise cases): no house numbers.

The model (documented in sample-data/README.md):
- monthly mean per case type (BASE) x season (youth nuisance, noise and street drinking peak in
  July) x the third national lockdown (January-March 2021: neighbour disputes and noise up, youth
  nuisance and street drinking down) x days in the month / 30.44; the count is a Poisson draw;
- each case's weekday and hour from the case type's weekday and hour weights (DAYS, HOURS), the
  minute uniform; 4% of cases have a date only (no time recorded), written 'dd/MM/yyyy';
- flags: Domestic Abuse Y on 9% of neighbour disputes, 7% of noise cases, 0.5% of the rest;
  Hate Related Y on 4% of neighbour disputes, 2% of youth nuisance, 0.5% of the rest;
- 1.5% of cases have no coordinates (the LSOA is still recorded).
Output: UTF-8, CRLF line ends (as Excel saves), fields quoted only when they hold a comma.
"""
import csv, glob, math, os, random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
POLICE = os.path.join(ROOT, "sample-data", "stevenage-2021-01-to-2022-01")
OUT = os.path.join(ROOT, "sample-data", "council-asb-stevenage", "asb-cases.csv")
MONTHS = [(2021, m) for m in range(1, 13)] + [(2022, 1)]
BASE = {  # mean cases a month before season and lockdown
    "Neighbour dispute": 50, "Noise nuisance": 45, "Youth nuisance": 35, "Fly-tipping": 25,
    "Drug related": 18, "Street drinking": 12, "Vehicle nuisance": 12}
SUMMER = {"Youth nuisance": 0.35, "Noise nuisance": 0.2, "Street drinking": 0.35, "Vehicle nuisance": 0.2,
          "Drug related": 0.1}
LOCKDOWN = {"Neighbour dispute": 1.3, "Noise nuisance": 1.3, "Youth nuisance": 0.8, "Street drinking": 0.7}
STREET = {"Youth nuisance", "Fly-tipping", "Drug related", "Street drinking", "Vehicle nuisance"}
#          Mon  Tue  Wed  Thu  Fri  Sat  Sun
DAYS = {
    "Neighbour dispute": [1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.1],
    "Noise nuisance":    [0.7, 0.7, 0.8, 0.9, 1.3, 1.8, 1.4],
    "Youth nuisance":    [0.8, 0.8, 0.9, 1.0, 1.5, 1.6, 1.0],
    "Fly-tipping":       [1.3, 1.2, 1.2, 1.2, 1.1, 0.5, 0.4],
    "Drug related":      [0.9, 0.9, 1.0, 1.0, 1.2, 1.2, 0.9],
    "Street drinking":   [0.9, 0.9, 0.9, 1.0, 1.2, 1.4, 1.2],
    "Vehicle nuisance":  [0.6, 0.6, 0.7, 0.8, 1.5, 1.9, 1.2],
}
HOURS = {  # relative weights for 00 ... 23
    "Neighbour dispute": [1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.5, 3, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 4, 3, 2, 1.5],
    "Noise nuisance":    [6, 5, 3, 1.5, 0.8, 0.4, 0.4, 0.8, 1.5, 2, 2.5, 2.5, 2.5, 2.5, 2.5, 3, 3, 3.5, 4, 5, 6, 7, 8, 7],
    "Youth nuisance":    [1, 0.4, 0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 0.8, 0.8, 1, 1.5, 1.5, 2, 4, 5, 6, 7, 8, 8, 6, 4, 2],
    "Fly-tipping":       [0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 5, 6, 6, 6, 5, 5, 5, 5, 4, 2, 1, 0.6, 0.4, 0.3, 0.2, 0.1],
    "Drug related":      [2, 1.5, 1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 0.8, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 5.5, 4.5, 3],
    "Street drinking":   [0.5, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 0.6, 1, 2, 3, 4, 5, 6, 6, 6, 6, 5, 4, 3, 2, 1.5, 1],
    "Vehicle nuisance":  [4, 3, 2, 1, 0.5, 0.3, 0.3, 0.5, 0.8, 0.8, 0.8, 1, 1, 1, 1, 1.2, 1.5, 2, 3, 4, 5, 6, 6, 5],
}
# police.uk's generic snap-point names: no street to give, so the ward is named instead
GENERIC = {"parking area", "supermarket", "petrol station", "shopping area", "sports/recreation area",
           "park/open space", "further/higher educational building", "nightclub", "police station", "hospital",
           "conference/exhibition centre", "theatre/concert hall", "pedestrian subway", "bus/coach station",
           "train station", "airport/airfield", "prison", "church", "cemetery"}
DATE_ONLY = 0.04
NO_COORDS = 0.015


def poisson(rng, mean):
    # Knuth's method in steps, fine for means of a few dozen
    n, left = 0, mean
    while left > 0:
        step = min(left, 30.0)
        left -= step
        l, p = math.exp(-step), 1.0
        while True:
            p *= rng.random()
            if p <= l:
                break
            n += 1
    return n


def points():
    wards = {}
    with open(os.path.join(POLICE, "lsoa11-ward-lookup.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            wards[r["LSOACD"]] = r["WDNM"]
    weight = {}
    for path in sorted(glob.glob(os.path.join(POLICE, "*", "*-street.csv"))):
        with open(path, encoding="utf-8-sig") as f:
            for r in csv.DictReader(f):
                if not r["Longitude"] or not r["LSOA code"]:
                    continue
                key = (r["Longitude"], r["Latitude"], r["Location"], r["LSOA code"], r["LSOA name"])
                weight[key] = weight.get(key, 0) + (1.0 if r["Crime type"] == "Anti-social behaviour" else 0.2)
    keys = sorted(weight)
    return [(k, wards.get(k[3], "")) for k in keys], [weight[k] for k in keys]


def main():
    rng = random.Random(17)
    places, weights = points()
    cumulative, total = [], 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    rows = []
    numbers = {}
    for year, month in MONTHS:
        first = (year * 12 + month - 1)
        days = [d for d in range(1, 32) if valid(year, month, d)]
        cases = []
        for kind, base in BASE.items():
            season = 1 + SUMMER.get(kind, 0) * math.cos(2 * math.pi * (month - 7) / 12)
            lockdown = LOCKDOWN.get(kind, 1.0) if (year, month) <= (2021, 3) else 1.0
            mean = base * season * lockdown * len(days) / 30.44
            for _ in range(poisson(rng, mean)):
                day = rng.choices(days, [DAYS[kind][weekday(year, month, d)] for d in days])[0]
                hour = rng.choices(range(24), HOURS[kind])[0]
                cases.append((day, hour, rng.randrange(60), kind))
        cases.sort()
        for day, hour, minute, kind in cases:
            numbers[year] = numbers.get(year, 0) + 1
            ref = "SBC/ASB/%02d/%05d" % (year % 100, numbers[year])
            date = "%02d/%02d/%04d" % (day, month, year)
            if rng.random() >= DATE_ONLY:
                date += " %02d:%02d" % (hour, minute)
            (lon, lat, location, code, name), ward = places[pick(rng, cumulative, total)]
            street = location[len("On or near "):] if location.startswith("On or near ") else location
            if street.lower() in GENERIC:
                address = "Near " + street + ", " + ward + ", Stevenage"
            else:
                address = ("Outside " + street if kind in STREET else street + " (residential)") + ", Stevenage"
            if rng.random() < NO_COORDS:
                xy = ("", "")
            else:
                xy = ("%.6f" % (float(lat) + rng.uniform(-0.00022, 0.00022)),
                      "%.6f" % (float(lon) + rng.uniform(-0.00036, 0.00036)))
            da = "Y" if rng.random() < {"Neighbour dispute": 0.09, "Noise nuisance": 0.07}.get(kind, 0.005) else "N"
            hate = "Y" if rng.random() < {"Neighbour dispute": 0.04, "Youth nuisance": 0.02}.get(kind, 0.005) else "N"
            rows.append([ref, date, kind, code, name, ward, xy[0], xy[1], address, da, hate])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Case Ref", "Date Reported", "Case Type", "LSOA Code", "LSOA Name", "Ward", "Latitude",
                    "Longitude", "Address", "Domestic Abuse", "Hate Related"])
        w.writerows(rows)
    print("wrote %d cases to %s" % (len(rows), os.path.relpath(OUT, ROOT)))


def valid(year, month, day):
    import datetime
    try:
        datetime.date(year, month, day)
        return True
    except ValueError:
        return False


def weekday(year, month, day):
    import datetime
    return datetime.date(year, month, day).weekday()  # Monday 0


def pick(rng, cumulative, total):
    import bisect
    return min(bisect.bisect_left(cumulative, rng.random() * total), len(cumulative) - 1)


if __name__ == "__main__":
    main()
