//! Retention: what Waymark deletes, or cuts from the person it was about, once it is past
//! its time, by one pass that `serve` runs every hour and `waymark privacy purge` runs
//! from cron. Each rule's rows are counted in `/metrics` (`pruned_rows_total{table=RULE}`).

use std::time::Duration;

use time::OffsetDateTime;
use waymark_i18n::Lang;
use waymark_store::subscriptions::Mail;
use waymark_store::{PgConnection, PgPool};

pub use waymark_domain::retention::Retention;

/// How often `serve` prunes.
const EVERY: Duration = Duration::from_secs(60 * 60);

/// Rows changed per statement, so that a first pass over a large table holds no long
/// transaction.
const BATCH: i64 = 5000;

/// Accounts warned or deleted per statement.
const ACCOUNTS_BATCH: i64 = 200;

/// Days supports and flags keep their visitor key: the longer of the setting and the
/// visitor cookie's life, since a cookie that outlived the key could support again.
fn counted_visitor_days(retention: &Retention) -> u16 {
    let cookie =
        u16::try_from(waymark_api::auth::identity::VISITOR_COOKIE_DAYS).unwrap_or(u16::MAX);
    retention.visitor_links_days.max(cookie)
}

/// What one pass purged (or, dry, would purge), by rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pruned {
    pub events: u64,
    pub sessions: u64,
    /// Sign-ups, password reset links and e-mail changes whose links expired.
    pub account_links: u64,
    pub unconfirmed_subscriptions: u64,
    pub sent_mail: u64,
    /// Pins and replies whose retry key was forgotten.
    pub idempotency_keys: u64,
    /// Pins, replies, supports and flags cut from the visitor cookie that wrote them.
    pub visitor_links: u64,
    /// Residents' accounts warned by mail (queued) in this pass.
    pub inactivity_warnings: u64,
    /// Residents' accounts deleted after their warning.
    pub inactive_accounts: u64,
    /// "About you" answers older than their days.
    pub about_you_answers: u64,
    /// Keys to answer "about you" that expired unused.
    pub about_you_keys: u64,
    /// Volunteer sign-ups never confirmed (after `unconfirmed_subscriptions_days`).
    pub unconfirmed_volunteers: u64,
    /// "I'd like help with this" asks past their days.
    pub help_requests: u64,
}

