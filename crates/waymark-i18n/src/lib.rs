//! The server's message catalogue (Project Fluent) and the choice of language.
//!
//! The `.ftl` files under `locales/{tag}/` are built into the binary, so a server never
//! starts without its words. Every message falls back to en-GB on its own: a translation
//! that lacks one message still shows the rest in the reader's language. `en-XA` is a
//! pseudo-locale made from en-GB by `pseudo`, never a file: tests use it to find text
//! that escaped the catalogue.

use std::borrow::Cow;
use std::sync::LazyLock;

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The name of the cookie that remembers a browser's choice.
pub const COOKIE: &str = "waymark_lang";
/// How long the map UI keeps that cookie (its `Max-Age`), in days.
pub const COOKIE_DAYS: i64 = 365;

/// A language the server speaks. Parsed, so always one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    EnGb,
    Pl,
    Ro,
    Pt,
    Ur,
    Ar,
    /// The pseudo-locale: reachable by `?lang=en-XA` (and the cookie it leaves) only.
    EnXa,
}

/// Text direction of a language, for `<html dir>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

impl Lang {
    /// Every language, in the order a picker lists them (en-XA last: not for people).
    pub const ALL: [Lang; 7] = [
        Lang::EnGb,
        Lang::Pl,
        Lang::Ro,
        Lang::Pt,
        Lang::Ur,
        Lang::Ar,
        Lang::EnXa,
    ];

    /// The BCP 47 tag.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
            Lang::Pl => "pl",
            Lang::Ro => "ro",
            Lang::Pt => "pt",
            Lang::Ur => "ur",
            Lang::Ar => "ar",
            Lang::EnXa => "en-XA",
        }
    }

    /// The language named in itself, as a picker shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::EnGb => "English (UK)",
            Lang::Pl => "Polski",
            Lang::Ro => "Română",
            Lang::Pt => "Português",
            Lang::Ur => "اردو",
            Lang::Ar => "العربية",
            Lang::EnXa => "Pseudo (en-XA)",
        }
    }

    pub fn dir(self) -> Dir {
        match self {
            Lang::Ur | Lang::Ar => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// A supported tag, written in any case; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(tag.trim()))
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The one rule every page and route uses: `?lang=`, else the cookie, else
/// `Accept-Language`, else en-GB. Unknown tags and malformed headers fall through.
pub fn negotiate(
    query_lang: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> Lang {
    query_lang
        .and_then(Lang::from_tag)
        .or_else(|| cookie.and_then(Lang::from_tag))
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or_default()
}

/// The best language for an `Accept-Language` header, q-values honoured; `None` when
/// nothing in it is spoken here.
fn from_accept_language(header: &str) -> Option<Lang> {
    let mut ranges: Vec<(LanguageIdentifier, f32)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            let id = tag.parse::<LanguageIdentifier>().ok()?;
            (q > 0.0 && q <= 1.0).then_some((id, q))
        })
        .collect();
    // Stable: equal weights keep the order the browser sent.
    ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
    let requested: Vec<LanguageIdentifier> = ranges.into_iter().map(|(id, _)| id).collect();
    // en-XA is for tests that ask for it by name, never a browser's preference.
    let available: Vec<LanguageIdentifier> = Lang::ALL[..6]
        .iter()
        .filter_map(|l| l.as_str().parse().ok())
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|id| Lang::from_tag(&id.to_string()))
}

