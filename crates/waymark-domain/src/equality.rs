//! Who lives in a neighbourhood, by the bands that the optional "about you" questions use
//! and that the census publishes: compared with who takes part, they show who is not
//! being heard. The bands follow the ONS 2021 census categories, grouped where the
//! census's own detail would make groups too small to publish.

use crate::text_enum::text_enum;

text_enum!(
    /// What a band divides people by.
    Dimension {
        Age = "age",
        /// The census asks for sex (female, male); the questions ask for gender and
        /// compare women and men with it.
        Gender = "gender",
        /// ONS 2021: the five high-level ethnic groups.
        EthnicGroup = "ethnic_group",
        /// ONS 2021: disabled under the Equality Act (day-to-day activities limited a lot
        /// or a little) or not.
        Disability = "disability",
        /// ONS 2021: the tenure of the home.
        Tenure = "tenure",
    }
);

text_enum!(
    AgeBand {
        Under16 = "under_16",
        From16To24 = "16_24",
        From25To34 = "25_34",
        From35To49 = "35_49",
        From50To64 = "50_64",
        From65To74 = "65_74",
        From75 = "75_plus",
    }
);

text_enum!(
    Gender {
        Woman = "woman",
        Man = "man",
        /// Another way; the census has no figure to compare it with.
        Another = "another",
    }
);

text_enum!(
    EthnicGroup {
        Asian = "asian",
        Black = "black",
        Mixed = "mixed",
        White = "white",
        Other = "other",
    }
);

text_enum!(
    Disability {
        LimitedALot = "limited_a_lot",
        LimitedALittle = "limited_a_little",
        NotDisabled = "not_disabled",
    }
);

text_enum!(
    Tenure {
        Owned = "owned",
        SharedOwnership = "shared_ownership",
        SocialRented = "social_rented",
        PrivateRented = "private_rented",
        RentFree = "rent_free",
    }
);

impl Dimension {
    /// The bands of this dimension, by their names.
    pub fn bands(self) -> Vec<&'static str> {
        fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
            all.iter().map(|b| name(*b)).collect()
        }
        match self {
            Dimension::Age => names(AgeBand::ALL, AgeBand::as_str),
            Dimension::Gender => names(Gender::ALL, Gender::as_str),
            Dimension::EthnicGroup => names(EthnicGroup::ALL, EthnicGroup::as_str),
            Dimension::Disability => names(Disability::ALL, Disability::as_str),
            Dimension::Tenure => names(Tenure::ALL, Tenure::as_str),
        }
    }

    /// Whether `band` is one of this dimension's bands.
    pub fn has_band(self, band: &str) -> bool {
        self.bands().contains(&band)
    }
}

/// No figure about fewer people than this is published.
pub const SMALLEST_GROUP: u32 = 10;

/// A count as it may be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Published {
    Count(u32),
    /// Shown as "fewer than 10" (also a count suppressed so that another cannot be worked
    /// out by subtraction).
    Suppressed,
}

/// The counts of one breakdown (the bands of one dimension in one neighbourhood) as they
/// may be published beside their total. A count under [`SMALLEST_GROUP`] is suppressed;
/// and since the total is published too, the suppressed counts must not be recoverable
/// by subtracting the others from it: while only one count is suppressed, or the
/// suppressed ones add up to fewer than [`SMALLEST_GROUP`], the smallest count still
/// shown is suppressed as well. A total under [`SMALLEST_GROUP`] suppresses everything.
pub fn suppress(counts: &[u32]) -> Vec<Published> {
    let total: u32 = counts.iter().sum();
    if total < SMALLEST_GROUP {
        return vec![Published::Suppressed; counts.len()];
    }
    let mut hidden: Vec<bool> = counts.iter().map(|&c| c < SMALLEST_GROUP).collect();
    loop {
        let (n, sum) = counts
            .iter()
            .zip(&hidden)
            .filter(|(_, h)| **h)
            .fold((0, 0), |(n, sum), (c, _)| (n + 1, sum + c));
        if n == 0 || (n > 1 && sum >= SMALLEST_GROUP) {
            break;
        }
        let smallest_shown = counts
            .iter()
            .enumerate()
            .filter(|(i, _)| !hidden[*i])
            .min_by_key(|(_, c)| **c)
            .map(|(i, _)| i);
        match smallest_shown {
            Some(i) => hidden[i] = true,
            None => break,
        }
    }
    counts
        .iter()
        .zip(hidden)
        .map(|(&c, h)| {
            if h {
                Published::Suppressed
            } else {
                Published::Count(c)
            }
        })
        .collect()
}

