//! Several Waymark nodes on one database, behind one address (issue 17): real
//! processes, each running `waymark serve`'s own code (`waymark::serve` with its
//! settings from `WAYMARK_*` variables), and a round-robin TCP proxy in front of them.
//!
//! A node is this test binary run again with [`NODE_ENV`] set: the test named
//! [`NODE_TEST`] (in the test file) then serves until it is killed, instead of returning
//! at once. The same build as the test, so nothing else needs compiling.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// Set in a node's environment (not `WAYMARK_*`: the settings refuse names they do not know).
pub const NODE_ENV: &str = "TEST_WAYMARK_NODE";
/// The test that serves when [`NODE_ENV`] is set.
pub const NODE_TEST: &str = "node";

/// What the test named [`NODE_TEST`] runs: `waymark serve` when this process is a node.
pub fn serve_if_node() {
    if std::env::var_os(NODE_ENV).is_none() {
        return;
    }
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("info,sqlx=warn"))
        .with_ansi(false)
        .with_writer(std::io::stderr)
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    // No settings file: everything comes from the environment.
    let config = waymark::config::Config::load(std::path::Path::new("/nonexistent/waymark.toml"))
        .expect("the node's settings");
    runtime
        .block_on(waymark::serve(config))
        .expect("the node serves");
}

/// A running node, killed when dropped.
pub struct Node {
    child: Child,
    pub address: SocketAddr,
}

impl Node {
    /// Starts a node with these `WAYMARK_*` (and `DATABASE_URL`) settings and waits
    /// until it listens.
    pub fn start(settings: &[(&str, String)]) -> Self {
        let mut command = Command::new(std::env::current_exe().expect("the test binary"));
        command
            .args([NODE_TEST, "--exact", "--nocapture", "--test-threads=1"])
            .env(NODE_ENV, "1")
            .env("WAYMARK_LISTEN", "127.0.0.1:0")
            .env_remove("RUST_LOG")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (name, value) in settings {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("a node starts");
        let stderr = child.stderr.take().expect("its log");
        let (tx, rx) = std::sync::mpsc::channel();
        // Reads the node's log to its end (so that it never blocks on a full pipe),
        // passing it on for a failing test's output, and reports the address it serves on.
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                eprintln!("[node] {line}");
                if let Some((_, address)) = line.split_once("Waymark is serving on http://")
                    && let Some(tx) = tx.take()
                {
                    let _ = tx.send(address.trim().to_owned());
                }
            }
        });
        let address = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the node says where it serves")
            .parse()
            .expect("an address");
        Self { child, address }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One address in front of several: each new connection goes to the next backend in
/// turn.
pub struct RoundRobin {
    pub address: SocketAddr,
    /// Connections each backend was given.
    pub given: Arc<Vec<AtomicUsize>>,
    task: JoinHandle<()>,
}

impl RoundRobin {
    pub async fn start(backends: Vec<SocketAddr>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = listener.local_addr().expect("an address");
        let given: Arc<Vec<AtomicUsize>> =
            Arc::new(backends.iter().map(|_| AtomicUsize::new(0)).collect());
        let counts = given.clone();
        let task = tokio::spawn(async move {
            let mut next = 0;
            while let Ok((mut client, _)) = listener.accept().await {
                let i = next % backends.len();
                next += 1;
                counts[i].fetch_add(1, Ordering::SeqCst);
                let backend = backends[i];
                tokio::spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(backend).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
            }
        });
        Self {
            address,
            given,
            task,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }
}

impl Drop for RoundRobin {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Waits until `check` holds, at most `limit`.
pub async fn until<F, Fut>(what: &str, limit: Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    while !check().await {
        assert!(start.elapsed() < limit, "{what}: not within {limit:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
