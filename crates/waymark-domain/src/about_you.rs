//! The optional "about you" answers (issue 20): after a pin, a conversation or a workshop
//! pin, a person may say their age band, gender, ethnic group, disability, tenure and the
//! first half of their postcode. Every answer may be left out ("prefer not to say"). The
//! answers are stored apart from what was said and only ever leave the server counted.

use crate::ValidationErrors;
use crate::equality::{AgeBand, Disability, EthnicGroup, Gender, Tenure};

/// Where a one-time key to answer came from (`about_you_keys.source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Contribution,
    Conversation,
    Workshop,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Contribution => "contribution",
            Source::Conversation => "conversation",
            Source::Workshop => "workshop",
        }
    }
}

/// How long a key to answer stays valid: the questions follow the write at once, but a
/// phone may lose its signal between the two.
pub const KEY_HOURS: i64 = 24;

/// Valid answers, each `None` when not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AboutYou {
    pub age_band: Option<AgeBand>,
    pub gender: Option<Gender>,
    pub ethnic_group: Option<EthnicGroup>,
    pub disability: Option<Disability>,
    pub tenure: Option<Tenure>,
    pub postcode_district: Option<PostcodeDistrict>,
}

/// The answers as they arrive, names unchecked.
#[derive(Debug, Clone, Default)]
pub struct AboutYouInput<'a> {
    pub age_band: Option<&'a str>,
    pub gender: Option<&'a str>,
    pub ethnic_group: Option<&'a str>,
    pub disability: Option<&'a str>,
    pub tenure: Option<&'a str>,
    pub postcode_district: Option<&'a str>,
}

impl AboutYou {
    /// Checks every answer; each error names its field as `{prefix}{field}`
    /// (`age_band`, or `properties.about_you.age_band` with that prefix).
    pub fn parse(input: &AboutYouInput<'_>, prefix: &str) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        fn band<T: Copy>(
            errors: &mut ValidationErrors,
            field: String,
            given: Option<&str>,
            all: &[T],
            name: fn(T) -> &'static str,
        ) -> Option<T> {
            let given = given?;
            let found = all.iter().copied().find(|b| name(*b) == given);
            if found.is_none() {
                let names: Vec<&str> = all.iter().map(|b| name(*b)).collect();
                errors.push(
                    field,
                    format!(
                        "'{}' is not one of: {}",
                        given.chars().take(40).collect::<String>(),
                        names.join(", ")
                    ),
                );
            }
            found
        }
        let f = |name: &str| format!("{prefix}{name}");
        let age_band = band(
            &mut errors,
            f("age_band"),
            input.age_band,
            AgeBand::ALL,
            AgeBand::as_str,
        );
        let gender = band(
            &mut errors,
            f("gender"),
            input.gender,
            Gender::ALL,
            Gender::as_str,
        );
        let ethnic_group = band(
            &mut errors,
            f("ethnic_group"),
            input.ethnic_group,
            EthnicGroup::ALL,
            EthnicGroup::as_str,
        );
        let disability = band(
            &mut errors,
            f("disability"),
            input.disability,
            Disability::ALL,
            Disability::as_str,
        );
        let tenure = band(
            &mut errors,
            f("tenure"),
            input.tenure,
            Tenure::ALL,
            Tenure::as_str,
        );
        let postcode_district = input
            .postcode_district
            .and_then(|given| errors.check(PostcodeDistrict::parse(&f("postcode_district"), given)))
            .flatten();
        errors.into_result(|| AboutYou {
            age_band,
            gender,
            ethnic_group,
            disability,
            tenure,
            postcode_district,
        })
    }

    /// Whether nothing was answered.
    pub fn is_empty(&self) -> bool {
        *self == AboutYou::default()
    }
}

/// The first half of a UK postcode (the outward code: "MK6", "SW1A", "B1"), upper case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostcodeDistrict(String);

