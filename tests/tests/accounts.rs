//! Accounts, roles, moderation, audit, abuse limits and cross-site protection.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use reqwest::Client;
use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_domain::auth::decide;
use waymark_domain::{Action, Decision, Role};
use waymark_tests::{PASSWORD, RESPONDERS, TestApp, feature, osm_town_xml, visitor};

/// A fresh contribution by someone else, so each request acts on its own target.
async fn someone_elses_pin(app: &TestApp) -> String {
    let created: Value = app
        .post_feature(&visitor(), &feature("Someone else's pin"))
        .await
        .json()
        .await
        .unwrap();
    created["id"].as_str().unwrap().to_owned()
}

async fn send(client: &Client, method: &str, url: String, body: Option<Value>) -> u16 {
    let mut request = client.request(method.parse().unwrap(), &url);
    if let Some(body) = body {
        // A boundary file is uploaded as itself, not as a JSON document.
        let content_type = if method == "PUT" && url.ends_with("/neighbourhoods") {
            "application/geo+json"
        } else {
            "application/json"
        };
        request = request
            .header("content-type", content_type)
            .body(body.to_string());
    }
    request.send().await.unwrap().status().as_u16()
}

/// Who may use a write or moderation route.
#[derive(Debug, Clone, Copy)]
enum Guard {
    /// The route asks the policy table whether the role may do this.
    Policy(Action),
    /// Anyone, signed in or not: signing in and out, following a place, a pin or a
    /// commitment by e-mail.
    Anyone,
    /// Only the contribution's author; the test always aims at someone else's pin.
    AuthorOnly,
    /// Anyone may try; only the token of a mailed link decides, so a made-up one is a
    /// 422 for every role, never a 401 or 403.
    MailedToken,
    /// As `MailedToken`, for a link that reveals nothing: a made-up one is a 404.
    OneTimeLink,
    /// As `OneTimeLink`, for the key a write hands out to answer "about you": a made-up
    /// one is a 404 `about_you_key_not_found`.
    OneTimeKey,
    /// Whoever shows what ties data to them: an account, a visitor cookie or an address
    /// proved by a link (someone without an account comes here with none of them).
    Proof,
    /// A group's members or facilitators (the site's admins too); the asker is never a
    /// member of the group the test aims at, so only admins pass.
    GroupOnly,
    /// As `GroupOnly`, and the site's moderators moderate a group's threads too.
    GroupModeration,
    /// Only the member themself, not even an admin.
    OwnMembership,
}

