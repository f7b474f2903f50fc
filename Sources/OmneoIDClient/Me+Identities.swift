import OmneoModels

/// Names one identity of a profile: by handle (`"magento_id"`) or by its numeric id.
public enum IdentityKey: Sendable, Hashable, ExpressibleByStringLiteral {
    case handle(String)
    case id(Int)

    public init(stringLiteral handle: String) {
        self = .handle(handle)
    }

    var segments: [String] {
        switch self {
        case .handle(let handle): [handle]
        case .id(let id): ["id", String(id)]
        }
    }
}

extension OmneoIDClient.Me {
    /// A page of the profile's identities.
    public func identities(page: Int? = nil, pageSize: Int? = nil) async throws -> PageEnvelope<Identity> {
        try await client.page(Identity.self, path("identities"), query: pagingQuery(page: page, pageSize: pageSize))
    }

    /// Adds an identity (`handle` and `identifier` required).
    @discardableResult
    public func createIdentity(_ fields: IdentityFields) async throws -> Identity {
        try await client.data(Identity.self, .post, path("identities"), body: JSONCoding.body(fields))
    }

    /// One identity.
    public func identity(_ key: IdentityKey) async throws -> Identity {
        try await client.data(Identity.self, .get, path("identities").appending(key.segments))
    }

    /// Changes the fields set in `fields`.
    @discardableResult
    public func updateIdentity(_ key: IdentityKey, _ fields: IdentityFields) async throws -> Identity {
        try await client.data(
            Identity.self, .put, path("identities").appending(key.segments), body: JSONCoding.body(fields))
    }

    /// Removes an identity.
    public func deleteIdentity(_ key: IdentityKey) async throws {
        _ = try await client.send(.delete, path("identities").appending(key.segments))
    }
}
