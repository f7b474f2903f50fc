import Foundation
import NIOCore
import NIOPosix
import OmneoIDConfiguration

/// What `serve` and `sandbox` check before starting anything, so that each problem is one
/// clear line (`CommandFailure`) instead of errors from deep inside a listener or a database.
enum StartupChecks {
    /// A listener `serve` is about to open, named as the operator knows it.
    struct Listener: Sendable {
        let name: String
        let setting: Setting
        let host: String
        let port: Int
    }

    /// The data directory exists (it is created, 0700, when missing) and this user may write
    /// in it; otherwise exit 2 naming it.
    static func dataDirectory(_ settings: OmneoIDSettings) throws {
        let path = settings.dataDirectory
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CommandFailure.report("data directory \(path) (OMNEO_ID_DATA_DIR) is not a directory", CommandFailure.invalid)
            }
        } else if mkdir(path, 0o700) != 0 && errno != EEXIST {
            let reason = String(cString: strerror(errno))
            throw CommandFailure.report(
                "data directory \(path) (OMNEO_ID_DATA_DIR) cannot be created: \(reason)", CommandFailure.invalid)
        }
        guard access(path, W_OK | X_OK) == 0 else {
            let reason = String(cString: strerror(errno))
            throw CommandFailure.report(
                "data directory \(path) (OMNEO_ID_DATA_DIR) is not writable: \(reason)", CommandFailure.invalid)
        }
    }

    /// Every fixed port can be bound now; otherwise exit 1 naming the listener and its port.
    /// (Port 0 is ephemeral and always free.) The probe sockets are closed at once.
    static func listenersCanBind(_ listeners: [Listener]) async throws {
        for listener in listeners where listener.port != 0 {
            do {
                let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                    .bind(host: listener.host, port: listener.port).get()
                try? await channel.close()
            } catch {
                throw CommandFailure.report(
                    "the \(listener.name) cannot listen on \(listener.host):\(listener.port) "
                        + "(\(listener.setting.environmentName)): \(reason(error))",
                    CommandFailure.failed)
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? IOError {
            switch error.errnoCode {
            case EADDRINUSE: return "the address is already in use"
            case EACCES: return "permission denied (ports below 1024 need privileges)"
            case EADDRNOTAVAIL: return "the address is not one of this machine's"
            default: return String(cString: strerror(error.errnoCode))
            }
        }
        return "\(error)"
    }
}
