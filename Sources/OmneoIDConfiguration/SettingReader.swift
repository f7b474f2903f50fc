import Configuration
import Foundation
import Logging
import OmneoPostgres

/// Turns the raw, layered values into `OmneoIDSettings`, one validated setting at a time.
struct SettingReader {
    let reader: ConfigReader
    let source: SourceNamer
    let environment: [String: String]

    mutating func settings() throws -> OmneoIDSettings {
        var settings = OmneoIDSettings()
        settings.host = try string(.host) ?? settings.host
        settings.port = try port(.port) ?? settings.port
        settings.adminHost = try string(.adminHost) ?? settings.adminHost
        settings.adminPort = try port(.adminPort) ?? settings.adminPort
        settings.upstreamTimeout = try seconds(.upstreamTimeout) ?? settings.upstreamTimeout
        settings.tenant = try identifier(.tenant) ?? settings.tenant
        settings.issuer = try identifier(.issuer) ?? settings.issuer
        settings.tokenTTL = try integer(.tokenTTL, in: 60...86_400) ?? settings.tokenTTL
        settings.tokenAlgorithm = try choice(.tokenAlg, TokenAlgorithm.allCases.map(\.rawValue)).map {
            TokenAlgorithm(rawValue: $0)!
        } ?? settings.tokenAlgorithm
        settings.dataDirectory = try string(.dataDir) ?? settings.dataDirectory
        settings.keysFile = try string(.keysFile) ?? (settings.dataDirectory as NSString).appendingPathComponent("keys.jwks.json")
        settings.sandboxPort = try port(.sandboxPort) ?? settings.sandboxPort
        settings.sandboxToken = try secret(.sandboxToken)
        if let token = settings.sandboxToken, token.count < 16 || token.contains(where: { $0.isWhitespace }) {
            throw error(.sandboxToken, "must be at least 16 characters without spaces")
        }
        settings.sandboxDatabase =
            try secret(.sandboxDB) ?? (settings.dataDirectory as NSString).appendingPathComponent("sandbox.sqlite")
        if PostgresURL.looksLikeOne(settings.sandboxDatabase) {
            _ = try postgresURL(.sandboxDB, settings.sandboxDatabase)
        }
        settings.databaseURL = try secret(.databaseURL).map { try postgresURL(.databaseURL, $0) }
        settings.maxBody = try integer(.maxBody, in: 1...(1 << 40)) ?? settings.maxBody
        settings.corsOrigins = try corsOrigins() ?? settings.corsOrigins
        settings.locationsPublic = try bool(.locationsPublic) ?? settings.locationsPublic
        settings.locationsCacheTTL = try integer(.locationsCacheTTL, in: 0...86_400) ?? settings.locationsCacheTTL
        settings.trustedProxies = try trustedProxies() ?? settings.trustedProxies
        settings.idleTimeout = try integer(.idleTimeout, in: 1...3_600) ?? settings.idleTimeout
        settings.maxConcurrentPerProfile =
            try integer(.maxConcurrentPerProfile, in: 1...1_000) ?? settings.maxConcurrentPerProfile
        settings.rateLimitTokenMint = try rateLimit(.rateLimitTokenMint) ?? settings.rateLimitTokenMint
        settings.rateLimitTokenMintFailuresIP =
            try rateLimit(.rateLimitTokenMintFailuresIP) ?? settings.rateLimitTokenMintFailuresIP
        settings.rateLimitProfilesMe = try rateLimit(.rateLimitProfilesMe) ?? settings.rateLimitProfilesMe
        settings.rateLimitFindOrCreateIP = try rateLimit(.rateLimitFindOrCreateIP) ?? settings.rateLimitFindOrCreateIP
        settings.rateLimitFindOrCreateToken =
            try rateLimit(.rateLimitFindOrCreateToken) ?? settings.rateLimitFindOrCreateToken
        settings.rateLimitLocationsMissesIP =
            try rateLimit(.rateLimitLocationsMissesIP) ?? settings.rateLimitLocationsMissesIP
        settings.rateLimitLocationsMissesToken =
            try rateLimit(.rateLimitLocationsMissesToken) ?? settings.rateLimitLocationsMissesToken
        settings.rateLimitMaxKeys = try integer(.rateLimitMaxKeys, in: 1_000...10_000_000) ?? settings.rateLimitMaxKeys
        settings.profilePolicy = try profilePolicy() ?? settings.profilePolicy
        settings.publicURL = try publicURL()
        settings.logLevel = try choice(.logLevel, Logger.Level.allCases.map(\.rawValue)).flatMap(Logger.Level.init(rawValue:))
            ?? settings.logLevel
        settings.logFormat = try choice(.logFormat, ["text", "json"]).flatMap(OmneoIDSettings.LogFormat.init(rawValue:))
            ?? settings.logFormat
        settings.readyRequiresUpstream = try bool(.readyRequiresUpstream) ?? settings.readyRequiresUpstream
        settings.dataPlane = try choice(.dataPlane, ["on", "off"]).map { $0 == "on" } ?? settings.dataPlane
        settings.corsAllowedHeaders = try headerNames(.corsAllowedHeaders) ?? settings.corsAllowedHeaders
        settings.upstream = try upstream()
        settings.authMode = try authMode()
        return settings
    }

