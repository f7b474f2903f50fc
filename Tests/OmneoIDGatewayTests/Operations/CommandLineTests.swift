import Foundation
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// The `omneo-id` commands as an operator meets them: each start-up failure is one
/// `omneo-id:` line naming what is wrong, and the exit status follows one convention
/// (0 done, 1 failed while doing its job, 2 invalid input).
@Suite struct CommandLineTests {
    static func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "omneo-id-cli-\(UUID().uuidString)"
    }

    static func quietSandbox(_ directory: String) -> [String: String] {
        ["OMNEO_ID_DATA_DIR": directory, "OMNEO_ID_SANDBOX_DB": ":memory:", "OMNEO_ID_LOG_LEVEL": "warning"]
    }

    /// A port in use: one line naming the listener, its address and its setting; nothing started.
    @Test(arguments: [
        ("--port", "the gateway", "OMNEO_ID_PORT"), ("--admin-port", "the admin listener", "OMNEO_ID_ADMIN_PORT"),
        ("--sandbox-port", "the embedded sandbox", "OMNEO_ID_SANDBOX_PORT"),
    ])
    func aPortInUseIsOneLineNamingTheListenerAndPort(flag: String, listener: String, variable: String) async throws {
        let taken = try await RecordingUpstream()
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var ports = ["--port": "0", "--admin-port": "0", "--sandbox-port": "0"]
        ports[flag] = "\(taken.port)"
        let run = try await CommandRun.omneoID(
            ["serve"] + ports.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] },
            environment: Self.quietSandbox(directory))
        await taken.stop()
        #expect(run.status == 1)
        #expect(
            run.errorLines == [
                "omneo-id: \(listener) cannot listen on 127.0.0.1:\(taken.port) (\(variable)): the address is already in use"
            ])
        #expect(!run.standardOutput.contains("Omneo ID"))
    }

    @Test func anUnusableDataDirectoryIsOneLineNamingIt() async throws {
        let file = Self.temporaryDirectory()
        FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let below = try await CommandRun.omneoID(
            ["serve", "--port", "0", "--admin-port", "0"], environment: Self.quietSandbox(file + "/data"))
        #expect(below.status == 2)
        #expect(below.errorLines == ["omneo-id: data directory \(file)/data (OMNEO_ID_DATA_DIR) cannot be created: Not a directory"])
        let itself = try await CommandRun.omneoID(
            ["serve", "--port", "0", "--admin-port", "0"], environment: Self.quietSandbox(file))
        #expect(itself.status == 2)
        #expect(itself.errorLines == ["omneo-id: data directory \(file) (OMNEO_ID_DATA_DIR) is not a directory"])
    }

    @Test func aCorruptKeysFileStopsServeWithOneLineAndStatus2() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let keys = directory + "/keys.jwks.json"
        FileManager.default.createFile(atPath: keys, contents: Data("not json".utf8), attributes: [.posixPermissions: 0o600])
        let run = try await CommandRun.omneoID(
            ["serve", "--port", "0", "--admin-port", "0", "--sandbox-port", "0"], environment: Self.quietSandbox(directory))
        #expect(run.status == 2)
        #expect(run.errorLines.count == 1)
        #expect(run.errorLines.first?.hasPrefix("omneo-id: keys file \(keys) is not a valid private JWKS") == true)
    }

    @Test func keysCommandErrorsUseTheSamePrefixAndStatus() async throws {
        let directory = Self.temporaryDirectory()
        let run = try await CommandRun.omneoID(["keys", "jwks", "--keys-file", directory + "/missing.json"])
        #expect(run.status == 2)
        #expect(run.errorLines == ["omneo-id: keys file \(directory)/missing.json cannot be read: No such file or directory"])
    }

    @Test func tokenForAnUnknownIdSaysWhatWasLookedUp() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let id = "00000000-0000-4000-8000-000000000000"
        let run = try await CommandRun.omneoID(["token", "--id", id], environment: Self.quietSandbox(directory))
        #expect(run.status == 1)
        #expect(run.errorLines == ["omneo-id: no profile id \"\(id)\" at the embedded sandbox (404)"])
    }

    @Test func usageErrorsExit2() async throws {
        let run = try await CommandRun.omneoID(["token"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--id"))
    }

    @Test func helpShowsOnlyTheFlagsACommandReadsWithVariableAndDefault() async throws {
        let keys = try await CommandRun.omneoID(["keys", "generate", "--help"])
        #expect(keys.status == 0)
        #expect(keys.standardOutput.contains("--keys-file"))
        // Help is wrapped to the terminal's width: compare with whitespace runs collapsed.
        func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(flat(keys.standardOutput).contains("OMNEO_ID_KEYS_FILE; default: $DATA_DIR/keys.jwks.json"))
        #expect(!keys.standardOutput.contains("--upstream-url"))
        #expect(!keys.standardOutput.contains("--rate-limit"))
        let sandbox = try await CommandRun.omneoID(["sandbox", "--help"])
        #expect(sandbox.standardOutput.contains("--sandbox-port"))
        #expect(!sandbox.standardOutput.contains("--upstream-url"))
        let serve = try await CommandRun.omneoID(["serve", "--help"])
        #expect(flat(serve.standardOutput).contains("(OMNEO_ID_PORT; default: 8080)"))
        #expect(serve.standardOutput.contains("--upstream-token-file"))
    }

    @Test func versionPrintsTheBuildVersion() async throws {
        let run = try await CommandRun.omneoID(["--version"])
        #expect(run.status == 0)
        #expect(run.standardOutput == BuildInfo.version + "\n")
    }
}

/// `omneo-id check`: validate before deploying.
@Suite struct CheckCommandTests {
    @Test func aReachableUpstreamThatAcceptsTheTokenPasses() async throws {
        try await SandboxHarness.with { sandbox in
            let directory = CommandLineTests.temporaryDirectory()
            let run = try await CommandRun.omneoID(
                ["check"],
                environment: [
                    "OMNEO_ID_UPSTREAM_URL": sandbox.baseURL, "OMNEO_ID_UPSTREAM_TOKEN": sandbox.apiToken,
                    "OMNEO_ID_DATA_DIR": directory,
                ])
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.contains("ok: upstream \(sandbox.baseURL) is reachable and accepts the service token"))
        }
    }

    @Test func aRefusedServiceTokenFails() async throws {
        try await SandboxHarness.with { sandbox in
            let run = try await CommandRun.omneoID(
                ["check"],
                environment: [
                    "OMNEO_ID_UPSTREAM_URL": sandbox.baseURL, "OMNEO_ID_UPSTREAM_TOKEN": "wrong-token-0123456789",
                    "OMNEO_ID_DATA_DIR": CommandLineTests.temporaryDirectory(),
                ])
            #expect(run.status == 1)
            #expect(run.errorLines.count == 1)
            #expect(run.errorLines.first?.hasPrefix("omneo-id: upstream \(sandbox.baseURL) refuses the service token") == true)
        }
    }

    @Test func anUnreachableUpstreamFails() async throws {
        let run = try await CommandRun.omneoID(
            ["check"],
            environment: [
                "OMNEO_ID_UPSTREAM_URL": "http://127.0.0.1:1/api/v3", "OMNEO_ID_UPSTREAM_TOKEN": "service-token-0123456789",
                "OMNEO_ID_DATA_DIR": CommandLineTests.temporaryDirectory(),
            ])
        #expect(run.status == 1)
        #expect(run.errorLines == ["omneo-id: upstream http://127.0.0.1:1/api/v3 cannot be reached: no connection"])
    }

    @Test func anInvalidSettingFailsWithStatus2() async throws {
        let run = try await CommandRun.omneoID(["check", "--port", "http"])
        #expect(run.status == 2)
        #expect(run.errorLines.count == 1)
        #expect(run.errorLines.first?.hasPrefix("omneo-id: invalid configuration: --port") == true)
    }
}
