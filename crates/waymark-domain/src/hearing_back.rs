//! Hearing back: the words of the mail that tells a follower what became of what people
//! said. One mail per change and address, whatever the address follows (a pin, a
//! commitment, a neighbourhood, an area), listing every changed pin it follows.

use std::fmt::Write;

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
    /// The phrase after "you follow".
    pub fn phrase(&self) -> String {
        match self {
            Self::Neighbourhood(name) => name.clone(),
            Self::Area => "the area you drew on the map".into(),
            Self::Contribution(title) => format!("the pin “{title}”"),
            Self::Commitment(title) => format!("the commitment “{title}”"),
        }
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
    plan_name: &str,
    followed: &Followed,
    confirm_url: &str,
) -> (String, String) {
    let subject = format!(
        "Confirm: hear what happens to {} on {plan_name}",
        followed.phrase()
    );
    let body = format!(
        "Hello,\n\n\
         Someone, probably you, asked to hear by e-mail what happens to {} on the \
         {plan_name} map: a mail each time it gets an answer or news.\n\n\
         To confirm, open this link and press Confirm:\n{confirm_url}\n\n\
         If it was not you, ignore this mail: nothing more will be sent.\n",
        followed.phrase(),
    );
    (subject, body)
}

/// What people read for each status.
pub fn status_phrase(status: OutcomeStatus) -> &'static str {
    match status {
        OutcomeStatus::Open => "open",
        OutcomeStatus::Referred => "referred to another organisation",
        OutcomeStatus::Considering => "being considered",
        OutcomeStatus::Planned => "planned",
        OutcomeStatus::Done => "done",
        OutcomeStatus::NotPossible => "not possible",
        OutcomeStatus::Duplicate => "a duplicate of another pin",
    }
}

/// The mail: subject and plain text. `pins` are the changed pins the address follows
/// (all of them, whatever the number; only the first `MAX_LISTED` are named).
pub fn outcome_mail(
    plan_name: &str,
    news: &News,
    pins: &[PinLine],
    stops: &[StopLine],
    map_url: &str,
) -> (String, String) {
    let mut body = String::from("Hello,\n\n");
    let subject = match news {
        News::Answer {
            organisation,
            status,
            response,
            commitment,
            expected_month,
            reason,
        } => {
            let n = pins.len();
            let what = match n {
                0 => "a commitment you follow".to_owned(),
                1 => "a pin you follow".to_owned(),
                n => format!("{n} pins you follow"),
            };
            let _ = write!(
                body,
                "{organisation} answered {what} on {plan_name}: {}.\n\n",
                status_phrase(*status)
            );
            if let Some(title) = commitment {
                let _ = writeln!(body, "Commitment: {title}");
            }
            if let Some(month) = expected_month {
                let _ = writeln!(body, "Expected: {month}");
            }
            let _ = write!(body, "“{response}”\n— {organisation}\n\n");
            if let Some(reason) = reason {
                let _ = write!(body, "Why it is not possible: {reason}\n\n");
            }
            format!(
                "{plan_name}: {what} {} {}",
                if n > 1 { "are now" } else { "is now" },
                status_phrase(*status)
            )
        }
        News::Progress {
            organisation,
            commitment,
            progress,
            note,
            on_date,
        } => {
            let _ = write!(
                body,
                "{organisation} posted news of “{commitment}” on {plan_name}: \
                 {progress}% done, on {on_date}.\n\n“{note}”\n\n"
            );
            format!("{plan_name}: “{commitment}” is {progress}% done")
        }
    };
    if !pins.is_empty() {
        body.push_str(if pins.len() == 1 {
            "The pin:\n"
        } else {
            "The pins:\n"
        });
        for pin in pins.iter().take(MAX_LISTED) {
            let _ = write!(body, "- {}\n  {}\n", pin.title, pin.url);
        }
        if pins.len() > MAX_LISTED {
            let _ = writeln!(body, "… and {} more.", pins.len() - MAX_LISTED);
        }
        body.push('\n');
    }
    let _ = write!(body, "See them on the map: {map_url}\n\n");
    for stop in stops {
        let _ = writeln!(
            body,
            "You get this because you follow {}. To stop, open: {}",
            stop.followed.phrase(),
            stop.url
        );
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
        let (subject, body) = outcome_mail("Milton Keynes", &news, &pins(120), &[stop], "m");
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
        let (subject, body) = outcome_mail("MK", &news, &[], &[], "m");
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
        let (subject, body) = outcome_mail("MK", &news, &pins(1), &[], "m");
        assert_eq!(subject, "MK: a pin you follow is now not possible");
        assert!(body.contains("Why it is not possible: Not our land"));
    }
}
