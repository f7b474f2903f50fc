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
        var body: HealthStatus
    }

    /// - Parameter revocationsLoaded: with revocations shared through PostgreSQL, whether they
    ///   were loaded once since the start (until then a revoked token could pass here).
    func decide(keysLoaded: Bool, revocationsLoaded: Bool = true, upstreamReachable: Bool) -> Answer {
        let ready = keysLoaded && revocationsLoaded && (upstreamReachable || !requiresUpstream)
        return Answer(
            ready: ready,
            body: HealthStatus(status: ready ? "ok" : "unavailable", upstream: upstreamReachable ? "reachable" : "unreachable"))
    }
}
