import Hummingbird
import NIOCore
import Synchronization

/// `GET /id/api/v1/openapi.json`: the OpenAPI document, encoded once, on its first request
/// (building it at start touched ~2 MiB of code and heap that a gateway nobody asks for the
/// document never needs: issue 17's idle-RSS target).
struct OpenAPIRoutes {
    private let document: LazyDocument

    init(locationsPublic: Bool, policy: ProfilePolicy) {
        self.document = LazyDocument(locationsPublic: locationsPublic, policy: policy)
    }

    /// ``RouteFamily/openAPIDocument``.
    func serve(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        let document = document.encoded
        return Response(
            status: .ok,
            headers: [.contentType: "application/json", .contentLength: String(document.readableBytes)],
            body: .init(byteBuffer: document))
    }

    /// The encoded document, made under a lock by the first caller.
    private final class LazyDocument: Sendable {
        private let locationsPublic: Bool
        private let policy: ProfilePolicy
        private let cached = Mutex<ByteBuffer?>(nil)

        init(locationsPublic: Bool, policy: ProfilePolicy) {
            self.locationsPublic = locationsPublic
            self.policy = policy
        }

        var encoded: ByteBuffer {
            cached.withLock { cached in
                if let cached { return cached }
                let made = OpenAPIDocument.encoded(OpenAPIDocument.make(locationsPublic: locationsPublic, policy: policy))
                cached = made
                return made
            }
        }
    }
}
