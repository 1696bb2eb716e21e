//! Outcomes: what became of what people said. Organisations of a plan answer
//! contributions with responses; each contribution's outcome moves through one
//! transition table, and a response with a title is a commitment with progress.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::text_enum::text_enum;
use crate::validation::ValidationErrors;

/// The most contributions one response may cover: a bigger selection is refused
/// rather than truncated, so a response never covers less than its author chose.
pub const MAX_SELECTION: usize = 5_000;
/// The longest response text, in characters.
pub const MAX_RESPONSE_CHARS: usize = 4_000;
const MAX_TITLE_CHARS: usize = 120;
const MAX_REASON_CHARS: usize = 1_000;
const MAX_NOTE_CHARS: usize = 2_000;

text_enum!(
    /// What an organisation is, so pages can group and label them.
    OrganisationKind {
        Council = "council",
        Housing = "housing",
        NetworkOperator = "network_operator",
        CommunityGroup = "community_group",
        Other = "other",
    }
);

text_enum!(
    /// Where a contribution is in its life after it was heard.
    OutcomeStatus {
        Open = "open",
        Referred = "referred",
        Considering = "considering",
        Planned = "planned",
        Done = "done",
        NotPossible = "not_possible",
        Duplicate = "duplicate",
    }
);

impl OutcomeStatus {
    /// The lifecycle: open → referred → considering → planned → done | not_possible, and
    /// duplicate from any live step. An organisation may skip steps (an obvious fix is
    /// `done` at once). Done, not possible and duplicate can be reopened to `considering`:
    /// a light that broke again or money found later would otherwise need a new pin and
    /// lose the voices behind the old one. Nothing goes back to `open` (once answered,
    /// always answered), and no step repeats itself (a new answer is a new step).
    pub fn can_move(self, to: OutcomeStatus) -> bool {
        use OutcomeStatus::*;
        match self {
            Open => to != Open,
            Referred => matches!(to, Considering | Planned | Done | NotPossible | Duplicate),
            Considering => matches!(to, Referred | Planned | Done | NotPossible | Duplicate),
            Planned => matches!(to, Considering | Done | NotPossible | Duplicate),
            Done | NotPossible | Duplicate => to == Considering,
        }
    }

    /// Every status a contribution may go to from here, in lifecycle order.
    pub fn next_steps(self) -> Vec<OutcomeStatus> {
        OutcomeStatus::ALL
            .iter()
            .copied()
            .filter(|&to| self.can_move(to))
            .collect()
    }
}

/// A calendar month, `YYYY-MM`: when planned work is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    year: i32,
    month: u8,
}

impl Month {
    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    pub fn parse(field: &str, text: &str) -> Result<Month, ValidationErrors> {
        let bad = || ValidationErrors::one(field, "a month as YYYY-MM, e.g. 2027-03");
        let (y, m) = text.trim().split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        if !(2000..=2100).contains(&year) || !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }
}

/// A response as its author sent it, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct ResponseInput {
    pub status: Option<OutcomeStatus>,
    pub response: Option<String>,
    pub title: Option<String>,
    pub progress: Option<i64>,
    pub expected_month: Option<String>,
    pub reason: Option<String>,
    /// Whether the request names the organisation a `referred` goes to.
    pub has_referred_to: bool,
    pub duplicate_of: Option<Uuid>,
}

/// A checked response: what each status needs is there, every text within its limit.
#[derive(Debug, Clone, PartialEq)]
pub struct NewResponse {
    pub status: OutcomeStatus,
    pub body: String,
    /// A commitment's title and its progress % (0 when not given).
    pub commitment: Option<(String, i16)>,
    pub expected_month: Option<Month>,
    pub reason: Option<String>,
    pub duplicate_of: Option<Uuid>,
}

fn text(
    errors: &mut ValidationErrors,
    field: &str,
    value: Option<&str>,
    max: usize,
) -> Option<String> {
    let value = value.map(str::trim).filter(|v| !v.is_empty())?;
    if value.chars().count() > max {
        errors.push(field, format!("write {max} characters or fewer"));
        return None;
    }
    Some(value.to_owned())
}

fn progress(errors: &mut ValidationErrors, field: &str, value: Option<i64>) -> Option<i16> {
    match value {
        Some(p @ 0..=100) => Some(p as i16),
        Some(_) => {
            errors.push(field, "a whole number from 0 to 100");
            None
        }
        None => None,
    }
}

