//! Collaborative Action Groups: who may read and write what (anonymous, a signed-in
//! stranger, someone who asked to join, a member, the group's facilitator, a site
//! admin), 404s for unknown groups and meetings, idempotent join requests, minutes
//! rendered safely, the iCalendar feed read by an independent parser (Python's
//! `icalendar`), "since last week" into the agenda, and the minutes mail read back.

use reqwest::Client;
use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_api::files::FileStore;
use waymark_tests::mail::Inbox;
use waymark_tests::s3::S3Server;
use waymark_tests::{TestApp, feature_at, visitor};

const GROUPS: &str = "/api/v1/plans/milton-keynes/groups";

struct Group {
    app: TestApp,
    id: String,
    facilitator: Client,
    member: Client,
    member_email: String,
    requested: Client,
    stranger: Client,
    admin: Client,
    meeting: String,
}

/// POST `body` as `client`: the status only (for answers without a body).
async fn post_status(app: &TestApp, client: &Client, path: &str, body: &Value) -> u16 {
    client
        .post(app.url(path))
        .json(body)
        .send()
        .await
        .expect("request")
        .status()
        .as_u16()
}

async fn user_id(app: &TestApp, client: &Client) -> String {
    let me = app.get_ok(client, "/api/v1/me").await;
    me["id"].as_str().expect("an id").to_owned()
}

async fn signed_in_as(app: &TestApp, role: &str) -> (Client, String) {
    let email = app.create_user(role).await;
    let client = visitor();
    let r = client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": waymark_tests::PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    (client, email)
}

/// The Fishermead group with one of each kind of person and one meeting.
async fn group(pool: PgPool) -> Group {
    group_with_files(pool, FileStore::in_memory(1 << 20)).await
}

