import Foundation

/// Where the upstream listens: scheme, host and port, parsed once from its base URL.
struct UpstreamEndpoint: Sendable, Equatable {
    enum Scheme: String, Sendable { case http, https }

    let scheme: Scheme
    /// A DNS name or an IP address (IPv6 without brackets).
    let host: String
    let port: Int

    /// The `Host` header every request carries: the port only when not the scheme's default.
    /// Rendered once (it went through Foundation's string search per request).
    let hostHeader: String

    init(scheme: Scheme, host: String, port: Int? = nil) {
        self.scheme = scheme
        self.host = host
        self.port = port ?? (scheme == .https ? 443 : 80)
        let name = host.contains(":") ? "[\(host)]" : host
        let defaultPort = scheme == .https ? 443 : 80
        self.hostHeader = self.port == defaultPort ? name : "\(name):\(self.port)"
    }

    /// From e.g. `https://api.acme.getomneo.com/api/v3`; the path is ignored.
    init(url: String) throws {
        guard let components = URLComponents(string: url), let rawScheme = components.scheme?.lowercased(),
            let scheme = Scheme(rawValue: rawScheme), let host = components.host, !host.isEmpty
        else { throw UpstreamError.invalidBaseURL }
        let unbracketed = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        self.init(scheme: scheme, host: unbracketed, port: components.port)
    }


    /// The name sent in TLS SNI and verified against the certificate; `nil` for an IP address,
    /// which SNI cannot carry (the certificate is then checked against the address).
    var serverName: String? {
        var v4 = in_addr()
        var v6 = in6_addr()
        if inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1 { return nil }
        return host
    }
}
