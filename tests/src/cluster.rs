//! A three-node pg_auto_failover cluster on loopback ports (scripts/failover-cluster.sh):
//! ports[0] the monitor, ports[1] node1 (the primary at first), ports[2] node2 (its
//! synchronous secondary, a hot standby that takes reads). Stopped and removed when dropped.

use std::path::PathBuf;
use std::process::Command;

use uuid::Uuid;

pub struct Cluster {
    dir: PathBuf,
    pub ports: [u16; 3],
}

fn script(args: &[&str]) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = Command::new(root.join("scripts/failover-cluster.sh"))
        .args(args)
        .output()
        .expect("scripts/failover-cluster.sh runs");
    assert!(
        out.status.success(),
        "failover-cluster.sh {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("text")
}

impl Cluster {
    pub fn up() -> Self {
        let dir = std::env::temp_dir().join(format!("waymark-failover-{}", Uuid::new_v4()));
        let printed = script(&["up", dir.to_str().unwrap()]);
        let ports: Vec<u16> = printed
            .split_whitespace()
            .map(|p| p.parse().expect("a port"))
            .collect();
        Self {
            dir,
            ports: ports.try_into().expect("three ports"),
        }
    }

    pub fn node_url(&self, node: usize) -> String {
        format!("postgres://postgres@127.0.0.1:{}/waymark", self.ports[node])
    }

    pub fn both_url(&self) -> String {
        format!(
            "postgres://postgres@127.0.0.1:{},127.0.0.1:{}/waymark",
            self.ports[1], self.ports[2]
        )
    }

    pub fn run(&self, command: &str, node: usize) {
        script(&[command, self.dir.to_str().unwrap(), &node.to_string()]);
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        script(&["down", self.dir.to_str().unwrap()]);
    }
}
