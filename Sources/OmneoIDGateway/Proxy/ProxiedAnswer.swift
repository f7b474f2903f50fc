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
        let code = Int(response.status.code)
        if code >= 500 {
            await tracker.close()
            var headers = HTTPFields()
            if let retryAfter = response.headers.first(name: "retry-after"), HeaderPolicy.isWritable(retryAfter) {
                headers[.retryAfter] = retryAfter
            }
            if isHead { return Response(status: .init(code: code), headers: headers, body: .init()) }
            return JSONBody.response(Self.upstreamError, status: .init(code: code), headers: headers)
        }
        var headers = HeaderPolicy.returnable(response.headers)
        if headers[LinkHeaderRewriting.link] != nil {
            let links = headers[values: LinkHeaderRewriting.link].compactMap { LinkHeaderRewriting.rewrite($0, rewriter) }
            headers[values: LinkHeaderRewriting.link] = links.filter(HeaderPolicy.isWritable)
        }
        if let location = response.headers.first(name: "location"), case .rewritten(let url) = rewriter.rewrite(location[...]),
            HeaderPolicy.isWritable(url)
        {
            headers[.location] = url
        }
        let status = HTTPResponse.Status(code: code, reasonPhrase: response.status.reasonPhrase)
        if isHead || response.status == .noContent || response.status == .notModified {
            await tracker.close()
            return Response(status: status, headers: headers, body: .init())
        }
        if headers[.contentLength] == nil {
            headers[.transferEncoding] = nil
        }
        if Self.mayRewrite(headers) {
            return try await rewritten(status: status, headers: headers)
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

    /// JSON, not compressed, and not declared larger than the rewrite limit.
    static func mayRewrite(_ headers: HTTPFields) -> Bool {
        guard WriteMediaType.isJSON(WriteMediaType.of(headers)) else { return false }
        if let encoding = headers[.contentEncoding], encoding.lowercased() != "identity" { return false }
        if let length = headers[.contentLength].flatMap(Int.init), length > JSONURLRewriting.limit { return false }
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
            let body = JSONURLRewriting.rewrite(collected, rewriter) ?? collected
            headers[.contentLength] = String(body.readableBytes)
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
