import Foundation
import Logging
import OmneoPostgres
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// Keeps this replica's ``RevocationList`` in force and in step with the others.
///
/// * Always: every ``purgeInterval`` drops the entries that cover nothing any more.
/// * With PostgreSQL: one dedicated connection `LISTEN`s on ``RevocationTable/channel``, then
///   loads the table (so nothing recorded between the two is missed), then applies each
///   notification as it comes. When the connection fails it retries (at most
///   ``maximumRetryDelay`` apart) and loads the table again on reconnecting; meanwhile
///   verification goes on with what the list holds, and ``isConnected`` (reported by
///   `/health/ready` and `omneo_id_revocation_sync_connected`) is false.
public final class RevocationSync: Service, Sendable {
    /// How often expired entries are dropped (and expired rows deleted).
    static let purgeInterval: Duration = .seconds(60)
    /// The longest wait between two connection attempts.
    static let maximumRetryDelay: Duration = .seconds(1)

    let list: RevocationList
    let url: PostgresURL?
    let metrics: RevocationMetrics
    let logger: Logger
    private let connected = Atomic<Bool>(false)
    private let loaded = Atomic<Bool>(false)

    init(list: RevocationList, url: PostgresURL?, metrics: RevocationMetrics, logger: Logger) {
        self.list = list
        self.url = url
        self.metrics = metrics
        self.logger = logger
        metrics.syncConnected(false)
    }

    /// Whether revocations from other replicas are being received (always true without PostgreSQL:
    /// there are no others).
    public var isConnected: Bool { url == nil || connected.load(ordering: .relaxed) }

    /// Whether the shared revocations have been loaded at least once since the start (always
    /// true without PostgreSQL). Until then the replica is not ready: a load balancer sends it
    /// nothing that a revocation recorded before it started should refuse.
    public var hasLoaded: Bool { url == nil || loaded.load(ordering: .relaxed) }

    /// Whether this replica shares revocations through PostgreSQL.
    public var isShared: Bool { url != nil }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.purgeLoop() }
                if let url = self.url {
                    group.addTask { await self.listenLoop(url) }
                }
            }
        }
    }

    private func purgeLoop() async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: Self.purgeInterval)
            } catch {
                return
            }
            let now = UnixTime.now
            list.removeExpired(now: now)
            metrics.entries(list.count)
            if let url {
                await deleteExpiredRows(url, now: now)
            }
        }
    }

    private func listenLoop(_ url: PostgresURL) async {
        var delay: Duration = .milliseconds(100)
        var wasConnected = true
        while !Task.isCancelled {
            do {
                let connection = try await PostgresConnection.connect(
                    configuration: url.connectionConfiguration(), id: 0, logger: logger)
                do {
                    try await connection.listen(on: RevocationTable.channel) { notifications in
                        try await RevocationTable.migrate(connection, schema: url.schema, logger: logger)
                        let now = UnixTime.now
                        list.merge(try await RevocationTable.load(connection, now: now, logger: logger), now: now)
                        metrics.entries(list.count)
                        loaded.store(true, ordering: .relaxed)
                        setConnected(true)
                        if !wasConnected { logger.notice("revocation sync reconnected") }
                        wasConnected = true
                        delay = .milliseconds(100)
                        for try await notification in notifications {
                            guard let revocation = Revocation(payload: notification.payload) else { continue }
                            list.merge([revocation], now: UnixTime.now)
                            metrics.entries(list.count)
                        }
                    }
                } catch {
                    try? await connection.close()
                    throw error
                }
                try? await connection.close()
            } catch {
                if Task.isCancelled { break }
                if wasConnected {
                    // The error's type only: messages may quote connection details.
                    logger.warning(
                        "revocation sync lost: verifying with the revocations held until PostgreSQL is back",
                        metadata: ["error.type": "\(type(of: error))"])
                }
                wasConnected = false
            }
            setConnected(false)
            do {
                try await Task.sleep(for: delay)
            } catch {
                break
            }
            delay = min(delay * 2, Self.maximumRetryDelay)
        }
        setConnected(false)
    }

    private func setConnected(_ value: Bool) {
        connected.store(value, ordering: .relaxed)
        metrics.syncConnected(value)
    }

    private func deleteExpiredRows(_ url: PostgresURL, now: Int) async {
        do {
            let connection = try await PostgresConnection.connect(
                configuration: url.connectionConfiguration(), id: 1, logger: logger)
            do {
                try await RevocationTable.deleteExpired(connection, now: now, logger: logger)
            } catch {
                try? await connection.close()
                throw error
            }
            try? await connection.close()
        } catch {
            logger.debug("expired revocations not deleted", metadata: ["error.type": "\(type(of: error))"])
        }
    }
}

/// Seconds since 1970, as token claims count them.
enum UnixTime {
    static var now: Int { Int(Date().timeIntervalSince1970) }
}
