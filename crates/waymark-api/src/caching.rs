//! Cache headers for answers that differ by who asks (the network: a DNO engineer sees
//! more than the public), so that no cache hands one person's answer to another.

use axum::http::{HeaderMap, HeaderValue, header};

/// The request headers that say who asks.
const WHO_ASKS: HeaderValue = HeaderValue::from_static("cookie, authorization");

/// An answer that differs by who asks but that a shared cache may keep for everyone
/// who asks the same way (anonymous network tiles behind a CDN).
pub fn varies_by_who_asks(headers: &mut HeaderMap) {
    headers.append(header::VARY, WHO_ASKS);
}

/// An answer for the one who asked: no shared cache keeps it, and a browser's own
/// cache asks again rather than show it after a sign-in or sign-out.
pub fn for_who_asks_only(headers: &mut HeaderMap) {
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    varies_by_who_asks(headers);
}
