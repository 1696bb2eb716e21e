//! The deployment kit in `deploy/`, as `deploy/README.md` installs it: the systemd unit
//! verifies and rates "OK" or better, and Debian's nginx with the site file as written
//! (only its names, ports and paths replaced) serves Waymark over HTTPS and HTTP/2:
//! Secure cookies, the event stream passed on at once, the map UI's hashed files cached
//! for good, and rate limits that count each visitor, not the proxy.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use sqlx::PgPool;
use waymark_tests::{PASSWORD, TestApp, feature};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the repository")
        .to_owned()
}

fn run(command: &mut Command) -> std::process::Output {
    let out = command.output().expect("the command runs");
    assert!(
        out.status.success(),
        "{command:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A directory that nginx's workers (another user) can read.
fn shared_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(
        dir.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    dir
}

#[test]
fn the_systemd_unit_verifies_and_rates_ok_or_better() {
    let dir = tempfile::tempdir().unwrap();
    let unit = std::fs::read_to_string(repository().join("deploy/waymark.service")).unwrap();
    // systemd-analyze checks that the program and the environment file exist: point them
    // at an executable that is surely there (this test) and an empty file.
    let env = dir.path().join("waymark.env");
    std::fs::write(&env, "").unwrap();
    let program = std::env::current_exe().unwrap();
    let unit = unit
        .replace("/usr/local/bin/waymark", program.to_str().unwrap())
        .replace("/etc/waymark/waymark.env", env.to_str().unwrap());
    let file = dir.path().join("waymark.service");
    std::fs::write(&file, unit).unwrap();
    run(Command::new("systemd-analyze").arg("verify").arg(&file));
    let rated = run(Command::new("systemd-analyze")
        .args(["security", "--offline=true", "--no-pager"])
        .arg(&file));
    let said = String::from_utf8_lossy(&rated.stdout);
    let overall = said
        .lines()
        .find(|l| l.contains("Overall exposure level"))
        .expect("an overall rating");
    assert!(
        ["PERFECT", "SAFE", "OK"]
            .iter()
            .any(|rating| overall.contains(rating)),
        "{overall}"
    );
}

/// nginx running the site file of `deploy/nginx/waymark.conf`, stopped when dropped.
struct Nginx {
    child: Child,
    https: u16,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts nginx in `dir` in front of `upstream`, with the site file as shipped and
/// only its names, ports and paths replaced, like an admin following the README.
fn nginx(dir: &Path, upstream: std::net::SocketAddr, ui: &Path) -> Nginx {
    let (http, https) = (free_port(), free_port());
    run(Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args([
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
        ])
        // A server certificate, not a CA: TLS clients refuse a CA as a site's certificate.
        .args(["-addext", "basicConstraints=critical,CA:FALSE"])
        .args(["-addext", "extendedKeyUsage=serverAuth"])
        .arg("-keyout")
        .arg(dir.join("key.pem"))
        .arg("-out")
        .arg(dir.join("cert.pem")));
    let site = std::fs::read_to_string(repository().join("deploy/nginx/waymark.conf"))
        .unwrap()
        .replace("map.example.org;", "localhost;")
        .replace("server 127.0.0.1:8080;", &format!("server {upstream};"))
        .replace("listen 80;", &format!("listen 127.0.0.1:{http};"))
        .replace("listen [::]:80;", "")
        .replace(
            "listen 443 ssl http2;",
            &format!("listen 127.0.0.1:{https} ssl http2;"),
        )
        .replace("listen [::]:443 ssl http2;", "")
        .replace(
            "/etc/letsencrypt/live/map.example.org/fullchain.pem",
            dir.join("cert.pem").to_str().unwrap(),
        )
        .replace(
            "/etc/letsencrypt/live/map.example.org/privkey.pem",
            dir.join("key.pem").to_str().unwrap(),
        )
        .replace("/usr/local/share/waymark/map-ui", ui.to_str().unwrap());
    std::fs::write(dir.join("site.conf"), site).unwrap();
    // What Debian's /etc/nginx/nginx.conf gives a site, in a prefix of the test's own.
    std::fs::write(
        dir.join("nginx.conf"),
        format!(
            "daemon off;\nworker_processes 1;\npid {dir}/nginx.pid;\nerror_log {dir}/error.log;\n\
             events {{ worker_connections 256; }}\n\
             http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n  sendfile on;\n  \
             client_body_temp_path {dir}/body;\n  proxy_temp_path {dir}/proxy;\n  \
             include {dir}/site.conf;\n}}\n",
            dir = dir.display()
        ),
    )
    .unwrap();
    run(Command::new("nginx")
        .arg("-t")
        .arg("-p")
        .arg(dir)
        .arg("-c")
        .arg(dir.join("nginx.conf")));
    let child = Command::new("nginx")
        .arg("-p")
        .arg(dir)
        .arg("-c")
        .arg(dir.join("nginx.conf"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nginx starts");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", https)).is_err() {
        assert!(Instant::now() < deadline, "nginx did not listen");
        std::thread::sleep(Duration::from_millis(50));
    }
    Nginx { child, https }
}

/// A browser at its own loopback address (127.0.0.`n`) that trusts the test's
/// certificate and reaches `localhost` at nginx.
fn browser(dir: &Path, n: u8) -> reqwest::Client {
    let cert =
        reqwest::Certificate::from_pem(&std::fs::read(dir.join("cert.pem")).unwrap()).unwrap();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-requested-with",
        reqwest::header::HeaderValue::from_static("waymark-tests"),
    );
    reqwest::Client::builder()
        .add_root_certificate(cert)
        .cookie_store(true)
        .default_headers(headers)
        .local_address(std::net::IpAddr::from([127, 0, 0, n]))
        .build()
        .unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn through_nginx_over_https_cookies_are_secure_events_flow_and_limits_see_visitors(
    pool: PgPool,
) {
    let dir = shared_dir();
    let ui = dir.path().join("ui");
    std::fs::create_dir_all(ui.join("assets")).unwrap();
    std::fs::write(
        ui.join("index.html"),
        "<!doctype html><title>Waymark</title>",
    )
    .unwrap();
    std::fs::write(ui.join("assets/index-3f2a1b.js"), "console.log('map')").unwrap();
    let mut conn = pool.acquire().await.unwrap();
    waymark::seed::load_plan(&mut conn).await.unwrap();
    drop(conn);
    let app = TestApp::spawn_with(
        pool,
        waymark_api::ApiConfig {
            public_url: Some("https://localhost".into()),
            cookie_secure: true,
            ui_dir: ui.clone(),
            trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
            limits: waymark_api::limits::LimitsConfig {
                writes_per_minute_per_ip: 3,
                workshop_writes_per_minute_per_ip: 100,
                writes_per_minute_per_account: 1000,
                logins_per_minute: 100,
            },
            ..Default::default()
        },
    )
    .await;
    let proxy = nginx(dir.path(), app.address, &ui);
    let site = format!("https://localhost:{}", proxy.https);
    let resident = browser(dir.path(), 2);

    // The map UI, and its hashed files cached for good.
    let page = resident.get(format!("{site}/")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let asset = resident
        .get(format!("{site}/assets/index-3f2a1b.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(asset.status(), 200);
    let cache = asset.headers()["cache-control"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cache.contains("immutable"), "{cache}");
    // HTTP/2 through TLS.
    // (Off the runtime's thread: Waymark answers curl's request on it.)
    let (cert, plans) = (dir.path().join("cert.pem"), format!("{site}/api/v1/plans"));
    let h2 = tokio::task::spawn_blocking(move || {
        run(Command::new("curl")
            .args([
                "--http2",
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code} %{http_version}",
            ])
            .arg("--cacert")
            .arg(cert)
            .arg(plans))
    })
    .await
    .unwrap();
    assert_eq!(String::from_utf8_lossy(&h2.stdout), "200 2");
    // Signing in sets a Secure cookie.
    let email = app.create_user("resident").await;
    let signed_in = resident
        .post(format!("{site}/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 200);
    let cookies: Vec<String> = signed_in
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(!cookies.is_empty());
    assert!(
        cookies.iter().all(|c| c.contains("; Secure")),
        "{cookies:?}"
    );

    // The event stream passes each event on as it comes.
    let watcher = browser(dir.path(), 3);
    let mut events = watcher
        .get(format!("{site}/api/v1/plans/milton-keynes/events"))
        .send()
        .await
        .unwrap();
    assert_eq!(events.status(), 200);
    let posted = std::time::Instant::now();
    let created: serde_json::Value = resident
        .post(format!("{site}/api/v1/plans/milton-keynes/contributions"))
        .json(&feature("Through nginx"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().expect("a pin").to_owned();
    let mut seen = String::new();
    let arrived = tokio::time::timeout(Duration::from_secs(1), async {
        while !seen.contains(&id) {
            let chunk = events
                .chunk()
                .await
                .unwrap()
                .expect("the stream stays open");
            seen.push_str(&String::from_utf8_lossy(&chunk));
        }
    })
    .await;
    assert!(
        arrived.is_ok(),
        "no event within 1 s of the write ({:?}); got {seen:?}",
        posted.elapsed()
    );

    // Rate limits count each visitor: the resident has used one write of three.
    for _ in 0..2 {
        let r = resident
            .post(format!("{site}/api/v1/plans/milton-keynes/contributions"))
            .json(&feature("Through nginx"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
    }
    let over = resident
        .post(format!("{site}/api/v1/plans/milton-keynes/contributions"))
        .json(&feature("One too many"))
        .send()
        .await
        .unwrap();
    assert_eq!(over.status(), 429);
    // Another visitor through the same proxy still has their own allowance.
    let neighbour = browser(dir.path(), 4);
    let r = neighbour
        .post(format!("{site}/api/v1/plans/milton-keynes/contributions"))
        .json(&feature("From next door"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
}
