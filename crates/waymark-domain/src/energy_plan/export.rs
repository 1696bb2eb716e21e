//! An impact as CSV a council or operator can take into their own tools: one row per
//! substation per year, with exact figures or bands as the reader may see them.

use std::fmt::Write;

use super::Impact;
use crate::csv::text_cell;

fn number(x: Option<f64>) -> String {
    x.map(|x| x.to_string()).unwrap_or_default()
}

fn text(x: Option<&str>) -> String {
    x.map(text_cell).unwrap_or_default()
}

impl Impact {
    /// Columns: substation, year, homes, added demand and generation, the traffic light,
    /// then the exact headroom and what is left (for those who may see them) or the bands.
    pub fn to_csv(&self) -> String {
        let exact = self
            .substations
            .iter()
            .flat_map(|s| &s.years)
            .any(|y| y.demand_headroom_mva.is_some());
        let mut out = String::from(
            "substation_id,substation,year,homes,added_demand_mva,added_generation_mw,rag,",
        );
        out.push_str(if exact {
            "demand_headroom_mva,generation_headroom_mw,demand_left_mva,generation_left_mw\r\n"
        } else {
            "demand_band,generation_band\r\n"
        });
        for s in &self.substations {
            for y in &s.years {
                let _ = write!(
                    out,
                    "{},{},{},{},{},{},{},",
                    text_cell(&s.key),
                    text_cell(&s.name),
                    y.year,
                    s.homes,
                    y.added_demand_mva,
                    y.added_generation_mw,
                    y.rag.as_str(),
                );
                let _ = if exact {
                    write!(
                        out,
                        "{},{},{},{}\r\n",
                        number(y.demand_headroom_mva),
                        number(y.generation_headroom_mw),
                        number(y.demand_left_mva),
                        number(y.generation_left_mw)
                    )
                } else {
                    write!(
                        out,
                        "{},{}\r\n",
                        text(y.demand_band.as_deref()),
                        text(y.generation_band.as_deref())
                    )
                };
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::{SubstationImpact, YearImpact};
    use super::*;
    use crate::energy::Rag;

    fn year(year: i32, exact: bool) -> YearImpact {
        YearImpact {
            year,
            added_demand_mva: 0.105,
            added_generation_mw: 0.24,
            rag: Rag::Amber,
            demand_headroom_mva: exact.then_some(4.2),
            generation_headroom_mw: exact.then_some(-1.5),
            demand_left_mva: exact.then_some(4.095),
            generation_left_mw: exact.then_some(-1.74),
            demand_band: (!exact).then(|| "1 to 5 MVA".to_owned()),
            generation_band: (!exact).then(|| "none".to_owned()),
        }
    }

    fn impact(exact: bool) -> Impact {
        Impact {
            years: vec![2026, 2027],
            substations: vec![SubstationImpact {
                key: "k1".into(),
                name: "=DEMO Primary".into(),
                homes: 1000.0,
                rag: Rag::Amber,
                years: vec![year(2026, exact), year(2027, exact)],
            }],
        }
    }

    #[test]
    fn one_row_per_substation_per_year_with_what_the_reader_may_see() {
        let exact = impact(true).to_csv();
        let lines: Vec<&str> = exact.lines().collect();
        assert_eq!(lines.len(), 3, "{exact}");
        assert!(lines[0].ends_with("demand_left_mva,generation_left_mw"));
        assert_eq!(
            lines[1],
            "\"k1\",\"'=DEMO Primary\",2026,1000,0.105,0.24,amber,4.2,-1.5,4.095,-1.74"
        );
        let public = impact(false).to_csv();
        assert!(
            public
                .lines()
                .next()
                .unwrap()
                .ends_with("demand_band,generation_band")
        );
        assert!(
            public.contains(",amber,\"1 to 5 MVA\",\"none\""),
            "{public}"
        );
        assert!(!public.contains("4.2"), "{public}");
    }
}
