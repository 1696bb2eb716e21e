//! Hearing back: the words of the mail that tells a follower what became of what people
//! said. One mail per change and address, whatever the address follows (a pin, a
//! commitment, a neighbourhood, an area), listing every changed pin it follows.

use std::fmt::Write;

use waymark_i18n::{FluentValue, Lang, text};

use crate::outcome::OutcomeStatus;

/// The most pins one mail lists by name; the rest are counted and are on the map.
pub const MAX_LISTED: usize = 100;

/// What changed.
#[derive(Debug, Clone)]
pub enum News {
    /// A response gave pins a new status.
    Answer {
        organisation: String,
        status: OutcomeStatus,
        response: String,
        /// The commitment's title, when the response is one.
        commitment: Option<String>,
        /// `YYYY-MM`, with `planned`.
        expected_month: Option<String>,
        /// Why, with `not_possible`.
        reason: Option<String>,
    },
    /// A commitment's dated progress update.
    Progress {
        organisation: String,
        commitment: String,
        progress: i16,
        note: String,
        /// `YYYY-MM-DD`.
        on_date: String,
    },
}

/// What one address follows, as the mail names it.
#[derive(Debug, Clone)]
pub enum Followed {
    Neighbourhood(String),
    Area,
    Contribution(String),
    Commitment(String),
}

impl Followed {
    /// The variables `$followed` and `$name` that the mails' selectors read.
    fn args(&self) -> Vec<(&'static str, FluentValue<'_>)> {
        let (followed, name) = match self {
            Self::Neighbourhood(name) => ("neighbourhood", Some(name)),
            Self::Area => ("area", None),
            Self::Contribution(title) => ("pin", Some(title)),
            Self::Commitment(title) => ("commitment", Some(title)),
        };
        let mut args = vec![("followed", followed.into())];
        if let Some(name) = name {
            args.push(("name", name.as_str().into()));
        }
        args
    }
}

/// One of the follower's changed pins, with where it opens on the map.
#[derive(Debug, Clone)]
pub struct PinLine {
    pub title: String,
    pub url: String,
}

/// A way out: what is followed and the link that ends it.
#[derive(Debug, Clone)]
pub struct StopLine {
    pub followed: Followed,
    pub url: String,
}

/// The confirmation mail of a follow of a pin or a commitment: subject and plain text.
pub fn confirmation_mail(
    lang: Lang,
    plan_name: &str,
    followed: &Followed,
    confirm_url: &str,
) -> (String, String) {
    let mut args = followed.args();
    args.push(("plan", plan_name.into()));
    args.push(("url", confirm_url.into()));
    (
        text(lang, "mail-follow-confirm-subject", &args),
        text(lang, "mail-follow-confirm-body", &args) + "\n",
    )
}

/// What people read for each status.
pub fn status_phrase(lang: Lang, status: OutcomeStatus) -> String {
    text(lang, "mail-status", &[("status", status.as_str().into())])
}

