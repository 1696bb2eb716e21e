//! Retention: how long Waymark keeps each kind of personal data, in days. The binary reads
//! it from its settings and purges by it; the API shows it in each plan's privacy notice.

use serde::{Deserialize, Serialize};

/// The fewest days events may be kept: a weekly digest reads the events since the one
/// before, and a stream that reconnects replays from its last event, minutes or hours ago.
pub const MIN_EVENTS_DAYS: u16 = 8;

/// `[retention]` in the file, `WAYMARK_RETENTION__*` in the environment. Every period is
/// in days; where 0 is allowed it means "keep for ever" (or "off").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Retention {
    /// Events (the live stream's and digests' record of changes); at least 8.
    pub events_days: u16,
    /// Sessions, counted from when they expired.
    pub expired_sessions_days: u16,
    /// Follows (of a place, a pin or a commitment) never confirmed: an address someone
    /// typed and its owner never agreed to. At least 1.
    pub unconfirmed_subscriptions_days: u16,
    /// Sent mail (address and words); the outbox is for delivery, not a record. At least 1.
    pub sent_mail_days: u16,
    /// The retry keys of pins and replies; a client retries within minutes. At least 1.
    pub idempotency_keys_days: u16,
    /// The visitor-cookie key that ties one visitor's pins and replies together (and lets
    /// the cookie edit them); supports and flags keep theirs at least as long as the
    /// cookie lives, so that each still counts once. 0 keeps them.
    pub visitor_links_days: u16,
    /// Residents' accounts nobody has signed in to for this long are warned by mail; 0 is
    /// off, the default (see the README).
    pub inactive_accounts_days: u16,
    /// Days after the warning that a resident's account still not used is deleted.
    pub inactive_warning_days: u16,
    /// The optional "about you" answers, counted from when they were given (their
    /// unspent keys go when they expire, a day after the write). At least 1.
    pub about_you_days: u16,
    /// "I'd like help with this" asks on energy pins (who asked, about which pin),
    /// counted from when they were made. At least 1.
    pub help_requests_days: u16,
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            events_days: 30,
            expired_sessions_days: 7,
            unconfirmed_subscriptions_days: 7,
            sent_mail_days: 30,
            idempotency_keys_days: 7,
            visitor_links_days: 90,
            inactive_accounts_days: 0,
            inactive_warning_days: 30,
            about_you_days: 365,
            help_requests_days: 90,
        }
    }
}

impl Retention {
    /// Refuses settings that would delete what Waymark still needs.
    pub fn check(&self) -> Result<(), RetentionError> {
        ensure(
            self.events_days >= MIN_EVENTS_DAYS,
            format!(
                "retention.events_days must be at least {MIN_EVENTS_DAYS}: weekly digests read a week of events"
            ),
        )?;
        for (name, days) in [
            (
                "unconfirmed_subscriptions_days",
                self.unconfirmed_subscriptions_days,
            ),
            ("sent_mail_days", self.sent_mail_days),
            ("idempotency_keys_days", self.idempotency_keys_days),
            ("about_you_days", self.about_you_days),
            ("help_requests_days", self.help_requests_days),
        ] {
            ensure(
                days >= 1,
                format!("retention.{name} must be at least 1: what it keeps is needed for a day"),
            )?;
        }
        ensure(
            self.inactive_accounts_days == 0 || self.inactive_warning_days >= 1,
            "retention.inactive_warning_days must be at least 1: the warning must give time \
             to sign in",
        )?;
        Ok(())
    }
}

/// Settings that would delete what Waymark still needs, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RetentionError(pub String);

fn ensure(holds: bool, why: impl Into<String>) -> Result<(), RetentionError> {
    if holds {
        Ok(())
    } else {
        Err(RetentionError(why.into()))
    }
}
