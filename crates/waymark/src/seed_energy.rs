//! The demo's neighbourhood energy plans (fixtures/milton-keynes/energy-plans.json):
//! one answered by the network operator and the council, one shared and waiting.

use std::collections::HashMap;

use anyhow::Context;
use serde::Deserialize;
use serde_json::Value;
use uuid::Uuid;
use waymark_store::PgConnection;
use waymark_store::energy_plans as store;

const ENERGY_PLANS: &str = include_str!("../../../fixtures/milton-keynes/energy-plans.json");

#[derive(Deserialize)]
struct Fixture {
    assumptions: Value,
    energy_plans: Vec<PlanFixture>,
}

#[derive(Deserialize)]
struct PlanFixture {
    title: String,
    group_name: String,
    neighbourhoods: Vec<String>,
    dfes_scenario: Option<String>,
    note: String,
    scenario: Value,
    answers: Option<AnswersFixture>,
}

#[derive(Deserialize)]
struct AnswersFixture {
    network: NetworkAnswer,
    #[serde(default)]
    network_by_substation: HashMap<String, NetworkAnswer>,
    laep: LaepAnswer,
}

#[derive(Deserialize)]
struct NetworkAnswer {
    verdict: String,
    cost_band: Option<String>,
    earliest_year: Option<i32>,
    note: String,
}

#[derive(Deserialize)]
struct LaepAnswer {
    verdict: String,
    note: String,
}

/// Loads the demo energy plans into the demo plan `plan` (its slug), each with the three
/// most supported voices of its area as the community's priorities.
pub async fn load(conn: &mut PgConnection, plan: &str) -> anyhow::Result<()> {
    let fixture: Fixture =
        serde_json::from_str(ENERGY_PLANS).context("reading energy-plans.json")?;
    store::set_assumptions(&mut *conn, plan, &fixture.assumptions).await?;
    for p in fixture.energy_plans {
        // The fixture's scenarios must be valid ones.
        serde_json::from_value::<waymark_domain::energy_plan::Scenario>(p.scenario.clone())
            .with_context(|| format!("the scenario of demo energy plan '{}'", p.title))?;
        let author = format!("seed:{}", p.group_name);
        let new = store::NewEnergyPlan {
            title: &p.title,
            group_name: &p.group_name,
            neighbourhoods: &p.neighbourhoods,
            area: None,
            scenario: &p.scenario,
            dfes_scenario: p.dfes_scenario.as_deref(),
        };
        let store::CreateOutcome::Created(id) =
            store::create(&mut *conn, plan, &new, &author).await?
        else {
            anyhow::bail!(
                "demo energy plan '{}' names an unknown neighbourhood",
                p.title
            );
        };
        let version = store::versions(&mut *conn, id)
            .await?
            .pop()
            .context("a new energy plan has a version")?;
        store::update_draft(
            &mut *conn,
            id,
            1,
            &p.scenario,
            p.dfes_scenario.as_deref(),
            &p.note,
        )
        .await?;
        let voices: Vec<Uuid> = store::voices(&mut *conn, id, 3)
            .await?
            .into_iter()
            .map(|v| v.id)
            .collect();
        store::set_priorities(&mut *conn, id, version.id, &voices).await?;
        store::share(&mut *conn, id, 1).await?;
        if let Some(answers) = p.answers {
            answer(conn, id, version.id, &answers).await?;
        }
    }
    Ok(())
}

/// The operator answers every substation the plan affects, and the council the LAEP.
async fn answer(
    conn: &mut PgConnection,
    id: Uuid,
    version: Uuid,
    answers: &AnswersFixture,
) -> anyhow::Result<()> {
    let substations = store::affected_substations(&mut *conn, id).await?;
    let names: HashMap<Uuid, String> = store::headroom(&mut *conn, &substations, None)
        .await?
        .into_iter()
        .map(|h| (h.id, h.name))
        .collect();
    for substation in &substations {
        let a = names
            .get(substation)
            .and_then(|name| answers.network_by_substation.get(name))
            .unwrap_or(&answers.network);
        store::answer_network(
            &mut *conn,
            version,
            &store::NewNetworkAnswer {
                substation: *substation,
                verdict: &a.verdict,
                cost_band: a.cost_band.as_deref(),
                earliest_year: a.earliest_year,
                note: &a.note,
            },
            "seed:DEMO Distribution",
        )
        .await?;
    }
    store::answer_laep(
        &mut *conn,
        version,
        &answers.laep.verdict,
        &answers.laep.note,
        "seed:Milton Keynes City Council (demo)",
    )
    .await?;
    let answered = store::mark_answered_when_complete(&mut *conn, version, &substations).await?;
    anyhow::ensure!(answered, "the demo energy plan is answered");
    Ok(())
}
