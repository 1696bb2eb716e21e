//! Map glyphs and the icon sprite, built into the binary so that a map renders with
//! no internet (see fixtures/README.md for how they are made).

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::extract::Path;
use crate::{ApiError, AppState};

macro_rules! glyphs {
    ($($stack:literal / $range:literal),+ $(,)?) => {
        &[$(($stack, $range, include_bytes!(concat!(
            "../../../fixtures/fonts/", $stack, "/", $range, ".pbf")))),+]
    };
}

/// (fontstack, range, SDF glyphs) for the ranges that English text needs, and Arabic
/// script (Urdu and Arabic; the presentation forms are what the RTL text plugin draws).
const GLYPHS: &[(&str, &str, &[u8])] = glyphs![
    "Noto Sans Regular" / "0-255",
    "Noto Sans Regular" / "256-511",
    "Noto Sans Regular" / "1536-1791",
    "Noto Sans Regular" / "1792-2047",
    "Noto Sans Regular" / "8192-8447",
    "Noto Sans Regular" / "64256-64511",
    "Noto Sans Regular" / "64512-64767",
    "Noto Sans Regular" / "64768-65023",
    "Noto Sans Regular" / "65024-65279",
    "Noto Sans Bold" / "0-255",
    "Noto Sans Bold" / "256-511",
    "Noto Sans Bold" / "1536-1791",
    "Noto Sans Bold" / "1792-2047",
    "Noto Sans Bold" / "8192-8447",
    "Noto Sans Bold" / "64256-64511",
    "Noto Sans Bold" / "64512-64767",
    "Noto Sans Bold" / "64768-65023",
    "Noto Sans Bold" / "65024-65279",
];

pub const FONTS: [&str; 2] = ["Noto Sans Regular", "Noto Sans Bold"];

const SPRITES: &[(&str, &str, &[u8])] = &[
    (
        "waymark.json",
        "application/json",
        include_bytes!("../../../fixtures/sprites/waymark.json"),
    ),
    (
        "waymark.png",
        "image/png",
        include_bytes!("../../../fixtures/sprites/waymark.png"),
    ),
    (
        "waymark@2x.json",
        "application/json",
        include_bytes!("../../../fixtures/sprites/waymark@2x.json"),
    ),
    (
        "waymark@2x.png",
        "image/png",
        include_bytes!("../../../fixtures/sprites/waymark@2x.png"),
    ),
];

const LONG_CACHE: HeaderValue = HeaderValue::from_static("public, max-age=86400");

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/fonts/{fontstack}/{range}", get(glyph_range))
        .route("/sprites/{file}", get(sprite))
}

/// SDF glyphs for a 256-codepoint range of the first font of the stack that we have.
/// A range we have no glyphs for is an empty, valid PBF, so the map renders the rest.
async fn glyph_range(
    Path((fontstack, range)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let range = range
        .strip_suffix(".pbf")
        .ok_or(ApiError::NotFound("glyph range"))?;
    let (start, end) = range
        .split_once('-')
        .and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?)))
        .filter(|(a, b)| a % 256 == 0 && *b == a + 255 && *b <= 65_535)
        .ok_or(ApiError::NotFound("glyph range"))?;
    let font = fontstack
        .split(',')
        .map(str::trim)
        .find(|name| FONTS.contains(name))
        .ok_or(ApiError::NotFound("font"))?;
    let body = GLYPHS
        .iter()
        .find(|(stack, r, _)| *stack == font && *r == range)
        .map_or_else(
            || empty_glyphs(font, start, end),
            |(_, _, bytes)| bytes.to_vec(),
        );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/x-protobuf"),
            ),
            (header::CACHE_CONTROL, LONG_CACHE),
        ],
        body,
    )
        .into_response())
}

/// `glyphs { stacks { name, range } }` with no glyphs, in protobuf wire format.
fn empty_glyphs(font: &str, start: u32, end: u32) -> Vec<u8> {
    fn field(out: &mut Vec<u8>, number: u8, bytes: &[u8]) {
        out.push(number << 3 | 2);
        let mut len = bytes.len();
        while len >= 0x80 {
            out.push((len as u8 & 0x7f) | 0x80);
            len >>= 7;
        }
        out.push(len as u8);
        out.extend_from_slice(bytes);
    }
    let mut stack = Vec::new();
    field(&mut stack, 1, font.as_bytes());
    field(&mut stack, 2, format!("{start}-{end}").as_bytes());
    let mut glyphs = Vec::new();
    field(&mut glyphs, 1, &stack);
    glyphs
}

async fn sprite(Path(file): Path<String>) -> Result<Response, ApiError> {
    let (_, content_type, bytes) = SPRITES
        .iter()
        .find(|(name, _, _)| *name == file)
        .ok_or(ApiError::NotFound("sprite"))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, LONG_CACHE),
        ],
        *bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_glyph_range_names_its_font_and_range() {
        let pbf = empty_glyphs("Noto Sans Regular", 512, 767);
        // glyphs.stacks (field 1), holding name (field 1) and range (field 2).
        assert_eq!(pbf[0], 0x0a);
        assert_eq!(pbf[1] as usize, pbf.len() - 2);
        assert_eq!(&pbf[4..21], b"Noto Sans Regular");
        assert_eq!(&pbf[23..], b"512-767");
    }
}
