//! Following a neighbourhood or an area drawn on the map by e-mail, with no account.
//!
//! `POST /api/v1/plans/{plan}/subscriptions` queues a confirmation mail (double opt-in);
//! its link opens `/follow/confirm`, a page whose button confirms. Every digest carries
//! an unsubscribe link (`/follow/unsubscribe`) that also takes RFC 8058 one-click POSTs.
//! The answer to a subscription request is the same whether or not the address was
//! known, so the form tells nobody who follows what.

use axum::Form;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use waymark_domain::ValidationErrors;
use waymark_domain::subscription::{self as rules, Frequency, Place};
use waymark_i18n::{FluentValue, Lang, text};
use waymark_store::subscriptions::{self as store, Followed, Mail, SubscribeOutcome};

use crate::extract::{JsonBody, Path, Query};
use crate::lang::ReaderLang;
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(subscribe))
}

/// The pages the mails link to: plain HTML forms, outside `/api`.
pub fn pages() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/follow/confirm", get(confirm_page).post(confirm))
        .route(
            "/follow/unsubscribe",
            get(unsubscribe_page).post(unsubscribe),
        )
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSubscription {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
    /// A neighbourhood's slug; or else `area`.
    pub neighbourhood: Option<String>,
    /// A GeoJSON Polygon or MultiPolygon drawn on the map; or else `neighbourhood`.
    #[schema(value_type = Option<Object>)]
    pub area: Option<Value>,
    /// `daily` or `weekly` (the default).
    pub frequency: Option<Frequency>,
}

