#!/usr/bin/env python3
"""The tile list of bench/tiles.sh (standard library only).

Every z0-z8 tile over the plan's bbox, then a density-weighted sample of z9-z16: each
sampled pin (bench/tiles.sh draws them at random from the published ones) names the tile
that holds it at a random zoom from 9 to 16. Duplicates are dropped. When the pins name
fewer distinct tiles than asked for (1,000,000 pins around 20 centres fill only about 620
tiles at z9-z16), the list is topped up with tiles drawn uniformly over the plan's bbox at
a random zoom from 9 to 16, as a map panned across the city would ask for them, some of
them empty. The list is shuffled (with a fixed seed) so that every stretch of it mixes
zooms, and written as `z/x/y` lines; a second file keeps only z13-z16.

    tilelist.py --bbox W,S,E,N --pins PINS --count 2000 --out tiles.txt --cold-out cold.txt

PINS holds one `lon lat` pair a line. A summary goes to stderr.
"""

import argparse
import math
import random
import sys
from collections import Counter

MAX_LAT = 85.0511287798066


def tile_of(lon, lat, z):
    n = 1 << z
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return z, min(max(x, 0), n - 1), min(max(y, 0), n - 1)


def tiles_over(bbox, z):
    w, s, e, n = bbox
    _, x0, y0 = tile_of(w, n, z)
    _, x1, y1 = tile_of(e, s, z)
    return [(z, x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bbox", required=True, help="W,S,E,N in degrees")
    p.add_argument("--pins", required=True, help="file of `lon lat` lines, in random order")
    p.add_argument("--count", type=int, default=2000)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--out", required=True)
    p.add_argument("--cold-out", required=True, help="the z13-z16 tiles of the list")
    args = p.parse_args()

    bbox = [float(v) for v in args.bbox.split(",")]
    if len(bbox) != 4 or bbox[0] >= bbox[2] or bbox[1] >= bbox[3]:
        sys.exit(f"tilelist.py: bad bbox {args.bbox!r}")
    rng = random.Random(args.seed)
    tiles = {}  # insertion-ordered set: tile -> where it came from

    for z in range(0, 9):
        for t in tiles_over(bbox, z):
            tiles.setdefault(t, "bbox z0-8")

    with open(args.pins) as f:
        for line in f:
            if len(tiles) >= args.count:
                break
            parts = line.split()
            if len(parts) != 2:
                continue
            lon, lat = float(parts[0]), float(parts[1])
            tiles.setdefault(tile_of(lon, lat, rng.randint(9, 16)), "pins z9-16")

    attempts = 0
    while len(tiles) < args.count and attempts < 100 * args.count:
        attempts += 1
        lon = rng.uniform(bbox[0], bbox[2])
        lat = rng.uniform(bbox[1], bbox[3])
        tiles.setdefault(tile_of(lon, lat, rng.randint(9, 16)), "uniform z9-16")

    order = list(tiles)
    rng.shuffle(order)
    with open(args.out, "w") as out, open(args.cold_out, "w") as cold:
        for z, x, y in order:
            out.write(f"{z}/{x}/{y}\n")
            if 13 <= z <= 16:
                cold.write(f"{z}/{x}/{y}\n")

    by_source = Counter(tiles.values())
    by_zoom = Counter(z for z, _, _ in tiles)
    print(
        f"tilelist.py: {len(tiles)} tiles ("
        + ", ".join(f"{n} {src}" for src, n in by_source.items())
        + "); by zoom: "
        + " ".join(f"z{z}:{by_zoom[z]}" for z in sorted(by_zoom)),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
