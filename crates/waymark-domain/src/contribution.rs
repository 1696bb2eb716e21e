//! Contributions: what residents pin on the map, and the rules they follow.

use crate::text_enum::text_enum;
use crate::{Position, ValidationErrors};

text_enum!(
    /// What sort of contribution it is.
    Kind {
        Idea = "idea",
        Issue = "issue",
        Interest = "interest",
        Story = "story",
    }
);

impl Kind {
    /// The kind as people say it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Idea => "Idea",
            Kind::Issue => "Issue",
            Kind::Interest => "Interest",
            Kind::Story => "Positive story",
        }
    }
}

text_enum!(
    /// What a contribution is about; a contribution has one to three.
    Theme {
        Energy = "energy",
        Transport = "transport",
        Housing = "housing",
        GreenSpace = "green_space",
        Safety = "safety",
        Community = "community",
        Health = "health",
        Other = "other",
    }
);

text_enum!(
    /// How precisely a contribution's place is published. The exact point is always
    /// kept, but only moderators see it.
    Precision {
        /// The point as given.
        Exact = "exact",
        /// Snapped to a grid of about 100 m: the street, not the house.
        Street = "street",
        /// The centre of the neighbourhood the point is in.
        Neighbourhood = "neighbourhood",
    }
);

pub const TITLE_MAX: usize = 120;
pub const BODY_MAX: usize = 4000;
pub const DISPLAY_NAME_MAX: usize = 60;
pub const REPLY_MAX: usize = 2000;
pub const THEMES_MAX: usize = 3;

/// A new contribution, checked and ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewContribution {
    pub kind: Kind,
    pub themes: Vec<Theme>,
    pub title: String,
    pub body: String,
    pub display_name: Option<String>,
    pub precision: Precision,
    pub position: Position,
}

/// The fields of a contribution as they arrive, before any check.
#[derive(Debug, Clone, Default)]
pub struct ContributionInput {
    pub kind: Option<Kind>,
    pub themes: Vec<Theme>,
    pub title: Option<String>,
    pub body: Option<String>,
    pub display_name: Option<String>,
    pub precision: Option<Precision>,
}

impl NewContribution {
    /// Checks every field and the position, whose own check is passed in, and reports
    /// all problems at once.
    pub fn new(
        input: ContributionInput,
        position: Result<Position, ValidationErrors>,
    ) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let position = errors.check(position);
        let kind = input.kind;
        if kind.is_none() {
            errors.push(
                "properties.kind",
                "choose what this is: idea, issue, interest or story",
            );
        }
        let themes = errors.check(themes(input.themes));
        let title = errors.check(title(input.title.as_deref().unwrap_or("")));
        let body = errors.check(body(input.body.as_deref().unwrap_or("")));
        let display_name = errors.check(display_name(
            "properties.display_name",
            input.display_name.as_deref(),
        ));
        match (position, kind, themes, title, body, display_name) {
            (
                Some(position),
                Some(kind),
                Some(themes),
                Some(title),
                Some(body),
                Some(display_name),
            ) if errors.is_empty() => Ok(Self {
                kind,
                themes,
                title,
                body,
                display_name,
                precision: input.precision.unwrap_or(Precision::Exact),
                position,
            }),
            _ => Err(errors),
        }
    }
}

/// A change to some fields of a contribution, each already checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContributionPatch {
    pub kind: Option<Kind>,
    pub themes: Option<Vec<Theme>>,
    pub title: Option<String>,
    pub body: Option<String>,
    /// `Some(None)` clears the name.
    pub display_name: Option<Option<String>>,
    pub precision: Option<Precision>,
}

impl ContributionPatch {
    pub fn new(
        kind: Option<Kind>,
        themes_in: Option<Vec<Theme>>,
        title_in: Option<&str>,
        body_in: Option<&str>,
        display_name_in: Option<Option<&str>>,
        precision: Option<Precision>,
    ) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let themes = themes_in.and_then(|t| errors.check(themes(t)));
        let title = title_in.and_then(|t| errors.check(title(t)));
        let body = body_in.and_then(|b| errors.check(body(b)));
        let display_name =
            display_name_in.and_then(|n| errors.check(display_name("properties.display_name", n)));
        let patch = Self {
            kind,
            themes,
            title,
            body,
            display_name,
            precision,
        };
        if patch == Self::default() && errors.is_empty() {
            errors.push("properties", "nothing to change");
        }
        errors.into_result(|| patch)
    }
}

