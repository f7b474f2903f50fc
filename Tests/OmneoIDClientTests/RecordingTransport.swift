import Foundation
import OmneoIDClient
import Synchronization

/// A transport that records requests and answers from a handler (default: 200 `{"data":{}}`).
final class RecordingTransport: HTTPTransport {
    private let recorded = Mutex<[TransportRequest]>([])
    private let handler: @Sendable (TransportRequest) throws -> TransportResponse

    init(
        handler: @escaping @Sendable (TransportRequest) throws -> TransportResponse = { _ in
            TransportResponse(status: 200, body: Data(#"{"data":{}}"#.utf8))
        }
    ) {
        self.handler = handler
    }

    var requests: [TransportRequest] { recorded.withLock { $0 } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        recorded.withLock { $0.append(request) }
        return try handler(request)
    }
}