/// Follow a neighbourhood or an area: a confirmation mail goes to the address, and
/// digests of what is new follow once it is confirmed.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/subscriptions", tag = "subscriptions",
    params(("plan" = String, Path)),
    request_body = NewSubscription,
    responses(
        (status = 202, description = "A confirmation mail is on its way, unless this address already follows the place"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn subscribe(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    ReaderLang(lang): ReaderLang,
    body: JsonBody<NewSubscription>,
) -> Result<Response, ApiError> {
    let b = body.value;
    let email = b.email.trim();
    let mut errors = ValidationErrors::default();
    if !rules::valid_email(email) {
        errors.push("email", "an e-mail address like name@example.org");
    }
    let area = b.area.as_ref().map(Value::to_string);
    let followed = match (b.neighbourhood.as_deref(), &b.area, &area) {
        (Some(slug), None, _) => Some(Followed::Neighbourhood(slug)),
        (None, Some(geometry), Some(text)) => match check_area(geometry) {
            Ok(()) => Some(Followed::Area(text)),
            Err(message) => {
                errors.push("area", message);
                None
            }
        },
        _ => {
            errors.push(
                "neighbourhood",
                "name a neighbourhood or draw an area, not both",
            );
            None
        }
    };
    let Some(followed) = followed.filter(|_| errors.is_empty()) else {
        return Err(ApiError::Validation(errors));
    };
    let frequency = b.frequency.unwrap_or(Frequency::Weekly);

    let confirm_token = new_token();
    let confirm_url = format!("{}/follow/confirm?token={confirm_token}", state.mail_origin);
    let confirmation = |plan_name: &str, neighbourhood: Option<&str>| {
        let place = neighbourhood.map_or(Place::Area, |name| Place::Neighbourhood(name.to_owned()));
        let (subject, body_text) = rules::confirmation_mail(lang, plan_name, &place, &confirm_url);
        Mail {
            to: email.to_owned(),
            subject,
            body_text,
            headers: json!({}),
        }
    };
    let mut conn = state.pool.acquire().await?;
    let outcome = store::subscribe(
        &mut conn,
        &plan,
        email,
        &followed,
        frequency.as_str(),
        lang.as_str(),
        &Sha256::digest(confirm_token.as_bytes()),
        &new_token(),
        confirmation,
    )
    .await?;
    match outcome {
        SubscribeOutcome::ConfirmationQueued | SubscribeOutcome::NothingSent => Ok((
            StatusCode::ACCEPTED,
            axum::Json(json!({
                "status": "confirmation_sent",
                "detail": "If this address does not follow the place yet, a mail is on its way: open its link to confirm.",
            })),
        )
            .into_response()),
        SubscribeOutcome::PlanNotFound => Err(ApiError::NotFound("plan")),
        SubscribeOutcome::UnknownNeighbourhood => Err(ApiError::Validation(
            ValidationErrors::one("neighbourhood", "no neighbourhood of this plan has this name"),
        )),
        SubscribeOutcome::AreaOutsidePlan => Err(ApiError::Validation(ValidationErrors::one(
            "area",
            "the area does not overlap the plan",
        ))),
        SubscribeOutcome::InvalidArea => Err(ApiError::Validation(ValidationErrors::one(
            "area",
            "the area's outline crosses itself",
        ))),
    }
}

/// 32 random bytes, URL-safe.
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Longest outline accepted, in positions.
const MAX_AREA_POSITIONS: usize = 5000;

/// A GeoJSON Polygon or MultiPolygon with closed rings of finite longitudes and
/// latitudes; whether the outline crosses itself is PostGIS's to say.
fn check_area(geometry: &Value) -> Result<(), &'static str> {
    let polygons: Vec<&Value> = match (geometry["type"].as_str(), &geometry["coordinates"]) {
        (Some("Polygon"), coordinates) => vec![coordinates],
        (Some("MultiPolygon"), Value::Array(polygons)) => polygons.iter().collect(),
        _ => return Err("a GeoJSON Polygon or MultiPolygon"),
    };
    let mut positions = 0;
    for polygon in polygons {
        let rings = polygon.as_array().filter(|r| !r.is_empty());
        for ring in rings.ok_or("each polygon has at least one ring")? {
            let ring = ring
                .as_array()
                .filter(|r| r.len() >= 4)
                .ok_or("each ring has at least four positions")?;
            let mut points = Vec::with_capacity(ring.len());
            for position in ring {
                let point = position
                    .as_array()
                    .filter(|p| (2..=3).contains(&p.len()))
                    .and_then(|p| Some((p[0].as_f64()?, p[1].as_f64()?)))
                    .filter(|(lon, lat)| lon.abs() <= 180.0 && lat.abs() <= 90.0)
                    .ok_or("positions are [longitude, latitude] within -180..180 and -90..90")?;
                points.push(point);
            }
            if points.first() != points.last() {
                return Err("each ring ends where it starts");
            }
            positions += points.len();
        }
    }
    if positions > MAX_AREA_POSITIONS {
        return Err("the outline has more than 5000 positions");
    }
    Ok(())
}

/// The token of a mailed link, from its address or from the page's form.
#[derive(Debug, Deserialize)]
struct Token {
    token: Option<String>,
}

async fn confirm_page(
    State(state): State<AppState>,
    ReaderLang(lang): ReaderLang,
    Query(q): Query<Token>,
) -> Response {
    let Some(token) = q.token.filter(|t| plausible_token(t)) else {
        return not_found(lang);
    };
    match store::by_confirm_digest(&state.pool, &Sha256::digest(token.as_bytes())).await {
        Ok(Some(s)) => page(
            lang,
            StatusCode::OK,
            "pages-confirm-title",
            &format!(
                "<p>{}</p>\
                 <form method=\"post\" action=\"/follow/confirm\">\
                 <input type=\"hidden\" name=\"token\" value=\"{}\">\
                 <button type=\"submit\">{}</button></form>",
                escape(&words(lang, "pages-confirm-lead", &s)),
                escape(&token),
                escape(&text(lang, "pages-confirm-button", &[])),
            ),
        ),
        Ok(None) => not_found(lang),
        Err(e) => ApiError::from(e).into_response(),
    }
}

async fn confirm(
    State(state): State<AppState>,
    ReaderLang(lang): ReaderLang,
    Form(form): Form<Token>,
) -> Response {
    let Some(token) = form.token.filter(|t| plausible_token(t)) else {
        return not_found(lang);
    };
    match store::confirm(&state.pool, &Sha256::digest(token.as_bytes())).await {
        Ok(Some(s)) => page(
            lang,
            StatusCode::OK,
            "pages-confirmed-title",
            &format!(
                "<p>{}</p>\
                 <p><a href=\"/p/{}\">{}</a></p>",
                escape(&words(lang, "pages-confirmed-lead", &s)),
                escape(&s.plan),
                escape(&text(lang, "pages-open-map", &[])),
            ),
        ),
        Ok(None) => not_found(lang),
        Err(e) => ApiError::from(e).into_response(),
    }
}

async fn unsubscribe_page(
    State(state): State<AppState>,
    ReaderLang(lang): ReaderLang,
    Query(q): Query<Token>,
) -> Response {
    let Some(token) = q.token.filter(|t| plausible_token(t)) else {
        return not_found(lang);
    };
    match store::by_unsubscribe_token(&state.pool, &token).await {
        Ok(Some(s)) => page(
            lang,
            StatusCode::OK,
            "pages-unsubscribe-title",
            &format!(
                "<p>{}</p>\
                 <form method=\"post\" action=\"/follow/unsubscribe?token={}\">\
                 <button type=\"submit\">{}</button></form>",
                escape(&words(lang, "pages-unsubscribe-question", &s)),
                escape(&token),
                escape(&text(
                    lang,
                    if s.frequency == "each" {
                        "pages-stop-emails"
                    } else {
                        "pages-stop-digest"
                    },
                    &[]
                )),
            ),
        ),
        Ok(None) => gone_already(lang),
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// The page's button, and mail clients' one-click POST (RFC 8058: the token in the
/// address, `List-Unsubscribe=One-Click` in the body).
async fn unsubscribe(
    State(state): State<AppState>,
    ReaderLang(lang): ReaderLang,
    Query(q): Query<Token>,
) -> Response {
    let Some(token) = q.token.filter(|t| plausible_token(t)) else {
        return not_found(lang);
    };
    match store::unsubscribe(&state.pool, &token).await {
        Ok(_) => gone_already(lang),
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// The message `id` about a subscription: its selectors read what it follows
/// (`$followed`, `$name`), how often it mails (`$frequency`) and the plan (`$plan`).
fn words(lang: Lang, id: &str, s: &store::SubscriptionSummary) -> String {
    let mut args: Vec<(&str, FluentValue<'_>)> = vec![
        ("plan", s.plan_name.as_str().into()),
        ("frequency", s.frequency.as_str().into()),
    ];
    match (&s.neighbourhood, &s.item) {
        (Some(name), _) => {
            args.push(("followed", "neighbourhood".into()));
            args.push(("name", name.as_str().into()));
        }
        (None, Some(title)) => {
            args.push(("followed", "item".into()));
            args.push(("name", title.as_str().into()));
        }
        (None, None) => args.push(("followed", "area".into())),
    }
    text(lang, id, &args)
}

pub(crate) fn plausible_token(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub(crate) fn not_found(lang: Lang) -> Response {
    page(
        lang,
        StatusCode::NOT_FOUND,
        "pages-broken-link-title",
        &format!(
            "<p>{}</p>",
            escape(&text(lang, "pages-broken-link-body", &[]))
        ),
    )
}

fn gone_already(lang: Lang) -> Response {
    page(
        lang,
        StatusCode::OK,
        "pages-gone-title",
        &format!("<p>{}</p>", escape(&text(lang, "pages-gone-body", &[]))),
    )
}

/// A small page with nothing inline (the site's CSP forbids inline styles and scripts);
/// its stylesheet is map-ui/public/follow.css. `title` is a message id.
pub(crate) fn page(lang: Lang, status: StatusCode, title: &str, body: &str) -> Response {
    let title = text(lang, title, &[]);
    let html = format!(
        "<!doctype html><html lang=\"{tag}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\">\
         <title>{site}</title><link rel=\"stylesheet\" href=\"/follow.css\"></head>\
         <body><header>Waymark</header><main><h1>{title}</h1>{body}</main></body></html>",
        tag = lang.as_str(),
        dir = lang.dir().as_str(),
        site = escape(&text(
            lang,
            "pages-site-title",
            &[("title", title.as_str().into())]
        )),
        title = escape(&title),
    );
    (
        status,
        ReaderLang(lang),
        [(header::CACHE_CONTROL, "no-store")],
        Html(html),
    )
        .into_response()
}

pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas() {
        let square = json!({"type": "Polygon", "coordinates": [[[-0.8, 52.0], [-0.7, 52.0], [-0.7, 52.1], [-0.8, 52.0]]]});
        assert_eq!(check_area(&square), Ok(()));
        let multi = json!({"type": "MultiPolygon", "coordinates": [square["coordinates"].clone()]});
        assert_eq!(check_area(&multi), Ok(()));
        for bad in [
            json!({"type": "Point", "coordinates": [0, 0]}),
            json!({"type": "Polygon", "coordinates": []}),
            json!({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}),
            json!({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}),
            json!({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 95], [0, 0]]]}),
            json!({"type": "Polygon", "coordinates": [[[0, 0], [1, "a"], [1, 1], [0, 0]]]}),
            json!({"type": "Polygon", "coordinates": "x"}),
        ] {
            assert!(check_area(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn tokens() {
        assert!(plausible_token(&new_token()));
        assert!(!plausible_token("short"));
        assert!(!plausible_token(&format!("{}<", &new_token()[..42])));
    }
}