/// Every write and moderation route under /api/v1 and what guards it. Each operation in
/// /openapi.json that writes, is tagged `moderation`, or documents a 401 or 403 must be
/// listed here, so a new route fails the test until its guard is written down.
const ROUTES: &[(&str, &str, Guard)] = {
    use Action::*;
    use Guard::*;
    &[
        ("POST", "/api/v1/auth/login", Anyone),
        ("GET", "/api/v1/me", Policy(ManageOwnAccount)),
        ("GET", "/api/v1/auth/tokens", Policy(ManageOwnAccount)),
        ("POST", "/api/v1/auth/tokens", Policy(ManageOwnAccount)),
        (
            "DELETE",
            "/api/v1/auth/tokens/{id}",
            Policy(ManageOwnAccount),
        ),
        (
            "POST",
            "/api/v1/plans/{plan}/contributions",
            Policy(Contribute),
        ),
        ("PATCH", "/api/v1/contributions/{id}", AuthorOnly),
        ("DELETE", "/api/v1/contributions/{id}", AuthorOnly),
        (
            "POST",
            "/api/v1/contributions/{id}/replies",
            Policy(Contribute),
        ),
        (
            "PUT",
            "/api/v1/contributions/{id}/support",
            Policy(Contribute),
        ),
        (
            "DELETE",
            "/api/v1/contributions/{id}/support",
            Policy(Contribute),
        ),
        (
            "POST",
            "/api/v1/contributions/{id}/flags",
            Policy(Contribute),
        ),
        (
            "POST",
            "/api/v1/plans/{plan}/conversations",
            Policy(RecordConversations),
        ),
        (
            "GET",
            "/api/v1/contributions/{id}/featured",
            Policy(RecordConversations),
        ),
        (
            "PUT",
            "/api/v1/contributions/{id}/featured",
            Policy(RecordConversations),
        ),
        (
            "DELETE",
            "/api/v1/contributions/{id}/featured",
            Policy(RecordConversations),
        ),
        (
            "POST",
            "/api/v1/contributions/{id}/moderation",
            Policy(Moderate),
        ),
        (
            "GET",
            "/api/v1/moderation/queue",
            Policy(ReviewContributions),
        ),
        (
            "GET",
            "/api/v1/moderation/group-posts",
            Policy(ReviewContributions),
        ),
        (
            "GET",
            "/api/v1/contributions/{id}/history",
            Policy(ReviewContributions),
        ),
        ("GET", "/api/v1/audit", Policy(ReadAudit)),
        ("GET", "/api/v1/users", Policy(ManageUsers)),
        ("PATCH", "/api/v1/users/{id}", Policy(ManageUsers)),
        ("GET", "/api/v1/plans/{plan}/basemap", Policy(ManagePlan)),
        (
            "PUT",
            "/api/v1/plans/{plan}/basemap/osm",
            Policy(ManagePlan),
        ),
        ("PUT", "/api/v1/plans/{plan}/basemap", Policy(ManagePlan)),
        ("PATCH", "/api/v1/plans/{plan}", Policy(ManagePlan)),
        ("POST", "/api/v1/plans", Policy(ManagePlan)),
        (
            "POST",
            "/api/v1/plans/{plan}/proposals",
            Policy(ManageOwnAccount),
        ),
        // Someone else's proposal: only the network operator's part is left.
        (
            "POST",
            "/api/v1/proposals/{id}/transitions",
            Policy(AnswerProposals),
        ),
        (
            "POST",
            "/api/v1/proposals/{id}/responses",
            Policy(AnswerProposals),
        ),
        // Community energy projects. Finding champions first: a resident who starts a
        // project below may then find them as its team.
        (
            "GET",
            "/api/v1/plans/{plan}/champions",
            Policy(FindChampions),
        ),
        (
            "POST",
            "/api/v1/plans/{plan}/projects",
            Policy(ManageOwnAccount),
        ),
        // Someone else's proposal: only its group turns it into a project.
        ("POST", "/api/v1/proposals/{id}/project", AuthorOnly),
        // Someone else's project: only its team, and admins.
        ("PATCH", "/api/v1/projects/{id}", Policy(ManagePlan)),
        ("POST", "/api/v1/projects/{id}/stage", Policy(ManagePlan)),
        ("POST", "/api/v1/projects/{id}/team", Policy(ManagePlan)),
        (
            "POST",
            "/api/v1/projects/{id}/milestones",
            Policy(ManagePlan),
        ),
        ("POST", "/api/v1/projects/{id}/updates", Policy(ManagePlan)),
        (
            "PUT",
            "/api/v1/projects/{id}/generation",
            Policy(ManagePlan),
        ),
        (
            "POST",
            "/api/v1/projects/{id}/generation/import",
            Policy(ManagePlan),
        ),
        (
            "PUT",
            "/api/v1/projects/{id}/checklist/{step}",
            Policy(ManagePlan),
        ),
        ("POST", "/api/v1/projects/{id}/roles", Policy(ManagePlan)),
        (
            "POST",
            "/api/v1/projects/{id}/updates/{update}/photo",
            Policy(ManagePlan),
        ),
        (
            "POST",
            "/api/v1/projects/{id}/documents",
            Policy(ManagePlan),
        ),
        (
            "GET",
            "/api/v1/projects/{id}/volunteers",
            Policy(ManagePlan),
        ),
        (
            "GET",
            "/api/v1/projects/{id}/volunteers.csv",
            Policy(ManagePlan),
        ),
        (
            "POST",
            "/api/v1/projects/{id}/roles/{role}/volunteers",
            Anyone,
        ),
        (
            "POST",
            "/api/v1/projects/{id}/followers",
            Policy(ManageOwnAccount),
        ),
        (
            "PUT",
            "/api/v1/plans/{plan}/champions/me",
            Policy(ManageOwnAccount),
        ),
        (
            "PUT",
            "/api/v1/plans/{plan}/library/{slug}",
            Policy(ManagePlan),
        ),
        (
            "POST",
            "/api/v1/plans/{plan}/library/{slug}/completion",
            Policy(ManageOwnAccount),
        ),
        ("POST", "/api/v1/contributions/{id}/help", Anyone),
        (
            "POST",
            "/api/v1/plans/{plan}/energy-plans",
            Policy(ManageOwnAccount),
        ),
        // Someone else's energy plan, shared: only its group may change it or go on.
        (
            "PUT",
            "/api/v1/energy-plans/{id}/versions/{number}",
            AuthorOnly,
        ),
        (
            "POST",
            "/api/v1/energy-plans/{id}/versions/{number}/share",
            AuthorOnly,
        ),
        ("POST", "/api/v1/energy-plans/{id}/versions", AuthorOnly),
        // Working a scenario out saves nothing: anyone who may see the plan may.
        ("POST", "/api/v1/energy-plans/{id}/impact", Anyone),
        (
            "PUT",
            "/api/v1/energy-plans/{id}/versions/{number}/answers/network/{substation}",
            Policy(AnswerProposals),
        ),
        (
            "PUT",
            "/api/v1/energy-plans/{id}/versions/{number}/answers/laep",
            Policy(AnswerForLaep),
        ),
        (
            "PUT",
            "/api/v1/plans/{plan}/energy-assumptions",
            Policy(ManagePlan),
        ),
        (
            "POST",
            "/api/v1/plans/{plan}/workshops",
            Policy(RunWorkshops),
        ),
        ("PATCH", "/api/v1/workshops/{code}", Policy(RunWorkshops)),
        (
            "GET",
            "/api/v1/workshops/{code}/held",
            Policy(CheckWorkshopPins),
        ),
        (
            "POST",
            "/api/v1/workshops/{code}/held/{id}",
            Policy(CheckWorkshopPins),
        ),
        ("POST", "/api/v1/plans/{plan}/subscriptions", Anyone),
        // Hearing back: anyone may follow a pin or a commitment by e-mail.
        ("POST", "/api/v1/contributions/{id}/followers", Anyone),
        ("POST", "/api/v1/commitments/{id}/followers", Anyone),
        ("POST", "/api/v1/auth/signup", Anyone),
        ("POST", "/api/v1/auth/signup/confirm", MailedToken),
        ("POST", "/api/v1/auth/password-reset", Anyone),
        ("POST", "/api/v1/auth/password-reset/confirm", MailedToken),
        ("POST", "/api/v1/auth/email-change/confirm", MailedToken),
        ("PATCH", "/api/v1/me", Policy(ManageOwnAccount)),
        (
            "POST",
            "/api/v1/plans/{plan}/organisations",
            Policy(ManageOrganisations),
        ),
        (
            "PUT",
            "/api/v1/organisations/{id}/responders/{user_id}",
            Policy(ManageOrganisations),
        ),
        // Signed as the test responders' organisation, over the plan's open pins (the
        // routes above have just made some).
        ("POST", "/api/v1/plans/{plan}/responses", Policy(Respond)),
        // A commitment of the test responders' organisation.
        ("POST", "/api/v1/responses/{id}/updates", Policy(Respond)),
        // Who's missing: participation against population, staff only.
        (
            "GET",
            "/api/v1/plans/{plan}/participation",
            Policy(ViewParticipation),
        ),
        // Near the end: it replaces the plan's neighbourhoods, which routes above name.
        (
            "PUT",
            "/api/v1/plans/{plan}/neighbourhoods",
            Policy(ManagePlan),
        ),
        // Your data: asking for a link, using a made-up one, reading one's own.
        ("POST", "/api/v1/me/link", Anyone),
        ("POST", "/api/v1/me/link/confirm", OneTimeLink),
        // "About you": only the one-time key a write handed out decides.
        ("POST", "/api/v1/about-you", OneTimeKey),
        ("GET", "/api/v1/me/data", Proof),
        ("GET", "/api/v1/me/data/export", Proof),
        ("DELETE", "/api/v1/me/contributions/{id}", AuthorOnly),
        (
            "GET",
            "/api/v1/plans/{plan}/data-requests",
            Policy(AnswerDataRequests),
        ),
        (
            "POST",
            "/api/v1/plans/{plan}/data-requests/export",
            Policy(AnswerDataRequests),
        ),
        (
            "POST",
            "/api/v1/plans/{plan}/data-requests/erase",
            Policy(AnswerDataRequests),
        ),
        (
            "PUT",
            "/api/v1/plans/{plan}/data-officers/{user_id}",
            Policy(ManageUsers),
        ),
        ("POST", "/api/v1/plans/{plan}/groups", Policy(CreateGroups)),
        ("GET", "/api/v1/groups/{id}/members", GroupOnly),
        (
            "PUT",
            "/api/v1/groups/{id}/membership",
            Policy(ManageOwnAccount),
        ),
        (
            "DELETE",
            "/api/v1/groups/{id}/membership",
            Policy(ManageOwnAccount),
        ),
        ("PUT", "/api/v1/groups/{id}/members/{user_id}", GroupOnly),
        ("DELETE", "/api/v1/groups/{id}/members/{user_id}", GroupOnly),
        ("PUT", "/api/v1/groups/{id}/thread-digest", OwnMembership),
        ("POST", "/api/v1/groups/{id}/meetings", GroupOnly),
        (
            "GET",
            "/api/v1/groups/{id}/meetings/{meeting_id}",
            GroupOnly,
        ),
        (
            "GET",
            "/api/v1/groups/{id}/meetings/{meeting_id}/since-last-week",
            GroupOnly,
        ),
        (
            "POST",
            "/api/v1/groups/{id}/meetings/{meeting_id}/agenda",
            GroupOnly,
        ),
        (
            "POST",
            "/api/v1/groups/{id}/meetings/{meeting_id}/agenda/{item_id}/raise",
            GroupOnly,
        ),
        (
            "PUT",
            "/api/v1/groups/{id}/meetings/{meeting_id}/minutes",
            GroupOnly,
        ),
        (
            "PUT",
            "/api/v1/groups/{id}/meetings/{meeting_id}/attendance",
            GroupOnly,
        ),
        (
            "POST",
            "/api/v1/groups/{id}/meetings/{meeting_id}/action-points",
            GroupOnly,
        ),
        (
            "PUT",
            "/api/v1/groups/{id}/action-points/{point_id}/done",
            GroupOnly,
        ),
        (
            "POST",
            "/api/v1/groups/{id}/meetings/{meeting_id}/publish",
            GroupOnly,
        ),
        ("GET", "/api/v1/groups/{id}/threads", GroupOnly),
        ("POST", "/api/v1/groups/{id}/threads", GroupOnly),
        ("GET", "/api/v1/groups/{id}/threads/{thread_id}", GroupOnly),
        (
            "POST",
            "/api/v1/groups/{id}/threads/{thread_id}/replies",
            GroupOnly,
        ),
        (
            "POST",
            "/api/v1/groups/{id}/posts/{post_id}/flags",
            GroupOnly,
        ),
        (
            "POST",
            "/api/v1/groups/{id}/posts/{post_id}/moderation",
            GroupModeration,
        ),
        ("POST", "/api/v1/groups/{id}/resources", GroupOnly),
        ("POST", "/api/v1/groups/{id}/files", GroupOnly),
        (
            "GET",
            "/api/v1/groups/{id}/resources/{resource_id}/file",
            GroupOnly,
        ),
        (
            "GET",
            "/api/v1/organisations/{id}/raised-items",
            Policy(Respond),
        ),
        // Erasing one's data deletes one's account: last but the sign-out.
        ("DELETE", "/api/v1/me/data", Proof),
        // Last for each role: it ends the session.
        ("POST", "/api/v1/auth/logout", Anyone),
    ]
};