impl NewResponse {
    /// Checks a response: `planned` needs `expected_month`, `not_possible` a `reason`,
    /// `referred` the organisation it goes to, `duplicate` the contribution it repeats;
    /// each missing or too long field is named.
    pub fn new(input: ResponseInput) -> Result<NewResponse, ValidationErrors> {
        use OutcomeStatus::*;
        let mut errors = ValidationErrors::default();
        let status = match input.status {
            Some(Open) => {
                errors.push(
                    "status",
                    "a response answers: choose a status other than open",
                );
                None
            }
            Some(s) => Some(s),
            None => {
                errors.push("status", "choose the status this response gives");
                None
            }
        };
        let body = text(
            &mut errors,
            "response",
            input.response.as_deref(),
            MAX_RESPONSE_CHARS,
        );
        if body.is_none()
            && input
                .response
                .as_deref()
                .is_none_or(|r| r.trim().is_empty())
        {
            errors.push("response", "write the response people will read");
        }
        let title = text(
            &mut errors,
            "title",
            input.title.as_deref(),
            MAX_TITLE_CHARS,
        );
        let progress = progress(&mut errors, "progress", input.progress);
        if input.progress.is_some() && input.title.is_none() {
            errors.push(
                "progress",
                "only a commitment (a response with a title) has progress",
            );
        }
        let expected_month = input
            .expected_month
            .as_deref()
            .and_then(|m| errors.check(Month::parse("expected_month", m)));
        let reason = text(
            &mut errors,
            "reason",
            input.reason.as_deref(),
            MAX_REASON_CHARS,
        );
        match status {
            Some(Planned) if input.expected_month.is_none() => {
                errors.push("expected_month", "say in which month the work is expected");
            }
            Some(NotPossible)
                if reason.is_none()
                    && input.reason.as_deref().is_none_or(|r| r.trim().is_empty()) =>
            {
                errors.push("reason", "say why it is not possible");
            }
            Some(Referred) if !input.has_referred_to => {
                errors.push("referred_to", "name the organisation it is referred to");
            }
            Some(Duplicate) if input.duplicate_of.is_none() => {
                errors.push("duplicate_of", "name the contribution these repeat");
            }
            _ => {}
        }
        if status != Some(Referred) && input.has_referred_to {
            errors.push("referred_to", "only a referral names another organisation");
        }
        if status != Some(Duplicate) && input.duplicate_of.is_some() {
            errors.push(
                "duplicate_of",
                "only a duplicate names the contribution it repeats",
            );
        }
        errors.into_result(|| NewResponse {
            status: status.unwrap_or(Considering),
            body: body.unwrap_or_default(),
            commitment: title.map(|t| (t, progress.unwrap_or(0))),
            expected_month,
            reason,
            duplicate_of: input.duplicate_of,
        })
    }
}

/// A commitment's dated progress update, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressUpdate {
    pub progress: i16,
    pub note: String,
}

impl ProgressUpdate {
    pub fn new(progress_pc: Option<i64>, note: Option<&str>) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let progress_pc = progress(&mut errors, "progress", progress_pc);
        if progress_pc.is_none() && errors.is_empty() {
            errors.push("progress", "give the progress now, from 0 to 100");
        }
        let note = text(&mut errors, "note", note, MAX_NOTE_CHARS);
        if note.is_none() && errors.0.iter().all(|e| e.field != "note") {
            errors.push("note", "say what happened");
        }
        errors.into_result(|| ProgressUpdate {
            progress: progress_pc.unwrap_or(0),
            note: note.unwrap_or_default(),
        })
    }
}

/// A contribution's outcome as every reader gets it: GeoJSON and OGC properties, events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Outcome {
    pub status: OutcomeStatus,
    /// The organisation that answered, as it signs.
    pub organisation: Option<String>,
    /// Of a referral: the organisation it went to.
    pub referred_to: Option<String>,
    /// The organisation's response.
    pub response: Option<String>,
    /// The commitment it is part of, if any.
    pub commitment: Option<CommitmentRef>,
    /// `YYYY-MM`, of planned work.
    pub expected_month: Option<String>,
    /// Why, when it was not possible.
    pub reason: Option<String>,
    /// Of a duplicate: the contribution it repeats.
    pub duplicate_of: Option<Uuid>,
    /// When the outcome last changed (RFC 3339); none while open.
    pub updated_at: Option<String>,
}

