import Foundation

/// Holds the current ID token and replaces it through the caller's refresh closure:
/// shortly before it expires, and once after the server rejects it.
///
/// An actor, so that concurrent calls needing a new token share one refresh.
actor TokenKeeper {
    typealias Refresh = @Sendable () async throws -> IDToken

    private var token: IDToken?
    private var refreshing: Task<IDToken, any Error>?
    private let refresh: Refresh
    private let margin: TimeInterval
    private let now: @Sendable () -> Date

    init(token: IDToken?, margin: TimeInterval, now: @escaping @Sendable () -> Date, refresh: @escaping Refresh) {
        self.token = token
        self.margin = margin
        self.now = now
        self.refresh = refresh
    }

    /// A token to send: the current one, or a fresh one when it is missing or expires within the margin.
    func current() async throws -> IDToken {
        if let token, !token.expires(within: margin, of: now()) { return token }
        return try await replacing(token?.token)
    }

    /// A token other than `rejected`: the current one if another call already replaced it,
    /// else the result of one refresh (shared by every caller waiting meanwhile).
    func replacing(_ rejected: String?) async throws -> IDToken {
        if let token, token.token != rejected { return token }
        if let refreshing { return try await refreshing.value }
        let task = Task { try await refresh() }
        refreshing = task
        defer { refreshing = nil }
        let fresh = try await task.value
        token = fresh
        return fresh
    }
}