/// The language a resident wrote `text` in, as a BCP 47 primary subtag (`pl`), when
/// `whatlang` is confident of it; `None` for short or mixed text.
pub fn detect(text: &str) -> Option<&'static str> {
    use whatlang::Lang as W;
    let info = whatlang::detect(text).filter(whatlang::Info::is_reliable)?;
    Some(match info.lang() {
        W::Eng => "en",
        W::Pol => "pl",
        W::Ron => "ro",
        W::Por => "pt",
        W::Urd => "ur",
        W::Ara => "ar",
        W::Spa => "es",
        W::Fra => "fr",
        W::Deu => "de",
        W::Ita => "it",
        W::Nld => "nl",
        W::Rus => "ru",
        W::Ukr => "uk",
        W::Tur => "tr",
        W::Hin => "hi",
        W::Ben => "bn",
        W::Pan => "pa",
        W::Guj => "gu",
        W::Tam => "ta",
        W::Pes => "fa",
        W::Cmn => "zh",
        W::Ces => "cs",
        W::Slk => "sk",
        W::Hun => "hu",
        W::Bul => "bg",
        W::Ell => "el",
        W::Lit => "lt",
        W::Lav => "lv",
        W::Swe => "sv",
        W::Dan => "da",
        W::Nob => "nb",
        W::Fin => "fi",
        W::Cym => "cy",
        W::Hrv => "hr",
        W::Srp => "sr",
        W::Slv => "sl",
        W::Vie => "vi",
        W::Tha => "th",
        W::Jpn => "ja",
        W::Kor => "ko",
        W::Heb => "he",
        W::Amh => "am",
        W::Afr => "af",
        W::Cat => "ca",
        W::Tgl => "tl",
        W::Ind => "id",
        W::Nep => "ne",
        W::Mar => "mr",
        W::Mal => "ml",
        W::Tel => "te",
        W::Kan => "kn",
        W::Sin => "si",
        W::Est => "et",
        W::Bel => "be",
        W::Mkd => "mk",
        W::Aze => "az",
        W::Uzb => "uz",
        W::Kat => "ka",
        W::Hye => "hy",
        W::Zul => "zu",
        W::Sna => "sn",
        _ => return None,
    })
}

/// The catalogue files, per language, in the order of `Lang::ALL` (en-XA reuses en-GB).
macro_rules! files {
    ($tag:literal) => {
        [
            include_str!(concat!("../../../locales/", $tag, "/problems.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/mail.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/report.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/pages.ftl")),
        ]
    };
}

const SOURCES: [[&str; 4]; 6] = [
    files!("en-GB"),
    files!("pl"),
    files!("ro"),
    files!("pt"),
    files!("ur"),
    files!("ar"),
];

static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let sources = SOURCES[if lang == Lang::EnXa { 0 } else { lang.index() }];
            let id: LanguageIdentifier = match lang {
                Lang::EnXa => "en-GB",
                other => other.as_str(),
            }
            .parse()
            .expect("a supported tag is a language identifier");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks keep a Latin name the right way round inside
            // right-to-left text; in left-to-right text they only add noise.
            bundle.set_use_isolating(lang.dir() == Dir::Rtl);
            if lang == Lang::EnXa {
                bundle.set_transform(Some(pseudo));
            }
            for source in sources {
                let resource = FluentResource::try_new(source.to_owned())
                    .expect("the catalogue's files parse (a unit test checks them)");
                bundle
                    .add_resource(resource)
                    .expect("message ids are unique (a unit test checks them)");
            }
            bundle
        })
        .collect()
});

/// The message `id` in `lang`, or in en-GB when `lang` lacks it; the id itself when
/// no catalogue has it (a unit test keeps that from happening for ids in use).
pub fn text(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    [lang, Lang::EnGb]
        .into_iter()
        .find_map(|l| {
            let bundle = &BUNDLES[l.index()];
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned(),
            )
        })
        .unwrap_or_else(|| id.to_owned())
}

/// The pseudo-locale's transform: accented letters, vowels twice, in brackets.
pub fn pseudo(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2 + 2);
    out.push('[');
    for c in text.chars() {
        let accented = accent(c);
        out.push(accented);
        if matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u') {
            out.push(accent(c.to_ascii_lowercase()));
        }
    }
    out.push(']');
    Cow::Owned(out)
}

