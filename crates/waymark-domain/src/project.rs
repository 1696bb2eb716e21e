//! Community energy projects: their stages (one transition table), the figures a group
//! keeps and their bounds, a meter's CSV, the "start a project" checklist, champions and
//! the learning library's quizzes.

use serde::{Deserialize, Serialize};
use waymark_i18n::{Lang, text};

use crate::outcome::Month;
use crate::text_enum::text_enum;
use crate::validation::ValidationErrors;

text_enum!(
    /// Where a project is in its life.
    Stage {
        Forming = "forming",
        Feasibility = "feasibility",
        Funding = "funding",
        Building = "building",
        Generating = "generating",
    }
);

impl Stage {
    /// The lifecycle, one step at a time: forming → feasibility → funding → building →
    /// generating. A group may step back one stage (funding fell through, a survey found
    /// the roof weak) but never skips ahead: each stage is something the group did.
    pub fn can_move(self, to: Stage) -> bool {
        use Stage::*;
        matches!(
            (self, to),
            (Forming, Feasibility)
                | (Feasibility, Funding)
                | (Funding, Building)
                | (Building, Generating)
                | (Feasibility, Forming)
                | (Funding, Feasibility)
                | (Building, Funding)
        )
    }

    /// Every stage the project may move to from here, in lifecycle order.
    pub fn next_steps(self) -> Vec<Stage> {
        Stage::ALL
            .iter()
            .copied()
            .filter(|&to| self.can_move(to))
            .collect()
    }

    /// Whether the project's kWp counts as generating (else it is in the pipeline).
    pub fn is_generating(self) -> bool {
        self == Stage::Generating
    }
}

text_enum!(
    /// The steps of the guided checklist for a new group.
    ChecklistStep {
        FormGroup = "form_group",
        FindSite = "find_site",
        CheckNetwork = "check_network",
        LegalForm = "legal_form",
        Funding = "funding",
    }
);

text_enum!(
    /// What a champion can help people with.
    HelpTopic {
        Solar = "solar",
        HeatPumps = "heat_pumps",
        Insulation = "insulation",
        Bills = "bills",
        Funding = "funding",
        FormingAGroup = "forming_a_group",
        Digital = "digital",
        TalkingToNeighbours = "talking_to_neighbours",
    }
);

/// The largest rooftop installation accepted, in kWp: a big warehouse roof is about
/// 1 MWp; a school or community centre 30–250 kWp.
pub const MAX_ROOFTOP_KWP: f64 = 1_000.0;
/// The largest project of any kind accepted, in kWp: 100 MW, well above a community
/// solar farm (5–10 MW) or a pair of wind turbines (4 MW).
pub const MAX_KWP: f64 = 100_000.0;
/// More homes or buildings than a town this size has.
pub const MAX_HOMES: i64 = 500_000;
pub const MAX_BUILDINGS: i64 = 100_000;
/// A month's generation above this (kWh) would need more than the largest project.
pub const MAX_MONTH_KWH: f64 = MAX_KWP * 24.0 * 31.0;

/// The figures a group keeps, as sent.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figures {
    pub kwp: Option<f64>,
    pub homes_served: Option<i64>,
    pub buildings_served: Option<i64>,
}

impl Figures {
    /// Checks each figure: none negative, none absurd (a 50 MW rooftop is a typo). The
    /// 422 names each field that is wrong.
    pub fn check(self, rooftop: bool) -> Result<Figures, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        if let Some(kwp) = self.kwp {
            let max = if rooftop { MAX_ROOFTOP_KWP } else { MAX_KWP };
            if !kwp.is_finite() || kwp < 0.0 {
                errors.push("kwp", "a number of kWp, 0 or more");
            } else if kwp > max {
                errors.push(
                    "kwp",
                    if rooftop {
                        "a rooftop above 1,000 kWp is not plausible: check the figure (kWp, not Wp)"
                    } else {
                        "a project above 100,000 kWp (100 MW) is not plausible: check the figure"
                    },
                );
            }
        }
        for (field, value, max) in [
            ("homes_served", self.homes_served, MAX_HOMES),
            ("buildings_served", self.buildings_served, MAX_BUILDINGS),
        ] {
            match value {
                Some(v) if v < 0 => errors.push(field, "a whole number, 0 or more"),
                Some(v) if v > max => {
                    errors.push(field, format!("{max} or fewer: check the figure"));
                }
                _ => {}
            }
        }
        errors.into_result(|| self)
    }
}

