//! What contributions look like on the wire: GeoJSON Features (RFC 7946).

use serde::{Deserialize, Deserializer, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;
use waymark_domain::outcome::Outcome;
use waymark_domain::{Kind, Position, Precision, Theme, ValidationErrors};
use waymark_store::contributions::ContributionRow;
use waymark_store::replies::ReplyRow;

use crate::links::Link;

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
pub enum FeatureType {
    Feature,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
pub enum FeatureCollectionType {
    FeatureCollection,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
pub enum PointType {
    Point,
}

/// A GeoJSON Point: `[longitude, latitude]` in WGS 84.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Point {
    #[serde(rename = "type")]
    pub type_: PointType,
    #[schema(min_items = 2, max_items = 3, example = json!([-0.749, 52.035]))]
    pub coordinates: Vec<f64>,
}

/// Any GeoJSON geometry as it arrives, so that a Polygon is told it is not a Point
/// rather than that its coordinates are not numbers.
#[derive(Debug, Deserialize)]
pub struct GeometryIn {
    #[serde(rename = "type")]
    pub type_: String,
    #[serde(default)]
    pub coordinates: serde_json::Value,
}

impl GeometryIn {
    pub fn position(&self) -> Result<Position, ValidationErrors> {
        if self.type_ != "Point" {
            return Err(ValidationErrors::one(
                "geometry.type",
                format!(
                    "a contribution is a single Point, not a {}",
                    self.type_.chars().take(40).collect::<String>()
                ),
            ));
        }
        let coordinates: Vec<f64> =
            serde_json::from_value(self.coordinates.clone()).map_err(|_| {
                ValidationErrors::one(
                    "geometry.coordinates",
                    "a Point's coordinates are [longitude, latitude] as numbers",
                )
            })?;
        Position::from_coordinates("geometry.coordinates", &coordinates)
    }
}

/// A new contribution: a GeoJSON Feature with a Point geometry.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewContributionFeature {
    #[serde(rename = "type")]
    pub type_: FeatureType,
    #[schema(value_type = Point)]
    pub geometry: GeometryIn,
    #[serde(default)]
    pub properties: NewContributionProperties,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct NewContributionProperties {
    // Optional in Rust so that a missing field is named in the 422, not a parse error;
    // required in the API.
    #[schema(value_type = Kind, required = true)]
    pub kind: Option<Kind>,
    /// One to three themes.
    #[serde(default)]
    #[schema(required = true, min_items = 1, max_items = 3)]
    pub themes: Vec<Theme>,
    /// 1 to 120 characters.
    #[schema(value_type = String, required = true, min_length = 1, max_length = 120, pattern = r"\S")]
    pub title: Option<String>,
    /// Up to 4000 characters.
    #[schema(max_length = 4000)]
    pub body: Option<String>,
    /// A name to show; anonymous when absent.
    #[schema(max_length = 60)]
    pub display_name: Option<String>,
    /// How precisely the place is published; `exact` when absent.
    pub precision: Option<Precision>,
    /// The join code of the workshop it is added in.
    pub workshop: Option<String>,
    /// An e-mail address to hear what happens to it (never stored on the pin, never
    /// shown): a confirmation mail comes first, then a mail at each change of its outcome.
    #[schema(format = Email, max_length = 254)]
    pub follow_email: Option<String>,
    /// The language it is written in (a BCP 47 tag; its primary subtag is kept). When
    /// absent it is detected from the title and body, and left unknown when unsure.
    #[schema(example = "pl", max_length = 35)]
    pub lang: Option<String>,
}

/// A conversation a community mobiliser recorded on a resident's behalf: a contribution
/// with where it came from and what the resident agreed to.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ConversationFeature {
    #[serde(rename = "type")]
    pub type_: FeatureType,
    #[schema(value_type = Point)]
    pub geometry: GeometryIn,
    pub properties: ConversationProperties,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ConversationProperties {
    #[serde(flatten)]
    pub contribution: NewContributionProperties,
    /// Who the resident is, as they want it recorded (a first name, "resident of flat 3").
    pub on_behalf_of: Option<String>,
    /// `door_step`, `event`, `phone`, `workshop` or `online`.
    pub channel: String,
    /// `YYYY-MM-DD`: when the conversation took place (it may sync days later).
    pub conversation_date: String,
    /// `publish`, `internal` (counted in reports, never shown) or `anonymise` (shown, no name).
    pub consent: String,
    /// The optional "about you" answers, asked with the resident's consent
    /// (`consent: true`); stored apart from the conversation, never linked to it.
    pub about_you: Option<crate::about_you::ConversationAnswers>,
}

/// An author's change to their contribution (JSON merge patch of its properties).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContributionPatchBody {
    pub kind: Option<Kind>,
    pub themes: Option<Vec<Theme>>,
    pub title: Option<String>,
    pub body: Option<String>,
    /// `null` removes the name.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub display_name: Option<Option<String>>,
    pub precision: Option<Precision>,
}

/// Tells a field that is `null` (`Some(None)`) from one that is absent (`None`).
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// A published contribution.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionFeature {
    #[serde(rename = "type")]
    pub type_: FeatureType,
    pub id: Uuid,
    /// The published point: exact, snapped to about 100 m, or the neighbourhood's centre.
    pub geometry: Point,
    pub properties: ContributionProperties,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionProperties {
    pub plan: String,
    pub neighbourhood: Option<String>,
    #[schema(value_type = Kind)]
    pub kind: String,
    #[schema(value_type = Vec<Theme>)]
    pub themes: Vec<String>,
    pub title: String,
    pub body: String,
    pub display_name: Option<String>,
    #[schema(value_type = Precision)]
    pub precision: String,
    /// `published`, or `pending` while a pre-moderated plan awaits approval.
    pub status: String,
    pub support_count: i32,
    pub reply_count: i32,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
    /// What became of it: the status an organisation gave it and their response.
    pub outcome: Outcome,
    /// The language it is written in, as a BCP 47 primary subtag (`pl`); null when unknown.
    #[schema(example = "pl")]
    pub lang: Option<String>,
    /// Whether the person asking supports it (single-item responses only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supported: Option<bool>,
    /// What only moderators see.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

/// A contribution just written, as its writer gets it: with the one-time key to answer
/// the optional "about you" questions (`POST /api/v1/about-you`). A retry that replays
/// the first result carries no key.
#[derive(Debug, Serialize, ToSchema)]
pub struct WrittenContributionFeature {
    #[serde(flatten)]
    pub feature: ContributionFeature,
    /// 32 random bytes, URL-safe base64; works once, for a day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about_you_key: Option<String>,
}

/// Moderators' view of a contribution.
#[derive(Debug, Serialize, ToSchema)]
pub struct Review {
    /// The point as the contributor gave it, whatever the published precision.
    pub exact_location: [f64; 2],
    pub duplicate_of: Option<Uuid>,
}

impl ContributionFeature {
    pub fn from_row(row: ContributionRow, supported: Option<bool>) -> Self {
        Self {
            type_: FeatureType::Feature,
            id: row.id,
            geometry: Point {
                type_: PointType::Point,
                coordinates: vec![round6(row.lon), round6(row.lat)],
            },
            properties: ContributionProperties {
                plan: row.plan,
                neighbourhood: row.neighbourhood,
                kind: row.kind,
                themes: row.themes,
                title: row.title,
                body: row.body,
                display_name: row.display_name,
                precision: row.precision,
                status: row.status,
                support_count: row.support_count,
                reply_count: row.reply_count,
                created_at: row.created_at,
                updated_at: row.updated_at,
                outcome: row.outcome.0,
                lang: row.lang,
                supported,
                review: None,
            },
        }
    }
}

/// Six decimals of a degree are about 10 cm: enough for any pin.
fn round6(degrees: f64) -> f64 {
    (degrees * 1e6).round() / 1e6
}

/// A page of contributions. `next` (also in `links`) fetches the following page.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionCollection {
    #[serde(rename = "type")]
    pub type_: FeatureCollectionType,
    pub features: Vec<ContributionFeature>,
    #[serde(rename = "numberReturned")]
    pub number_returned: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    pub links: Vec<Link>,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewReplyBody {
    /// 1 to 2000 characters.
    #[schema(min_length = 1, max_length = 2000, pattern = r"\S")]
    pub body: String,
    #[schema(max_length = 60)]
    pub display_name: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Reply {
    pub id: Uuid,
    pub body: String,
    pub display_name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

impl From<ReplyRow> for Reply {
    fn from(r: ReplyRow) -> Self {
        Self {
            id: r.id,
            body: r.body,
            display_name: r.display_name,
            created_at: r.created_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReplyList {
    pub replies: Vec<Reply>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SupportState {
    pub supported: bool,
    pub support_count: i32,
}
