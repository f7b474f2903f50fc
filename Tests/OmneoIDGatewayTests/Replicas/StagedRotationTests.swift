import AsyncHTTPClient
import Foundation
import NIOHTTP1
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// `keys rotate` stages the new key: published and verifying at once, signing only after
/// `--activate-after`. A replica that receives the new file late (a Kubernetes Secret takes
/// up to a minute to reach every pod) therefore never sees a token it cannot verify.
@Suite(.serialized) struct StagedRotationTests {
    /// Seconds between `keys rotate` and the new key signing, in this test: room for the
    /// set-up below even on a loaded machine.
    static let activateAfter = 20

    @Test func aReplicaThatSeesTheRotatedFileLateNever401s() async throws {
        try await SandboxHarness.with { sandbox in
            let directory = NSTemporaryDirectory() + "omneo-id-staged-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let fileA = directory + "/a/keys.jwks.json"
            let fileB = directory + "/b/keys.jwks.json"
            func environment(_ keysFile: String) -> [String: String] {
                [
                    "OMNEO_ID_UPSTREAM_URL": sandbox.baseURL, "OMNEO_ID_UPSTREAM_TOKEN": sandbox.apiToken,
                    "OMNEO_ID_DATA_DIR": directory, "OMNEO_ID_KEYS_FILE": keysFile, "OMNEO_ID_LOG_LEVEL": "warning",
                    "OMNEO_ID_RATE_LIMIT_TOKEN_MINT": "off", "OMNEO_ID_RATE_LIMIT_PROFILES_ME": "off",
                ]
            }
            try FileManager.default.createDirectory(atPath: directory + "/b", withIntermediateDirectories: true)
            let a = try await GatewayProcess(environment: environment(fileA))
            try FileManager.default.copyItem(atPath: fileA, toPath: fileB)
            let b = try await GatewayProcess(environment: environment(fileB))
            let oldKid = try SigningKeyFile(path: fileA).load(algorithm: .es256).activeKey.kid

            // Rotate A's file with the CLI; A reloads at once, B keeps the old file for now.
            let rotate = try await CommandRun.omneoID(
                ["keys", "rotate", "--activate-after", "\(Self.activateAfter)", "--keys-file", fileA])
            #expect(rotate.status == 0, "\(rotate.standardError)")
            let keys = try SigningKeyFile(path: fileA).load(algorithm: .es256)
            let newKid = keys.keys[keys.keys.count - 1].kid
            #expect(newKid != oldKid)
            a.send(SIGHUP)
            // Published before it signs: A's JWKS lists the new key while A still signs with the old one.
            #expect(try await MultiReplicaTests.eventually {
                let jwks = try await Operations.send(.GET, "http://127.0.0.1:\(a.port)/.well-known/jwks.json")
                return jwks.body.contains(newKid)
            })

            // Mint on A and use the token on B, all through the rotation; B gets the file late
            // (8 s before the activation: a loaded test machine needs the room to reload it) and
            // after activation must accept the new key's tokens.
            let activatesAt = keys.keys[keys.keys.count - 1].activatesAt
            try #require(Date() < activatesAt.addingTimeInterval(-10), "the set-up took longer than the test allows")
            let start = Date()
            var copied = false
            var refused: [String] = []
            var kidsSeen: [String] = []
            while Date() < activatesAt.addingTimeInterval(2) {
                if !copied, Date() >= activatesAt.addingTimeInterval(-8) {
                    try FileManager.default.removeItem(atPath: fileB)
                    try FileManager.default.copyItem(atPath: fileA, toPath: fileB)
                    b.send(SIGHUP)
                    copied = true
                    // B has the new key once its JWKS lists it (still before the activation).
                    _ = try await MultiReplicaTests.eventually {
                        let jwks = try await Operations.send(.GET, "http://127.0.0.1:\(b.port)/.well-known/jwks.json")
                        return jwks.body.contains(newKid)
                    }
                }
                let token = try await MultiReplicaTests.mint(on: a, apiToken: sandbox.apiToken)
                let kid = MultiReplicaTests.kid(of: token) ?? "?"
                if kidsSeen.last != kid { kidsSeen.append(kid) }
                let status = try await MultiReplicaTests.status("\(b.baseURL)/profiles/me", token: token)
                if status != 200 {
                    refused.append("\(status) for a token signed by \(kid) at \(Date().timeIntervalSince(start)) s")
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(refused.isEmpty, "B refused tokens A minted: \(refused)")
            #expect(kidsSeen == [oldKid, newKid], "A signed with \(kidsSeen), expected the old key then the new one")
            #expect(await a.stop() == 0)
            #expect(await b.stop() == 0)
        }
    }

    @Test func activateMakesAStagedKeySignAtOnce() async throws {
        let directory = NSTemporaryDirectory() + "omneo-id-activate-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = SigningKeyFile(path: directory + "/keys.jwks.json")
        let first = try file.loadOrCreate(algorithm: .es256).keys
        let staged = try file.rotate(algorithm: .es256, activateAfter: 600)
        let newKid = staged.keys[1].kid
        #expect(staged.activeKey.kid == first.activeKey.kid)
        #expect(staged.pendingKeys().map(\.kid) == [newKid])
        #expect(staged.publicJWKSJSON().count > first.publicJWKSJSON().count)
        // The staged state survives the file; its time comes by itself, or with activate.
        let reloaded = try file.load(algorithm: .es256)
        #expect(reloaded.activeKey.kid == first.activeKey.kid)
        #expect(reloaded.activeKey(at: Date().addingTimeInterval(601)).kid == newKid)
        let run = try await CommandRun.omneoID(["keys", "activate", "--keys-file", directory + "/keys.jwks.json"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try file.load(algorithm: .es256).activeKey.kid == newKid)
        let again = try await CommandRun.omneoID(["keys", "activate", "--keys-file", directory + "/keys.jwks.json"])
        #expect(again.status == 1)
        #expect(again.errorLines == ["omneo-id: no staged key in \(directory)/keys.jwks.json"])
    }

    @Test func theIssuerSwitchesToAStagedKeyAtItsTime() async throws {
        var keys = SigningKeySet.generate(algorithm: .es256, now: Date().addingTimeInterval(-60))
        let oldKid = keys.activeKey.kid
        let staged = keys.rotate(now: Date(), activateAfter: 30)
        let issuer = try await TokenIssuer(
            settings: TokenSettings(issuer: "omneo-id", audience: "sandbox", ttl: 3600, algorithm: .es256), keys: keys)
        let before = try await issuer.mint(.anonymous)
        let after = try await issuer.mint(.anonymous, now: Date().addingTimeInterval(31))
        #expect(MultiReplicaTests.kid(of: before.token) == oldKid)
        #expect(MultiReplicaTests.kid(of: after.token) == staged.kid)
        // Not pruned while staged, nor the key it will replace.
        #expect(keys.prune(tokenTTL: 60, now: Date().addingTimeInterval(20)).isEmpty)
    }
}
