//! Links between resources, absolute so that any client can follow them.

use axum::http::{HeaderMap, header};
use serde::Serialize;
use utoipa::ToSchema;

/// A web link, as OGC API and the HAL-like `links` arrays use them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Link {
    pub href: String,
    pub rel: &'static str,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<&'static str>,
}

/// The origin that clients reach this server at: the configured public URL, else the
/// request's `Host` over plain HTTP.
pub fn origin(public_url: Option<&str>, headers: &HeaderMap) -> String {
    if let Some(url) = public_url {
        return url.trim_end_matches('/').to_owned();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}
