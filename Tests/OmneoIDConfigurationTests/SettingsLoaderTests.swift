import Foundation
import Logging
import Testing

@testable import OmneoIDConfiguration

@Suite struct SettingsLoaderTests {
    @Test func defaultsMatchTheConfigurationTable() throws {
        let settings = try SettingsLoader(environment: [:]).load()
        #expect(settings.host == "127.0.0.1")
        #expect(settings.port == 8080)
        #expect(settings.adminHost == "127.0.0.1")
        #expect(settings.adminPort == 9090)
        #expect(settings.upstream == .embeddedSandbox)
        #expect(settings.upstreamTimeout == 30)
        #expect(settings.tenant == "sandbox")
        #expect(settings.issuer == "omneo-id")
        #expect(settings.tokenTTL == 3600)
        #expect(settings.tokenAlgorithm == .es256)
        #expect(settings.authMode == .upstream)
        #expect(settings.dataDirectory == "./.omneo-id")
        #expect(settings.keysFile == "./.omneo-id/keys.jwks.json")
        #expect(settings.sandboxPort == 8081)
        #expect(settings.sandboxToken == nil)
        #expect(settings.sandboxDatabase == "./.omneo-id/sandbox.sqlite")
        #expect(settings.databaseURL == nil)
        #expect(settings.maxBody == 10_485_760)
        #expect(settings.corsOrigins == .none)
        #expect(settings.locationsPublic == false)
        #expect(settings.locationsCacheTTL == 60)
        #expect(settings.trustedProxies.isEmpty)
        #expect(settings.profilePolicy == .hardened)
        #expect(settings.publicURL == nil)
        #expect(settings.idleTimeout == 60)
        #expect(settings.maxConcurrentPerProfile == 8)
        #expect(settings.rateLimitLocationsMissesIP == .init(perSecond: 10, burst: 50))
        #expect(settings.rateLimitLocationsMissesToken == .init(perSecond: 5, burst: 30))
        #expect(settings.logLevel == .info)
        #expect(settings.logFormat == .text)
    }

    @Test func everyEnvironmentVariableIsRead() throws {
        let hash = String(repeating: "ab", count: 32)
        let settings = try SettingsLoader(environment: [
            "OMNEO_ID_HOST": "0.0.0.0", "OMNEO_ID_PORT": "8000", "OMNEO_ID_ADMIN_HOST": "0.0.0.0",
            "OMNEO_ID_ADMIN_PORT": "9000", "OMNEO_ID_UPSTREAM_URL": "https://api.acme.getomneo.com/api/v3/",
            "OMNEO_ID_UPSTREAM_TOKEN": "service-token", "OMNEO_ID_UPSTREAM_TIMEOUT": "2.5",
            "OMNEO_ID_TENANT": "acme", "OMNEO_ID_ISSUER": "https://id.acme.example", "OMNEO_ID_TOKEN_TTL": "900",
            "OMNEO_ID_TOKEN_ALG": "EdDSA", "OMNEO_ID_AUTH_MODE": "static", "OMNEO_ID_API_TOKEN_SHA256": hash.uppercased(),
            "OMNEO_ID_DATA_DIR": "/var/lib/omneo-id", "OMNEO_ID_SANDBOX_PORT": "18081",
            "OMNEO_ID_SANDBOX_TOKEN": "sandbox-token-1234", "OMNEO_ID_SANDBOX_DB": ":memory:",
            "OMNEO_ID_MAX_BODY": "1024", "OMNEO_ID_CORS_ORIGINS": "https://shop.example.com, http://localhost:3000",
            "OMNEO_ID_LOCATIONS_PUBLIC": "true", "OMNEO_ID_LOCATIONS_CACHE_TTL": "0",
            "OMNEO_ID_TRUSTED_PROXIES": "10.0.0.0/8, fd00::/8", "OMNEO_ID_LOG_LEVEL": "debug",
            "OMNEO_ID_LOG_FORMAT": "json", "OMNEO_ID_IDLE_TIMEOUT": "30", "OMNEO_ID_MAX_CONCURRENT_PER_PROFILE": "4",
            "OMNEO_ID_RATE_LIMIT_LOCATIONS_MISSES_IP": "20/s:100", "OMNEO_ID_RATE_LIMIT_LOCATIONS_MISSES_TOKEN": "off",
        ]).load()
        #expect(settings.host == "0.0.0.0")
        #expect(settings.port == 8000)
        #expect(settings.adminHost == "0.0.0.0")
        #expect(settings.adminPort == 9000)
        #expect(settings.upstream == .remote(url: "https://api.acme.getomneo.com/api/v3", token: "service-token"))
        #expect(settings.upstreamTimeout == 2.5)
        #expect(settings.tenant == "acme")
        #expect(settings.issuer == "https://id.acme.example")
        #expect(settings.tokenTTL == 900)
        #expect(settings.tokenAlgorithm == .eddsa)
        #expect(settings.authMode == .staticHashes([hash]))
        #expect(settings.dataDirectory == "/var/lib/omneo-id")
        #expect(settings.keysFile == "/var/lib/omneo-id/keys.jwks.json")
        #expect(settings.sandboxPort == 18081)
        #expect(settings.sandboxToken == "sandbox-token-1234")
        #expect(settings.sandboxDatabase == ":memory:")
        #expect(settings.maxBody == 1024)
        #expect(settings.corsOrigins == .list(["https://shop.example.com", "http://localhost:3000"]))
        #expect(settings.locationsPublic)
        #expect(settings.locationsCacheTTL == 0)
        #expect(settings.trustedProxies.count == 2)
        #expect(settings.trustedProxies[0].contains("10.1.2.3"))
        #expect(!settings.trustedProxies[0].contains("11.1.2.3"))
        #expect(settings.trustedProxies[1].contains("fd12::1"))
        #expect(settings.logLevel == .debug)
        #expect(settings.logFormat == .json)
        #expect(settings.idleTimeout == 30)
        #expect(settings.maxConcurrentPerProfile == 4)
        #expect(settings.rateLimitLocationsMissesIP == .init(perSecond: 20, burst: 100))
        #expect(settings.rateLimitLocationsMissesToken == nil)
    }

