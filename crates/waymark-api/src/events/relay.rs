//! The relay: writers no longer send NOTIFY (one lock for the whole server while a
//! notifying transaction commits, so such writers commit one at a time). One Waymark
//! process per database, elected by a session advisory lock, follows the outboxes and
//! sends the notifications of a whole batch in ONE transaction:
//!
//! - `tile_changes` rows are taken off the table and sent on `waymark_tiles` in the JSON
//!   every release reads (`{"layer","bbox","soft"}`), merged into one box per layer when
//!   a batch has many, with the primary's WAL position read in the same transaction
//!   (`"lsn"`, at or past the commits of every change in the batch): a process that reads
//!   tiles from a replica re-renders them only once the replica has replayed that far
//!   (`tiles::cache`);
//! - when the newest event id moved, one `waymark_events` notification wakes the
//!   dispatchers of every process, which read the events table in id order.
//!
//! It looks again after [`FAST`] while there is work and backs off to [`IDLE`] when
//! there is none. If the relay's process dies its session ends, the lock is free, and
//! another process takes over within [`STANDBY`]. Without any relay, dispatchers still
//! poll the events table every tick; only tile caches of other processes wait.

use std::time::Duration;

use waymark_store::outbox::{self, TileChange};
use waymark_store::{Connection, PgConnection, PgPool};

/// How soon the relay looks again after a batch.
pub const FAST: Duration = Duration::from_millis(10);
/// How long it waits at most when there is nothing to relay.
pub const IDLE: Duration = Duration::from_millis(25);
/// How often a process that is not the relay tries to become it.
const STANDBY: Duration = Duration::from_secs(1);
/// Tile changes taken per batch.
const BATCH: i64 = 1000;
/// Above this many changes of one layer in a batch, they go as one box.
const MERGE_ABOVE: usize = 64;

/// Runs for ever: the relay when this process holds the lock, a standby otherwise.
pub async fn relay(pool: PgPool) {
    loop {
        if let Err(error) = lead(&pool).await {
            tracing::warn!(%error, "the outbox relay stopped; retrying");
        }
        tokio::time::sleep(STANDBY).await;
    }
}

/// Relays while this process holds the lock; returns at once when another does.
async fn lead(pool: &PgPool) -> Result<(), waymark_store::Error> {
    // A connection of its own, not the pool's: the lock lives as long as its session.
    let mut conn = PgConnection::connect_with(pool.connect_options().as_ref()).await?;
    if !outbox::try_lead(&mut conn).await? {
        return Ok(());
    }
    tracing::info!("this process relays the outboxes");
    let mut newest_event = 0;
    let mut wait = FAST;
    loop {
        let moved = relay_once(&mut conn, &mut newest_event).await?;
        wait = if moved { FAST } else { (wait * 2).min(IDLE) };
        tokio::time::sleep(wait).await;
    }
}

/// One batch: true when there was anything to relay.
pub async fn relay_once(
    conn: &mut PgConnection,
    newest_event: &mut i64,
) -> Result<bool, waymark_store::Error> {
    let mut tx = conn.begin().await?;
    let changes = outbox::take_tile_changes(&mut *tx, BATCH).await?;
    let newest = waymark_store::events::last_id(&mut *tx).await?;
    // Read after the changes were taken: every write that recorded them has committed,
    // so its commit record lies before this position.
    let lsn = if changes.is_empty() {
        None
    } else {
        Some(waymark_store::primary::current_lsn(&mut *tx).await?)
    };
    outbox::notify(
        &mut *tx,
        "waymark_tiles",
        &tile_payloads(&changes, lsn.as_deref()),
    )
    .await?;
    let events_moved = newest != *newest_event;
    if events_moved {
        outbox::notify(&mut *tx, "waymark_events", &[String::new()]).await?;
    }
    tx.commit().await?;
    *newest_event = newest;
    Ok(events_moved || !changes.is_empty())
}

/// The notifications for a batch of tile changes: one per change, or one box per layer
/// and kind of eviction when there are many (a bigger box evicts more, never less).
fn tile_payloads(changes: &[TileChange], lsn: Option<&str>) -> Vec<String> {
    type Kind = (bool, bool);
    let mut groups: Vec<(&str, Kind, Vec<&TileChange>)> = Vec::new();
    for change in changes {
        let kind = (change.soft, change.added);
        match groups
            .iter_mut()
            .find(|(layer, k, _)| *layer == change.layer && *k == kind)
        {
            Some((_, _, members)) => members.push(change),
            None => groups.push((&change.layer, kind, vec![change])),
        }
    }
    let payload = |layer: &str, bbox: [f64; 4], (soft, added): Kind| {
        let mut json = serde_json::json!({ "layer": layer, "bbox": bbox, "soft": soft });
        if added {
            json["added"] = true.into();
        }
        if let Some(lsn) = lsn {
            json["lsn"] = lsn.into();
        }
        json.to_string()
    };
    let mut out = Vec::new();
    for (layer, soft, members) in groups {
        let boxes = members
            .iter()
            .filter_map(|c| <[f64; 4]>::try_from(c.bbox.as_slice()).ok());
        if members.len() <= MERGE_ABOVE {
            out.extend(boxes.map(|b| payload(layer, b, soft)));
        } else if let Some(merged) = boxes.reduce(|a, b| {
            [
                a[0].min(b[0]),
                a[1].min(b[1]),
                a[2].max(b[2]),
                a[3].max(b[3]),
            ]
        }) {
            out.push(payload(layer, merged, soft));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(layer: &str, x: f64, soft: bool) -> TileChange {
        TileChange {
            layer: layer.into(),
            bbox: vec![x, 52.0, x, 52.0],
            soft,
            added: false,
        }
    }

    #[test]
    fn a_few_changes_go_one_by_one_and_many_as_one_box_per_layer() {
        let few = [
            change("contributions", -0.7, true),
            change("contributions", -0.8, false),
        ];
        assert_eq!(
            tile_payloads(&few, None),
            [
                r#"{"bbox":[-0.7,52.0,-0.7,52.0],"layer":"contributions","soft":true}"#,
                r#"{"bbox":[-0.8,52.0,-0.8,52.0],"layer":"contributions","soft":false}"#,
            ]
        );
        assert_eq!(
            tile_payloads(&few[..1], Some("0/3000110")),
            [
                r#"{"bbox":[-0.7,52.0,-0.7,52.0],"layer":"contributions","lsn":"0/3000110","soft":true}"#
            ]
        );
        let many: Vec<TileChange> = (0..100)
            .map(|i| change("contributions", -f64::from(i), true))
            .chain([change("proposals", -0.5, false)])
            .collect();
        let sent = tile_payloads(&many, None);
        assert_eq!(sent.len(), 2);
        let merged: serde_json::Value = serde_json::from_str(&sent[0]).unwrap();
        assert_eq!(merged["bbox"], serde_json::json!([-99.0, 52.0, 0.0, 52.0]));
        assert_eq!(merged["soft"], true);
        assert!(sent[1].contains("proposals"));
    }
}
