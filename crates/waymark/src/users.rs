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
        after_help = "Examples:\n  printf '%s\\n' \"$PASSWORD\" | waymark user add --email mod@example.org --role moderator\n  \
                      printf '%s\\n' \"$PASSWORD\" | waymark user add --email lights@example.org --role responder --org highways\n  \
                      printf '%s\\n' \"$PASSWORD\" | waymark user add --email dpo@example.org --role data_officer --plan mk"
    )]
    Add {
        #[arg(long)]
        email: String,
        /// resident, mobiliser, facilitator, moderator, dno_engineer, admin, responder,
        /// council_officer or data_officer.
        #[arg(long)]
        role: String,
        /// The name shown beside what they write.
        #[arg(long)]
        name: Option<String>,
        /// A responder's organisation (its slug; see `waymark org add`).
        #[arg(long, value_name = "SLUG")]
        org: Option<String>,
        /// The plan of --org, when several plans have an organisation by that slug; a
        /// data officer's plan (each `add` with --plan adds one).
        #[arg(long)]
        plan: Option<String>,
    },
}

pub async fn run(pool: &PgPool, command: UserCommand) -> anyhow::Result<()> {
    match command {
        UserCommand::Add {
            email,
            role,
            name,
            org,
            plan,
        } => {
            let role: Role = role.parse().map_err(|e| anyhow::anyhow!("{e}"))?;
            anyhow::ensure!(
                plan.is_none() || org.is_some() || role == Role::DataOfficer,
                "--plan names the plan of --org, or a data officer's plan"
            );
            anyhow::ensure!(
                role != Role::DataOfficer || plan.is_some(),
                "a data officer answers for a plan: name it with --plan SLUG"
            );
            let organisation = organisation_of(pool, role, org.as_deref(), plan.as_deref()).await?;
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
                organisation,
            )
            .await?;
            if let (Role::DataOfficer, Some(plan)) = (role, plan.as_deref()) {
                anyhow::ensure!(
                    waymark_store::my_data::add_officer(pool, id, plan).await?,
                    "there is no plan '{plan}'"
                );
            }
            tracing::info!(%email, role = role.as_str(), %id, "account ready");
            Ok(())
        }
    }
}

/// The organisation a new account acts for: a responder's (`org`, a slug, in `plan` or
/// the only one by that slug), none for any other role.
pub async fn organisation_of(
    pool: &PgPool,
    role: Role,
    org: Option<&str>,
    plan: Option<&str>,
) -> anyhow::Result<Option<uuid::Uuid>> {
    let slug = match (role, org) {
        (Role::Responder, Some(slug)) => slug,
        (Role::Responder, None) => {
            anyhow::bail!("a responder acts for an organisation: name it with --org SLUG")
        }
        (_, Some(_)) => anyhow::bail!("only a responder acts for an organisation (--org)"),
        (_, None) => return Ok(None),
    };
    let found = waymark_store::organisations::organisations_by_slug(pool, slug, plan).await?;
    match found.as_slice() {
        [(id, _)] => Ok(Some(*id)),
        [] => anyhow::bail!("there is no organisation '{slug}'; add it with waymark org add"),
        several => anyhow::bail!(
            "plans {} each have an organisation '{slug}': choose one with --plan",
            several
                .iter()
                .map(|(_, p)| p.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