/// As `group`, keeping uploads in `files`.
async fn group_with_files(pool: PgPool, files: FileStore) -> Group {
    let mut conn = pool.acquire().await.unwrap();
    waymark::seed::load_plan(&mut conn).await.unwrap();
    drop(conn);
    let config = waymark_api::ApiConfig {
        limits: waymark_tests::NO_LIMITS,
        files,
        ..Default::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    let facilitator = app.signed_in("facilitator").await;
    let created = app
        .post_ok(
            &facilitator,
            GROUPS,
            &json!({ "name": "Fishermead Action Group", "purpose": "Our estate's forum",
                     "neighbourhoods": ["fishermead"], "weekday": 3, "time": "10:30" }),
        )
        .await;
    let id = created["id"].as_str().unwrap().to_owned();
    let (member, member_email) = signed_in_as(&app, "resident").await;
    let requested = app.signed_in("resident").await;
    for client in [&member, &requested] {
        let (status, body) = app
            .put_json_as(
                client,
                &format!("/api/v1/groups/{id}/membership"),
                &json!({}),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["status"], "requested");
    }
    let member_id = user_id(&app, &member).await;
    let (status, _) = app
        .put_json_as(
            &facilitator,
            &format!("/api/v1/groups/{id}/members/{member_id}"),
            &json!({}),
        )
        .await;
    assert_eq!(status, 200);
    let meeting = app
        .post_ok(
            &facilitator,
            &format!("/api/v1/groups/{id}/meetings"),
            &json!({ "starts_at": "2026-12-09T10:30:00Z" }),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    Group {
        stranger: app.signed_in("resident").await,
        admin: app.signed_in("admin").await,
        app,
        id,
        facilitator,
        member,
        member_email,
        requested,
        meeting,
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn members_content_is_for_members_and_the_public_page_for_everyone(pool: PgPool) {
    let g = group(pool).await;
    let id = &g.id;
    let members_only = [
        format!("/api/v1/groups/{id}/members"),
        format!("/api/v1/groups/{id}/threads"),
        format!("/api/v1/groups/{id}/meetings/{}", g.meeting),
        format!("/api/v1/groups/{id}/meetings/{}/since-last-week", g.meeting),
    ];
    let anonymous = visitor();
    for path in &members_only {
        for (who, client, want) in [
            ("anonymous", &anonymous, 401),
            ("stranger", &g.stranger, 403),
            ("requested", &g.requested, 403),
            ("member", &g.member, 200),
            ("facilitator", &g.facilitator, 200),
            ("admin", &g.admin, 200),
        ] {
            let (status, body) = g.app.get_json_as(client, path).await;
            assert_eq!(status, want, "{who} GET {path}: {body}");
            if want == 403 {
                assert_eq!(body["code"], "forbidden");
            }
        }
    }
    // The public page: everyone, with their standing.
    for (client, standing) in [
        (&anonymous, "anonymous"),
        (&g.stranger, "outsider"),
        (&g.requested, "requested"),
        (&g.member, "member"),
        (&g.facilitator, "facilitator"),
        (&g.admin, "admin"),
    ] {
        let (status, page) = g
            .app
            .get_json_as(client, &format!("/api/v1/groups/{id}"))
            .await;
        assert_eq!(status, 200);
        assert_eq!(page["name"], "Fishermead Action Group");
        assert_eq!(page["neighbourhoods"], json!(["fishermead"]));
        assert_eq!(page["schedule"]["time"], "10:30");
        assert_eq!(page["standing"], standing);
    }
    // Facilitators' acts: a member may not publish, approve or add a meeting.
    let publish = format!("/api/v1/groups/{id}/meetings/{}/publish", g.meeting);
    for (client, want) in [(&g.member, 403), (&g.stranger, 403), (&anonymous, 401)] {
        let (status, _) = g.app.post_json_as(client, &publish, &json!({})).await;
        assert_eq!(status, want);
    }
    let (status, _) = g.app.post_json_as(&g.admin, &publish, &json!({})).await;
    assert_eq!(status, 200);
    // A resident may not start a group.
    let (status, _) = g
        .app
        .post_json_as(
            &g.member,
            GROUPS,
            &json!({ "name": "Mine", "neighbourhoods": ["fishermead"] }),
        )
        .await;
    assert_eq!(status, 403);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn unknown_groups_and_meetings_are_404_and_joining_twice_is_one_request(pool: PgPool) {
    let g = group(pool).await;
    let unknown = uuid::Uuid::new_v4();
    for path in [
        format!("/api/v1/groups/{unknown}"),
        format!("/api/v1/groups/{unknown}/meetings"),
        format!("/api/v1/groups/{unknown}/calendar.ics"),
        format!("/api/v1/groups/{}/meetings/{unknown}", g.id),
        format!("/api/v1/groups/{}/meetings/{unknown}/meeting.ics", g.id),
    ] {
        let (status, body) = g.app.get_json_as(&g.member, &path).await;
        assert_eq!(status, 404, "{path}");
        assert_eq!(body["code"], "not_found");
    }
    let path = format!("/api/v1/groups/{}/membership", g.id);
    for _ in 0..3 {
        let (status, body) = g.app.put_json_as(&g.requested, &path, &json!({})).await;
        assert_eq!(status, 200);
        assert_eq!(body["status"], "requested");
    }
    let (_, members) = g
        .app
        .get_json_as(&g.facilitator, &format!("/api/v1/groups/{}/members", g.id))
        .await;
    let requests: Vec<&Value> = members["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["status"] == "requested")
        .collect();
    assert_eq!(requests.len(), 1);
    // Leaving, then asking again.
    let r = g
        .requested
        .delete(g.app.url(&path))
        .header("x-requested-with", "test")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn minutes_are_rendered_inert_and_mailed_to_members_when_published(pool: PgPool) {
    let g = group(pool).await;
    let base = format!("/api/v1/groups/{}/meetings/{}", g.id, g.meeting);
    let minutes = "# Minutes\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1)) \
                   [council](https://www.milton-keynes.gov.uk/) <img src=x onerror=alert(1)>";
    let (status, body) = g
        .app
        .put_json_as(
            &g.facilitator,
            &format!("{base}/minutes"),
            &json!({ "minutes": minutes }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let html = body["minutes_html"].as_str().unwrap();
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("javascript:"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(
        html.contains(r#"href="https://www.milton-keynes.gov.uk/" rel="nofollow ugc""#),
        "{html}"
    );
    // Not public until published.
    let (_, page) = g.app.get_json(&format!("/api/v1/groups/{}", g.id)).await;
    assert_eq!(page["published_minutes"], json!([]));
    // The member reads Waymark in Polish (the language of their last sign-in): their
    // mail is in Polish, the facilitator's in English.
    sqlx::query("UPDATE users SET lang = 'pl' WHERE email = $1")
        .bind(&g.member_email)
        .execute(&g.app.pool)
        .await
        .unwrap();
    let mut inbox = Inbox::new();
    let (status, _) = g
        .app
        .post_json_as(&g.facilitator, &format!("{base}/publish"), &json!({}))
        .await;
    assert_eq!(status, 200);
    // Publishing again sends nothing more.
    g.app
        .post_json_as(&g.facilitator, &format!("{base}/publish"), &json!({}))
        .await;
    let (_, page) = g.app.get_json(&format!("/api/v1/groups/{}", g.id)).await;
    assert_eq!(page["published_minutes"][0]["html"], html);
    let mails = inbox.deliver(&g.app.pool).await;
    let to_member: Vec<_> = mails.iter().filter(|m| m.to == g.member_email).collect();
    assert_eq!(to_member.len(), 1, "{mails:?}");
    assert_eq!(
        to_member[0].subject,
        "Fishermead Action Group: protokół ze spotkania 2026-12-09"
    );
    assert!(
        to_member[0].body.contains("Opublikowano protokół"),
        "{}",
        to_member[0].body
    );
    assert!(to_member[0].body.contains("# Minutes"));
    // Two members (the facilitator and the member); not the one who only asked.
    assert_eq!(mails.len(), 2, "{mails:?}");
    let english = mails.iter().find(|m| m.to != g.member_email).unwrap();
    assert_eq!(
        english.subject,
        "Fishermead Action Group: minutes of 2026-12-09"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn since_last_week_feeds_the_agenda_and_action_points_carry_over(pool: PgPool) {
    let g = group(pool).await;
    let resident = visitor();
    let r = g
        .app
        .post_feature(
            &resident,
            &feature_at("Broken lift at Fishermead", -0.749, 52.035),
        )
        .await;
    assert_eq!(r.status(), 201);
    let pin = r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let base = format!("/api/v1/groups/{}/meetings/{}", g.id, g.meeting);
    let (status, since) = g
        .app
        .get_json_as(&g.member, &format!("{base}/since-last-week"))
        .await;
    assert_eq!(status, 200);
    // The meeting is later than the pin: "since last week" runs from a week before it.
    let (_, all) = g
        .app
        .get_json_as(&g.member, &format!("{base}/since-last-week"))
        .await;
    assert_eq!(since, all);
    let agenda = format!("{base}/agenda");
    for _ in 0..2 {
        let (status, item) = g
            .app
            .post_json_as(&g.member, &agenda, &json!({ "contribution": pin }))
            .await;
        assert_eq!(status, 201, "{item}");
        assert_eq!(item["text"], "Broken lift at Fishermead");
    }
    let (_, detail) = g.app.get_json_as(&g.member, &base).await;
    assert_eq!(detail["agenda"].as_array().unwrap().len(), 1);
    // Raise it to an organisation: its responders see it.
    let org = g.app.organisation(waymark_tests::RESPONDERS).await;
    let item = detail["agenda"][0]["id"].as_str().unwrap();
    let (status, raised) = g
        .app
        .post_json_as(
            &g.facilitator,
            &format!("{agenda}/{item}/raise"),
            &json!({ "organisation": org }),
        )
        .await;
    assert_eq!(status, 200, "{raised}");
    let responder = g.app.signed_in("responder").await;
    let (status, list) = g
        .app
        .get_json_as(
            &responder,
            &format!("/api/v1/organisations/{org}/raised-items"),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(list["items"][0]["text"], "Broken lift at Fishermead");
    let (status, _) = g
        .app
        .get_json_as(
            &g.member,
            &format!("/api/v1/organisations/{org}/raised-items"),
        )
        .await;
    assert_eq!(status, 403);
    // An action point agreed now shows at the next meeting until done.
    let (status, point) = g
        .app
        .post_json_as(
            &g.member,
            &format!("{base}/action-points"),
            &json!({ "text": "Write to the landlord", "owner": "Sam", "due": "2026-12-16" }),
        )
        .await;
    assert_eq!(status, 201, "{point}");
    let next = g
        .app
        .post_ok(
            &g.facilitator,
            &format!("/api/v1/groups/{}/meetings", g.id),
            &json!({ "starts_at": "2026-12-16T10:30:00Z" }),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let next_path = format!("/api/v1/groups/{}/meetings/{next}", g.id);
    let (_, detail) = g.app.get_json_as(&g.member, &next_path).await;
    assert_eq!(detail["action_points"][0]["text"], "Write to the landlord");
    assert_eq!(detail["action_points"][0]["due"], "2026-12-16");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_calendar_feed_parses_with_its_recurrence_and_stable_uids(pool: PgPool) {
    let g = group(pool).await;
    let path = format!("/api/v1/groups/{}/calendar.ics", g.id);
    let r = visitor().get(g.app.url(&path)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let first = r.text().await.unwrap();
    let second = visitor()
        .get(g.app.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let python = waymark_tests::s3::py_tools().join("python");
    let parse = |text: &str| -> Value {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("group.ics");
        std::fs::write(&file, text).unwrap();
        let script = r#"
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    start = e.decoded('DTSTART')
    ex = e.get('EXDATE')
    ex = ex if isinstance(ex, list) else ([ex] if ex else [])
    events.append({
        'exdates': [d.dt.isoformat() for l in ex for d in l.dts],
        'uid': str(e['UID']),
        'rrule': e['RRULE'].to_ical().decode() if 'RRULE' in e else None,
        'tzid': e['DTSTART'].params.get('TZID'),
        'start': start.isoformat(),
    })
print(json.dumps({'events': events, 'zones': [str(z['TZID']) for z in cal.walk('VTIMEZONE')]}))
"#;
        let out = std::process::Command::new(&python)
            .arg("-c")
            .arg(script)
            .arg(&file)
            .output()
            .expect("python");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (a, b) = (parse(&first), parse(&second));
    let events = a["events"].as_array().unwrap();
    assert_eq!(events.len(), 2, "{a}");
    let series = &events[0];
    assert_eq!(series["rrule"], "FREQ=WEEKLY;INTERVAL=1;BYDAY=WE");
    assert_eq!(series["tzid"], "Europe/London");
    assert!(
        series["start"].as_str().unwrap().contains("T10:30:00"),
        "{series}"
    );
    assert_eq!(a["zones"], json!(["Europe/London"]));
    // The planned meeting falls on the schedule: the series leaves that day out, so a
    // calendar shows it once, as the meeting.
    assert_eq!(
        series["exdates"],
        json!(["2026-12-09T10:30:00+00:00"]),
        "{series}"
    );
    let meeting = &events[1];
    assert!(
        meeting["uid"]
            .as_str()
            .unwrap()
            .starts_with(&format!("meeting-{}@", g.meeting))
    );
    assert_eq!(meeting["start"], "2026-12-09T10:30:00+00:00");
    // The UIDs are stable from one fetch to the next.
    let uids = |v: &Value| -> Vec<String> {
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["uid"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(uids(&a), uids(&b));
    // One meeting's own .ics.
    let one = visitor()
        .get(g.app.url(&format!(
            "/api/v1/groups/{}/meetings/{}/meeting.ics",
            g.id, g.meeting
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let one = parse(&one);
    assert_eq!(
        uids(&one),
        vec![meeting["uid"].as_str().unwrap().to_owned()]
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn threads_are_moderated_and_audited_like_pins(pool: PgPool) {
    let g = group(pool).await;
    let threads = format!("/api/v1/groups/{}/threads", g.id);
    let (status, thread) = g
        .app
        .post_json_as(
            &g.member,
            &threads,
            &json!({ "title": "Lift repairs", "body": "Who has heard back?" }),
        )
        .await;
    assert_eq!(status, 201, "{thread}");
    let tid = thread["id"].as_str().unwrap();
    let (status, _) = g
        .app
        .post_json_as(
            &g.stranger,
            &threads,
            &json!({ "title": "Spam", "body": "Buy now" }),
        )
        .await;
    assert_eq!(status, 403);
    let flags = format!("/api/v1/groups/{}/posts/{tid}/flags", g.id);
    let status = post_status(&g.app, &g.member, &flags, &json!({ "reason": "off topic" })).await;
    assert_eq!(status, 202);
    let moderation = format!("/api/v1/groups/{}/posts/{tid}/moderation", g.id);
    let (status, _) = g
        .app
        .post_json_as(
            &g.member,
            &moderation,
            &json!({ "action": "hide", "reason": "no" }),
        )
        .await;
    assert_eq!(status, 403);
    let hide = json!({ "action": "hide", "reason": "off topic" });
    let status = post_status(&g.app, &g.facilitator, &moderation, &hide).await;
    assert_eq!(status, 204);
    let (_, list) = g.app.get_json_as(&g.member, &threads).await;
    assert_eq!(list["posts"], json!([]));
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE target_type = 'group_post' AND target_id = $1 AND action = 'hide'",
    )
    .bind(tid)
    .fetch_one(&g.app.pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn flagged_group_posts_reach_the_plans_moderators(pool: PgPool) {
    let g = group(pool).await;
    let moderator = g.app.signed_in("moderator").await;
    let threads = format!("/api/v1/groups/{}/threads", g.id);
    let thread = g
        .app
        .post_ok(
            &g.member,
            &threads,
            &json!({ "title": "Bins", "body": "Collection moved to Friday" }),
        )
        .await;
    let tid = thread["id"].as_str().unwrap().to_owned();
    let replies = format!("{threads}/{tid}/replies");
    let status = post_status(
        &g.app,
        &g.member,
        &replies,
        &json!({ "body": "Rude words about the neighbours" }),
    )
    .await;
    assert_eq!(status, 201);
    let (_, posts) = g
        .app
        .get_json_as(&g.member, &format!("{threads}/{tid}"))
        .await;
    let reply = posts["posts"][1]["id"].as_str().unwrap().to_owned();
    let queue = "/api/v1/moderation/group-posts?plan=milton-keynes";
    let (status, _) = g.app.get_json_as(&g.member, queue).await;
    assert_eq!(status, 403);
    let (_, listed) = g.app.get_json_as(&moderator, queue).await;
    assert_eq!(listed["posts"], json!([]), "nothing flagged yet");
    let flags = format!("/api/v1/groups/{}/posts/{reply}/flags", g.id);
    let status = post_status(&g.app, &g.member, &flags, &json!({ "reason": "insulting" })).await;
    assert_eq!(status, 202);

    let (status, listed) = g.app.get_json_as(&moderator, queue).await;
    assert_eq!(status, 200, "{listed}");
    let entry = &listed["posts"][0];
    assert_eq!(entry["id"], reply.as_str());
    assert_eq!(entry["group"], g.id.as_str());
    assert_eq!(entry["group_name"], "Fishermead Action Group");
    assert_eq!(entry["thread_title"], "Bins");
    assert_eq!(entry["body"], "Rude words about the neighbours");
    assert_eq!(entry["flag_reasons"], json!(["insulting"]));

    // The site's moderator (not a member of the group) hides it from the queue.
    let moderation = format!("/api/v1/groups/{}/posts/{reply}/moderation", g.id);
    let hide = json!({ "action": "hide", "reason": "insults a neighbour" });
    assert_eq!(
        post_status(&g.app, &moderator, &moderation, &hide).await,
        204
    );
    let (_, listed) = g.app.get_json_as(&moderator, queue).await;
    assert_eq!(listed["posts"], json!([]), "handled, no longer waiting");
    let (_, hidden) = g
        .app
        .get_json_as(&moderator, &format!("{queue}&status=hidden"))
        .await;
    assert_eq!(hidden["posts"][0]["id"], reply.as_str());
    let audit: (String, Option<String>) = sqlx::query_as(
        "SELECT actor, reason FROM audit_log
          WHERE target_type = 'group_post' AND target_id = $1 AND action = 'hide'",
    )
    .bind(&reply)
    .fetch_one(&g.app.pool)
    .await
    .unwrap();
    assert!(audit.0.starts_with("user:"), "{audit:?}");
    assert_eq!(audit.1.as_deref(), Some("insults a neighbour"));
    let (_, seen) = g
        .app
        .get_json_as(&g.member, &format!("{threads}/{tid}"))
        .await;
    assert!(
        !seen.to_string().contains("Rude words"),
        "members no longer see it: {seen}"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn members_who_opt_in_get_a_daily_mail_of_new_threads(pool: PgPool) {
    let g = group(pool).await;
    let (status, _) = g
        .app
        .put_json_as(
            &g.member,
            &format!("/api/v1/groups/{}/thread-digest", g.id),
            &json!({ "on": true }),
        )
        .await;
    assert_eq!(status, 200);
    // Their last digest was two days ago.
    sqlx::query("UPDATE group_members SET digested_to = now() - interval '2 days'")
        .execute(&g.app.pool)
        .await
        .unwrap();
    let threads = format!("/api/v1/groups/{}/threads", g.id);
    for title in ["Lift repairs", "Summer fair"] {
        let (status, _) = g
            .app
            .post_json_as(
                &g.facilitator,
                &threads,
                &json!({ "title": title, "body": "Ideas?" }),
            )
            .await;
        assert_eq!(status, 201);
    }
    let mut inbox = Inbox::new();
    let base = "http://waymark.test";
    assert_eq!(
        waymark::mail::make_thread_digests(&g.app.pool, base)
            .await
            .unwrap(),
        1
    );
    // Not again the same day.
    assert_eq!(
        waymark::mail::make_thread_digests(&g.app.pool, base)
            .await
            .unwrap(),
        0
    );
    let mails = inbox.deliver(&g.app.pool).await;
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert_eq!(mails[0].to, g.member_email);
    assert_eq!(mails[0].subject, "Fishermead Action Group: 2 new threads");
    assert!(
        mails[0].body.contains("- Lift repairs"),
        "{}",
        mails[0].body
    );
    assert!(mails[0].body.contains("- Summer fair"));
}

/// A small, whole PDF.
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

async fn upload(g: &Group, client: &Client, query: &str, bytes: Vec<u8>) -> (u16, Value) {
    let r = client
        .post(g.app.url(&format!("/api/v1/groups/{}/files?{query}", g.id)))
        .body(bytes)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap())
}

async fn file_rows(g: &Group) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM files")
        .fetch_one(&g.app.pool)
        .await
        .unwrap()
}

/// Members upload; members-only files go to members only, on every request; public
/// ones to anyone; refused files leave nothing behind.
async fn resources_round_trip(g: &Group) {
    let (status, members_only) =
        upload(g, &g.member, "title=Minutes&name=minutes.pdf", PDF.to_vec()).await;
    assert_eq!(status, 201, "{members_only}");
    let (status, public) = upload(
        g,
        &g.facilitator,
        "title=Leaflet&name=leaflet.pdf&members_only=false",
        PDF.to_vec(),
    )
    .await;
    assert_eq!(status, 201, "{public}");
    let file = |r: &Value| {
        format!(
            "/api/v1/groups/{}/resources/{}/file",
            g.id,
            r["id"].as_str().unwrap()
        )
    };
    let anonymous = visitor();
    for (client, want) in [
        (&anonymous, 401),
        (&g.stranger, 403),
        (&g.requested, 403),
        (&g.member, 200),
        (&g.admin, 200),
    ] {
        let r = client
            .get(g.app.url(&file(&members_only)))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), want);
        if want == 200 {
            assert_eq!(r.headers()["content-type"], "application/pdf");
            assert_eq!(r.headers()["x-content-type-options"], "nosniff");
            assert_eq!(r.headers()["cache-control"], "private, no-store");
            let disposition = r.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .to_owned();
            assert!(disposition.starts_with("attachment"), "{disposition}");
            assert_eq!(r.bytes().await.unwrap().as_ref(), PDF);
        }
    }
    let r = anonymous
        .get(g.app.url(&file(&public)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.bytes().await.unwrap().as_ref(), PDF);
    // The public list shows only the public one; members see both.
    let list = format!("/api/v1/groups/{}/resources", g.id);
    let (_, seen) = g.app.get_json(&list).await;
    assert_eq!(seen["resources"].as_array().unwrap().len(), 1);
    let (_, seen) = g.app.get_json_as(&g.member, &list).await;
    assert_eq!(seen["resources"].as_array().unwrap().len(), 2);
    // Refused: HTML named .pdf (415), too large (413), a stranger (403); nothing stored.
    let before = file_rows(g).await;
    let (status, body) = upload(
        g,
        &g.member,
        "title=Bad&name=bad.pdf",
        b"<html><script>alert(1)</script></html>".to_vec(),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (415, Some("file_type_not_allowed"))
    );
    let mut big = PDF.to_vec();
    big.resize((1 << 20) + 10, b' ');
    let (status, body) = upload(g, &g.member, "title=Big&name=big.pdf", big).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (413, Some("file_too_large"))
    );
    let (status, _) = upload(g, &g.stranger, "title=Mine&name=mine.pdf", PDF.to_vec()).await;
    assert_eq!(status, 403);
    assert_eq!(file_rows(g).await, before);
    let unknown = format!(
        "/api/v1/groups/{}/resources/{}/file",
        g.id,
        uuid::Uuid::new_v4()
    );
    let r = g.member.get(g.app.url(&unknown)).send().await.unwrap();
    assert_eq!(r.status(), 404);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn resources_are_kept_in_a_local_directory(pool: PgPool) {
    let dir = tempfile::tempdir().unwrap();
    let store =
        FileStore::open(&format!("file://{}/files", dir.path().display()), 1 << 20).unwrap();
    let g = group_with_files(pool, store).await;
    resources_round_trip(&g).await;
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn resources_are_kept_in_an_s3_compatible_store(pool: PgPool) {
    let s3 = S3Server::start().await;
    let g = group_with_files(pool, s3.store("groups", 1 << 20)).await;
    resources_round_trip(&g).await;
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_demo_has_three_groups_with_past_minutes_and_action_points(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let (status, list) = app.get_json(GROUPS).await;
    assert_eq!(status, 200);
    let names: Vec<&str> = list["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Bletchley Collaborative Action Group (demo)",
            "Central Milton Keynes Collaborative Action Group (demo)",
            "Wolverton Collaborative Action Group (demo)",
        ]
    );
    let id = list["groups"][0]["id"].as_str().unwrap();
    let (_, page) = app.get_json(&format!("/api/v1/groups/{id}")).await;
    assert_eq!(page["published_minutes"].as_array().unwrap().len(), 3);
    assert!(page["next_meeting"].is_string());
    let (_, resources) = app
        .get_json(&format!("/api/v1/groups/{id}/resources"))
        .await;
    let resources = resources["resources"].as_array().unwrap();
    assert_eq!(resources.len(), 2, "a link and a PDF: {resources:?}");
    // The PDF the seed made is in the file store, and reads back as a PDF.
    let pdf = resources
        .iter()
        .find(|r| r["file"].is_string())
        .expect("a file among the resources");
    assert_eq!(pdf["title"], "How our meeting runs (PDF)");
    let r = visitor()
        .get(app.url(&format!(
            "/api/v1/groups/{id}/resources/{}/file",
            pdf["id"].as_str().unwrap()
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let bytes = r.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF-1.4"));
    assert!(bytes.ends_with(b"%%EOF\n"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("(How our weekly meeting runs:) Tj"), "{text}");
}
