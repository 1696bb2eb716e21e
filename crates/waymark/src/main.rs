//! The `waymark` binary: everything it does lives in the library.

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    waymark::main().await
}