    @Test func theIssue14SettingsComeFromFlagsAndTheFileToo() throws {
        let file = try TemporaryFile(
            contents: "idle_timeout: 45\nmax_concurrent_per_profile: 2\nrate_limit_locations_misses_token: 1/s:3\n", suffix: ".yaml")
        let settings = try SettingsLoader(flags: [.config: file.path, .idleTimeout: "5"], environment: [:]).load()
        #expect(settings.idleTimeout == 5)
        #expect(settings.maxConcurrentPerProfile == 2)
        #expect(settings.rateLimitLocationsMissesToken == .init(perSecond: 1, burst: 3))
    }

    @Test func flagsBeatEnvironmentWhichBeatsTheFile() throws {
        let file = try TemporaryFile(contents: "port: 7000\ntenant: from-file\nissuer: file-issuer\n", suffix: ".yaml")
        let settings = try SettingsLoader(
            flags: [.port: "7002", .config: file.path],
            environment: ["OMNEO_ID_PORT": "7001", "OMNEO_ID_TENANT": "from-env"]
        ).load()
        #expect(settings.port == 7002)
        #expect(settings.tenant == "from-env")
        #expect(settings.issuer == "file-issuer")
    }

    @Test func jsonConfigFileNamedByTheEnvironment() throws {
        let file = try TemporaryFile(contents: #"{"token_alg": "HS256", "locations_public": true, "token_ttl": 120}"#, suffix: ".json")
        let settings = try SettingsLoader(environment: ["OMNEO_ID_CONFIG": file.path]).load()
        #expect(settings.tokenAlgorithm == .hs256)
        #expect(settings.locationsPublic)
        #expect(settings.tokenTTL == 120)
    }

    @Test func secretsFromFiles() throws {
        let secret = try TemporaryFile(contents: "file-service-token\n", suffix: ".txt")
        let settings = try SettingsLoader(environment: [
            "OMNEO_ID_UPSTREAM_URL": "http://127.0.0.1:9/api/v3", "OMNEO_ID_UPSTREAM_TOKEN_FILE": secret.path,
        ]).load()
        #expect(settings.upstream == .remote(url: "http://127.0.0.1:9/api/v3", token: "file-service-token"))
    }

    @Test(arguments: [
        (["OMNEO_ID_PORT": "eighty"], "OMNEO_ID_PORT"),
        (["OMNEO_ID_PORT": "70000"], "OMNEO_ID_PORT"),
        (["OMNEO_ID_ADMIN_PORT": "-1"], "OMNEO_ID_ADMIN_PORT"),
        (["OMNEO_ID_UPSTREAM_URL": "ftp://x/api/v3", "OMNEO_ID_UPSTREAM_TOKEN": "t"], "OMNEO_ID_UPSTREAM_URL"),
        (["OMNEO_ID_UPSTREAM_URL": "https://api.acme.getomneo.com/api/v3"], "OMNEO_ID_UPSTREAM_TOKEN"),
        (["OMNEO_ID_UPSTREAM_TIMEOUT": "0"], "OMNEO_ID_UPSTREAM_TIMEOUT"),
        (["OMNEO_ID_TOKEN_TTL": "10"], "OMNEO_ID_TOKEN_TTL"),
        (["OMNEO_ID_TOKEN_ALG": "none"], "OMNEO_ID_TOKEN_ALG"),
        (["OMNEO_ID_TOKEN_ALG": "es256"], "OMNEO_ID_TOKEN_ALG"),
        (["OMNEO_ID_AUTH_MODE": "maybe"], "OMNEO_ID_AUTH_MODE"),
        (["OMNEO_ID_AUTH_MODE": "static"], "OMNEO_ID_API_TOKEN_SHA256"),
        (["OMNEO_ID_AUTH_MODE": "static", "OMNEO_ID_API_TOKEN_SHA256": "abc"], "OMNEO_ID_API_TOKEN_SHA256"),
        (["OMNEO_ID_SANDBOX_TOKEN": "short"], "OMNEO_ID_SANDBOX_TOKEN"),
        (["OMNEO_ID_MAX_BODY": "0"], "OMNEO_ID_MAX_BODY"),
        (["OMNEO_ID_CORS_ORIGINS": "shop.example.com"], "OMNEO_ID_CORS_ORIGINS"),
        (["OMNEO_ID_LOCATIONS_PUBLIC": "perhaps"], "OMNEO_ID_LOCATIONS_PUBLIC"),
        (["OMNEO_ID_LOCATIONS_CACHE_TTL": "-5"], "OMNEO_ID_LOCATIONS_CACHE_TTL"),
        (["OMNEO_ID_TRUSTED_PROXIES": "10.0.0.0/33"], "OMNEO_ID_TRUSTED_PROXIES"),
        (["OMNEO_ID_LOG_LEVEL": "verbose"], "OMNEO_ID_LOG_LEVEL"),
        (["OMNEO_ID_PROFILE_POLICY": "hardened"], "OMNEO_ID_PROFILE_POLICY"),
        (["OMNEO_ID_PROFILE_POLICY": "/nonexistent/rules.yaml"], "OMNEO_ID_PROFILE_POLICY"),
        (["OMNEO_ID_PROFILE_POLICY": "/tmp"], "OMNEO_ID_PROFILE_POLICY"),
        (["OMNEO_ID_PUBLIC_URL": "id.shop.example"], "OMNEO_ID_PUBLIC_URL"),
        (["OMNEO_ID_PUBLIC_URL": "https://id.shop.example/?x=1"], "OMNEO_ID_PUBLIC_URL"),
        (["OMNEO_ID_PUBLIC_URL": "https://user:pw@id.shop.example"], "OMNEO_ID_PUBLIC_URL"),
        (["OMNEO_ID_LOG_FORMAT": "xml"], "OMNEO_ID_LOG_FORMAT"),
        (["OMNEO_ID_IDLE_TIMEOUT": "0"], "OMNEO_ID_IDLE_TIMEOUT"),
        (["OMNEO_ID_IDLE_TIMEOUT": "soon"], "OMNEO_ID_IDLE_TIMEOUT"),
        (["OMNEO_ID_MAX_CONCURRENT_PER_PROFILE": "0"], "OMNEO_ID_MAX_CONCURRENT_PER_PROFILE"),
        (["OMNEO_ID_RATE_LIMIT_LOCATIONS_MISSES_IP": "lots"], "OMNEO_ID_RATE_LIMIT_LOCATIONS_MISSES_IP"),
        (["OMNEO_ID_TENANT": ""], "OMNEO_ID_TENANT"),
        (["OMNEO_ID_HOSTT": "0.0.0.0"], "OMNEO_ID_HOSTT"),
        (["OMNEO_ID_UPSTREAM_TOKEN": "a", "OMNEO_ID_UPSTREAM_TOKEN_FILE": "/dev/null"], "OMNEO_ID_UPSTREAM_TOKEN_FILE"),
    ])
    func invalidValuesStopWithTheSettingNamed(environment: [String: String], setting: String) {
        #expect {
            try SettingsLoader(environment: environment).load()
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.setting == setting && !error.description.contains("\n")
        }
    }

