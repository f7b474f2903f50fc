import Synchronization

/// Whether the upstream answers `GET /auth/verify` with 200 for the service token, asked at
/// most once per `maxAge` however often probes come, and never waited for longer than
/// `timeout` (a probe must answer within its own deadline even when the upstream hangs).
final class UpstreamProbe: Sendable {
    private let upstream: Upstream
    private let maxAge: Duration
    private let timeout: Duration
    private let last = Mutex<(at: ContinuousClock.Instant, reachable: Bool)?>(nil)

    init(upstream: Upstream, maxAge: Duration = .seconds(1), timeout: Duration = .seconds(2)) {
        self.upstream = upstream
        self.maxAge = maxAge
        self.timeout = timeout
    }

    /// The last answer while it is younger than `maxAge`; `nil` when the upstream must be asked.
    func cached(now: ContinuousClock.Instant = .now) -> Bool? {
        last.withLock { last in
            guard let last, now - last.at < maxAge else { return nil }
            return last.reachable
        }
    }

    /// The cached answer, or a fresh one.
    func isReachable(requestID: String) async -> Bool {
        if let cached = cached() { return cached }
        let reachable = await ask(requestID: requestID)
        last.withLock { $0 = (ContinuousClock.now, reachable) }
        return reachable
    }

    private func ask(requestID: String) async -> Bool {
        await withTaskGroup(of: Bool.self) { [upstream, timeout] group in
            group.addTask {
                (try? await upstream.json(.GET, "/auth/verify", requestID: requestID).status == .ok) ?? false
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }
}
