/// The writable fields of an identity (`POST`/`PUT /profiles/{id}/identities…`).
///
/// `handle` and `identifier` are required on create. Only the fields that are set are sent.
public struct IdentityFields: Codable, Sendable, Equatable {
    public var handle: String?
    public var identifier: String?
    public var isPrimary: Bool?
    public var isActive: Bool?

    public init(handle: String? = nil, identifier: String? = nil, isPrimary: Bool? = nil, isActive: Bool? = nil) {
        self.handle = handle
        self.identifier = identifier
        self.isPrimary = isPrimary
        self.isActive = isActive
    }

    enum CodingKeys: String, CodingKey {
        case handle, identifier
        case isPrimary = "is_primary"
        case isActive = "is_active"
    }
}
