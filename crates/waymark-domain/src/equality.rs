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

/// A count as it may be published: `{"count": 12}`, or `"suppressed"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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

/// One band's figures for one neighbourhood and period: how many respondents gave it, and
/// how many residents the census counts in it (`None` where the census has no such band,
/// as for gender "another").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandCount {
    pub band: &'static str,
    pub respondents: u32,
    pub residents: Option<u32>,
}

/// One band as it may be published. Shares are of the bands the census has (respondents'
/// share of those who gave one of them, residents' share of those counted in one of them);
/// a share is left out (`None`) where it could be worked back to a suppressed count.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BandFigures {
    pub band: &'static str,
    /// The catalogue's message naming the band ([`label_key`]).
    pub label_key: String,
    pub residents: Option<u32>,
    pub residents_share: Option<f64>,
    pub respondents: Published,
    pub respondents_share: Option<f64>,
    /// Whether the census has the band, so that it is in the comparison.
    pub compared: bool,
}

/// One dimension for one neighbourhood: how many answered it (every band, "another"
/// included), each band, and how closely respondents mirror residents.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DimensionFigures {
    pub dimension: Dimension,
    pub answered: Published,
    /// [`representativeness`] over the compared bands, to two decimals; only with at
    /// least [`SMALLEST_GROUP`] respondents in them.
    pub representativeness: Option<f64>,
    pub bands: Vec<BandFigures>,
}

/// The band whose residents are heard least: the largest gap between its share of
/// residents and its share of respondents (the gap itself is not published: with the
/// residents' share it would give the respondents' count).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnderRepresented {
    pub dimension: Dimension,
    pub band: &'static str,
    pub label_key: String,
}

/// Who took part in one neighbourhood over a period, against who lives there.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participation {
    pub residents: Option<u32>,
    pub participants: Published,
    /// Participants per 1,000 residents, to one decimal; not published while the
    /// participants are (it would give them back).
    pub rate_per_1000: Option<f64>,
    /// The mean of the dimensions' representativeness, over those with at least
    /// [`SMALLEST_GROUP`] respondents in their compared bands, to two decimals.
    pub representativeness: Option<f64>,
    pub most_under_represented: Option<UnderRepresented>,
    pub dimensions: Vec<DimensionFigures>,
}

/// The catalogue's message naming a band (`report-band-tenure-social-rented`).
pub fn label_key(dimension: Dimension, band: &str) -> String {
    format!("report-band-{dimension}-{band}").replace('_', "-")
}

/// The catalogue's message naming a dimension (`report-dimension-ethnic-group`).
pub fn dimension_key(dimension: Dimension) -> String {
    format!("report-dimension-{dimension}").replace('_', "-")
}

fn round(value: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (value * scale).round() / scale
}

