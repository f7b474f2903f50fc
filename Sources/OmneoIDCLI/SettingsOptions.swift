import ArgumentParser
import Foundation
import OmneoIDConfiguration

/// One option per setting of the configuration table; each overrides its environment
/// variable and the config file.
struct SettingsOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: .init(Setting.config.help, valueName: "config"))
    var config: String?
    @Option(name: .customLong("host"), help: .init(Setting.host.help, valueName: "host"))
    var host: String?
    @Option(name: .customLong("port"), help: .init(Setting.port.help, valueName: "port"))
    var port: String?
    @Option(name: .customLong("admin-host"), help: .init(Setting.adminHost.help, valueName: "admin-host"))
    var adminHost: String?
    @Option(name: .customLong("admin-port"), help: .init(Setting.adminPort.help, valueName: "admin-port"))
    var adminPort: String?
    @Option(name: .customLong("upstream-url"), help: .init(Setting.upstreamURL.help, valueName: "upstream-url"))
    var upstreamUrl: String?
    @Option(name: .customLong("upstream-token"), help: .init(Setting.upstreamToken.help, valueName: "upstream-token"))
    var upstreamToken: String?
    @Option(name: .customLong("upstream-timeout"), help: .init(Setting.upstreamTimeout.help, valueName: "upstream-timeout"))
    var upstreamTimeout: String?
    @Option(name: .customLong("tenant"), help: .init(Setting.tenant.help, valueName: "tenant"))
    var tenant: String?
    @Option(name: .customLong("issuer"), help: .init(Setting.issuer.help, valueName: "issuer"))
    var issuer: String?
    @Option(name: .customLong("token-ttl"), help: .init(Setting.tokenTTL.help, valueName: "token-ttl"))
    var tokenTtl: String?
    @Option(name: .customLong("token-alg"), help: .init(Setting.tokenAlg.help, valueName: "token-alg"))
    var tokenAlg: String?
    @Option(name: .customLong("auth-mode"), help: .init(Setting.authMode.help, valueName: "auth-mode"))
    var authMode: String?
    @Option(name: .customLong("api-token-sha256"), help: .init(Setting.apiTokenSHA256.help, valueName: "api-token-sha256"))
    var apiTokenSha256: String?
    @Option(name: .customLong("data-dir"), help: .init(Setting.dataDir.help, valueName: "data-dir"))
    var dataDir: String?
    @Option(name: .customLong("keys-file"), help: .init(Setting.keysFile.help, valueName: "keys-file"))
    var keysFile: String?
    @Option(name: .customLong("sandbox-port"), help: .init(Setting.sandboxPort.help, valueName: "sandbox-port"))
    var sandboxPort: String?
    @Option(name: .customLong("sandbox-token"), help: .init(Setting.sandboxToken.help, valueName: "sandbox-token"))
    var sandboxToken: String?
    @Option(name: .customLong("sandbox-db"), help: .init(Setting.sandboxDB.help, valueName: "sandbox-db"))
    var sandboxDb: String?
    @Option(name: .customLong("database-url"), help: .init(Setting.databaseURL.help, valueName: "database-url"))
    var databaseUrl: String?
    @Option(name: .customLong("max-body"), help: .init(Setting.maxBody.help, valueName: "max-body"))
    var maxBody: String?
    @Option(name: .customLong("cors-origins"), help: .init(Setting.corsOrigins.help, valueName: "cors-origins"))
    var corsOrigins: String?
    @Option(name: .customLong("locations-public"), help: .init(Setting.locationsPublic.help, valueName: "locations-public"))
    var locationsPublic: String?
    @Option(name: .customLong("locations-cache-ttl"), help: .init(Setting.locationsCacheTTL.help, valueName: "locations-cache-ttl"))
    var locationsCacheTtl: String?
    @Option(name: .customLong("trusted-proxies"), help: .init(Setting.trustedProxies.help, valueName: "trusted-proxies"))
    var trustedProxies: String?
    @Option(name: .customLong("idle-timeout"), help: .init(Setting.idleTimeout.help, valueName: "idle-timeout"))
    var idleTimeout: String?
    @Option(
        name: .customLong("max-concurrent-per-profile"),
        help: .init(Setting.maxConcurrentPerProfile.help, valueName: "max-concurrent-per-profile"))
    var maxConcurrentPerProfile: String?
    @Option(name: .customLong("rate-limit-token-mint"), help: .init(Setting.rateLimitTokenMint.help, valueName: "rate-limit-token-mint"))
    var rateLimitTokenMint: String?
    @Option(
        name: .customLong("rate-limit-token-mint-failures-ip"),
        help: .init(Setting.rateLimitTokenMintFailuresIP.help, valueName: "rate-limit-token-mint-failures-ip"))
    var rateLimitTokenMintFailuresIp: String?
    @Option(name: .customLong("rate-limit-profiles-me"), help: .init(Setting.rateLimitProfilesMe.help, valueName: "rate-limit-profiles-me"))
    var rateLimitProfilesMe: String?
    @Option(
        name: .customLong("rate-limit-find-or-create-ip"),
        help: .init(Setting.rateLimitFindOrCreateIP.help, valueName: "rate-limit-find-or-create-ip"))
    var rateLimitFindOrCreateIp: String?
    @Option(
        name: .customLong("rate-limit-find-or-create-token"),
        help: .init(Setting.rateLimitFindOrCreateToken.help, valueName: "rate-limit-find-or-create-token"))
    var rateLimitFindOrCreateToken: String?
    @Option(
        name: .customLong("rate-limit-locations-misses-ip"),
        help: .init(Setting.rateLimitLocationsMissesIP.help, valueName: "rate-limit-locations-misses-ip"))
    var rateLimitLocationsMissesIp: String?
    @Option(
        name: .customLong("rate-limit-locations-misses-token"),
        help: .init(Setting.rateLimitLocationsMissesToken.help, valueName: "rate-limit-locations-misses-token"))
    var rateLimitLocationsMissesToken: String?
    @Option(name: .customLong("rate-limit-max-keys"), help: .init(Setting.rateLimitMaxKeys.help, valueName: "rate-limit-max-keys"))
    var rateLimitMaxKeys: String?
    @Option(name: .customLong("profile-policy"), help: .init(Setting.profilePolicy.help, valueName: "profile-policy"))
    var profilePolicy: String?
    @Option(name: .customLong("public-url"), help: .init(Setting.publicURL.help, valueName: "public-url"))
    var publicUrl: String?
    @Option(name: .customLong("log-level"), help: .init(Setting.logLevel.help, valueName: "log-level"))
    var logLevel: String?
    @Option(name: .customLong("log-format"), help: .init(Setting.logFormat.help, valueName: "log-format"))
    var logFormat: String?
    @Option(
        name: .customLong("ready-requires-upstream"),
        help: .init(Setting.readyRequiresUpstream.help, valueName: "ready-requires-upstream"))
    var readyRequiresUpstream: String?
    @Option(
        name: .customLong("cors-allowed-headers"),
        help: .init(Setting.corsAllowedHeaders.help, valueName: "cors-allowed-headers"))
    var corsAllowedHeaders: String?
    @Option(name: .customLong("data-plane"), help: .init(Setting.dataPlane.help, valueName: "on|off"))
    var dataPlane: String?
    @Option(name: .customLong("upstream-token-file"), help: .init(Setting.upstreamToken.fileVariant.help, valueName: "file"))
    var upstreamTokenFile: String?
    @Option(name: .customLong("sandbox-token-file"), help: .init(Setting.sandboxToken.fileVariant.help, valueName: "file"))
    var sandboxTokenFile: String?
    @Option(name: .customLong("api-token-sha256-file"), help: .init(Setting.apiTokenSHA256.fileVariant.help, valueName: "file"))
    var apiTokenSha256File: String?
    @Option(name: .customLong("sandbox-db-file"), help: .init(Setting.sandboxDB.fileVariant.help, valueName: "file"))
    var sandboxDbFile: String?
    @Option(name: .customLong("database-url-file"), help: .init(Setting.databaseURL.fileVariant.help, valueName: "file"))
    var databaseUrlFile: String?

    /// The flags that were given, keyed by setting.
    var flags: [Setting: String] {
        var flags: [Setting: String] = [:]
        flags[.config] = config
        flags[.host] = host
        flags[.port] = port
        flags[.adminHost] = adminHost
        flags[.adminPort] = adminPort
        flags[.upstreamURL] = upstreamUrl
        flags[.upstreamToken] = upstreamToken
        flags[.upstreamTimeout] = upstreamTimeout
        flags[.tenant] = tenant
        flags[.issuer] = issuer
        flags[.tokenTTL] = tokenTtl
        flags[.tokenAlg] = tokenAlg
        flags[.authMode] = authMode
        flags[.apiTokenSHA256] = apiTokenSha256
        flags[.dataDir] = dataDir
        flags[.keysFile] = keysFile
        flags[.sandboxPort] = sandboxPort
        flags[.sandboxToken] = sandboxToken
        flags[.sandboxDB] = sandboxDb
        flags[.databaseURL] = databaseUrl
        flags[.maxBody] = maxBody
        flags[.corsOrigins] = corsOrigins
        flags[.locationsPublic] = locationsPublic
        flags[.locationsCacheTTL] = locationsCacheTtl
        flags[.trustedProxies] = trustedProxies
        flags[.idleTimeout] = idleTimeout
        flags[.maxConcurrentPerProfile] = maxConcurrentPerProfile
        flags[.rateLimitTokenMint] = rateLimitTokenMint
        flags[.rateLimitTokenMintFailuresIP] = rateLimitTokenMintFailuresIp
        flags[.rateLimitProfilesMe] = rateLimitProfilesMe
        flags[.rateLimitFindOrCreateIP] = rateLimitFindOrCreateIp
        flags[.rateLimitFindOrCreateToken] = rateLimitFindOrCreateToken
        flags[.rateLimitLocationsMissesIP] = rateLimitLocationsMissesIp
        flags[.rateLimitLocationsMissesToken] = rateLimitLocationsMissesToken
        flags[.rateLimitMaxKeys] = rateLimitMaxKeys
        flags[.profilePolicy] = profilePolicy
        flags[.publicURL] = publicUrl
        flags[.logLevel] = logLevel
        flags[.logFormat] = logFormat
        flags[.readyRequiresUpstream] = readyRequiresUpstream
        flags[.corsAllowedHeaders] = corsAllowedHeaders
        flags[.dataPlane] = dataPlane
        flags[Setting.upstreamToken.fileVariant] = upstreamTokenFile
        flags[Setting.sandboxToken.fileVariant] = sandboxTokenFile
        flags[Setting.apiTokenSHA256.fileVariant] = apiTokenSha256File
        flags[Setting.sandboxDB.fileVariant] = sandboxDbFile
        flags[Setting.databaseURL.fileVariant] = databaseUrlFile
        return flags
    }

    /// Validated settings from flags, environment and config file; on a bad value, prints
    /// one line naming the setting to standard error and exits with status 2.
    func load() throws -> OmneoIDSettings {
        try Self.load(flags: flags)
    }

    /// `load()` for any set of flags (the smaller option groups of `keys` and `sandbox`).
    static func load(flags: [Setting: String]) throws -> OmneoIDSettings {
        do {
            return try SettingsLoader(flags: flags).load()
        } catch let error as ConfigurationError {
            FileHandle.standardError.write(Data("omneo-id: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}
