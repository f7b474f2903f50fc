import Foundation

/// One operator setting: its name in a config file, its environment variable and its flag.
///
/// Every setting can be given as a flag (`--upstream-url`), an environment variable
/// (`OMNEO_ID_UPSTREAM_URL`) or a key of the config file (`upstream_url`), in that order
/// of precedence. Secrets can also be read from a file named by `…_FILE`.
public struct Setting: Hashable, Sendable {
    /// The config-file key, e.g. `upstream_url`.
    public let name: String
    /// Whether the value is a secret: never logged, and also accepted as `…_FILE` (a
    /// variable, a config-file key and a flag naming a file that holds it).
    public let isSecret: Bool
    /// What the setting does, in one line.
    public let summary: String

    init(_ name: String, secret: Bool = false, help: String) {
        self.name = name
        self.isSecret = secret
        self.summary = help
    }

    /// One line for `--help`: what it does, its variable and its default (see `Setting+Help.swift`).
    public var help: String { summary + " " + helpSuffix }

    /// The environment variable, e.g. `OMNEO_ID_UPSTREAM_URL`.
    public var environmentName: String { "OMNEO_ID_" + name.uppercased() }
    /// The command-line flag, e.g. `--upstream-url`.
    public var flag: String { "--" + name.replacingOccurrences(of: "_", with: "-") }
    /// The key under which swift-configuration finds it in every provider.
    var configKey: String { "omneo_id_" + name }
}

