//! Behind a reverse proxy every connection comes from the proxy. When the peer is one of
//! the configured trusted proxies, the client is the address the proxy reported in
//! `X-Forwarded-For`: the rightmost one that is not itself a trusted proxy (the entries
//! to its left were written by the client and prove nothing). Anyone else's
//! `X-Forwarded-For` is ignored, so nobody can pick the address their rate limits count.
//!
//! The middleware replaces the connection's `ConnectInfo` before any route sees it, so
//! the rate limits, the sign-in limits and "the machine itself may read /metrics" all
//! judge the real client.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;

use crate::AppState;

pub async fn real_client(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let trusted = &state.config.trusted_proxies;
    if let Some(ConnectInfo(peer)) = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .copied()
        && is_trusted(trusted, peer.ip())
        && let Some(client) = forwarded_client(
            trusted,
            request
                .headers()
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok()),
        )
    {
        request
            .extensions_mut()
            .insert(ConnectInfo(SocketAddr::new(client, peer.port())));
    }
    next.run(request).await
}

fn is_trusted(trusted: &[IpNet], ip: IpAddr) -> bool {
    let ip = ip.to_canonical();
    trusted.iter().any(|net| net.contains(&ip))
}

/// The client a chain of trusted proxies reported: walking `X-Forwarded-For` from the
/// right, the first address that is not a trusted proxy. `None` when the header is
/// missing or holds something that is not an address (then the peer counts).
fn forwarded_client<'a>(
    trusted: &[IpNet],
    headers: impl Iterator<Item = &'a str>,
) -> Option<IpAddr> {
    let hops: Vec<&str> = headers.flat_map(|v| v.split(',')).map(str::trim).collect();
    let mut client = None;
    for hop in hops.iter().rev() {
        let ip: IpAddr = hop.parse().ok()?;
        client = Some(ip.to_canonical());
        if !is_trusted(trusted, ip) {
            break;
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|n| n.parse().unwrap()).collect()
    }

    fn client(trusted: &[&str], header: &str) -> Option<IpAddr> {
        forwarded_client(&nets(trusted), std::iter::once(header))
    }

    #[test]
    fn the_rightmost_untrusted_hop_is_the_client() {
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        assert_eq!(client(&["127.0.0.1/32"], "203.0.113.7"), ip("203.0.113.7"));
        // A client that writes its own header cannot choose its address.
        assert_eq!(
            client(&["127.0.0.1/32"], "198.51.100.1, 203.0.113.7"),
            ip("203.0.113.7")
        );
        // Through two trusted proxies.
        assert_eq!(
            client(&["127.0.0.1/32", "10.0.0.0/8"], "203.0.113.7, 10.1.2.3"),
            ip("203.0.113.7")
        );
        assert_eq!(client(&["::1/128"], "2001:db8::5"), ip("2001:db8::5"));
        assert_eq!(client(&["127.0.0.1/32"], "not an address"), None);
        assert_eq!(client(&["127.0.0.1/32"], ""), None);
    }

    #[test]
    fn an_ipv4_peer_on_a_dual_stack_socket_is_trusted_as_itself() {
        let trusted = nets(&["127.0.0.1/32"]);
        assert!(is_trusted(&trusted, "::ffff:127.0.0.1".parse().unwrap()));
        assert!(!is_trusted(&trusted, "127.0.0.2".parse().unwrap()));
    }
}
