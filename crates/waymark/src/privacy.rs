//! `waymark privacy`: people's data from the command line. `purge` runs the retention pass
//! `serve` runs every hour, for sites that prefer cron, or to see what would go.

use std::fmt::Write;

use clap::Subcommand;
use waymark_store::PgPool;

use crate::retention::{self, Retention};

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    /// Delete, or cut from the person, what is past its retention period (`[retention]`
    /// settings) and print how many rows each rule purged.
    #[command(after_help = "Examples:\n  waymark privacy purge --dry-run\n  \
                            15 * * * * waymark privacy purge   (crontab)")]
    Purge {
        /// Print what would be purged, and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// Runs the command and returns what to tell the person at the terminal.
pub async fn run(
    pool: &PgPool,
    retention: &Retention,
    base_url: &str,
    command: PrivacyCommand,
) -> anyhow::Result<String> {
    match command {
        PrivacyCommand::Purge { dry_run } => {
            let pruned = if dry_run {
                retention::dry_run(pool, retention, base_url).await?
            } else {
                retention::prune(pool, retention, base_url).await?
            };
            let mut said = String::new();
            if dry_run {
                writeln!(said, "dry run: nothing was changed")?;
            }
            for (rule, rows) in pruned.by_rule() {
                writeln!(said, "{rule}: {rows}")?;
            }
            Ok(said)
        }
    }
}
