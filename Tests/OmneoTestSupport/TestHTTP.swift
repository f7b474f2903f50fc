import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// One request over a real socket through the shared client, as the gateway suites send them.
public enum TestHTTP {
    /// Sends `method url` with `Authorization: Bearer <token>` when given, `headers`, and `body`
    /// (with `Content-Type: <contentType>` when both are given); the whole answer, up to 16 MiB.
    public static func send(
        _ method: HTTPMethod, _ url: String, token: String? = nil, headers: [(String, String)] = [], body: String? = nil,
        contentType: String? = nil
    ) async throws -> (status: UInt, headers: HTTPHeaders, body: ByteBuffer) {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let bytes = try await response.body.collect(upTo: 1 << 24)
        return (response.status.code, response.headers, bytes)
    }
}
