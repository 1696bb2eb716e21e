//! Mail: making the digests that are due, and the sender that empties the outbox.
//!
//! Every mail is a row of `mail_outbox` before anything is sent, so a mail server
//! that is down or not configured loses nothing: the rows wait and are retried with
//! a growing delay. Rows are locked while they are sent (`FOR UPDATE SKIP LOCKED`),
//! so several processes share the work without sending a mail twice.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use waymark_domain::Kind;
use waymark_domain::subscription::{self as rules, DigestLine, Frequency, Place};
use waymark_i18n::Lang;
use waymark_store::PgPool;
use waymark_store::subscriptions::{self as store, Mail};

/// Where mail goes: `smtp://host:25`, `smtps://user:password@host` (lettre's URL
/// form), or `file:///some/dir`, which writes each mail as an `.eml` file there, for
/// trying Waymark out and for tests.
pub enum Sender {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

impl Sender {
    pub fn from_url(url: &str) -> anyhow::Result<Self> {
        if let Some(dir) = url.strip_prefix("file://") {
            let dir = PathBuf::from(dir);
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("making the mail folder {}", dir.display()))?;
            return Ok(Self::Files(AsyncFileTransport::new(&dir), dir));
        }
        if url.starts_with("smtp://") || url.starts_with("smtps://") {
            let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .context("reading the mail URL")?
                .timeout(Some(Duration::from_secs(30)))
                .build();
            return Ok(Self::Smtp(transport));
        }
        anyhow::bail!("the mail URL starts with smtp://, smtps:// or file://")
    }

    /// For the log: where mail goes, without any password.
    pub fn describe(&self) -> String {
        match self {
            Self::Smtp(_) => "an SMTP server".into(),
            Self::Files(_, dir) => format!("files in {}", dir.display()),
        }
    }

    async fn send(&self, message: Message) -> Result<(), String> {
        match self {
            Self::Smtp(t) => t.send(message).await.map(drop).map_err(|e| e.to_string()),
            Self::Files(t, _) => t.send(message).await.map(drop).map_err(|e| e.to_string()),
        }
    }
}

/// Sends every queued mail that is due, a batch at a time; returns how many were sent.
/// A mail the server refuses stays queued for a later attempt.
pub async fn deliver_pending(
    pool: &PgPool,
    sender: &Sender,
    from: &Mailbox,
) -> anyhow::Result<usize> {
    let mut sent = 0;
    loop {
        let mut tx = pool.begin().await?;
        let batch = store::lock_outgoing(&mut tx, 20).await?;
        if batch.is_empty() {
            break;
        }
        for mail in batch {
            match message(&mail, from) {
                Ok(message) => match sender.send(message).await {
                    Ok(()) => {
                        store::mark_sent(&mut *tx, mail.id).await?;
                        sent += 1;
                    }
                    Err(error) => {
                        tracing::warn!(mail = mail.id, attempts = mail.attempts + 1, %error, "a mail was not sent; it stays queued");
                        store::mark_failed(&mut *tx, mail.id, &error).await?;
                    }
                },
                Err(error) => {
                    tracing::warn!(mail = mail.id, %error, "a queued mail cannot be written");
                    store::mark_failed(&mut *tx, mail.id, &error.to_string()).await?;
                }
            }
        }
        tx.commit().await?;
    }
    Ok(sent)
}

fn message(mail: &store::OutgoingMail, from: &Mailbox) -> anyhow::Result<Message> {
    let mut builder = Message::builder()
        .from(from.clone())
        .to(mail.to_address.parse()?)
        .subject(&mail.subject)
        // Mail without a Message-ID looks like spam to many receivers.
        .message_id(Some(format!(
            "<{}.{}@{}>",
            mail.id,
            uuid::Uuid::new_v4().simple(),
            from.email.domain()
        )));
    if let Some(headers) = mail.headers.as_object() {
        for (name, value) in headers {
            let name = HeaderName::new_from_ascii(name.clone())?;
            let value = value.as_str().unwrap_or_default().to_owned();
            builder = builder.raw_header(HeaderValue::new(name, value));
        }
    }
    Ok(builder.singlepart(SinglePart::plain(mail.body_text.clone()))?)
}

