import Foundation
import OmneoModels

extension OmneoIDClient {
    /// Calls on the signed-in shopper's own profile (`/profiles/me/…`, forwarded by the
    /// gateway to that profile only). An anonymous token gets 404.
    public struct Me: Sendable {
        let client: OmneoIDClient

        /// `/profiles/me` followed by `segments`.
        func path(_ segments: String...) throws -> RequestPath {
            try RequestPath(["profiles", "me"] + segments)
        }

        /// The profile.
        public func get() async throws -> Profile {
            try await client.data(Profile.self, .get, path())
        }

        /// Changes the fields set in `fields` and returns the updated profile.
        @discardableResult
        public func update(_ fields: ProfileFields) async throws -> Profile {
            try await client.data(Profile.self, .put, path(), body: JSONCoding.body(fields))
        }

        /// Deletes the profile (`DELETE /profiles/me`, as the gateway's profile policy allows).
        public func delete() async throws {
            _ = try await client.send(.delete, path())
        }

        /// All comms flags.
        public func comms() async throws -> Comms {
            try await client.data(Comms.self, .get, path("attributes", "comms"))
        }

        /// Changes the flags present in `comms` (others keep their values); returns all flags.
        @discardableResult
        public func updateComms(_ comms: Comms) async throws -> Comms {
            try await client.data(Comms.self, .put, path("attributes", "comms"), body: JSONCoding.body(comms))
        }
    }
}

/// `page[number]` and `page[size]`, for the ones given.
func pagingQuery(page: Int?, pageSize: Int?) -> [URLQueryItem] {
    var items: [URLQueryItem] = []
    if let page { items.append(URLQueryItem(name: "page[number]", value: String(page))) }
    if let pageSize { items.append(URLQueryItem(name: "page[size]", value: String(pageSize))) }
    return items
}
