/// Maps URLs of the upstream (`{upstream base}/profiles/{sub}/…`) to the gateway's
/// (`{public base}/id/api/v1/profiles/me/…`), for `Location` and JSON `links` in answers.
///
/// Only what the gateway serves is mapped: the token's own profile and `/locations`. Any
/// other URL under the upstream base is ``Result/unmappable`` (dropped or nulled, so no
/// upstream URL reaches a client).
struct UpstreamURLRewriter: Sendable {
    /// e.g. `http://10.0.0.5:8081/api/v3`.
    let upstreamBase: String
    /// e.g. `/api/v3`; may be empty.
    let upstreamBasePath: String
    /// e.g. `/profiles/0b7e…`.
    let profilePath: String
    /// e.g. `https://id.shop.example/id/api/v1`; `nil` when the gateway's public origin is unknown.
    let gatewayBase: String?
    /// The upstream's authority (`host:port`): text every upstream URL holds, even with `\/` escapes.
    let marker: String

    enum Result: Equatable {
        /// Not an upstream URL: left as it is.
        case foreign
        case rewritten(String)
        /// An upstream URL the gateway does not serve.
        case unmappable
    }

    init(upstream: Upstream, profileID: String, publicBase: String?) {
        self.upstreamBase = upstream.origin + upstream.basePath
        self.upstreamBasePath = upstream.basePath
        // The origin is `scheme://authority`; its first `:` is the scheme's (a byte search: this
        // runs per relayed request, and Foundation's `range(of:)` was ~1 % of one).
        let origin = upstream.origin.utf8
        if let colon = origin.firstIndex(of: UInt8(ascii: ":")), origin[colon...].starts(with: "://".utf8) {
            self.marker = String(upstream.origin[origin.index(colon, offsetBy: 3)...])
        } else {
            self.marker = upstream.origin
        }
        self.profilePath = "/profiles/" + profileID
        self.gatewayBase = publicBase.map { $0 + Gateway.basePath }
    }

    func rewrite(_ url: Substring) -> Result {
        let rest: Substring
        if url.hasPrefix(upstreamBase) {
            rest = url.dropFirst(upstreamBase.count)
        } else if !upstreamBasePath.isEmpty, url.hasPrefix(upstreamBasePath) {
            rest = url.dropFirst(upstreamBasePath.count)
        } else {
            return .foreign
        }
        guard rest.isEmpty || rest.first == "/" || rest.first == "?" || rest.first == "#" else { return .foreign }
        guard let gatewayBase else { return .unmappable }
        if Self.hasPathPrefix(rest, profilePath) {
            return .rewritten(gatewayBase + "/profiles/me" + rest.dropFirst(profilePath.count))
        }
        if Self.hasPathPrefix(rest, "/locations") {
            return .rewritten(gatewayBase + rest)
        }
        return .unmappable
    }

    /// `path` is `prefix` or starts with `prefix` followed by `/`, `?` or `#`.
    static func hasPathPrefix(_ path: Substring, _ prefix: String) -> Bool {
        guard path.hasPrefix(prefix) else { return false }
        let next = path.dropFirst(prefix.count).first
        return next == nil || next == "/" || next == "?" || next == "#"
    }
}