/// The figures of one neighbourhood: `participants` (distinct people who took part),
/// `residents` (everyone, from the census) and, per dimension, each band's counts in the
/// order of [`Dimension::bands`].
pub fn participation(
    participants: u32,
    residents: Option<u32>,
    dimensions: &[(Dimension, Vec<BandCount>)],
) -> Participation {
    let published_participants = match suppress(&[participants]).as_slice() {
        [p] => *p,
        _ => Published::Suppressed,
    };
    let rate_per_1000 = match (published_participants, residents) {
        (Published::Count(p), Some(r)) if r > 0 => {
            Some(round(f64::from(p) * 1000.0 / f64::from(r), 1))
        }
        _ => None,
    };
    let mut figures = Vec::new();
    // (gap, dimension, band) of the least heard band so far.
    let mut least_heard: Option<(f64, Dimension, &'static str)> = None;
    for (dimension, bands) in dimensions {
        let counts: Vec<u32> = bands.iter().map(|b| b.respondents).collect();
        let answered: u32 = counts.iter().sum();
        let published = suppress(&counts);
        let compared_respondents: u32 = bands
            .iter()
            .filter(|b| b.residents.is_some())
            .map(|b| b.respondents)
            .sum();
        let compared_residents: u32 = bands.iter().filter_map(|b| b.residents).sum();
        // A share of the compared bands gives back their total; with the answered total
        // published, that total gives back the bands outside the comparison, so shares
        // stand only while those are published themselves.
        let outside_shown = bands
            .iter()
            .zip(&published)
            .all(|(b, p)| b.residents.is_some() || matches!(p, Published::Count(_)));
        let enough = compared_respondents >= SMALLEST_GROUP;
        let pairs: Vec<(u32, u32)> = bands
            .iter()
            .filter_map(|b| b.residents.map(|r| (b.respondents, r)))
            .collect();
        let dimension_representativeness = if enough {
            representativeness(&pairs).map(|r| round(r, 2))
        } else {
            None
        };
        let mut band_figures = Vec::new();
        for (b, p) in bands.iter().zip(&published) {
            let residents_share = match b.residents {
                Some(r) if compared_residents > 0 => {
                    Some(f64::from(r) / f64::from(compared_residents))
                }
                _ => None,
            };
            let share = (compared_respondents > 0)
                .then(|| f64::from(b.respondents) / f64::from(compared_respondents));
            if let (true, Some(rs), Some(s)) = (enough, residents_share, share) {
                let gap = rs - s;
                if gap > 1e-12 && least_heard.is_none_or(|(g, _, _)| gap > g + 1e-12) {
                    least_heard = Some((gap, *dimension, b.band));
                }
            }
            let shown = matches!(p, Published::Count(_));
            band_figures.push(BandFigures {
                band: b.band,
                label_key: label_key(*dimension, b.band),
                residents: b.residents,
                residents_share: residents_share.map(|s| round(s, 3)),
                respondents: *p,
                respondents_share: if shown && outside_shown && b.residents.is_some() {
                    share.map(|s| round(s, 3))
                } else {
                    None
                },
                compared: b.residents.is_some(),
            });
        }
        figures.push(DimensionFigures {
            dimension: *dimension,
            answered: if answered < SMALLEST_GROUP {
                Published::Suppressed
            } else {
                Published::Count(answered)
            },
            representativeness: dimension_representativeness,
            bands: band_figures,
        });
    }
    let known: Vec<f64> = figures
        .iter()
        .filter_map(|d| d.representativeness)
        .collect();
    Participation {
        residents,
        participants: published_participants,
        rate_per_1000,
        representativeness: (!known.is_empty())
            .then(|| round(known.iter().sum::<f64>() / known.len() as f64, 2)),
        most_under_represented: least_heard.map(|(_, dimension, band)| UnderRepresented {
            dimension,
            band,
            label_key: label_key(dimension, band),
        }),
        dimensions: figures,
    }
}

/// The order in which to knock on doors: the lowest participation rate first (a rate
/// suppressed for fewer than 10 participants counts as the lowest, a neighbourhood
/// without a population comes last), then the least representative (unknown first),
/// then by name. Only published figures decide, so the order gives nothing away.
/// Returns the indexes of `areas` (`(name, figures)`) in that order.
pub fn knock_next(areas: &[(&str, &Participation)]) -> Vec<usize> {
    let rate_key = |p: &Participation| match (p.rate_per_1000, p.residents) {
        (Some(rate), _) => rate,
        (None, Some(r)) if r > 0 => -1.0,
        _ => f64::INFINITY,
    };
    let mut order: Vec<usize> = (0..areas.len()).collect();
    order.sort_by(|&a, &b| {
        let (na, pa) = areas[a];
        let (nb, pb) = areas[b];
        rate_key(pa)
            .total_cmp(&rate_key(pb))
            .then(
                pa.representativeness
                    .unwrap_or(-1.0)
                    .total_cmp(&pb.representativeness.unwrap_or(-1.0)),
            )
            .then(na.cmp(nb))
    });
    order
}

/// One neighbourhood's participation, named, with the class it is shaded in on the map
/// (as the report's city map: five equal steps up to the highest rate, 0 for no rate).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NeighbourhoodParticipation {
    pub slug: String,
    pub name: String,
    #[serde(flatten)]
    pub figures: Participation,
    pub class: u8,
    /// Outline rings, lon/lat, for maps; the GeoJSON carries it as geometry.
    #[serde(skip)]
    pub outline: Vec<Vec<[f64; 2]>>,
}