/// A new reply, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct NewReply {
    pub body: String,
    pub display_name: Option<String>,
}

impl NewReply {
    pub fn new(body_in: &str, display_name_in: Option<&str>) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let body = errors.check(required_text("body", body_in, REPLY_MAX));
        let display_name = errors.check(display_name("display_name", display_name_in));
        match (body, display_name) {
            (Some(body), Some(display_name)) => Ok(Self { body, display_name }),
            _ => Err(errors),
        }
    }
}

fn themes(mut themes: Vec<Theme>) -> Result<Vec<Theme>, ValidationErrors> {
    let mut seen = Vec::with_capacity(themes.len());
    themes.retain(|t| {
        let new = !seen.contains(t);
        seen.push(*t);
        new
    });
    if themes.is_empty() {
        return Err(ValidationErrors::one(
            "properties.themes",
            "choose at least one theme",
        ));
    }
    if themes.len() > THEMES_MAX {
        return Err(ValidationErrors::one(
            "properties.themes",
            format!("choose at most {THEMES_MAX} themes"),
        ));
    }
    Ok(themes)
}

fn title(title: &str) -> Result<String, ValidationErrors> {
    required_text("properties.title", title, TITLE_MAX)
}

fn body(body: &str) -> Result<String, ValidationErrors> {
    let body = clean(body);
    if body.chars().count() > BODY_MAX {
        return Err(ValidationErrors::one(
            "properties.body",
            format!("keep the text to {BODY_MAX} characters or fewer"),
        ));
    }
    Ok(body)
}

fn display_name(field: &str, name: Option<&str>) -> Result<Option<String>, ValidationErrors> {
    let Some(name) = name.map(clean).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    if name.chars().count() > DISPLAY_NAME_MAX {
        return Err(ValidationErrors::one(
            field,
            format!("keep the name to {DISPLAY_NAME_MAX} characters or fewer"),
        ));
    }
    Ok(Some(name))
}

fn required_text(field: &str, text: &str, max: usize) -> Result<String, ValidationErrors> {
    let text = clean(text);
    if text.is_empty() {
        return Err(ValidationErrors::one(field, "this cannot be empty"));
    }
    if text.chars().count() > max {
        return Err(ValidationErrors::one(
            field,
            format!("keep this to {max} characters or fewer"),
        ));
    }
    Ok(text)
}

