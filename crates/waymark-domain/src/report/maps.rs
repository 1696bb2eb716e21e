//! The report's maps as SVG paths, projected from lon/lat with Web Mercator (as the web
//! map is) and fitted to a box: the city's neighbourhoods shaded by activity, and each
//! neighbourhood over the plan's own basemap with the month's pins.

use std::f64::consts::PI;
use std::fmt::Write;

use serde::Serialize;

use super::escape;

/// Pale to dark purple (the five darker of ColorBrewer's six "Purples"): class 1 to 5.
/// Class 0, no contributions at all, is white, so that it never reads as the palest class.
pub const CLASS_COLOURS: [&str; 6] = [
    "#ffffff", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f",
];
/// How many shaded classes the choropleth has, above the empty one.
pub const CLASSES: u8 = 5;

/// A pin's colour by its kind.
pub fn kind_colour(kind: &str) -> &'static str {
    match kind {
        "idea" => "#1b7837",
        "issue" => "#b2182b",
        "interest" => "#2166ac",
        _ => "#7b3294",
    }
}

/// lon/lat (WGS 84) to Web Mercator metres (EPSG:3857).
pub fn mercator([lon, lat]: [f64; 2]) -> [f64; 2] {
    const R: f64 = 6_378_137.0;
    let lat = lat.clamp(-85.051_128_78, 85.051_128_78);
    [
        R * lon.to_radians(),
        R * (PI / 4.0 + lat.to_radians() / 2.0).tan().ln(),
    ]
}

/// Which shaded class (1..=5) a value falls in: five equal steps up to the largest
/// value, each step's upper bound included; 0 for no activity.
pub fn class_of(value: f64, max: f64) -> u8 {
    if value <= 0.0 || max <= 0.0 {
        return 0;
    }
    ((value / max * f64::from(CLASSES)).ceil() as u8).clamp(1, CLASSES)
}

/// The upper bound of each shaded class, for the legend.
pub fn class_bounds(max: f64) -> [f64; CLASSES as usize] {
    std::array::from_fn(|i| max * (i + 1) as f64 / f64::from(CLASSES))
}

/// A box in Web Mercator metres fitted into at most `width` × `height` pixels, north up.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    x0: f64,
    y1: f64,
    scale: f64,
    pub width: f64,
    pub height: f64,
}

const PAD: f64 = 6.0;

impl Frame {
    /// The frame around every lon/lat point given, with `margin` of its size on each
    /// side; `None` without points.
    pub fn around<'a>(
        points: impl IntoIterator<Item = &'a [f64; 2]>,
        margin: f64,
        width: f64,
        height: f64,
    ) -> Option<Self> {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in points {
            let [x, y] = mercator(*p);
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        if x0 > x1 {
            return None;
        }
        let (dx, dy) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
        let (x0, x1, y0, y1) = (
            x0 - dx * margin,
            x1 + dx * margin,
            y0 - dy * margin,
            y1 + dy * margin,
        );
        let scale = ((width - 2.0 * PAD) / (x1 - x0)).min((height - 2.0 * PAD) / (y1 - y0));
        Some(Self {
            x0,
            y1,
            scale,
            width: ((x1 - x0) * scale + 2.0 * PAD).round(),
            height: ((y1 - y0) * scale + 2.0 * PAD).round(),
        })
    }

    /// A lon/lat point in pixels.
    pub fn px(&self, p: [f64; 2]) -> (f64, f64) {
        let [x, y] = mercator(p);
        (
            PAD + (x - self.x0) * self.scale,
            PAD + (self.y1 - y) * self.scale,
        )
    }

    /// An SVG path of lines (or rings, closed), one sub-path each.
    pub fn path(&self, parts: &[Vec<[f64; 2]>], closed: bool) -> String {
        let mut d = String::new();
        for part in parts {
            for (i, p) in part.iter().enumerate() {
                let (x, y) = self.px(*p);
                let _ = write!(d, "{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" });
            }
            if closed && !part.is_empty() {
                d.push('Z');
            }
        }
        d
    }
}

/// One neighbourhood on the city map.
#[derive(Debug, Clone, PartialEq)]
pub struct Area<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub outline: &'a [Vec<[f64; 2]>],
    pub class: u8,
    /// The figure as the legend writes it.
    pub figure: String,
}