/// What `role` gets on a route with `guard`, by the policy table.
fn expected(guard: Guard, role: Option<Role>) -> Decision {
    match guard {
        Guard::Policy(action) => decide(role, action, true),
        Guard::Anyone => Decision::Allow,
        Guard::AuthorOnly if role.is_none() => Decision::SignInRequired,
        Guard::AuthorOnly => Decision::Forbidden,
        Guard::MailedToken | Guard::OneTimeLink | Guard::OneTimeKey => Decision::Allow,
        Guard::Proof if role.is_none() => Decision::SignInRequired,
        Guard::Proof => Decision::Allow,
        Guard::GroupOnly | Guard::GroupModeration | Guard::OwnMembership if role.is_none() => {
            Decision::SignInRequired
        }
        Guard::GroupOnly if role == Some(Role::Admin) => Decision::Allow,
        Guard::GroupModeration if matches!(role, Some(Role::Admin | Role::Moderator)) => {
            Decision::Allow
        }
        Guard::GroupOnly | Guard::GroupModeration | Guard::OwnMembership => Decision::Forbidden,
    }
}

/// The write and moderation routes of /openapi.json that are not in ROUTES, and the
/// routes of ROUTES that are not in /openapi.json.
fn compare_with_the_document(spec: &Value) -> Vec<String> {
    let listed: BTreeSet<String> = ROUTES.iter().map(|(m, p, _)| format!("{m} {p}")).collect();
    let mut documented = BTreeSet::new();
    let mut problems = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for method in ["get", "put", "post", "delete", "patch"] {
            let operation = &item[method];
            if !operation.is_object() {
                continue;
            }
            let route = format!("{} {path}", method.to_uppercase());
            let responses = &operation["responses"];
            // A read that needs an account documents its own 401 or 403; the 401 every
            // operation refers to (a bearer token that is not valid) guards nothing.
            let guarded = method != "get"
                || (responses["401"].is_object() && responses["401"]["$ref"].is_null())
                || responses["403"].is_object()
                || operation["tags"]
                    .as_array()
                    .is_some_and(|tags| tags.iter().any(|t| t == "moderation"));
            if guarded && !listed.contains(&route) {
                problems.push(format!(
                    "{route} is a write or moderation route in /openapi.json but not in ROUTES: \
                     add it with the action that guards it"
                ));
            }
            documented.insert(route);
        }
    }
    for route in listed.difference(&documented) {
        problems.push(format!("{route} is in ROUTES but not in /openapi.json"));
    }
    problems
}

/// A role's client (a new visitor per request for someone without an account) and the
/// e-mail it signs in with.
struct Asker {
    role: Option<Role>,
    client: Client,
    email: String,
}

impl Asker {
    async fn new(app: &TestApp, role: Option<Role>) -> Self {
        // Someone without an account signs in (on the login route) as a new resident.
        let email = app
            .create_user(role.unwrap_or(Role::Resident).as_str())
            .await;
        let client = visitor();
        if role.is_some() {
            let (status, body) = app
                .post_json_as(
                    &client,
                    "/api/v1/auth/login",
                    &json!({ "email": email, "password": PASSWORD }),
                )
                .await;
            assert_eq!(status, 200, "sign-in as {role:?}: {body}");
        }
        Self {
            role,
            client,
            email,
        }
    }

    /// The client for one request: someone without an account comes without any
    /// identity, not even a visitor cookie.
    fn client(&self) -> Client {
        match self.role {
            Some(_) => self.client.clone(),
            None => visitor(),
        }
    }
}

/// The people who own what the routes act on: pins, proposals and workshops that are
/// someone else's.
struct Others {
    proposer: Client,
    facilitator: Client,
    admin: Client,
    /// A conversation a mobiliser recorded on a resident's behalf, for data requests.
    recorded: String,
    /// The organisation responders act for, which groups raise agenda items to.
    organisation: uuid::Uuid,
}

impl Others {
    async fn new(app: &TestApp) -> Self {
        // The organisation responses are signed as, there before any role asks.
        let organisation = app.organisation(RESPONDERS).await;
        let mobiliser = app.signed_in("mobiliser").await;
        let mut conversation = feature("Heard at the door for a data request");
        let properties = &mut conversation["properties"];
        properties["on_behalf_of"] = json!("Mrs Okafor, flat 3");
        properties["channel"] = json!("door_step");
        properties["conversation_date"] = json!("2026-01-15");
        properties["consent"] = json!("internal");
        let recorded = app
            .post_ok(
                &mobiliser,
                "/api/v1/plans/milton-keynes/conversations",
                &conversation,
            )
            .await["id"]
            .as_str()
            .expect("an id")
            .to_owned();
        Self {
            proposer: app.signed_in("resident").await,
            facilitator: app.signed_in("facilitator").await,
            admin: app.signed_in("admin").await,
            recorded,
            organisation,
        }
    }

