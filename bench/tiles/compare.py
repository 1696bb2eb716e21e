#!/usr/bin/env python3
"""Decodes the same tiles as served by Waymark and by martin and checks that each pair
holds the same pins: every pin Waymark sends (its `id`) is one martin sends, and Waymark's
pins and bubble counts add up to martin's features in the tile itself (martin adds a
buffer of its neighbours' pins; Waymark sends each pin in one tile only, and a cell too
crowded to draw pin by pin as one bubble with its `count`). Run with the venv of bench/tiles.sh (mapbox-vector-tile, whose
protobuf schema is used directly: geometry is not needed, and decoding it in Python
would take minutes for the large tiles).

    compare.py LIST DIR_A DIR_B [NAME_A NAME_B]

LIST holds `z/x/y` lines; DIR_A/z-x-y.mvt and DIR_B/z-x-y.mvt are the bodies as fetched
(gzip or not; an empty file is an empty tile). Prints one line per mismatch, then
`COMPARE agree=N total=M features_a=.. features_b=..`.
"""

import gzip
import os
import sys

from mapbox_vector_tile.Mapbox import vector_tile_pb2

LAYER = "contributions"


def unzigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_tile(path):
    """(pins counted, set of ids, layer names, bubbles) of the `contributions` layer: a
    bubble's pins are counted by its `count`, and martin's buffer pins (outside the tile's
    extent) are left out."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    tile = vector_tile_pb2.tile()
    tile.ParseFromString(data)
    names = [layer.name for layer in tile.layers]
    for layer in tile.layers:
        if layer.name != LAYER:
            continue
        # A key may be listed more than once: PostgreSQL's parallel workers each build
        # part of the layer with ST_AsMVT, and the parts are joined without merging
        # their key tables, so `id` can sit at several indices.
        id_keys = {i for i, key in enumerate(layer.keys) if key == "id"}
        count_keys = {i for i, key in enumerate(layer.keys) if key == "count"}
        values = layer.values
        ids = set()
        pins = bubbles = 0
        for feature in layer.features:
            # A point is one MoveTo: [command, zigzag x, zigzag y].
            g = feature.geometry
            x, y = unzigzag(g[1]), unzigzag(g[2])
            if not (0 <= x <= layer.extent and 0 <= y <= layer.extent):
                continue
            tags = feature.tags
            keys = {tags[i]: values[tags[i + 1]] for i in range(0, len(tags), 2)}
            count = next((v.int_value or v.uint_value or v.sint_value for k, v in keys.items() if k in count_keys), None)
            if count is not None:
                pins += count
                bubbles += 1
                continue
            pins += 1
            for k, v in keys.items():
                if k in id_keys:
                    ids.add(v.string_value if v.HasField("string_value") else str(v))
        return pins, ids, names, bubbles
    return 0, set(), names, 0


def main():
    if len(sys.argv) not in (4, 6):
        sys.exit(__doc__)
    listing, dir_a, dir_b = sys.argv[1:4]
    name_a, name_b = (sys.argv[4:6] if len(sys.argv) == 6 else ("A", "B"))
    agree = total = features_a = features_b = bubbles_a = 0
    with open(listing) as f:
        tiles = [line.strip() for line in f if line.strip()]
    for t in tiles:
        file = t.replace("/", "-") + ".mvt"
        total += 1
        try:
            n_a, ids_a, layers_a, b_a = read_tile(os.path.join(dir_a, file))
            n_b, ids_b, layers_b, _ = read_tile(os.path.join(dir_b, file))
        except Exception as error:  # a truncated or undecodable body is a mismatch
            print(f"compare.py: {t}: cannot decode: {error}")
            continue
        features_a += n_a
        features_b += n_b
        bubbles_a += b_a
        # Pins on the tile's very edge are drawn by one tile in Waymark and may be in both
        # tiles' edges in martin: a few in a thousand.
        if ids_a <= ids_b and abs(n_a - n_b) <= max(2, n_b // 200):
            agree += 1
        else:
            print(
                f"compare.py: {t}: {name_a} {n_a} pins ({len(ids_a)} one by one, {b_a} bubbles, layers {layers_a}), "
                f"{name_b} {n_b} pins ({len(ids_b)} ids, layers {layers_b}); "
                f"{len(ids_a - ids_b)} ids only in {name_a}"
            )
    print(f"COMPARE agree={agree} total={total} features_a={features_a} features_b={features_b} bubbles_a={bubbles_a}")


if __name__ == "__main__":
    main()
