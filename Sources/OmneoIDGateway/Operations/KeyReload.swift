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
}

/// Reloads the gateway's keys on `SIGHUP`, until graceful shutdown.
public struct KeyReloadService: Service {
    let gateway: Gateway
    let logger: Logger

    public init(gateway: Gateway, logger: Logger) {
        self.gateway = gateway
        self.logger = logger
    }

    public func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            do {
                let kids = try await gateway.reloadKeys()
                logger.notice("Reloaded signing keys", metadata: ["kids": .string(kids.joined(separator: ","))])
            } catch {
                // Keep serving with the keys already loaded; the operator sees why.
                logger.error("Could not reload signing keys; keeping the current ones", metadata: ["error": "\(error)"])
            }
        }
    }
}