    /// `template` with each parameter naming a fresh target for `asker`.
    async fn target(&self, app: &TestApp, template: &str, asker: &Asker) -> String {
        let mut path = template.replace("{plan}", "milton-keynes");
        if template.starts_with("/api/v1/contributions/{id}")
            || template.starts_with("/api/v1/me/contributions/{id}")
        {
            path = path.replace("{id}", &someone_elses_pin(app).await);
        } else if template.starts_with("/api/v1/proposals/{id}") {
            let proposal = app
                .post_ok(
                    &self.proposer,
                    "/api/v1/plans/milton-keynes/proposals",
                    &json!({
                        "title": "Someone else's solar roof", "technology": "solar_pv",
                        "capacity_kw": 10, "export_kw": 10, "group_name": "Another group",
                        "site": { "type": "Point", "coordinates": [-0.749, 52.035] }
                    }),
                )
                .await;
            path = path.replace("{id}", proposal["id"].as_str().expect("an id"));
        } else if template.starts_with("/api/v1/projects/{id}") {
            let project = app
                .post_ok(
                    &self.proposer,
                    "/api/v1/plans/milton-keynes/projects",
                    &json!({
                        "title": "Someone else's project", "technology": "efficiency",
                        "site": { "type": "Point", "coordinates": [-0.749, 52.035] }
                    }),
                )
                .await;
            let id = project["id"].as_str().expect("an id");
            path = path.replace("{id}", id).replace("{step}", "find_site");
            if path.contains("{update}") {
                let update = app
                    .post_ok(
                        &self.proposer,
                        &format!("/api/v1/projects/{id}/updates"),
                        &json!({ "text": "Role check" }),
                    )
                    .await;
                path = path.replace("{update}", update["id"].as_str().expect("an id"));
            }
            if path.ends_with("/documents") {
                path.push_str("?title=Role%20check");
            }
            if path.contains("{role}") {
                let role = app
                    .post_ok(
                        &self.proposer,
                        &format!("/api/v1/projects/{id}/roles"),
                        &json!({ "title": "Leaflets" }),
                    )
                    .await;
                path = path.replace("{role}", role["id"].as_str().expect("an id"));
            }
        } else if template.contains("/library/{slug}") {
            let module = admin_module();
            let written = self
                .admin
                .put(app.url("/api/v1/plans/milton-keynes/library/role-check"))
                .json(&module)
                .send()
                .await
                .unwrap();
            assert_eq!(written.status(), 204);
            path = path.replace("{slug}", "role-check");
        } else if template.starts_with("/api/v1/energy-plans/{id}") {
            let (id, substation) = someone_elses_shared_energy_plan(app, &self.proposer).await;
            path = path
                .replace("{id}", &id)
                .replace("{number}", "1")
                .replace("{substation}", &substation);
        } else if template.starts_with("/api/v1/users/{id}") {
            // Someone else's account: admins may not change their own.
            let email = app.create_user("resident").await;
            let id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
                .bind(&email)
                .fetch_one(&app.pool)
                .await
                .expect("the account");
            path = path.replace("{id}", &id.to_string());
        } else if template.ends_with("/raised-items") {
            path = path.replace("{id}", &self.organisation.to_string());
        } else if template.starts_with("/api/v1/groups/{id}") {
            path = self.group_target(app, &path).await;
        } else if template.starts_with("/api/v1/organisations/{id}") {
            // Someone else's account, made a responder of an organisation of the plan.
            let email = app.create_user("resident").await;
            let user: uuid::Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
                .bind(&email)
                .fetch_one(&app.pool)
                .await
                .expect("the user");
            let organisation = app.organisation("role-check").await;
            path = path
                .replace("{id}", &organisation.to_string())
                .replace("{user_id}", &user.to_string());
        } else if template.starts_with("/api/v1/responses/{id}")
            || template.starts_with("/api/v1/commitments/{id}")
        {
            let commitment = app
                .post_ok(
                    &self.admin,
                    "/api/v1/plans/milton-keynes/responses",
                    &json!({
                        "organisation": RESPONDERS,
                        "selection": { "ids": [someone_elses_pin(app).await] },
                        "status": "planned", "expected_month": "2027-03",
                        "response": "We will light it.", "title": "Lighting a role check",
                    }),
                )
                .await;
            path = path.replace("{id}", commitment["id"].as_str().expect("an id"));
        } else if template.ends_with("/data-officers/{user_id}") {
            // Someone else's account.
            let email = app.create_user("resident").await;
            let id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
                .bind(&email)
                .fetch_one(&app.pool)
                .await
                .expect("the account");
            path = path.replace("{user_id}", &id.to_string());
        } else if template.ends_with("/data-requests") {
            path.push_str("?name=Okafor");
        } else if template.starts_with("/api/v1/auth/tokens/{id}") {
            // One's own token; someone without an account has none.
            let id = match asker.role {
                Some(_) => app
                    .post_ok(
                        &asker.client,
                        "/api/v1/auth/tokens",
                        &json!({ "name": "to revoke" }),
                    )
                    .await["id"]
                    .as_str()
                    .expect("an id")
                    .to_owned(),
                None => uuid::Uuid::new_v4().to_string(),
            };
            path = path.replace("{id}", &id);
        } else if template.starts_with("/api/v1/workshops/{code}") {
            // One's own workshop where the role may run one, else someone else's.
            let may_run = decide(asker.role, Action::RunWorkshops, true) == Decision::Allow;
            let owner = if may_run {
                &asker.client
            } else {
                &self.facilitator
            };
            let workshop = app
                .post_ok(
                    owner,
                    "/api/v1/plans/milton-keynes/workshops",
                    &json!({ "title": "Role check" }),
                )
                .await;
            let code = workshop["code"].as_str().expect("a code");
            path = path.replace("{code}", code);
            if path.contains("{id}") {
                // A pin held in that workshop, which checks pins before they show.
                let checked = owner
                    .patch(app.url(&format!("/api/v1/workshops/{code}")))
                    .json(&json!({ "moderation": "pre" }))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(checked.status(), 200);
                let mut pin = feature("Held in a role check");
                pin["properties"]["workshop"] = json!(code);
                let held: Value = app
                    .post_feature(&visitor(), &pin)
                    .await
                    .json()
                    .await
                    .unwrap();
                path = path.replace("{id}", held["id"].as_str().expect("an id"));
            }
        }
        assert!(
            !path.contains('{'),
            "no target for {template}: teach Others::target to make one"
        );
        path
    }
}

impl Others {
    /// `path` aimed at a fresh group of someone else's, with a meeting, an agenda item,
    /// an action point, a thread and a join request.
    async fn group_target(&self, app: &TestApp, path: &str) -> String {
        let group = app
            .post_ok(
                &self.facilitator,
                "/api/v1/plans/milton-keynes/groups",
                &role_check_group(),
            )
            .await["id"]
            .as_str()
            .expect("an id")
            .to_owned();
        let base = format!("/api/v1/groups/{group}");
        let meeting = app
            .post_ok(&self.facilitator, &format!("{base}/meetings"), &json!({}))
            .await["id"]
            .as_str()
            .expect("an id")
            .to_owned();
        let item = app
            .post_ok(
                &self.facilitator,
                &format!("{base}/meetings/{meeting}/agenda"),
                &json!({ "text": "Role check" }),
            )
            .await["id"]
            .as_str()
            .expect("an id")
            .to_owned();
        let point = app
            .post_ok(
                &self.facilitator,
                &format!("{base}/meetings/{meeting}/action-points"),
                &json!({ "text": "Role check", "owner": "Sam" }),
            )
            .await["id"]
            .as_str()
            .expect("an id")
            .to_owned();
        let thread = app
            .post_ok(
                &self.facilitator,
                &format!("{base}/threads"),
                &json!({ "title": "Role check", "body": "Hello" }),
            )
            .await["id"]
            .as_str()
            .expect("an id")
            .to_owned();
        let (status, _) = app
            .put_json_as(&self.proposer, &format!("{base}/membership"), &json!({}))
            .await;
        assert_eq!(status, 200);
        let uploaded = self
            .facilitator
            .post(app.url(&format!("{base}/files?title=Minutes&name=minutes.pdf")))
            .body(ROLE_CHECK_PDF)
            .send()
            .await
            .expect("an upload");
        assert_eq!(uploaded.status(), 201);
        let resource: Value = uploaded.json().await.expect("a resource");
        let resource = resource["id"].as_str().expect("an id").to_owned();
        let query = if path.ends_with("/files") {
            "?title=Role%20check&name=role-check.pdf"
        } else {
            ""
        };
        let requester: uuid::Uuid = app.get_ok(&self.proposer, "/api/v1/me").await["id"]
            .as_str()
            .expect("an id")
            .parse()
            .expect("a uuid");
        path.replace("{id}", &group)
            .replace("{meeting_id}", &meeting)
            .replace("{item_id}", &item)
            .replace("{point_id}", &point)
            .replace("{thread_id}", &thread)
            .replace("{post_id}", &thread)
            .replace("{user_id}", &requester.to_string())
            .replace("{resource_id}", &resource)
            + query
    }
}

/// A small, whole PDF for group file uploads.
const ROLE_CHECK_PDF: &str = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

/// A group over an outline: admins replace the plan's neighbourhoods before they ask.
fn role_check_group() -> Value {
    json!({
        "name": format!("Role check {}", uuid::Uuid::new_v4().simple()),
        "outline": { "type": "Polygon", "coordinates": [[
            [-0.76, 52.03], [-0.74, 52.03], [-0.74, 52.04], [-0.76, 52.04], [-0.76, 52.03]]] }
    })
}

/// A learning module with a one-question quiz whose answer is the first option.
fn admin_module() -> Value {
    json!({
        "title": "Role check", "body_md": "Read this.",
        "quiz": [{ "question": "Read it?", "options": ["Yes", "No"], "answer": 0 }]
    })
}

fn energy_scenario() -> Value {
    json!({ "target_year": 2035, "heat_pumps_pct": 20, "ev_charging_pct": 20, "rooftop_solar_pct": 10 })
}

