import Hummingbird
import OmneoHTTP
import OmneoModels
import Synchronization

/// Whether one more proxied request may go upstream now (DESIGN §2.2, *Resources are
/// bounded per caller*):
/// * at most `perProfile` in flight for one profile (`OMNEO_ID_MAX_CONCURRENT_PER_PROFILE`),
///   else 429 `Too Many Attempts.` with `Retry-After: 1`;
/// * at most `proxyCapacity` in flight for all profiles together, so that the rest of the
///   upstream connection pool (`Upstream.poolSize - proxyCapacity`) stays free for the
///   gateway's own calls (mint look-ups, find-or-create, location fills); beyond it 503
///   `{"message":"Upstream busy."}` with `Retry-After: 1`.
///
/// Synchronous decisions, so a channel handler can call it as well as a route.
struct ProxyAdmission: Sendable {
    let perProfile: ConcurrencyLimiter
    let proxyCapacity: ConcurrencyLimiter

    static let allProfiles = RateLimitKey(high: 0, low: 0)
    static let busy = OmneoHTTPError(.serviceUnavailable, ErrorBody(message: "Upstream busy."), headers: [.retryAfter: "1"])

    init(perProfile: Int, proxyCapacity: Int = Upstream.proxyCapacity) {
        self.perProfile = ConcurrencyLimiter(limit: perProfile)
        self.proxyCapacity = ConcurrencyLimiter(limit: proxyCapacity)
    }

    /// A place for one request of `profileID`, held until the returned ticket is released
    /// (or dropped); throws the 429 or 503.
    func admit(profileID: String) throws(OmneoHTTPError) -> ProxyTicket {
        let key = RateLimitKey(hashing: "profile:" + profileID)
        guard perProfile.acquire(key) else {
            throw OmneoHTTPError(.tooManyRequests, .tooManyAttempts, headers: [.retryAfter: "1"])
        }
        guard proxyCapacity.acquire(Self.allProfiles) else {
            perProfile.release(key)
            throw Self.busy
        }
        return ProxyTicket { [perProfile, proxyCapacity] in
            perProfile.release(key)
            proxyCapacity.release(Self.allProfiles)
        }
    }
}

/// One admitted proxied request. Released once: explicitly when its answer has been written,
/// or when the last reference goes (an error, a dropped response), so a place can never leak.
final class ProxyTicket: Sendable {
    private let releaseOnce: Mutex<(@Sendable () -> Void)?>

    init(_ release: @escaping @Sendable () -> Void) {
        self.releaseOnce = Mutex(release)
    }

    func release() {
        releaseOnce.withLock { release in
            let action = release
            release = nil
            return action
        }?()
    }

    deinit { release() }
}

extension Response {
    /// This response, with `ticket` released once its body has been written (or has failed).
    func holding(_ ticket: ProxyTicket) -> Response {
        var response = self
        let body = self.body
        response.body = ResponseBody(contentLength: body.contentLength) { writer in
            defer { ticket.release() }
            try await body.write(writer)
        }
        return response
    }
}