/// A commitment, as a contribution behind it names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommitmentRef {
    pub id: Uuid,
    pub title: String,
    /// 0 to 100.
    pub progress: i16,
}

#[cfg(test)]
mod tests {
    use super::*;
    use OutcomeStatus::*;

    /// Every edge of the table, written out: a change to the lifecycle changes this.
    const ALLOWED: &[(OutcomeStatus, &[OutcomeStatus])] = &[
        (
            Open,
            &[Referred, Considering, Planned, Done, NotPossible, Duplicate],
        ),
        (
            Referred,
            &[Considering, Planned, Done, NotPossible, Duplicate],
        ),
        (
            Considering,
            &[Referred, Planned, Done, NotPossible, Duplicate],
        ),
        (Planned, &[Considering, Done, NotPossible, Duplicate]),
        (Done, &[Considering]),
        (NotPossible, &[Considering]),
        (Duplicate, &[Considering]),
    ];

    #[test]
    fn the_transition_table_allows_exactly_its_edges() {
        assert_eq!(ALLOWED.len(), OutcomeStatus::ALL.len());
        for &(from, allowed) in ALLOWED {
            for &to in OutcomeStatus::ALL {
                assert_eq!(from.can_move(to), allowed.contains(&to), "{from} → {to}");
            }
            assert_eq!(from.next_steps(), allowed, "next steps from {from}");
        }
    }

    #[test]
    fn nothing_goes_back_to_open_and_no_step_repeats() {
        for &from in OutcomeStatus::ALL {
            assert!(!from.can_move(Open), "{from} → open");
            assert!(!from.can_move(from), "{from} → {from}");
        }
    }

    fn input(status: OutcomeStatus) -> ResponseInput {
        ResponseInput {
            status: Some(status),
            response: Some("We will light the underpass.".into()),
            ..ResponseInput::default()
        }
    }

    fn fields(e: ValidationErrors) -> Vec<String> {
        e.0.into_iter().map(|f| f.field).collect()
    }

    #[test]
    fn each_status_names_what_it_needs() {
        assert_eq!(
            fields(NewResponse::new(input(Planned)).unwrap_err()),
            ["expected_month"]
        );
        assert_eq!(
            fields(NewResponse::new(input(NotPossible)).unwrap_err()),
            ["reason"]
        );
        assert_eq!(
            fields(NewResponse::new(input(Referred)).unwrap_err()),
            ["referred_to"]
        );
        assert_eq!(
            fields(NewResponse::new(input(Duplicate)).unwrap_err()),
            ["duplicate_of"]
        );
        assert_eq!(
            fields(NewResponse::new(input(Open)).unwrap_err()),
            ["status"]
        );
        let planned = NewResponse::new(ResponseInput {
            expected_month: Some("2027-03".into()),
            title: Some("Lighting the Fishermead underpasses".into()),
            ..input(Planned)
        })
        .unwrap();
        assert_eq!(
            planned.expected_month,
            Some(Month {
                year: 2027,
                month: 3
            })
        );
        assert_eq!(
            planned.commitment,
            Some(("Lighting the Fishermead underpasses".into(), 0))
        );
    }

    #[test]
    fn texts_over_their_limit_and_bad_months_are_named() {
        let long = NewResponse::new(ResponseInput {
            response: Some("x".repeat(MAX_RESPONSE_CHARS + 1)),
            expected_month: Some("March".into()),
            ..input(Planned)
        })
        .unwrap_err();
        assert_eq!(fields(long), ["response", "expected_month"]);
        assert!(Month::parse("m", "2027-13").is_err());
        assert!(Month::parse("m", "2027-3").is_err());
        assert_eq!(
            Month::parse("m", "2027-12").unwrap(),
            Month {
                year: 2027,
                month: 12
            }
        );
    }

    #[test]
    fn a_progress_update_needs_a_percentage_and_a_note() {
        assert_eq!(
            fields(ProgressUpdate::new(Some(101), Some("Half done")).unwrap_err()),
            ["progress"]
        );
        assert_eq!(
            fields(ProgressUpdate::new(Some(50), None).unwrap_err()),
            ["note"]
        );
        assert_eq!(
            ProgressUpdate::new(Some(50), Some(" Half the lamps are up ")).unwrap(),
            ProgressUpdate {
                progress: 50,
                note: "Half the lamps are up".into()
            }
        );
    }
}