/// An energy plan for Fishermead that `proposer` has shared, and the primary substation
/// (synthetic, made here: the empty plan has no network) that serves it.
async fn someone_elses_shared_energy_plan(app: &TestApp, proposer: &Client) -> (String, String) {
    let substation: uuid::Uuid = sqlx::query_scalar(
        r#"WITH s AS (
               INSERT INTO substations (operator, external_id, name, kind, geom, demand_headroom_mva,
                                        generation_headroom_mw, rag, source)
               VALUES ('Role check', 'RC-1', 'Role check Primary', 'primary',
                       ST_SetSRID(ST_MakePoint(-0.75, 52.035), 4326), 5, 5, 'green', 'Role check')
               ON CONFLICT (operator, external_id) DO UPDATE SET name = EXCLUDED.name
               RETURNING id)
           INSERT INTO supply_areas (substation_id, geom)
           SELECT s.id, ST_Multi(ST_MakeEnvelope(-0.80, 52.00, -0.70, 52.08, 4326)) FROM s
           ON CONFLICT (substation_id) DO UPDATE SET geom = EXCLUDED.geom
           RETURNING substation_id"#,
    )
    .fetch_one(&app.pool)
    .await
    .expect("a substation");
    // Every assumption set, whatever defaults are published, so that impacts work out.
    sqlx::query("UPDATE plans SET energy_assumptions = $1 WHERE slug = 'milton-keynes'")
        .bind(json!({
            "heat_pump_peak_kw": { "value": 2.0, "source": "Role check" },
            "ev_charger_peak_kw": { "value": 1.0, "source": "Role check" },
            "rooftop_solar_kwp": { "value": 4.0, "source": "Role check" },
            "power_factor": { "value": 0.95, "source": "Role check" },
        }))
        .execute(&app.pool)
        .await
        .expect("assumptions");
    let created = app
        .post_ok(
            proposer,
            "/api/v1/plans/milton-keynes/energy-plans",
            &json!({
                "title": "Someone else's energy plan", "group_name": "Another group",
                "neighbourhoods": ["fishermead"], "scenario": energy_scenario(),
            }),
        )
        .await;
    let id = created["id"].as_str().expect("an id").to_owned();
    app.post_ok(
        proposer,
        &format!("/api/v1/energy-plans/{id}/versions/1/share"),
        &json!({}),
    )
    .await;
    (id, substation.to_string())
}

