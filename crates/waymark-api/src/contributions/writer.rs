//! Group commit of new pins (issue 17, commits that don't queue). The pins posted while
//! another group is being written wait for the next one; each group is one INSERT, so the
//! triggers of `contributions` run once per statement and many requests share one commit.
//! Nothing waits on purpose: a pin posted to an idle server is written alone and at once.
//!
//! A group is first written by one statement committed on its own
//! ([`store::insert_unlimited`]): one round trip, so the database never sits idle in an
//! open transaction while this process is busy with other requests. The pins it leaves
//! (those a plan's daily limit counts, and those refused or retried) are written again as
//! a group in a transaction that first takes their authors' locks ([`store::insert_many`]),
//! which also says why a pin was refused. That transaction names the plans with a daily
//! limit; the writer sends their next pins to it directly, not through the one statement
//! first (which would leave them all), until a transaction finds the limit gone.
//!
//! A group whose statement fails is written again pin by pin, each in its own
//! transaction, so that one pin's error (or a deadlock between two groups) is only ever
//! its own. Not when the database is away or the commit failed: then every pin of the
//! group is answered at once with the error (a 503 when the database is away), as a
//! request of its own would be; a commit that failed may have happened.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use tokio::sync::{Mutex, mpsc, oneshot};
use waymark_store::contributions::{self as store, ContributionRow, InsertOutcome, PinWrite};
use waymark_store::{Error as DbError, PgPool};

use crate::ApiError;
use crate::error::database_away;

/// The most pins in one group.
const MAX_GROUP: usize = 64;
/// Groups written at the same time by default, each on a connection of its own.
pub const WRITERS: usize = 2;
/// The most writers a process may have (`WAYMARK_PIN_WRITERS`): each counts in a
/// bubble-cell shard of its own.
pub const MAX_WRITERS: usize = 64;
/// Pins that may wait for a writer before a POST waits to hand its pin over.
const QUEUE: usize = 1024;
/// Writer `n` counts its pins in bubble-cell shard `FIRST_SHARD + n`, a shard no other
/// writer touches (migration 0041; the pid-chosen shards of other writes are 0-3).
const FIRST_SHARD: i16 = 4;

struct Job {
    write: PinWrite,
    reply: oneshot::Sender<Result<InsertOutcome, ApiError>>,
}

/// Why a group was not written.
enum Failed {
    /// A statement failed: nothing was written, and each pin alone may do better.
    Statement(DbError),
    /// The database is away, or the commit failed (it may even have happened): nothing is
    /// tried again, each pin is answered with the error (a quick 503 when the database is
    /// away, as for any other request).
    Away(DbError),
}

/// Hands pins to the group writers, which start with the first pin.
#[derive(Clone)]
pub struct PinWriter {
    pool: PgPool,
    writers: usize,
    queue: Arc<OnceLock<mpsc::Sender<Job>>>,
}

impl PinWriter {
    /// `writers`: from 1 to [`MAX_WRITERS`] (the configuration is checked for it).
    pub fn new(pool: PgPool, writers: usize) -> Self {
        assert!(
            (1..=MAX_WRITERS).contains(&writers),
            "{writers} pin writers: from 1 to {MAX_WRITERS}"
        );
        Self {
            pool,
            writers,
            queue: Arc::default(),
        }
    }

    /// Writes `write` with whatever other pins come at the same time, and says what
    /// became of it.
    pub async fn insert(&self, write: PinWrite) -> Result<InsertOutcome, ApiError> {
        let (reply, answer) = oneshot::channel();
        self.queue()
            .send(Job { write, reply })
            .await
            .map_err(|_| ApiError::internal("the pin writers have stopped"))?;
        answer
            .await
            .map_err(|_| ApiError::internal("a pin writer stopped before answering"))?
    }

    fn queue(&self) -> &mpsc::Sender<Job> {
        self.queue.get_or_init(|| {
            let (sender, receiver) = mpsc::channel(QUEUE);
            let receiver = Arc::new(Mutex::new(receiver));
            for n in 0..self.writers {
                let shard = FIRST_SHARD + n as i16;
                tokio::spawn(write_groups(self.pool.clone(), receiver.clone(), shard));
            }
            sender
        })
    }
}

