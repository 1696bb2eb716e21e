//! `/api/v1/plans/{plan}/contributions` and `/api/v1/contributions/{id}`: pins, their
//! replies and support.

pub(crate) mod cursor;
pub mod wire;
pub mod writer;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::about_you::Source;
use waymark_domain::contribution::ContributionInput;
use waymark_domain::outcome::OutcomeStatus;
use waymark_domain::{
    Action, BBox, ContributionPatch, Kind, NewContribution, NewReply, Theme, ValidationErrors,
};
use waymark_store::contributions::{self as store, AuthorOutcome, Filter, InsertOutcome};

use crate::auth::identity::{Author, Identity, KnownAuthor};
use crate::error::Detail;
use crate::extract::{IdempotencyKey, JsonBody, Path, Query};
use crate::lang::ReaderLang;
use crate::links::{Link, origin};
use crate::replicas::ReadPool;
use crate::{ApiError, AppState, Problem};
use cursor::Cursor;
use wire::*;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_contributions, create_contribution))
        .routes(routes!(my_contributions))
        .routes(routes!(record_conversation))
        .routes(routes!(
            get_contribution,
            update_contribution,
            withdraw_contribution
        ))
        .routes(routes!(list_replies, create_reply))
        .routes(routes!(support, unsupport))
}

const DEFAULT_LIMIT: i64 = 1000;
const MAX_LIMIT: i64 = 1000;

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// `minLon,minLat,maxLon,maxLat` in WGS 84.
    #[param(pattern = r"^-?[0-9]+(\.[0-9]+)?(,-?[0-9]+(\.[0-9]+)?){3}$")]
    bbox: Option<String>,
    /// Comma-separated kinds: `idea,issue,interest,story`.
    #[param(pattern = r"^(idea|issue|interest|story)(,(idea|issue|interest|story))*$")]
    kind: Option<String>,
    /// Comma-separated themes; matches contributions with any of them.
    #[param(
        pattern = r"^(energy|transport|housing|green_space|safety|community|health|other)(,(energy|transport|housing|green_space|safety|community|health|other))*$"
    )]
    theme: Option<String>,
    /// A neighbourhood's slug.
    neighbourhood: Option<String>,
    /// Words to search for in titles and texts.
    q: Option<String>,
    /// Comma-separated outcomes: `open,referred,considering,planned,done,not_possible,duplicate`.
    #[param(
        pattern = r"^(open|referred|considering|planned|done|not_possible|duplicate)(,(open|referred|considering|planned|done|not_possible|duplicate))*$"
    )]
    outcome: Option<String>,
    /// `true`: only those an organisation has answered; `false`: only open ones.
    #[param(value_type = Option<bool>)]
    has_answer: Option<String>,
    /// Page size, 1 to 1000 (default 1000).
    #[param(value_type = Option<i64>, minimum = 1, maximum = 1000)]
    limit: Option<String>,
    /// The opaque `cursor` from a `next` link.
    #[param(min_length = 1)]
    cursor: Option<String>,
}