/// A valid body for each route that takes one.
fn body(method: &str, template: &str, asker: &Asker, others: &Others) -> Option<Value> {
    let body = match (method, template) {
        ("POST", "/api/v1/auth/login") => json!({ "email": asker.email, "password": PASSWORD }),
        ("POST", "/api/v1/auth/tokens") => json!({ "name": "script" }),
        ("POST", "/api/v1/auth/signup") => json!({
            "email": format!("new-{}@example.org", uuid::Uuid::new_v4().simple()),
            "password": "a password long enough for the rules"
        }),
        ("POST", "/api/v1/auth/password-reset") => json!({ "email": asker.email }),
        ("POST", "/api/v1/auth/signup/confirm" | "/api/v1/auth/password-reset/confirm") => {
            json!({ "token": "made-up", "password": "a password long enough for the rules" })
        }
        ("POST", "/api/v1/auth/email-change/confirm") => json!({ "token": "made-up" }),
        ("PATCH", "/api/v1/me") => json!({ "display_name": "Role check" }),
        ("POST", "/api/v1/plans/{plan}/contributions") => feature("From a role test"),
        ("PATCH", "/api/v1/contributions/{id}") => json!({ "title": "Changed" }),
        ("POST", "/api/v1/contributions/{id}/replies") => json!({ "body": "Good idea" }),
        ("POST", "/api/v1/contributions/{id}/flags") => json!({ "reason": "Rude" }),
        ("POST", "/api/v1/plans/{plan}/conversations") => {
            let mut conversation = feature("Heard at the door");
            let properties = &mut conversation["properties"];
            properties["channel"] = json!("door_step");
            properties["conversation_date"] = json!("2026-01-15");
            properties["consent"] = json!("publish");
            conversation
        }
        ("POST", "/api/v1/contributions/{id}/moderation") => {
            json!({ "action": "hide", "reason": "Spam" })
        }
        ("PATCH", "/api/v1/plans/{plan}") => json!({ "moderation": "post" }),
        ("PATCH", "/api/v1/users/{id}") => json!({ "role": "mobiliser" }),
        ("PUT", "/api/v1/plans/{plan}/basemap") => json!({ "basemap": "own" }),
        // An extract is uploaded as itself: the XML, sent as the body.
        ("PUT", "/api/v1/plans/{plan}/basemap/osm") => {
            json!(osm_town_xml(-0.760, 52.040, "Role Check Road"))
        }
        ("POST", "/api/v1/plans") => json!({
            "slug": format!("role-check-{}", uuid::Uuid::new_v4().simple()), "title": "Role check"
        }),
        // One neighbourhood over the middle of the demo plan.
        ("PUT", "/api/v1/plans/{plan}/neighbourhoods") => json!({
            "type": "FeatureCollection",
            "features": [{ "type": "Feature", "properties": { "name": "Role check" },
                           "geometry": { "type": "Polygon", "coordinates": [[
                               [-0.80, 52.00], [-0.70, 52.00], [-0.70, 52.08], [-0.80, 52.08], [-0.80, 52.00]]] } }]
        }),
        ("POST", "/api/v1/plans/{plan}/proposals") => json!({
            "title": "A heat pump for the hall", "technology": "heat_pump", "capacity_kw": 20,
            "import_kw": 20, "group_name": "Hall committee",
            "site": { "type": "Point", "coordinates": [-0.749, 52.035] }
        }),
        ("POST", "/api/v1/proposals/{id}/transitions") => json!({ "to": "under_review" }),
        ("POST", "/api/v1/proposals/{id}/responses") => json!({
            "decision": "can_connect", "cost_band": "under £10k", "timescale": "under 3 months"
        }),
        ("POST", "/api/v1/plans/{plan}/energy-plans") => json!({
            "title": "Role check", "group_name": "Role checkers", "neighbourhoods": ["fishermead"],
            "scenario": energy_scenario(),
        }),
        ("PUT", "/api/v1/energy-plans/{id}/versions/{number}") => {
            json!({ "scenario": energy_scenario() })
        }
        ("POST", "/api/v1/energy-plans/{id}/impact") => json!({ "scenario": energy_scenario() }),
        ("PUT", "/api/v1/energy-plans/{id}/versions/{number}/answers/network/{substation}") => {
            json!({ "verdict": "fits" })
        }
        ("PUT", "/api/v1/energy-plans/{id}/versions/{number}/answers/laep") => {
            json!({ "verdict": "aligned" })
        }
        ("PUT", "/api/v1/plans/{plan}/energy-assumptions") => json!({ "assumptions": {
            "heat_pump_peak_kw": { "value": 2.0, "source": "Role check" },
            "ev_charger_peak_kw": { "value": 1.0, "source": "Role check" },
            "rooftop_solar_kwp": { "value": 4.0, "source": "Role check" },
            "power_factor": { "value": 0.95, "source": "Role check" },
        }}),
        ("POST", "/api/v1/plans/{plan}/workshops") => json!({ "title": "Role check" }),
        ("PATCH", "/api/v1/workshops/{code}") => json!({ "status": "paused" }),
        ("POST", "/api/v1/workshops/{code}/held/{id}") => json!({ "action": "approve" }),
        ("POST", "/api/v1/plans/{plan}/organisations") => json!({
            "name": format!("Role check {}", uuid::Uuid::new_v4().simple()), "kind": "council"
        }),
        ("POST", "/api/v1/plans/{plan}/responses") => json!({
            "organisation": RESPONDERS,
            "selection": { "filter": { "outcome": "open" } },
            "status": "considering",
            "response": "We are looking at these.",
        }),
        ("POST", "/api/v1/responses/{id}/updates") => {
            json!({ "progress": 40, "note": "The first lamps are up." })
        }
        ("POST", "/api/v1/contributions/{id}/followers" | "/api/v1/commitments/{id}/followers") => {
            json!({ "email": format!("follower-{}@example.org", uuid::Uuid::new_v4().simple()) })
        }
        ("POST", "/api/v1/me/link") => json!({ "email": asker.email }),
        ("POST", "/api/v1/me/link/confirm") => json!({ "token": "made-up" }),
        ("POST", "/api/v1/about-you") => json!({ "key": "made-up", "tenure": "owned" }),
        (
            "POST",
            "/api/v1/plans/{plan}/data-requests/export"
            | "/api/v1/plans/{plan}/data-requests/erase",
        ) => json!({ "contributions": [others.recorded] }),
        ("POST", "/api/v1/plans/{plan}/groups") => role_check_group(),
        ("PUT", "/api/v1/groups/{id}/members/{user_id}") => json!({}),
        ("PUT", "/api/v1/groups/{id}/thread-digest") => json!({ "on": true }),
        ("POST", "/api/v1/groups/{id}/meetings") => json!({}),
        ("POST", "/api/v1/groups/{id}/meetings/{meeting_id}/agenda") => {
            json!({ "text": "Role check" })
        }
        ("POST", "/api/v1/groups/{id}/meetings/{meeting_id}/agenda/{item_id}/raise") => {
            json!({ "organisation": others.organisation })
        }
        ("PUT", "/api/v1/groups/{id}/meetings/{meeting_id}/minutes") => {
            json!({ "minutes": "Role check" })
        }
        ("PUT", "/api/v1/groups/{id}/meetings/{meeting_id}/attendance") => json!({ "users": [] }),
        ("POST", "/api/v1/groups/{id}/meetings/{meeting_id}/action-points") => {
            json!({ "text": "Role check", "owner": "Sam" })
        }
        ("PUT", "/api/v1/groups/{id}/action-points/{point_id}/done") => json!({ "done": true }),
        ("POST", "/api/v1/groups/{id}/threads") => json!({ "title": "Role check", "body": "Hi" }),
        ("POST", "/api/v1/groups/{id}/threads/{thread_id}/replies") => json!({ "body": "Hi" }),
        ("POST", "/api/v1/groups/{id}/posts/{post_id}/flags") => json!({ "reason": "Rude" }),
        ("POST", "/api/v1/groups/{id}/posts/{post_id}/moderation") => {
            json!({ "action": "hide", "reason": "Spam" })
        }
        ("POST", "/api/v1/groups/{id}/files") => json!(ROLE_CHECK_PDF),
        ("POST", "/api/v1/groups/{id}/resources") => {
            json!({ "title": "Role check", "url": "https://example.org/" })
        }
        ("POST", "/api/v1/plans/{plan}/projects") => json!({
            "title": "A bulk-buy of solar panels", "technology": "solar_pv",
            "site": { "type": "Point", "coordinates": [-0.749, 52.035] }
        }),
        ("PATCH", "/api/v1/projects/{id}") => json!({ "story": "Role check" }),
        ("POST", "/api/v1/projects/{id}/stage") => json!({ "to": "feasibility" }),
        ("POST", "/api/v1/projects/{id}/team") => json!({ "email": asker.email }),
        ("POST", "/api/v1/projects/{id}/milestones") => json!({ "title": "Roof survey" }),
        ("POST", "/api/v1/projects/{id}/updates") => json!({ "text": "Role check" }),
        ("PUT", "/api/v1/projects/{id}/generation") => json!([{ "month": "2026-05", "kwh": 10 }]),
        // A meter's file is uploaded as itself.
        ("POST", "/api/v1/projects/{id}/generation/import") => json!("month,kwh\n2026-05,10\n"),
        ("PUT", "/api/v1/projects/{id}/checklist/{step}") => json!({ "done": true }),
        // Files are uploaded as themselves (a GIF's and a PDF's first bytes are text).
        ("POST", "/api/v1/projects/{id}/updates/{update}/photo") => json!("GIF89a\u{1}\0\u{1}\0"),
        ("POST", "/api/v1/projects/{id}/documents") => json!("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"),
        ("POST", "/api/v1/projects/{id}/roles") => json!({ "title": "Roof surveyor" }),
        ("POST", "/api/v1/projects/{id}/roles/{role}/volunteers") => json!({
            "email": format!("volunteer-{}@example.org", uuid::Uuid::new_v4().simple())
        }),
        ("PUT", "/api/v1/plans/{plan}/champions/me") => {
            json!({ "name": "Role check", "neighbourhoods": ["fishermead"] })
        }
        ("PUT", "/api/v1/plans/{plan}/library/{slug}") => admin_module(),
        ("POST", "/api/v1/plans/{plan}/library/{slug}/completion") => json!({ "answers": [0] }),
        ("POST", "/api/v1/plans/{plan}/subscriptions") => json!({
            "email": format!("follower-{}@example.org", uuid::Uuid::new_v4().simple()),
            "neighbourhood": "fishermead"
        }),
        _ => return None,
    };
    Some(body)
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn every_role_against_every_write_and_moderation_route(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (status, spec) = app.get_json("/openapi.json").await;
    assert_eq!(status, 200);
    let mut failures = compare_with_the_document(&spec);
    let others = Others::new(&app).await;
    // Admins last: their upload of neighbourhoods replaces those other roles' requests name.
    let roles = std::iter::once(None)
        .chain(
            Role::ALL
                .iter()
                .copied()
                .filter(|r| *r != Role::Admin)
                .map(Some),
        )
        .chain(std::iter::once(Some(Role::Admin)));
    for role in roles {
        let asker = Asker::new(&app, role).await;
        let who = role.map_or("anonymous", Role::as_str);
        for &(method, template, guard) in ROUTES {
            let path = others.target(&app, template, &asker).await;
            let mut request = asker
                .client()
                .request(method.parse().expect("a method"), app.url(&path));
            if let Some(body) = body(method, template, &asker, &others) {
                // Files are uploaded as themselves, not as JSON documents.
                let (content_type, body) = match body {
                    Value::String(xml) => ("application/xml", xml),
                    _ if template.ends_with("/neighbourhoods") => {
                        ("application/geo+json", body.to_string())
                    }
                    _ => ("application/json", body.to_string()),
                };
                request = request.header("content-type", content_type).body(body);
            }
            let response = request.send().await.expect("request");
            let status = response.status().as_u16();
            // A refusal is a problem with a `code` (403 `cross_site_request` is not the policy).
            let problem: Value = response.json().await.unwrap_or(Value::Null);
            let code = match status {
                400.. => problem["code"].as_str().unwrap_or(""),
                _ => "",
            };
            let want = expected(guard, role);
            let ok = match want {
                Decision::Allow if matches!(guard, Guard::MailedToken) => {
                    (status, code) == (422, "validation_failed")
                }
                Decision::Allow if matches!(guard, Guard::OneTimeLink) => {
                    (status, code) == (404, "not_found")
                }
                Decision::Allow if matches!(guard, Guard::OneTimeKey) => {
                    (status, code) == (404, "about_you_key_not_found")
                }
                Decision::Allow => (200..300).contains(&status),
                Decision::SignInRequired => (status, code) == (401, "unauthorized"),
                Decision::Forbidden => (status, code) == (403, "forbidden"),
            };
            if !ok {
                failures.push(format!(
                    "{who} {method} {template} ({guard:?}): got {status} {code}, expected {want:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_plan_closed_to_anonymous_people_refuses_them_and_takes_residents(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let id = someone_elses_pin(&app).await;
    let admin = app.signed_in("admin").await;
    let r = admin
        .patch(app.url("/api/v1/plans/milton-keynes"))
        .json(&json!({ "allow_anonymous": false }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let rows = app.count_rows().await;
    let anonymous = visitor();
    let r = app
        .post_feature(&anonymous, &feature("Not signed in"))
        .await;
    assert_eq!(r.status(), 401);
    let problem: Value = r.json().await.unwrap();
    assert_eq!(problem["code"], "unauthorized");
    assert_eq!(
        send(
            &anonymous,
            "PUT",
            app.url(&format!("/api/v1/contributions/{id}/support")),
            None
        )
        .await,
        401
    );
    assert_eq!(app.count_rows().await, rows);
    let resident = app.signed_in("resident").await;
    assert_eq!(
        app.post_feature(&resident, &feature("Signed in"))
            .await
            .status(),
        201
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_hidden_contribution_is_gone_for_the_public_kept_for_moderators_and_audited(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    let id = someone_elses_pin(&app).await;
    let path = format!("/api/v1/contributions/{id}");
    // A resident flags it; it shows in the queue.
    let resident = app.signed_in("resident").await;
    assert_eq!(
        send(
            &resident,
            "POST",
            app.url(&format!("{path}/flags")),
            Some(json!({ "reason": "Personal attack" }))
        )
        .await,
        202
    );
    let moderator = app.signed_in("moderator").await;
    let queue = app.get_ok(&moderator, "/api/v1/moderation/queue").await;
    let entry = queue["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id.as_str())
        .expect("in the queue");
    assert_eq!(entry["flag_reasons"], json!(["Personal attack"]));

    let r = app
        .post_ok(
            &moderator,
            &format!("{path}/moderation"),
            &json!({ "action": "hide", "reason": "Breaks the house rules" }),
        )
        .await;
    assert_eq!(r["status"], "hidden");

    let public = visitor();
    assert_eq!(
        public.get(app.url(&path)).send().await.unwrap().status(),
        404
    );
    let list = app
        .get_ok(&public, "/api/v1/plans/milton-keynes/contributions")
        .await;
    assert!(!list.to_string().contains(&id));
    let seen = app.get_ok(&moderator, &path).await;
    assert_eq!(seen["properties"]["status"], "hidden");
    assert_eq!(
        seen["properties"]["review"]["exact_location"],
        json!([-0.749, 52.035])
    );
    // Kept in the database.
    let status: String = sqlx::query_scalar("SELECT status FROM contributions WHERE id = $1::uuid")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(status, "hidden");

    // Hiding twice is a conflict; restoring brings it back.
    let again = moderator
        .post(app.url(&format!("{path}/moderation")))
        .json(&json!({ "action": "hide", "reason": "again" }))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 409);
    let admin = app.signed_in("admin").await;
    let log = app
        .get_ok(&admin, &format!("/api/v1/audit?target={id}"))
        .await;
    let entries = log["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    let moderator_id: String =
        sqlx::query_scalar("SELECT id::text FROM users WHERE role = 'moderator'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(entries[0]["actor"], format!("user:{moderator_id}"));
    assert_eq!(entries[0]["action"], "contribution.hide");
    assert_eq!(entries[0]["reason"], "Breaks the house rules");
    assert_eq!(entries[0]["before"]["status"], "published");
    assert_eq!(entries[0]["after"]["status"], "hidden");
}

/// The ids in a moderation list, in order.
fn ids_of(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_moderation_page_lists_a_plans_waiting_and_hidden_items_with_their_history(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    let older = someone_elses_pin(&app).await;
    let newer = someone_elses_pin(&app).await;
    let resident = app.signed_in("resident").await;
    for id in [&newer, &older] {
        let r = app
            .post_json_as(
                &resident,
                &format!("/api/v1/contributions/{id}/flags"),
                &json!({ "reason": "Advertising" }),
            )
            .await;
        assert_eq!(r.0, 202);
    }
    let moderator = app.signed_in("moderator").await;
    let waiting = app
        .get_ok(&moderator, "/api/v1/moderation/queue?plan=milton-keynes")
        .await;
    // Oldest first, whatever order the flags came in.
    assert_eq!(ids_of(&waiting), [older.as_str(), newer.as_str()]);
    let entry = &waiting["items"][0];
    assert_eq!(entry["display_name"], "Amira");
    assert_eq!(entry["neighbourhood"], "Fishermead");
    assert_eq!(entry["location"], json!([-0.749, 52.035]));
    assert_eq!(entry["status"], "published");
    assert_eq!(entry["open_flags"], 1);

    let (status, problem) = app
        .get_json_as(&moderator, "/api/v1/moderation/queue?plan=no-such-town")
        .await;
    assert_eq!((status, problem["code"].as_str()), (404, Some("not_found")));
    let (status, _) = app
        .get_json_as(&moderator, "/api/v1/moderation/queue?status=gone")
        .await;
    assert_eq!(status, 400);

    app.post_ok(
        &moderator,
        &format!("/api/v1/contributions/{older}/moderation"),
        &json!({ "action": "hide", "reason": "  An advert for a shop  " }),
    )
    .await;
    let waiting = app
        .get_ok(&moderator, "/api/v1/moderation/queue?plan=milton-keynes")
        .await;
    assert_eq!(ids_of(&waiting), [newer.as_str()]);
    let hidden = app
        .get_ok(
            &moderator,
            "/api/v1/moderation/queue?plan=milton-keynes&status=hidden",
        )
        .await;
    assert_eq!(ids_of(&hidden), [older.as_str()]);
    assert_eq!(hidden["items"][0]["status"], "hidden");

    let history = app
        .get_ok(
            &moderator,
            &format!("/api/v1/contributions/{older}/history"),
        )
        .await;
    let entries = history["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["action"], "contribution.hide");
    assert_eq!(entries[0]["reason"], "An advert for a shop");
    assert_eq!(entries[0]["actor_name"], "moderator");
    assert_eq!(entries[0]["after"]["status"], "hidden");
    let untouched = app
        .get_ok(
            &moderator,
            &format!("/api/v1/contributions/{newer}/history"),
        )
        .await;
    assert_eq!(untouched["entries"], json!([]));
    let (status, problem) = app
        .get_json_as(
            &moderator,
            &format!("/api/v1/contributions/{}/history", uuid::Uuid::new_v4()),
        )
        .await;
    assert_eq!((status, problem["code"].as_str()), (404, Some("not_found")));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn approving_a_flagged_contribution_keeps_it_and_dismisses_its_flags(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let id = someone_elses_pin(&app).await;
    let moderator = app.signed_in("moderator").await;
    let url = format!("/api/v1/contributions/{id}/moderation");
    let approve = json!({ "action": "approve", "reason": "Nothing wrong with it" });
    // Nothing to approve while nobody has flagged it.
    let (status, problem) = app.post_json_as(&moderator, &url, &approve).await;
    assert_eq!((status, problem["code"].as_str()), (409, Some("conflict")));

    let resident = app.signed_in("resident").await;
    let (status, _) = app
        .post_json_as(
            &resident,
            &format!("/api/v1/contributions/{id}/flags"),
            &json!({ "reason": "I disagree" }),
        )
        .await;
    assert_eq!(status, 202);
    let r = app.post_ok(&moderator, &url, &approve).await;
    assert_eq!(r["status"], "published");
    let waiting = app.get_ok(&moderator, "/api/v1/moderation/queue").await;
    assert!(!ids_of(&waiting).contains(&id));
    assert_eq!(
        visitor()
            .get(app.url(&format!("/api/v1/contributions/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let history = app
        .get_ok(&moderator, &format!("/api/v1/contributions/{id}/history"))
        .await;
    assert_eq!(history["entries"][0]["action"], "contribution.approve");
    assert_eq!(history["entries"][0]["reason"], "Nothing wrong with it");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn pre_moderated_pins_appear_only_after_approval(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    admin
        .patch(app.url("/api/v1/plans/milton-keynes"))
        .json(&json!({ "moderation": "pre" }))
        .send()
        .await
        .unwrap();
    let created: Value = app
        .post_feature(&visitor(), &feature("Waiting"))
        .await
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap();
    assert_eq!(created["properties"]["status"], "pending");
    let path = format!("/api/v1/contributions/{id}");
    assert_eq!(
        visitor().get(app.url(&path)).send().await.unwrap().status(),
        404
    );
    let moderator = app.signed_in("moderator").await;
    let queue = app.get_ok(&moderator, "/api/v1/moderation/queue").await;
    assert!(
        queue["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == id && i["status"] == "pending")
    );
    let r = moderator
        .post(app.url(&format!("{path}/moderation")))
        .json(&json!({ "action": "approve", "reason": "Fine" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        visitor().get(app.url(&path)).send().await.unwrap().status(),
        200
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_duplicate_is_hidden_and_points_at_its_original(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let original = someone_elses_pin(&app).await;
    let copy = someone_elses_pin(&app).await;
    let moderator = app.signed_in("moderator").await;
    let url = app.url(&format!("/api/v1/contributions/{copy}/moderation"));
    let missing = moderator
        .post(&url)
        .json(&json!({ "action": "mark_duplicate", "reason": "Same" }))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 422);
    let r = moderator.post(&url).json(&json!({ "action": "mark_duplicate", "reason": "Same bus stop", "duplicate_of": original })).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let seen = app
        .get_ok(&moderator, &format!("/api/v1/contributions/{copy}"))
        .await;
    assert_eq!(
        seen["properties"]["review"]["duplicate_of"],
        original.as_str()
    );
    assert_eq!(
        visitor()
            .get(app.url(&format!("/api/v1/contributions/{copy}")))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn tokens_work_for_scripts_until_revoked(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let moderator = app.signed_in("moderator").await;
    let created = app
        .post_ok(
            &moderator,
            "/api/v1/auth/tokens",
            &json!({ "name": "nightly export" }),
        )
        .await;
    let token = created["token"].as_str().unwrap().to_owned();
    let script = reqwest::Client::new();
    let me: Value = script
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["role"], "moderator");
    // Scripts need no same-site header: a bearer token is not sent by browsers on their own.
    let r = script
        .post(app.url(&format!(
            "/api/v1/contributions/{}/moderation",
            someone_elses_pin(&app).await
        )))
        .bearer_auth(&token)
        .json(&json!({ "action": "hide", "reason": "By script" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let listed = app.get_ok(&moderator, "/api/v1/auth/tokens").await;
    assert!(
        listed["tokens"][0].get("token").is_none(),
        "the secret is shown once only"
    );
    let id = created["id"].as_str().unwrap();
    assert_eq!(
        moderator
            .delete(app.url(&format!("/api/v1/auth/tokens/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    let after = script
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 401);
    let bad = script
        .get(app.url("/api/v1/me"))
        .bearer_auth("wm_not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 401);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn wrong_passwords_and_unknown_emails_get_the_same_answer(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let email = app.create_user("resident").await;
    for (email, password) in [
        (email.as_str(), "wrong password!!"),
        ("nobody@example.org", PASSWORD),
    ] {
        let r = visitor()
            .post(app.url("/api/v1/auth/login"))
            .json(&json!({ "email": email, "password": password }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
        assert!(r.headers().get("set-cookie").is_none());
        let problem: Value = r.json().await.unwrap();
        assert_eq!(problem["code"], "invalid_credentials");
        assert_eq!(
            problem["detail"],
            "the email address or password is not right"
        );
    }
    let r = visitor()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email.to_uppercase(), "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.starts_with("waymark_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
    );
}

/// A log writer the test can read back.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn passwords_and_tokens_are_never_stored_or_logged_in_clear(pool: PgPool) {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    // Global, because the server's tasks may run on other threads; other tests in this
    // binary log into it too, and none of them may log a secret either.
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");

    let app = TestApp::with_empty_plan(pool).await;
    let email = app.create_user("admin").await;
    let client = visitor();
    let r = client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    let session = r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .split_once('=')
        .unwrap()
        .1
        .to_owned();
    let created = app
        .post_ok(&client, "/api/v1/auth/tokens", &json!({ "name": "export" }))
        .await;
    let token = created["token"].as_str().unwrap().to_owned();
    let r = reqwest::Client::new()
        .get(app.url("/api/v1/audit"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    // A failed sign-in with the password in it must not be logged either.
    visitor()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": "another secret phrase" }))
        .send()
        .await
        .unwrap();

    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("request"), "the log capture works");
    for secret in [
        PASSWORD,
        "another secret phrase",
        token.as_str(),
        session.as_str(),
    ] {
        assert!(!logs.contains(secret), "a secret is in the logs");
    }
    let everything: String = sqlx::query_scalar(
        "SELECT concat_ws(' ', (SELECT string_agg(row_to_json(u)::text, ' ') FROM users u),
                               (SELECT string_agg(row_to_json(s)::text, ' ') FROM sessions s),
                               (SELECT string_agg(row_to_json(t)::text, ' ') FROM api_tokens t),
                               (SELECT string_agg(row_to_json(a)::text, ' ') FROM audit_log a))",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(everything.contains("$argon2id$"));
    for secret in [PASSWORD, token.as_str(), session.as_str()] {
        assert!(!everything.contains(secret), "a secret is in the database");
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn too_many_writes_get_429_with_retry_after_and_write_nothing_more(pool: PgPool) {
    let limits = waymark_api::limits::LimitsConfig {
        writes_per_minute_per_ip: 3,
        workshop_writes_per_minute_per_ip: 6,
        writes_per_minute_per_account: 100,
        logins_per_minute: 2,
    };
    let app = TestApp::with_empty_plan_and_limits(pool, limits).await;
    let client = visitor();
    for n in 0..3 {
        assert_eq!(
            app.post_feature(&client, &feature(&format!("Pin {n}")))
                .await
                .status(),
            201
        );
    }
    let r = app.post_feature(&client, &feature("One too many")).await;
    assert_eq!(r.status(), 429);
    let retry: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry));
    let problem: Value = r.json().await.unwrap();
    assert_eq!(problem["code"], "rate_limited");
    assert_eq!(app.count_rows().await, 3);
    // Reads are not limited.
    assert_eq!(
        client
            .get(app.url("/api/v1/plans"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    // Sign-in attempts for one email are throttled, right password or not.
    let email = app.create_user("resident").await;
    let attempt = || {
        visitor()
            .post(app.url("/api/v1/auth/login"))
            .json(&json!({ "email": email, "password": "wrong password!!" }))
            .send()
    };
    assert_eq!(attempt().await.unwrap().status(), 401);
    assert_eq!(attempt().await.unwrap().status(), 401);
    let r = visitor()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_cross_site_form_post_with_the_session_cookie_is_refused(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let id = someone_elses_pin(&app).await;
    let email = app.create_user("moderator").await;
    let login = visitor()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    let cookie = login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    // What a browser sends for a form on another site that posts here: the cookie
    // (were SameSite not honoured), a form body, no custom header.
    let plain = reqwest::Client::new();
    let forged = plain
        .post(app.url(&format!("/api/v1/contributions/{id}/moderation")))
        .header("cookie", &cookie)
        .header("origin", "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("action=hide&reason=forged")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let problem: Value = forged.json().await.unwrap();
    assert_eq!(problem["code"], "cross_site_request");
    // Even as JSON, without the header a cookie alone does not authorise a write.
    let no_header = plain
        .post(app.url(&format!("/api/v1/contributions/{id}/moderation")))
        .header("cookie", &cookie)
        .json(&json!({ "action": "hide", "reason": "forged" }))
        .send()
        .await
        .unwrap();
    assert_eq!(no_header.status(), 403);
    let status: String = sqlx::query_scalar("SELECT status FROM contributions WHERE id = $1::uuid")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(status, "published");
    let audited: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(audited, 0);
}
