import Hummingbird
import NIOCore

/// `GET /id/api/v1/openapi.json`: the OpenAPI document, encoded once when the routes are built.
struct OpenAPIRoutes {
    let document: ByteBuffer

    init(locationsPublic: Bool, policy: ProfilePolicy) {
        self.document = OpenAPIDocument.encoded(OpenAPIDocument.make(locationsPublic: locationsPublic, policy: policy))
    }

    func register(on router: Router<GatewayRequestContext>) {
        router.getAndHead(RouterPath(OpenAPIDocument.path)) { [document] _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json", .contentLength: String(document.readableBytes)],
                body: .init(byteBuffer: document))
        }
    }
}