extension Setting {
    public static let config = Setting("config", help: "Config file (YAML or JSON).")
    public static let host = Setting("host", help: "Public listener address.")
    public static let port = Setting("port", help: "Public listener port.")
    public static let adminHost = Setting("admin_host", help: "Metrics listener address.")
    public static let adminPort = Setting("admin_port", help: "Metrics listener port.")
    public static let upstreamURL = Setting("upstream_url", help: "Omneo API v3 base URL; unset runs the embedded sandbox.")
    public static let upstreamToken = Setting("upstream_token", secret: true, help: "Service token for upstream calls.")
    public static let upstreamTimeout = Setting("upstream_timeout", help: "Per upstream request, in seconds.")
    public static let tenant = Setting("tenant", help: "`aud` of minted tokens.")
    public static let issuer = Setting("issuer", help: "`iss` of minted tokens.")
    public static let tokenTTL = Setting("token_ttl", help: "ID token lifetime in seconds.")
    public static let tokenAlg = Setting("token_alg", help: "ES256, EdDSA or HS256.")
    public static let authMode = Setting("auth_mode", help: "How /auth/token checks API tokens: upstream or static.")
    public static let apiTokenSHA256 = Setting(
        "api_token_sha256", secret: true, help: "Comma list of hex SHA-256 of accepted API tokens (static mode).")
    public static let dataDir = Setting("data_dir", help: "Folder for the keys file and the sandbox database.")
    public static let keysFile = Setting("keys_file", help: "Private JWKS file, created 0600 on first start.")
    public static let sandboxPort = Setting("sandbox_port", help: "Embedded sandbox listener port (127.0.0.1).")
    public static let sandboxToken = Setting("sandbox_token", secret: true, help: "Sandbox API token; random when unset.")
    public static let sandboxDB = Setting(
        "sandbox_db", secret: true, help: "Sandbox database: a file path, :memory: or a postgres:// URL.")
    public static let databaseURL = Setting(
        "database_url", secret: true,
        help: "PostgreSQL (postgres://…) shared by replicas: find-or-create locks across them; unset locks per process.")
    public static let maxBody = Setting("max_body", help: "Request body limit in bytes.")
    public static let corsOrigins = Setting("cors_origins", help: "Comma list of allowed origins, or *.")
    public static let locationsPublic = Setting("locations_public", help: "Serve /locations without a token.")
    public static let locationsCacheTTL = Setting("locations_cache_ttl", help: "Locations cache TTL in seconds; 0 disables.")
    public static let trustedProxies = Setting("trusted_proxies", help: "CIDRs whose X-Forwarded-For is believed.")
    public static let idleTimeout = Setting("idle_timeout", help: "Seconds a client connection may stay silent before it is closed.")
    public static let maxConcurrentPerProfile = Setting(
        "max_concurrent_per_profile", help: "Proxied /profiles/me requests in flight per profile; 429 beyond.")
    public static let rateLimitTokenMint = Setting(
        "rate_limit_token_mint", help: "POST /auth/token per API token: RATE/UNIT[:BURST] (e.g. 100/s:200), or off.")
    public static let rateLimitTokenMintFailuresIP = Setting(
        "rate_limit_token_mint_failures_ip",
        help: "Refused API tokens on POST /auth/token per client IP: RATE/UNIT[:BURST] (e.g. 10/m:20), or off.")
    public static let rateLimitProfilesMe = Setting(
        "rate_limit_profiles_me", help: "/profiles/me per ID token: RATE/UNIT[:BURST] (e.g. 20/s:40), or off.")
    public static let rateLimitFindOrCreateIP = Setting(
        "rate_limit_find_or_create_ip", help: "POST /profiles per client IP: RATE/UNIT[:BURST] (e.g. 5/s:10), or off.")
    public static let rateLimitFindOrCreateToken = Setting(
        "rate_limit_find_or_create_token", help: "POST /profiles per ID token: RATE/UNIT[:BURST] (e.g. 2/s:5), or off.")
    public static let rateLimitLocationsMissesIP = Setting(
        "rate_limit_locations_misses_ip",
        help: "/locations cache misses per client IP: RATE/UNIT[:BURST] (e.g. 10/s:50), or off.")
    public static let rateLimitLocationsMissesToken = Setting(
        "rate_limit_locations_misses_token",
        help: "/locations cache misses per ID token: RATE/UNIT[:BURST] (e.g. 5/s:30), or off.")
    public static let rateLimitMaxKeys = Setting(
        "rate_limit_max_keys", help: "Most keys (tokens, IPs) each rate limit tracks; the least recently active go first.")
    public static let profilePolicy = Setting(
        "profile_policy", help: "What a shopper may do under /profiles/me: default, open, or a YAML/JSON rules file.")
    public static let publicURL = Setting(
        "public_url", help: "Public base URL of the gateway (e.g. https://id.shop.example) for rewritten links; default: the request's origin.")
    public static let logLevel = Setting("log_level", help: "trace, debug, info, notice, warning, error or critical.")
    public static let logFormat = Setting("log_format", help: "text, or json for one JSON object per line.")
    public static let corsAllowedHeaders = Setting(
        "cors_allowed_headers", help: "Comma list of request headers a browser may send (CORS preflight).")
    public static let readyRequiresUpstream = Setting(
        "ready_requires_upstream", help: "/health/ready also fails (503) while the upstream is unreachable.")
    public static let dataPlane = Setting(
        "data_plane", help: "on: cached /locations hits and GET/HEAD /profiles/me are served in the channel pipeline; off: all through Hummingbird.")

    /// Every setting, in the order of the docs' table.
    public static let all: [Setting] = [
        .config, .host, .port, .adminHost, .adminPort, .upstreamURL, .upstreamToken, .upstreamTimeout, .tenant,
        .issuer, .tokenTTL, .tokenAlg, .authMode, .apiTokenSHA256, .dataDir, .keysFile, .sandboxPort, .sandboxToken,
        .sandboxDB, .databaseURL, .maxBody, .corsOrigins, .locationsPublic, .locationsCacheTTL, .trustedProxies,
        .idleTimeout, .maxConcurrentPerProfile, .rateLimitTokenMint, .rateLimitTokenMintFailuresIP, .rateLimitProfilesMe,
        .rateLimitFindOrCreateIP, .rateLimitFindOrCreateToken, .rateLimitLocationsMissesIP, .rateLimitLocationsMissesToken,
        .rateLimitMaxKeys, .profilePolicy, .publicURL, .logLevel, .logFormat, .readyRequiresUpstream, .corsAllowedHeaders,
        .dataPlane,
    ]
}
