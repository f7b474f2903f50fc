import Hummingbird
import NIOHTTP1
import OmneoHTTP

/// `GET`/`HEAD /health/live` (the process answers) and `GET`/`HEAD /health/ready` (DESIGN §2.6:
/// keys loaded and listeners up; the body reports the upstream, which makes the replica
/// unready only with `OMNEO_ID_READY_REQUIRES_UPSTREAM=true`).
struct HealthRoutes {
    let readiness: ReadinessPolicy
    let probe: UpstreamProbe
    let revocationSync: RevocationSync

    /// ``RouteFamily/healthLive``.
    func live(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        JSONBody.response(HealthStatus(status: "live"))
    }

    /// ``RouteFamily/healthReady``.
    func ready(_ request: Request, context: GatewayRequestContext) async throws -> Response {
            let reachable = await probe.isReachable(requestID: context.requestID)
            var answer = readiness.decide(
                keysLoaded: true, revocationsLoaded: revocationSync.hasLoaded, upstreamReachable: reachable)
            // With replicas sharing revocations: whether this one receives the others' (it keeps
            // serving, with the revocations it holds, while it does not).
            answer.body.revocations =
                revocationSync.isShared ? (revocationSync.isConnected ? "synced" : "unsynced") : nil
            return JSONBody.response(answer.body, status: answer.ready ? .ok : .serviceUnavailable)
    }
}

/// The body of `/health/live` (`{"status":"live"}`) and of `/health/ready`
/// (`{"status":"ok"|"unavailable","upstream":"reachable"|"unreachable"}`).
struct HealthStatus: Codable, Sendable, Equatable {
    let status: String
    var upstream: String? = nil
    /// `synced` or `unsynced` when revocations are shared through PostgreSQL; absent otherwise.
    var revocations: String? = nil
}