impl ListParams {
    fn parse(&self) -> Result<(Filter, Option<Cursor>, i64), ApiError> {
        let mut errors = ValidationErrors::default();
        let filter = Filter {
            kinds: self
                .kind
                .as_deref()
                .and_then(|k| errors.check(list_of::<Kind>("kind", k))),
            themes: self
                .theme
                .as_deref()
                .and_then(|t| errors.check(list_of::<Theme>("theme", t))),
            neighbourhood: self
                .neighbourhood
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_owned),
            q: self
                .q
                .as_deref()
                .map(str::trim)
                .filter(|q| !q.is_empty())
                .and_then(|q| {
                    if q.chars().count() > 200 {
                        errors.push("q", "search for 200 characters or fewer");
                        None
                    } else {
                        Some(q.to_owned())
                    }
                }),
            bbox: self
                .bbox
                .as_deref()
                .and_then(|b| errors.check(b.parse::<BBox>()))
                .map(|b| [b.min.lon(), b.min.lat(), b.max.lon(), b.max.lat()]),
            outcomes: self
                .outcome
                .as_deref()
                .and_then(|o| errors.check(list_of::<OutcomeStatus>("outcome", o))),
            has_answer: match self.has_answer.as_deref() {
                None => None,
                Some("true") => Some(true),
                Some("false") => Some(false),
                Some(_) => {
                    errors.push("has_answer", "true or false");
                    None
                }
            },
        };
        let limit = match self.limit.as_deref() {
            None => DEFAULT_LIMIT,
            Some(l) => match l.parse::<i64>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
                _ => {
                    errors.push(
                        "limit",
                        format!("limit is a whole number from 1 to {MAX_LIMIT}"),
                    );
                    DEFAULT_LIMIT
                }
            },
        };
        let cursor = self
            .cursor
            .as_deref()
            .and_then(|c| errors.check(Cursor::decode(c)));
        if errors.is_empty() {
            Ok((filter, cursor, limit))
        } else {
            Err(ApiError::InvalidParameter(errors))
        }
    }

    /// The query string of the next page: these filters with the new cursor.
    fn next_query(&self, cursor: &str) -> String {
        let pairs = [
            ("bbox", &self.bbox),
            ("kind", &self.kind),
            ("theme", &self.theme),
            ("neighbourhood", &self.neighbourhood),
            ("q", &self.q),
            ("outcome", &self.outcome),
            ("has_answer", &self.has_answer),
            ("limit", &self.limit),
        ];
        let mut query = form_urlencoded_pairs(
            pairs
                .iter()
                .filter_map(|(k, v)| v.as_deref().map(|v| (*k, v))),
        );
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str("cursor=");
        query.push_str(cursor);
        query
    }
}

fn form_urlencoded_pairs<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn list_of<T: std::str::FromStr<Err = ValidationErrors>>(
    field: &str,
    text: &str,
) -> Result<Vec<T>, ValidationErrors> {
    text.split(',')
        .map(|part| {
            part.trim().parse::<T>().map_err(|e| {
                ValidationErrors(
                    e.0.into_iter()
                        .map(|mut fe| {
                            fe.field = field.to_owned();
                            fe
                        })
                        .collect(),
                )
            })
        })
        .collect()
}

/// Published contributions of a plan, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/plans/{plan}/contributions",
    tag = "contributions",
    params(("plan" = String, Path, description = "The plan's slug"), ListParams),
    responses(
        (status = 200, description = "A page of contributions", body = ContributionCollection,
         content_type = "application/geo+json"),
        (status = 400, description = "A bad filter, limit or cursor", body = Problem,
         content_type = "application/problem+json"),
        (status = 404, description = "No such plan", body = Problem,
         content_type = "application/problem+json"),
    )
)]
async fn list_contributions(
    State(state): State<AppState>,
    ReadPool(read): ReadPool,
    Path(plan): Path<String>,
    Query(params): Query<ListParams>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (filter, cursor, limit) = params.parse()?;
    let rows = store::list_public(
        &read,
        Some(&plan),
        &filter,
        cursor.map(Cursor::into_store),
        limit + 1,
    )
    .await?;
    if rows.is_empty() && waymark_store::plans::id(&read, &plan).await?.is_none() {
        return Err(ApiError::NotFound("plan"));
    }
    let has_more = rows.len() as i64 > limit;
    let base = format!(
        "{}/api/v1/plans/{plan}/contributions",
        origin(state.config.public_url.as_deref(), &headers)
    );
    let mut features: Vec<_> = rows
        .into_iter()
        .take(limit as usize)
        .map(|r| ContributionFeature::from_row(r, None))
        .collect();
    features.shrink_to_fit();
    let next = has_more.then(|| features.last()).flatten().map(|last| {
        let cursor = Cursor::after(last.properties.created_at, last.id).encode();
        format!("{base}?{}", params.next_query(&cursor))
    });
    let mut links = vec![Link {
        href: base,
        rel: "self",
        type_: Some("application/geo+json"),
    }];
    if let Some(href) = &next {
        links.push(Link {
            href: href.clone(),
            rel: "next",
            type_: Some("application/geo+json"),
        });
    }
    let collection = ContributionCollection {
        type_: FeatureCollectionType::FeatureCollection,
        number_returned: features.len(),
        features,
        next,
        links,
    };
    Ok(geojson(StatusCode::OK, &collection))
}

