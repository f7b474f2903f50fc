import HTTPTypes
import Hummingbird
import NIOCore

/// One buffered upstream answer, ready to be written any number of times: status, the
/// few headers worth returning, the body and (for a 200) its strong ETag. Built once per
/// upstream call; answering from it copies no bytes and parses nothing.
struct StoredResponse: Sendable {
    let status: HTTPResponse.Status
    /// The headers of a full answer, `Content-Length` included.
    let headers: HTTPFields
    /// The headers of a 304: `ETag` and the caching headers only.
    let notModifiedHeaders: HTTPFields
    let body: ByteBuffer
    /// The strong ETag of `body`, for 200s only.
    let etag: String?
    /// Seconds the answer may be served from a cache; `nil` when it must not be stored.
    let lifetime: Int?

    /// Upstream headers a 200 keeps (everything else, hop-by-hop and `Set-Cookie` included, stays behind).
    static let keptOnSuccess: [HTTPField.Name] = [
        .contentType, .contentEncoding, .contentLanguage, .cacheControl, .lastModified, .expires, .vary,
    ]
    /// Upstream headers an error keeps.
    /// Seconds a 404 is cached (at most the configured TTL).
    static let notFoundLifetime = 5
    static let keptOnError: [HTTPField.Name] = [.contentType, .contentEncoding, .retryAfter]
    /// Headers a 304 repeats from the 200 it stands for (RFC 9110 §15.4.5).
    static let keptOnNotModified: [HTTPField.Name] = [.eTag, .cacheControl, .expires, .vary]

    /// - Parameters:
    ///   - upstreamHeaders: the upstream's headers, by lower-cased name.
    ///   - ttl: the configured TTL (seconds, 0 = no caching).
    init(status: HTTPResponse.Status, upstreamHeaders: [(name: String, value: String)], body: ByteBuffer, ttl: Int) {
        let isSuccess = status == .ok
        var headers = HTTPFields()
        for name in isSuccess ? Self.keptOnSuccess : Self.keptOnError {
            for (upstreamName, value) in upstreamHeaders where upstreamName == name.canonicalName {
                headers.append(HTTPField(name: name, value: value))
            }
        }
        let etag = isSuccess ? EntityTag.strong(for: body) : nil
        if let etag { headers[.eTag] = etag }
        headers[.contentLength] = String(body.readableBytes)
        self.status = status
        self.headers = headers
        self.notModifiedHeaders = HTTPFields(headers.filter { Self.keptOnNotModified.contains($0.name) })
        self.body = body
        self.etag = etag
        if isSuccess {
            self.lifetime = CacheDirectives(headers[values: .cacheControl]).lifetime(limit: ttl)
        } else if status == .notFound {
            // Misses are cached too, briefly (unless the upstream says otherwise): a loop over
            // unknown ids would otherwise reach the upstream every time.
            let cacheControl = upstreamHeaders.filter { $0.name == "cache-control" }.map(\.value)
            self.lifetime = CacheDirectives(cacheControl).lifetime(limit: min(ttl, Self.notFoundLifetime))
        } else {
            self.lifetime = nil
        }
    }

    /// Roughly how many bytes it holds, for the cache's memory bound.
    var cost: Int {
        var cost = body.readableBytes + 256
        for field in headers { cost += field.name.rawName.utf8.count + field.value.utf8.count + 32 }
        return cost
    }

    /// The answer to `request`: 304 when its `If-None-Match` matches, no body for HEAD.
    ///
    /// - Parameters:
    ///   - cacheStatus: `X-Cache` value.
    ///   - age: seconds since the answer was stored (`Age`), for cache hits.
    func response(to request: Request, cacheStatus: String, age: Int? = nil) -> Response {
        let answer = answer(method: request.method, headers: request.headers, cacheStatus: cacheStatus, age: age)
        switch answer.body {
        case .notModified:
            // A body that declares no length: a 304 carries no Content-Length of its own.
            return Response(
                status: .notModified, headers: answer.headers,
                body: ResponseBody(contentLength: nil) { writer in
                    try await writer.finish(nil)
                })
        case .none:
            return Response(status: answer.status, headers: answer.headers, body: .init())
        case .bytes(let body):
            return Response(status: answer.status, headers: answer.headers, body: .init(byteBuffer: body))
        }
    }

    /// What answers a request with this `method` and these `headers`, as plain values (for the
    /// route above and the data plane): 304 when `If-None-Match` matches, no body for HEAD.
    func answer(method: HTTPRequest.Method, headers requestHeaders: HTTPFields, cacheStatus: String, age: Int?) -> Answer {
        if let etag, requestHeaders[.ifNoneMatch] != nil,
            EntityTag.matches(ifNoneMatch: requestHeaders[values: .ifNoneMatch], etag: etag)
        {
            var headers = notModifiedHeaders
            Self.mark(&headers, cacheStatus: cacheStatus, age: age)
            return Answer(status: .notModified, headers: headers, body: .notModified)
        }
        var headers = headers
        Self.mark(&headers, cacheStatus: cacheStatus, age: age)
        return Answer(status: status, headers: headers, body: method == .head ? .none : .bytes(body))
    }

    /// One rendered answer: status, headers and what follows them.
    struct Answer {
        enum Body {
            /// A 304: no body, and no length of its own.
            case notModified
            /// HEAD: the headers of the full answer, no body.
            case none
            case bytes(ByteBuffer)
        }

        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: Body
    }

    private static func mark(_ headers: inout HTTPFields, cacheStatus: String, age: Int?) {
        // By scan, not the name subscript (which indexes every name first): this runs per cache hit.
        headers.setScanned(.xCache, cacheStatus)
        if let age { headers.setScanned(.age, String(age)) }
    }
}

extension HTTPField.Name {
    /// `HIT` when answered from the gateway's cache, `MISS` when fetched for this request.
    static let xCache = HTTPField.Name("X-Cache")!
}