/// One month of a meter reading.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub month: Month,
    pub kwh: f64,
}

/// The monthly generation in a meter's CSV: `month,kwh` lines (`2026-05,1234.5`), with
/// or without that header line. Every bad line is named by its number (the first line
/// is 1); when any line is wrong, nothing is returned, so nothing is written.
pub fn parse_meter_csv(text: &str) -> Result<Vec<Reading>, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let mut readings: Vec<Reading> = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let field = format!("line {n}");
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let cells: Vec<&str> = line
            .split(',')
            .map(|c| c.trim().trim_matches('"'))
            .collect();
        if n == 1
            && cells
                .first()
                .is_some_and(|c| c.eq_ignore_ascii_case("month"))
        {
            continue;
        }
        if cells.len() != 2 {
            errors.push(field, "two cells: month,kwh (e.g. 2026-05,1234.5)");
            continue;
        }
        let month = Month::parse(&field, cells[0]);
        let kwh = cells[1].parse::<f64>().ok().filter(|k| k.is_finite());
        match (month, kwh) {
            (Err(e), _) => errors.0.extend(e.0),
            (_, None) => errors.push(field, "the kWh is not a number"),
            (_, Some(k)) if k < 0.0 => errors.push(field, "the kWh is negative"),
            (_, Some(k)) if k > MAX_MONTH_KWH => {
                errors.push(field, "the kWh is more than any project makes in a month")
            }
            (Ok(month), Some(kwh)) => {
                if readings.iter().any(|r| r.month == month) {
                    errors.push(field, "this month is already on an earlier line");
                } else {
                    readings.push(Reading { month, kwh });
                }
            }
        }
    }
    if errors.is_empty() && readings.is_empty() {
        errors.push("file", "no readings: write month,kwh lines");
    }
    errors.into_result(|| readings)
}

/// One question of a module's quiz.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub question: String,
    pub options: Vec<String>,
    /// The index of the right option; never sent to people taking the quiz.
    pub answer: usize,
}

/// Checks a quiz an admin wrote: each question has text, 2 to 6 options and a right
/// answer among them.
pub fn check_quiz(quiz: &[Question]) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    if quiz.len() > 10 {
        errors.push("quiz", "10 questions or fewer");
    }
    for (i, q) in quiz.iter().enumerate() {
        let field = format!("quiz[{i}]");
        if q.question.trim().is_empty() || q.question.chars().count() > 300 {
            errors.push(&field, "a question of 1 to 300 characters");
        }
        if !(2..=6).contains(&q.options.len())
            || q.options
                .iter()
                .any(|o| o.trim().is_empty() || o.chars().count() > 200)
        {
            errors.push(&field, "2 to 6 options of 1 to 200 characters");
        }
        if q.answer >= q.options.len() {
            errors.push(&field, "the answer is one of the options");
        }
    }
    errors.into_result(|| ())
}

/// Marks a quiz: the indices of the questions answered wrongly (or not at all).
pub fn mark_quiz(quiz: &[Question], answers: &[usize]) -> Vec<usize> {
    quiz.iter()
        .enumerate()
        .filter(|(i, q)| answers.get(*i) != Some(&q.answer))
        .map(|(i, _)| i)
        .collect()
}

/// A slug from a title: lowercase ASCII words joined by `-`, at most 60 characters.
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + word.len() + 1 > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if slug.is_empty() {
        "project".to_owned()
    } else {
        slug
    }
}

/// The mail that asks a volunteer to confirm: subject and plain text.
pub fn volunteer_confirmation_mail(
    lang: Lang,
    project: &str,
    role: &str,
    confirm_url: &str,
    leave_url: &str,
) -> (String, String) {
    let args = [
        ("project", project.into()),
        ("role", role.into()),
        ("url", confirm_url.into()),
        ("leave", leave_url.into()),
    ];
    (
        text(lang, "mail-volunteer-confirm-subject", &args),
        text(lang, "mail-volunteer-confirm-body", &args) + "\n",
    )
}

/// The mail to a champion when a resident asks for help with an energy pin.
pub fn help_request_mail(
    lang: Lang,
    neighbourhood: &str,
    title: &str,
    url: &str,
) -> (String, String) {
    let args = [
        ("neighbourhood", neighbourhood.into()),
        ("title", title.into()),
        ("url", url.into()),
    ];
    (
        text(lang, "mail-help-request-subject", &args),
        text(lang, "mail-help-request-body", &args) + "\n",
    )
}