/// Pins a new contribution. Send `Idempotency-Key` to make a retry safe: the same key
/// and body return the first result instead of a second pin.
#[utoipa::path(
    post,
    path = "/api/v1/plans/{plan}/contributions",
    tag = "contributions",
    params(
        ("plan" = String, Path, description = "The plan's slug"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first result", pattern = r"^[!-~]{1,255}$"),
    ),
    request_body(content = NewContributionFeature, content_type = "application/geo+json"),
    responses(
        (status = 201, description = "Created; `Location` names it", body = WrittenContributionFeature,
         content_type = "application/geo+json"),
        (status = 400, description = "Malformed JSON or header", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such plan", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid contribution, outside the plan, or a reused key", body = Problem,
         content_type = "application/problem+json"),
        (status = 429, description = "Too many writes a minute (`rate_limited`), or as many \
         contributions today as the plan takes from one person (`daily_limit_reached`)",
         body = Problem, content_type = "application/problem+json"),
    )
)]
async fn create_contribution(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    IdempotencyKey(idempotency_key): IdempotencyKey,
    author: Author,
    headers: HeaderMap,
    ReaderLang(lang): ReaderLang,
    body: JsonBody<NewContributionFeature>,
) -> Result<Response, ApiError> {
    let feature = body.value;
    let position = feature.geometry.position();
    let props = feature.properties;
    // The workshop allowance of the write limits is for pins into that very workshop.
    if let Some(said) = headers.get(crate::limits::WORKSHOP_HEADER) {
        let same = props
            .workshop
            .as_deref()
            .is_some_and(|code| said.as_bytes().eq_ignore_ascii_case(code.as_bytes()));
        if !same {
            return Err(ApiError::Validation(ValidationErrors::one(
                "properties.workshop",
                "the workshop the X-Waymark-Workshop header names",
            )));
        }
    }
    let (workshop, hold) = match props.workshop.as_deref() {
        Some(code) => {
            let (id, hold) = crate::workshops::for_posting(&state, &plan, code).await?;
            (Some(id), hold)
        }
        None => (None, false),
    };
    let input = ContributionInput {
        kind: props.kind,
        themes: props.themes,
        title: props.title,
        body: props.body,
        display_name: props.display_name,
        precision: props.precision,
    };
    let written = written_in(props.lang.as_deref(), &input)?;
    let new = NewContribution::new(input, position).map_err(ApiError::Validation)?;
    let follow_email = props
        .follow_email
        .as_deref()
        .map(|e| crate::outcomes::checked_email("properties.follow_email", e))
        .transpose()?;
    let (about_you_key, about_you_hash) = crate::about_you::new_key();
    let write = store::PinWrite {
        plan,
        new,
        author_key: author.key.clone(),
        idempotency_key,
        request_hash: Sha256::digest(&body.raw).to_vec(),
        signed_in: author.identity.0.is_some(),
        workshop,
        hold,
        lang: written,
        about_you_key: about_you_hash,
    };
    let (row, replayed) = match state.pins.insert(write).await? {
        InsertOutcome::Created(row) => (row, false),
        InsertOutcome::Replayed(row) => (row, true),
        InsertOutcome::KeyReused => return Err(ApiError::IdempotencyKeyReused),
        InsertOutcome::PlanNotFound => return Err(ApiError::NotFound("plan")),
        InsertOutcome::OutsidePlan => return Err(ApiError::OutsidePlan),
        InsertOutcome::SignInRequired => {
            return Err(ApiError::Unauthorized("problem-detail-plan-needs-sign-in"));
        }
        InsertOutcome::DailyLimitReached => return Err(daily_limit_reached()),
    };
    // A replay hands out no second key: the first answer had one.
    let about_you_key = (!replayed).then_some(about_you_key);
    state.evict_new_pins(&[[row.lon, row.lat]]).await;
    // The author follows their pin from the start (after confirming): the pin itself
    // keeps no address.
    if let (Some(email), false) = (follow_email, replayed) {
        crate::outcomes::follow(
            &state,
            lang,
            waymark_store::hearing_back::Target::Contribution(row.id),
            &email,
        )
        .await?;
    }
    let location = format!("/api/v1/contributions/{}", row.id);
    let mut response = geojson(
        StatusCode::CREATED,
        &WrittenContributionFeature {
            feature: ContributionFeature::from_row(row, None),
            about_you_key,
        },
    );
    let headers = response.headers_mut();
    headers.insert(
        header::LOCATION,
        HeaderValue::from_str(&location).map_err(ApiError::internal)?,
    );
    if replayed {
        headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    Ok((author, response).into_response())
}

/// "Your contributions": what the person asking (their account, else their visitor
/// cookie) posted to the plan and can still see, newest first, each with its outcome.
/// Nobody known, nothing listed.
#[utoipa::path(
    get,
    path = "/api/v1/plans/{plan}/contributions/mine",
    tag = "contributions",
    params(("plan" = String, Path, description = "The plan's slug")),
    responses(
        (status = 200, description = "At most 500, published or awaiting moderation",
         body = ContributionCollection, content_type = "application/geo+json"),
    )
)]
async fn my_contributions(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    KnownAuthor(key): KnownAuthor,
) -> Result<Response, ApiError> {
    let rows = match key {
        Some(key) => store::mine(&state.pool, &plan, &key).await?,
        None => Vec::new(),
    };
    let features: Vec<ContributionFeature> = rows
        .into_iter()
        .map(|row| ContributionFeature::from_row(row, None))
        .collect();
    let mut response = geojson(
        StatusCode::OK,
        &ContributionCollection {
            type_: FeatureCollectionType::FeatureCollection,
            number_returned: features.len(),
            features,
            next: None,
            links: Vec::new(),
        },
    );
    crate::caching::for_who_asks_only(response.headers_mut());
    Ok(response)
}

