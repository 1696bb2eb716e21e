//! How the network operator and the council answer a shared version of a plan.

use crate::energy::Rag;
use crate::text_enum::text_enum;
use crate::validation::ValidationErrors;

/// The latest year a DNO may give as the earliest a reinforcement could be done.
pub const LAST_REINFORCEMENT_YEAR: i32 = 2060;
const MAX_NOTE_CHARS: usize = 2_000;

text_enum!(
    /// Where a version of a plan is: written, shared with the network operator and the
    /// council, or answered by them.
    VersionStatus {
        Draft = "draft",
        Shared = "shared",
        Answered = "answered",
    }
);

text_enum!(
    /// The network operator's answer to a version of a plan.
    DnoVerdict {
        Fits = "fits",
        FitsFlexible = "fits_flexible",
        NeedsReinforcement = "needs_reinforcement",
        DoesNotFit = "does_not_fit",
    }
);

impl DnoVerdict {
    pub fn rag(self) -> Rag {
        match self {
            DnoVerdict::Fits => Rag::Green,
            DnoVerdict::FitsFlexible | DnoVerdict::NeedsReinforcement => Rag::Amber,
            DnoVerdict::DoesNotFit => Rag::Red,
        }
    }
}

text_enum!(
    /// Roughly what a reinforcement would cost, as the operator says it.
    CostBand {
        Under100k = "under_100k",
        From100kTo1m = "100k_to_1m",
        From1mTo5m = "1m_to_5m",
        Over5m = "over_5m",
    }
);

text_enum!(
    /// The council's answer: how a plan sits with its Local Area Energy Plan.
    LaepVerdict {
        Aligned = "aligned",
        Partly = "partly",
        Conflicts = "conflicts",
    }
);

impl LaepVerdict {
    pub fn rag(self) -> Rag {
        match self {
            LaepVerdict::Aligned => Rag::Green,
            LaepVerdict::Partly => Rag::Amber,
            LaepVerdict::Conflicts => Rag::Red,
        }
    }
}

/// A DNO answer's extra fields: needs_reinforcement requires cost_band and earliest_year
/// (this_year..=2060); other verdicts must not carry them. Note ≤ 2000 chars. Returns
/// field errors.
pub fn validate_dno_answer(
    verdict: DnoVerdict,
    cost_band: Option<CostBand>,
    earliest_year: Option<i32>,
    note: &str,
    this_year: i32,
) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    if verdict == DnoVerdict::NeedsReinforcement {
        if cost_band.is_none() {
            errors.push("cost_band", "say roughly what the reinforcement would cost");
        }
        match earliest_year {
            None => errors.push(
                "earliest_year",
                "say the earliest year the reinforcement could be done",
            ),
            Some(y) if !(this_year..=LAST_REINFORCEMENT_YEAR).contains(&y) => errors.push(
                "earliest_year",
                format!("a year from {this_year} to {LAST_REINFORCEMENT_YEAR}"),
            ),
            Some(_) => {}
        }
    } else {
        if cost_band.is_some() {
            errors.push(
                "cost_band",
                "only an answer that needs reinforcement has a cost",
            );
        }
        if earliest_year.is_some() {
            errors.push(
                "earliest_year",
                "only an answer that needs reinforcement has an earliest year",
            );
        }
    }
    if note.chars().count() > MAX_NOTE_CHARS {
        errors.push(
            "note",
            format!("write {MAX_NOTE_CHARS} characters or fewer"),
        );
    }
    errors.into_result(|| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    const THIS_YEAR: i32 = 2026;

    fn fields(result: Result<(), ValidationErrors>) -> Vec<String> {
        result
            .err()
            .map_or_else(Vec::new, |e| e.0.into_iter().map(|f| f.field).collect())
    }

    #[test]
    fn verdicts_read_as_traffic_lights() {
        let dno: Vec<Rag> = DnoVerdict::ALL.iter().map(|v| v.rag()).collect();
        assert_eq!(dno, [Rag::Green, Rag::Amber, Rag::Amber, Rag::Red]);
        let laep: Vec<Rag> = LaepVerdict::ALL.iter().map(|v| v.rag()).collect();
        assert_eq!(laep, [Rag::Green, Rag::Amber, Rag::Red]);
        assert_eq!("100k_to_1m".parse::<CostBand>(), Ok(CostBand::From100kTo1m));
        assert_eq!(VersionStatus::Shared.to_string(), "shared");
    }

    #[test]
    fn only_a_reinforcement_answer_carries_a_cost_and_a_year() {
        use DnoVerdict::*;
        let cost = Some(CostBand::From1mTo5m);
        /// A verdict, its cost band and earliest year, and the fields refused.
        type Case = (
            DnoVerdict,
            Option<CostBand>,
            Option<i32>,
            &'static [&'static str],
        );
        let cases: [Case; 8] = [
            (NeedsReinforcement, cost, Some(2029), &[]),
            (NeedsReinforcement, cost, Some(THIS_YEAR), &[]),
            (NeedsReinforcement, cost, Some(2060), &[]),
            (
                NeedsReinforcement,
                None,
                None,
                &["cost_band", "earliest_year"],
            ),
            (NeedsReinforcement, cost, Some(2061), &["earliest_year"]),
            (
                NeedsReinforcement,
                cost,
                Some(THIS_YEAR - 1),
                &["earliest_year"],
            ),
            (Fits, None, None, &[]),
            (
                FitsFlexible,
                cost,
                Some(2029),
                &["cost_band", "earliest_year"],
            ),
        ];
        for (verdict, cost_band, year, want) in cases {
            assert_eq!(
                fields(validate_dno_answer(verdict, cost_band, year, "", THIS_YEAR)),
                want,
                "{verdict} {cost_band:?} {year:?}"
            );
        }
        assert_eq!(
            fields(validate_dno_answer(
                DoesNotFit,
                None,
                None,
                &"é".repeat(2_000),
                THIS_YEAR
            )),
            Vec::<String>::new()
        );
        assert_eq!(
            fields(validate_dno_answer(
                DoesNotFit,
                None,
                None,
                &"x".repeat(2_001),
                THIS_YEAR
            )),
            ["note"]
        );
    }
}