/// How old the newest event a digest covers must be (see `make_digests`).
const DIGEST_SETTLE: Duration = Duration::from_secs(60);

/// The periodic work: makes the digests and the projects' monthly updates that are due
/// and returns how many were queued. Sent mail and unconfirmed follows are forgotten by
/// the retention pass (`retention.rs`).
pub async fn periodic(pool: &PgPool, base_url: &str) -> anyhow::Result<usize> {
    let digests = make_digests(pool, base_url, DIGEST_SETTLE).await?;
    Ok(digests
        + make_thread_digests(pool, base_url).await?
        + project_updates(pool, base_url).await?)
}

/// The daily mail of a group's new threads, to each member who asked for it, made in
/// the same transaction as the mark that it was made.
pub async fn make_thread_digests(pool: &PgPool, base_url: &str) -> anyhow::Result<usize> {
    let mut tx = pool.begin().await?;
    let due = waymark_store::groups::due_thread_digests(&mut tx).await?;
    let mails: Vec<Mail> = due
        .into_iter()
        .map(|d| {
            let url = format!("{base_url}/p/{}/groups/{}", d.plan, d.group_slug);
            let args = [
                (
                    "group",
                    waymark_i18n::FluentValue::from(d.group_name.as_str()),
                ),
                (
                    "count",
                    waymark_i18n::FluentValue::from(d.titles.len() as f64),
                ),
                ("url", waymark_i18n::FluentValue::from(url.as_str())),
            ];
            let lang = Lang::from_tag(&d.lang).unwrap_or_default();
            let subject = waymark_i18n::text(lang, "mail-group-threads-subject", &args);
            let intro = waymark_i18n::text(lang, "mail-group-threads-body", &args);
            let lines: Vec<String> = d.titles.iter().map(|t| format!("- {t}")).collect();
            Mail {
                to: d.email,
                subject,
                body_text: format!("{intro}\n\n{}\n", lines.join("\n")),
                headers: serde_json::json!({}),
            }
        })
        .collect();
    waymark_store::groups::queue_mails(&mut tx, "group_threads", &mails).await?;
    tx.commit().await?;
    Ok(mails.len())
}

/// Makes the monthly mail of each project follower due one (a month since the last),
/// with the updates its team posted since; returns how many were queued.
pub async fn project_updates(pool: &PgPool, base_url: &str) -> anyhow::Result<usize> {
    let mut conn = pool.acquire().await?;
    let queued = waymark_store::projects::monthly_updates(&mut conn, |f| {
        let updates: Vec<(String, String)> = f
            .update_dates
            .iter()
            .zip(&f.updates)
            .map(|(d, t)| (d.to_string(), t.clone()))
            .collect();
        let url = format!("{base_url}/p/{}/projects/{}", f.plan, f.slug);
        let unsubscribe_url = format!("{base_url}/projects/unfollow?token={}", f.unsubscribe_token);
        let (subject, body_text) = waymark_domain::project::monthly_update_mail(
            Lang::from_tag(&f.lang).unwrap_or_default(),
            &f.title,
            f.stage
                .parse()
                .unwrap_or(waymark_domain::project::Stage::Forming),
            &updates,
            &url,
            &unsubscribe_url,
        );
        Mail {
            to: f.email.clone(),
            subject,
            body_text,
            headers: serde_json::json!({
                "List-Unsubscribe": format!("<{unsubscribe_url}>"),
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }),
        }
    })
    .await?;
    Ok(queued)
}

