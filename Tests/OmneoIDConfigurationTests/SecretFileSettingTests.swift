import Foundation
import Testing

@testable import OmneoIDConfiguration

/// `…_FILE` for every secret works as a variable, a config-file key and a flag.
@Suite struct SecretFileSettingTests {
    static func file(_ contents: String) throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("omneo-id-secret-\(UUID().uuidString)")
        try Data(contents.utf8).write(to: url)
        return url
    }

    @Test func aConfigFileKeyNamesTheSecretFile() throws {
        let secret = try Self.file("token-from-a-file-0123\n")
        let config = try Self.file("upstream_url: http://127.0.0.1:9/api/v3\nupstream_token_file: \(secret.path)\n")
        defer {
            try? FileManager.default.removeItem(at: secret)
            try? FileManager.default.removeItem(at: config)
        }
        let settings = try SettingsLoader(environment: ["OMNEO_ID_CONFIG": config.path]).load()
        #expect(settings.upstream == .remote(url: "http://127.0.0.1:9/api/v3", token: "token-from-a-file-0123"))
    }

    @Test func aFlagNamesTheSecretFile() throws {
        let secret = try Self.file("sandbox-token-from-file-0123")
        defer { try? FileManager.default.removeItem(at: secret) }
        let settings = try SettingsLoader(flags: [Setting.sandboxToken.fileVariant: secret.path], environment: [:]).load()
        #expect(settings.sandboxToken == "sandbox-token-from-file-0123")
    }

    @Test func anUnreadableSecretFileNamesWhereItWasGiven() throws {
        #expect {
            try SettingsLoader(flags: [Setting.upstreamToken.fileVariant: "/nonexistent/token"], environment: [:]).load()
        } throws: { error in
            (error as? ConfigurationError)?.description == "invalid configuration: --upstream-token-file: cannot read /nonexistent/token"
        }
    }

    @Test func helpNamesTheVariableAndTheDefault() {
        #expect(Setting.port.help == "Public listener port. (OMNEO_ID_PORT; default: 8080)")
        #expect(Setting.upstreamToken.help.hasSuffix("(OMNEO_ID_UPSTREAM_TOKEN or OMNEO_ID_UPSTREAM_TOKEN_FILE; default: the sandbox's when embedded)"))
    }
}
