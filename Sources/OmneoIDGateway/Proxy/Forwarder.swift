import AsyncHTTPClient
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import OmneoHTTP
import OmneoIDConfiguration

/// Streams one request to the upstream and its answer back: method, path, raw query and
/// body go up; status, headers and body come back, both ways with backpressure and
/// without collecting bodies.
struct Forwarder: Sendable {
    let upstream: Upstream
    let maxBody: Int
    let trustedProxies: [CIDR]
    /// `OMNEO_ID_PUBLIC_URL`: where upstream URLs in answers are rewritten to.
    let publicURL: String?

    /// What goes up as the request body.
    enum RequestBody {
        /// The client's body, streamed with backpressure (limit `maxBody`).
        case stream
        /// Bytes already read and checked (``CheckedJSONBody``); `nil` for none.
        case bytes(ByteBuffer?)
    }

    /// Forwards `request` to `path` (below the upstream base path) on
    /// behalf of `profileID`, whose upstream URLs in the answer become the gateway's.
    func forward(
        _ request: Request, to path: UpstreamPath, body: RequestBody = .stream, profileID: String, context: GatewayRequestContext
    ) async throws -> Response {
        let fields = request.headers
        var outbound = HTTPClientRequest(url: upstream.url(path, query: context.target.query.map(UpstreamQuery.encode)))
        outbound.method = HTTPMethod(rawValue: request.method.rawValue)
        let client = ClientAddress(
            peer: context.remoteAddress, headers: fields, authority: request.head.authority, trustedProxies: trustedProxies)
        upstreamHeaders(fields, client: client, requestID: context.requestID, into: &outbound.headers)

        let tracker = UploadTracker()
        let hasBody: Bool
        if case .bytes(let bytes) = body {
            hasBody = bytes != nil
            if let bytes { outbound.body = .bytes(bytes) }
        } else if let lengthText = fields[.contentLength] {
            guard let length = Int(lengthText), length >= 0 else {
                throw OmneoHTTPError.badRequest("Content-Length is not valid.")
            }
            guard length <= maxBody else { throw Self.tooLarge }
            hasBody = length > 0
            if hasBody {
                outbound.body = .stream(
                    LimitedBody(base: request.body, limit: maxBody, declaredLength: length, tracker: tracker),
                    length: .known(Int64(length)))
            }
        } else if fields[.transferEncoding] != nil {
            hasBody = true
            outbound.body = .stream(
                LimitedBody(base: request.body, limit: maxBody, declaredLength: nil, tracker: tracker), length: .unknown)
        } else {
            hasBody = false
        }

        let response: HTTPClientResponse
        do {
            response = try await execute(
                outbound, retryable: !hasBody && Self.isIdempotent(request.method), requestID: context.requestID)
        } catch {
            await tracker.close()
            throw error
        }
        return try await ProxiedAnswer(
            response: response, rewriter: UpstreamURLRewriter(upstream: upstream, profileID: profileID, publicBase: publicBase(client)),
            tracker: tracker, isHead: request.method == .head
        ).make()
    }

    /// The headers that go upstream (both paths): the client's forwardable ones, then the
    /// service `Authorization`, `X-Forwarded-*`, `X-Request-Id` and `traceparent`.
    func upstreamHeaders(_ fields: HTTPFields, client: ClientAddress, requestID: String, into headers: inout HTTPHeaders) {
        HeaderPolicy.forwardable(fields, into: &headers)
        headers.add(name: "Authorization", value: upstream.serviceAuthorization)
        headers.add(name: "X-Forwarded-For", value: client.forwardedFor)
        headers.add(name: "X-Forwarded-Proto", value: client.proto)
        if let host = client.host { headers.add(name: "X-Forwarded-Host", value: host) }
        headers.add(name: "X-Request-Id", value: requestID)
        headers.add(name: "traceparent", value: TraceParent.next(after: fields[.traceparent]))
    }

    /// `OMNEO_ID_PUBLIC_URL`, else the request's own origin as the client (or a trusted proxy) names it.
    func publicBase(_ client: ClientAddress) -> String? {
        publicURL ?? client.host.map { "\(client.proto)://\($0)" }
    }

    /// Sends once; retries once only when `retryable` and the connection could not be made
    /// (so the request never left the gateway).
    private func execute(_ request: HTTPClientRequest, retryable: Bool, requestID: String) async throws -> HTTPClientResponse {
        var attempt = 0
        let start = ContinuousClock.now
        while true {
            attempt += 1
            do {
                // The client's read timeout bounds the upstream's silence once the request is sent;
                // the deadline only stops a transfer that never ends.
                let response = try await upstream.client.execute(request, deadline: .now() + .hours(1))
                // The shopper's own credentials never go upstream: a 401 is the service token refused.
                if response.status == .unauthorized {
                    upstream.record(.proxy, since: start, failure: .refusedCredentials, requestID: requestID)
                    throw UpstreamError.refusedCredentials.httpError
                }
                upstream.record(.proxy, since: start, failure: response.status.code >= 500 ? .status5xx : nil, requestID: requestID)
                return response
            } catch let error as OmneoHTTPError {
                throw error
            } catch is BodyTooLarge {
                throw Self.tooLarge
            } catch let error where retryable && attempt == 1 && Self.isConnectFailure(error) {
                continue
            } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
                upstream.record(.proxy, since: start, failure: .timeout, requestID: requestID)
                throw UpstreamError.timeout.httpError
            } catch {
                upstream.record(.proxy, since: start, failure: .unavailable, requestID: requestID)
                throw UpstreamError.unavailable.httpError
            }
        }
    }

    static let tooLarge = OmneoHTTPError(.contentTooLarge, message: "The request body is too large.")

    static func isIdempotent(_ method: HTTPRequest.Method) -> Bool {
        [.get, .head, .put, .delete, .options].contains(method)
    }

    /// Failures where no byte of the request reached the upstream.
    static func isConnectFailure(_ error: any Error) -> Bool {
        if let error = error as? HTTPClientError, error == .connectTimeout { return true }
        if error is NIOConnectionError { return true }
        if let error = error as? ChannelError, case .connectTimeout = error { return true }
        if let error = error as? IOError, [ECONNREFUSED, ECONNRESET, EHOSTUNREACH, ENETUNREACH].contains(error.errnoCode) {
            return true
        }
        return false
    }
}
