//! The reader's language: chosen once per request by the one rule (`?lang=`, the
//! `waymark_lang` cookie, `Accept-Language`, en-GB), handed to handlers as
//! `ReaderLang`, and used to write problem details in it on the way out.

use std::convert::Infallible;

use axum::Json;
use axum::extract::{FromRequestParts, Request};
use axum::http::{HeaderMap, HeaderValue, Uri, header, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponseParts, Response, ResponseParts};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use waymark_i18n::Lang;

use crate::AppState;

/// The negotiated language of this request. As a response part it sets
/// `Content-Language`, for handlers whose answer is written in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderLang(pub Lang);

impl ReaderLang {
    pub fn of(headers: &HeaderMap, uri: &Uri) -> Self {
        let query = uri.query().and_then(|q| {
            q.split('&')
                .filter_map(|pair| pair.split_once('='))
                .find_map(|(k, v)| (k == "lang").then_some(v))
        });
        let cookie = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find_map(|(k, v)| (k == waymark_i18n::COOKIE).then_some(v));
        let accept = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        Self(waymark_i18n::negotiate(query, cookie, accept))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ReaderLang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(match parts.extensions.get::<ReaderLang>() {
            Some(lang) => *lang,
            None => Self::of(&parts.headers, &parts.uri),
        })
    }
}

impl IntoResponseParts for ReaderLang {
    type Error = Infallible;

    fn into_response_parts(self, mut res: ResponseParts) -> Result<ResponseParts, Self::Error> {
        res.headers_mut().insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(self.0.as_str()),
        );
        Ok(res)
    }
}

/// Chooses the language once and writes problem details in it.
pub async fn negotiate(mut request: Request, next: Next) -> Response {
    let lang = ReaderLang::of(request.headers(), request.uri());
    request.extensions_mut().insert(lang);
    let mut response = next.run(request).await;
    crate::error::localise(&mut response, lang.0);
    response
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(languages))
}

/// A language people can choose, named in itself.
#[derive(Debug, Serialize, ToSchema)]
pub struct Language {
    /// The BCP 47 tag for `?lang=` and the `waymark_lang` cookie.
    #[schema(example = "pl")]
    pub tag: &'static str,
    #[schema(example = "Polski")]
    pub name: &'static str,
    /// `ltr` or `rtl`.
    #[schema(example = "ltr")]
    pub dir: &'static str,
}

/// The languages Waymark speaks, for a language picker (the pseudo-locale `en-XA`, for
/// tests, is not listed).
#[utoipa::path(get, path = "/api/v1/languages", tag = "languages",
    responses((status = 200, body = [Language])))]
async fn languages() -> Json<Vec<Language>> {
    Json(
        Lang::ALL
            .into_iter()
            .filter(|l| *l != Lang::EnXa)
            .map(|l| Language {
                tag: l.as_str(),
                name: l.name(),
                dir: l.dir().as_str(),
            })
            .collect(),
    )
}
