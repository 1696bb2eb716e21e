//! Mail as its reader gets it: the outbox delivered by the real sender into `.eml` files
//! of a test's own folder, then parsed back (headers unfolded, body decoded).

use std::collections::HashSet;
use std::path::PathBuf;

use sqlx::PgPool;
use waymark::mail::{self, Sender};

/// One mail as its reader sees it.
#[derive(Debug, Clone)]
pub struct Received {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Received {
    /// The link in the body that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> String {
        let start = self
            .body
            .find(prefix)
            .unwrap_or_else(|| panic!("no {prefix} link in:\n{}", self.body));
        self.body[start..]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned()
    }

    /// The `token` of the link in the body that starts with `prefix`.
    pub fn token(&self, prefix: &str) -> String {
        let link = self.link(prefix);
        let (_, token) = link
            .split_once("token=")
            .unwrap_or_else(|| panic!("no token in {link}"));
        token.to_owned()
    }
}

/// A folder that receives every mail one test's app sends.
pub struct Inbox {
    dir: PathBuf,
    seen: HashSet<PathBuf>,
}

impl Default for Inbox {
    fn default() -> Self {
        Self::new()
    }
}

impl Inbox {
    pub fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("waymark-mail-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).expect("a mail folder");
        Self {
            dir,
            seen: HashSet::new(),
        }
    }

    /// A sender that delivers into this inbox, for a mail loop the test runs itself.
    pub fn sender(&self) -> Sender {
        Sender::from_url(&format!("file://{}", self.dir.display())).expect("a sender")
    }

    /// The mails that arrived since the last call, sent by whoever sent them. The file
    /// transport writes a mail in place, so a mail loop running beside the test may have
    /// written only part of one: a file that does not read as a whole mail yet is left for
    /// the next call.
    pub fn arrived(&mut self) -> Vec<Received> {
        let mut new: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .expect("the mail folder")
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml") && !self.seen.contains(p))
            .collect();
        new.sort();
        let mut mails = Vec::with_capacity(new.len());
        for path in new {
            if let Some(mail) = read(&path) {
                self.seen.insert(path);
                mails.push(mail);
            }
        }
        mails
    }

    /// Sends everything queued and returns the mails that arrived since the last call.
    pub async fn deliver(&mut self, pool: &PgPool) -> Vec<Received> {
        let sender = self.sender();
        let from = "Waymark <waymark@example.org>".parse().expect("an address");
        mail::deliver_pending(pool, &sender, &from)
            .await
            .expect("delivery");
        let mails = self.arrived();
        // Every mail this call sent is written by now: each must read as a whole mail.
        let unread: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .expect("the mail folder")
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml") && !self.seen.contains(p))
            .collect();
        assert!(
            unread.is_empty(),
            "mail files that are not whole mails (a recipient and a text body): {unread:?}"
        );
        mails
    }

    /// The mails delivered now to `to`.
    pub async fn deliver_to(&mut self, pool: &PgPool, to: &str) -> Vec<Received> {
        let mut all = self.deliver(pool).await;
        all.retain(|m| m.to == to);
        all
    }
}

/// The mail in a file, once it is all there.
fn read(path: &std::path::Path) -> Option<Received> {
    let raw = std::fs::read(path).expect("a mail file");
    let m = mail_parser::MessageParser::default().parse(&raw)?;
    Some(Received {
        to: m.to()?.first()?.address()?.to_owned(),
        subject: m.subject().unwrap_or_default().to_owned(),
        body: m.body_text(0)?.replace("\r\n", "\n"),
    })
}
