import AsyncHTTPClient
import Foundation
import OmneoTestSupport
import Testing

/// `omneo-id serve` with a rules file: an unusable one stops it with exit 2 and one line
/// naming the rule; a changed one is followed after SIGHUP or once the file watch sees it.
@Suite(.serialized) struct ProfilePolicyProcessTests {
    @Test func anInvalidRulesFileStopsServeWithExit2NamingTheRule() async throws {
        let directory = NSTemporaryDirectory() + "omneo-id-policy-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let rules = directory + "/rules.yaml"
        try "rules:\n  - resource: /**\n    methods: [GET]\n  - resource: /lists\n    methods: [POTS]\n"
            .write(toFile: rules, atomically: true, encoding: .utf8)
        let run = try await CommandRun.omneoID(
            ["serve", "--port", "0", "--admin-port", "0"],
            environment: [
                "OMNEO_ID_UPSTREAM_URL": "http://127.0.0.1:9/api/v3", "OMNEO_ID_UPSTREAM_TOKEN": "t",
                "OMNEO_ID_DATA_DIR": directory, "OMNEO_ID_PROFILE_POLICY": rules,
            ])
        let output = run.standardError
        #expect(run.status == 2)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 1, "\(output)")
        #expect(output.contains("OMNEO_ID_PROFILE_POLICY (\(rules))"))
        #expect(output.contains("rule 2 (/lists): unknown method `POTS`"))
    }

    @Test func aChangedRulesFileIsFollowedAfterSIGHUP() async throws {
        try await SandboxHarness.with { sandbox in
            let directory = NSTemporaryDirectory() + "omneo-id-policy-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let rules = directory + "/rules.yaml"
            try "rules:\n  - resource: /\n    methods: [GET]\n".write(toFile: rules, atomically: true, encoding: .utf8)
            let replica = try await GatewayProcess(environment: [
                "OMNEO_ID_UPSTREAM_URL": sandbox.baseURL, "OMNEO_ID_UPSTREAM_TOKEN": sandbox.apiToken,
                "OMNEO_ID_DATA_DIR": directory, "OMNEO_ID_LOG_LEVEL": "warning", "OMNEO_ID_PROFILE_POLICY": rules,
                "OMNEO_ID_RATE_LIMIT_PROFILES_ME": "off",
            ])
            let token = try await MultiReplicaTests.mint(on: replica, apiToken: sandbox.apiToken)
            #expect(try await MultiReplicaTests.status("\(replica.baseURL)/profiles/me", token: token) == 200)
            #expect(try await MultiReplicaTests.status("\(replica.baseURL)/profiles/me/identities", token: token) == 403)

            // A broken edit is refused and the rules in force stay.
            try "rules:\n  - resource: /**\n    methods: [GIT]\n".write(toFile: rules, atomically: true, encoding: .utf8)
            replica.send(SIGHUP)
            // Once the reload has been tried (not after a fixed pause, which a loaded machine outlasts).
            #expect(try await MultiReplicaTests.eventually(within: .seconds(20)) {
                replica.output.contains("Could not reload the profile policy")
            })
            #expect(try await MultiReplicaTests.status("\(replica.baseURL)/profiles/me", token: token) == 200)

            try "rules:\n  - resource: /**\n    methods: [GET]\n".write(toFile: rules, atomically: true, encoding: .utf8)
            replica.send(SIGHUP)
            #expect(try await MultiReplicaTests.eventually {
                try await MultiReplicaTests.status("\(replica.baseURL)/profiles/me/identities", token: token) == 200
            })
            // A change without a signal is picked up by the file watch (polled every 5 s).
            try "rules:\n  - resource: /\n    methods: [GET]\n".write(toFile: rules, atomically: true, encoding: .utf8)
            #expect(try await MultiReplicaTests.eventually(within: .seconds(15)) {
                try await MultiReplicaTests.status("\(replica.baseURL)/profiles/me/identities", token: token) == 403
            })
            #expect(await replica.stop() == 0)
            #expect(replica.output.contains("Could not reload the profile policy"))
        }
    }
}
