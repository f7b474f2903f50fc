/// What `/health/ready` answers, decided from what is known at that moment (no I/O, so a
/// channel handler can call it as well as a route).
///
/// Ready means the signing keys are loaded (the listener answering is the other half). The
/// upstream's state is reported in the body; it takes the replica out of rotation only when
/// `requiresUpstream` (`OMNEO_ID_READY_REQUIRES_UPSTREAM`), because an Omneo outage would
/// otherwise make every replica unready at once: the Service loses all endpoints, clients
/// get connection errors instead of clean 502s, and JWKS disappears.
struct ReadinessPolicy: Sendable {
    let requiresUpstream: Bool

    /// The decision and the body that explains it.
    struct Answer: Sendable, Equatable {
        let ready: Bool
        let body: HealthStatus
    }

    func decide(keysLoaded: Bool, upstreamReachable: Bool) -> Answer {
        let ready = keysLoaded && (upstreamReachable || !requiresUpstream)
        return Answer(
            ready: ready,
            body: HealthStatus(status: ready ? "ok" : "unavailable", upstream: upstreamReachable ? "reachable" : "unreachable"))
    }
}
