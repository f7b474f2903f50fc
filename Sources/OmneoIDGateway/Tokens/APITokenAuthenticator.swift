import Crypto
import Foundation
import Hummingbird
import OmneoHTTP
import OmneoIDConfiguration
import Synchronization

/// Decides whether a back end's API token may mint ID tokens (`POST /auth/token`).
///
/// `upstream` mode asks the upstream (`GET /auth/verify` with the caller's token) and
/// remembers the answer by the token's SHA-256: 60 s when accepted, 5 s when refused.
/// `static` mode compares the token's SHA-256 with `OMNEO_ID_API_TOKEN_SHA256`. The token
/// itself is never stored, logged or sent anywhere but `/auth/verify`.
///
/// `refusedBudget` (`OMNEO_ID_RATE_LIMIT_TOKEN_MINT_FAILURES_IP`, keyed by client address)
/// stops guessing without ever locking out a token known to be valid: a token accepted by
/// the static list, or by a cached positive upstream verdict, passes without touching it.
/// Every other attempt takes one unit *before* it is checked (429 when none is left, so
/// concurrent guesses cannot overrun it) and gives it back when the token turns out valid,
/// or when the upstream could not say.
final class APITokenAuthenticator: Sendable {
    private let mode: OmneoIDSettings.AuthMode
    private let upstream: Upstream
    private let cache: VerdictCache
    private let refusedBudget: SharedBudget?

    static let acceptedFor: Duration = .seconds(60)
    static let refusedFor: Duration = .seconds(5)

    init(mode: OmneoIDSettings.AuthMode, upstream: Upstream, refusedBudget: SharedBudget? = nil, cacheCapacity: Int = 10_000) {
        self.mode = mode
        self.upstream = upstream
        self.refusedBudget = refusedBudget
        self.cache = VerdictCache(capacity: cacheCapacity)
    }

    /// Returns when the request carries an accepted API token; 401 otherwise, 429 when
    /// `client`'s budget of refused tokens is spent and the token is not known to be valid,
    /// 502/504 when the upstream cannot say.
    func authenticate(_ request: Request, requestID: String, client: RateLimitKey) async throws {
        let sent = BearerToken.from(request)
        let bearer = sent.flatMap { $0.utf8.count <= 4096 ? $0 : nil }
        let digest = bearer.map(Self.sha256Hex)
        if let digest, isKnownValid(digest) { return }
        try await reserve(client)
        guard sent != nil else { throw OmneoHTTPError.bearerMissing }
        guard let bearer, let digest else { throw OmneoHTTPError.bearerInvalid }
        let accepted: Bool
        do {
            accepted = try await check(bearer, digest: digest, requestID: requestID)
        } catch {
            await refusedBudget?.giveBack(client)
            throw error
        }
        if accepted {
            await refusedBudget?.giveBack(client)
        } else {
            throw OmneoHTTPError.bearerInvalid
        }
    }

    /// A static-list match, or a positive upstream verdict still cached.
    private func isKnownValid(_ digest: String) -> Bool {
        switch mode {
        case .staticHashes(let accepted): accepted.contains(digest)
        case .upstream: cache.verdict(for: digest) == true
        }
    }

    /// Takes one unit of `client`'s refused-token budget, or throws the 429.
    private func reserve(_ client: RateLimitKey) async throws(OmneoHTTPError) {
        guard let refusedBudget else { return }
        try await refusedBudget.take(client)
    }

    /// Whether a token not known to be valid is accepted (a cached refusal, or the upstream's answer).
    private func check(_ bearer: Substring, digest: String, requestID: String) async throws -> Bool {
        guard case .upstream = mode, cache.verdict(for: digest) == nil else { return false }
        let response: Upstream.JSONResponse
        do {
            response = try await upstream.json(.GET, "/auth/verify", authorization: "Bearer \(bearer)", requestID: requestID)
        } catch let error as UpstreamError {
            throw error.httpError
        }
        switch response.status.code {
        case 200:
            cache.remember(digest, accepted: true, for: Self.acceptedFor)
            return true
        case 401, 403:
            cache.remember(digest, accepted: false, for: Self.refusedFor)
            return false
        default:
            throw UpstreamError.badResponse.httpError
        }
    }

    static func sha256Hex(_ text: Substring) -> String {
        HexDigits.string(Array(SHA256.hash(data: Array(text.utf8))))
    }
}

/// Recent verdicts on API tokens, keyed by SHA-256; bounded, expired entries dropped first.
final class VerdictCache: Sendable {
    private struct Entry {
        let accepted: Bool
        let until: ContinuousClock.Instant
    }

    private let capacity: Int
    private let entries = Mutex<[String: Entry]>([:])

    init(capacity: Int) {
        self.capacity = capacity
    }

    func verdict(for digest: String, now: ContinuousClock.Instant = .now) -> Bool? {
        entries.withLock { entries in
            guard let entry = entries[digest] else { return nil }
            guard entry.until > now else {
                entries[digest] = nil
                return nil
            }
            return entry.accepted
        }
    }

    func remember(_ digest: String, accepted: Bool, for duration: Duration, now: ContinuousClock.Instant = .now) {
        entries.withLock { entries in
            if entries.count >= capacity {
                entries = entries.filter { $0.value.until > now }
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[digest] = Entry(accepted: accepted, until: now + duration)
        }
    }
}