/// How closely the people who took part mirror the people who live there, across one
/// dimension's bands, as `(participants, residents)` per band: one minus the index of
/// dissimilarity (half the sum of the differences between each band's share of
/// participants and its share of residents). 1 means the same mix; 0 means no overlap.
/// Bands without residents' figures (gender "another", answers left blank) are left out
/// of both shares. `None` when there are no participants or no residents to compare.
pub fn representativeness(bands: &[(u32, u32)]) -> Option<f64> {
    let compared: Vec<(f64, f64)> = bands
        .iter()
        .filter(|(_, residents)| *residents > 0)
        .map(|&(p, r)| (f64::from(p), f64::from(r)))
        .collect();
    let participants: f64 = compared.iter().map(|(p, _)| p).sum();
    let residents: f64 = compared.iter().map(|(_, r)| r).sum();
    if participants == 0.0 || residents == 0.0 {
        return None;
    }
    let dissimilarity: f64 = compared
        .iter()
        .map(|(p, r)| (p / participants - r / residents).abs())
        .sum::<f64>()
        / 2.0;
    Some(1.0 - dissimilarity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dimension_names_its_bands() {
        assert_eq!(Dimension::Age.bands().len(), 7);
        assert!(Dimension::EthnicGroup.has_band("mixed"));
        assert!(!Dimension::EthnicGroup.has_band("woman"));
        assert!(Dimension::Tenure.has_band("social_rented"));
        for dimension in Dimension::ALL {
            assert!(!dimension.bands().is_empty(), "{dimension}");
        }
    }

    use Published::{Count, Suppressed};

    #[test]
    fn small_groups_are_suppressed() {
        assert_eq!(suppress(&[40, 12, 25]), [Count(40), Count(12), Count(25)]);
        // 3 and 4 are small; together 7 could still be worked out from the total (84),
        // so the smallest count shown (12) goes too: 3 + 4 + 12 = 19.
        assert_eq!(
            suppress(&[3, 4, 12, 65]),
            [Suppressed, Suppressed, Suppressed, Count(65)]
        );
        // Two small groups adding up to 10 or more may stand with the rest shown.
        assert_eq!(
            suppress(&[6, 5, 30, 20]),
            [Suppressed, Suppressed, Count(30), Count(20)]
        );
        // Everyone under 10: nothing is shown.
        assert_eq!(suppress(&[4, 5]), [Suppressed, Suppressed]);
    }

    #[test]
    fn one_suppressed_count_takes_another_with_it_so_subtraction_reveals_nothing() {
        // Total 62: with only the 2 hidden, 62 - 45 - 15 = 2 would give it away.
        assert_eq!(suppress(&[45, 2, 15]), [Count(45), Suppressed, Suppressed]);
        // A zero is a group of fewer than 10 as well.
        assert_eq!(suppress(&[0, 30, 31]), [Suppressed, Suppressed, Count(31)]);
    }

    #[test]
    fn representativeness_is_one_minus_the_index_of_dissimilarity() {
        // The same mix of participants as of residents.
        assert_eq!(representativeness(&[(10, 1000), (30, 3000)]), Some(1.0));
        // Participants 80 % / 20 %, residents 50 % / 50 %: differences 0.3 and 0.3,
        // dissimilarity 0.3, representativeness 0.7.
        let r = representativeness(&[(80, 500), (20, 500)]).unwrap();
        assert!((r - 0.7).abs() < 1e-12, "{r}");
        // Three bands: participants 1/2, 1/4, 1/4 against residents 1/4, 1/4, 1/2:
        // (0.25 + 0 + 0.25) / 2 = 0.25, so 0.75.
        let r = representativeness(&[(2, 100), (1, 100), (1, 200)]).unwrap();
        assert!((r - 0.75).abs() < 1e-12, "{r}");
        // Nobody from the census's bands: no figure, and a band without residents' figures
        // (gender "another") is left out of both shares.
        assert_eq!(representativeness(&[(0, 100), (0, 300)]), None);
        assert_eq!(representativeness(&[]), None);
        let r = representativeness(&[(5, 500), (5, 500), (7, 0)]).unwrap();
        assert!((r - 1.0).abs() < 1e-12, "{r}");
    }
}
