import Foundation
import Hummingbird
import OmneoHTTP
import OmneoModels

/// The largest request body the sandbox reads.
let maximumBodySize = 1 << 20

extension Request {
    /// The body as a JSON object; 400 when it is not one.
    func jsonObject() async throws -> [String: JSONValue] {
        try await JSONBody.object(from: self, limit: maximumBodySize)
    }

    /// The decoded query parameters; 400 when badly encoded.
    func queryParameters() throws -> QueryParameters {
        try QueryParameters(query: uri.query)
    }
}

extension RequestContext {
    /// The `{profile}` path parameter, lower-cased (profile ids are lower-case UUIDs).
    func profileID() throws -> String {
        try parameters.require("profile").lowercased()
    }

    /// An integer path parameter; anything else is 404, as for an id that does not exist.
    func integer(_ name: String) throws -> Int {
        guard let value = parameters.get(name).flatMap({ Int($0) }) else { throw OmneoHTTPError.notFound }
        return value
    }

    /// A path parameter addressing a resource by integer id or by handle.
    func resourceKey(_ name: String) throws -> ResourceKey {
        let raw = try parameters.require(name)
        if let id = Int(raw) { return .id(id) }
        return .handle(raw.removingPercentEncoding ?? raw)
    }

    /// A path parameter as text, percent-decoded.
    func text(_ name: String) throws -> String {
        let raw = try parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }
}

/// Responses in Omneo's envelopes.
enum Respond {
    static func data<Resource: Codable & Sendable>(_ resource: Resource, status: HTTPResponse.Status = .ok) -> Response
    {
        JSONBody.response(DataEnvelope(data: resource), status: status)
    }

    static func created<Resource: Codable & Sendable>(_ resource: Resource) -> Response {
        data(resource, status: .created)
    }

    static func page<Resource: Codable & Sendable>(
        _ resources: [Resource], total: Int, page: PageRequest, request: Request, parameters: QueryParameters
    ) -> Response {
        JSONBody.response(
            Pagination.envelope(resources, total: total, page: page, request: request, parameters: parameters))
    }

    /// 204 without a body.
    static func noContent() -> Response {
        Response(status: .noContent)
    }
}

/// Runs a store write, turning a unique index violation into Omneo's 422.
func rejectingDuplicates<T: Sendable>(_ write: () async throws -> T) async throws -> T {
    do {
        return try await write()
    } catch StoreError.duplicate(let field) {
        throw OmneoHTTPError.invalid(field, takenMessage(field))
    }
}

/// "The email has already been taken."
func takenMessage(_ field: String) -> String {
    "The \(field.replacingOccurrences(of: "_", with: " ")) has already been taken."
}

extension Optional {
    /// The value, or a 404 when there is none.
    func orNotFound() throws -> Wrapped {
        guard let self else { throw OmneoHTTPError.notFound }
        return self
    }
}

extension Bool {
    /// Throws 404 when `false` (a delete that found nothing).
    func orNotFound() throws {
        if !self { throw OmneoHTTPError.notFound }
    }
}
