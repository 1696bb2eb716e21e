//! An S3-compatible server for the tests: moto's, from `scripts/py-tools.sh`, on a free
//! loopback port, with one bucket. Stopped when dropped.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The Python tools' bin folder, installed once (scripts/py-tools.sh is idempotent).
pub fn py_tools() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = Command::new(root.join("scripts/py-tools.sh"))
        .stderr(Stdio::inherit())
        .output()
        .expect("scripts/py-tools.sh runs");
    assert!(out.status.success(), "scripts/py-tools.sh failed");
    PathBuf::from(String::from_utf8(out.stdout).expect("a path").trim())
}

pub struct S3Server {
    child: Child,
    pub endpoint: String,
    pub bucket: String,
}

impl S3Server {
    /// Starts moto and makes the bucket `waymark-test`.
    pub async fn start() -> Self {
        let bin = py_tools();
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(bin.join("moto_server"))
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("moto_server starts");
        let server = Self {
            child,
            endpoint: format!("http://127.0.0.1:{port}"),
            bucket: "waymark-test".into(),
        };
        // Ready when it answers; a readiness wait, not a timing assertion.
        let client = reqwest::Client::new();
        let started = Instant::now();
        loop {
            let made = client
                .put(format!("{}/{}", server.endpoint, server.bucket))
                .send()
                .await;
            match made {
                Ok(r) if r.status().is_success() => break,
                _ if started.elapsed() > Duration::from_secs(60) => {
                    panic!("moto_server did not answer on {}", server.endpoint)
                }
                _ => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        server
    }

    /// A file store on this server's bucket, under `prefix`.
    pub fn store(&self, prefix: &str, max_bytes: usize) -> waymark_api::files::FileStore {
        waymark_api::files::FileStore::open_with(
            &format!("s3://{}/{prefix}", self.bucket),
            max_bytes,
            &[
                ("aws_endpoint", &self.endpoint),
                ("aws_allow_http", "true"),
                ("aws_access_key_id", "testing"),
                ("aws_secret_access_key", "testing"),
                ("aws_region", "eu-west-2"),
                ("aws_virtual_hosted_style_request", "false"),
            ],
        )
        .expect("an S3 file store")
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
