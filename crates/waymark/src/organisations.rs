//! `waymark org`: a plan's organisations from the command line, through the same checks
//! as the admin API.

use clap::Subcommand;
use waymark_domain::outcome::OrganisationKind;
use waymark_store::PgPool;
use waymark_store::organisations::CreateOrganisation;

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Add an organisation to a plan; its responders then answer for it
    /// (`waymark user add --role responder --org SLUG`).
    #[command(
        after_help = "Example:\n  waymark org add --plan milton-keynes --name \"Milton Keynes City Council\" --kind council"
    )]
    Add {
        /// The plan's slug.
        #[arg(long)]
        plan: String,
        /// The name it signs its responses with.
        #[arg(long)]
        name: String,
        /// Its address in the plan; made from the name when absent.
        #[arg(long)]
        slug: Option<String>,
        /// council, housing, network_operator, community_group or other.
        #[arg(long, default_value = "other")]
        kind: String,
    },
}

/// Runs the command and returns what to tell the person at the terminal.
pub async fn run(pool: &PgPool, command: OrgCommand) -> anyhow::Result<String> {
    match command {
        OrgCommand::Add {
            plan,
            name,
            slug,
            kind,
        } => {
            let kind: OrganisationKind = kind.parse().map_err(|e| anyhow::anyhow!("{e}"))?;
            let (name, slug) = waymark_api::outcomes::organisation_fields(&name, slug.as_deref())
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let mut tx = pool.begin().await?;
            let row = match waymark_store::organisations::create_organisation(
                &mut tx,
                &plan,
                &slug,
                &name,
                kind.as_str(),
            )
            .await?
            {
                CreateOrganisation::Created(row) => row,
                CreateOrganisation::PlanNotFound => anyhow::bail!("there is no plan '{plan}'"),
                CreateOrganisation::SlugTaken => {
                    anyhow::bail!("the plan '{plan}' already has an organisation '{slug}'")
                }
            };
            waymark_store::moderation::audit(
                &mut *tx,
                &crate::plans::actor(),
                "organisation.create",
                "organisation",
                &row.id.to_string(),
                None,
                None,
                Some(serde_json::json!({
                    "plan": plan, "slug": row.slug, "name": row.name, "kind": row.kind,
                })),
            )
            .await?;
            tx.commit().await?;
            tracing::info!(%plan, slug = %row.slug, id = %row.id, "organisation added");
            Ok(format!(
                "Added the organisation '{}' ({}) to '{plan}'.\n",
                row.slug, row.name
            ))
        }
    }
}