/// Who is heard across a plan's neighbourhoods over a period of months (`from` to `to`,
/// both included, `YYYY-MM`), and where to knock next (slugs, in order).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WhoIsHeard {
    pub from: String,
    pub to: String,
    /// The upper bound of each shaded class of the rate (1 to 5).
    pub class_bounds: Vec<f64>,
    pub neighbourhoods: Vec<NeighbourhoodParticipation>,
    pub knock_next: Vec<String>,
    /// Where the population figures come from, as imported (the demo's say they are
    /// synthetic), so that every view shows it.
    pub population_sources: Vec<String>,
}

impl WhoIsHeard {
    /// Shades each neighbourhood by its published rate (whatever `class` it came with)
    /// and orders the doors to knock.
    pub fn new(
        from: String,
        to: String,
        mut neighbourhoods: Vec<NeighbourhoodParticipation>,
    ) -> Self {
        let max = neighbourhoods
            .iter()
            .filter_map(|n| n.figures.rate_per_1000)
            .fold(0.0, f64::max);
        for n in &mut neighbourhoods {
            n.class = crate::report::maps::class_of(n.figures.rate_per_1000.unwrap_or(0.0), max);
        }
        let named: Vec<(&str, &Participation)> = neighbourhoods
            .iter()
            .map(|n| (n.name.as_str(), &n.figures))
            .collect();
        let knock_next = knock_next(&named)
            .into_iter()
            .map(|i| neighbourhoods[i].slug.clone())
            .collect();
        Self {
            from,
            to,
            class_bounds: crate::report::maps::class_bounds(max).to_vec(),
            neighbourhoods,
            knock_next,
            population_sources: Vec::new(),
        }
    }

    /// The neighbourhoods in the order to knock on doors.
    pub fn in_knocking_order(&self) -> impl Iterator<Item = &NeighbourhoodParticipation> {
        self.knock_next
            .iter()
            .filter_map(|slug| self.neighbourhoods.iter().find(|n| &n.slug == slug))
    }
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

    fn band(band: &'static str, respondents: u32, residents: Option<u32>) -> BandCount {
        BandCount {
            band,
            respondents,
            residents,
        }
    }

    /// 30 participants among 4,000 residents; tenure answered by 30, gender by 29,
    /// age by 5.
    fn example(participants: u32) -> Participation {
        participation(
            participants,
            Some(4000),
            &[
                (
                    Dimension::Tenure,
                    vec![
                        band("owned", 20, Some(2000)),
                        band("shared_ownership", 0, Some(200)),
                        band("social_rented", 2, Some(1000)),
                        band("private_rented", 8, Some(700)),
                        band("rent_free", 0, Some(100)),
                    ],
                ),
                (
                    Dimension::Gender,
                    vec![
                        band("woman", 12, Some(2100)),
                        band("man", 14, Some(1900)),
                        band("another", 3, None),
                    ],
                ),
                (
                    Dimension::Age,
                    vec![band("50_64", 3, Some(800)), band("65_74", 2, Some(400))],
                ),
            ],
        )
    }

