import AsyncHTTPClient
import Foundation
import NIOCore
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// Two real gateway processes sharing one keys file and one sandbox, as replicas behind a
/// load balancer would.
@Suite(.serialized) struct MultiReplicaTests {
    static func status(_ url: String, token: String) async throws -> UInt {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        _ = try await response.body.collect(upTo: 1 << 20)
        return response.status.code
    }

    static func mint(on replica: GatewayProcess, apiToken: String) async throws -> String {
        var request = HTTPClientRequest(url: "\(replica.baseURL)/auth/token")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(apiToken)")
        request.body = .bytes(ByteBuffer(string: #"{"id":"1004993MH","id_handle":"magento_id"}"#))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 1 << 20)
        let json = try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]
        return try #require((json?["data"] as? [String: Any])?["token"] as? String)
    }

    static func kid(of token: String) -> String? {
        guard let header = token.split(separator: ".").first else { return nil }
        var base64 = header.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return json["kid"] as? String
    }

    /// Polls until `condition` holds (a replica handling SIGHUP does so asynchronously).
    static func eventually(
        within limit: Duration = .seconds(5), _ condition: () async throws -> Bool
    ) async throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    @Test func replicasShareKeysAndFollowRotationAndRemovalOnSIGHUP() async throws {
        try await SandboxHarness.with { sandbox in
            let directory = NSTemporaryDirectory() + "omneo-id-replicas-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let keysFile = directory + "/keys.jwks.json"
            let environment = [
                "OMNEO_ID_UPSTREAM_URL": sandbox.baseURL, "OMNEO_ID_UPSTREAM_TOKEN": sandbox.apiToken,
                "OMNEO_ID_DATA_DIR": directory, "OMNEO_ID_KEYS_FILE": keysFile, "OMNEO_ID_LOG_LEVEL": "warning",
                // The tests poll by minting.
                "OMNEO_ID_RATE_LIMIT_TOKEN_MINT": "off",
            ]
            let a = try await GatewayProcess(environment: environment)
            let b = try await GatewayProcess(environment: environment)

            // A token minted by one replica works on the other.
            let first = try await Self.mint(on: a, apiToken: sandbox.apiToken)
            #expect(try await Self.status("\(b.baseURL)/profiles/me", token: first) == 200)

            // Rotate the shared file, SIGHUP both: new tokens carry the new kid and verify on
            // both replicas, and the old token keeps verifying.
            var keys = try SigningKeyFile(path: keysFile).rotate(algorithm: .es256)
            let newKid = keys.activeKey.kid
            a.send(SIGHUP)
            b.send(SIGHUP)
            let rotated = try await Self.eventually {
                let token = try await Self.mint(on: b, apiToken: sandbox.apiToken)
                return Self.kid(of: token) == newKid
            }
            #expect(rotated)
            let second = try await Self.mint(on: b, apiToken: sandbox.apiToken)
            #expect(Self.kid(of: second) == newKid)
            #expect(try await Self.eventually { try await Self.status("\(a.baseURL)/profiles/me", token: second) == 200 })
            #expect(try await Self.status("\(a.baseURL)/profiles/me", token: first) == 200)
            #expect(try await Self.status("\(b.baseURL)/profiles/me", token: first) == 200)

            // Remove the old key from the file: after SIGHUP its tokens stop verifying everywhere.
            _ = keys.prune(tokenTTL: 60, now: Date().addingTimeInterval(3600))
            try SigningKeyFile(path: keysFile).save(keys)
            a.send(SIGHUP)
            b.send(SIGHUP)
            #expect(try await Self.eventually { try await Self.status("\(a.baseURL)/profiles/me", token: first) == 401 })
            #expect(try await Self.eventually { try await Self.status("\(b.baseURL)/profiles/me", token: first) == 401 })
            #expect(try await Self.status("\(a.baseURL)/profiles/me", token: second) == 200)

            #expect(await a.stop() == 0)
            #expect(await b.stop() == 0)
        }
    }

    @Test func aChangedKeysFileIsPickedUpWithoutASignal() async throws {
        try await SandboxHarness.with { sandbox in
            let directory = NSTemporaryDirectory() + "omneo-id-watch-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let keysFile = directory + "/keys.jwks.json"
            let replica = try await GatewayProcess(environment: [
                "OMNEO_ID_UPSTREAM_URL": sandbox.baseURL, "OMNEO_ID_UPSTREAM_TOKEN": sandbox.apiToken,
                "OMNEO_ID_DATA_DIR": directory, "OMNEO_ID_KEYS_FILE": keysFile, "OMNEO_ID_LOG_LEVEL": "warning",
                // The tests poll by minting.
                "OMNEO_ID_RATE_LIMIT_TOKEN_MINT": "off",
            ])
            let first = try await Self.mint(on: replica, apiToken: sandbox.apiToken)

            // `keys rotate` on the file, no SIGHUP: new tokens carry the new kid within a poll or two.
            var keys = try SigningKeyFile(path: keysFile).rotate(algorithm: .es256)
            let newKid = keys.activeKey.kid
            #expect(try await Self.eventually(within: .seconds(20)) {
                Self.kid(of: try await Self.mint(on: replica, apiToken: sandbox.apiToken)) == newKid
            })
            #expect(try await Self.status("\(replica.baseURL)/profiles/me", token: first) == 200)

            // The old key removed from the file: its tokens stop verifying, still without a signal.
            _ = keys.prune(tokenTTL: 60, now: Date().addingTimeInterval(3600))
            try SigningKeyFile(path: keysFile).save(keys)
            #expect(try await Self.eventually(within: .seconds(20)) {
                try await Self.status("\(replica.baseURL)/profiles/me", token: first) == 401
            })
            #expect(await replica.stop() == 0)
        }
    }

    @Test func sigtermDrainsAnInFlightRequestAndExitsZero() async throws {
        let handler: RecordingUpstream.Handler = { request in
            try await Task.sleep(for: .seconds(1))
            return try await RecordingUpstream.echo(request)
        }
        let upstream = try await RecordingUpstream(handler: handler)
        let directory = NSTemporaryDirectory() + "omneo-id-drain-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let replica = try await GatewayProcess(environment: [
            "OMNEO_ID_UPSTREAM_URL": upstream.baseURL, "OMNEO_ID_UPSTREAM_TOKEN": "service-token",
            "OMNEO_ID_DATA_DIR": directory, "OMNEO_ID_LOG_LEVEL": "warning",
        ])
        let keys = try SigningKeyFile(path: directory + "/keys.jwks.json").load(algorithm: .es256)
        let issuer = try await TokenIssuer(settings: .init(audience: "sandbox"), keys: keys)
        let token = try await issuer.mint(.profile(.init("abc-123")!)).token
        async let inFlight = Self.status("\(replica.baseURL)/profiles/me", token: token)
        // Signalled once the request has reached the upstream (which holds it for 1 s), not after
        // a fixed pause: on a loaded machine the request could still be on its way, and be refused.
        #expect(try await Self.eventually(within: .seconds(20)) { !upstream.requests.isEmpty })
        let exit = Task { await replica.stop() }
        #expect(try await inFlight == 200)
        #expect(await exit.value == 0)
        await upstream.stop()
    }
}