/// A project's monthly update for its followers: what the team posted since the last.
pub fn monthly_update_mail(
    lang: Lang,
    project: &str,
    stage: Stage,
    updates: &[(String, String)],
    url: &str,
    unsubscribe_url: &str,
) -> (String, String) {
    let args = [
        ("project", project.into()),
        ("stage", stage.as_str().into()),
        ("count", updates.len().into()),
        ("url", url.into()),
        ("unsubscribe", unsubscribe_url.into()),
    ];
    let mut body = text(lang, "mail-project-update-intro", &args);
    body.push_str("\n\n");
    for (date, words) in updates {
        body.push_str(&format!("{date}: {words}\n\n"));
    }
    body.push_str(&text(lang, "mail-project-update-footer", &args));
    body.push('\n');
    (text(lang, "mail-project-update-subject", &args), body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stage::*;

    /// The transition table, written out: from each stage, exactly these.
    const ALLOWED: &[(Stage, &[Stage])] = &[
        (Forming, &[Feasibility]),
        (Feasibility, &[Forming, Funding]),
        (Funding, &[Feasibility, Building]),
        (Building, &[Funding, Generating]),
        (Generating, &[]),
    ];

    #[test]
    fn the_stage_table_allows_exactly_its_edges() {
        assert_eq!(ALLOWED.len(), Stage::ALL.len());
        for &(from, allowed) in ALLOWED {
            for &to in Stage::ALL {
                assert_eq!(from.can_move(to), allowed.contains(&to), "{from} → {to}");
            }
            assert_eq!(from.next_steps(), allowed);
        }
    }

    #[test]
    fn no_stage_is_skipped() {
        assert!(!Forming.can_move(Funding));
        assert!(!Feasibility.can_move(Generating));
        assert!(!Forming.can_move(Forming));
    }

    #[test]
    fn a_fifty_megawatt_rooftop_is_refused_naming_the_field() {
        let rooftop = Figures {
            kwp: Some(50_000.0),
            ..Figures::default()
        };
        let e = rooftop.check(true).unwrap_err();
        assert_eq!(e.0[0].field, "kwp");
        assert!(
            rooftop.check(false).is_ok(),
            "a 50 MW solar farm is plausible"
        );
        let negative = Figures {
            kwp: Some(-1.0),
            homes_served: Some(-3),
            buildings_served: Some(2),
        };
        let fields: Vec<String> = negative
            .check(false)
            .unwrap_err()
            .0
            .into_iter()
            .map(|f| f.field)
            .collect();
        assert_eq!(fields, ["kwp", "homes_served"]);
        assert!(
            Figures {
                kwp: Some(f64::NAN),
                ..Figures::default()
            }
            .check(false)
            .is_err()
        );
    }

    #[test]
    fn a_meter_csv_is_read_whole_or_not_at_all() {
        let ok = parse_meter_csv("month,kwh\n2026-05,1200.5\n2026-06, 1300\n").unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[1].kwh, 1300.0);
        let bad = parse_meter_csv(
            "month,kwh\n2026-05,1200\n2026-13,5\nMay,x\n2026-07,-1\n2026-05,3\n2026-08",
        )
        .unwrap_err();
        let fields: Vec<&str> = bad.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["line 3", "line 4", "line 5", "line 6", "line 7"]);
        assert!(parse_meter_csv("month,kwh\n").is_err());
    }

    #[test]
    fn quizzes_are_checked_and_marked() {
        let quiz = vec![Question {
            question: "What is a kWp?".into(),
            options: vec!["A power rating".into(), "A bill".into()],
            answer: 0,
        }];
        assert!(check_quiz(&quiz).is_ok());
        assert_eq!(mark_quiz(&quiz, &[0]), Vec::<usize>::new());
        assert_eq!(mark_quiz(&quiz, &[1]), vec![0]);
        assert_eq!(mark_quiz(&quiz, &[]), vec![0]);
        let mut wrong = quiz.clone();
        wrong[0].answer = 5;
        assert!(check_quiz(&wrong).is_err());
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Solar on Fishermead School!"),
            "solar-on-fishermead-school"
        );
        assert_eq!(slugify("☀"), "project");
    }
}
