//! The demo's community energy projects (SYNTHETIC): the going-ahead proposal becomes a
//! project, beside groups' own projects at other stages, with updates, volunteer roles,
//! generation, a few champions (example.org addresses, not real people) and the learning
//! library's three modules, written for Milton Keynes residents.

use serde_json::json;
use sqlx::PgConnection;

/// A demo project: slug, title, technology, rooftop, kWp, homes, buildings, stage,
/// neighbourhood whose centre is its site, story.
type DemoProject = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    f64,
    i32,
    i32,
    &'static str,
    &'static str,
    &'static str,
);

const PROJECTS: [DemoProject; 3] = [
    (
        "fishermead-heat-pump-club",
        "Fishermead heat pump club",
        "heat_pump",
        false,
        0.0,
        14,
        14,
        "forming",
        "Fishermead",
        "Neighbours in Fishermead who want to swap gas boilers for heat pumps, and buy them \
         together to get a better price.",
    ),
    (
        "bletchley-rooftop-solar-share-offer",
        "Bletchley rooftop solar share offer",
        "solar_pv",
        true,
        150.0,
        0,
        2,
        "funding",
        "Bletchley",
        "Solar panels on two community buildings, paid for by local people buying shares.",
    ),
    (
        "springfield-centre-solar",
        "Springfield community centre solar",
        "solar_pv",
        true,
        45.0,
        0,
        1,
        "generating",
        "Springfield",
        "Panels on the community centre roof since spring: the centre's bills are lower and \
         the money saved pays for youth sessions.",
    ),
];

const STAGES: [&str; 5] = [
    "forming",
    "feasibility",
    "funding",
    "building",
    "generating",
];

/// A module: slug, title, checklist step, Markdown, one quiz question with its options
/// and the right one.
type DemoModule = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    [&'static str; 3],
    usize,
);

/// The three modules.
const MODULES: [DemoModule; 3] = [
    (
        "what-is-community-energy",
        "What is community energy?",
        "form_group",
        "Community energy is energy that **local people own and run together**: solar panels \
         on a school, a shared battery, or neighbours buying heat pumps as a group.\n\n\
         In Milton Keynes, groups such as Wolverton Community Energy already do this. Any \
         money the project makes stays in the area.\n\n\
         To start, you need a few neighbours who want to help. You do not need to be an \
         expert: a champion can help you with the first steps.",
        "Who owns a community energy project?",
        [
            "A big energy company",
            "Local people, together",
            "The council only",
        ],
        1,
    ),
    (
        "finding-a-site",
        "Finding a site",
        "find_site",
        "A good site is a **large, strong roof** facing south, east or west, or a piece of \
         land no one else needs. Schools, community centres, churches and flats often have \
         roofs like this.\n\n\
         Ask who owns the building first. Then check the network: Waymark's network screen \
         shows if the local substation has room for what you want to connect.",
        "What should you ask first about a roof?",
        [
            "Who owns the building",
            "What colour it is",
            "How old the street is",
        ],
        0,
    ),
    (
        "paying-for-it",
        "Paying for it",
        "funding",
        "Most community projects are paid for by a mix of **grants**, a **loan** and a \
         **share offer**: local people buy shares, often from £50, and get a small return \
         each year.\n\n\
         MK Community Foundation and national funds give grants for early studies. Start \
         small: one roof that works is the best advert for the next one.",
        "What is a share offer?",
        [
            "A free gift",
            "Local people buying shares in the project",
            "A type of loan",
        ],
        1,
    ),
];

