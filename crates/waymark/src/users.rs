//! `waymark user`: accounts from the command line.

use std::io::{BufRead, IsTerminal};

use anyhow::Context;
use clap::Subcommand;
use waymark_domain::Role;
use waymark_store::PgPool;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account, or reset the role and password of an existing one. The
    /// password is read from standard input (one line), never from the command line.
    #[command(
        after_help = "Example:\n  printf '%s\\n' \"$PASSWORD\" | waymark user add --email mod@example.org --role moderator"
    )]
    Add {
        #[arg(long)]
        email: String,
        /// resident, mobiliser, facilitator, moderator, dno_engineer or admin.
        #[arg(long)]
        role: String,
        /// The name shown beside what they write.
        #[arg(long)]
        name: Option<String>,
    },
}

pub async fn run(pool: &PgPool, command: UserCommand) -> anyhow::Result<()> {
    match command {
        UserCommand::Add { email, role, name } => {
            let role: Role = role.parse().map_err(|e| anyhow::anyhow!("{e}"))?;
            let email = email.trim().to_lowercase();
            anyhow::ensure!(
                email.contains('@') && !email.starts_with('@') && !email.ends_with('@'),
                "'{email}' is not an email address"
            );
            if std::io::stdin().is_terminal() {
                eprint!("Password for {email}: ");
            }
            let mut password = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut password)
                .context("reading the password from standard input")?;
            let password = password.trim_end_matches(['\r', '\n']);
            // The rule people signing up meet, so every account's password passes it.
            waymark_domain::account::check_password("password", password, &[&email])
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let hash = waymark_api::auth::hash_password(password)
                .map_err(|e| anyhow::anyhow!("hashing the password: {e}"))?;
            let id = waymark_store::accounts::upsert_user(
                pool,
                &email,
                role.as_str(),
                name.as_deref(),
                &hash,
            )
            .await?;
            tracing::info!(%email, role = role.as_str(), %id, "account ready");
            Ok(())
        }
    }
}
