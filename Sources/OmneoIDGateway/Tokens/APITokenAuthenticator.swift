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
final class APITokenAuthenticator: Sendable {
    private let mode: OmneoIDSettings.AuthMode
    private let upstream: Upstream
    private let cache: VerdictCache

    static let acceptedFor: Duration = .seconds(60)
    static let refusedFor: Duration = .seconds(5)

    init(mode: OmneoIDSettings.AuthMode, upstream: Upstream, cacheCapacity: Int = 10_000) {
        self.mode = mode
        self.upstream = upstream
        self.cache = VerdictCache(capacity: cacheCapacity)
    }

    /// Returns when the request carries an accepted API token; 401 otherwise, 502/504 when
    /// the upstream cannot say.
    func authenticate(_ request: Request, requestID: String) async throws {
        guard let bearer = BearerToken.from(request) else { throw OmneoHTTPError.bearerMissing }
        guard bearer.utf8.count <= 4096 else { throw OmneoHTTPError.bearerInvalid }
        let digest = Self.sha256Hex(bearer)
        switch mode {
        case .staticHashes(let accepted):
            guard accepted.contains(digest) else { throw OmneoHTTPError.bearerInvalid }
        case .upstream:
            if let verdict = cache.verdict(for: digest) {
                guard verdict else { throw OmneoHTTPError.bearerInvalid }
                return
            }
            let response: Upstream.JSONResponse
            do {
                response = try await upstream.json(
                    .GET, "/auth/verify", authorization: "Bearer \(bearer)", requestID: requestID)
            } catch let error as UpstreamError {
                throw error.httpError
            }
            switch response.status.code {
            case 200:
                cache.remember(digest, accepted: true, for: Self.acceptedFor)
            case 401, 403:
                cache.remember(digest, accepted: false, for: Self.refusedFor)
                throw OmneoHTTPError.bearerInvalid
            default:
                throw UpstreamError.badResponse.httpError
            }
        }
    }

    static func sha256Hex(_ text: Substring) -> String {
        SHA256.hash(data: Array(text.utf8)).map { byte in
            byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }.joined()
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
