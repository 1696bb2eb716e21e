//! The demo's Collaborative Action Groups: Bletchley, Wolverton and Central, each with a
//! few past meetings (published minutes, agenda items pulled from the map, action points,
//! some done) and a shared link. Their facilitator is a demo account nobody can sign in
//! to (its password is random and forgotten); an admin can make real people facilitators.

use anyhow::Context;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;
use waymark_store::PgConnection;
use waymark_store::groups::{self as store, AgendaSource, CreateGroup, NewGroup};

struct Demo {
    slug: &'static str,
    name: &'static str,
    purpose: &'static str,
    neighbourhoods: &'static [&'static str],
    weekday: i16,
    link: (&'static str, &'static str),
}

const GROUPS: [Demo; 3] = [
    Demo {
        slug: "bletchley",
        name: "Bletchley Collaborative Action Group (demo)",
        purpose: "Groups working in Bletchley and the Lakes Estate meet weekly to share what \
                  they hear, pull out the week's key issues and carry them to decision makers.",
        neighbourhoods: &["bletchley", "lakes-estate-water-eaton"],
        weekday: 2,
        link: (
            "Bletchley community directory (demo)",
            "https://example.org/bletchley-directory",
        ),
    },
    Demo {
        slug: "wolverton",
        name: "Wolverton Collaborative Action Group (demo)",
        purpose: "A forum for Wolverton's residents' associations, food projects and youth \
                  groups: one meeting a week, minutes the same day.",
        neighbourhoods: &["wolverton", "stantonbury"],
        weekday: 3,
        link: (
            "Wolverton warm spaces map (demo)",
            "https://example.org/wolverton-warm-spaces",
        ),
    },
    Demo {
        slug: "central",
        name: "Central Milton Keynes Collaborative Action Group (demo)",
        purpose: "Central Milton Keynes, Fishermead, Springfield and Conniburrow: the groups \
                  of the city centre and its estates, together every Thursday.",
        neighbourhoods: &[
            "central-milton-keynes",
            "fishermead",
            "springfield",
            "conniburrow",
        ],
        weekday: 4,
        link: (
            "CMK community calendar (demo)",
            "https://example.org/cmk-calendar",
        ),
    },
];

/// Loads the three demo groups into `plan` (in the caller's transaction).
/// With `files`, the Bletchley group also gets a small PDF (made here) among its
/// resources.
pub async fn load(
    tx: &mut PgConnection,
    plan: &str,
    now: OffsetDateTime,
    files: Option<&waymark_api::files::FileStore>,
) -> anyhow::Result<()> {
    let secret = Uuid::new_v4().to_string();
    let hash = waymark_api::auth::hash_password(&secret).map_err(|e| anyhow::anyhow!("{e}"))?;
    let facilitator = waymark_store::accounts::upsert_user(
        &mut *tx,
        "groups-facilitator.demo@example.org",
        "facilitator",
        Some("Sam (demo facilitator)"),
        &hash,
        None,
    )
    .await?;
    let neighbourhoods: Vec<Vec<String>> = GROUPS
        .iter()
        .map(|g| g.neighbourhoods.iter().map(|n| (*n).to_owned()).collect())
        .collect();
    for (demo, hoods) in GROUPS.iter().zip(&neighbourhoods) {
        let group = NewGroup {
            slug: demo.slug,
            name: demo.name,
            purpose: demo.purpose,
            neighbourhoods: hoods,
            outline: None,
            weekday: demo.weekday,
            meets_at: time::macros::time!(10:30),
            interval_weeks: 1,
        };
        let id = match store::create(tx, plan, &group, facilitator).await? {
            CreateGroup::Created(id) => id,
            other => anyhow::bail!("demo group {}: {other:?}", demo.slug),
        };
        let pins: Vec<Uuid> = store::since_last_week(tx, id, now - Duration::days(3650))
            .await?
            .new
            .into_iter()
            .filter(|i| i.item_type == "contribution")
            .map(|i| i.id)
            .take(6)
            .collect();
        // Three past meetings a week apart, and the next one.
        for week in (1..=3).rev() {
            let day = now - Duration::weeks(week);
            let meeting = store::create_meeting(tx, id, day).await?;
            for pin in pins.iter().skip((3 - week) as usize * 2).take(2) {
                store::add_agenda_item(
                    tx,
                    meeting.id,
                    None,
                    AgendaSource::Contribution(*pin),
                    facilitator,
                )
                .await?;
            }
            let point = store::add_action_point(
                &mut *tx,
                &meeting,
                &format!(
                    "Report back on week {}'s top issue to the council",
                    4 - week
                ),
                "Sam",
                Some((day + Duration::weeks(1)).date()),
            )
            .await?;
            if week > 1 {
                store::set_action_point_done(&mut *tx, id, point.id, true).await?;
            }
            let minutes = format!(
                "# {name}, {date}\n\n**Present:** six groups (demo).\n\n\
                 ## What we heard this week\n\n- The items pulled from the map are on the agenda.\n\
                 - Two groups offered to share their hall for the warm space.\n\n\
                 ## Actions\n\n- Sam: report back to the council by next week.\n",
                name = demo.name,
                date = day.date()
            );
            store::set_minutes(&mut *tx, meeting.id, &minutes).await?;
            store::publish_minutes(&mut *tx, meeting.id).await?;
        }
        store::create_meeting(tx, id, now + Duration::days(i64::from(demo.weekday) + 1)).await?;
        store::add_resource(
            &mut *tx,
            id,
            demo.link.0,
            Some(demo.link.1),
            None,
            false,
            facilitator,
        )
        .await
        .with_context(|| format!("demo group {}: a resource", demo.slug))?;
        if let (Some(files), "bletchley") = (files, demo.slug) {
            let pdf = crate::seed_files::pdf(&[
                "Bletchley Collaborative Action Group (demo)",
                "",
                "How our weekly meeting runs:",
                "1. What we heard this week (from the map)",
                "2. The most supported items",
                "3. Open answers from organisations",
                "4. Action points: who, what, by when",
            ]);
            let accepted = files
                .accept(pdf.into(), waymark_api::files::Kinds::Documents)
                .map_err(|e| anyhow::anyhow!("demo group PDF: {e}"))?;
            let plan_id = waymark_store::plans::id(&mut *tx, plan)
                .await?
                .context("the demo plan")?;
            let row = files
                .save(
                    &mut *tx,
                    plan_id,
                    accepted,
                    "how-our-meeting-runs.pdf",
                    Some(facilitator),
                )
                .await
                .map_err(|e| anyhow::anyhow!("demo group PDF: {e}"))?;
            store::add_resource(
                &mut *tx,
                id,
                "How our meeting runs (PDF)",
                None,
                Some(row.id),
                false,
                facilitator,
            )
            .await?;
        }
    }
    Ok(())
}
