/// Rewrites the URIs of a `Link` header (RFC 8288: `<uri>; rel="next", <uri>; rel="prev"`)
/// as ``UpstreamURLRewriter`` says: upstream URLs the gateway serves become the gateway's,
/// other upstream URLs are dropped with their parameters, foreign ones stay.
import HTTPTypes

enum LinkHeaderRewriting {
    static let link = HTTPField.Name("Link")!

    /// The rewritten value; `nil` when no link is left.
    static func rewrite(_ value: String, _ rewriter: UpstreamURLRewriter) -> String? {
        var links: [String] = []
        for piece in value.split(separator: "<", omittingEmptySubsequences: true) {
            guard let close = piece.firstIndex(of: ">") else { continue }
            let uri = piece[..<close]
            var parameters = piece[piece.index(after: close)...].trimmingSpaces()
            while parameters.last == "," || parameters.last == " " { parameters.removeLast() }
            switch rewriter.rewrite(uri) {
            case .foreign: links.append("<\(uri)>\(parameters)")
            case .rewritten(let url): links.append("<\(url)>\(parameters)")
            case .unmappable: continue
            }
        }
        return links.isEmpty ? nil : links.joined(separator: ", ")
    }
}
