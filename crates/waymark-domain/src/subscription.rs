//! Following a place by e-mail: the address rules and the words of the mails.

use std::fmt::Write;

use waymark_i18n::{FluentValue, Lang, text};

use crate::Kind;
use crate::text_enum::text_enum;

/// A plausible e-mail address: one `@`, a local part of at most 64 characters, a domain
/// with a dot and no spaces or control characters, 254 characters in all (RFC 5321).
/// Whether it receives mail is for the confirmation mail to find out.
pub fn valid_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    address.len() <= 254
        && (1..=64).contains(&local.len())
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && address
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"<>,;\"\\".contains(c))
}

text_enum!(
    /// How often a digest comes.
    Frequency {
        Daily = "daily",
        Weekly = "weekly",
    }
);

/// The place followed, as a mail names it.
#[derive(Debug, Clone)]
pub enum Place {
    /// A neighbourhood, by name.
    Neighbourhood(String),
    Area,
}

impl Place {
    /// The variables `$place` and `$name` that the mails' selectors read.
    fn args(&self) -> Vec<(&'static str, FluentValue<'_>)> {
        match self {
            Place::Neighbourhood(name) => {
                vec![
                    ("place", "neighbourhood".into()),
                    ("name", name.as_str().into()),
                ]
            }
            Place::Area => vec![("place", "area".into())],
        }
    }
}

/// One new item in a digest.
#[derive(Debug, Clone)]
pub struct DigestLine {
    pub kind: Kind,
    pub title: String,
    pub neighbourhood: Option<String>,
    /// Where the item opens on the map.
    pub url: String,
}

/// The confirmation mail: subject and plain text.
pub fn confirmation_mail(
    lang: Lang,
    plan_name: &str,
    place: &Place,
    confirm_url: &str,
) -> (String, String) {
    let mut args = place.args();
    args.push(("plan", plan_name.into()));
    args.push(("url", confirm_url.into()));
    (
        text(lang, "mail-subscription-confirm-subject", &args),
        text(lang, "mail-subscription-confirm-body", &args) + "\n",
    )
}

/// A digest: subject and plain text. `map_url` opens the map on the place followed.
pub fn digest_mail(
    lang: Lang,
    plan_name: &str,
    place: &Place,
    frequency: Frequency,
    lines: &[DigestLine],
    map_url: &str,
    unsubscribe_url: &str,
) -> (String, String) {
    let mut args = place.args();
    args.push(("plan", plan_name.into()));
    args.push(("count", lines.len().into()));
    let subject = text(lang, "mail-digest-subject", &args);
    let mut body = text(lang, "mail-digest-intro", &args);
    body.push_str("\n\n");
    for line in lines {
        let kind = text(lang, "mail-kind", &[("kind", line.kind.as_str().into())]);
        let mut line_args = vec![("kind", kind.into()), ("title", line.title.as_str().into())];
        let id = match (place, &line.neighbourhood) {
            (Place::Area, Some(nb)) => {
                line_args.push(("neighbourhood", nb.as_str().into()));
                "mail-digest-line-in"
            }
            _ => "mail-digest-line",
        };
        let _ = write!(body, "{}\n  {}\n", text(lang, id, &line_args), line.url);
    }
    args.push(("map", map_url.into()));
    args.push(("unsubscribe", unsubscribe_url.into()));
    args.push((
        "frequency",
        match frequency {
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
        }
        .into(),
    ));
    let _ = writeln!(body, "\n{}", text(lang, "mail-digest-outro", &args));
    (subject, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for ok in [
            "a@b.co",
            "first.last+mk@example.org",
            "x@mail.milton-keynes.gov.uk",
        ] {
            assert!(valid_email(ok), "{ok}");
        }
        let long_local = format!("{}@example.org", "a".repeat(65));
        let long = format!("a@{}.org", "b".repeat(250));
        for bad in [
            "",
            "plain",
            "@example.org",
            "a@",
            "a@localhost",
            "a@.org",
            "a@example.",
            "a b@example.org",
            "a@b@example.org",
            "<a@example.org>",
            "a@example.org\r\nBcc: x@y.z",
            long_local.as_str(),
            long.as_str(),
        ] {
            assert!(!valid_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn digest_names_every_item_and_how_to_stop() {
        let lines = vec![
            DigestLine {
                kind: Kind::Idea,
                title: "Benches on the redway".into(),
                neighbourhood: Some("Fishermead".into()),
                url: "http://x/p/mk#/c/1".into(),
            },
            DigestLine {
                kind: Kind::Issue,
                title: "Broken light".into(),
                neighbourhood: Some("Oldbrook".into()),
                url: "http://x/p/mk#/c/2".into(),
            },
        ];
        let (subject, body) = digest_mail(
            Lang::EnGb,
            "Milton Keynes",
            &Place::Area,
            Frequency::Weekly,
            &lines,
            "http://x/p/mk",
            "http://x/follow/unsubscribe?token=t",
        );
        assert_eq!(subject, "Your area: 2 new on Milton Keynes");
        assert!(body.contains(
            "2 new contributions were added in the area you drew on the map to Milton Keynes"
        ));
        assert!(body.contains("- Idea: Benches on the redway (Fishermead)\n  http://x/p/mk#/c/1"));
        assert!(body.contains("- Issue: Broken light (Oldbrook)"));
        assert!(body.contains("every week"));
        assert!(body.ends_with("To stop, open: http://x/follow/unsubscribe?token=t\n"));

        let place = Place::Neighbourhood("Fishermead".into());
        let (subject, body) = digest_mail(
            Lang::EnGb,
            "MK",
            &place,
            Frequency::Daily,
            &lines[..1],
            "m",
            "u",
        );
        assert_eq!(subject, "Fishermead: 1 new on MK");
        assert!(body.contains("One new contribution was added in Fishermead to MK"));
        // A neighbourhood's own digest does not repeat its name on every line.
        assert!(body.contains("- Idea: Benches on the redway\n"));
    }
}
