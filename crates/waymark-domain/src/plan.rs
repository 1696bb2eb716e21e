//! A new plan, as an admin sets it up, and the addresses made from neighbourhood names.

use crate::text_enum::text_enum;
use crate::{BBox, PlanSlug, ValidationErrors};

text_enum!(
    /// When contributions become public.
    Moderation {
        /// At once; moderators act afterwards.
        Post = "post",
        /// After a moderator approves each one.
        Pre = "pre",
    }
);

/// The most characters of a plan's description.
pub const MAX_DESCRIPTION: usize = 4000;

/// A plan to create: valid once made.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPlan {
    pub slug: PlanSlug,
    pub title: String,
    pub description: String,
    /// The plan's area as a box; `None` for an area that follows its neighbourhoods.
    pub bbox: Option<BBox>,
    pub allow_anonymous: bool,
    pub moderation: Moderation,
}

impl NewPlan {
    /// Checks every field and names each one at fault.
    pub fn new(
        slug: &str,
        title: &str,
        description: &str,
        bbox: Option<BBox>,
        allow_anonymous: bool,
        moderation: Moderation,
    ) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let slug = errors.check(PlanSlug::parse(slug));
        let title = errors.check(title_of(title));
        let description = errors.check(description_of(description));
        if bbox.is_some_and(|b| b.min.lon() == b.max.lon() || b.min.lat() == b.max.lat()) {
            errors.push("bbox", "a plan's area must have a width and a height");
        }
        match (slug, title, description) {
            (Some(slug), Some(title), Some(description)) if errors.is_empty() => Ok(Self {
                slug,
                title,
                description,
                bbox,
                allow_anonymous,
                moderation,
            }),
            _ => Err(errors),
        }
    }
}

/// A plan's title: 1 to 200 characters once trimmed.
pub fn title_of(title: &str) -> Result<String, ValidationErrors> {
    let title = title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        return Err(ValidationErrors::one(
            "title",
            "give a title of 1 to 200 characters",
        ));
    }
    Ok(title.to_owned())
}

/// A plan's description: at most `MAX_DESCRIPTION` characters once trimmed.
pub fn description_of(description: &str) -> Result<String, ValidationErrors> {
    let description = description.trim();
    if description.chars().count() > MAX_DESCRIPTION {
        return Err(ValidationErrors::one(
            "description",
            format!("keep the description to {MAX_DESCRIPTION} characters"),
        ));
    }
    Ok(description.to_owned())
}

/// The most characters of a plan's data controller (an organisation's name).
pub const MAX_CONTROLLER: usize = 200;
/// The most characters of a plan's privacy contact (an e-mail or a postal address).
pub const MAX_CONTACT: usize = 300;

/// Who is responsible for a plan's personal data, shown on its privacy notice; an empty
/// text clears it (`None`).
pub fn controller_of(controller: &str) -> Result<Option<String>, ValidationErrors> {
    let controller = controller.trim();
    if controller.chars().count() > MAX_CONTROLLER {
        return Err(ValidationErrors::one(
            "privacy_controller",
            format!("keep the data controller's name to {MAX_CONTROLLER} characters"),
        ));
    }
    Ok((!controller.is_empty()).then(|| controller.to_owned()))
}

/// Where people write to use their rights: an e-mail address, or a postal address. A text
/// with an `@` and no line break is taken for an e-mail and must look like one; an empty
/// text clears it (`None`).
pub fn contact_of(contact: &str) -> Result<Option<String>, ValidationErrors> {
    let contact = contact.trim();
    if contact.chars().count() > MAX_CONTACT {
        return Err(ValidationErrors::one(
            "privacy_contact",
            format!("keep the privacy contact to {MAX_CONTACT} characters"),
        ));
    }
    if contact.contains('@')
        && !contact.contains('\n')
        && !crate::subscription::valid_email(contact)
    {
        return Err(ValidationErrors::one(
            "privacy_contact",
            "give an e-mail address like privacy@example.org, or a postal address",
        ));
    }
    Ok((!contact.is_empty()).then(|| contact.to_owned()))
}