/// Makes the digest of every confirmed subscription that is due, each in the same
/// transaction as the mark that it was made, so none is made twice or skipped. A
/// digest covers the events up to those `settle` old, so that a transaction still
/// running when it is made is in the next one. Returns how many mails were queued.
pub async fn make_digests(
    pool: &PgPool,
    base_url: &str,
    settle: Duration,
) -> anyhow::Result<usize> {
    let through = store::settled_event_id(pool, settle.as_secs_f64()).await?;
    let mut queued = 0;
    loop {
        let mut tx = pool.begin().await?;
        let due = store::lock_due(&mut tx, 50).await?;
        if due.is_empty() {
            break;
        }
        for s in due {
            let through = through.max(s.last_event_id);
            let items = store::digest_items(&mut *tx, s.id, s.last_event_id, through).await?;
            let mail = (!items.is_empty()).then(|| digest(&s, &items, base_url));
            store::digest_made(&mut tx, s.id, through, mail.as_ref()).await?;
            queued += usize::from(mail.is_some());
        }
        tx.commit().await?;
    }
    Ok(queued)
}

fn digest(s: &store::DueSubscription, items: &[store::DigestItem], base_url: &str) -> Mail {
    let plan_url = format!("{base_url}/p/{}", s.plan);
    let lines: Vec<DigestLine> = items
        .iter()
        .map(|item| DigestLine {
            kind: item.kind.parse().unwrap_or(Kind::Idea),
            title: item.title.clone(),
            neighbourhood: item.neighbourhood.clone(),
            url: format!("{plan_url}#/c/{}", item.id),
        })
        .collect();
    let (place, map_url) = match (&s.neighbourhood, &s.neighbourhood_slug) {
        (Some(name), Some(slug)) => (
            Place::Neighbourhood(name.clone()),
            format!("{plan_url}#nb={slug}"),
        ),
        _ => (Place::Area, plan_url.clone()),
    };
    let frequency = s.frequency.parse().unwrap_or(Frequency::Weekly);
    let unsubscribe_url = format!(
        "{base_url}/follow/unsubscribe?token={}",
        s.unsubscribe_token
    );
    let (subject, body_text) = rules::digest_mail(
        Lang::from_tag(&s.lang).unwrap_or_default(),
        &s.plan_name,
        &place,
        frequency,
        &lines,
        &map_url,
        &unsubscribe_url,
    );
    Mail {
        to: s.email.clone(),
        subject,
        body_text,
        headers: serde_json::json!({
            "List-Unsubscribe": format!("<{unsubscribe_url}>"),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }),
    }
}

/// What `serve` runs beside the API: digests when they are due, and mail as soon as
/// it is queued (a NOTIFY wakes it; it also looks every minute).
pub async fn run(
    pool: PgPool,
    sender: Option<Sender>,
    from: Mailbox,
    base_url: String,
    digest_every: Duration,
) {
    match &sender {
        Some(sender) => tracing::info!("mail goes to {}", sender.describe()),
        None => tracing::warn!(
            "no mail sender set (WAYMARK_MAIL_URL): mails stay queued in the database"
        ),
    }
    let mut listener = match waymark_store::listener(&pool, "waymark_mail").await {
        Ok(listener) => Some(listener),
        Err(error) => {
            tracing::warn!(%error, "cannot listen for queued mail; looking every minute instead");
            None
        }
    };
    let mut next_digests = tokio::time::Instant::now();
    loop {
        if tokio::time::Instant::now() >= next_digests {
            match periodic(&pool, &base_url).await {
                Ok(0) => {}
                Ok(digests) => tracing::info!(digests, "digests queued"),
                Err(error) => tracing::warn!(%error, "making digests failed; trying again later"),
            }
            next_digests = tokio::time::Instant::now() + digest_every;
        }
        if let Some(sender) = &sender {
            match deliver_pending(&pool, sender, &from).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(mails = n, "mail sent"),
                Err(error) => tracing::warn!(%error, "sending mail failed; trying again later"),
            }
        }
        let wait = tokio::time::sleep(Duration::from_secs(60).min(digest_every));
        match listener.as_mut() {
            Some(listener) => {
                tokio::select! {
                    received = listener.recv() => {
                        if received.is_err() {
                            // The listener reconnects by itself; do not spin meanwhile.
                            tokio::time::sleep(Duration::from_secs(5)).await;
                        }
                    }
                    () = wait => {}
                }
            }
            None => wait.await,
        }
    }
}
