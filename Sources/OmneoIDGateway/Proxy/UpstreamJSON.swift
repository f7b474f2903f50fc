import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOFoundationEssentialsCompat
import NIOHTTP1
import OmneoHTTP

/// Small JSON calls the gateway makes on its own account (token minting, find-or-create,
/// health): always with the service token, never a caller's credentials.
extension Upstream {
    /// A buffered upstream answer.
    public struct JSONResponse: Sendable {
        public let status: HTTPResponseStatus
        public let headers: HTTPHeaders
        public let body: ByteBuffer

        /// The body decoded as `T`; `UpstreamError.badResponse` when it is not.
        public func decode<T: Decodable>(_ type: T.Type) throws -> T {
            do {
                return try JSONBody.decoder.decode(T.self, from: body)
            } catch {
                throw UpstreamError.badResponse
            }
        }
    }

    /// The most a gateway-initiated call reads of an answer.
    static let maxJSONResponse = 4 * 1024 * 1024

    /// Sends one request and reads the whole (bounded) answer.
    ///
    /// - Parameters:
    ///   - path: below the base path.
    ///   - authorization: defaults to the service token.
    public func json(
        _ method: HTTPMethod, _ path: UpstreamPath, query: String? = nil, body: (some Encodable & Sendable)? = nil as String?,
        authorization: String? = nil, requestID: String? = nil
    ) async throws -> JSONResponse {
        var request = HTTPClientRequest(url: url(path, query: query))
        request.method = method
        request.headers.add(name: "Authorization", value: authorization ?? serviceAuthorization)
        request.headers.add(name: "Accept", value: "application/json")
        if let requestID { request.headers.add(name: "X-Request-Id", value: requestID) }
        if let body {
            let data = try JSONBody.encoder.encode(body)
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: data))
        }
        let deadline = NIODeadline.now() + timeout
        let start = ContinuousClock.now
        let response: HTTPClientResponse
        let body: ByteBuffer
        var head = start
        do {
            response = try await client.execute(request, deadline: deadline)
            head = ContinuousClock.now
            body = try await response.body.collect(upTo: Self.maxJSONResponse)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            record(.json, since: start, failure: .timeout, requestID: requestID)
            throw UpstreamError.timeout
        } catch is NIOTooManyBytesError {
            record(.json, since: start, failure: .badResponse, requestID: requestID)
            throw UpstreamError.badResponse
        } catch {
            record(.json, since: start, failure: .unavailable, requestID: requestID)
            throw UpstreamError.unavailable
        }
        // A refusal of a caller's own credentials (`/auth/verify`) is an answer, not a failure.
        if authorization == nil, response.status == .unauthorized || response.status == .forbidden {
            record(.json, since: start, until: head, failure: .refusedCredentials, requestID: requestID)
            throw UpstreamError.refusedCredentials
        }
        record(.json, since: start, until: head, failure: response.status.code >= 500 ? .status5xx : nil, requestID: requestID)
        return JSONResponse(status: response.status, headers: response.headers, body: body)
    }
}

extension UpstreamError {
    /// The gateway's answer for this failure: 502 or 504 with Omneo's error body.
    public var httpError: OmneoHTTPError {
        switch self {
        case .timeout: OmneoHTTPError(.gatewayTimeout, message: "Upstream timed out.")
        case .refusedCredentials: OmneoHTTPError(.badGateway, message: "Upstream refused the gateway's credentials.")
        default: OmneoHTTPError(.badGateway, message: "Upstream unavailable.")
        }
    }
}
