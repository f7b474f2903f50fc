import Foundation

/// Builds requests below the base URL, sends them through the transport, and turns error
/// statuses and transport failures into ``OmneoIDError``.
struct Requester: Sendable {
    /// e.g. `https://id.example.com/id/api/v1`, without a trailing `/`.
    let base: String
    let transport: any HTTPTransport

    init(baseURL: URL, transport: any HTTPTransport) {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        self.base = base
        self.transport = transport
    }

    func url(_ path: RequestPath, query: [URLQueryItem]) throws -> URL {
        var text = base + path.encoded
        if !query.isEmpty { text += "?" + QueryString.encode(query) }
        guard let url = URL(string: text) else { throw OmneoIDError.invalidRequest("Not a valid URL: \(text)") }
        return url
    }

    /// Sends the request; answers with status ≥ 400 throw ``OmneoIDError/http(status:message:errors:)``.
    func send(
        _ method: HTTPMethod, _ path: RequestPath, query: [URLQueryItem] = [], body: Data? = nil, bearer: String?
    ) async throws -> TransportResponse {
        var headers = ["Accept": "application/json"]
        if let bearer { headers["Authorization"] = "Bearer \(bearer)" }
        if body != nil { headers["Content-Type"] = "application/json" }
        let request = TransportRequest(method: method, url: try url(path, query: query), headers: headers, body: body)
        let response: TransportResponse
        do {
            response = try await transport.send(request)
        } catch let error as OmneoIDError {
            throw error
        } catch {
            throw OmneoIDError.transport(underlying: error)
        }
        guard response.status < 400 else { throw OmneoIDError.from(response) }
        return response
    }
}
