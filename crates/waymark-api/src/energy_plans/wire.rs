//! The bodies energy-plan routes take and give.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;
use waymark_domain::FieldError;
use waymark_domain::energy::Rag;
use waymark_domain::energy_plan::{
    Assumptions, Change, CostBand, DnoVerdict, Impact, LaepVerdict, Scenario, SubstationChange,
    VersionStatus,
};
use waymark_store::energy_plans as store;

use crate::ApiError;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEnergyPlanBody {
    #[schema(min_length = 1, max_length = 120)]
    pub title: String,
    /// The community group writing it.
    #[schema(min_length = 1, max_length = 200)]
    pub group_name: String,
    /// Slugs of the plan's neighbourhoods it covers; or leave empty and draw an `area`.
    #[serde(default)]
    pub neighbourhoods: Vec<String>,
    /// A GeoJSON Polygon or MultiPolygon inside the plan.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub area: Option<Value>,
    /// Uptake (% of homes) of heat pumps, EV charging and rooftop solar by `target_year`,
    /// with community batteries and named projects.
    #[schema(value_type = Object)]
    pub scenario: Scenario,
    /// A DFES scenario whose future headroom to set the impact against.
    #[serde(default)]
    pub dfes_scenario: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VersionBody {
    #[schema(value_type = Object)]
    pub scenario: Scenario,
    #[serde(default)]
    pub dfes_scenario: Option<String>,
    /// What this version changes, in the group's words.
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub note: Option<String>,
    /// Ids of published pins and conversations in the area, in order of priority.
    #[serde(default)]
    pub priorities: Vec<Uuid>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PreviewBody {
    #[schema(value_type = Object)]
    pub scenario: Scenario,
    #[serde(default)]
    pub dfes_scenario: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NetworkAnswerBody {
    #[schema(value_type = String)]
    pub verdict: DnoVerdict,
    /// Only with `needs_reinforcement`.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub cost_band: Option<CostBand>,
    /// Only with `needs_reinforcement`: the earliest year the reinforcement could be done.
    #[serde(default)]
    pub earliest_year: Option<i32>,
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LaepAnswerBody {
    #[schema(value_type = String)]
    pub verdict: LaepVerdict,
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssumptionsBody {
    #[schema(value_type = Object)]
    pub assumptions: Assumptions,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AssumptionsView {
    /// What the impact uses: the admin's settings over the published defaults.
    #[schema(value_type = Object)]
    pub assumptions: Assumptions,
    /// The published defaults, each with its citation.
    #[schema(value_type = Object)]
    pub published: Assumptions,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EnergyPlanList {
    pub items: Vec<EnergyPlanSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EnergyPlanSummary {
    pub id: Uuid,
    pub title: String,
    pub group_name: String,
    pub neighbourhoods: Vec<String>,
    /// The version the asker sees: the latest shared or answered one, or their draft.
    pub version: i32,
    #[schema(value_type = String)]
    pub status: VersionStatus,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NeighbourhoodRef {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VersionSummary {
    pub number: i32,
    #[schema(value_type = String)]
    pub status: VersionStatus,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub shared_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub answered_at: Option<OffsetDateTime>,
}

/// What the asker may do now.
#[derive(Debug, Serialize, ToSchema)]
pub struct Can {
    pub edit: bool,
    pub share: bool,
    pub next_version: bool,
    pub answer_network: bool,
    pub answer_laep: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EnergyPlanView {
    pub id: Uuid,
    pub plan: String,
    pub title: String,
    pub group_name: String,
    pub neighbourhoods: Vec<NeighbourhoodRef>,
    /// The area it covers, as GeoJSON.
    #[schema(value_type = Object)]
    pub area: Value,
    /// The versions the asker may see, oldest first.
    pub versions: Vec<VersionSummary>,
    pub version: VersionView,
    /// `full` (exact network figures) or `public` (bands).
    pub detail: &'static str,
    pub can: Can,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VersionView {
    pub number: i32,
    #[schema(value_type = String)]
    pub status: VersionStatus,
    #[schema(value_type = Object)]
    pub scenario: Scenario,
    pub dfes_scenario: Option<String>,
    pub note: String,
    /// The community's priorities: pins and conversations in the area, with their
    /// counts as they are now.
    pub priorities: Vec<Voice>,
    /// The community-energy proposals in the area; a battery or project may be placed at
    /// one by its `place`.
    pub proposals: Vec<AreaProposal>,
    /// Neighbourhoods without an imported homes figure: the impact counts no homes there.
    pub neighbourhoods_without_homes: Vec<String>,
    /// Per primary substation, per year to the target year; `null` while a setting is
    /// missing (see `missing_assumptions`).
    #[schema(value_type = Option<Object>)]
    pub impact: Option<Impact>,
    #[schema(value_type = Vec<Object>)]
    pub missing_assumptions: Vec<FieldError>,
    pub answers: Answers,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VoiceList {
    pub items: Vec<Voice>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DfesScenarios {
    /// Scenario names, in order.
    pub scenarios: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Voice {
    pub id: Uuid,
    pub kind: String,
    pub title: String,
    pub themes: Vec<String>,
    /// Recorded by a mobiliser in a conversation, rather than pinned.
    pub conversation: bool,
    pub supports: i32,
    pub replies: i32,
    pub neighbourhood: Option<String>,
}

impl From<store::Voice> for Voice {
    fn from(v: store::Voice) -> Self {
        Voice {
            id: v.id,
            kind: v.kind,
            title: v.title,
            themes: v.themes,
            conversation: v.conversation,
            supports: v.supports,
            replies: v.replies,
            neighbourhood: v.neighbourhood,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AreaProposal {
    pub id: Uuid,
    /// What a battery or project names to sit at this proposal's site.
    pub place: String,
    pub title: String,
    pub technology: String,
    pub import_kw: f64,
    pub export_kw: f64,
    pub status: String,
    pub group_name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Answers {
    /// One per substation the operator has answered for.
    pub network: Vec<NetworkAnswer>,
    pub laep: Option<LaepAnswer>,
}

/// The operator's answer for one substation. Everyone sees `rag`; the group, the
/// operator and the council see the whole answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct NetworkAnswer {
    pub substation: Uuid,
    pub name: Option<String>,
    #[schema(value_type = String)]
    pub rag: Rag,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub verdict: Option<DnoVerdict>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub cost_band: Option<CostBand>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest_year: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub answered_at: OffsetDateTime,
}

/// The council's answer for its Local Area Energy Plan, whole or as a traffic light.
#[derive(Debug, Serialize, ToSchema)]
pub struct LaepAnswer {
    #[schema(value_type = String)]
    pub rag: Rag,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub verdict: Option<LaepVerdict>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub answered_at: OffsetDateTime,
}

impl Answers {
    pub fn new(
        network: &[store::NetworkAnswer],
        laep: Option<&store::LaepAnswer>,
        names: &HashMap<String, String>,
        whole: bool,
    ) -> Result<Answers, ApiError> {
        let network = network
            .iter()
            .map(|a| {
                let verdict: DnoVerdict = a.verdict.parse().map_err(ApiError::internal)?;
                Ok(NetworkAnswer {
                    substation: a.substation,
                    name: names.get(&a.substation.to_string()).cloned(),
                    rag: verdict.rag(),
                    verdict: whole.then_some(verdict),
                    cost_band: if whole {
                        a.cost_band
                            .as_deref()
                            .map(str::parse)
                            .transpose()
                            .map_err(ApiError::internal)?
                    } else {
                        None
                    },
                    earliest_year: a.earliest_year.filter(|_| whole),
                    note: whole.then(|| a.note.clone()),
                    answered_at: a.answered_at,
                })
            })
            .collect::<Result<_, ApiError>>()?;
        let laep = laep
            .map(|a| {
                let verdict: LaepVerdict = a.verdict.parse().map_err(ApiError::internal)?;
                Ok::<_, ApiError>(LaepAnswer {
                    rag: verdict.rag(),
                    verdict: whole.then_some(verdict),
                    note: whole.then(|| a.note.clone()),
                    answered_at: a.answered_at,
                })
            })
            .transpose()?;
        Ok(Answers { network, laep })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImpactView {
    #[schema(value_type = Object)]
    pub impact: Impact,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Comparison {
    pub from: i32,
    pub to: i32,
    /// Each scenario field that changed.
    #[schema(value_type = Vec<Object>)]
    pub changes: Vec<Change>,
    /// Per substation, the target year's figures and traffic light in both versions.
    #[schema(value_type = Vec<Object>)]
    pub substations: Vec<SubstationChange>,
}