/// Trims the ends and drops control characters other than line breaks and tabs, which
/// only ever arrive by accident and upset exports.
fn clean(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ContributionInput {
        ContributionInput {
            kind: Some(Kind::Idea),
            themes: vec![Theme::Energy],
            title: Some("Solar panels on the Trinity Centre".into()),
            body: Some("Its roof faces south.".into()),
            display_name: None,
            precision: None,
        }
    }

    fn mk() -> Result<Position, ValidationErrors> {
        Position::new("geometry", -0.749, 52.035)
    }

    #[test]
    fn a_valid_contribution_defaults_to_exact_precision() {
        let c = NewContribution::new(input(), mk()).unwrap();
        assert_eq!(c.precision, Precision::Exact);
        assert_eq!(c.title, "Solar panels on the Trinity Centre");
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let bad = ContributionInput {
            kind: None,
            themes: vec![],
            title: Some("   ".into()),
            body: Some("x".repeat(BODY_MAX + 1)),
            display_name: Some("n".repeat(DISPLAY_NAME_MAX + 1)),
            precision: None,
        };
        let errors = NewContribution::new(bad, mk()).unwrap_err();
        let fields: Vec<_> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "properties.kind",
                "properties.themes",
                "properties.title",
                "properties.body",
                "properties.display_name"
            ]
        );
    }

    #[test]
    fn a_bad_position_is_reported_with_the_other_problems() {
        let mut i = input();
        i.title = None;
        let errors =
            NewContribution::new(i, Position::new("geometry", f64::NAN, 52.0)).unwrap_err();
        let fields: Vec<_> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["geometry", "properties.title"]);
    }

    #[test]
    fn titles_are_trimmed_and_limited_in_characters_not_bytes() {
        let mut i = input();
        i.title = Some(format!("  {}  ", "é".repeat(TITLE_MAX)));
        assert_eq!(
            NewContribution::new(i.clone(), mk())
                .unwrap()
                .title
                .chars()
                .count(),
            TITLE_MAX
        );
        i.title = Some("é".repeat(TITLE_MAX + 1));
        assert!(NewContribution::new(i, mk()).is_err());
    }

    #[test]
    fn themes_are_deduplicated_and_at_most_three() {
        let mut i = input();
        i.themes = vec![Theme::Energy, Theme::Energy, Theme::Housing];
        assert_eq!(
            NewContribution::new(i.clone(), mk()).unwrap().themes,
            [Theme::Energy, Theme::Housing]
        );
        i.themes = vec![Theme::Energy, Theme::Housing, Theme::Health, Theme::Safety];
        assert!(NewContribution::new(i, mk()).is_err());
    }

    #[test]
    fn control_characters_are_dropped_and_blank_names_are_anonymous() {
        let mut i = input();
        i.title = Some("Bus\u{0}stop\u{7}".into());
        i.display_name = Some("  ".into());
        let c = NewContribution::new(i, mk()).unwrap();
        assert_eq!(c.title, "Busstop");
        assert_eq!(c.display_name, None);
    }

    #[test]
    fn enums_read_and_write_their_wire_names() {
        assert_eq!("green_space".parse::<Theme>().unwrap(), Theme::GreenSpace);
        assert_eq!(Theme::GreenSpace.as_str(), "green_space");
        assert!("car".parse::<Kind>().is_err());
        assert_eq!(
            serde_json::to_string(&Precision::Neighbourhood).unwrap(),
            "\"neighbourhood\""
        );
        assert_eq!(Kind::ALL.len(), 4);
        assert_eq!(Theme::ALL.len(), 8);
    }

    #[test]
    fn an_empty_patch_is_refused() {
        assert!(ContributionPatch::new(None, None, None, None, None, None).is_err());
        let p = ContributionPatch::new(None, None, Some(" New title "), None, Some(None), None)
            .unwrap();
        assert_eq!(p.title.as_deref(), Some("New title"));
        assert_eq!(p.display_name, Some(None));
    }

    #[test]
    fn replies_need_text() {
        assert!(NewReply::new("  ", None).is_err());
        assert!(NewReply::new(&"x".repeat(REPLY_MAX + 1), None).is_err());
        assert_eq!(
            NewReply::new(" Agreed ", Some("Sam")).unwrap().body,
            "Agreed"
        );
    }
}

/// The language a contribution is written in: the primary subtag of the tag its author
/// gave (`pt-BR` → `pt`), else what detection is sure of from the title and body, else
/// unknown. Every way in (the map, a mobiliser's conversation, an import) asks this.
pub fn written_in(
    given: Option<&str>,
    title: &str,
    body: &str,
    field: &str,
) -> Result<Option<String>, ValidationErrors> {
    if let Some(tag) = given {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let valid =
            (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
        if !valid || tag.len() > 35 {
            return Err(ValidationErrors::one(
                field,
                "a language tag such as pl or pt-BR",
            ));
        }
        return Ok(Some(primary.to_ascii_lowercase()));
    }
    Ok(waymark_i18n::detect(&format!("{title} {body}")).map(str::to_owned))
}

#[cfg(test)]
mod written_in_tests {
    use super::written_in;

    #[test]
    fn a_given_tag_wins_and_otherwise_the_text_is_read() {
        assert_eq!(
            written_in(Some("pt-BR"), "x", "", "lang")
                .unwrap()
                .as_deref(),
            Some("pt")
        );
        assert!(written_in(Some("p0lish"), "x", "", "lang").is_err());
        let polish = written_in(
            None,
            "Więcej ławek przy jeziorze",
            "Starsi mieszkańcy chcieliby usiąść w drodze do sklepu, a ławek jest bardzo mało.",
            "lang",
        )
        .unwrap();
        assert_eq!(polish.as_deref(), Some("pl"));
        assert_eq!(
            written_in(None, "ok", "", "lang").unwrap(),
            None,
            "too short to tell"
        );
    }
}
