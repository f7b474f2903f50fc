import HTTPTypes
import NIOCore
import OmneoIDConfiguration

/// Who the client is, for `X-Forwarded-*` and per-IP limits.
///
/// The TCP peer is the client unless it is a trusted proxy (`OMNEO_ID_TRUSTED_PROXIES`).
/// Then `X-Forwarded-For` (every value, in order) is read from the right, one hop at a
/// time, for as long as each hop is itself a trusted proxy: the first untrusted hop is the
/// client. A malformed hop (`unknown`, an obfuscated name, garbage) stops the walk too,
/// and the client is then the last good address, i.e. the trusted proxy that reported the
/// malformed hop: only a trusted proxy's own word is ever used, so a client cannot pick
/// its own bucket by sending junk, and nothing left of the first untrusted hop is read.
/// `a.b.c.d:port` and `[v6]:port` hops (as some balancers write them) count as the address.
/// When every hop is trusted, the leftmost is the client.
struct ClientAddress: Sendable {
    /// The client's IP address as text.
    let ip: String
    /// The `X-Forwarded-For` to send upstream: the believed hops (client first) plus the peer.
    let forwardedFor: String
    /// `http` or `https`, as the trusted proxy says, else `http` (the gateway does not terminate TLS).
    let proto: String
    /// The host the client asked for (a trusted proxy's `X-Forwarded-Host`, else `Host`), when well-formed.
    let host: String?

    init(peer: SocketAddress?, headers: HTTPFields, authority: String?, trustedProxies: [CIDR]) {
        let peerIP = peer?.ipAddress ?? "0.0.0.0"
        let trusted = !trustedProxies.isEmpty && trustedProxies.contains { $0.contains(peerIP) }
        var believed: [String] = []
        var client = peerIP
        if trusted {
            let hops = headers[values: .xForwardedFor].flatMap { $0.split(separator: ",") }
            for hop in hops.reversed() {
                guard let address = Self.address(of: hop.trimmingSpaces()) else { break }
                client = address
                believed.append(address)
                if !trustedProxies.contains(where: { $0.contains(address) }) { break }
            }
        }
        self.ip = client
        self.forwardedFor = (believed.reversed() + [peerIP]).joined(separator: ", ")
        let forwardedProto = trusted ? headers[.xForwardedProto]?.lowercased() : nil
        self.proto = forwardedProto == "https" ? "https" : "http"
        let host = (trusted ? headers[.xForwardedHost] : nil) ?? authority
        self.host = host.flatMap { ClientAddress.isHostLike($0) ? $0 : nil }
    }

    /// The key of this client's per-IP budgets: the address, or for IPv6 its /64 (one
    /// subscriber's network holds 2^64 addresses; keying each would give them unlimited buckets).
    var budgetKey: RateLimitKey {
        RateLimitKey(hashing: Self.budgetText(of: ip))
    }

    /// `ip` itself for IPv4 (and IPv4-mapped IPv6), `xxxx:xxxx:xxxx:xxxx::/64` for IPv6.
    static func budgetText(of ip: String) -> String {
        guard let bytes = CIDR.bytes(of: ip), bytes.count == 16 else { return ip }
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xff, bytes[11] == 0xff {
            return bytes[12...].map(String.init).joined(separator: ".")
        }
        let groups = stride(from: 0, to: 8, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
        return groups.joined(separator: ":") + "::/64"
    }

    /// The textual IP address of one `X-Forwarded-For` hop, or `nil` when it is malformed.
    /// Accepts a bare IPv4/IPv6 address, `a.b.c.d:port` and `[v6]` / `[v6]:port`.
    static func address(of hop: Substring) -> String? {
        let text = String(hop)
        if CIDR.bytes(of: text) != nil { return text }
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            let inner = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            guard rest.isEmpty || Self.isPort(rest.dropFirst()) && rest.first == ":" else { return nil }
            return CIDR.bytes(of: inner)?.count == 16 ? inner : nil
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, Self.isPort(parts[1]), CIDR.bytes(of: String(parts[0]))?.count == 4 {
            return String(parts[0])
        }
        return nil
    }

    private static func isPort(_ text: Substring) -> Bool {
        (1...5).contains(text.utf8.count) && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
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
