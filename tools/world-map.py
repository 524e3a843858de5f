#!/usr/bin/env python3
"""Writes core/data/world-110m.json from world-atlas' countries-110m.json.

world-atlas 2.0.2 (npm, ISC, Mike Bostock) is TopoJSON derived from Natural Earth's 1:110m
Admin 0 countries, which are in the public domain (naturalearthdata.com/about/terms-of-use).
This script decodes the TopoJSON (quantised, delta-encoded arcs) into plain rings of
longitude/latitude in tenths of a degree and keys each country by its ISO 3166-1 alpha-2 code
(the numeric ids of world-atlas mapped with Debian's iso-codes). Run:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/world-map.py package/countries-110m.json > core/data/world-110m.json
"""
import json
import sys

topo = json.load(open(sys.argv[1]))
iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
by_numeric = {c["numeric"]: c["alpha_2"] for c in iso}
# Places world-atlas gives no ISO numeric id (Natural Earth's -99).
by_name = {"Kosovo": "XK"}

sx, sy = topo["transform"]["scale"]
tx, ty = topo["transform"]["translate"]
arcs = []
for arc in topo["arcs"]:
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx
        y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)


def ring(indexes):
    out = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    flat = []
    last = None
    for lon, lat in out:
        p = (round(lon * 10), round(lat * 10))
        if p != last:
            flat.extend(p)
            last = p
    return flat


countries = []
for g in topo["objects"]["countries"]["geometries"]:
    name = g["properties"]["name"]
    code = by_numeric.get(g.get("id")) or by_name.get(name)
    if code is None:
        continue  # Somaliland, N. Cyprus, Antarctica's neighbours without an ISO code
    polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
    rings = [ring(r) for poly in polys for r in poly]
    countries.append({"code": code, "name": name, "rings": [r for r in rings if len(r) >= 6]})

countries.sort(key=lambda c: c["code"])
json.dump(
    {
        "source": "Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), "
        "as TopoJSON in the npm package world-atlas 2.0.2 (countries-110m.json, ISC licence), "
        "decoded by tools/world-map.py",
        "units": "tenths of a degree: rings are flat [lon, lat, lon, lat, ...]",
        "countries": countries,
    },
    sys.stdout,
    separators=(",", ":"),
)
