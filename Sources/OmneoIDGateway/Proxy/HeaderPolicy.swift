import HTTPTypes
import NIOHTTP1

/// Which headers cross the gateway, in each direction.
///
/// In: the client's credentials (`Authorization`, `Cookie`), `Host`, `Forwarded`,
/// `X-Forwarded-*`, hop-by-hop headers and every header named in `Connection` stay
/// behind; the gateway writes its own `Authorization`, `X-Forwarded-*`,
/// `X-Request-Id` and `traceparent`; so do method overrides (`X-HTTP-Method-Override` …:
/// they would turn a permitted POST into another method upstream) and headers an upstream
/// may read as the client's address or the real target (`X-Real-IP`, `X-Original-URL` …).
/// Out: only ``returnedHeaders`` (content, caching, validators, `Retry-After`, `Link`,
/// pagination and rate-limit headers), minus any named in `Connection`; `Location` is
/// rewritten by the forwarder, never copied.
enum HeaderPolicy {
    /// RFC 9110 §7.6.1 and the usual non-standard ones.
    static let hopByHop: Set<String> = [
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection", "te", "trailer",
        "transfer-encoding", "upgrade",
    ]

    /// Client request headers the gateway never forwards (besides hop-by-hop ones).
    static let dropIn: Set<String> = [
        "authorization", "cookie", "host", "forwarded", "content-length", "expect", "x-request-id", "traceparent",
        "tracestate", "x-real-ip",
        // Method overrides (Symfony and Laravel honour them on POST).
        "x-http-method-override", "x-http-method", "x-method-override",
        // The client's address or the real target, as some upstreams and their proxies read them.
        "true-client-ip", "cf-connecting-ip", "x-client-ip", "x-original-url", "x-rewrite-url",
    ]

    /// The upstream response headers that may reach the client (lower-cased). Everything
    /// else (`Server`, `X-Powered-By`, `X-Debug-Token`, `Via`, `Set-Cookie`, the upstream's
    /// `Access-Control-*` …) stays behind. `X-Request-Id` is the gateway's own.
    static let returnedHeaders: Set<String> = [
        "content-type", "content-length", "content-encoding", "content-language", "content-range", "accept-ranges",
        "cache-control", "expires", "pragma", "vary", "age", "etag", "last-modified", "date",
        "retry-after", "link",
        "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "ratelimit", "ratelimit-policy",
        "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset",
        "x-total-count", "x-per-page", "x-current-page", "x-last-page", "x-page", "x-total-pages",
    ]

    /// `dropIn` and `hopByHop` in one set: one look-up per header.
    private static let dropInAll = dropIn.union(hopByHop)

    /// Lower-cased names listed in `Connection` headers.
    static func connectionListed(_ values: some Sequence<Substring>) -> Set<String> {
        var names = Set<String>()
        for value in values {
            for token in value.split(separator: ",") {
                let name = token.trimmingSpaces().lowercased()
                if !name.isEmpty { names.insert(name) }
            }
        }
        return names
    }

    /// The client's headers that may go upstream, as NIO headers for the upstream request.
    static func forwardable(_ fields: HTTPFields, into headers: inout HTTPHeaders) {
        let listed = fields[.connection] == nil ? [] : connectionListed(fields[values: .connection].map { Substring($0) })
        for field in fields {
            let name = field.name.canonicalName
            if dropInAll.contains(name) || name.hasPrefix("x-forwarded-") || listed.contains(name) {
                continue
            }
            headers.add(name: field.name.rawName, value: field.value)
        }
    }

    /// The upstream's response headers that may go back to the client.
    static func returnable(_ headers: HTTPHeaders) -> HTTPFields {
        let listed = returnedNamesListedInConnection(headers)
        var fields = HTTPFields()
        fields.reserveCapacity(headers.count)
        for (name, value) in headers {
            // An invalid name is dropped; a valid one carries its lower-cased form (`canonicalName`),
            // so no extra lower-cased copy is made per header.
            guard let fieldName = HTTPField.Name(name) else { continue }
            let lower = fieldName.canonicalName
            guard returnedHeaders.contains(lower), listed.isEmpty || !listed.contains(lower) else { continue }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        return fields
    }

    /// The ``returnedHeaders`` names that `Connection` headers list: the only ones that matter
    /// to `returnable`. The usual lone `keep-alive` builds no set (this runs per relayed answer).
    private static func returnedNamesListedInConnection(_ headers: HTTPHeaders) -> Set<String> {
        var listed = Set<String>()
        for (name, value) in headers where name.utf8.count == 10 && name.lowercased() == "connection" {
            for token in value.split(separator: ",") {
                let name = token.trimmingSpaces().lowercased()
                if returnedHeaders.contains(name) { listed.insert(name) }
            }
        }
        return listed
    }

    /// Whether `value` can be written as a header value: no CR, LF or NUL.
    static func isWritable(_ value: String) -> Bool {
        !value.utf8.contains { $0 == 0x0d || $0 == 0x0a || $0 == 0x00 }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