    #[test]
    fn participation_is_counted_per_1000_residents_and_against_each_band() {
        let p = example(30);
        assert_eq!(p.participants, Count(30));
        // 30 × 1,000 / 4,000.
        assert_eq!(p.rate_per_1000, Some(7.5));
        let tenure = &p.dimensions[0];
        assert_eq!(tenure.answered, Count(30));
        // Respondents 20/30, 0, 2/30, 8/30, 0 against residents 0.5, 0.05, 0.25, 0.175,
        // 0.025: differences 0.1667 + 0.05 + 0.1833 + 0.0917 + 0.025 = 0.5167, halved
        // 0.2583, so 0.74.
        assert_eq!(tenure.representativeness, Some(0.74));
        // Only "owned" (20) is shown: 0 + 2 + 8 + 0 = 10 hidden together.
        let shown: Vec<Published> = tenure.bands.iter().map(|b| b.respondents).collect();
        assert_eq!(
            shown,
            [Count(20), Suppressed, Suppressed, Suppressed, Suppressed]
        );
        assert_eq!(tenure.bands[0].respondents_share, Some(0.667));
        assert_eq!(tenure.bands[0].residents_share, Some(0.5));
        // A share of a suppressed count is not published; the residents' share is.
        assert_eq!(tenure.bands[2].respondents_share, None);
        assert_eq!(tenure.bands[2].residents_share, Some(0.25));
        assert_eq!(
            tenure.bands[2].label_key,
            "report-band-tenure-social-rented"
        );
    }

    #[test]
    fn another_gender_is_answered_but_not_compared() {
        let p = example(30);
        let gender = &p.dimensions[1];
        // 12 + 14 + 3 answered; "another" (3) takes the smallest shown (12) with it.
        assert_eq!(gender.answered, Count(29));
        let shown: Vec<Published> = gender.bands.iter().map(|b| b.respondents).collect();
        assert_eq!(shown, [Suppressed, Count(14), Suppressed]);
        assert!(!gender.bands[2].compared && gender.bands[2].residents_share.is_none());
        // 14's share of 26 would give 26, and 29 − 26 the hidden "another": not shown.
        assert_eq!(gender.bands[1].respondents_share, None);
        // 12/26 and 14/26 against 0.525 and 0.475: (0.0635 + 0.0635) / 2, so 0.94.
        assert_eq!(gender.representativeness, Some(0.94));
        // Five answers about age: nothing published, no figure.
        let age = &p.dimensions[2];
        assert_eq!(age.answered, Suppressed);
        assert_eq!(age.representativeness, None);
        // The neighbourhood: the mean of tenure and gender, (0.74 + 0.94) / 2.
        assert_eq!(p.representativeness, Some(0.84));
    }

    #[test]
    fn the_most_under_represented_band_has_the_largest_gap() {
        // Gaps: social renters 0.25 − 0.0667 = 0.183, women 0.525 − 0.4615 = 0.064,
        // age is left out (5 respondents) though 65-74 would be far behind.
        let p = example(30);
        let least = p.most_under_represented.unwrap();
        assert_eq!(
            (least.dimension, least.band),
            (Dimension::Tenure, "social_rented")
        );
        assert_eq!(least.label_key, "report-band-tenure-social-rented");
        // Nobody to compare: no band named.
        let none = participation(40, Some(1000), &[]);
        assert_eq!(none.most_under_represented, None);
        assert_eq!(none.representativeness, None);
    }

    #[test]
    fn fewer_than_10_participants_publish_neither_the_count_nor_the_rate() {
        let p = example(7);
        assert_eq!(p.participants, Suppressed);
        assert_eq!(p.rate_per_1000, None);
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["participants"], "suppressed");
        assert_eq!(json["rate_per_1000"], serde_json::Value::Null);
        assert!(!json.to_string().contains("\"count\":7"));
    }

    #[test]
    fn doors_are_knocked_where_fewest_take_part_then_where_the_mix_is_least_like_the_area() {
        let with = |rate: Option<f64>, residents: Option<u32>, r: Option<f64>| Participation {
            residents,
            participants: Suppressed,
            rate_per_1000: rate,
            representativeness: r,
            most_under_represented: None,
            dimensions: vec![],
        };
        let a = with(Some(5.0), Some(1000), Some(0.9));
        let b = with(Some(2.0), Some(1000), Some(0.8));
        let c = with(Some(2.0), Some(1000), Some(0.6));
        let d = with(None, Some(1000), None);
        let e = with(None, None, None);
        let order = knock_next(&[("A", &a), ("B", &b), ("C", &c), ("D", &d), ("E", &e)]);
        assert_eq!(order, [3, 2, 1, 0, 4]);
    }
}
