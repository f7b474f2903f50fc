import Hummingbird
import NIOHTTP1
import OmneoHTTP

/// `GET`/`HEAD /health/live` (the process answers) and `GET /health/ready` (keys loaded and
/// the upstream reachable with the service token).
struct HealthRoutes {
    let readiness: Readiness
    let revocationSync: RevocationSync

    func register(on router: Router<GatewayRequestContext>) {
        router.getAndHead("/health/live") { _, _ in
            JSONBody.response(HealthStatus(status: "live"))
        }
        router.getAndHead("/health/ready") { _, context in
            // With replicas sharing revocations: whether this one receives the others' (it keeps
            // serving, with the revocations it holds, while it does not). Not ready before the
            // first load since the start.
            let revocations = revocationSync.isShared ? (revocationSync.isConnected ? "synced" : "unsynced") : nil
            if revocationSync.hasLoaded, await readiness.isReady(requestID: context.requestID) {
                return JSONBody.response(HealthStatus(status: "ready", revocations: revocations))
            }
            return JSONBody.response(
                HealthStatus(status: "unavailable", revocations: revocations), status: .serviceUnavailable)
        }
    }
}

struct HealthStatus: Codable, Sendable {
    let status: String
    /// `synced` or `unsynced` when revocations are shared through PostgreSQL; absent otherwise.
    var revocations: String? = nil
}

/// Whether the gateway can serve: keys are loaded and the upstream answers
/// `GET /auth/verify` with 200 for the service token. The upstream answer is reused for
/// a second so that probes cannot turn into load on the upstream.
actor Readiness {
    private let upstream: Upstream
    private let keysLoaded: @Sendable () -> Bool
    private var lastCheck: (at: ContinuousClock.Instant, ready: Bool)?

    init(upstream: Upstream, keysLoaded: @escaping @Sendable () -> Bool) {
        self.upstream = upstream
        self.keysLoaded = keysLoaded
    }

    func isReady(requestID: String) async -> Bool {
        guard keysLoaded() else { return false }
        if let lastCheck, ContinuousClock.now - lastCheck.at < .seconds(1) {
            return lastCheck.ready
        }
        let ready: Bool
        do {
            ready = try await upstream.json(.GET, "/auth/verify", requestID: requestID).status == .ok
        } catch {
            ready = false
        }
        lastCheck = (ContinuousClock.now, ready)
        return ready
    }
}
