/// A server a test starts and must stop whatever the test does.
public protocol StoppableServer: Sendable {
    func stop() async
}

extension GatewayHarness: StoppableServer {}
extension RecordingUpstream: StoppableServer {}
extension SandboxHarness: StoppableServer {}
extension ServerTask: StoppableServer {}

/// Runs `body`, then stops `servers` in the order given, whether `body` returned or threw.
public func stopping(_ servers: any StoppableServer..., after body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch {
        for server in servers { await server.stop() }
        throw error
    }
    for server in servers { await server.stop() }
}
