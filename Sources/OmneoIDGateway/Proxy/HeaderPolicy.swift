import HTTPTypes
import NIOHTTP1

/// Which headers cross the gateway, in each direction.
///
/// In: the client's credentials (`Authorization`, `Cookie`), `Host`, `Forwarded`,
/// `X-Forwarded-*`, hop-by-hop headers and every header named in `Connection` stay
/// behind; the gateway writes its own `Authorization`, `X-Forwarded-*`,
/// `X-Request-Id` and `traceparent`. Out: hop-by-hop headers, headers named in
/// `Connection`, `Set-Cookie` and the upstream's `Access-Control-*` stay behind.
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
    ]

    /// Upstream response headers the gateway never returns (besides hop-by-hop ones).
    static let dropOut: Set<String> = ["set-cookie", "set-cookie2", "x-request-id"]

    /// `dropIn` and `hopByHop` in one set, and `dropOut` and `hopByHop`: one look-up per header.
    private static let dropInAll = dropIn.union(hopByHop)
    private static let dropOutAll = dropOut.union(hopByHop)

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
        let listed = connectionListed(headers[canonicalForm: "connection"])
        var fields = HTTPFields()
        fields.reserveCapacity(headers.count)
        for (name, value) in headers {
            // An invalid name is dropped; a valid one carries its lower-cased form (`canonicalName`),
            // so no extra lower-cased copy is made per header.
            guard let fieldName = HTTPField.Name(name) else { continue }
            let lower = fieldName.canonicalName
            // `access-control-*`: the gateway's CORS policy (OMNEO_ID_CORS_ORIGINS) is the only one.
            if dropOutAll.contains(lower) || (!listed.isEmpty && listed.contains(lower))
                || lower.hasPrefix("access-control-")
            {
                continue
            }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        return fields
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