impl PostcodeDistrict {
    /// Trims and upper-cases `given`; of a full postcode ("mk6 3ab") keeps the first half.
    /// Blank is no answer (`None`); anything that is not an outward code is refused,
    /// naming `field`.
    pub fn parse(field: &str, given: &str) -> Result<Option<Self>, ValidationErrors> {
        let upper = given.trim().to_ascii_uppercase();
        if upper.is_empty() {
            return Ok(None);
        }
        let compact: String = upper.chars().filter(|c| !c.is_whitespace()).collect();
        let parts: Vec<&str> = upper.split_whitespace().collect();
        let outward = match parts.as_slice() {
            [one] if is_outward(one) => Some((*one).to_owned()),
            // "MK63AB": the inward code is always a digit and two letters.
            // (Only ASCII can be a postcode; slicing other text by bytes could split a character.)
            [_] if compact.is_ascii()
                && compact.len() > 3
                && is_inward(&compact[compact.len() - 3..]) =>
            {
                let head = &compact[..compact.len() - 3];
                is_outward(head).then(|| head.to_owned())
            }
            [out, inward] if is_outward(out) && is_inward(inward) => Some((*out).to_owned()),
            _ => None,
        };
        outward.map(|o| Some(PostcodeDistrict(o))).ok_or_else(|| {
            ValidationErrors::one(
                field,
                "the first half of a UK postcode, such as MK6 (or leave it empty)",
            )
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One or two letters, a digit, then maybe a digit or a letter (`MK6`, `SW1A`, `B10`),
/// as the answers table's check says.
fn is_outward(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || b.len() <= letters || !b[letters].is_ascii_digit() {
        return false;
    }
    match &b[letters + 1..] {
        [] => true,
        [c] => c.is_ascii_digit() || c.is_ascii_uppercase(),
        _ => false,
    }
}

/// A digit and two letters (`3AB`).
fn is_inward(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1..].iter().all(u8::is_ascii_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn postcode(given: &str) -> Result<Option<String>, ValidationErrors> {
        PostcodeDistrict::parse("postcode_district", given).map(|p| p.map(|p| p.0))
    }

    #[test]
    fn a_postcode_district_is_trimmed_and_upper_cased() {
        assert_eq!(postcode(" mk6 ").unwrap().as_deref(), Some("MK6"));
        assert_eq!(postcode("sw1a").unwrap().as_deref(), Some("SW1A"));
        assert_eq!(postcode("B1").unwrap().as_deref(), Some("B1"));
    }

    #[test]
    fn a_full_postcode_keeps_only_its_first_half() {
        assert_eq!(postcode("MK6 3AB").unwrap().as_deref(), Some("MK6"));
        assert_eq!(postcode("mk63ab").unwrap().as_deref(), Some("MK6"));
        assert_eq!(postcode("SW1A 1AA").unwrap().as_deref(), Some("SW1A"));
    }

    #[test]
    fn a_blank_postcode_is_no_answer() {
        assert_eq!(postcode("  ").unwrap(), None);
    }

    #[test]
    fn what_is_not_an_outward_code_is_refused_naming_the_field() {
        for bad in [
            "MK",
            "6MK",
            "MKK6",
            "MK6 3A",
            "hello world",
            "M6AB7",
            "ZZ99Z9",
            // Found by the API fuzzer: it once panicked, slicing inside a character.
            "\u{80bbf}9T<\u{e8127}",
            "MK6\u{e9}AB",
            "\u{10000}",
            "MK6 3\u{c4}B",
        ] {
            let errors = postcode(bad).unwrap_err();
            assert_eq!(errors.0[0].field, "postcode_district", "{bad}");
        }
    }

    #[test]
    fn answers_left_out_are_prefer_not_to_say() {
        let answers = AboutYou::parse(&AboutYouInput::default(), "").unwrap();
        assert!(answers.is_empty());
    }

    #[test]
    fn answers_in_their_lists_are_taken() {
        let answers = AboutYou::parse(
            &AboutYouInput {
                age_band: Some("75_plus"),
                gender: Some("another"),
                ethnic_group: Some("mixed"),
                disability: Some("limited_a_little"),
                tenure: Some("rent_free"),
                postcode_district: Some("mk6 3ab"),
            },
            "",
        )
        .unwrap();
        assert_eq!(answers.age_band, Some(AgeBand::From75));
        assert_eq!(answers.tenure, Some(Tenure::RentFree));
        assert_eq!(answers.postcode_district.unwrap().as_str(), "MK6");
    }

    #[test]
    fn each_band_outside_its_list_is_named() {
        let errors = AboutYou::parse(
            &AboutYouInput {
                age_band: Some("ancient"),
                tenure: Some("castle"),
                postcode_district: Some("nowhere"),
                ..AboutYouInput::default()
            },
            "about_you.",
        )
        .unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "about_you.age_band",
                "about_you.tenure",
                "about_you.postcode_district"
            ]
        );
    }
}
