import HTTPTypes
import NIOCore
import OmneoIDConfiguration

/// Who the client is, for `X-Forwarded-*` and per-IP limits.
///
/// The TCP peer is the client unless it is a trusted proxy (`OMNEO_ID_TRUSTED_PROXIES`);
/// then its `X-Forwarded-For` is believed, read from the right, up to the first address
/// that is not itself a trusted proxy.
struct ClientAddress: Sendable {
    /// The client's IP address as text.
    let ip: String
    /// The `X-Forwarded-For` to send upstream: the believed chain plus the peer.
    let forwardedFor: String
    /// `http` or `https`, as the trusted proxy says, else `http` (the gateway does not terminate TLS).
    let proto: String
    /// The host the client asked for (a trusted proxy's `X-Forwarded-Host`, else `Host`), when well-formed.
    let host: String?

    init(peer: SocketAddress?, headers: HTTPFields, authority: String?, trustedProxies: [CIDR]) {
        let peerIP = peer?.ipAddress ?? "0.0.0.0"
        let trusted = !trustedProxies.isEmpty && trustedProxies.contains { $0.contains(peerIP) }
        var chain: [String] = []
        if trusted {
            for value in headers[values: .xForwardedFor] {
                for item in value.split(separator: ",") {
                    chain.append(String(item.trimmingSpaces()))
                }
            }
            if !chain.allSatisfy({ CIDR.bytes(of: $0) != nil }) {
                chain = []  // A malformed chain is not believed at all.
            }
        }
        var client = peerIP
        for address in chain.reversed() {
            client = address
            if !trustedProxies.contains(where: { $0.contains(address) }) { break }
        }
        self.ip = client
        self.forwardedFor = chain.isEmpty ? peerIP : (chain + [peerIP]).joined(separator: ", ")
        let forwardedProto = trusted ? headers[.xForwardedProto]?.lowercased() : nil
        self.proto = forwardedProto == "https" ? "https" : "http"
        let host = (trusted ? headers[.xForwardedHost] : nil) ?? authority
        self.host = host.flatMap { ClientAddress.isHostLike($0) ? $0 : nil }
    }

    /// `host[:port]` characters only (letters, digits, `.-:[]_`), at most 255.
    static func isHostLike(_ value: String) -> Bool {
        value.utf8.count <= 255 && !value.isEmpty
            && value.utf8.allSatisfy { byte in
                PathSegment.isUnreserved(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "[")
                    || byte == UInt8(ascii: "]")
            }
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let xForwardedHost = HTTPField.Name("X-Forwarded-Host")!
    static let traceparent = HTTPField.Name("traceparent")!
}
