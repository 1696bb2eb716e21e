//! Positions and boxes in WGS 84 longitude/latitude, as GeoJSON (RFC 7946) orders them.

use std::str::FromStr;

use crate::ValidationErrors;

/// A point on the Earth: finite, longitude in [-180, 180], latitude in [-90, 90].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    lon: f64,
    lat: f64,
}

impl Position {
    /// Checks a GeoJSON position (`[lon, lat]`, an optional altitude is ignored).
    pub fn from_coordinates(field: &str, coordinates: &[f64]) -> Result<Self, ValidationErrors> {
        match coordinates {
            [lon, lat] | [lon, lat, _] => Self::new(field, *lon, *lat),
            _ => Err(ValidationErrors::one(
                field,
                "a position is [longitude, latitude]",
            )),
        }
    }

    pub fn new(field: &str, lon: f64, lat: f64) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            errors.push(field, "longitude must be a number from -180 to 180");
        }
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            errors.push(
                field,
                "latitude must be a number from -90 to 90 (GeoJSON puts longitude first)",
            );
        }
        errors.into_result(|| Self { lon, lat })
    }

    pub fn lon(&self) -> f64 {
        self.lon
    }

    pub fn lat(&self) -> f64 {
        self.lat
    }
}

/// A bounding box `minLon,minLat,maxLon,maxLat`, as in OGC API and GeoJSON `bbox`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    pub min: Position,
    pub max: Position,
}

impl FromStr for BBox {
    type Err = ValidationErrors;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const FIELD: &str = "bbox";
        let numbers: Vec<f64> = s
            .split(',')
            .map(|n| n.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| {
                ValidationErrors::one(FIELD, "bbox is four numbers: minLon,minLat,maxLon,maxLat")
            })?;
        let [min_lon, min_lat, max_lon, max_lat] = numbers[..] else {
            return Err(ValidationErrors::one(
                FIELD,
                "bbox is four numbers: minLon,minLat,maxLon,maxLat",
            ));
        };
        Self::from_corners([min_lon, min_lat, max_lon, max_lat])
    }
}

impl BBox {
    /// `[minLon, minLat, maxLon, maxLat]`, as a JSON body gives it.
    pub fn from_corners(corners: [f64; 4]) -> Result<Self, ValidationErrors> {
        const FIELD: &str = "bbox";
        let [min_lon, min_lat, max_lon, max_lat] = corners;
        let min = Position::new(FIELD, min_lon, min_lat)?;
        let max = Position::new(FIELD, max_lon, max_lat)?;
        if min.lon > max.lon || min.lat > max.lat {
            return Err(ValidationErrors::one(
                FIELD,
                "bbox minimum must not be greater than its maximum",
            ));
        }
        Ok(Self { min, max })
    }

    pub fn corners(&self) -> [f64; 4] {
        [self.min.lon, self.min.lat, self.max.lon, self.max.lat]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_must_be_finite_and_in_range() {
        assert!(Position::new("p", -0.75, 52.04).is_ok());
        assert!(Position::new("p", 180.0, -90.0).is_ok());
        for (lon, lat) in [
            (f64::NAN, 52.0),
            (0.0, f64::INFINITY),
            (52.04, -0.75 + 100.0),
            (181.0, 0.0),
            (0.0, 90.5),
        ] {
            assert!(Position::new("p", lon, lat).is_err(), "{lon} {lat}");
        }
    }

    #[test]
    fn a_position_has_two_or_three_coordinates() {
        assert!(Position::from_coordinates("p", &[-0.75, 52.0]).is_ok());
        assert!(Position::from_coordinates("p", &[-0.75, 52.0, 80.0]).is_ok());
        assert!(Position::from_coordinates("p", &[-0.75]).is_err());
        assert!(Position::from_coordinates("p", &[]).is_err());
    }

    #[test]
    fn bbox_parses_four_ordered_numbers() {
        let b: BBox = "-0.8,52.0,-0.7,52.1".parse().unwrap();
        assert_eq!(b.min.lon(), -0.8);
        assert_eq!(b.max.lat(), 52.1);
        for bad in [
            "",
            "1,2,3",
            "a,b,c,d",
            "-0.7,52.0,-0.8,52.1",
            "0,0,0,NaN",
            "0,0,200,1",
            "1,2,3,4,5",
        ] {
            assert!(bad.parse::<BBox>().is_err(), "{bad:?}");
        }
    }
}