/// A plan's own limit on contributions per person and day (its admins set it).
fn daily_limit_reached() -> ApiError {
    ApiError::Refused {
        status: StatusCode::TOO_MANY_REQUESTS,
        code: "daily_limit_reached",
        detail: Detail::new("problem-detail-daily-limit-reached"),
    }
}

/// Records a conversation held on a resident's behalf (mobilisers). Phones that were
/// offline send an `Idempotency-Key` per conversation, so a sync that is retried never
/// makes a second row.
#[utoipa::path(
    post,
    path = "/api/v1/plans/{plan}/conversations",
    tag = "contributions",
    params(
        ("plan" = String, Path, description = "The plan's slug"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first result", pattern = r"^[!-~]{1,255}$"),
    ),
    request_body(content = ConversationFeature, content_type = "application/geo+json"),
    responses(
        (status = 201, body = WrittenContributionFeature, content_type = "application/geo+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn record_conversation(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    IdempotencyKey(idempotency_key): IdempotencyKey,
    identity: Identity,
    body: JsonBody<ConversationFeature>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::RecordConversations, false)?;
    let recorder = identity.user()?.key();
    let feature = body.value;
    let position = feature.geometry.position();
    let props = feature.properties;
    let mut errors = ValidationErrors::default();
    if !matches!(
        props.channel.as_str(),
        "door_step" | "event" | "phone" | "workshop" | "online"
    ) {
        errors.push(
            "properties.channel",
            "door_step, event, phone, workshop or online",
        );
    }
    if !matches!(props.consent.as_str(), "publish" | "internal" | "anonymise") {
        errors.push("properties.consent", "publish, internal or anonymise");
    }
    let date = time::Date::parse(
        &props.conversation_date,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()
    // "Today" on the phone may already be tomorrow in UTC (British Summer Time after
    // midnight, or anywhere east of Greenwich): a day of grace.
    .filter(|d| Some(*d) <= time::OffsetDateTime::now_utc().date().next_day());
    if date.is_none() {
        errors.push(
            "properties.conversation_date",
            "a date like 2026-11-02, not in the future",
        );
    }
    let on_behalf_of = props
        .on_behalf_of
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if on_behalf_of.is_some_and(|s| s.chars().count() > 120) {
        errors.push("properties.on_behalf_of", "120 characters or fewer");
    }
    let c = props.contribution;
    let input = ContributionInput {
        kind: c.kind,
        themes: c.themes,
        title: c.title,
        body: c.body,
        display_name: c.display_name,
        precision: c.precision,
    };
    let lang = written_in(c.lang.as_deref(), &input)?;
    let new = match NewContribution::new(input, position) {
        Ok(new) if errors.is_empty() => new,
        Ok(_) => return Err(ApiError::Validation(errors)),
        Err(more) => {
            errors.0.extend(more.0);
            return Err(ApiError::Validation(errors));
        }
    };
    let provenance = store::Provenance {
        on_behalf_of,
        channel: &props.channel,
        conversation_date: date.unwrap_or(time::Date::MIN),
        consent: &props.consent,
        lang: lang.as_deref(),
    };
    let about_you = conversation_answers(props.about_you.as_ref())?;
    let hash = Sha256::digest(&body.raw);
    let mut tx = state.pool.begin().await?;
    let outcome = store::insert_conversation(
        &mut tx,
        &plan,
        &new,
        &provenance,
        &recorder,
        idempotency_key.as_deref(),
        &hash,
    )
    .await?;
    let (row, replayed) = match outcome {
        InsertOutcome::Created(row) => (row, false),
        InsertOutcome::Replayed(row) => (row, true),
        InsertOutcome::KeyReused => return Err(ApiError::IdempotencyKeyReused),
        InsertOutcome::PlanNotFound => return Err(ApiError::NotFound("plan")),
        InsertOutcome::OutsidePlan => return Err(ApiError::OutsidePlan),
        InsertOutcome::SignInRequired => {
            return Err(ApiError::Unauthorized("problem-detail-unauthorized"));
        }
        InsertOutcome::DailyLimitReached => return Err(daily_limit_reached()),
    };
    // Answers given with the conversation are stored at once; without them the
    // mobiliser may still ask afterwards, with the key.
    let about_you_key = match (replayed, about_you) {
        (true, _) => None,
        (false, Some(answers)) => {
            waymark_store::about_you::answer_for_conversation(&mut tx, row.id, &answers).await?;
            None
        }
        (false, None) => {
            Some(crate::about_you::issue_key(&mut tx, row.id, Source::Conversation, None).await?)
        }
    };
    tx.commit().await?;
    state.evict_new_pins(&[[row.lon, row.lat]]).await;
    let mut response = geojson(
        StatusCode::CREATED,
        &WrittenContributionFeature {
            feature: ContributionFeature::from_row(row, None),
            about_you_key,
        },
    );
    if replayed {
        response
            .headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    Ok(response)
}

/// One published contribution.
#[utoipa::path(
    get,
    path = "/api/v1/contributions/{id}",
    tag = "contributions",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = ContributionFeature, content_type = "application/geo+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn get_contribution(
    State(state): State<AppState>,
    ReadPool(read): ReadPool,
    Path(id): Path<Uuid>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    if identity
        .authorize(Action::ReviewContributions, false)
        .is_ok()
    {
        let (row, exact, duplicate_of) = store::get_for_review(&state.pool, id)
            .await?
            .ok_or(ApiError::NotFound("contribution"))?;
        let mut feature = ContributionFeature::from_row(row, None);
        feature.properties.review = Some(Review {
            exact_location: exact,
            duplicate_of,
        });
        return Ok(geojson(StatusCode::OK, &feature));
    }
    let (row, supported) = store::get_public(&read, id, author.as_deref())
        .await?
        .ok_or(ApiError::NotFound("contribution"))?;
    Ok(geojson(
        StatusCode::OK,
        &ContributionFeature::from_row(row, Some(supported)),
    ))
}

/// Changes a contribution; only its author may.
#[utoipa::path(
    patch,
    path = "/api/v1/contributions/{id}",
    tag = "contributions",
    params(("id" = Uuid, Path)),
    request_body(content = ContributionPatchBody, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, body = ContributionFeature, content_type = "application/geo+json"),
        (status = 403, description = "Not the author", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn update_contribution(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    KnownAuthor(author): KnownAuthor,
    body: JsonBody<ContributionPatchBody>,
) -> Result<Response, ApiError> {
    let b = body.value;
    let patch = ContributionPatch::new(
        b.kind,
        b.themes,
        b.title.as_deref(),
        b.body.as_deref(),
        b.display_name.as_ref().map(|n| n.as_deref()),
        b.precision,
    )
    .map_err(ApiError::Validation)?;
    let author = author.ok_or(ApiError::Unauthorized("problem-detail-edit-needs-author"))?;
    let mut conn = state.pool.acquire().await?;
    match store::update_by_author(&mut conn, id, &author, &patch).await? {
        AuthorOutcome::Done((row, old)) => {
            state.evict_pins(&[old, [row.lon, row.lat]]).await;
            Ok(geojson(
                StatusCode::OK,
                &ContributionFeature::from_row(row, None),
            ))
        }
        AuthorOutcome::NotFound => Err(ApiError::NotFound("contribution")),
        AuthorOutcome::NotAuthor => Err(ApiError::Forbidden("problem-detail-only-author-edits")),
    }
}

/// Withdraws a contribution; only its author may. It disappears from every public view.
#[utoipa::path(
    delete,
    path = "/api/v1/contributions/{id}",
    tag = "contributions",
    params(("id" = Uuid, Path)),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn withdraw_contribution(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    KnownAuthor(author): KnownAuthor,
) -> Result<StatusCode, ApiError> {
    let author = author.ok_or(ApiError::Unauthorized(
        "problem-detail-withdraw-needs-author",
    ))?;
    let mut conn = state.pool.acquire().await?;
    match store::withdraw_by_author(&mut conn, id, &author).await? {
        AuthorOutcome::Done(point) => {
            state.evict_pins(&[point]).await;
            Ok(StatusCode::NO_CONTENT)
        }
        AuthorOutcome::NotFound => Err(ApiError::NotFound("contribution")),
        AuthorOutcome::NotAuthor => {
            Err(ApiError::Forbidden("problem-detail-only-author-withdraws"))
        }
    }
}

/// The replies to a contribution, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/contributions/{id}/replies",
    tag = "contributions",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = ReplyList),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_replies(
    ReadPool(read): ReadPool,
    Path(id): Path<Uuid>,
) -> Result<axum::Json<ReplyList>, ApiError> {
    let mut conn = read.acquire().await?;
    let replies = waymark_store::replies::list(&mut conn, id)
        .await?
        .ok_or(ApiError::NotFound("contribution"))?;
    Ok(axum::Json(ReplyList {
        replies: replies.into_iter().map(Reply::from).collect(),
    }))
}

/// Replies to a contribution.
#[utoipa::path(
    post,
    path = "/api/v1/contributions/{id}/replies",
    tag = "contributions",
    params(
        ("id" = Uuid, Path),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first result", pattern = r"^[!-~]{1,255}$"),
    ),
    request_body = NewReplyBody,
    responses(
        (status = 201, body = Reply),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn create_reply(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    IdempotencyKey(idempotency_key): IdempotencyKey,
    author: Author,
    body: JsonBody<NewReplyBody>,
) -> Result<Response, ApiError> {
    authorize_contribute(&state, &author, id).await?;
    let reply = NewReply::new(&body.value.body, body.value.display_name.as_deref())
        .map_err(ApiError::Validation)?;
    let mut conn = state.pool.acquire().await?;
    let row = waymark_store::replies::insert(
        &mut conn,
        id,
        &reply,
        &author.key,
        idempotency_key.as_deref(),
    )
    .await?
    .ok_or(ApiError::NotFound("contribution"))?;
    Ok((StatusCode::CREATED, author, axum::Json(Reply::from(row))).into_response())
}

/// Supports a contribution; once per person, however often it is sent.
#[utoipa::path(
    put,
    path = "/api/v1/contributions/{id}/support",
    tag = "contributions",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = SupportState),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn support(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    author: Author,
) -> Result<Response, ApiError> {
    set_support(state, id, author, true).await
}

/// Takes back one's support.
#[utoipa::path(
    delete,
    path = "/api/v1/contributions/{id}/support",
    tag = "contributions",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = SupportState),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn unsupport(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    author: Author,
) -> Result<Response, ApiError> {
    set_support(state, id, author, false).await
}

async fn set_support(
    state: AppState,
    id: Uuid,
    author: Author,
    supported: bool,
) -> Result<Response, ApiError> {
    authorize_contribute(&state, &author, id).await?;
    let mut conn = state.pool.acquire().await?;
    let support_count = waymark_store::supports::set(&mut conn, id, &author.key, supported)
        .await?
        .ok_or(ApiError::NotFound("contribution"))?;
    Ok((
        author,
        axum::Json(SupportState {
            supported,
            support_count,
        }),
    )
        .into_response())
}

/// Replying and supporting follow the plan's rule on people without an account.
async fn authorize_contribute(state: &AppState, author: &Author, id: Uuid) -> Result<(), ApiError> {
    let anonymous_ok = store::plan_allows_anonymous(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("contribution"))?;
    author.identity.authorize(Action::Contribute, anonymous_ok)
}

/// The "about you" answers recorded with a conversation: only with the resident's
/// consent; none given (or all "prefer not to say") is `None`.
fn conversation_answers(
    given: Option<&crate::about_you::ConversationAnswers>,
) -> Result<Option<waymark_domain::about_you::AboutYou>, ApiError> {
    let Some(given) = given else {
        return Ok(None);
    };
    let answers = given.answers.parse("properties.about_you.")?;
    if given.consent != Some(true) {
        return Err(ApiError::Validation(ValidationErrors::one(
            "properties.about_you.consent",
            "true: the resident agreed to answer these questions",
        )));
    }
    Ok((!answers.is_empty()).then_some(answers))
}

/// A GeoJSON response (`application/geo+json`).
fn geojson(status: StatusCode, body: &impl serde::Serialize) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (
            status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/geo+json"),
            )],
            bytes,
        )
            .into_response(),
        Err(e) => ApiError::internal(e).into_response(),
    }
}

/// The language a new contribution is written in (`written_in` of the domain).
fn written_in(given: Option<&str>, input: &ContributionInput) -> Result<Option<String>, ApiError> {
    waymark_domain::contribution::written_in(
        given,
        input.title.as_deref().unwrap_or_default(),
        input.body.as_deref().unwrap_or_default(),
        "properties.lang",
    )
    .map_err(ApiError::Validation)
}
