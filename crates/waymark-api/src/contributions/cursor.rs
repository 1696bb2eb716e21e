//! Opaque page cursors: where the previous page ended, in the list's order.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use time::OffsetDateTime;
use uuid::Uuid;
use waymark_domain::ValidationErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor(waymark_store::contributions::Cursor);

impl Cursor {
    pub fn after(created_at: OffsetDateTime, id: Uuid) -> Self {
        Self(waymark_store::contributions::Cursor { created_at, id })
    }

    pub fn into_store(self) -> waymark_store::contributions::Cursor {
        self.0
    }

    /// `base64url("{unix nanoseconds}.{uuid}")`.
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(format!(
            "{}.{}",
            self.0.created_at.unix_timestamp_nanos(),
            self.0.id
        ))
    }

    pub fn decode(text: &str) -> Result<Self, ValidationErrors> {
        let bad = || ValidationErrors::one("cursor", "use the cursor from a `next` link as it is");
        let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| bad())?;
        let text = std::str::from_utf8(&bytes).map_err(|_| bad())?;
        let (nanos, id) = text.split_once('.').ok_or_else(bad)?;
        let nanos: i128 = nanos.parse().map_err(|_| bad())?;
        let created_at = OffsetDateTime::from_unix_timestamp_nanos(nanos).map_err(|_| bad())?;
        let id = Uuid::parse_str(id).map_err(|_| bad())?;
        Ok(Self::after(created_at, id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_survives_its_round_trip() {
        let c = Cursor::after(
            OffsetDateTime::from_unix_timestamp_nanos(1_764_000_000_123_456_000).unwrap(),
            Uuid::new_v4(),
        );
        assert_eq!(Cursor::decode(&c.encode()).unwrap(), c);
    }

    #[test]
    fn tampered_cursors_are_refused() {
        for bad in [
            "",
            "!!!",
            "bm90LWEtY3Vyc29y",
            &URL_SAFE_NO_PAD.encode("1.not-a-uuid"),
        ] {
            assert!(Cursor::decode(bad).is_err(), "{bad}");
        }
    }
}
