import NIOSSL

/// TLS towards an `https` upstream: certificates are always verified, host name included,
/// against the system's trust roots plus any extra certificate authorities.
struct UpstreamTLSConfiguration: Sendable {
    /// PEM files of certificate authorities trusted besides the system's (e.g. a private CA, tests).
    var additionalCertificateAuthorityFiles: [String] = []

    /// Reads the CA files: call once at start, never on an event loop.
    func makeContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .fullVerification
        configuration.additionalTrustRoots = additionalCertificateAuthorityFiles.map { .file($0) }
        configuration.applicationProtocols = ["http/1.1"]
        return try NIOSSLContext(configuration: configuration)
    }
}
