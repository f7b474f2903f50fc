import Foundation

/// Sends one HTTP request and returns the whole answer.
///
/// ``URLSessionTransport`` is the default; supply your own to use another HTTP stack,
/// add logging, or stub the network in tests.
public protocol HTTPTransport: Sendable {
    /// Sends `request`; throws only when no answer arrived (an error status is an answer).
    func send(_ request: TransportRequest) async throws -> TransportResponse
}

/// A request as the client hands it to an ``HTTPTransport``.
public struct TransportRequest: Sendable, Equatable {
    public var method: HTTPMethod
    public var url: URL
    /// Header names as written by the client (`Authorization`, `Content-Type`, …).
    public var headers: [String: String]
    public var body: Data?

    public init(method: HTTPMethod, url: URL, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// An answer: status, headers (names lower-cased) and the body bytes.
public struct TransportResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    /// - Parameter headers: any case; names are stored lower-cased.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }) { first, second in "\(first), \(second)" }
        self.body = body
    }

    /// The value of header `name` (any case).
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The body decoded as `type`.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        do {
            return try JSONCoding.decoder.decode(type, from: body)
        } catch {
            throw OmneoIDError.unexpectedResponse(status: status, detail: "The body is not a valid \(type): \(error)")
        }
    }

    /// The `data` of an Omneo envelope `{"data": …}`, decoded as `type`.
    public func data<T: Codable & Sendable>(_ type: T.Type = T.self) throws -> T {
        try decode(DataEnvelope<T>.self).data
    }
}
