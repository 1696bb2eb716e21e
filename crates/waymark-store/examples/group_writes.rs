//! Phase W of `bench/ingest.sh`: Waymark's own group statement
//! (`contributions::insert_unlimited`, what the group writers send) from this process alone,
//! with no HTTP, JSON, validation or language detection in front of it: what PostgreSQL
//! can do for Waymark's pins at a given group size, on this machine.
//!
//! ```text
//! DATABASE_URL=... cargo run --release -p waymark-store --example group_writes -- GROUP SECONDS [WRITERS]
//! ```
//!
//! Each of WRITERS tasks (default 2, as Waymark's default `WAYMARK_PIN_WRITERS`) writes
//! groups of GROUP pins into the `milton-keynes` plan for SECONDS seconds, each pin as the
//! ingest benchmark posts it (a 200-character idea at a random point, a visitor of its
//! own, an "about you" key), in the bubble-cell shard its writer would use. Prints one line:
//! `GROUP_WRITES group=... writers=... rows=... seconds=... rows_per_s=...`.

use std::time::{Duration, Instant};

use uuid::Uuid;
use waymark_domain::Position;
use waymark_domain::contribution::{Kind, NewContribution, Precision, Theme};
use waymark_store::contributions::{PinWrite, insert_unlimited};

const BODY: &str = "We could put solar panels on the community centre roof and share the savings \
                    with the youth club; a shared battery would keep the lights on during power \
                    cuts. Happy to help organise a meeting in June.";
/// The group writers' first bubble-cell shard (`waymark-api`'s `writer.rs`).
const FIRST_SHARD: i16 = 4;

/// A number in [0, 1) from a random UUID (this crate has no random-number generator).
fn unit() -> f64 {
    (Uuid::new_v4().as_u128() >> 75) as f64 / (1u64 << 53) as f64
}

fn pin() -> PinWrite {
    let position = Position::new("coordinates", -0.76 + unit() * 0.03, 52.02 + unit() * 0.03)
        .expect("a point inside Milton Keynes");
    let key = [Uuid::new_v4().into_bytes(), Uuid::new_v4().into_bytes()].concat();
    PinWrite {
        plan: "milton-keynes".into(),
        new: NewContribution {
            kind: Kind::Idea,
            themes: vec![Theme::Energy, Theme::Community],
            title: "Bench group row".into(),
            body: BODY.into(),
            display_name: None,
            precision: Precision::Exact,
            position,
        },
        author_key: format!("visitor:{}", Uuid::new_v4()),
        idempotency_key: None,
        request_hash: Uuid::new_v4().into_bytes().to_vec(),
        signed_in: false,
        workshop: None,
        hold: false,
        lang: Some("en".into()),
        about_you_key: key,
    }
}

fn arg(args: &[String], n: usize, default: Option<u64>) -> u64 {
    match (args.get(n), default) {
        (Some(value), _) => value.parse().expect("a whole number"),
        (None, Some(value)) => value,
        (None, None) => panic!("usage: group_writes GROUP SECONDS [WRITERS]"),
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let group = arg(&args, 0, None) as usize;
    let seconds = arg(&args, 1, None);
    let writers = arg(&args, 2, Some(2)) as usize;
    let url = std::env::var("DATABASE_URL")?;
    let pool = waymark_store::connect(&url, writers as u32).await?;

    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for n in 0..writers {
        let pool = pool.clone();
        tasks.push(tokio::spawn(async move {
            let mut rows = 0usize;
            let mut conn = pool.acquire().await?;
            while Instant::now() < deadline {
                let writes: Vec<PinWrite> = (0..group).map(|_| pin()).collect();
                let written =
                    insert_unlimited(&mut conn, &writes, Some(FIRST_SHARD + n as i16)).await?;
                rows += written.iter().flatten().count();
            }
            Ok::<usize, sqlx::Error>(rows)
        }));
    }
    let mut rows = 0;
    for task in tasks {
        rows += task.await??;
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "GROUP_WRITES group={group} writers={writers} rows={rows} seconds={elapsed:.3} rows_per_s={:.0}",
        rows as f64 / elapsed
    );
    Ok(())
}