pub async fn load(tx: &mut PgConnection, plan: &str) -> Result<(), sqlx::Error> {
    let plan_id = crate::plans::id(&mut *tx, plan)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    // The proposal that went ahead is being built now.
    let from_proposal: Vec<uuid::Uuid> = sqlx::query_scalar(
        "INSERT INTO projects (plan_id, slug, proposal_id, title, story, technology, rooftop,
                               site, kwp, buildings_served, stage)
         SELECT plan_id, 'wolverton-community-solar', id, title, left(description, 8000),
                technology, true, site, least(capacity_kw, 1000), 3, 'building'
           FROM proposals WHERE plan_id = $1 AND status = 'going_ahead'
         RETURNING id",
    )
    .bind(plan_id)
    .fetch_all(&mut *tx)
    .await?;
    let mut ids = Vec::new();
    for id in from_proposal {
        ids.push((id, "building"));
    }
    for (slug, title, technology, rooftop, kwp, homes, buildings, stage, place, story) in PROJECTS {
        let id: uuid::Uuid = sqlx::query_scalar(
            "INSERT INTO projects (plan_id, slug, title, story, technology, rooftop, site, kwp,
                                   homes_served, buildings_served, stage)
             SELECT $1, $2, $3, $4, $5, $6, n.centre, NULLIF($7, 0), $8, $9, $10
               FROM neighbourhoods n WHERE n.plan_id = $1 AND n.name = $11
             RETURNING id",
        )
        .bind(plan_id)
        .bind(slug)
        .bind(title)
        .bind(story)
        .bind(technology)
        .bind(rooftop)
        .bind(kwp)
        .bind(homes)
        .bind(buildings)
        .bind(stage)
        .bind(place)
        .fetch_one(&mut *tx)
        .await?;
        ids.push((id, stage));
    }
    for (id, stage) in &ids {
        let reached = STAGES.iter().position(|s| s == stage).unwrap_or(0);
        for (i, to) in STAGES[..=reached].iter().enumerate() {
            sqlx::query(
                "INSERT INTO project_stage_moves (project_id, from_stage, to_stage, at)
                 VALUES ($1, $2, $3, now() - make_interval(days => $4))",
            )
            .bind(id)
            .bind(i.checked_sub(1).map(|p| STAGES[p]))
            .bind(to)
            .bind(((reached - i) * 60 + 5) as i32)
            .execute(&mut *tx)
            .await?;
        }
        let steps = [
            "form_group",
            "find_site",
            "check_network",
            "legal_form",
            "funding",
        ];
        for step in &steps[..(reached + 1).min(steps.len())] {
            sqlx::query("INSERT INTO project_checklist (project_id, step) VALUES ($1, $2)")
                .bind(id)
                .bind(step)
                .execute(&mut *tx)
                .await?;
        }
        for (days, text) in [
            (
                40,
                "We met at the community centre: fourteen people came, and tea was drunk.",
            ),
            (
                12,
                "Thank you to everyone who filled in the survey. The results are on the way.",
            ),
        ] {
            sqlx::query(
                "INSERT INTO project_updates (project_id, posted_on, text)
                 VALUES ($1, current_date - $2, $3)",
            )
            .bind(id)
            .bind(days)
            .bind(text)
            .execute(&mut *tx)
            .await?;
        }
        for (title, description) in [
            (
                "Door-knocker for the share offer",
                "Two evenings a month, with a partner: tell neighbours about the project.",
            ),
            (
                "Roof surveyor",
                "Help check roofs with our engineer; a head for heights helps.",
            ),
        ] {
            sqlx::query(
                "INSERT INTO volunteer_roles (project_id, title, description) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(title)
            .bind(description)
            .execute(&mut *tx)
            .await?;
        }
        if *stage == "generating" {
            sqlx::query(
                "INSERT INTO project_generation (project_id, month, kwh, source)
                 SELECT $1, date_trunc('month', now())::date - make_interval(months => m),
                        round((3000 + 1500 * sin(m))::numeric, 1)::float8, 'imported'
                   FROM generate_series(1, 6) AS m",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
    }
    for (name, email, covers, topics) in [
        (
            "Fatima (demo)",
            "fatima.champion@example.org",
            ["Fishermead", "Springfield"],
            ["solar", "bills"],
        ),
        (
            "Bill (demo)",
            "bill.champion@example.org",
            ["Bletchley", "Lakes Estate (Water Eaton)"],
            ["insulation", "digital"],
        ),
        (
            "Grace (demo)",
            "grace.champion@example.org",
            ["Wolverton", "Stantonbury"],
            ["forming_a_group", "funding"],
        ),
    ] {
        let champion: uuid::Uuid = sqlx::query_scalar(
            "INSERT INTO champions (plan_id, email, display_name, can_help_with, training)
             VALUES ($1, $2, $3, $4, 'Community energy champion course (demo)') RETURNING id",
        )
        .bind(plan_id)
        .bind(email)
        .bind(name)
        .bind(topics.to_vec())
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO champion_neighbourhoods (champion_id, neighbourhood_id)
             SELECT $1, id FROM neighbourhoods WHERE plan_id = $2 AND name = ANY($3)",
        )
        .bind(champion)
        .bind(plan_id)
        .bind(covers.to_vec())
        .execute(&mut *tx)
        .await?;
    }
    for (position, (slug, title, step, body, question, options, answer)) in
        MODULES.iter().enumerate()
    {
        let quiz = json!([{ "question": question, "options": options, "answer": answer }]);
        sqlx::query(
            "INSERT INTO learning_modules (plan_id, slug, title, body_md, quiz, step, position)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(plan_id)
        .bind(slug)
        .bind(title)
        .bind(body)
        .bind(quiz)
        .bind(step)
        .bind(position as i32)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// The demo project `slug`'s newest update, as (project, update), for the seed to put a
/// photo on.
pub async fn newest_update(
    conn: &mut PgConnection,
    plan_id: uuid::Uuid,
    slug: &str,
) -> Result<Option<(uuid::Uuid, uuid::Uuid)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, u.id FROM projects p JOIN project_updates u ON u.project_id = p.id
          WHERE p.plan_id = $1 AND p.slug = $2
          ORDER BY u.posted_on DESC, u.created_at DESC LIMIT 1",
    )
    .bind(plan_id)
    .bind(slug)
    .fetch_optional(conn)
    .await
}
