import Hummingbird
import OmneoModels

/// Builds Laravel-style `links` and `meta` for one page of a collection.
enum Pagination {
    static func envelope<Resource: Codable & Sendable>(
        _ data: [Resource], total: Int, page: PageRequest, request: Request, parameters: QueryParameters
    ) -> PageEnvelope<Resource> {
        let lastPage = max(1, (total + page.size - 1) / page.size)
        let path = absolutePath(of: request)
        var kept = QueryParameters(pairs: parameters.pairs.filter { $0.key != "page[number]" && $0.key != "page" })
        func link(_ number: Int) -> String {
            kept.pairs.append(("page[number]", String(number)))
            defer { kept.pairs.removeLast() }
            return path + "?" + kept.encoded
        }
        let from = data.isEmpty ? nil : page.offset + 1
        let meta = PageMeta(
            currentPage: page.number,
            from: from,
            lastPage: lastPage,
            path: path,
            perPage: page.size,
            to: from.map { $0 + data.count - 1 },
            total: total
        )
        let links = PageLinks(
            first: link(1),
            last: link(lastPage),
            prev: page.number > 1 ? link(page.number - 1) : nil,
            next: page.number < lastPage ? link(page.number + 1) : nil
        )
        return PageEnvelope(data: data, links: links, meta: meta)
    }

    /// `http://{Host}{path}`, with a Host that is not a plain host[:port] replaced by `localhost`.
    static func absolutePath(of request: Request) -> String {
        let host = request.head.authority ?? ""
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]_")
        let safeHost = !host.isEmpty && host.count <= 255 && host.allSatisfy(allowed.contains) ? host : "localhost"
        return "http://" + safeHost + request.uri.path
    }
}
