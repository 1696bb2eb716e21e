//! Identifiers. Parsing one is the only way to make one.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ValidationErrors;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

uuid_id!(
    /// A contribution: an idea, issue, interest or story pinned on the map.
    ContributionId
);
uuid_id!(
    /// A reply to a contribution.
    ReplyId
);

/// A plan's address in URLs: lowercase ASCII words joined by hyphens (`milton-keynes`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct PlanSlug(String);

impl PlanSlug {
    pub const MAX_LEN: usize = 64;

    pub fn parse(s: &str) -> Result<Self, ValidationErrors> {
        let well_formed = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && s.split('-').all(|word| {
                !word.is_empty()
                    && word
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if well_formed {
            Ok(Self(s.to_owned()))
        } else {
            Err(ValidationErrors::one(
                "slug",
                "must be lowercase letters and digits in words joined by single hyphens",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PlanSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        for good in ["milton-keynes", "mk", "plan-2026"] {
            assert!(PlanSlug::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "Milton",
            "milton--keynes",
            "-mk",
            "mk-",
            "mk keynes",
            "é",
        ] {
            assert!(PlanSlug::parse(bad).is_err(), "{bad:?}");
        }
        assert!(PlanSlug::parse(&"a".repeat(65)).is_err());
    }
}