/// The address of a neighbourhood made from its name (`St Mary's Park` → `st-marys-park`):
/// lowercase ASCII letters and digits in words joined by hyphens, accents dropped, at
/// most 64 characters. `None` when the name has no letter or digit to keep.
pub fn slug_from_name(name: &str) -> Option<String> {
    let mut slug = String::new();
    let mut gap = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        if c == '\'' || c == '’' {
            // An apostrophe joins, as people write the name without it.
            continue;
        }
        match fold(c) {
            Some(letters) => {
                if gap && !slug.is_empty() {
                    slug.push('-');
                }
                gap = false;
                slug.push_str(letters);
            }
            None => gap = true,
        }
        if slug.len() >= PlanSlug::MAX_LEN {
            break;
        }
    }
    slug.truncate(PlanSlug::MAX_LEN);
    let slug = slug.trim_end_matches('-').to_owned();
    (!slug.is_empty()).then_some(slug)
}

/// A lowercase letter or digit as ASCII, folding the accented Latin letters of
/// European place names; `None` for anything else.
fn fold(c: char) -> Option<&'static str> {
    const ASCII: [&str; 36] = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f", "g", "h",
        "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
    ];
    if let Some(d) = c.to_digit(36).filter(|_| c.is_ascii()) {
        return Some(ASCII[d as usize]);
    }
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ß' => "ss",
        'ś' | 'š' | 'ş' => "s",
        'ť' | 'ţ' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_addresses() {
        for (name, slug) in [
            ("Central Milton Keynes", "central-milton-keynes"),
            ("St Mary's Park", "st-marys-park"),
            ("  Lakes Estate (Water Eaton) ", "lakes-estate-water-eaton"),
            ("Ward 12", "ward-12"),
            ("Château-Gontier", "chateau-gontier"),
            ("Straße", "strasse"),
        ] {
            assert_eq!(slug_from_name(name).as_deref(), Some(slug), "{name}");
            assert!(PlanSlug::parse(slug).is_ok(), "{slug}");
        }
        assert_eq!(slug_from_name("— 東京 —"), None);
        assert_eq!(slug_from_name(""), None);
        let long = slug_from_name(&"word ".repeat(40)).unwrap();
        assert!(long.len() <= PlanSlug::MAX_LEN && PlanSlug::parse(&long).is_ok());
    }

    #[test]
    fn a_new_plan_names_each_field_at_fault() {
        let errors = NewPlan::new("Bad Slug", " ", "", None, true, Moderation::Post).unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["slug", "title"]);
        let flat: BBox = "-1.9,52.6,-1.9,52.7".parse().unwrap();
        assert!(
            NewPlan::new(
                "testville",
                "Testville",
                "",
                Some(flat),
                true,
                Moderation::Pre
            )
            .is_err()
        );
        let plan =
            NewPlan::new("testville", " Testville ", "", None, false, Moderation::Pre).unwrap();
        assert_eq!(plan.title, "Testville");
    }

    #[test]
    fn a_privacy_contact_with_an_at_must_be_an_email_and_empty_clears() {
        assert_eq!(
            contact_of(" privacy@example.org ").unwrap().as_deref(),
            Some("privacy@example.org")
        );
        assert_eq!(contact_of("").unwrap(), None);
        assert_eq!(
            contact_of("Civic Offices\n1 Saxon Gate East\nMilton Keynes")
                .unwrap()
                .as_deref(),
            Some("Civic Offices\n1 Saxon Gate East\nMilton Keynes")
        );
        let bad = contact_of("privacy@example").unwrap_err();
        assert_eq!(bad.0[0].field, "privacy_contact");
        assert!(contact_of(&"a".repeat(MAX_CONTACT + 1)).is_err());
        assert_eq!(controller_of("  ").unwrap(), None);
        assert_eq!(
            controller_of(&"x".repeat(MAX_CONTROLLER + 1))
                .unwrap_err()
                .0[0]
                .field,
            "privacy_controller"
        );
    }
}