/// The mail: subject and plain text. `pins` are the changed pins the address follows
/// (all of them, whatever the number; only the first `MAX_LISTED` are named).
pub fn outcome_mail(
    lang: Lang,
    plan_name: &str,
    news: &News,
    pins: &[PinLine],
    stops: &[StopLine],
    map_url: &str,
) -> (String, String) {
    let mut body = text(lang, "mail-hello", &[]) + "\n\n";
    let subject = match news {
        News::Answer {
            organisation,
            status,
            response,
            commitment,
            expected_month,
            reason,
        } => {
            let status = status_phrase(lang, *status);
            let args = [
                ("plan", plan_name.into()),
                ("organisation", organisation.as_str().into()),
                ("pins", pins.len().into()),
                ("status", status.as_str().into()),
            ];
            let _ = write!(body, "{}\n\n", text(lang, "mail-outcome-answer", &args));
            if let Some(title) = commitment {
                let _ = writeln!(
                    body,
                    "{}",
                    text(
                        lang,
                        "mail-outcome-commitment",
                        &[("title", title.as_str().into())]
                    )
                );
            }
            if let Some(month) = expected_month {
                let _ = writeln!(
                    body,
                    "{}",
                    text(
                        lang,
                        "mail-outcome-expected",
                        &[("month", month.as_str().into())]
                    )
                );
            }
            let said = [
                ("response", response.as_str().into()),
                ("organisation", organisation.as_str().into()),
            ];
            let _ = write!(body, "{}\n\n", text(lang, "mail-outcome-response", &said));
            if let Some(reason) = reason {
                let why = [("reason", reason.as_str().into())];
                let _ = write!(body, "{}\n\n", text(lang, "mail-outcome-reason", &why));
            }
            text(lang, "mail-outcome-answer-subject", &args)
        }
        News::Progress {
            organisation,
            commitment,
            progress,
            note,
            on_date,
        } => {
            let args = [
                ("plan", plan_name.into()),
                ("organisation", organisation.as_str().into()),
                ("commitment", commitment.as_str().into()),
                ("progress", (*progress).into()),
                ("note", note.as_str().into()),
                ("date", on_date.as_str().into()),
            ];
            let _ = write!(body, "{}\n\n", text(lang, "mail-outcome-progress", &args));
            text(lang, "mail-outcome-progress-subject", &args)
        }
    };
    if !pins.is_empty() {
        let count = [("count", pins.len().into())];
        let _ = writeln!(body, "{}", text(lang, "mail-outcome-pins", &count));
        for pin in pins.iter().take(MAX_LISTED) {
            let _ = write!(body, "- {}\n  {}\n", pin.title, pin.url);
        }
        if pins.len() > MAX_LISTED {
            let more = [("count", (pins.len() - MAX_LISTED).into())];
            let _ = writeln!(body, "{}", text(lang, "mail-outcome-more", &more));
        }
        body.push('\n');
    }
    let see = [("map", map_url.into())];
    let _ = write!(body, "{}\n\n", text(lang, "mail-outcome-see", &see));
    for stop in stops {
        let mut args = stop.followed.args();
        args.push(("url", stop.url.as_str().into()));
        let _ = writeln!(body, "{}", text(lang, "mail-outcome-stop", &args));
    }
    (subject, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pins(n: usize) -> Vec<PinLine> {
        (0..n)
            .map(|i| PinLine {
                title: format!("Pin {i}"),
                url: format!("http://x/p/mk#/c/{i}"),
            })
            .collect()
    }

    #[test]
    fn an_answer_on_many_pins_is_one_mail_naming_them() {
        let news = News::Answer {
            organisation: "MK Council".into(),
            status: OutcomeStatus::Planned,
            response: "New lights in spring".into(),
            commitment: Some("Lighting the underpasses".into()),
            expected_month: Some("2027-03".into()),
            reason: None,
        };
        let stop = StopLine {
            followed: Followed::Neighbourhood("Fishermead".into()),
            url: "http://x/follow/unsubscribe?token=t".into(),
        };
        let (subject, body) =
            outcome_mail(Lang::EnGb, "Milton Keynes", &news, &pins(120), &[stop], "m");
        assert_eq!(
            subject,
            "Milton Keynes: 120 pins you follow are now planned"
        );
        assert!(
            body.contains("MK Council answered 120 pins you follow on Milton Keynes: planned.")
        );
        assert!(body.contains("Commitment: Lighting the underpasses\nExpected: 2027-03\n"));
        assert!(body.contains("- Pin 99\n  http://x/p/mk#/c/99\n"));
        assert!(!body.contains("- Pin 100\n"));
        assert!(body.contains("… and 20 more."));
        assert!(body.ends_with(
            "you follow Fishermead. To stop, open: http://x/follow/unsubscribe?token=t\n"
        ));
    }

    #[test]
    fn progress_and_reasons_are_told() {
        let news = News::Progress {
            organisation: "Co-op".into(),
            commitment: "Bins".into(),
            progress: 40,
            note: "Half the bins are in".into(),
            on_date: "2026-11-02".into(),
        };
        let (subject, body) = outcome_mail(Lang::EnGb, "MK", &news, &[], &[], "m");
        assert_eq!(subject, "MK: “Bins” is 40% done");
        assert!(body.contains("40% done, on 2026-11-02.\n\n“Half the bins are in”"));
        let news = News::Answer {
            organisation: "Co-op".into(),
            status: OutcomeStatus::NotPossible,
            response: "Sorry".into(),
            commitment: None,
            expected_month: None,
            reason: Some("Not our land".into()),
        };
        let (subject, body) = outcome_mail(Lang::EnGb, "MK", &news, &pins(1), &[], "m");
        assert_eq!(subject, "MK: a pin you follow is now not possible");
        assert!(body.contains("Why it is not possible: Not our land"));
    }
}
