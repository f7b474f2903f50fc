import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

extension Gateway {
    /// Re-reads the keys file and signs and verifies with its keys from now on.
    ///
    /// The swap is atomic: a request in flight finishes with the keys it started with, a
    /// token signed by a newly rotated key verifies once this returns, and a key removed
    /// from the file stops verifying (the verified-token cache is emptied).
    /// - Returns: the key ids now in use, oldest first.
    @discardableResult
    public func reloadKeys() async throws -> [String] {
        let keys = try SigningKeyFile(path: settings.keysFile).load(algorithm: settings.tokenAlgorithm)
        try await keyRing.replace(with: keys)
        return keys.keys.map(\.kid)
    }

    /// Re-reads the profile policy's rules file (a no-op for `default` and `open`); on
    /// failure the policy in force stays and the error (naming the rule) is thrown.
    public func reloadProfilePolicy() throws {
        try profilePolicy.reload()
    }
}

/// Reloads the gateway's keys on `SIGHUP`, and when the keys file changes (its size,
/// modification time or inode, checked every `pollInterval`: a Kubernetes Secret update or
/// `omneo-id keys rotate` is picked up without a signal), until graceful shutdown. The
/// profile policy's rules file, when there is one, is reloaded the same way.
///
/// A file that cannot be loaded (half written, invalid) is reported once and the current
/// keys stay in use; the next change is tried again.
public struct KeyReloadService: Service {
    let gateway: Gateway
    let pollInterval: Duration
    let logger: Logger

    public init(gateway: Gateway, pollInterval: Duration = .seconds(5), logger: Logger) {
        self.gateway = gateway
        self.pollInterval = pollInterval
        self.logger = logger
    }

    public func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                // Ended by `cancelAll()` below, not `cancelOnGracefulShutdown()`: that one is
                // built on swift-async-algorithms' `merge` (see main.swift).
                for await _ in signals {
                    await reload(because: "SIGHUP")
                    reloadPolicy(because: "SIGHUP")
                }
            }
            group.addTask {
                let policyFile = gateway.profilePolicy.rulesFile
                var seen = KeysFileStamp(path: gateway.settings.keysFile)
                var seenPolicy = policyFile.map(KeysFileStamp.init(path:))
                while !Task.isCancelled && !Task.isShuttingDownGracefully {
                    do {
                        try await Task.sleep(for: pollInterval)
                    } catch {
                        return
                    }
                    let now = KeysFileStamp(path: gateway.settings.keysFile)
                    if now != seen {
                        seen = now
                        await reload(because: "keys file changed")
                    }
                    let policyNow = policyFile.map(KeysFileStamp.init(path:))
                    if policyNow != seenPolicy {
                        seenPolicy = policyNow
                        reloadPolicy(because: "profile policy file changed")
                    }
                }
            }
            try? await gracefulShutdown()
            group.cancelAll()
        }
    }

    private func reload(because reason: String) async {
        do {
            let kids = try await gateway.reloadKeys()
            logger.notice(
                "Reloaded signing keys",
                metadata: ["kids": .string(kids.joined(separator: ",")), "reason": .string(reason)])
        } catch {
            // Keep serving with the keys already loaded; the operator sees why.
            logger.error(
                "Could not reload signing keys; keeping the current ones",
                metadata: ["error": "\(error)", "reason": .string(reason)])
        }
    }
}

extension KeyReloadService {
    func reloadPolicy(because reason: String) {
        guard let file = gateway.profilePolicy.rulesFile else { return }
        do {
            try gateway.reloadProfilePolicy()
            logger.notice("Reloaded the profile policy", metadata: ["file": .string(file), "reason": .string(reason)])
        } catch {
            logger.error(
                "Could not reload the profile policy; keeping the current one",
                metadata: ["error": "\(error)", "reason": .string(reason)])
        }
    }
}

/// What tells one version of the keys file from another without reading it.
struct KeysFileStamp: Equatable {
    let size: UInt64?
    let modified: Date?
    let inode: UInt64?

    init(path: String) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        size = (attributes?[.size] as? NSNumber)?.uint64Value
        modified = attributes?[.modificationDate] as? Date
        inode = (attributes?[.systemFileNumber] as? NSNumber)?.uint64Value
    }
}