fn accent(c: char) -> char {
    const LOWER: [char; 26] = [
        'á', 'ƀ', 'ç', 'ď', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ó', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Á', 'Ɓ', 'Ç', 'Ď', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ó', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[(c as u8 - b'a') as usize],
        'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pseudo_locale_accents_doubles_vowels_and_brackets() {
        // The contract's example reads `[Áádď áá þííñ]`; its own table accents both d's.
        assert_eq!(pseudo("Add a pin"), "[Ááďď áá þííñ]");
        assert_eq!(pseudo("  "), "  ");
        assert_eq!(pseudo("Ok, 3 €"), "[Óóķ, 3 €]");
    }

    #[test]
    fn en_xa_passes_only_the_text_through_the_transform() {
        let title = text(Lang::EnXa, "problem-title-not-found", &[]);
        assert_eq!(title, "[Ñóóţ ƒóóúúñď]");
        let detail = text(
            Lang::EnXa,
            "problem-detail-rate-limited",
            &[("seconds", 7.into())],
        );
        assert!(detail.contains(" ]7[ "), "{detail}");
        assert!(detail.starts_with('['), "{detail}");
    }

    #[test]
    fn negotiation_follows_the_one_rule() {
        use Lang::*;
        // ?lang=, the cookie, Accept-Language, and the language they choose.
        type Case = (
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
            Lang,
        );
        let cases: &[Case] = &[
            (None, None, None, EnGb),
            (Some("pl"), Some("ro"), Some("pt"), Pl),
            (Some("xx"), Some("ro"), Some("pt"), Ro),
            (Some("xx"), Some("nonsense"), Some("pt-BR"), Pt),
            (Some("en-XA"), None, None, EnXa),
            (None, Some("EN-xa"), None, EnXa),
            (None, None, Some("pl-PL"), Pl),
            (None, None, Some("ar-EG,en;q=0.5"), Ar),
            (None, None, Some("de-DE, ur;q=0.8, pl;q=0.9"), Pl),
            (None, None, Some("en;q=0.2, ro;q=0.9"), Ro),
            (None, None, Some("ro;q=0, pt;q=0.1"), Pt),
            (None, None, Some("en-US"), EnGb),
            (None, None, Some("*"), EnGb),
            (None, None, Some("de, fr;q=0.5"), EnGb),
            (None, None, Some(";;;,q=,pl;q=abc, ===="), EnGb),
            (None, None, Some("en-XA"), EnGb),
            (None, None, Some(""), EnGb),
        ];
        for (query, cookie, accept, wanted) in cases {
            assert_eq!(
                negotiate(*query, *cookie, *accept),
                *wanted,
                "?lang={query:?} cookie={cookie:?} Accept-Language={accept:?}"
            );
        }
    }

    #[test]
    fn detection_names_the_language_only_when_sure() {
        let polish = "Na rogu ulicy potrzebna jest nowa ławka, bo starsi mieszkańcy nie mają gdzie odpocząć w drodze do sklepu.";
        let romanian = "Ar fi nevoie de o bancă nouă la colțul străzii, pentru că vârstnicii nu au unde să se odihnească.";
        assert_eq!(detect(polish), Some("pl"));
        assert_eq!(detect(romanian), Some("ro"));
        assert_eq!(detect("ok"), None);
    }

    #[test]
    fn a_message_missing_in_a_translation_falls_back_to_en_gb() {
        assert_eq!(text(Lang::Pl, "no-such-message", &[]), "no-such-message");
        assert!(!text(Lang::Pl, "problem-title-not-found", &[]).is_empty());
    }

    #[test]
    fn every_catalogue_file_parses_and_its_ids_are_unique() {
        for (lang, sources) in Lang::ALL.iter().zip(SOURCES) {
            let mut seen = std::collections::HashSet::new();
            for source in sources {
                let resource = FluentResource::try_new(source.to_owned())
                    .unwrap_or_else(|(_, e)| panic!("{lang}: {e:?}"));
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        assert!(
                            seen.insert(m.id.name.to_owned()),
                            "{lang}: {} twice",
                            m.id.name
                        );
                    }
                }
            }
        }
    }
}