    @Test func theProfilePolicyAndPublicURLAreRead() throws {
        let rules = try TemporaryFile(contents: "rules: []\n", suffix: ".yaml")
        #expect(try SettingsLoader(environment: ["OMNEO_ID_PROFILE_POLICY": "open"]).load().profilePolicy == .open)
        #expect(try SettingsLoader(environment: ["OMNEO_ID_PROFILE_POLICY": "default"]).load().profilePolicy == .hardened)
        #expect(try SettingsLoader(flags: [.profilePolicy: rules.path], environment: [:]).load().profilePolicy == .rulesFile(rules.path))
        let file = try TemporaryFile(contents: "profile_policy: open\npublic_url: https://id.shop.example/\n", suffix: ".yaml")
        let settings = try SettingsLoader(flags: [.config: file.path], environment: [:]).load()
        #expect(settings.profilePolicy == .open)
        #expect(settings.publicURL == "https://id.shop.example")
    }

    @Test func aFlagErrorNamesTheFlag() {
        #expect(throws: ConfigurationError.self) { try SettingsLoader(flags: [.port: "x"], environment: [:]).load() }
        do {
            _ = try SettingsLoader(flags: [.port: "x"], environment: [:]).load()
        } catch let error as ConfigurationError {
            #expect(error.setting == "--port")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func unknownKeysInTheFileAreRejected() throws {
        let file = try TemporaryFile(contents: "prot: 8080\n", suffix: ".yaml")
        do {
            _ = try SettingsLoader(flags: [.config: file.path], environment: [:]).load()
            Issue.record("an unknown key was accepted")
        } catch let error as ConfigurationError {
            #expect(error.setting.hasPrefix("prot"))
            #expect(error.problem == "unknown setting")
        }
    }

    @Test func theDatabaseURLIsParsedAndItsPasswordNeverEchoed() throws {
        let settings = try SettingsLoader(environment: [
            "OMNEO_ID_DATABASE_URL": "postgresql://omneo:s3cr%40t@db.internal:6432/omneo?sslmode=verify-full"
        ]).load()
        let url = try #require(settings.databaseURL)
        #expect(url.host == "db.internal")
        #expect(url.port == 6432)
        #expect(url.password == "s3cr@t")
        #expect(url.sslMode == .verifyFull)
        #expect(!url.description.contains("s3cr"))

        let file = try TemporaryFile(contents: "postgres://omneo:from-file@127.0.0.1/omneo\n", suffix: ".secret")
        let fromFile = try SettingsLoader(environment: ["OMNEO_ID_DATABASE_URL_FILE": file.path]).load()
        #expect(fromFile.databaseURL?.password == "from-file")

        for bad in [
            "mysql://omneo:hunter2-secret@db/omneo", "postgres://:hunter2-secret@db/omneo",
            "postgres://omneo:hunter2-secret@db/omneo?sslmode=sometimes", "postgres://omneo:hunter2-secret@/omneo",
        ] {
            for name in ["OMNEO_ID_DATABASE_URL", "OMNEO_ID_SANDBOX_DB"] where bad.hasPrefix("postgres") || name == "OMNEO_ID_DATABASE_URL" {
                do {
                    _ = try SettingsLoader(environment: [name: bad]).load()
                    Issue.record("accepted \(name)=\(bad)")
                } catch let error as ConfigurationError {
                    #expect(error.description.contains(name))
                    #expect(!error.description.contains("hunter2"))
                }
            }
        }
    }

    @Test func secretsAreNotInErrors() throws {
        do {
            _ = try SettingsLoader(environment: [
                "OMNEO_ID_AUTH_MODE": "static", "OMNEO_ID_API_TOKEN_SHA256": "not-a-hash-secret-value",
            ]).load()
            Issue.record("accepted")
        } catch let error as ConfigurationError {
            #expect(!error.description.contains("not-a-hash-secret-value"))
        }
    }
}

/// A file removed when the value goes away.
final class TemporaryFile {
    let path: String

    init(contents: String, suffix: String) throws {
        path = NSTemporaryDirectory() + "omneo-id-test-\(UUID().uuidString)\(suffix)"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
