//! Accounts people make and change themselves: the rules for passwords and names, how
//! long mailed links work, and the words of the mails.
//!
//! None of these rules or answers depends on whether an address already has an
//! account: that is only ever said in a mail to the address itself.

use waymark_i18n::{FluentValue, Lang, text};

use crate::ValidationErrors;

/// Shortest password accepted, in characters (NIST SP 800-63B asks for at least 8;
/// a longer minimum suits a service whose accounts can moderate and answer for a DNO).
pub const PASSWORD_MIN: usize = 12;
/// Longest password accepted, in characters: enough for any passphrase or manager,
/// short enough that hashing one costs nothing unusual.
pub const PASSWORD_MAX: usize = 1024;
/// Longest name shown beside what someone writes (as `users.display_name` allows).
pub const DISPLAY_NAME_MAX: usize = 60;

/// Hours a sign-up's confirmation link and a new address's confirmation link work.
pub const CONFIRM_LINK_HOURS: i32 = 24;
/// Minutes a password reset link works.
pub const RESET_LINK_MINUTES: i32 = 60;

/// Checks a new password: `field` names it in the errors; `emails` are the account's
/// addresses (old and new), none of which the password may be.
pub fn check_password(
    field: &str,
    password: &str,
    emails: &[&str],
) -> Result<(), ValidationErrors> {
    let length = password.chars().count();
    let message = if length < PASSWORD_MIN {
        format!("use at least {PASSWORD_MIN} characters")
    } else if length > PASSWORD_MAX {
        format!("use at most {PASSWORD_MAX} characters")
    } else if emails
        .iter()
        .any(|email| password.trim().eq_ignore_ascii_case(email.trim()))
    {
        "use something other than your e-mail address".to_owned()
    } else {
        return Ok(());
    };
    Err(ValidationErrors::one(field, message))
}

/// The name shown beside what someone writes: trimmed; empty means none.
pub fn display_name(field: &str, name: &str) -> Result<Option<String>, ValidationErrors> {
    let name = name.trim();
    if name.chars().any(char::is_control) {
        return Err(ValidationErrors::one(field, "use a name on one line"));
    }
    if name.chars().count() > DISPLAY_NAME_MAX {
        return Err(ValidationErrors::one(
            field,
            format!("keep the name to {DISPLAY_NAME_MAX} characters or fewer"),
        ));
    }
    Ok((!name.is_empty()).then(|| name.to_owned()))
}

/// An address as a notice to another address shows it: the first character of each
/// part, so its owner recognises it and nobody else learns it (`a•••@e•••.org`).
pub fn masked_email(email: &str) -> String {
    let Some((local, domain)) = email.split_once('@') else {
        return "•••".into();
    };
    let (host, top) = domain.rsplit_once('.').unwrap_or((domain, ""));
    let first = |s: &str| s.chars().next().map(String::from).unwrap_or_default();
    let top = if top.is_empty() {
        String::new()
    } else {
        format!(".{top}")
    };
    format!("{}•••@{}•••{top}", first(local), first(host))
}

/// The mail that confirms a sign-up: subject and plain text.
pub fn signup_mail(lang: Lang, confirm_url: &str) -> (String, String) {
    let args = [
        ("url", confirm_url.into()),
        ("hours", CONFIRM_LINK_HOURS.into()),
    ];
    mail(lang, "mail-signup", &args)
}

/// The mail an address that has an account gets instead of a confirmation when someone
/// signs up with it.
pub fn signup_taken_mail(lang: Lang, sign_in_url: &str, reset_url: &str) -> (String, String) {
    let args = [("sign_in", sign_in_url.into()), ("reset", reset_url.into())];
    mail(lang, "mail-signup-taken", &args)
}

/// The mail with a password reset link.
pub fn reset_mail(lang: Lang, reset_url: &str) -> (String, String) {
    let args = [
        ("url", reset_url.into()),
        ("minutes", RESET_LINK_MINUTES.into()),
    ];
    mail(lang, "mail-reset", &args)
}

