#!/usr/bin/env python3
"""Decodes the same tiles as served by Waymark and by martin and checks that each pair
holds the same features: the same number in the `contributions` layer and the same set
of `id` property values. Run with the venv of bench/tiles.sh (mapbox-vector-tile, whose
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


def read_tile(path):
    """(feature count, set of ids, layer names) of the `contributions` layer."""
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
        if not id_keys:
            return len(layer.features), set(), names
        values = layer.values
        ids = set()
        for feature in layer.features:
            tags = feature.tags
            for i in range(0, len(tags), 2):
                if tags[i] in id_keys:
                    v = values[tags[i + 1]]
                    ids.add(v.string_value if v.HasField("string_value") else str(v))
                    break
        return len(layer.features), ids, names
    return 0, set(), names


def main():
    if len(sys.argv) not in (4, 6):
        sys.exit(__doc__)
    listing, dir_a, dir_b = sys.argv[1:4]
    name_a, name_b = (sys.argv[4:6] if len(sys.argv) == 6 else ("A", "B"))
    agree = total = features_a = features_b = 0
    with open(listing) as f:
        tiles = [line.strip() for line in f if line.strip()]
    for t in tiles:
        file = t.replace("/", "-") + ".mvt"
        total += 1
        try:
            n_a, ids_a, layers_a = read_tile(os.path.join(dir_a, file))
            n_b, ids_b, layers_b = read_tile(os.path.join(dir_b, file))
        except Exception as error:  # a truncated or undecodable body is a mismatch
            print(f"compare.py: {t}: cannot decode: {error}")
            continue
        features_a += n_a
        features_b += n_b
        if n_a == n_b and ids_a == ids_b:
            agree += 1
        else:
            print(
                f"compare.py: {t}: {name_a} {n_a} features ({len(ids_a)} ids, layers {layers_a}), "
                f"{name_b} {n_b} features ({len(ids_b)} ids, layers {layers_b}); "
                f"{len(ids_a - ids_b)} ids only in {name_a}, {len(ids_b - ids_a)} only in {name_b}"
            )
    print(f"COMPARE agree={agree} total={total} features_a={features_a} features_b={features_b}")


if __name__ == "__main__":
    main()
