#!/usr/bin/env python3
"""Independent check of the planted facts of sample-data/synthetic (Python + numpy/scipy only).

Usage: python3 tools/scripts/check_synthetic.py sample-data/synthetic [CATEGORY_FILTER]

Prints monthly volumes, the Apr-Dec 2025 vs Apr-Dec 2024 change per crime type with the exact
conditional binomial test (R's poisson.test with equal exposures) and Holm adjustment, and a
per-quarter Getis-Ord Gi* on 250 m cells (Benjamini-Hochberg across cells in each quarter,
hot when q < 0.05 and z > 0) with the DOMAIN.md rule-set class of every cell ever hot.
Coordinates are projected with a local equirectangular projection (metres), which is accurate
to well under a metre over a 6 km town.
"""
import collections
import csv
import math
import pathlib
import sys

import numpy as np
from scipy import stats

root = pathlib.Path(sys.argv[1])
only = sys.argv[2] if len(sys.argv) > 2 else None
rows = []
for path in sorted(root.rglob("*-street.csv")):
    with open(path, newline="", encoding="utf-8") as f:
        rows.extend(csv.DictReader(f))

months = sorted({r["Month"] for r in rows})
print("files:", len(months), "first", months[0], "last", months[-1])
per_month = collections.Counter(r["Month"] for r in rows)
asb = collections.Counter(r["Month"] for r in rows if r["Crime type"] == "Anti-social behaviour")
print("rows/month min %d max %d mean %.0f; ASB share %.1f%%" % (
    min(per_month.values()), max(per_month.values()), len(rows) / len(months), 100 * sum(asb.values()) / len(rows)))
print("no-location rows", sum(r["Location"] == "No Location" for r in rows))
ids = collections.Counter(r["Crime ID"] for r in rows if r["Crime ID"])
print("repeated crime ids", sum(1 for v in ids.values() if v > 1))

def in_range(m, a, b):
    return a <= m <= b

cur = collections.Counter(r["Crime type"] for r in rows if in_range(r["Month"], "2025-04", "2025-12"))
prev = collections.Counter(r["Crime type"] for r in rows if in_range(r["Month"], "2024-04", "2024-12"))
cats = sorted(set(cur) | set(prev))
ps = []
for c in cats:
    a, b = cur[c], prev[c]
    ps.append(stats.binomtest(a, a + b, 0.5).pvalue)
order = np.argsort(ps)
holm = np.empty(len(ps))
running = 0
for rank, i in enumerate(order):
    running = max(running, min(1, (len(ps) - rank) * ps[i]))
    holm[i] = running
print("\nApr-Dec 2025 vs Apr-Dec 2024")
print("%-30s %6s %6s %8s %9s %9s" % ("category", "2024", "2025", "change%", "p", "p_holm"))
for k, c in enumerate(cats):
    a, b = cur[c], prev[c]
    print("%-30s %6d %6d %+8.1f %9.2g %9.2g" % (c, b, a, 100 * (a - b) / b, ps[k], holm[k]))
a, b = sum(cur.values()), sum(prev.values())
print("%-30s %6d %6d %+8.1f" % ("All rows", b, a, 100 * (a - b) / b))

# ---- Gi* per financial quarter ------------------------------------------------------
LON0, LAT0 = -0.95, 52.60
MX, MY = 111320 * math.cos(math.radians(LAT0)), 111200
def quarter(m):
    y, mo = int(m[:4]), int(m[5:])
    fy = y if mo >= 4 else y - 1
    return "%d/%02d Q%d" % (fy, (fy + 1) % 100, ((mo - 4) % 12) // 3 + 1)
pts = [((float(r["Longitude"]) - LON0) * MX, (float(r["Latitude"]) - LAT0) * MY, quarter(r["Month"]))
       for r in rows if r["Longitude"] and (only is None or r["Crime type"] == only)]
quarters = sorted({q for _, _, q in pts})
size = 250.0
x0 = math.floor(min(p[0] for p in pts) / size) * size
y0 = math.floor(min(p[1] for p in pts) / size) * size
nx = int((max(p[0] for p in pts) - x0) // size) + 1
ny = int((max(p[1] for p in pts) - y0) // size) + 1
n = nx * ny
counts = np.zeros((len(quarters), ny, nx))
qi = {q: i for i, q in enumerate(quarters)}
for x, y, q in pts:
    counts[qi[q], int((y - y0) // size), int((x - x0) // size)] += 1

def gistar(grid):
    xbar = grid.mean()
    s = math.sqrt((grid ** 2).mean() - xbar ** 2)
    padded = np.pad(grid, 1)
    nsum = sum(padded[1 + dy:1 + dy + ny, 1 + dx:1 + dx + nx] for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    ones = np.pad(np.ones_like(grid), 1)
    w = sum(ones[1 + dy:1 + dy + ny, 1 + dx:1 + dx + nx] for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    return (nsum - xbar * w) / (s * np.sqrt((n * w - w ** 2) / (n - 1)))

def bh(p):
    flat = p.ravel()
    o = np.argsort(flat)
    adj = np.empty_like(flat)
    m = len(flat)
    running = 1.0
    for rank in range(m - 1, -1, -1):
        i = o[rank]
        running = min(running, flat[i] * m / (rank + 1))
        adj[i] = running
    return adj.reshape(p.shape)

z = np.array([gistar(counts[t]) for t in range(len(quarters))])
hot = np.array([(bh(2 * stats.norm.sf(np.abs(z[t]))) < 0.05) & (z[t] > 0) for t in range(len(quarters))])
T = len(quarters)
recent = max(1, int(0.2 * T))

def mk_p(series):
    s = sum(np.sign(series[j] - series[i]) for i in range(len(series)) for j in range(i + 1, len(series)))
    var = len(series) * (len(series) - 1) * (2 * len(series) + 5) / 18
    zz = (s - np.sign(s)) / math.sqrt(var) if s != 0 else 0
    return 2 * stats.norm.sf(abs(zz)), s

def classify(h, zs):
    share = h.mean()
    p, s = mk_p(zs)
    older, rec = h[:T - recent], h[T - recent:]
    run = 0
    while run < T and h[T - 1 - run]:
        run += 1
    if h[-1] and h[:-1].sum() == 0:
        return "new"
    if share >= 0.9 and h[-1] and p < 0.05 and s > 0:
        return "intensifying"
    if share >= 0.9 and h[-1] and p < 0.05 and s < 0:
        return "diminishing"
    if share >= 0.9:
        return "persistent"
    if h[-1] and ((older.mean() < 0.1 and rec.mean() >= 0.2) or (run >= 2 and h[:T - run].sum() == 0)):
        return "emerging"
    if older.mean() >= 0.1 and rec.mean() < 0.1 and not h[-1]:
        return "former"
    if h.any():
        return "sporadic"
    return "none"

print("\nGi* per quarter (%s), %d quarters, grid %dx%d cells of 250 m, origin (%.0f, %.0f) m" % (
    only or "all rows", T, nx, ny, x0, y0))
for iy in range(ny):
    for ix in range(nx):
        h = hot[:, iy, ix]
        if h.any():
            cx, cy = x0 + (ix + 0.5) * size, y0 + (iy + 0.5) * size
            print("cell lon %.5f lat %.5f  %-12s %s" % (LON0 + cx / MX, LAT0 + cy / MY, classify(h, z[:, iy, ix]),
                                                        "".join("H" if v else "." for v in h)))
