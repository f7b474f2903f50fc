import OmneoPostgres
import Logging

/// Every operator setting of Omneo ID, validated. See the configuration table in the README.
public struct OmneoIDSettings: Sendable {
    /// Where the gateway sends upstream calls.
    public enum Upstream: Sendable, Equatable {
        /// The sandbox started in the same process on 127.0.0.1:`sandboxPort`.
        case embeddedSandbox
        /// A real Omneo tenant (or any compatible server): base URL ending in `/api/v3`, and the service token.
        case remote(url: String, token: String)
    }

    /// How `POST /auth/token` decides whether a caller's API token is accepted.
    public enum AuthMode: Sendable, Equatable {
        /// The upstream answers 200 to `GET /auth/verify` with the token.
        case upstream
        /// The token's SHA-256 is one of these (lower-case hex).
        case staticHashes(Set<String>)
    }

    /// Which origins may call the API from a browser.
    public enum CORSOrigins: Sendable, Equatable {
        case none
        case any
        case list([String])
    }

    /// A token bucket: `burst` requests at once, refilled at `perSecond` per second.
    public struct RateLimit: Sendable, Equatable {
        /// Requests per second, sustained (> 0).
        public var perSecond: Double
        /// Requests allowed at once from a full bucket (≥ 1).
        public var burst: Int

        public init(perSecond: Double, burst: Int) {
            self.perSecond = perSecond
            self.burst = burst
        }
    }

    /// What a shopper's token may do under `/profiles/me` (`OMNEO_ID_PROFILE_POLICY`).
    public enum ProfilePolicyChoice: Sendable, Equatable {
        /// `default`: the hardened table of DESIGN §2.2.
        case hardened
        /// `open`: every method on every sub-resource, as Omneo's own ID service does.
        case open
        /// A YAML or JSON rules file, loaded at start and with the signing keys.
        case rulesFile(String)
    }

    /// The log line format.
    public enum LogFormat: String, Sendable {
        case text, json
    }

    public var host = "127.0.0.1"
    public var port = 8080
    public var adminHost = "127.0.0.1"
    public var adminPort = 9090
    public var upstream = Upstream.embeddedSandbox
    /// Per upstream request, in seconds.
    public var upstreamTimeout: Double = 30
    public var tenant = "sandbox"
    public var issuer = "omneo-id"
    /// ID token lifetime in seconds.
    public var tokenTTL = 3600
    public var tokenAlgorithm = TokenAlgorithm.es256
    public var authMode = AuthMode.upstream
    public var dataDirectory = "./.omneo-id"
    public var keysFile = "./.omneo-id/keys.jwks.json"
    public var sandboxPort = 8081
    /// `nil`: a random token is made at start and printed.
    public var sandboxToken: String?
    /// A file path, `:memory:` or a `postgres://` URL (checked to parse as a ``PostgresURL``).
    public var sandboxDatabase = "./.omneo-id/sandbox.sqlite"
    /// The PostgreSQL database the replicas share: when set, find-or-create takes
    /// PostgreSQL advisory locks there, so replicas never create the same profile twice;
    /// when `nil`, the lock is per process.
    public var databaseURL: PostgresURL?
    /// Request body limit in bytes.
    public var maxBody = 10_485_760
    public var corsOrigins = CORSOrigins.none
    public var locationsPublic = false
    /// Seconds; 0 disables the cache.
    public var locationsCacheTTL = 60
    public var trustedProxies: [CIDR] = []
    /// Seconds a client connection may send nothing before it is closed.
    public var idleTimeout = 60
    /// Proxied `/profiles/me[/…]` requests in flight per profile; 429 beyond.
    public var maxConcurrentPerProfile = 8
    /// `POST /auth/token`, per API token (its SHA-256); `nil` turns the limit off.
    public var rateLimitTokenMint: RateLimit? = RateLimit(perSecond: 100, burst: 200)
    /// Refused API tokens on `POST /auth/token`, per client IP: once spent, that IP gets 429
    /// before its API token is even checked (no guessing, no upstream `/auth/verify` per guess).
    public var rateLimitTokenMintFailuresIP: RateLimit? = RateLimit(perSecond: 10.0 / 60, burst: 20)
    /// `/profiles/me[/…]`, per ID token (`sub` of a profile token, `jti` of an anonymous one).
    public var rateLimitProfilesMe: RateLimit? = RateLimit(perSecond: 20, burst: 40)
    /// `POST /profiles`, per client IP (as `trustedProxies` lets it be known).
    public var rateLimitFindOrCreateIP: RateLimit? = RateLimit(perSecond: 5, burst: 10)
    /// `POST /profiles`, per ID token.
    public var rateLimitFindOrCreateToken: RateLimit? = RateLimit(perSecond: 2, burst: 5)
    /// `/locations` cache misses (upstream fetches) per client IP (IPv6: /64).
    public var rateLimitLocationsMissesIP: RateLimit? = RateLimit(perSecond: 10, burst: 50)
    /// `/locations` cache misses per ID token.
    public var rateLimitLocationsMissesToken: RateLimit? = RateLimit(perSecond: 5, burst: 30)
    /// The most keys each rate limit tracks; when full, buckets that have refilled go first,
    /// then the least recently active.
    public var rateLimitMaxKeys = 100_000
    public var profilePolicy = ProfilePolicyChoice.hardened
    /// Scheme, host, optional port and path prefix the public reaches the gateway at (no
    /// trailing slash), e.g. `https://id.shop.example`: upstream URLs in answers (`Location`,
    /// JSON `links`) are rewritten to it. `nil`: the request's own origin (through trusted proxies).
    public var publicURL: String?
    public var logLevel = Logger.Level.info
    public var logFormat = LogFormat.text
    /// Whether `/health/ready` also fails while the upstream is unreachable (DESIGN §2.6);
    /// by default an upstream outage leaves replicas ready (clean 502s, JWKS still served).
    public var readyRequiresUpstream = false
    /// Request headers a browser may send cross-origin (`Access-Control-Allow-Headers`).
    public var corsAllowedHeaders = ["Authorization", "Content-Type", "X-Request-Id", "If-None-Match", "traceparent", "tracestate"]
    /// Whether the hot routes are answered in the channel pipeline when they can be (the data
    /// plane, `OMNEO_ID_DATA_PLANE=on`); `false` sends every request through Hummingbird.
    public var dataPlane = true

    /// The defaults of the configuration table.
    public init() {}
}
