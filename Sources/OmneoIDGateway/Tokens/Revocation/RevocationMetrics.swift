import Metrics

/// Revocation metrics:
/// * `omneo_id_revocations` (gauge): entries in this replica's revocation list;
/// * `omneo_id_revocations_total{kind}`: revocations recorded through this replica (`token`, `profile`);
/// * `omneo_id_revocation_sync_connected` (gauge, 1/0): whether this replica is listening to
///   PostgreSQL for other replicas' revocations (only with `OMNEO_ID_DATABASE_URL`).
final class RevocationMetrics: Sendable {
    private let entries: Gauge
    private let tokens: Counter
    private let profiles: Counter
    private let connected: Gauge

    init(factory: any MetricsFactory) {
        entries = Gauge(label: "omneo_id_revocations", factory: factory)
        tokens = Counter(label: "omneo_id_revocations_total", dimensions: [("kind", "token")], factory: factory)
        profiles = Counter(label: "omneo_id_revocations_total", dimensions: [("kind", "profile")], factory: factory)
        connected = Gauge(label: "omneo_id_revocation_sync_connected", factory: factory)
    }

    func recorded(_ revocation: Revocation, entries count: Int) {
        switch revocation {
        case .token: tokens.increment()
        case .profile: profiles.increment()
        }
        entries.record(count)
    }

    func entries(_ count: Int) {
        entries.record(count)
    }

    func syncConnected(_ isConnected: Bool) {
        connected.record(isConnected ? 1 : 0)
    }
}
