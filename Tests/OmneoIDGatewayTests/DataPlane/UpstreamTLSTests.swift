import Foundation
import NIOCore
import NIOSSL
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// `https` upstreams: certificates verified (trust roots plus an added CA, host name included);
/// any failure is `.tls`, never a plaintext fallback.
@Suite struct UpstreamTLSTests {
    typealias T = UpstreamPoolTesting

    /// A CA, a server certificate it signed for `localhost`, and a self-signed `localhost` certificate.
    struct Certificates {
        let directory: URL
        var caFile: String { directory.appendingPathComponent("ca.pem").path }

        init() async throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("upstream-tls-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
                .write(to: directory.appendingPathComponent("server.ext"), atomically: true, encoding: .utf8)
            let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
            try await openssl(["req", "-x509"] + ec + ["-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Upstream Test CA",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
            try await openssl(["req"] + ec + ["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"])
            try await openssl(["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "server.pem", "-days", "2", "-extfile", "server.ext"])
            try await openssl(["req", "-x509"] + ec + ["-keyout", "rogue.key", "-out", "rogue.pem", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost"])
        }

        private func openssl(_ arguments: [String]) async throws {
            let run = try await CommandRun.run(
                "/usr/bin/openssl", arguments, environment: ProcessInfo.processInfo.environment, directory: directory.path)
            guard run.status == 0 else { throw OpenSSLFailed(arguments: arguments, status: run.status, standardError: run.standardError) }
        }

        func serverContext(_ name: String) throws -> NIOSSLContext {
            let chain = try NIOSSLCertificate.fromPEMFile(directory.appendingPathComponent("\(name).pem").path)
            let key = try NIOSSLPrivateKey(file: directory.appendingPathComponent("\(name).key").path, format: .pem)
            return try NIOSSLContext(configuration: .makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key)))
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    struct OpenSSLFailed: Error {
        let arguments: [String]
        let status: ChildExit
        let standardError: String
    }

    @Test func aServerSignedByAnAddedAuthorityIsTrustedAndItsConnectionKept() async throws {
        let certificates = try await Certificates()
        defer { certificates.remove() }
        let upstream = try await ScriptedUpstream(group: T.group, tls: try certificates.serverContext("server")) { request in
            .send(T.ok("secure \(request.headers["Host"].first ?? "")"))
        }
        let pools = try T.pools(port: upstream.port, scheme: .https, host: "localhost") {
            $0.tls.additionalCertificateAuthorityFiles = [certificates.caFile]
        }
        let loop = T.group.next()
        for _ in 0..<2 {
            let outcome = try await T.perform(pools, on: loop)
            #expect(outcome.error == nil)
            #expect(String(buffer: outcome.body) == "secure localhost:\(upstream.port)")
        }
        #expect(upstream.acceptedConnections == 1)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func anUntrustedCertificateFailsAsTLS() async throws {
        let certificates = try await Certificates()
        defer { certificates.remove() }
        let upstream = try await ScriptedUpstream(group: T.group, tls: try certificates.serverContext("rogue")) { _ in .send(T.ok("no")) }
        let pools = try T.pools(port: upstream.port, scheme: .https, host: "localhost") {
            $0.tls.additionalCertificateAuthorityFiles = [certificates.caFile]
        }
        let outcome = try await T.perform(pools)
        #expect(outcome.error.map { if case .tls = $0 { true } else { false } } == true, "\(String(describing: outcome.error))")
        #expect(upstream.requests.isEmpty)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aCertificateForAnotherNameFailsAsTLS() async throws {
        let certificates = try await Certificates()
        defer { certificates.remove() }
        let upstream = try await ScriptedUpstream(group: T.group, tls: try certificates.serverContext("server")) { _ in .send(T.ok("no")) }
        // The certificate names `localhost` only; the pool is told to reach 127.0.0.1.
        let pools = try T.pools(port: upstream.port, scheme: .https, host: "127.0.0.1") {
            $0.tls.additionalCertificateAuthorityFiles = [certificates.caFile]
        }
        let outcome = try await T.perform(pools)
        #expect(outcome.error.map { if case .tls = $0 { true } else { false } } == true, "\(String(describing: outcome.error))")
        #expect(upstream.requests.isEmpty)
        await pools.shutdown()
        await upstream.close()
    }

    @Test func aPlaintextServerBehindAnHTTPSURLIsNeverSpokenToInPlaintext() async throws {
        let upstream = try await ScriptedUpstream(group: T.group) { _ in .send(T.ok("plaintext")) }
        let pools = try T.pools(port: upstream.port, scheme: .https, host: "localhost")
        let outcome = try await T.perform(pools)
        #expect(outcome.error.map { if case .tls = $0 { true } else { false } } == true, "\(String(describing: outcome.error))")
        #expect(upstream.requests.isEmpty)
        await pools.shutdown()
        await upstream.close()
    }
}