/// The mail to a new address that asks its owner to confirm it.
pub fn email_change_mail(lang: Lang, confirm_url: &str) -> (String, String) {
    let args = [
        ("url", confirm_url.into()),
        ("hours", CONFIRM_LINK_HOURS.into()),
    ];
    mail(lang, "mail-email-change", &args)
}

/// The notice to the old address once the new one is confirmed.
pub fn email_changed_mail(lang: Lang, new_email: &str, reset_url: &str) -> (String, String) {
    let args = [
        ("address", masked_email(new_email).into()),
        ("url", reset_url.into()),
    ];
    mail(lang, "mail-email-changed", &args)
}

/// The warning to a resident whose account nobody has signed in to since `since`: sign in
/// (at `sign_in_url`) before `deadline`, or the account is deleted then. Dates are
/// `YYYY-MM-DD`, which reads the same in every language.
pub fn inactive_account_mail(
    lang: Lang,
    since: &str,
    deadline: &str,
    sign_in_url: &str,
) -> (String, String) {
    let args = [
        ("since", since.into()),
        ("deadline", deadline.into()),
        ("url", sign_in_url.into()),
    ];
    mail(lang, "mail-inactive-account", &args)
}

/// A mail's subject and body: the messages `{id}-subject` and `{id}-body`.
fn mail(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> (String, String) {
    (
        text(lang, &format!("{id}-subject"), args),
        text(lang, &format!("{id}-body"), args) + "\n",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords() {
        let emails = ["amira@example.org"];
        assert!(check_password("password", "correct horse battery", &emails).is_ok());
        assert!(check_password("password", &"x".repeat(PASSWORD_MAX), &emails).is_ok());
        // Characters, not bytes: twelve accented letters are long enough.
        assert!(check_password("password", &"é".repeat(PASSWORD_MIN), &emails).is_ok());
        for (bad, why) in [
            ("short", "at least 12"),
            (&"x".repeat(PASSWORD_MAX + 1), "at most 1024"),
            ("Amira@Example.org", "other than your e-mail"),
            (" amira@example.org ", "other than your e-mail"),
        ] {
            let errors = check_password("new_password", bad, &emails).unwrap_err();
            assert_eq!(errors.0[0].field, "new_password");
            assert!(errors.0[0].message.contains(why), "{bad}: {errors}");
        }
        let both = ["old@example.org", "new@example.org"];
        assert!(check_password("password", "new@example.org", &both).is_err());
    }

    #[test]
    fn names() {
        assert_eq!(
            display_name("n", "  Amira  ").unwrap(),
            Some("Amira".to_owned())
        );
        assert_eq!(display_name("n", "   ").unwrap(), None);
        assert!(display_name("n", "two\nlines").is_err());
        assert!(display_name("n", &"a".repeat(DISPLAY_NAME_MAX + 1)).is_err());
        assert!(display_name("n", &"é".repeat(DISPLAY_NAME_MAX)).is_ok());
    }

    #[test]
    fn masked_addresses() {
        assert_eq!(masked_email("amira@example.org"), "a•••@e•••.org");
        assert_eq!(masked_email("x@mail.milton-keynes.gov.uk"), "x•••@m•••.uk");
        assert_eq!(masked_email("nope"), "•••");
    }

    #[test]
    fn mails_carry_their_links() {
        let (_, body) = signup_mail(Lang::EnGb, "http://x/account/confirm?token=t");
        assert!(body.contains("\nhttp://x/account/confirm?token=t\n"));
        let (_, body) = signup_taken_mail(
            Lang::EnGb,
            "http://x/account/signin",
            "http://x/account/reset",
        );
        assert!(body.contains("You already have an account"));
        assert!(
            body.contains("http://x/account/signin") && body.contains("http://x/account/reset")
        );
        let (_, body) = reset_mail(Lang::EnGb, "http://x/account/reset?token=t");
        assert!(body.contains("\nhttp://x/account/reset?token=t\n"));
        let (_, body) = email_changed_mail(Lang::EnGb, "new@example.org", "http://x/account/reset");
        assert!(body.contains("n•••@e•••.org") && !body.contains("new@example.org"));
    }
}
