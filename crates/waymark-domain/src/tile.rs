//! Web Mercator tile addresses (the XYZ scheme MapLibre and martin use).

use std::f64::consts::PI;
use std::fmt;

use crate::ValidationErrors;

/// The deepest zoom a tile may be asked for.
pub const MAX_ZOOM: u8 = 22;

/// Screen pixels a vector tile is drawn across (MapLibre's default for vector sources).
pub const TILE_PX: u32 = 512;

/// Bubbles, the counted contributions below the pin zoom, are cells of a grid laid on each
/// tile: `BUBBLE_CELLS` × `BUBBLE_CELLS` cells of `TILE_PX / BUBBLE_CELLS` screen pixels. A bubble
/// counts the pins of one cell and is drawn wholly inside it (its centre is the pins' mean,
/// moved in from the cell's edges by its radius), so no two bubbles overlap at any zoom, and
/// every pin is counted in exactly one bubble of one tile: a cell never straddles a tile edge.
/// (A global index in the way of Supercluster would follow the pins more closely, but it would
/// have to be rebuilt by every process on every pin; the grid needs only the tile's own rows.)
pub const BUBBLE_CELLS: u32 = 8;

/// At the zooms where pins are shown one by one, a cell holding more pins than this is still
/// drawn as one bubble: 25 pin icons already cover a 64-pixel cell several times over.
pub const CROWDED_CELL: i64 = 25;

/// A bubble's radius in screen pixels by the least count it applies from (the style draws
/// these; the tiles keep bubbles this far, plus [`BUBBLE_EDGE`], inside their cells).
pub const BUBBLE_RADII: [(i64, f64); 5] =
    [(0, 12.0), (10, 15.0), (50, 18.0), (200, 22.0), (1000, 26.0)];

/// Pixels between a bubble's fill and its cell's edge: its white stroke (2) and 2 clear.
pub const BUBBLE_EDGE: f64 = 4.0;

/// The radius of a bubble counting `count` pins, in screen pixels, without its stroke.
pub fn bubble_radius(count: i64) -> f64 {
    BUBBLE_RADII
        .iter()
        .rev()
        .find(|(from, _)| count >= *from)
        .map_or(BUBBLE_RADII[0].1, |(_, r)| *r)
}

/// Latitude limit of Web Mercator.
const MAX_LAT: f64 = 85.051_128_779_806_59;

/// A tile `z/x/y` that exists: `z` ≤ 22 and `x`, `y` < 2^z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TileCoord {
    z: u8,
    x: u32,
    y: u32,
}

impl TileCoord {
    pub fn new(z: u32, x: u32, y: u32) -> Result<Self, ValidationErrors> {
        if z > u32::from(MAX_ZOOM) {
            return Err(ValidationErrors::one(
                "z",
                format!("zoom is a whole number from 0 to {MAX_ZOOM}"),
            ));
        }
        let n = 1u32 << z;
        if x >= n || y >= n {
            return Err(ValidationErrors::one(
                "x/y",
                format!("at zoom {z}, x and y are whole numbers from 0 to {}", n - 1),
            ));
        }
        Ok(Self { z: z as u8, x, y })
    }

    /// Parses the three path segments of `/{z}/{x}/{y}`.
    pub fn parse(z: &str, x: &str, y: &str) -> Result<Self, ValidationErrors> {
        let number = |field: &str, s: &str| {
            s.parse::<u32>()
                .map_err(|_| ValidationErrors::one(field, "tile coordinates are whole numbers"))
        };
        Self::new(number("z", z)?, number("x", x)?, number("y", y)?)
    }

    pub fn z(&self) -> u8 {
        self.z
    }

    pub fn x(&self) -> u32 {
        self.x
    }

    pub fn y(&self) -> u32 {
        self.y
    }

    /// The tile at zoom `z` that holds the point.
    pub fn containing(lon: f64, lat: f64, z: u8) -> Self {
        let (x, y) = fractional(lon, lat, z);
        let max = (1u32 << z) - 1;
        Self {
            z,
            x: (x.floor().max(0.0) as u32).min(max),
            y: (y.floor().max(0.0) as u32).min(max),
        }
    }