    // MARK: - Settings with rules that span several values

    private func upstream() throws -> OmneoIDSettings.Upstream {
        let token = try secret(.upstreamToken)
        guard let url = try string(.upstreamURL) else {
            return .embeddedSandbox
        }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
            components.query == nil, components.fragment == nil, components.user == nil, components.password == nil
        else {
            throw error(.upstreamURL, "must be an http(s) URL without query, fragment or credentials, e.g. https://api.acme.getomneo.com/api/v3")
        }
        guard let token else {
            throw error(.upstreamToken, "is required when \(Setting.upstreamURL.environmentName) is set")
        }
        let trimmed = url.hasSuffix("/") ? String(url.dropLast()) : url
        return .remote(url: trimmed, token: token)
    }

    private func profilePolicy() throws -> OmneoIDSettings.ProfilePolicyChoice? {
        guard let value = try string(.profilePolicy) else { return nil }
        switch value {
        case "default": return .hardened
        case "open": return .open
        default:
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: value, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isReadableFile(atPath: value)
            else {
                throw error(.profilePolicy, "must be default, open, or a readable YAML/JSON rules file (\(value) is not)")
            }
            return .rulesFile(value)
        }
    }

    private func publicURL() throws -> String? {
        guard let url = try string(.publicURL) else { return nil }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
            components.query == nil, components.fragment == nil, components.user == nil, components.password == nil,
            !url.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7f })
        else {
            throw error(.publicURL, "must be an http(s) URL without query, fragment or credentials, e.g. https://id.shop.example")
        }
        var trimmed = url
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }

    private func authMode() throws -> OmneoIDSettings.AuthMode {
        let mode = try choice(.authMode, ["upstream", "static"]) ?? "upstream"
        let hashes = try secret(.apiTokenSHA256)
        guard mode == "static" else { return .upstream }
        guard let hashes else {
            throw error(.apiTokenSHA256, "is required when \(Setting.authMode.environmentName) is static")
        }
        var set = Set<String>()
        for hash in hashes.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard hash.count == 64, hash.allSatisfy(\.isHexDigit) else {
                throw error(.apiTokenSHA256, "each entry must be 64 hex digits (the SHA-256 of an API token)")
            }
            set.insert(hash)
        }
        guard !set.isEmpty else {
            throw error(.apiTokenSHA256, "must list at least one SHA-256")
        }
        return .staticHashes(set)
    }

    /// A comma list of HTTP header names (RFC 9110 tokens), at least one.
    private func headerNames(_ setting: Setting) throws -> [String]? {
        guard let text = try string(setting) else { return nil }
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let tokenCharacters = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        guard !names.isEmpty else { throw error(setting, "must name at least one header") }
        for name in names where name == "*" || !name.allSatisfy(tokenCharacters.contains) {
            throw error(setting, "\"\(name)\" is not a header name")
        }
        return names
    }

    private func corsOrigins() throws -> OmneoIDSettings.CORSOrigins? {
        guard let text = try string(.corsOrigins, allowEmpty: true) else { return nil }
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if items.isEmpty { return OmneoIDSettings.CORSOrigins.none }
        if items == ["*"] { return .any }
        for origin in items {
            guard let components = URLComponents(string: origin), let scheme = components.scheme,
                ["http", "https"].contains(scheme.lowercased()), components.host?.isEmpty == false,
                components.path.isEmpty, components.query == nil, components.fragment == nil
            else {
                throw error(.corsOrigins, "\"\(origin)\" is not an origin like https://shop.example.com (or use * alone)")
            }
        }
        return .list(items)
    }

    /// `RATE/UNIT[:BURST]` (`10/s:20`, `120/m`, `0.5/s:3`; unit `s`, `m` or `h`; the burst
    /// defaults to RATE), or `off` (also `false`, `0`, `none`) for no limit.
    /// - Returns: `nil` when unset; `.some(nil)` when turned off.
    private func rateLimit(_ setting: Setting) throws -> OmneoIDSettings.RateLimit?? {
        guard let text = try string(setting) else { return nil }
        if ["off", "false", "0", "none"].contains(text.lowercased()) { return .some(nil) }
        let invalid = error(setting, "must be RATE/UNIT[:BURST] like 10/s:20 or 120/m (unit s, m or h), or off (got \"\(text)\")")
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { throw invalid }
        let rate = parts[0].split(separator: "/", omittingEmptySubsequences: false)
        guard rate.count == 2, let count = Double(rate[0].trimmingCharacters(in: .whitespaces)), count.isFinite,
            count > 0, count <= 1_000_000
        else { throw invalid }
        let seconds: Double
        switch rate[1].trimmingCharacters(in: .whitespaces).lowercased() {
        case "s": seconds = 1
        case "m": seconds = 60
        case "h": seconds = 3600
        default: throw invalid
        }
        let burst: Int
        if parts.count == 2 {
            guard let value = Int(parts[1].trimmingCharacters(in: .whitespaces)), (1...1_000_000).contains(value) else {
                throw error(setting, "the burst after : must be a whole number from 1 to 1000000 (got \"\(text)\")")
            }
            burst = value
        } else {
            burst = max(1, Int(count.rounded(.up)))
        }
        return .some(OmneoIDSettings.RateLimit(perSecond: count / seconds, burst: burst))
    }

    private func trustedProxies() throws -> [CIDR]? {
        guard let text = try string(.trustedProxies, allowEmpty: true) else { return nil }
        return try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { item in
                guard let cidr = CIDR(item) else {
                    throw error(.trustedProxies, "\"\(item)\" is not a CIDR like 10.0.0.0/8 or fd00::/8")
                }
                return cidr
            }
    }

    // MARK: - Typed readers

    private func raw(_ setting: Setting) -> String? {
        reader.string(forKey: ConfigKey([setting.configKey]), isSecret: setting.isSecret)
    }

    private func string(_ setting: Setting, allowEmpty: Bool = false) throws -> String? {
        guard let value = raw(setting) else { return nil }
        if value.isEmpty {
            if allowEmpty { return value }
            throw error(setting, "must not be empty")
        }
        guard !value.contains(where: { $0.isNewline || $0 == "\0" }) else {
            throw error(setting, "must be one line")
        }
        return value
    }

    /// `text` as a PostgreSQL URL; the error never repeats the password.
    private func postgresURL(_ setting: Setting, _ text: String) throws -> PostgresURL {
        do {
            return try PostgresURL(text)
        } catch {
            throw self.error(setting, "\(error.message); expected postgres://USER:PASSWORD@HOST:PORT/DATABASE")
        }
    }

    /// A secret, from the setting itself or from the file its `…_FILE` variant names (as a
    /// flag, a variable or a config-file key, in that order).
    private func secret(_ setting: Setting) throws -> String? {
        let direct = try string(setting)
        let fileSetting = setting.fileVariant
        let fileVariable = source.name(of: fileSetting)
        guard let path = try string(fileSetting) else { return direct }
        guard direct == nil else {
            throw ConfigurationError(setting: fileVariable, problem: "give either \(setting.environmentName) or \(fileVariable), not both")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(setting: fileVariable, problem: "cannot read \(path)")
        }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty, !value.contains(where: \.isNewline) else {
            throw ConfigurationError(setting: fileVariable, problem: "\(path) must hold one non-empty line")
        }
        return value
    }

    private func integer(_ setting: Setting, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try string(setting) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw error(setting, "must be a whole number from \(range.lowerBound) to \(range.upperBound) (got \"\(text)\")")
        }
        return value
    }

    private func port(_ setting: Setting) throws -> Int? {
        try integer(setting, in: 0...65_535)
    }

    private func seconds(_ setting: Setting) throws -> Double? {
        guard let text = try string(setting) else { return nil }
        guard let value = Double(text), value.isFinite, value > 0, value <= 3600 else {
            throw error(setting, "must be a number of seconds above 0 and at most 3600 (got \"\(text)\")")
        }
        return value
    }

    private func bool(_ setting: Setting) throws -> Bool? {
        guard let text = try string(setting) else { return nil }
        switch text.lowercased() {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default: throw error(setting, "must be true or false (got \"\(text)\")")
        }
    }

    private func choice(_ setting: Setting, _ choices: [String]) throws -> String? {
        guard let text = try string(setting) else { return nil }
        guard choices.contains(text) else {
            throw error(setting, "must be one of \(choices.joined(separator: ", ")) (got \"\(text)\")")
        }
        return text
    }

    /// A name that goes into token claims: printable, no spaces, at most 256 characters.
    private func identifier(_ setting: Setting) throws -> String? {
        guard let text = try string(setting) else { return nil }
        guard text.count <= 256, text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7f }) else {
            throw error(setting, "must be printable ASCII without spaces, at most 256 characters")
        }
        return text
    }

    private func error(_ setting: Setting, _ problem: String) -> ConfigurationError {
        ConfigurationError(setting: source.name(of: setting), problem: problem)
    }
}