impl Pruned {
    /// Each rule's name (its `/metrics` label) and count, in the order the pass runs.
    pub fn by_rule(&self) -> [(&'static str, u64); 13] {
        [
            ("events", self.events),
            ("sessions", self.sessions),
            ("account_links", self.account_links),
            ("unconfirmed_subscriptions", self.unconfirmed_subscriptions),
            ("sent_mail", self.sent_mail),
            ("idempotency_keys", self.idempotency_keys),
            ("visitor_links", self.visitor_links),
            ("inactivity_warnings", self.inactivity_warnings),
            ("inactive_accounts", self.inactive_accounts),
            ("about_you_answers", self.about_you_answers),
            ("about_you_keys", self.about_you_keys),
            ("unconfirmed_volunteers", self.unconfirmed_volunteers),
            ("help_requests", self.help_requests),
        ]
    }

    fn is_empty(&self) -> bool {
        self.by_rule().iter().all(|(_, n)| *n == 0)
    }
}

/// One pass, counted in `/metrics`. `base_url` starts the sign-in link of the warning mail.
pub async fn prune(pool: &PgPool, retention: &Retention, base_url: &str) -> anyhow::Result<Pruned> {
    let mut conn = pool.acquire().await?;
    let pruned = pass(&mut conn, retention, base_url).await?;
    for (rule, rows) in pruned.by_rule() {
        waymark_api::metrics::count_pruned(rule, rows);
    }
    Ok(pruned)
}

/// What a pass would purge now, changing nothing: the same pass, in a transaction that
/// is rolled back (so no mail is queued either).
pub async fn dry_run(
    pool: &PgPool,
    retention: &Retention,
    base_url: &str,
) -> anyhow::Result<Pruned> {
    let mut tx = pool.begin().await?;
    let pruned = pass(&mut tx, retention, base_url).await?;
    tx.rollback().await?;
    Ok(pruned)
}

/// Every rule once, each statement on its own unless the caller holds a transaction.
async fn pass(
    conn: &mut PgConnection,
    retention: &Retention,
    base_url: &str,
) -> anyhow::Result<Pruned> {
    let days = |d: u16| i32::from(d);
    let mut pruned = Pruned::default();
    loop {
        let deleted =
            waymark_store::events::prune(&mut *conn, days(retention.events_days), BATCH).await?;
        pruned.events += deleted;
        if deleted < BATCH.unsigned_abs() {
            break;
        }
    }
    pruned.sessions = waymark_store::accounts::prune_expired_sessions(
        &mut *conn,
        days(retention.expired_sessions_days),
    )
    .await?;
    pruned.account_links = waymark_store::self_service::prune_expired(&mut *conn).await?;
    pruned.unconfirmed_subscriptions = waymark_store::subscriptions::forget_unconfirmed(
        &mut *conn,
        days(retention.unconfirmed_subscriptions_days),
    )
    .await?;
    pruned.unconfirmed_volunteers = waymark_store::retention::forget_unconfirmed_volunteers(
        &mut *conn,
        days(retention.unconfirmed_subscriptions_days),
    )
    .await?;
    pruned.help_requests = waymark_store::retention::forget_help_requests(
        &mut *conn,
        days(retention.help_requests_days),
    )
    .await?;
    pruned.sent_mail =
        waymark_store::subscriptions::forget_sent(&mut *conn, days(retention.sent_mail_days))
            .await?;
    loop {
        let cut = waymark_store::retention::cut_idempotency_keys(
            &mut *conn,
            days(retention.idempotency_keys_days),
            BATCH,
        )
        .await?;
        pruned.idempotency_keys += cut.contributions + cut.replies;
        if cut.contributions.max(cut.replies) < BATCH.unsigned_abs() {
            break;
        }
    }
    if retention.visitor_links_days > 0 {
        loop {
            let cut = waymark_store::retention::cut_visitor_links(
                &mut *conn,
                days(retention.visitor_links_days),
                days(counted_visitor_days(retention)),
                BATCH,
            )
            .await?;
            pruned.visitor_links += cut.total();
            let most = [
                cut.contributions,
                cut.replies,
                cut.supports,
                cut.flags,
                cut.about_you_answers,
            ];
            if most.into_iter().max().unwrap_or(0) < BATCH.unsigned_abs() {
                break;
            }
        }
    }
    loop {
        let purged =
            waymark_store::about_you::purge(&mut *conn, days(retention.about_you_days), BATCH)
                .await?;
        pruned.about_you_answers += purged.answers;
        pruned.about_you_keys += purged.keys;
        if purged.answers.max(purged.keys) < BATCH.unsigned_abs() {
            break;
        }
    }
    if retention.inactive_accounts_days > 0 {
        let warning_days = retention.inactive_warning_days;
        let sign_in_url = format!("{}/account/signin", base_url.trim_end_matches('/'));
        loop {
            let deleted = waymark_store::retention::delete_inactive(
                &mut *conn,
                days(warning_days),
                ACCOUNTS_BATCH,
            )
            .await?;
            pruned.inactive_accounts += deleted.len() as u64;
            if (deleted.len() as i64) < ACCOUNTS_BATCH {
                break;
            }
        }
        let today = OffsetDateTime::now_utc().date();
        let since = today - time::Duration::days(i64::from(retention.inactive_accounts_days));
        let deadline = today + time::Duration::days(i64::from(warning_days));
        let write = |email: &str, lang: &str| {
            let (subject, body_text) = waymark_domain::account::inactive_account_mail(
                Lang::from_tag(lang).unwrap_or_default(),
                &since.to_string(),
                &deadline.to_string(),
                &sign_in_url,
            );
            Mail {
                to: email.to_owned(),
                subject,
                body_text,
                headers: serde_json::json!({}),
            }
        };
        loop {
            let warned = waymark_store::retention::warn_inactive(
                &mut *conn,
                days(retention.inactive_accounts_days),
                ACCOUNTS_BATCH,
                &write,
            )
            .await?;
            pruned.inactivity_warnings += warned;
            if warned < ACCOUNTS_BATCH.unsigned_abs() {
                break;
            }
        }
    }
    Ok(pruned)
}

/// What `serve` runs beside the API: a pass at start, then every hour.
pub async fn run(pool: PgPool, retention: Retention, base_url: String) {
    let mut every = tokio::time::interval(EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match prune(&pool, &retention, &base_url).await {
            Ok(pruned) if pruned.is_empty() => {}
            Ok(pruned) => {
                let said: Vec<String> = pruned
                    .by_rule()
                    .iter()
                    .filter(|(_, n)| *n > 0)
                    .map(|(rule, n)| format!("{rule}={n}"))
                    .collect();
                tracing::info!(purged = %said.join(" "), "old rows pruned");
            }
            Err(error) => tracing::warn!(%error, "pruning failed; trying again later"),
        }
    }
}