    /// The inclusive ranges of x and y of the tiles at zoom `z` that a lon/lat box
    /// touches, counting a margin around each tile (a fraction of its side), since a
    /// tile also draws what lies in its buffer.
    pub fn range(min: (f64, f64), max: (f64, f64), z: u8, margin: f64) -> ([u32; 2], [u32; 2]) {
        let (x0, y0) = fractional(min.0, max.1, z);
        let (x1, y1) = fractional(max.0, min.1, z);
        let last = f64::from((1u32 << z) - 1);
        let clamp = |v: f64| v.floor().clamp(0.0, last) as u32;
        (
            [clamp(x0 - margin), clamp(x1 + margin)],
            [clamp(y0 - margin), clamp(y1 + margin)],
        )
    }
}

fn fractional(lon: f64, lat: f64, z: u8) -> (f64, f64) {
    let n = f64::from(1u32 << z);
    let lat = lat.clamp(-MAX_LAT, MAX_LAT).to_radians();
    let x = (lon + 180.0) / 360.0 * n;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / PI) / 2.0 * n;
    (x, y)
}

impl fmt::Display for TileCoord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.z, self.x, self.y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_existing_tiles_parse() {
        assert!(TileCoord::parse("0", "0", "0").is_ok());
        assert!(TileCoord::parse("22", "4194303", "4194303").is_ok());
        for (z, x, y) in [
            ("23", "0", "0"),
            ("1", "2", "0"),
            ("1", "0", "2"),
            ("a", "0", "0"),
            ("-1", "0", "0"),
            ("3", "1.5", "0"),
            ("3", "", "0"),
            ("99999999999", "0", "0"),
        ] {
            assert!(TileCoord::parse(z, x, y).is_err(), "{z}/{x}/{y}");
        }
    }

    #[test]
    fn milton_keynes_is_in_the_expected_tiles() {
        // Central Milton Keynes at zoom 14: PostGIS agrees, ST_TileEnvelope(14, 8157, 5408)
        // contains it.
        let t = TileCoord::containing(-0.7594, 52.0406, 14);
        assert_eq!((t.x(), t.y()), (8157, 5408));
        assert_eq!(
            TileCoord::containing(-0.7594, 52.0406, 0),
            TileCoord::new(0, 0, 0).unwrap()
        );
        // The edges of the world stay in range.
        let corner = TileCoord::containing(180.0, -90.0, 3);
        assert_eq!((corner.x(), corner.y()), (7, 7));
    }

    #[test]
    fn a_box_covers_a_range_of_tiles() {
        let (xs, ys) = TileCoord::range((-0.82, 51.98), (-0.70, 52.09), 12, 0.0);
        assert!(xs[0] <= xs[1] && ys[0] <= ys[1]);
        let inside = TileCoord::containing(-0.76, 52.04, 12);
        assert!((xs[0]..=xs[1]).contains(&inside.x()) && (ys[0]..=ys[1]).contains(&inside.y()));
        // A point is in one tile, and also in the buffer of a neighbour when near its edge.
        let p = (-0.7594, 52.0406);
        assert_eq!(
            TileCoord::range(p, p, 14, 0.0),
            ([8157, 8157], [5408, 5408])
        );
        let (xs, ys) = TileCoord::range(p, p, 14, 0.5);
        assert!(xs[1] - xs[0] == 1 && ys[1] - ys[0] == 1);
    }

    #[test]
    fn the_largest_bubble_fits_its_cell() {
        let half_cell = f64::from(TILE_PX / BUBBLE_CELLS) / 2.0;
        let (_, largest) = BUBBLE_RADII[BUBBLE_RADII.len() - 1];
        assert!(
            largest + BUBBLE_EDGE <= half_cell,
            "{largest} + {BUBBLE_EDGE} > {half_cell}"
        );
        // WCAG 2.2 target size: the smallest bubble is at least 24 px across.
        assert!(2.0 * BUBBLE_RADII[0].1 >= 24.0);
    }

    #[test]
    fn a_bubble_grows_with_its_count() {
        assert_eq!(bubble_radius(1), 12.0);
        assert_eq!(bubble_radius(9), 12.0);
        assert_eq!(bubble_radius(10), 15.0);
        assert_eq!(bubble_radius(999), 22.0);
        assert_eq!(bubble_radius(1_000_000), 26.0);
    }
}