/// Takes every pin waiting (up to a group's size), writes them, answers each, again,
/// until every sender is gone.
async fn write_groups(pool: PgPool, queue: Arc<Mutex<mpsc::Receiver<Job>>>, shard: i16) {
    let mut jobs = Vec::with_capacity(MAX_GROUP);
    // The plans whose daily limit the last transaction of their pins found.
    let mut limited_plans = HashSet::new();
    loop {
        if queue.lock().await.recv_many(&mut jobs, MAX_GROUP).await == 0 {
            return;
        }
        // Pins of a plan with a daily limit go straight to the transaction that takes their
        // authors' locks; the others are first written by one statement committed on its
        // own, which leaves those refused or retried to the transaction.
        let (mut rest, mut rest_replies): (Vec<PinWrite>, Vec<_>) = (Vec::new(), Vec::new());
        let (mut writes, mut replies) = (Vec::new(), Vec::new());
        for job in jobs.drain(..) {
            if limited_plans.contains(&job.write.plan) {
                rest.push(job.write);
                rest_replies.push(job.reply);
            } else {
                writes.push(job.write);
                replies.push(job.reply);
            }
        }
        let firsts = match write_unlimited(&pool, &writes, shard).await {
            Ok(rows) => rows,
            Err(Failed::Statement(error)) => {
                tracing::warn!(%error, pins = writes.len(), "a group of pins failed; writing them again");
                vec![None; writes.len()]
            }
            Err(Failed::Away(error)) => {
                for reply in replies.drain(..) {
                    let _ = reply.send(Err(ApiError::from(&error)));
                }
                writes.clear();
                Vec::new()
            }
        };
        for ((write, reply), row) in writes.into_iter().zip(replies).zip(firsts) {
            match row {
                // A request that went away has nobody to answer; its pin is written.
                Some(row) => drop(reply.send(Ok(InsertOutcome::Created(row)))),
                None => {
                    rest.push(write);
                    rest_replies.push(reply);
                }
            }
        }
        if !rest.is_empty() {
            write_rest(&pool, rest, rest_replies, shard, &mut limited_plans).await;
        }
    }
}

/// Writes the pins no daily limit counts in one statement, a transaction of its own.
async fn write_unlimited(
    pool: &PgPool,
    writes: &[PinWrite],
    shard: i16,
) -> Result<Vec<Option<ContributionRow>>, Failed> {
    if writes.is_empty() {
        return Ok(Vec::new());
    }
    let mut conn = pool.acquire().await.map_err(Failed::Away)?;
    store::insert_unlimited(&mut conn, writes, Some(shard))
        .await
        .map_err(|error| match database_away(&error) {
            // The statement's commit may have happened.
            true => Failed::Away(error),
            false => Failed::Statement(error),
        })
}

/// Writes the other pins as a group in a transaction, each told what became of it, and
/// notes which of their plans have a daily limit (or no longer have one).
async fn write_rest(
    pool: &PgPool,
    writes: Vec<PinWrite>,
    replies: Vec<oneshot::Sender<Result<InsertOutcome, ApiError>>>,
    shard: i16,
    limited_plans: &mut HashSet<String>,
) {
    match write(pool, &writes, shard).await {
        Ok(store::Inserted {
            outcomes,
            limited_plans: limited,
        }) => {
            for write in &writes {
                if limited.contains(&write.plan) {
                    limited_plans.insert(write.plan.clone());
                } else {
                    limited_plans.remove(&write.plan);
                }
            }
            for (reply, outcome) in replies.into_iter().zip(outcomes) {
                let _ = reply.send(Ok(outcome));
            }
        }
        Err(Failed::Statement(error)) if writes.len() > 1 && !database_away(&error) => {
            tracing::warn!(%error, pins = writes.len(), "a group of pins failed; writing them one by one");
            for (one, reply) in writes.chunks(1).zip(replies) {
                let outcome = match write(pool, one, shard).await {
                    Ok(mut inserted) => Ok(inserted.outcomes.remove(0)),
                    Err(Failed::Statement(error) | Failed::Away(error)) => Err(error.into()),
                };
                let _ = reply.send(outcome);
            }
        }
        Err(Failed::Statement(error) | Failed::Away(error)) => {
            for reply in replies {
                let _ = reply.send(Err(ApiError::from(&error)));
            }
        }
    }
}

/// One group in one transaction.
async fn write(pool: &PgPool, writes: &[PinWrite], shard: i16) -> Result<store::Inserted, Failed> {
    let mut tx = pool.begin().await.map_err(Failed::Away)?;
    let inserted = store::insert_many(&mut tx, writes, Some(shard))
        .await
        .map_err(Failed::Statement)?;
    tx.commit().await.map_err(Failed::Away)?;
    Ok(inserted)
}
