#!/usr/bin/env python3
"""Convert, once, Natural Earth's land and country borders as packaged in npm's world-atlas (TopoJSON) into
assets/map/world.txt.gz, the base map the map control draws (claimline.geo.BaseMap reads it).

Source (fetched with `npm pack`, then unpacked):
  world-atlas@2.0.2 (ISC, https://github.com/topojson/world-atlas): Natural Earth 4.1.0 admin-0 countries and land
      at 1:110m and 1:50m, as TopoJSON. Natural Earth is in the public domain (https://www.naturalearthdata.com).

usage:
  npm pack world-atlas@2.0.2 && mkdir wa && tar xzf world-atlas-2.0.2.tgz -C wa
  python3 src/tools/map/world.py wa/package | gzip -9n > assets/map/world.txt.gz

The TopoJSON arcs are decoded here (delta-decoded, transformed to degrees) so that the program reads plain lines:
  level N              the scale the lines below are for (110: 1:110m, for the world; 50: 1:50m, for a region)
  land X Y dX dY ...   a closed ring of land (coasts), filled and outlined
  border X Y dX dY ... a border between two countries (an arc the country polygons share)
Coordinates are longitude then latitude in thousandths of a degree (about 110 m, finer than 1:50m); the first point
is absolute and each further one the difference from the one before.
"""
import json
import sys


def decode_arcs(topo):
    sx, sy = topo['transform']['scale']
    tx, ty = topo['transform']['translate']
    arcs = []
    for arc in topo['arcs']:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    """The points of a ring made of arcs (a negative index ~i is arc i reversed), shared end points once."""
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def polygons(geometry):
    if geometry['type'] == 'Polygon':
        return [geometry['arcs']]
    if geometry['type'] == 'MultiPolygon':
        return geometry['arcs']
    return []


def unwrapped(pts):
    """A line that crosses the antimeridian (Chukotka, Fiji) goes on past 180 degrees instead of jumping back across
    the whole map: each jump of more than half the world shifts the rest of the line by a whole turn."""
    out = []
    shift = 0
    for i, (x, y) in enumerate(pts):
        if i:
            step = x + shift - out[-1][0]
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        out.append((x + shift, y))
    return out


def encode(kind, pts):
    pts = unwrapped(pts)
    out = [kind]
    px = py = 0
    for i, (x, y) in enumerate(pts):
        qx, qy = round(x * 1000), round(y * 1000)
        if i and qx == px and qy == py:
            continue
        out.append(str(qx - px if i else qx))
        out.append(str(qy - py if i else qy))
        px, py = qx, qy
    return ' '.join(out) if len(out) > 4 else None


def level(path, name):
    topo = json.load(open(path, encoding='utf-8'))
    arcs = decode_arcs(topo)
    print(f'level {name}')
    for g in topo['objects']['land']['geometries']:
        for poly in polygons(g):
            for r in poly:
                line = encode('land', ring(arcs, r))
                if line:
                    print(line)
    uses = {}
    for g in topo['objects']['countries']['geometries']:
        for poly in polygons(g):
            for r in poly:
                for i in r:
                    uses[i if i >= 0 else ~i] = uses.get(i if i >= 0 else ~i, 0) + 1
    for i in sorted(uses):
        if uses[i] >= 2:  # an arc two countries share is a border; one used once is a coast
            line = encode('border', arcs[i])
            if line:
                print(line)


def main():
    root = sys.argv[1]
    print('# Natural Earth 4.1.0 (public domain) via npm world-atlas 2.0.2; see src/tools/map/world.py')
    level(f'{root}/countries-110m.json', 110)
    level(f'{root}/countries-50m.json', 50)


if __name__ == '__main__':
    main()