/// The city's neighbourhoods shaded by class, each named in its `<title>`.
pub fn choropleth(label: &str, areas: &[Area<'_>]) -> String {
    let Some(frame) = Frame::around(
        areas.iter().flat_map(|a| a.outline.iter().flatten()),
        0.02,
        520.0,
        420.0,
    ) else {
        return String::new();
    };
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map choropleth\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{}\">",
        escape(label),
        w = frame.width,
        h = frame.height,
    );
    for a in areas {
        let _ = write!(
            svg,
            "<path class=\"area\" data-neighbourhood=\"{slug}\" data-class=\"{class}\" d=\"{d}\" fill=\"{fill}\" fill-rule=\"evenodd\" stroke=\"#4b3f72\" stroke-width=\"1\"><title>{name}: {figure}</title></path>",
            slug = escape(a.slug),
            class = a.class,
            d = frame.path(a.outline, true),
            fill = CLASS_COLOURS[usize::from(a.class.min(CLASSES))],
            name = escape(a.name),
            figure = escape(&a.figure),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A feature of the plan's basemap, lon/lat: an area's rings or a line's parts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BasemapFeature {
    /// `transportation`, `water`, `waterway` or `landcover`.
    pub layer: String,
    pub class: String,
    pub area: bool,
    pub parts: Vec<Vec<[f64; 2]>>,
}

/// How a basemap feature is drawn: (fill, stroke, stroke width, dashes), and its place
/// in the drawing order (areas first, big roads last).
fn basemap_style(
    f: &BasemapFeature,
) -> (&'static str, &'static str, f64, Option<&'static str>, u8) {
    match (f.layer.as_str(), f.class.as_str()) {
        ("landcover", _) => ("#cfe6c0", "none", 0.0, None, 0),
        ("water", _) => ("#a9cfea", "none", 0.0, None, 1),
        ("waterway", "river" | "canal") => ("none", "#7fb3d9", 2.0, None, 2),
        ("waterway", _) => ("none", "#7fb3d9", 1.0, None, 2),
        ("transportation", "rail") => ("none", "#6b6b6b", 1.2, Some("4 2"), 3),
        ("transportation", "motorway" | "trunk" | "primary") => ("none", "#e3a75b", 3.0, None, 5),
        ("transportation", "secondary" | "tertiary") => ("none", "#c9b78e", 2.0, None, 4),
        ("transportation", "path") => ("none", "#a0a0a0", 0.6, Some("2 2"), 3),
        ("transportation", _) => ("none", "#b8b8b8", 1.0, None, 3),
        _ => ("none", "none", 0.0, None, 0),
    }
}

/// One neighbourhood: the basemap around it (what lies outside faded), its outline and
/// the month's pins coloured by kind. `id` keeps the clip path apart from other maps on
/// the same page.
pub fn neighbourhood_map(
    id: &str,
    label: &str,
    outline: &[Vec<[f64; 2]>],
    basemap: &[BasemapFeature],
    pins: &[(f64, f64, String)],
) -> String {
    let pin_points: Vec<[f64; 2]> = pins.iter().map(|p| [p.0, p.1]).collect();
    let Some(frame) = Frame::around(
        outline.iter().flatten().chain(&pin_points),
        0.08,
        360.0,
        280.0,
    ) else {
        return String::new();
    };
    let (w, h) = (frame.width, frame.height);
    let clip = format!("clip-{}", escape(id));
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map neighbourhood\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{}\">\
         <defs><clipPath id=\"{clip}\"><rect width=\"{w}\" height=\"{h}\"/></clipPath></defs>\
         <g clip-path=\"url(#{clip})\"><rect width=\"{w}\" height=\"{h}\" fill=\"#f7f5ef\"/><g class=\"basemap\">",
        escape(label),
    );
    let mut features: Vec<(&BasemapFeature, _)> =
        basemap.iter().map(|f| (f, basemap_style(f))).collect();
    features.sort_by_key(|(_, s)| s.4);
    for (f, (fill, stroke, width, dashes, _)) in features {
        if fill == "none" && stroke == "none" {
            continue;
        }
        let _ = write!(
            svg,
            "<path data-layer=\"{layer}\" d=\"{d}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{dash} stroke-linecap=\"round\" stroke-linejoin=\"round\"/>",
            layer = escape(&f.layer),
            d = frame.path(&f.parts, f.area),
            dash = dashes
                .map(|d| format!(" stroke-dasharray=\"{d}\""))
                .unwrap_or_default(),
        );
    }
    // Outside the neighbourhood, the basemap is faded: the frame with the outline cut out.
    let outline_d = frame.path(outline, true);
    let _ = write!(
        svg,
        "</g><path d=\"M0 0H{w}V{h}H0Z{outline_d}\" fill=\"#ffffff\" fill-opacity=\"0.55\" fill-rule=\"evenodd\"/>\
         <path class=\"outline\" d=\"{outline_d}\" fill=\"none\" stroke=\"#4b3f72\" stroke-width=\"2\"/>"
    );
    for (lon, lat, kind) in pins {
        let (x, y) = frame.px([*lon, *lat]);
        let _ = write!(
            svg,
            "<circle class=\"pin\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"{}\" stroke=\"#fff\"/>",
            kind_colour(kind)
        );
    }
    svg.push_str("</g></svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_mercator_matches_known_points() {
        let [x, y] = mercator([0.0, 0.0]);
        assert!(x.abs() < 1e-6 && y.abs() < 1e-6);
        // EPSG:3857 of 180°E, 85.0511°N is the corner of the square world.
        let [x, y] = mercator([180.0, 85.051_128_78]);
        assert!((x - 20_037_508.34).abs() < 0.01 && (y - 20_037_508.34).abs() < 1.0);
        // Milton Keynes, checked against PostGIS' ST_Transform.
        let [x, y] = mercator([-0.75, 52.04]);
        assert!((x - -83_489.618).abs() < 0.01, "{x}");
        assert!((y - 6_807_361.201).abs() < 0.01, "{y}");
    }

    #[test]
    fn classes_are_five_equal_steps_up_to_the_largest() {
        let max = 10.0;
        let got: Vec<u8> = [0.0, 0.5, 2.0, 2.1, 5.0, 9.9, 10.0]
            .iter()
            .map(|v| class_of(*v, max))
            .collect();
        assert_eq!(got, [0, 1, 1, 2, 3, 5, 5]);
        assert_eq!(class_bounds(10.0), [2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(class_of(3.0, 0.0), 0);
    }

    #[test]
    fn north_is_up_and_the_frame_keeps_the_shape() {
        let square = [
            [-0.76, 52.03],
            [-0.74, 52.03],
            [-0.74, 52.05],
            [-0.76, 52.05],
        ];
        let f = Frame::around(square.iter(), 0.0, 300.0, 300.0).unwrap();
        let (_, y_south) = f.px([-0.75, 52.03]);
        let (_, y_north) = f.px([-0.75, 52.05]);
        assert!(y_north < y_south);
        // A degree of latitude is longer than one of longitude at 52°N, on Mercator too.
        assert!(f.height > f.width);
    }
}
