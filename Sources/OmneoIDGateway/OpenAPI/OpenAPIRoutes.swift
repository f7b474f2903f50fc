import Hummingbird
import NIOCore

/// `GET /id/api/v1/openapi.json`: the OpenAPI document, encoded once when the routes are built.
struct OpenAPIRoutes {
    let document: ByteBuffer

    init(locationsPublic: Bool, policy: ProfilePolicy) {
        self.document = OpenAPIDocument.encoded(OpenAPIDocument.make(locationsPublic: locationsPublic, policy: policy))
    }

    /// ``RouteFamily/openAPIDocument``.
    func serve(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/json", .contentLength: String(document.readableBytes)],
            body: .init(byteBuffer: document))
    }
}
