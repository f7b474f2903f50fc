import AsyncHTTPClient
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import OmneoHTTP
import OmneoModels

/// The client's view of an upstream answer: Omneo's, minus what only the upstream should see.
///
/// * A 5xx body is replaced by `{"message":"Upstream error."}` (status and `Retry-After` kept):
///   an upstream with debugging on may echo its request headers, the service token included.
/// * Headers come from ``HeaderPolicy/returnedHeaders``; `Location` is rewritten to the
///   gateway when it names an upstream URL the gateway serves, else dropped; so are the
///   URIs of `Link`.
/// * A JSON body up to ``JSONURLRewriting/limit`` has its upstream URLs rewritten (see
///   ``JSONURLRewriting``); larger or encoded bodies stream through unchanged.
struct ProxiedAnswer {
    let response: HTTPClientResponse
    let rewriter: UpstreamURLRewriter
    /// Closed before the answer ends (see ``UploadTracker``).
    let tracker: UploadTracker
    let isHead: Bool

    static let upstreamError = ErrorBody(message: "Upstream error.")

    func make() async throws -> Response {
        let (status, headers): (HTTPResponse.Status, HTTPFields)
        switch Head(status: response.status, headers: response.headers, rewriter: rewriter, isHead: isHead) {
        case .upstreamError(let status, let headers):
            await tracker.close()
            if isHead { return Response(status: status, headers: headers, body: .init()) }
            return JSONBody.response(Self.upstreamError, status: status, headers: headers)
        case .empty(let status, let headers):
            await tracker.close()
            return Response(status: status, headers: headers, body: .init())
        case .rewritable(let status, let headers):
            return try await rewritten(status: status, headers: headers)
        case .stream(let streamStatus, let streamHeaders):
            (status, headers) = (streamStatus, streamHeaders)
        }
        let body = response.body
        return Response(
            status: status, headers: headers,
            body: ResponseBody { [tracker] writer in
                try await writer.write(body)
                await tracker.close()
                try await writer.finish(nil)
            })
    }

    /// What the client gets for the upstream's status and headers, and what to do with the body
    /// (the rules of both the route and the data plane).
    enum Head {
        /// A 5xx: `{"message":"Upstream error."}` (none for HEAD), only `Retry-After` kept.
        case upstreamError(HTTPResponse.Status, HTTPFields)
        /// No body follows (HEAD, 204, 304).
        case empty(HTTPResponse.Status, HTTPFields)
        /// A JSON body to collect (up to ``JSONURLRewriting/limit``) and rewrite.
        case rewritable(HTTPResponse.Status, HTTPFields)
        /// A body streamed through unchanged.
        case stream(HTTPResponse.Status, HTTPFields)

        init(status upstreamStatus: HTTPResponseStatus, headers upstreamHeaders: HTTPHeaders, rewriter: UpstreamURLRewriter, isHead: Bool) {
            let code = Int(upstreamStatus.code)
            if code >= 500 {
                var headers = HTTPFields()
                if let retryAfter = upstreamHeaders.first(name: "retry-after"), HeaderPolicy.isWritable(retryAfter) {
                    headers[.retryAfter] = retryAfter
                }
                self = .upstreamError(.init(code: code), headers)
                return
            }
            var headers = HeaderPolicy.returnable(upstreamHeaders)
            if headers.hasField(LinkHeaderRewriting.link) {
                let links = headers[values: LinkHeaderRewriting.link].compactMap { LinkHeaderRewriting.rewrite($0, rewriter) }
                headers[values: LinkHeaderRewriting.link] = links.filter(HeaderPolicy.isWritable)
            }
            if let location = upstreamHeaders.first(name: "location"), case .rewritten(let url) = rewriter.rewrite(location[...]),
                HeaderPolicy.isWritable(url)
            {
                headers[.location] = url
            }
            let status = HTTPResponse.Status(code: code, reasonPhrase: upstreamStatus.reasonPhrase)
            if isHead || upstreamStatus == .noContent || upstreamStatus == .notModified {
                self = .empty(status, headers)
                return
            }
            if !headers.hasField(.contentLength), headers.hasField(.transferEncoding) {
                headers[.transferEncoding] = nil
            }
            self = ProxiedAnswer.mayRewrite(headers) ? .rewritable(status, headers) : .stream(status, headers)
        }
    }

    /// A complete JSON body (within the limit) with its upstream URLs rewritten, and its length set in `headers`.
    static func rewrite(_ collected: ByteBuffer, headers: inout HTTPFields, _ rewriter: UpstreamURLRewriter) -> ByteBuffer {
        let body = JSONURLRewriting.rewrite(collected, rewriter) ?? collected
        headers[.contentLength] = String(body.readableBytes)
        return body
    }

    /// JSON, not compressed, and not declared larger than the rewrite limit.
    static func mayRewrite(_ headers: HTTPFields) -> Bool {
        guard WriteMediaType.isJSON(headers) else { return false }
        if let encoding = headers.scannedValue(.contentEncoding), encoding.lowercased() != "identity" { return false }
        if let length = headers.scannedValue(.contentLength).flatMap(Int.init), length > JSONURLRewriting.limit { return false }
        return true
    }

    /// Reads up to the limit: a complete body is rewritten; a longer one streams on unchanged.
    private func rewritten(status: HTTPResponse.Status, headers: HTTPFields) async throws -> Response {
        let remaining = BodyRemainder(response.body.makeAsyncIterator())
        var collected = ByteBuffer()
        var complete = false
        do {
            while collected.readableBytes <= JSONURLRewriting.limit {
                guard var chunk = try await remaining.iterator.next() else {
                    complete = true
                    break
                }
                collected.writeBuffer(&chunk)
            }
        } catch {
            await tracker.close()
            throw UpstreamError.unavailable.httpError
        }
        var headers = headers
        if complete {
            await tracker.close()
            let body = Self.rewrite(collected, headers: &headers, rewriter)
            return Response(status: status, headers: headers, body: .init(byteBuffer: body))
        }
        return Response(
            status: status, headers: headers,
            body: ResponseBody { [tracker, collected] writer in
                try await writer.write(collected)
                while let chunk = try await remaining.iterator.next() {
                    try await writer.write(chunk)
                }
                await tracker.close()
                try await writer.finish(nil)
            })
    }
}

/// The rest of an upstream body, read first while collecting and then by the response
/// writer: never by both at once, so the iterator (not `Sendable`) can cross that hand-over.
private final class BodyRemainder: @unchecked Sendable {
    var iterator: HTTPClientResponse.Body.AsyncIterator
    init(_ iterator: HTTPClientResponse.Body.AsyncIterator) { self.iterator = iterator }
}
