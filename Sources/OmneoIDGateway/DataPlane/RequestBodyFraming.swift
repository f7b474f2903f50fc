import HTTPTypes
import NIOHTTP1

/// How a write's request body comes, as the data plane relays it: none, a declared length or
/// chunked. Anything else (a length over the body limit or not a number, several lengths, both,
/// a transfer coding other than `chunked`) is left to the route, which answers it.
enum RequestBodyFraming: Equatable {
    case none
    case length(Int)
    case chunked

    /// The framing of a request with `headers`, when the data plane may relay it; else `nil`.
    init?(_ headers: HTTPHeaders, limit: Int) {
        let lengths = headers["content-length"]
        let codings = headers["transfer-encoding"]
        switch (lengths.count, codings.count) {
        case (0, 0):
            self = .none
        case (0, 1) where codings[0].lowercased() == "chunked":
            self = .chunked
        case (1, 0):
            guard let length = Int(lengths[0]), length >= 0, length <= limit else { return nil }
            self = length == 0 ? .none : .length(length)
        default:
            return nil
        }
    }

    /// What AsyncHTTPClient adds for the route's upstream request: `Content-Length` for a known
    /// length (0 for a body-less POST, PUT or PATCH), `Transfer-Encoding: chunked` otherwise.
    func addFraming(for method: HTTPRequest.Method, to headers: inout HTTPHeaders) {
        switch self {
        case .none:
            if method == .post || method == .put || method == .patch { headers.add(name: "Content-Length", value: "0") }
        case .length(let length):
            headers.add(name: "Content-Length", value: String(length))
        case .chunked:
            headers.add(name: "Transfer-Encoding", value: "chunked")
        }
    }
}
