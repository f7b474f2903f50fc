import Hummingbird
import Logging
import ServiceLifecycle

/// A Hummingbird application running in the background on an ephemeral port, for tests.
public final class ServerTask: Sendable {
    /// The port the application listens on (127.0.0.1).
    public let port: Int
    private let task: Task<Void, any Error>

    /// Starts `makeApplication` (which must report its bound port through the closure it is given) and waits until it listens.
    public init<App: ApplicationProtocol>(
        _ makeApplication: (@escaping @Sendable (Int) async -> Void) async throws -> App
    ) async throws {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = try await makeApplication { port in continuation.yield(port) }
        self.task = Task {
            defer { continuation.finish() }
            try await application.runService()
        }
        var iterator = stream.makeAsyncIterator()
        guard let port = await iterator.next() else {
            _ = try await task.value
            throw ServerTaskError.didNotStart
        }
        self.port = port
    }

    /// Stops the application and waits for it to finish.
    public func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}

public enum ServerTaskError: Error {
    case didNotStart
}
